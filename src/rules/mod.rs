//! The rules engine. Each rule lives in its own file as a unit struct whose
//! doc comment is its documentation (printed by `claimcheck rules NAME`),
//! registered once in [`RULES`] with a stable id and a kebab-case name.
//!
//! A rule looks at a claim and one candidate statement, already aligned by
//! the matcher (`align`), and returns at most one [`Finding`]. A
//! finding's [`Effect`] says what it does to the verdict:
//!
//! * `Conflicts`: the statement contradicts the claim;
//! * `Blocks`: the statement cannot support the claim;
//! * `Supports`: the statement entails the claim;
//! * `Notes`: information for the reader (such as who the support rests on).
//!
//! [`crate::verdict`] combines the findings of all candidates.

mod antonym_substituted;
mod claim_adds_content;
mod claim_has_no_content;
mod claim_unreadable;
mod complement_not_asserted;
mod entity_swapped;
mod hedged_as_fact;
mod internal_error;
mod modifier_dropped;
mod modifier_moved;
mod no_matching_statement;
mod number_mismatch;
mod ordinal_mismatch;
mod outlet_mismatch;
mod polarity_differs;
mod polarity_flipped;
mod preposition_reversed;
mod quantifier_dropped;
mod quote_altered;
mod quote_not_in_article;
mod role_held_by_another;
mod roles_reversed;
mod single_source;
mod speaker_misattributed;
mod speaker_not_established;
mod statement_entails_claim;
mod subject_object_swapped;
mod time_mismatch;
mod title_mismatch;

pub use antonym_substituted::AntonymSubstituted;
pub use claim_adds_content::ClaimAddsContent;
pub use claim_has_no_content::ClaimHasNoContent;
pub use claim_unreadable::ClaimUnreadable;
pub use complement_not_asserted::ComplementNotAsserted;
pub use entity_swapped::EntitySwapped;
pub use hedged_as_fact::HedgedAsFact;
pub use internal_error::InternalError;
pub use modifier_dropped::ModifierDropped;
pub use modifier_moved::ModifierMoved;
pub use no_matching_statement::NoMatchingStatement;
pub use number_mismatch::NumberMismatch;
pub use ordinal_mismatch::OrdinalMismatch;
pub use outlet_mismatch::OutletMismatch;
pub use polarity_differs::PolarityDiffers;
pub use polarity_flipped::PolarityFlipped;
pub use preposition_reversed::PrepositionReversed;
pub use quantifier_dropped::QuantifierDropped;
pub use quote_altered::QuoteAltered;
pub use quote_not_in_article::QuoteNotInArticle;
pub use role_held_by_another::RoleHeldByAnother;
pub use roles_reversed::RolesReversed;
pub use single_source::SingleSource;
pub use speaker_misattributed::SpeakerMisattributed;
pub use speaker_not_established::SpeakerNotEstablished;
pub use statement_entails_claim::StatementEntailsClaim;
pub use subject_object_swapped::SubjectObjectSwapped;
pub use time_mismatch::TimeMismatch;
pub use title_mismatch::TitleMismatch;

use crate::align::{Alignment, ClaimQuote, ClaimReading, QuoteCheck};
use crate::extract::speaker::SpeakerMatch;
use crate::index::{Index, Statement};
use crate::read::Unit;
use crate::text::Span;
use serde::Serialize;

/// What a finding does to the verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Effect {
    Conflicts,
    Blocks,
    Supports,
    Notes,
}

/// A rule's identity and documentation.
#[derive(Debug)]
pub struct RuleMeta {
    /// Stable id, such as `Q001`.
    pub id: &'static str,
    /// Kebab-case name saying what is flagged, such as `quote-altered`.
    pub name: &'static str,
    pub effect: Effect,
    /// The rule's doc comment.
    pub doc: &'static str,
}

