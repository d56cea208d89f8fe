use super::{Context, Finding, Rule, RuleMeta, declare_rule};
use crate::align::QuoteCheck;

declare_rule! {
    /// The claim quotes words that appear nowhere in the article.
    ///
    /// ## What it does
    /// Flags a quotation in the claim whose words are neither in an article
    /// quotation nor in the article's text, and not close to any (see
    /// `quote-altered`).
    ///
    /// ## Why it matters
    /// A quotation the article does not contain cannot be checked against
    /// it: the claim stays unverified, whoever it names.
    ///
    /// ## Example
    /// Claim: The minister called the plan "a historic betrayal". (The
    /// article has no such words.) → unverified.
    pub struct QuoteNotInArticle {
        id: "Q002",
        name: "quote-not-in-article",
        effect: Blocks,
    }
}

impl Rule for QuoteNotInArticle {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context) -> Option<Finding> {
        cx.quotes.iter().find_map(|(q, check)| {
            matches!(check, QuoteCheck::Missing).then(|| {
                Finding::new(
                    &Self::META,
                    format!(
                        "the article has no quotation like \u{201c}{}\u{201d}",
                        q.words.join(" ")
                    ),
                )
                .claim([q.span])
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_fires, assert_silent};

    const ARTICLE: &str = "The minister said the plan \"will work\".";

    #[test]
    fn flags_an_unknown_quotation() {
        assert_fires(
            "quote-not-in-article",
            ARTICLE,
            "The minister said the plan was \"a historic betrayal of voters\".",
        );
    }

    #[test]
    fn does_not_flag_a_real_quotation() {
        assert_silent(
            "quote-not-in-article",
            ARTICLE,
            "The minister said the plan \u{201c}will work\u{201d}.",
        );
    }
}
