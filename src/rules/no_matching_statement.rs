use super::{Context, Finding, Rule, RuleMeta, declare_rule};

declare_rule! {
    /// Nothing in the article speaks to the claim.
    ///
    /// ## What it does
    /// Decides `unverified` when the index holds no statement sharing any
    /// word, name or place with the claim, so there is nothing to align.
    ///
    /// ## Why it matters
    /// A claim about something the article never mentions can be neither
    /// supported nor contradicted by it.
    ///
    /// ## Example
    /// Claim: The peace talks will move to Geneva. (No statement mentions
    /// talks or Geneva.) → unverified.
    pub struct NoMatchingStatement {
        id: "U002",
        name: "no-matching-statement",
        effect: Blocks,
    }
}

impl Rule for NoMatchingStatement {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    /// Applies to a claim, not to a statement: see `crate::verdict`.
    fn check(&self, _cx: &Context) -> Option<Finding> {
        None
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::judge;

    #[test]
    fn decides_when_nothing_matches() {
        let o = judge(
            "Council members met in the town hall.",
            "Divers recovered a statue from the lake.",
        );
        assert_eq!(o.decided_by.name, "no-matching-statement");
    }
}