impl RuleMeta {
    /// The first paragraph of the documentation, on one line: one
    /// sentence saying what the rule flags.
    pub fn summary(&self) -> String {
        self.doc
            .lines()
            .map(str::trim)
            .skip_while(|l| l.is_empty())
            .take_while(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The documentation without the one-space indent doc comments carry.
    pub fn documentation(&self) -> String {
        let mut out = String::new();
        for line in self.doc.lines() {
            out.push_str(line.strip_prefix(' ').unwrap_or(line));
            out.push('\n');
        }
        out.trim().to_string() + "\n"
    }
}

/// What a rule found.
#[derive(Clone, Debug)]
pub struct Finding {
    pub rule: &'static RuleMeta,
    pub message: String,
    /// Spans of the claim's text the finding is about.
    pub claim_spans: Vec<Span>,
    /// Spans of the article the finding is about.
    pub evidence_spans: Vec<Span>,
}

/// Everything a rule may look at.
pub struct Context<'a> {
    pub claim: &'a ClaimReading,
    pub index: &'a Index,
    pub statement: &'a Statement,
    pub alignment: &'a Alignment,
    pub quotes: &'a [(ClaimQuote, QuoteCheck)],
    pub strict_attribution: bool,
    /// The structure, built once for all the rules that read it (see
    /// [`Context::structure`]).
    pub structure: std::cell::OnceCell<Option<crate::align::structure::Structure<'a>>>,
}

impl<'a> Context<'a> {
    pub fn claim_unit(&self, i: usize) -> &Unit {
        &self.claim.units[i]
    }

    pub fn evidence_unit(&self, i: usize) -> &Unit {
        &self.index.units[self.statement.sentence][i]
    }

    /// The other units of the statement's sentence written as evidence
    /// unit `i` is, case aside: a word the sentence uses twice ("from
    /// person to person"), which a pairing may have met at the wrong place.
    pub fn same_word_elsewhere(&self, i: usize) -> impl Iterator<Item = &Unit> {
        let word = self.evidence_text(i).to_lowercase();
        let doc = &self.index.doc;
        self.index.units[self.statement.sentence]
            .iter()
            .enumerate()
            .filter(move |&(k, u)| {
                k != i && doc.range_text(u.tokens.clone()).to_lowercase() == word
            })
            .map(|(_, u)| u)
    }

    /// Whether claim unit `i` modifies a word of the claim that the
    /// statement does not meet: in "a ruling is expected in May", "May"
    /// dates "expected"; a statement without that event gives its time to
    /// another, so its time is no alternative to the claim's. Read from the
    /// claim's parse; a unit that hangs from the root, a function word or a
    /// word the statement meets is not. A word met only in a sentence read
    /// with the statement is that sentence's event, not the statement's.
    pub fn event_unmet(&self, i: usize) -> bool {
        let side = crate::align::structure::Side::new(&self.claim.doc);
        let Some(head) = side
            .head_word(self.claim_unit(i))
            .and_then(|n| side.head(n))
        else {
            return false;
        };
        let Some(token) = side.token(head) else {
            return false;
        };
        self.claim_unit_at(token)
            .is_some_and(|u| u != i && self.alignment.unaligned.contains(&u))
    }

    /// The claim unit holding claim token `t`, if any.
    pub fn claim_unit_at(&self, t: usize) -> Option<usize> {
        self.claim.units.iter().position(|u| u.tokens.contains(&t))
    }

    /// The claim's words for a unit.
    pub fn claim_text(&self, i: usize) -> &str {
        self.claim.doc.range_text(self.claim_unit(i).tokens.clone())
    }

    /// The article's words for a unit.
    pub fn evidence_text(&self, i: usize) -> &str {
        self.index
            .doc
            .range_text(self.evidence_unit(i).tokens.clone())
    }

    pub fn claim_span(&self, i: usize) -> Span {
        let r = &self.claim_unit(i).tokens;
        Span::new(
            self.claim.doc.tokens[r.start].span.start,
            self.claim.doc.tokens[r.end - 1].span.end,
        )
    }

    pub fn evidence_span(&self, i: usize) -> Span {
        let r = &self.evidence_unit(i).tokens;
        Span::new(
            self.index.doc.tokens[r.start].span.start,
            self.index.doc.tokens[r.end - 1].span.end,
        )
    }

