use super::{Context, Finding, Rule, RuleMeta, declare_rule};

declare_rule! {
    /// The claim has nothing to check beyond who spoke.
    ///
    /// ## What it does
    /// Blocks support for a claim with no content words once its speaker and
    /// reporting verb are set aside ("A spokesperson declined to comment").
    ///
    /// ## Why it matters
    /// With nothing said, no statement of the article can entail the claim:
    /// matching the speaker alone would support anything they were quoted on.
    ///
    /// ## Example
    /// Claim: A Harbor Authority spokesperson declined to comment. → unverified.
    pub struct ClaimHasNoContent {
        id: "U003",
        name: "claim-has-no-content",
        effect: Blocks,
    }
}

impl Rule for ClaimHasNoContent {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context) -> Option<Finding> {
        cx.claim.units.is_empty().then(|| {
            Finding::new(
                &Self::META,
                "the claim says nothing to check beyond who spoke",
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_fires, assert_silent};

    const ARTICLE: &str =
        "A Harbor Authority statement noted that engineers had prepared repair plans.";

    #[test]
    fn flags_a_claim_without_content() {
        assert_fires(
            "claim-has-no-content",
            ARTICLE,
            "A Harbor Authority spokesperson declined to comment.",
        );
    }

    #[test]
    fn does_not_flag_a_claim_with_content() {
        assert_silent(
            "claim-has-no-content",
            ARTICLE,
            "The Harbor Authority said engineers had prepared repair plans.",
        );
    }
}
