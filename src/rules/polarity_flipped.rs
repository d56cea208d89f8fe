use super::{Context, Finding, Rule, RuleMeta, declare_rule};
use crate::align::Relation;

declare_rule! {
    /// The claim negates what the article states, or states what it negates.
    ///
    /// ## What it does
    /// Compares the polarity of the claim's words with the article's where
    /// they meet. Negators ("not", "never", "no") and verbal negators
    /// ("refused to", "declined to", "ruled out", "denied") flip the words
    /// after them in their clause. When the flipped words outweigh the
    /// others and the rest of the claim is in the statement, the claim
    /// contradicts it.
    ///
    /// ## Why it matters
    /// A dropped or added "not" reverses a statement while leaving almost
    /// every word in place; word overlap alone would call it a match.
    ///
    /// ## Example
    /// Article: Okafor has said she will not send British troops to Cyprus.
    /// Claim: Okafor said she would deploy UK troops to Cyprus. → contradicted.
    pub struct PolarityFlipped {
        id: "P001",
        name: "polarity-flipped",
        effect: Conflicts,
    }
}

impl Rule for PolarityFlipped {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context) -> Option<Finding> {
        let a = cx.alignment;
        // One matched word is too little to say the claim denies the
        // statement ("Varga declined to comment on the strike").
        if !a.polarity_conflict
            || a.pairs.len() < 2
            || !cx.close_for_conflict(&[])
            || !cx.speakers_agree()
        {
            return None;
        }
        if a.flipped
            .iter()
            .any(|&pi| a.pairs[pi].relation == Relation::Antonym)
        {
            return None;
        }
        let mut negation: Vec<usize> = a.flipped.clone();
        if negation.is_empty() {
            return a.cue_flipped.then(|| cue_flip(cx));
        }
        if negation
            .iter()
            .all(|&pi| also_with_claims_polarity(cx, &a.pairs[pi]))
        {
            return None;
        }
        // The message names a word of meaning first ("covered" rather than
        // "one" in "is not one of the countries covered").
        negation.sort_by_key(|&pi| !cx.claim_unit(a.pairs[pi].claim).carries_polarity());
        let p = &a.pairs[negation[0]];
        let (c_neg, what) = (cx.claim_unit(p.claim).negated, cx.claim_text(p.claim));
        let msg = if c_neg {
            format!("the claim negates \u{201c}{what}\u{201d}; the article affirms it")
        } else {
            format!(
                "the article negates \u{201c}{}\u{201d}; the claim affirms it",
                cx.evidence_text(p.evidence)
            )
        };
        Some(
            Finding::new(&Self::META, msg)
                .claim(negation.iter().map(|&pi| cx.claim_span(a.pairs[pi].claim)))
                .evidence(
                    negation
                        .iter()
                        .map(|&pi| cx.evidence_span(a.pairs[pi].evidence)),
                ),
        )
    }
}

/// The finding for a reporting verb negated on one side only.
/// Whether the sentence has the paired word a second time, with the
/// claim's polarity ("survive without oxygen, but oxygen permits ..."):
/// then the pairing, not the article, set the two against each other.
fn also_with_claims_polarity(cx: &Context, p: &crate::align::Pair) -> bool {
    let negated = cx.claim_unit(p.claim).negated;
    cx.same_word_elsewhere(p.evidence)
        .any(|u| u.negated == negated)
}

fn cue_flip(cx: &Context) -> Finding {
    let (Some(cc), Some(ec)) = (&cx.claim.cue, &cx.statement.cue) else {
        return Finding::new(&PolarityFlipped::META, String::new());
    };
    Finding::new(
        &PolarityFlipped::META,
        format!(
            "the claim says \u{201c}{}\u{201d}; the article says \u{201c}{}\u{201d}",
            cc.written(&cx.claim.doc),
            ec.written(&cx.index.doc)
        ),
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_negation_moved_from_the_verb_to_its_object_is_no_flip() {
        let article = "Tomas Varga told reporters: \"I didn't put any pressure on them.\"";
        let claim = "Varga said he put no pressure on them.";
        crate::rules::testing::assert_silent("polarity-flipped", article, claim);
        crate::rules::testing::assert_fires(
            "polarity-flipped",
            article,
            "Varga said he put pressure on them.",
        );
    }

    #[test]
    fn a_word_repeated_with_both_polarities_is_no_flip() {
        let article =
            "Some animals can survive without water for weeks, but water lets them grow faster.";
        crate::rules::testing::assert_silent("polarity-flipped", article, article);
    }

    #[test]
    fn an_unmatched_number_is_not_tolerated() {
        crate::rules::testing::assert_silent(
            "polarity-flipped",
            "Nurses say older patients in Norway do not get the calcium they need each day.",
            "Nurses say older patients in Norway get about half the calcium they need each day.",
        );
    }

    #[test]
    fn a_catenative_verb_left_over_is_not_the_predicate() {
        // "keep" only carries "turning away", which the claim affirms and
        // the article negates; a verb of its own left over ("sell") is
        // another predicate, and tolerates no conflict.
        let article = "Lind asked the northern provinces not to turn away the fishing boats.";
        crate::rules::testing::assert_fires(
            "polarity-flipped",
            article,
            "Lind urged the northern provinces to keep turning away the fishing boats.",
        );
        crate::rules::testing::assert_silent(
            "polarity-flipped",
            article,
            "Lind urged the northern provinces to sell the fishing boats.",
        );
    }

    use crate::rules::testing::{assert_fires, assert_silent};

    const ARTICLE: &str = "Okafor has said she will not send British troops to Cyprus.";

    #[test]
    fn flags_a_dropped_negation() {
        assert_fires(
            "polarity-flipped",
            ARTICLE,
            "Okafor said she would deploy UK troops to Cyprus.",
        );
    }

    #[test]
    fn flags_a_verbal_negator() {
        assert_fires(
            "polarity-flipped",
            "Brandt supported the construction of the dam.",
            "Brandt refused to support the construction of the dam.",
        );
    }

    #[test]
    fn does_not_flag_kept_negation() {
        assert_silent(
            "polarity-flipped",
            ARTICLE,
            "Okafor said she would not deploy UK troops to Cyprus.",
        );
    }
}