    /// A claim quotation that stands where this statement has another
    /// quotation: the words around it match the statement, the quoted words
    /// do not ("would seek "the green light" for any changes" against
    /// "would seek "the council's blessing" for any changes"). Returns the
    /// claim's quotation span and the article's quotation span.
    pub fn misquote_in_place(&self) -> Option<(Span, Span)> {
        let doc = &self.index.doc;
        for (q, check) in self.quotes {
            if !matches!(check, QuoteCheck::Missing) {
                continue;
            }
            let inside: Vec<usize> = (0..self.claim.units.len())
                .filter(|&i| q.span.contains(self.claim_span(i)))
                .collect();
            let outside_aligned = self.alignment.unaligned.iter().all(|u| inside.contains(u));
            if !outside_aligned || self.alignment.pairs.len() < 2 {
                continue;
            }
            let pos = |i: usize| self.evidence_unit(i).tokens.start;
            let before = self
                .alignment
                .pairs
                .iter()
                .filter(|p| self.claim_span(p.claim).end <= q.span.start)
                .map(|p| pos(p.evidence))
                .max();
            let after = self
                .alignment
                .pairs
                .iter()
                .filter(|p| self.claim_span(p.claim).start >= q.span.end)
                .map(|p| pos(p.evidence))
                .min();
            let (Some(b), Some(a)) = (before, after) else {
                continue;
            };
            let found = self
                .statement
                .quotes
                .iter()
                .map(|&qi| &doc.quotes[qi])
                .find(|aq| b < aq.tokens.start && aq.tokens.end <= a);
            if let Some(aq) = found {
                return Some((q.span, aq.inner));
            }
        }
        None
    }

    /// Claim units inside a quotation that the quote rules explain.
    pub fn quote_explained(&self) -> Vec<usize> {
        let mut spans: Vec<Span> = self
            .quotes
            .iter()
            .filter(|(_, c)| {
                matches!(c, QuoteCheck::Altered { statement, .. } if *statement == Some(self.statement.id))
            })
            .map(|(q, _)| q.span)
            .collect();
        if let Some((q, _)) = self.misquote_in_place() {
            spans.push(q);
        }
        (0..self.claim.units.len())
            .filter(|&i| spans.iter().any(|s| s.contains(self.claim_span(i))))
            .collect()
    }

    /// Whether the claim, apart from the units in `explained`, is all in
    /// the statement: the condition for any conflict to count.
    pub fn close(&self, explained: &[usize]) -> bool {
        let mut ex = explained.to_vec();
        ex.extend(self.quote_explained());
        for r in &self.claim.role_conflicts {
            ex.extend(r.units.iter().copied());
        }
        !self.alignment.pairs.is_empty() && self.alignment.residual(&ex).is_empty()
    }

