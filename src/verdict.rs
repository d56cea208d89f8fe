//! Combines the rules' findings into one verdict per claim.
//!
//! For each candidate statement (see `align::candidates`) every
//! rule in [`crate::rules::RULES`] reports at most one finding. Then, in
//! this order:
//!
//! 1. A candidate with a `Conflicts` finding *contradicts* the claim; one
//!    with a `Supports` finding and nothing that `Conflicts` or `Blocks`
//!    *supports* it.
//! 2. If candidates do both, the one whose alignment is stronger (more and
//!    closer matched units) decides; a tie goes to `contradicted`, never to
//!    `supported`.
//! 3. Otherwise the claim is `contradicted` if a candidate contradicts it,
//!    `supported` if one supports it, and else `unverified`, explained by the
//!    closest candidate's blocking findings.
//!
//! The deciding rule is the first finding of the deciding kind in registry
//! order. Ties between candidates go to the earlier statement, so the
//! outcome is deterministic.

use crate::align::{self, Alignment, ClaimQuote, ClaimReading, QuoteCheck};
use crate::claims::Verdict;
use crate::index::Index;
use crate::rules::{
    self, ClaimAddsContent, Context, Effect, Finding, NoMatchingStatement, RuleMeta, SingleSource,
    StatementEntailsClaim,
};

#[derive(Clone, Debug)]
pub struct Options {
    /// Support that rests only on an anonymous source becomes unverified.
    pub strict_attribution: bool,
    /// How many candidate statements to align per claim.
    pub max_candidates: usize,
    /// How many threads judge claims at once (at least one). Each claim is
    /// judged on its own, so the outcomes do not depend on it.
    pub threads: usize,
    /// For tests of the failure path only: the judgement of a claim whose
    /// text contains this marker panics, as a bug would (see
    /// [`crate::check`]).
    #[doc(hidden)]
    pub test_panic: Option<String>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            strict_attribution: false,
            max_candidates: 12,
            threads: 1,
            test_panic: None,
        }
    }
}

/// Whether a supporting candidate outweighs a conflicting one: its
/// alignment is stronger, or as strong and it covers more of its own
/// statement. A statement that says what the claim says and little else
/// ("So Varga stopped racing.") is the claim's source, rather than a longer
/// one that shares its words ("Bush was flying ... in 1972").
fn support_outweighs(index: &Index, support: &Candidate, conflict: &Candidate) -> bool {
    let (s, c) = (&support.alignment, &conflict.alignment);
    if s.score != c.score {
        return s.score > c.score;
    }
    let size = |a: &Alignment| {
        let st = &index.statements[a.statement];
        index.units[st.sentence]
            .iter()
            .filter(|u| st.in_region(&u.tokens))
            .count()
            .max(1)
    };
    // pairs / size, compared without division.
    s.pairs.len() * size(c) > c.pairs.len() * size(s)
}

/// One candidate statement, aligned and judged. Not reachable through the
/// API (only through the `internals` feature of the developer tools).
#[doc(hidden)]
pub struct Candidate {
    pub alignment: Alignment,
    pub findings: Vec<Finding>,
}

impl Candidate {
    pub fn has(&self, effect: Effect) -> bool {
        self.findings.iter().any(|f| f.rule.effect == effect)
    }

    pub fn statement(&self) -> usize {
        self.alignment.statement
    }
}

/// The verdict on one claim and why: what [`crate::check`] gives each
/// claim. [`crate::report`] turns outcomes into reports with the evidence.
pub struct Outcome {
    pub(crate) reading: ClaimReading,
    pub verdict: Verdict,
    /// The rule that decided the verdict.
    pub decided_by: &'static RuleMeta,
    /// The candidate that decided (or the closest one), as an index into
    /// `candidates`.
    pub(crate) evidence: Option<usize>,
    pub(crate) candidates: Vec<Candidate>,
    pub(crate) quotes: Vec<(ClaimQuote, QuoteCheck)>,
    /// The internal error that stopped the judgement, when it failed
    /// (decided by `internal-error`).
    pub failure: Option<String>,
    /// For a claim judged proposition by proposition (see
    /// `align::propositions`), each part's verdict; the outcome's
    /// own reading and evidence are the deciding part's.
    pub parts: Vec<PartOutcome>,
}

/// The verdict on one proposition of a claim of several.
#[derive(Clone, Debug)]
pub struct PartOutcome {
    pub text: String,
    pub verdict: Verdict,
    pub decided_by: &'static RuleMeta,
    /// The deciding rule's message.
    pub message: String,
    /// The deciding (or closest) statement.
    pub statement: Option<usize>,
}

