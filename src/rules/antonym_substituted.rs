use super::{Context, Finding, Rule, RuleMeta, declare_rule};
use crate::align::Relation;

declare_rule! {
    /// The claim uses a word of opposite meaning where the article has its antonym.
    ///
    /// ## What it does
    /// Fires when a claim word meets an article word through the antonym
    /// table (supported / opposed, continues / stopped, welcomed / expressed
    /// concern, signalled openness / raised concern, first / last ...) with the
    /// same polarity on both sides, and the rest of the claim is in the
    /// statement. The table is in `src/lexicon/relations.rs`.
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

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_fires, assert_silent};

    const ARTICLE: &str = "Dunmore and its neighbours have raised concerns about the water deal.";

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