    /// Like [`Context::close`], for a conflict: when the conflict is a
    /// negation or a number, time or rank, one unmatched unit in four is
    /// tolerated if at least three others match, since a claim that gets
    /// one thing wrong often rewords another. An antonym needs five others
    /// and at most one unmatched (an antonym met anywhere in a long sentence
    /// proves little). A statement that hedges what the claim asserts never
    /// contradicts it.
    pub fn close_for_conflict(&self, explained: &[usize]) -> bool {
        if self.alignment.hedge_conflict {
            return false;
        }
        let mut ex = explained.to_vec();
        ex.extend(self.quote_explained());
        for r in &self.claim.role_conflicts {
            ex.extend(r.units.iter().copied());
        }
        ex.extend(self.implied_agent());
        ex.extend(self.alignment.narrower.iter().copied());
        let mut residual_units = self.alignment.residual(&ex);
        residual_units.extend(self.alignment.topic.iter().filter(|u| !ex.contains(u)));
        let residual = residual_units.len();
        // A verb left over may be the claim's own predicate: "Dozens
        // drowned" is not "over 700 were rescued" with the wrong number.
        // An unmatched name, number or time may mean another thing
        // altogether ("the next Harbor Council election" is not "the
        // election on Sunday"; "about half the calcium" is not "not enough
        // calcium").
        let verb_left = residual_units.iter().any(|&u| {
            let unit = &self.claim.units[u];
            // "the two schools": a count of things the article names.
            let definite_count = matches!(unit.kind, crate::read::UnitKind::Quantity(_))
                && unit.tokens.start > 0
                && self.claim.doc.tokens[unit.tokens.start - 1].norm == "the";
            if definite_count {
                return false;
            }
            (crate::extract::is_verbish(&self.claim.doc, unit.tokens.start)
                && !catenative(&self.claim.doc, unit.tokens.start))
                || crate::lexicon::words::OTHER_INSTANCE
                    .contains(&self.claim.doc.tokens[unit.tokens.start].norm.as_str())
                || matches!(
                    unit.kind,
                    crate::read::UnitKind::Word { proper: true, .. }
                        | crate::read::UnitKind::Person { .. }
                        | crate::read::UnitKind::Place { .. }
                        | crate::read::UnitKind::Quantity(_)
                        | crate::read::UnitKind::Time(_)
                        | crate::read::UnitKind::Ordinal { .. }
                )
        });
        // Two ages in conflict still agree that they are ages: the words
        // that mark them ("aged", "at the age of") meet, as a word of
        // their own would.
        let is_age = |u: &Unit| {
            matches!(&u.kind, crate::read::UnitKind::Quantity(q)
                if q.kind == crate::read::quantity::QuantityKind::Age)
        };
        let solid = self
            .alignment
            .pairs
            .iter()
            .filter(|p| {
                (!p.relation.is_conflict() && p.relation != crate::align::Relation::Antonym)
                    || (is_age(self.claim_unit(p.claim)) && is_age(self.evidence_unit(p.evidence)))
            })
            .count();
        let n = self.claim.units.len();
        let antonym = self
            .alignment
            .flipped
            .iter()
            .any(|&pi| self.alignment.pairs[pi].relation == crate::align::Relation::Antonym);
        let tolerated = if verb_left {
            false
        } else if antonym {
            solid >= 5 && residual <= 1
        } else {
            solid >= 3 && residual * 4 <= n
        };
        !self.alignment.pairs.is_empty() && (residual == 0 || tolerated)
    }

    /// The claim's subject where the statement's verb is a passive that names
    /// no doer: "Applicants must return it within 30 days" against "It must
    /// be returned within twenty days" leaves "Applicants" unsaid, not
    /// contradicted or different.
    fn implied_agent(&self) -> Vec<usize> {
        let adoc = &self.index.doc;
        let cdoc = &self.claim.doc;
        // The claim's verb: a verb form, or a word after a modal ("must
        // return").
        let verb_at = |k: usize| {
            crate::extract::is_verbish(cdoc, k)
                || (k > 0
                    && matches!(
                        cdoc.tokens[k - 1].norm.as_str(),
                        "must" | "will" | "would" | "can" | "could" | "should" | "may" | "might"
                    ))
        };
        let Some(v) =
            self.alignment.pairs.iter().find(|p| {
                !p.relation.is_conflict() && verb_at(self.claim.units[p.claim].tokens.start)
            })
        else {
            return Vec::new();
        };
        let at = self.evidence_unit(v.evidence).tokens.start;
        let passive = adoc.passive_at(at);
        let doer = adoc.doer_after(at);
        let cv = &self.claim.units[v.claim];
        let claim_passive = cdoc.passive_at(cv.tokens.start);
        if !passive || doer || claim_passive {
            return Vec::new();
        }
        self.alignment
            .unaligned
            .iter()
            .copied()
            .filter(|&u| {
                let unit = &self.claim.units[u];
                unit.tokens.end <= cv.tokens.start && unit.segment == cv.segment
            })
            .collect()
    }

