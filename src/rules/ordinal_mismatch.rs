use super::{Context, Finding, Rule, RuleMeta, declare_rule};
use crate::align::Relation;

declare_rule! {
    /// The claim gives another rank or order than the article (first, last, 39th).
    ///
    /// ## What it does
    /// Compares ordinal words and numbers ("first", "second", "39th",
    /// "last", "final") where the claim and the statement otherwise agree.
    ///
    /// ## Why it matters
    /// "First to report", "last mission", "second place" are facts in
    /// themselves; changing the rank changes the fact.
    ///
    /// ## Example
    /// Article: Reuters was the first to report that ...
    /// Claim: Reuters was the last to report that ... → contradicted.
    pub struct OrdinalMismatch {
        id: "N002",
        name: "ordinal-mismatch",
        effect: Conflicts,
    }
}

impl Rule for OrdinalMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context) -> Option<Finding> {
        let a = cx.alignment;
        let p = a
            .pairs
            .iter()
            .find(|p| p.relation == Relation::OrdinalConflict)?;
        if !cx.close(&[]) || cx.alignment.hedge_conflict || !cx.speakers_agree() {
            return None;
        }
        Some(
            Finding::new(
                &Self::META,
                format!(
                    "the claim says \u{201c}{}\u{201d}; the article says \u{201c}{}\u{201d}",
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

    const ARTICLE: &str =
        "Reuters was the first to report that the leaders were preparing the options.";

    #[test]
    fn flags_first_for_last() {
        assert_fires(
            "ordinal-mismatch",
            ARTICLE,
            "Reuters was the last to report that the leaders were preparing the options.",
        );
    }

    #[test]
    fn does_not_flag_the_same_rank() {
        assert_silent(
            "ordinal-mismatch",
            ARTICLE,
            "Reuters reported first that the leaders were preparing options.",
        );
    }
}
