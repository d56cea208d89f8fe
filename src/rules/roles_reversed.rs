use super::{Context, Finding, Rule, RuleMeta, declare_rule};

declare_rule! {
    /// The claim gives the verb's roles to the wrong parties.
    ///
    /// ## What it does
    /// Takes the claim's first verb that the statement also has and looks at
    /// the matched words on each side of it. Fires when a word the claim
    /// puts before the verb (its doer) stands after the verb in the
    /// statement, and either another matched word crossed the other way
    /// ("A has replaced B" for "B has replaced A") or the statement has
    /// another name before its verb ("Peru won" for "the Danish team
    /// won ..., with the silver going to Peru"). A passive on one side
    /// only turns the order around ("A defeated B" against "B was defeated
    /// by A" agrees, against "A was defeated by B" conflicts).
    ///
    /// ## Why it matters
    /// Every word of such a claim is in the article, so a bag of words
    /// would support it; only the order says who did what to whom.
    ///
    /// ## Example
    /// Article: Steel hulls have replaced wooden hulls in the fleet.
    /// Claim: Wooden hulls have replaced steel hulls in the
    /// fleet. → contradicted.
    pub struct RolesReversed {
        id: "E003",
        name: "roles-reversed",
        effect: Conflicts,
    }
}

impl Rule for RolesReversed {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context) -> Option<Finding> {
        let a = cx.alignment;
        let first = *a.reversed.first()?;
        if !cx.close_for_conflict(&[]) || !cx.speakers_agree() || a.polarity_conflict {
            return None;
        }
        let p = &a.pairs[first];
        Some(
            Finding::new(
                &Self::META,
                format!(
                    "the claim puts \u{201c}{}\u{201d} on the other side of the verb than the article does",
                    cx.claim_text(p.claim)
                ),
            )
            .claim(a.reversed.iter().map(|&pi| cx.claim_span(a.pairs[pi].claim)))
            .evidence(a.reversed.iter().map(|&pi| cx.evidence_span(a.pairs[pi].evidence))),
        )
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_fires, assert_silent};

    #[test]
    fn a_synonym_of_the_passive_verb_is_not_another_use_of_it() {
        // "request" shares a WordNet sense with "petition": it is not the
        // verb "had been petitioned" used again.
        let article = "The court had been petitioned by Ana Ruiz for a ruling at the request \
            of Tomas Varga.";
        assert_silent("roles-reversed", article, article);
    }

    #[test]
    fn flags_swapped_doer_and_object() {
        assert_fires(
            "roles-reversed",
            "In the fleet, steel hulls have replaced wooden hulls.",
            "In the fleet, wooden hulls have replaced steel hulls.",
        );
    }

    #[test]
    fn flags_a_doer_the_article_names_after_the_verb() {
        assert_fires(
            "roles-reversed",
            "The Danish team won the final, with the silver going to Peru.",
            "Peru won the final.",
        );
    }

    #[test]
    fn reads_the_active_verb_after_a_passive_one() {
        let article = "Two veterans, Ana Ruiz and Li Wen, were defeated in this district, \
                       with Tomas Varga defeating Ana Ruiz by 5,000 votes.";
        assert_fires(
            "roles-reversed",
            article,
            "Ana Ruiz defeated Tomas Varga by 5,000 votes.",
        );
        assert_silent(
            "roles-reversed",
            article,
            "Tomas Varga defeated Ana Ruiz by 5,000 votes.",
        );
    }

    #[test]
    fn does_not_flag_the_same_order_or_a_passive() {
        let article = "The Danish team won the final, with the silver going to Peru.";
        assert_silent("roles-reversed", article, "The Danish team won the final.");
        assert_silent(
            "roles-reversed",
            "The final was won by Peru on Sunday.",
            "Peru won the final on Sunday.",
        );
    }

    #[test]
    fn reads_a_passive_against_an_active() {
        let article = "Lena Hart was defeated by 900 votes by Tomas Berg.";
        assert_fires(
            "roles-reversed",
            article,
            "Lena Hart defeated Tomas Berg by 900 votes.",
        );
        assert_silent(
            "roles-reversed",
            article,
            "Tomas Berg defeated Lena Hart by 900 votes.",
        );
    }
}