    /// The first pair met with `relation`, when it may decide a conflict:
    /// the rest of the claim is in the statement (see
    /// [`Context::close_for_conflict`]), the statement does not hedge what
    /// the claim asserts, and the speakers agree.
    pub fn conflicting_pair(
        &self,
        relation: crate::align::Relation,
    ) -> Option<&crate::align::Pair> {
        let p = self
            .alignment
            .pairs
            .iter()
            .find(|p| p.relation == relation)?;
        (self.close_for_conflict(&[]) && self.speakers_agree()).then_some(p)
    }

    /// Whether the speakers allow a content conflict to count: the claim
    /// names none, names the statement's speaker, or the article says it in
    /// its own voice.
    pub fn speakers_agree(&self) -> bool {
        match self.alignment.speaker {
            None | Some(SpeakerMatch::Same) => true,
            Some(_) => self.statement.speaker.is_none(),
        }
    }

    /// The claim's and the statement's structure (see
    /// `align::structure`), when the statement meets every part
    /// of the claim with nothing in conflict, so that only the structure
    /// can still keep it from supporting. The rules that read the parse
    /// ask for it this way: parsing the claim is the dearest step of a
    /// check.
    pub fn structure(&self) -> Option<&crate::align::structure::Structure<'a>> {
        self.structure
            .get_or_init(|| {
                if !self.met_but_for_structure() {
                    return None;
                }
                crate::align::structure::Structure::new(
                    self.claim,
                    self.index,
                    self.statement,
                    self.alignment,
                )
            })
            .as_ref()
    }

    /// Whether the statement meets every part of the claim with nothing in
    /// conflict.
    fn met_but_for_structure(&self) -> bool {
        let a = self.alignment;
        !a.pairs.is_empty()
            && a.unaligned.is_empty()
            && a.conflicts().next().is_none()
            && a.swaps.is_empty()
            && a.reversed.is_empty()
            && a.flipped.is_empty()
            && !a.polarity_conflict
            && !a.cue_flipped
    }

    /// The statement's speaker, as resolved, or "the article".
    pub fn speaker_name(&self) -> String {
        self.statement
            .speaker
            .as_ref()
            .map_or("the article itself".to_string(), |s| s.resolved.clone())
    }
}

/// A rule: checks one claim against one candidate statement.
pub trait Rule: Sync {
    fn meta(&self) -> &'static RuleMeta;
    fn check(&self, cx: &Context) -> Option<Finding>;
}

/// Declares a rule struct with its id, name and effect; its doc comment
/// becomes its documentation.
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])*
        pub struct $name:ident {
            id: $id:literal,
            name: $kebab:literal,
            effect: $effect:ident,
        }
    ) => {
        $(#[doc = $doc])*
        pub struct $name;

        impl $name {
            pub const META: $crate::rules::RuleMeta = $crate::rules::RuleMeta {
                id: $id,
                name: $kebab,
                effect: $crate::rules::Effect::$effect,
                doc: concat!($($doc, "\n"),*),
            };
        }
    };
}
pub(crate) use declare_rule;

impl Finding {
    /// A finding about one aligned pair of units: "the claim says “X”; the
    /// article says “Y”", with both spans.
    pub fn for_pair(rule: &'static RuleMeta, cx: &Context, p: &crate::align::Pair) -> Finding {
        Finding::new(
            rule,
            format!(
                "the claim says \u{201c}{}\u{201d}; the article says \u{201c}{}\u{201d}",
                cx.claim_text(p.claim),
                cx.evidence_text(p.evidence)
            ),
        )
        .claim([cx.claim_span(p.claim)])
        .evidence([cx.evidence_span(p.evidence)])
    }

    pub fn new(rule: &'static RuleMeta, message: impl Into<String>) -> Finding {
        Finding {
            rule,
            message: message.into(),
            claim_spans: Vec::new(),
            evidence_spans: Vec::new(),
        }
    }

    pub fn claim(mut self, spans: impl IntoIterator<Item = Span>) -> Self {
        self.claim_spans.extend(spans);
        self
    }

    pub fn evidence(mut self, spans: impl IntoIterator<Item = Span>) -> Self {
        self.evidence_spans.extend(spans);
        self
    }
}

