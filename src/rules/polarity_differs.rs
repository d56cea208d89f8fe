use super::{Context, Finding, Rule, RuleMeta, declare_rule};

declare_rule! {
    /// The claim and the statement differ in a negation that cannot be
    /// read as a contradiction.
    ///
    /// ## What it does
    /// Blocks support when a word the claim shares with the statement is
    /// negated on one side only but the difference is not a clear denial:
    /// the word is not the one the negation governs ("expected the bank to
    /// cut rates, but it did not"), the negation is contrastive ("not X but
    /// Y"), it sits under a negated verb of saying ("did not say the plant
    /// would close"), or the reporting verb and what was said are both
    /// negated on different sides. `polarity-flipped` contradicts where the
    /// denial is clear; this rule leaves the rest unverified.
    ///
    /// ## Why it matters
    /// A claim that adds or drops a "not" anywhere is never the article's
    /// statement, even where the reader cannot tell whether it denies it.
    ///
    /// ## Example
    /// Article: The suspect was not charged with murder but with
    /// manslaughter.
    /// Claim: The suspect was charged with manslaughter. → unverified.
    pub struct PolarityDiffers {
        id: "P003",
        name: "polarity-differs",
        effect: Blocks,
    }
}

impl Rule for PolarityDiffers {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context) -> Option<Finding> {
        let a = cx.alignment;
        if a.polarity_conflict || (a.flipped.is_empty() && !a.cue_flipped) {
            return None;
        }
        let msg = match a.flipped.first() {
            Some(&pi) => {
                let p = &a.pairs[pi];
                if cx.claim_unit(p.claim).negated {
                    format!(
                        "the claim negates \u{201c}{}\u{201d} where the article does not",
                        cx.claim_text(p.claim)
                    )
                } else {
                    format!(
                        "the article negates \u{201c}{}\u{201d} where the claim does not",
                        cx.evidence_text(p.evidence)
                    )
                }
            }
            None => "the reporting verb is negated on one side only".to_string(),
        };
        Some(
            Finding::new(&Self::META, msg)
                .claim(a.flipped.iter().map(|&pi| cx.claim_span(a.pairs[pi].claim)))
                .evidence(
                    a.flipped
                        .iter()
                        .map(|&pi| cx.evidence_span(a.pairs[pi].evidence)),
                ),
        )
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_fires, assert_silent};

    #[test]
    fn flags_a_contrastive_negation() {
        assert_fires(
            "polarity-differs",
            "The suspect was not charged with murder but with manslaughter.",
            "The suspect was charged with manslaughter.",
        );
    }

    #[test]
    fn leaves_a_clear_denial_to_polarity_flipped() {
        assert_silent(
            "polarity-differs",
            "The suspect was not charged with murder.",
            "The suspect was charged with murder.",
        );
        assert_fires(
            "polarity-flipped",
            "The suspect was not charged with murder.",
            "The suspect was charged with murder.",
        );
    }

    #[test]
    fn does_not_flag_a_kept_negation() {
        assert_silent(
            "polarity-differs",
            "The suspect was not charged with murder.",
            "The suspect was not charged with murder.",
        );
    }
}