impl Outcome {
    /// The outcome of a claims file entry that cannot be read as a claim.
    pub(crate) fn unreadable(index: &Index) -> Outcome {
        Outcome {
            reading: align::read_claim("", index),
            verdict: Verdict::Unverified,
            decided_by: &rules::ClaimUnreadable::META,
            evidence: None,
            candidates: Vec::new(),
            quotes: Vec::new(),
            failure: None,
            parts: Vec::new(),
        }
    }

    /// The outcome of a claim whose judgement failed with `message`.
    pub(crate) fn internal_error(index: &Index, message: String) -> Outcome {
        Outcome {
            decided_by: &rules::InternalError::META,
            failure: Some(message),
            ..Outcome::unreadable(index)
        }
    }

    pub(crate) fn evidence(&self) -> Option<&Candidate> {
        self.evidence.map(|i| &self.candidates[i])
    }

    /// The findings of the deciding candidate: every rule that spoke on
    /// the evidence, with its message.
    pub fn findings(&self) -> &[Finding] {
        self.evidence().map_or(&[], |c| c.findings.as_slice())
    }

    /// The deciding rule's finding on the evidence, where it made one.
    pub(crate) fn deciding_finding(&self) -> Option<&Finding> {
        self.findings()
            .iter()
            .find(|f| f.rule.name == self.decided_by.name)
    }
}

/// What the developer tools (`xtask/`) read of an outcome; not an API.
#[cfg(feature = "internals")]
#[doc(hidden)]
impl Outcome {
    pub fn reading(&self) -> &ClaimReading {
        &self.reading
    }

    pub fn candidates(&self) -> &[Candidate] {
        &self.candidates
    }

    pub fn evidence_index(&self) -> Option<usize> {
        self.evidence
    }
}

/// Judges one claim against an index: whole, and where the whole is
/// unverified and the claim joins two clauses, clause by clause. Every
/// part supported supports the claim; a part contradicted contradicts it.
pub(crate) fn judge(text: &str, index: &Index, options: &Options) -> Outcome {
    let whole = judge_whole(text, index, options);
    // Only a claim that asks for more than one statement holds is split:
    // a finding that blocks it (a modifier moved, a speaker not
    // established) speaks about the claim as a whole, and its parts alone
    // would lose it.
    let wants_more = [ClaimAddsContent::META.name, NoMatchingStatement::META.name];
    if whole.verdict != Verdict::Unverified
        || whole.failure.is_some()
        || !wants_more.contains(&whole.decided_by.name)
    {
        return whole;
    }
    let Some(texts) = align::propositions::split(&whole.reading.doc) else {
        return whole;
    };
    let parts: Vec<Outcome> = texts.iter().map(|t| judge(t, index, options)).collect();
    let summaries: Vec<PartOutcome> = texts
        .iter()
        .zip(&parts)
        .map(|(t, o)| PartOutcome::of(t, o))
        .collect();
    // No part holds: the whole explains best what is missing.
    if parts.iter().all(|o| o.verdict == Verdict::Unverified) {
        return whole;
    }
    let first = |v: Verdict| parts.iter().position(|o| o.verdict == v);
    let deciding = first(Verdict::Contradicted)
        .or_else(|| first(Verdict::Unverified))
        .unwrap_or(0);
    let mut outcome = parts.into_iter().nth(deciding).unwrap_or(whole);
    outcome.parts = summaries;
    outcome
}

impl PartOutcome {
    fn of(text: &str, o: &Outcome) -> PartOutcome {
        let message = o
            .deciding_finding()
            .map_or_else(|| o.decided_by.summary(), |f| f.message.clone());
        PartOutcome {
            text: text.to_string(),
            verdict: o.verdict,
            decided_by: o.decided_by,
            message,
            statement: o.evidence().map(|c| c.statement()),
        }
    }
}

