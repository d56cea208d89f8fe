use super::{Context, Finding, Rule, RuleMeta, declare_rule};

declare_rule! {
    /// Part of the claim is not in the closest statement of the article.
    ///
    /// ## What it does
    /// Lists the claim's words, names, numbers and times that nothing in the
    /// candidate statement matches (by word, base form, synonym, broader
    /// term, place name or adjective, or agreeing number and time), any name
    /// the claim writes (in its speaker too: "a spokesman for Varga") that
    /// neither the statement's sentence nor its speaker, the people it
    /// refers to or the sentences it is read with ever write, and a
    /// noun the claim predicates of its subject ("X's sister is a doctor")
    /// that the statement reaches only through other verbs ("X's sister
    /// begged him to take the boy to a doctor").
    ///
    /// ## Why it matters
    /// A claim that adds a detail (a new party, a time, a number, an action)
    /// says more than the article does. The added part is unverified even
    /// when the rest is right.
    ///
    /// ## Example
    /// Article: Trade ministers from Canada and Norway met in Brussels.
    /// Claim: Chile's trade minister attended the Brussels meeting. →
    /// unverified ("Chile", "attended" are not in the article).
    pub struct ClaimAddsContent {
        id: "U001",
        name: "claim-adds-content",
        effect: Blocks,
    }
}

impl Rule for ClaimAddsContent {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context) -> Option<Finding> {
        let a = cx.alignment;
        if a.unaligned.is_empty() && a.unmet_names.is_empty() {
            return None;
        }
        let doc = &cx.claim.doc;
        let mut spans: Vec<crate::text::Span> =
            a.unaligned.iter().map(|&i| cx.claim_span(i)).collect();
        for &k in &a.unmet_names {
            let span = doc.tokens[k].span;
            // A name already listed as an unmet part is not listed twice.
            if !spans.iter().any(|s| s.contains(span)) {
                spans.push(span);
            }
        }
        spans.sort_by_key(|s| s.start);
        let words: Vec<String> = spans
            .iter()
            .map(|&s| format!("\u{201c}{}\u{201d}", doc.slice(s)))
            .collect();
        Some(
            Finding::new(
                &Self::META,
                format!("not in the statement: {}", words.join(", ")),
            )
            .claim(spans),
        )
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_fires, assert_silent};

    const ARTICLE: &str = "Trade ministers from Canada and Norway met in Brussels.";

    #[test]
    fn flags_added_words() {
        assert_fires(
            "claim-adds-content",
            ARTICLE,
            "Chile's trade minister attended the Brussels meeting.",
        );
    }

    #[test]
    fn sets_aside_a_light_verb_only_when_the_rest_matches() {
        let article = "A survey of 2,314 children from 61 schools was carried out in May.";
        assert_silent(
            "claim-adds-content",
            article,
            "The survey covered 2,314 children from 61 schools.",
        );
        assert_fires("claim-adds-content", article, "The survey covered schools.");
    }

    #[test]
    fn a_predicate_noun_must_be_said_of_the_subject() {
        let article = "Tomas Varga's sister begged him to take the boy to a doctor. \
                       Ana Ruiz, a surgeon, treated the boy.";
        assert_fires(
            "claim-adds-content",
            article,
            "Tomas Varga's sister is a doctor.",
        );
        assert_silent("claim-adds-content", article, "Ana Ruiz is a surgeon.");
    }

    #[test]
    fn keeps_a_light_verb_standing_where_the_article_has_a_verb_with_an_opposite() {
        let article =
            "Veteran Ana Ruiz from the Green Party lost her seat in the Lakeside district.";
        assert_fires(
            "claim-adds-content",
            article,
            "Green Party veteran Ana Ruiz held her seat in the Lakeside district.",
        );
    }

    #[test]
    fn does_not_flag_a_subset() {
        assert_silent(
            "claim-adds-content",
            ARTICLE,
            "Trade ministers met in Brussels.",
        );
    }
}
