use super::{Context, Finding, Rule, RuleMeta, declare_rule};
use crate::align::Relation;
use crate::align::structure::Side;

declare_rule! {
    /// The claim uses a word of opposite meaning where the article has its antonym.
    ///
    /// ## What it does
    /// Fires when a claim word meets an article word through the antonym
    /// table (supported / opposed, continues / stopped, welcomed / expressed
    /// concern, signalled openness / raised concern, first / last ...) with the
    /// same polarity on both sides, and the rest of the claim is in the
    /// statement. The table is in `src/lexicon/relations.rs`. An opposite
    /// noun must stand in the clause of the statement's counterpart of the
    /// claim's verb: "each parent pleaded guilty" is not opposed by "by
    /// pleading guilty they spared your children", whose "children" belong
    /// to the sparing.
    ///
    /// ## Why it matters
    /// Swapping a word for its opposite keeps the sentence shape and every
    /// name, so it reads as a faithful paraphrase while saying the reverse.
    ///
    /// ## Example
    /// Article: Dunmore and its neighbours have raised concerns that ...
    /// Claim: Dunmore and its neighbours have welcomed ... → contradicted.
    pub struct AntonymSubstituted {
        id: "P002",
        name: "antonym-substituted",
        effect: Conflicts,
    }
}

impl Rule for AntonymSubstituted {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context) -> Option<Finding> {
        let a = cx.alignment;
        if !a.polarity_conflict || !cx.close_for_conflict(&[]) || !cx.speakers_agree() {
            return None;
        }
        let pi = *a
            .flipped
            .iter()
            .find(|&&pi| a.pairs[pi].relation == Relation::Antonym)?;
        let p = &a.pairs[pi];
        if !same_clause(cx, p) || !verb_not_against_noun(cx, p) {
            return None;
        }
        Some(
            Finding::new(
                &Self::META,
                format!(
                    "the claim says \u{201c}{}\u{201d} where the article says \u{201c}{}\u{201d}",
                    cx.claim_text(p.claim),
                    cx.evidence_text(p.evidence)
                ),
            )
            .claim([cx.claim_span(p.claim)])
            .evidence([cx.evidence_span(p.evidence)]),
        )
    }
}

/// Whether the article's opposite word stands in the clause that the
/// statement's counterpart of the claim's clause heads: "Each parent
/// pleaded guilty" against "by pleading guilty ... spared your children":
/// "children" belongs to "spared", not to the pleading, so it is no
/// opposite of the claim's "parent". Where the antonym heads its own
/// clause in the claim ("welcomed the deal" for "raised concerns about
/// the deal"), the antonym is not a noun, or a parse or a pairing is
/// missing, the clauses are not known to differ.
/// Whether neither word is a verb set against a noun, as the tagger reads
/// them: the "began" of a claim is no opposite of the noun in "by the
/// end", which times the statement rather than saying anything ended. (A
/// verb against an adjective is a fair opposite: "praised" for "were
/// critical of".) Where a tag is missing, the words are taken as alike.
fn verb_not_against_noun(cx: &Context, p: &crate::align::Pair) -> bool {
    let c = cx.claim.doc.upos(cx.claim_unit(p.claim).tokens.start);
    let e = cx.index.doc.upos(cx.evidence_unit(p.evidence).tokens.start);
    !matches!(
        (c, e),
        (Some("VERB"), Some("NOUN")) | (Some("NOUN"), Some("VERB"))
    )
}

fn same_clause(cx: &Context, p: &crate::align::Pair) -> bool {
    let claim = Side::new(&cx.claim.doc);
    let article = Side::new(&cx.index.doc);
    let Some(head) = claim.head_word(cx.claim_unit(p.claim)) else {
        return true;
    };
    // Only a noun is compared: it is a party of its clause. An opposite
    // adjective or preposition ("inside" for "outside") may hang from
    // either of two clauses, as the parser reads it.
    if claim.upos(head) != "NOUN" {
        return true;
    }
    let Some(verb_token) = claim.token(claim.clause(head)) else {
        return true;
    };
    let Some(verb_unit) = cx.claim_unit_at(verb_token).filter(|&u| u != p.claim) else {
        return true;
    };
    let Some(opposite) = article.head_word(cx.evidence_unit(p.evidence)) else {
        return true;
    };
    let clause = article.clause(opposite);
    let counterparts: Vec<_> = cx
        .alignment
        .pairs
        .iter()
        .filter(|q| q.claim == verb_unit)
        .filter_map(|q| article.head_word(cx.evidence_unit(q.evidence)))
        .collect();
    counterparts.is_empty() || counterparts.iter().any(|&e| article.clause(e) == clause)
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_fires, assert_silent};

    const ARTICLE: &str = "Dunmore and its neighbours have raised concerns about the water deal.";

    #[test]
    fn an_opposite_noun_in_another_clause_is_no_conflict() {
        let article = "The magistrate said she would not impose the longest possible term \
            because they had \"owned up at an early stage\" by pleading guilty to nine theft \
            charges each and \"spared your children from testifying in court\".";
        assert_silent(
            "antonym-substituted",
            article,
            "Each parent pleaded guilty to nine theft charges.",
        );
    }

    #[test]
    fn a_verb_is_no_opposite_of_a_noun_that_times_the_statement() {
        let article = "By the end, Mira's eczema was so severe that her skin broke every time \
            her parents changed her clothes.";
        let claim = "Mira's skin broke every time her parents began to change her clothes.";
        assert_silent("antonym-substituted", article, claim);
        let article = "Mira's skin broke every time her parents ended the change of her clothes.";
        assert_fires("antonym-substituted", article, claim);
    }

    #[test]
    fn flags_an_opposite_word() {
        assert_fires(
            "antonym-substituted",
            ARTICLE,
            "Dunmore and its neighbours have welcomed the water deal.",
        );
    }

    #[test]
    fn does_not_flag_a_synonym() {
        assert_silent(
            "antonym-substituted",
            ARTICLE,
            "Dunmore and its neighbours voiced concern about the water deal.",
        );
    }
}
