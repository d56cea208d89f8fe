//! Reports: one result model built from the verdicts, and one renderer per
//! output format (`text`, `json`, `markdown`). Renderers only format; they
//! decide nothing.

pub mod claimreview;
pub mod combine;
mod diff;
pub mod github;
pub mod html;
pub mod index;
pub mod json;
pub mod junit;
pub mod markdown;
pub mod parse;
pub mod rules;
pub mod sarif;
pub mod text;

use crate::align::QuoteCheck;
use crate::claims::{Claim, Verdict};
use crate::index::{Index, Statement};
use crate::read::UnitKind;
use crate::read::time;
use crate::rules::{Effect, Finding};
use crate::text::Span;
use crate::verdict::Outcome;
pub use diff::{DiffOp, DiffTag};
use std::collections::BTreeMap;

/// Escapes text for XML or HTML content and attribute values, writing an
/// apostrophe as `apostrophe`. Characters XML 1.0 cannot hold (control
/// characters other than tab and newlines) are dropped.
pub(crate) fn escape_markup(s: &str, apostrophe: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str(apostrophe),
            '\u{fffe}' | '\u{ffff}' => {}
            c => match visible(c) {
                Some(v) => out.push_str(&v),
                None => out.push(c),
            },
        }
    }
    out
}

/// How a character that acts instead of showing is shown in a report: a
/// control character (a terminal escape, a backspace) as its control
/// picture (␛), and a bidirectional embedding, override or isolate, which
/// would silently reorder the words an editor reads, as its code point
/// (⟨U+202E⟩). Tab and line ends are left to each format; `None` for
/// every other character.
pub(crate) fn visible(c: char) -> Option<String> {
    match c {
        '\t' | '\n' | '\r' => None,
        '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + c as u32).map(String::from),
        '\u{7f}' => Some("\u{2421}".into()),
        '\u{80}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => {
            Some(format!("\u{27e8}U+{:04X}\u{27e9}", c as u32))
        }
        _ => None,
    }
}

/// `s` with every character that acts instead of showing made visible
/// (see [`visible`]).
pub(crate) fn shown(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(|c| visible(c).is_some()) {
        return s.into();
    }
    s.chars()
        .map(|c| visible(c).unwrap_or_else(|| c.to_string()))
        .collect::<String>()
        .into()
}

/// When a claim counts as failing the run (see `CheckReport::failed`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum FailOn {
    /// A claim without `expect` fails when contradicted (the default).
    #[default]
    Contradicted,
    /// A claim without `expect` fails when contradicted or unverified.
    Unverified,
    /// Only a differing `expect` fails.
    Never,
}

/// A marked stretch of the evidence sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mark {
    /// Byte range within the sentence text.
    pub start: usize,
    pub end: usize,
    pub conflict: bool,
}

#[derive(Clone, Debug)]
pub struct SpeakerView {
    pub text: String,
    pub resolved: String,
    pub kind: String,
    pub via: String,
    pub roles: Vec<String>,
}

#[derive(Clone, Debug)]
pub struct TimeView {
    pub text: String,
    /// Calendar dates the time resolves to, when the publication date is known.
    pub dates: Option<(String, String)>,
}

/// The evidence statement of a result.
#[derive(Clone, Debug)]
pub struct EvidenceView {
    pub statement: usize,
    pub sentence: String,
    pub line: usize,
    pub column: usize,
    pub span: Span,
    pub speaker: Option<SpeakerView>,
    pub cue: Option<String>,
    pub recipient: Option<String>,
    pub when: Vec<TimeView>,
    pub marks: Vec<Mark>,
    /// How claim words met other words of the statement (a synonym, a
    /// broader term, an antonym, a different figure); the same word and an
    /// agreeing figure are not listed.
    pub matches: Vec<MatchView>,
    /// Linked sentences that supplied part of the match ("The forms ..."
    /// read with the sentence that named the questionnaires).
    pub context: Vec<ContextView>,
}