/// Judges one claim, as one proposition, against an index.
fn judge_whole(text: &str, index: &Index, options: &Options) -> Outcome {
    let reading = align::read_claim(text, index);
    let quotes = align::check_quotes(&reading, index);
    let mut ids = align::candidates(&reading, index, options.max_candidates);
    for (_, q) in &quotes {
        let st = match q {
            QuoteCheck::Verbatim { statement, .. } | QuoteCheck::Altered { statement, .. } => {
                *statement
            }
            QuoteCheck::Missing => None,
        };
        if let Some(s) = st
            && !ids.contains(&s)
        {
            ids.push(s);
        }
    }
    let mut candidates = Vec::with_capacity(ids.len());
    for id in ids {
        let st = &index.statements[id];
        let alignment = align::align(&reading, index, st);
        let cx = Context {
            claim: &reading,
            index,
            statement: st,
            alignment: &alignment,
            quotes: &quotes,
            strict_attribution: options.strict_attribution,
            structure: std::cell::OnceCell::new(),
        };
        let mut findings: Vec<Finding> = rules::RULES.iter().filter_map(|r| r.check(&cx)).collect();
        if options.strict_attribution && SingleSource::blocks_when_strict(&cx) {
            for f in &mut findings {
                if f.rule.name == SingleSource::META.name {
                    f.message = format!("{} — not enough under --strict-attribution", f.message);
                }
            }
        }
        let strict_block = options.strict_attribution && SingleSource::blocks_when_strict(&cx);
        candidates.push((
            Candidate {
                alignment,
                findings,
            },
            strict_block,
        ));
    }
    let strict_blocked: Vec<bool> = candidates.iter().map(|c| c.1).collect();
    let candidates: Vec<Candidate> = candidates.into_iter().map(|c| c.0).collect();

    if candidates.is_empty() {
        return Outcome {
            reading,
            verdict: Verdict::Unverified,
            decided_by: &NoMatchingStatement::META,
            evidence: None,
            candidates,
            quotes,
            failure: None,
            parts: Vec::new(),
        };
    }

    // Ties go to the statement by the claim's speaker, then to the earlier.
    let rank = |c: &Candidate| {
        (
            c.alignment.score,
            c.alignment.speaker == Some(crate::extract::speaker::SpeakerMatch::Same),
            std::cmp::Reverse(c.statement()),
        )
    };
    let best = |pred: &dyn Fn(usize, &Candidate) -> bool| -> Option<usize> {
        candidates
            .iter()
            .enumerate()
            .filter(|(i, c)| pred(*i, c))
            .max_by_key(|(_, c)| rank(c))
            .map(|(i, _)| i)
    };
    let support_exists = candidates.iter().enumerate().any(|(i, c)| {
        c.has(Effect::Supports)
            && !c.has(Effect::Conflicts)
            && !c.has(Effect::Blocks)
            && !strict_blocked[i]
    });
    // A statement by the claimed speaker outweighs the same words given to
    // someone else elsewhere ("according to the Gazette, quoting state
    // radio, ...").
    let misattribution_only = |c: &Candidate| {
        c.findings
            .iter()
            .filter(|f| f.rule.effect == Effect::Conflicts)
            .all(|f| f.rule.name == rules::SpeakerMisattributed::META.name)
    };
    let conflict =
        best(&|_, c| c.has(Effect::Conflicts) && !(support_exists && misattribution_only(c)));
    let support = best(&|i, c| {
        c.has(Effect::Supports)
            && !c.has(Effect::Conflicts)
            && !c.has(Effect::Blocks)
            && !strict_blocked[i]
    });
    let first_of = |c: &Candidate, effect: Effect| -> Option<&'static RuleMeta> {
        c.findings
            .iter()
            .find(|f| f.rule.effect == effect)
            .map(|f| f.rule)
    };
    let (verdict, evidence, decided_by) = match (conflict, support) {
        (Some(ci), Some(si)) if support_outweighs(index, &candidates[si], &candidates[ci]) => {
            (Verdict::Supported, si, &StatementEntailsClaim::META)
        }
        (Some(ci), _) => (
            Verdict::Contradicted,
            ci,
            first_of(&candidates[ci], Effect::Conflicts).unwrap_or(&StatementEntailsClaim::META),
        ),
        (None, Some(si)) => (Verdict::Supported, si, &StatementEntailsClaim::META),
        (None, None) => {
            // The closest candidate explains what is missing.
            let ci = candidates
                .iter()
                .enumerate()
                .max_by_key(|(_, c)| {
                    (
                        c.alignment.pairs.len(),
                        c.alignment.score,
                        std::cmp::Reverse(c.statement()),
                    )
                })
                .map_or(0, |(i, _)| i);
            let c = &candidates[ci];
            let rule = if strict_blocked[ci] && c.has(Effect::Supports) {
                &SingleSource::META
            } else {
                first_of(c, Effect::Blocks).unwrap_or(&ClaimAddsContent::META)
            };
            // Barely related: say that nothing speaks to the claim rather
            // than show a sentence that shares a word with it.
            let n = reading.units.len().max(1);
            if c.alignment.pairs.is_empty()
                || (c.alignment.pairs.len() * 4 < n && c.alignment.pairs.len() <= 1)
            {
                return Outcome {
                    reading,
                    verdict: Verdict::Unverified,
                    decided_by: &NoMatchingStatement::META,
                    evidence: None,
                    candidates,
                    quotes,
                    failure: None,
                    parts: Vec::new(),
                };
            }
            (Verdict::Unverified, ci, rule)
        }
    };
    Outcome {
        reading,
        verdict,
        decided_by,
        evidence: Some(evidence),
        candidates,
        quotes,
        failure: None,
        parts: Vec::new(),
    }
}
