use super::{Context, Finding, Rule, RuleMeta, declare_rule};
use crate::align::Relation;

declare_rule! {
    /// The claim gives another rank or order than the article (first, last, 21st).
    ///
    /// ## What it does
    /// Compares ordinal words and numbers ("first", "second", "21st",
    /// "last", "final") where the claim and the statement otherwise agree.
    ///
    /// ## Why it matters
    /// "First to arrive", "last match", "second place" are facts in
    /// themselves; changing the rank changes the fact.
    ///
    /// ## Example
    /// Article: The Valley Gazette was the first to reveal that ...
    /// Claim: The Valley Gazette was the last to reveal that ... → contradicted.
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
        let p = cx.conflicting_pair(Relation::OrdinalConflict)?;
        Some(Finding::for_pair(&Self::META, cx, p))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn spends_a_matching_rank_before_a_conflicting_one() {
        crate::rules::testing::assert_silent(
            "ordinal-mismatch",
            "The city celebrated the opening of the first tram line on Tuesday.",
            "The city marked the 50th anniversary of the first tram line opening on Tuesday.",
        );
    }

    #[test]
    fn first_as_an_adverb_ranks_nothing() {
        crate::rules::testing::assert_silent(
            "ordinal-mismatch",
            "The ferry was sent back twice, first by the coast guard and then by police.",
            "The second ferry was sent back twice, first by the coast guard and then by police.",
        );
    }

    use crate::rules::testing::{assert_fires, assert_silent};

    const ARTICLE: &str =
        "The Valley Gazette was the first to reveal that the mayor was cutting the budget.";

    #[test]
    fn flags_first_for_last() {
        assert_fires(
            "ordinal-mismatch",
            ARTICLE,
            "The Valley Gazette was the last to reveal that the mayor was cutting the budget.",
        );
    }

    #[test]
    fn does_not_flag_the_same_rank() {
        assert_silent(
            "ordinal-mismatch",
            ARTICLE,
            "The Valley Gazette revealed first that the mayor was cutting a budget.",
        );
    }
}
