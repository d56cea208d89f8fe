use super::{Context, Finding, Rule, RuleMeta, declare_rule};

declare_rule! {
    /// The claim has nothing to check beyond who spoke.
    ///
    /// ## What it does
    /// Blocks support for a claim with no content words once its speaker and
    /// reporting verb are set aside ("A spokesperson declined to comment"),
    /// and for a claim that only names people, places or organisations, with
    /// no verb and no other word saying anything of them ("By Ana Ruiz",
    /// "Dear Dr. Ruiz"): any sentence naming them would otherwise support
    /// it.
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
        use crate::read::UnitKind;
        let units = &cx.claim.units;
        if units.is_empty() {
            return Some(Finding::new(
                &Self::META,
                "the claim says nothing to check beyond who spoke",
            ));
        }
        let doc = &cx.claim.doc;
        // The verb test scans the claim: last, after the cheap tests.
        let only_names = cx.claim.cue.is_none()
            && units.iter().all(|u| {
                matches!(
                    u.kind,
                    UnitKind::Person { .. }
                        | UnitKind::Place { .. }
                        | UnitKind::Word { proper: true, .. }
                )
            })
            && !(0..doc.tokens.len()).any(|k| crate::extract::is_verbish(doc, k));
        only_names.then(|| {
            Finding::new(
                &Self::META,
                "the claim only names; no word of it says anything to check",
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
    fn flags_a_claim_that_only_names() {
        let article = "Ana Ruiz met Tomas Varga in Lisbon on Monday.";
        assert_fires("claim-has-no-content", article, "By Ana Ruiz");
        assert_fires("claim-has-no-content", article, "Tomas Varga, Lisbon");
        assert_silent("claim-has-no-content", article, "Ana Ruiz met Tomas Varga.");
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