/// The matches of an evidence view as one line: "“car” ⊒ “sedan”:
/// broader term (WordNet); …", with natural logic's sign for the relation
/// (see [`relation_sign`]).
pub(crate) fn matches_line(matches: &[MatchView]) -> String {
    matches
        .iter()
        .map(|m| {
            let source = match m.source {
                "wordnet" => "WordNet",
                "curated" => "curated table",
                "derived" => "derived form",
                other => other,
            };
            format!(
                "\u{201c}{}\u{201d} {} \u{201c}{}\u{201d}: {} ({source})",
                m.claim,
                relation_sign(m.relation),
                m.article,
                m.relation
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Natural logic's sign for how a claim word met an article word:
/// equivalence "≡" (a synonym, a related form), forward entailment "⊒"
/// (the claim's word is broader: "car" ⊒ "sedan"), alternation "|" (an
/// antonym, another figure, time or rank: both cannot hold).
pub(crate) fn relation_sign(relation: &str) -> &'static str {
    match relation {
        "broader term" => "\u{2292}",
        "antonym" | "different number" | "different time" | "different rank" => "|",
        _ => "\u{2261}",
    }
}

/// One claim part met by a different statement part, and how.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MatchView {
    /// The claim's words.
    pub claim: String,
    /// The article's words.
    pub article: String,
    /// "synonym", "broader term", "antonym", "different number" …
    pub relation: &'static str,
    /// Where the knowledge comes from: "wordnet", "curated", "derived",
    /// "spelling" or "reading" (figures, times and names).
    pub source: &'static str,
}

/// A linked sentence that met part of the claim.
#[derive(Clone, Debug)]
pub struct ContextView {
    pub sentence: String,
    pub line: usize,
    pub column: usize,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct FindingView {
    pub id: &'static str,
    pub name: &'static str,
    pub effect: Effect,
    pub message: String,
}

/// One claim's result, as every renderer sees it.
#[derive(Clone, Debug)]
pub struct ClaimResult {
    pub id: String,
    pub text: String,
    pub line: usize,
    pub column: usize,
    pub expect: Option<Verdict>,
    pub verdict: Verdict,
    /// Whether this claim fails the run.
    pub failed: bool,
    pub rule: FindingView,
    /// Findings of the deciding statement, in registry order.
    pub findings: Vec<FindingView>,
    pub evidence: Option<EvidenceView>,
    /// "as reported by: ..." when support rests on an attributed statement.
    pub attribution: Option<String>,
    /// Word diff between the claim's wording and the article's.
    pub diff: Vec<DiffOp>,
    /// For a claim judged proposition by proposition, each part's verdict.
    pub parts: Vec<PartView>,
}

/// One proposition of a claim of several, and its verdict.
#[derive(Clone, Debug)]
pub struct PartView {
    pub text: String,
    pub verdict: Verdict,
    pub rule: &'static str,
    pub message: String,
    /// The line and column of the deciding (or closest) statement's
    /// sentence.
    pub evidence: Option<(usize, usize)>,
}

impl ClaimResult {
    pub fn as_expected(&self) -> Option<bool> {
        self.expect.map(|e| e == self.verdict)
    }
}

#[derive(Clone, Debug, Default)]
pub struct Summary {
    pub claims: usize,
    pub supported: usize,
    pub contradicted: usize,
    pub unverified: usize,
    /// Claims file entries that could not be read (counted as unverified).
    pub unreadable: usize,
    pub with_expect: usize,
    pub as_expected: usize,
    pub failed: usize,
}

/// Everything `check` reports.
#[derive(Clone, Debug)]
pub struct CheckReport {
    pub article: String,
    pub claims_file: String,
    pub published: Option<String>,
    pub results: Vec<ClaimResult>,
    pub summary: Summary,
    /// The article's text and the sentences that hold indexed statements,
    /// for reports that show the article itself (HTML).
    pub source: ArticleView,
}

/// The article as the HTML report shows it.
#[derive(Clone, Debug, Default)]
pub struct ArticleView {
    pub text: String,
    pub sentences: Vec<SentenceView>,
}

/// A sentence of the article holding indexed statements.
#[derive(Clone, Debug)]
pub struct SentenceView {
    pub span: Span,
    /// Whether a statement in it has a speaker (not only the article's voice).
    pub attributed: bool,
    /// "speaker · cue" of each attributed statement.
    pub speakers: Vec<String>,
}

impl CheckReport {
    pub fn failed(&self) -> bool {
        self.summary.failed > 0
    }
}

/// A claims file of a folder that was not checked, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unchecked {
    pub claims_file: String,
    /// The file could not be read or checked (an input error), rather
    /// than skipped (no article to check it against).
    pub failed: bool,
    pub reason: String,
}

impl Unchecked {
    /// `failed` or `skipped`.
    pub fn status(&self) -> &'static str {
        if self.failed { "failed" } else { "skipped" }
    }
}

fn view(f: &Finding) -> FindingView {
    FindingView {
        id: f.rule.id,
        name: f.rule.name,
        effect: f.rule.effect,
        message: f.message.clone(),
    }
}

/// Builds the report for claims judged against an index.
pub fn build(
    index: &Index,
    claims: &[Claim],
    outcomes: &[Outcome],
    fail_on: FailOn,
    article: &str,
    claims_file: &str,
) -> CheckReport {
    let results = claims
        .iter()
        .zip(outcomes)
        .map(|(c, o)| result(index, c, o, fail_on))
        .collect();
    assemble(index, claims, results, article, claims_file)
}

/// Builds the report from each claim's entry (see [`result`]), in claim
/// order.
pub fn assemble(
    index: &Index,
    claims: &[Claim],
    results: Vec<ClaimResult>,
    article: &str,
    claims_file: &str,
) -> CheckReport {
    let mut summary = Summary {
        claims: claims.len(),
        ..Summary::default()
    };
    for (c, r) in claims.iter().zip(&results) {
        match r.verdict {
            Verdict::Supported => summary.supported += 1,
            Verdict::Contradicted => summary.contradicted += 1,
            Verdict::Unverified => summary.unverified += 1,
        }
        summary.unreadable += usize::from(c.problem.is_some());
        if let Some(ok) = r.as_expected() {
            summary.with_expect += 1;
            summary.as_expected += usize::from(ok);
        }
        summary.failed += usize::from(r.failed);
    }
    let mut sentences: BTreeMap<(usize, usize), SentenceView> = BTreeMap::new();
    for st in &index.statements {
        let span = index.doc.sentences[st.sentence].span;
        let who = st.speaker.as_ref().map(|sp| {
            let cue = st
                .cue
                .as_ref()
                .map_or(String::new(), |c| c.written(&index.doc));
            format!("{} · {}", sp.resolved, cue)
        });
        let s = sentences
            .entry((span.start, span.end))
            .or_insert_with(|| SentenceView {
                span,
                attributed: false,
                speakers: Vec::new(),
            });
        s.attributed |= who.is_some();
        s.speakers.extend(who);
    }
    let sentences: Vec<SentenceView> = sentences.into_values().collect();
    CheckReport {
        article: article.to_string(),
        claims_file: claims_file.to_string(),
        published: index.published.map(|d| d.to_string()),
        results,
        summary,
        source: ArticleView {
            text: index.doc.text.clone(),
            sentences,
        },
    }
}

/// What a claim whose judgement failed reports: the error and a request
/// for a bug report.
pub(crate) fn internal_error_message(o: &Outcome) -> String {
    format!(
        "internal error while judging this claim: {}; this is a bug in claimcheck: please report it with the article and this claim",
        o.failure.as_deref().unwrap_or("unknown")
    )
}

/// One claim's report entry: its verdict, whether it fails the run, the
/// rule and the evidence.
pub fn result(index: &Index, c: &Claim, o: &Outcome, fail_on: FailOn) -> ClaimResult {
    // An entry that cannot be read always fails: a typo must not turn a
    // check off. So does a claim whose judgement failed.
    let failed = match c.expect {
        _ if c.problem.is_some() || o.failure.is_some() => true,
        Some(e) => e != o.verdict,
        None => match fail_on {
            FailOn::Contradicted => o.verdict == Verdict::Contradicted,
            FailOn::Unverified => o.verdict != Verdict::Supported,
            FailOn::Never => false,
        },
    };
    let findings: Vec<FindingView> = o.findings().iter().map(view).collect();
    let deciding = o.deciding_finding().map(view).unwrap_or(FindingView {
        id: o.decided_by.id,
        name: o.decided_by.name,
        effect: o.decided_by.effect,
        message: match (&c.problem, o.decided_by.name) {
            (Some(problem), _) => format!("cannot be read: {problem}"),
            (None, _) if o.failure.is_some() => internal_error_message(o),
            (None, "no-matching-statement") => {
                "no statement of the article speaks to this claim".to_string()
            }
            _ => o.decided_by.summary(),
        },
    });
    let mut deciding = deciding;
    if o.verdict == Verdict::Supported && !o.parts.is_empty() {
        deciding.message = format!(
            "each of the claim's {} clauses is in the article (see the clauses)",
            o.parts.len()
        );
    }
    let attribution = o
        .findings()
        .iter()
        .find(|f| f.rule.name == "single-source")
        .filter(|_| o.verdict == Verdict::Supported || o.decided_by.name == "single-source")
        .map(|f| f.message.clone());
    let evidence = o.evidence().map(|cand| {
        let st = &index.statements[cand.statement()];
        evidence_view(index, st, cand, &o.reading)
    });
    let diff = result_diff(index, o);
    let parts = o
        .parts
        .iter()
        .map(|p| PartView {
            text: p.text.clone(),
            verdict: p.verdict,
            rule: p.decided_by.name,
            message: p.message.clone(),
            evidence: p.statement.map(|st| {
                let s = &index.doc.sentences[index.statements[st].sentence];
                index.doc.line_col(s.span.start)
            }),
        })
        .collect();
    ClaimResult {
        id: c.id.clone(),
        text: c.text.clone(),
        line: c.line,
        column: c.column,
        expect: c.expect,
        verdict: o.verdict,
        failed,
        rule: deciding,
        findings,
        evidence,
        attribution,
        diff,
        parts,
    }
}

fn evidence_view(
    index: &Index,
    st: &Statement,
    cand: &crate::verdict::Candidate,
    claim: &crate::align::ClaimReading,
) -> EvidenceView {
    let doc = &index.doc;
    let s = &doc.sentences[st.sentence];
    let (line, column) = doc.line_col(s.span.start);
    let units = &index.units[st.sentence];
    let mut marks: Vec<Mark> = Vec::new();
    let conflict_spans: Vec<Span> = cand
        .findings
        .iter()
        .filter(|f| f.rule.effect == Effect::Conflicts)
        .flat_map(|f| f.evidence_spans.iter().copied())
        .collect();
    for p in &cand.alignment.pairs {
        let u = &units[p.evidence];
        let span = Span::new(
            doc.tokens[u.tokens.start].span.start,
            doc.tokens[u.tokens.end - 1].span.end,
        );
        let conflict = p.relation.is_conflict()
            || p.relation == crate::align::Relation::Antonym
            || conflict_spans.iter().any(|c| c.contains(span));
        marks.push(Mark {
            start: span.start - s.span.start,
            end: span.end - s.span.start,
            conflict,
        });
    }
    for c in conflict_spans {
        if s.span.contains(c)
            && !marks
                .iter()
                .any(|m| m.start == c.start - s.span.start && m.end == c.end - s.span.start)
        {
            marks.push(Mark {
                start: c.start - s.span.start,
                end: c.end - s.span.start,
                conflict: true,
            });
        }
    }
    marks.sort_by_key(|m| (m.start, m.end));
    // Drop marks nested in others.
    let mut kept: Vec<Mark> = Vec::new();
    for m in marks {
        if let Some(last) = kept.last_mut()
            && m.start < last.end
        {
            last.end = last.end.max(m.end);
            last.conflict |= m.conflict;
            continue;
        }
        kept.push(m);
    }
    let speaker = st.speaker.as_ref().map(|sp| SpeakerView {
        text: sp.text.clone(),
        resolved: sp.resolved.clone(),
        kind: serde_json::to_value(sp.profile.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default(),
        via: serde_json::to_value(sp.via)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default(),
        roles: sp.roles.clone(),
    });
    let when = units
        .iter()
        .filter(|u| st.in_region(&u.tokens))
        .filter_map(|u| match &u.kind {
            UnitKind::Time(t) => Some(TimeView {
                text: doc.range_text(u.tokens.clone()).to_string(),
                dates: time::resolve(t, index.published)
                    .map(|(a, b)| (a.to_string(), b.to_string())),
            }),
            _ => None,
        })
        .collect();
    EvidenceView {
        statement: st.id,
        sentence: doc.slice(s.span).to_string(),
        line,
        column,
        span: s.span,
        speaker,
        cue: st.cue.as_ref().map(|c| c.written(&index.doc)),
        recipient: st.recipient.as_ref().map(|r| r.text.clone()),
        when,
        marks: kept,
        matches: match_views(index, st, cand, claim),
        context: context_views(index, cand),
    }
}

/// The pairs of the alignment that met other words than the claim's own.
fn match_views(
    index: &Index,
    st: &Statement,
    cand: &crate::verdict::Candidate,
    claim: &crate::align::ClaimReading,
) -> Vec<MatchView> {
    let units = &index.units[st.sentence];
    let text = |doc: &crate::doc::Doc, u: &crate::read::Unit| {
        let span = Span::new(
            doc.tokens[u.tokens.start].span.start,
            doc.tokens[u.tokens.end - 1].span.end,
        );
        doc.slice(span).to_string()
    };
    cand.alignment
        .pairs
        .iter()
        .filter_map(|p| {
            let (c, e) = (claim.units.get(p.claim)?, units.get(p.evidence)?);
            let relations = claim.relations.get(p.claim)?;
            let (relation, source) = crate::align::explain_pair(c, relations, e, p.relation)?;
            Some(MatchView {
                claim: text(&claim.doc, c),
                article: text(&index.doc, e),
                relation,
                source,
            })
        })
        .collect()
}

fn context_views(index: &Index, cand: &crate::verdict::Candidate) -> Vec<ContextView> {
    let doc = &index.doc;
    let mut sentences: Vec<usize> = cand.alignment.context.iter().map(|c| c.sentence).collect();
    sentences.sort_unstable();
    sentences.dedup();
    sentences
        .into_iter()
        .map(|si| {
            let s = &doc.sentences[si];
            let (line, column) = doc.line_col(s.span.start);
            ContextView {
                sentence: doc.slice(s.span).to_string(),
                line,
                column,
                span: s.span,
            }
        })
        .collect()
}

/// The word diff to show: for an altered quotation, the claim's quotation
/// against the article's; for another near miss, the claim against the
/// stretch of the statement its words met.
fn result_diff(index: &Index, o: &Outcome) -> Vec<DiffOp> {
    for (q, check) in &o.quotes {
        if let QuoteCheck::Altered { article, .. } = check {
            return diff::words(article, &q.words);
        }
    }
    let Some(cand) = o.evidence() else {
        return Vec::new();
    };
    if o.verdict == Verdict::Supported || cand.alignment.pairs.is_empty() {
        return Vec::new();
    }
    let conflicts = cand
        .findings
        .iter()
        .any(|f| f.rule.effect == Effect::Conflicts);
    if !conflicts {
        return Vec::new();
    }
    let st = &index.statements[cand.statement()];
    let units = &index.units[st.sentence];
    let doc = &index.doc;
    let first = cand
        .alignment
        .pairs
        .iter()
        .map(|p| units[p.evidence].tokens.start)
        .min()
        .unwrap_or(0);
    let last = cand
        .alignment
        .pairs
        .iter()
        .map(|p| units[p.evidence].tokens.end)
        .max()
        .unwrap_or(0);
    let article = diff::tokens(doc, first..last);
    let reading = &o.reading;
    let cfirst = reading
        .units
        .iter()
        .map(|u| u.tokens.start)
        .min()
        .unwrap_or(0);
    let clast = reading
        .units
        .iter()
        .map(|u| u.tokens.end)
        .max()
        .unwrap_or(0);
    let claim = diff::tokens(&reading.doc, cfirst..clast);
    diff::words(&article, &claim)
}
