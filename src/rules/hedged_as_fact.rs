use super::{Context, Finding, Rule, RuleMeta, declare_rule};

declare_rule! {
    /// The claim states as fact what the article presents as a possibility.
    ///
    /// ## What it does
    /// Marks the words that follow a hedge in the article ("could", "might",
    /// "may", "an option", "plans to", "if", "believes") and blocks support
    /// when the claim asserts them without a hedge of its own.
    ///
    /// ## Why it matters
    /// Turning an option into an event ("could be provided" into "has
    /// begun") is a common way for summaries to overstate a story. The
    /// article neither supports nor denies that it happened: unverified.
    ///
    /// ## Example
    /// Article: Flood relief could be provided by opening the reservoir gates.
    /// Claim: Crews are opening the reservoir gates. → unverified.
    pub struct HedgedAsFact {
        id: "M001",
        name: "hedged-as-fact",
        effect: Blocks,
    }
}

impl Rule for HedgedAsFact {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context) -> Option<Finding> {
        let a = cx.alignment;
        if !a.hedge_conflict {
            return None;
        }
        let p = &a.pairs[a.hedged[0]];
        Some(
            Finding::new(
                &Self::META,
                format!(
                    "the article presents \u{201c}{}\u{201d} as a possibility; the claim states it as fact",
                    cx.evidence_text(p.evidence)
                ),
            )
            .claim(a.hedged.iter().map(|&pi| cx.claim_span(a.pairs[pi].claim)))
            .evidence(a.hedged.iter().map(|&pi| cx.evidence_span(a.pairs[pi].evidence))),
        )
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_claim_that_calls_it_a_possibility_is_no_fact() {
        let article =
            "Relief could be provided in several ways, such as sending more doctors to the region.";
        crate::rules::testing::assert_silent(
            "hedged-as-fact",
            article,
            "Sending more doctors to the region is one possible form of relief.",
        );
        crate::rules::testing::assert_fires(
            "hedged-as-fact",
            article,
            "More doctors were sent to the region.",
        );
    }

    use crate::rules::testing::{assert_fires, assert_silent};

    const ARTICLE: &str =
        "Flood relief could be provided by opening the reservoir gates with emergency crews.";

    #[test]
    fn flags_a_possibility_stated_as_fact() {
        assert_fires(
            "hedged-as-fact",
            ARTICLE,
            "Emergency crews are opening the reservoir gates.",
        );
    }

    #[test]
    fn does_not_flag_a_hedged_claim() {
        assert_silent(
            "hedged-as-fact",
            ARTICLE,
            "Emergency crews could open the reservoir gates.",
        );
    }
}
