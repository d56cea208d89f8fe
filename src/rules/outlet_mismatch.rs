use super::{Context, Finding, Rule, RuleMeta, declare_rule};
use crate::extract::speaker::SpeakerMatch;

declare_rule! {
    /// The claim names a different outlet or recipient for the statement.
    ///
    /// ## What it does
    /// Fires when the claim matches a statement in full but says it was told
    /// to a different outlet or person ("told the AP" where the article has
    /// "told Bloomberg").
    ///
    /// ## Why it matters
    /// Who a statement was given to is part of its sourcing: crediting the
    /// wrong outlet misreports the source chain.
    ///
    /// ## Example
    /// Article: ..., sources told Bloomberg.
    /// Claim: Sources told the Associated Press that ... → contradicted.
    pub struct OutletMismatch {
        id: "A003",
        name: "outlet-mismatch",
        effect: Conflicts,
    }
}

impl Rule for OutletMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context) -> Option<Finding> {
        let (Some(cr), Some(er)) = (&cx.claim.recipient, &cx.statement.recipient) else {
            return None;
        };
        if cx.alignment.recipient != Some(Some(SpeakerMatch::Different)) {
            return None;
        }
        if !cx.close(&[]) || !cx.speakers_agree() {
            return None;
        }
        Some(Finding::new(
            &Self::META,
            format!(
                "the article says this was told to {}, not {}",
                er.text, cr.text
            ),
        ))
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_fires, assert_silent};

    const ARTICLE: &str =
        "One option was closing the northern border crossing, sources told Bloomberg.";

    #[test]
    fn flags_another_outlet() {
        assert_fires(
            "outlet-mismatch",
            ARTICLE,
            "Sources told the Associated Press that one option was closing the northern border crossing.",
        );
    }

    #[test]
    fn does_not_flag_the_same_outlet() {
        assert_silent(
            "outlet-mismatch",
            ARTICLE,
            "Sources told Bloomberg that one option was closing the northern border crossing.",
        );
    }
}