/// Every rule, in the order their findings are reported and decide a
/// verdict: conflicts first, then what blocks support, then support.
pub static RULES: &[&dyn Rule] = &[
    &QuoteAltered,
    &SpeakerMisattributed,
    &OutletMismatch,
    &PolarityFlipped,
    &AntonymSubstituted,
    &PrepositionReversed,
    &NumberMismatch,
    &OrdinalMismatch,
    &TimeMismatch,
    &EntitySwapped,
    &RolesReversed,
    &TitleMismatch,
    &QuoteNotInArticle,
    &SpeakerNotEstablished,
    &HedgedAsFact,
    &ClaimHasNoContent,
    &ClaimAddsContent,
    &PolarityDiffers,
    &SubjectObjectSwapped,
    &RoleHeldByAnother,
    &ModifierMoved,
    &ComplementNotAsserted,
    &QuantifierDropped,
    &ModifierDropped,
    &StatementEntailsClaim,
    &SingleSource,
    &NoMatchingStatement,
    &ClaimUnreadable,
    &InternalError,
];

/// Finds a rule by id or name.
pub fn find(name_or_id: &str) -> Option<&'static dyn Rule> {
    let q = name_or_id.trim();
    RULES
        .iter()
        .copied()
        .find(|r| r.meta().name.eq_ignore_ascii_case(q) || r.meta().id.eq_ignore_ascii_case(q))
}

/// Whether the verb at token `t` is catenative: another verb follows as
/// its complement ("*keep* turning away", "*try* to add", "*began*
/// selling"), and carries the clause's content, so it is not the clause's
/// own predicate. Read from the tags, which every claim has, rather than
/// the parse, which only some claims need.
fn catenative(doc: &crate::doc::Doc, t: usize) -> bool {
    let verb = |k: usize, form: &str| doc.tags(k).is_some_and(|(u, p)| u == "VERB" && p == form);
    let to = doc.tokens.get(t + 1).is_some_and(|x| x.norm == "to");
    verb(t + 1, "VBG") || (to && verb(t + 2, "VB"))
}

#[cfg(test)]
pub(crate) mod testing;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_names_are_unique_and_well_formed() {
        let mut ids: Vec<&str> = RULES.iter().map(|r| r.meta().id).collect();
        let mut names: Vec<&str> = RULES.iter().map(|r| r.meta().name).collect();
        for n in &names {
            assert!(n.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{n}");
        }
        for r in RULES {
            assert!(
                !r.meta().summary().is_empty(),
                "{} has no doc",
                r.meta().name
            );
            assert!(
                r.meta().doc.contains("## What it does"),
                "{}",
                r.meta().name
            );
        }
        ids.sort();
        names.sort();
        let n = ids.len();
        ids.dedup();
        names.dedup();
        assert_eq!((ids.len(), names.len()), (n, n));
    }

    /// The summary `claimcheck rules` lists and SARIF shows: one whole
    /// sentence, short enough for a line, never cut off mid-phrase.
    #[test]
    fn every_summary_is_one_complete_sentence() {
        for r in RULES {
            let m = r.meta();
            let s = m.summary();
            let first = s.chars().next().unwrap_or(' ');
            assert!(
                first.is_uppercase() || s.starts_with("claimcheck "),
                "{}: {s:?} does not start a sentence",
                m.name
            );
            assert!(
                s.ends_with('.'),
                "{}: {s:?} does not end with a period",
                m.name
            );
            assert!(
                (20..=110).contains(&s.chars().count()),
                "{}: {s:?} is {} characters long (20 to 110)",
                m.name,
                s.chars().count()
            );
            // One sentence: no full stop before the last one.
            let inner = &s[..s.len() - 1];
            assert!(
                !inner.contains(". "),
                "{}: {s:?} is more than one sentence",
                m.name
            );
        }
    }

    #[test]
    fn finds_by_name_or_id() {
        assert_eq!(find("quote-altered").map(|r| r.meta().id), Some("Q001"));
        assert_eq!(find("q001").map(|r| r.meta().name), Some("quote-altered"));
        assert!(find("nope").is_none());
    }
}
