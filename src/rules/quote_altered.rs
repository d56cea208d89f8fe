use super::{Context, Finding, Rule, RuleMeta, declare_rule};
use crate::align::QuoteCheck;

declare_rule! {
    /// Words inside the claim's quotation marks differ from the article's quotation.
    ///
    /// ## What it does
    /// Compares every quotation in the claim, word by word, with the
    /// article's quotations (after folding quotation marks, apostrophes,
    /// case and white space). When no article quotation holds the claim's
    /// words but one is close (half or more of the words in order, sharing a
    /// content word), the claim is a misquote and the report shows a word
    /// diff.
    ///
    /// ## Why it matters
    /// Quotation marks promise the speaker's exact words. A changed word
    /// inside them puts words in someone's mouth, even when the meaning
    /// looks close.
    ///
    /// ## Example
    /// Article: A Pentagon statement indicated that planners had created
    /// military options for "appropriate consideration".
    /// Claim: ... options for "urgent consideration". → contradicted.
    pub struct QuoteAltered {
        id: "Q001",
        name: "quote-altered",
        effect: Conflicts,
    }
}

impl Rule for QuoteAltered {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context) -> Option<Finding> {
        if let Some((claim, article)) = cx.misquote_in_place()
            && cx.speakers_agree()
        {
            let doc = &cx.index.doc;
            let words = |s: &str| s.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
            return Some(
                Finding::new(
                    &Self::META,
                    format!(
                        "the claim quotes \u{201c}{}\u{201d} where the article quotes \u{201c}{}\u{201d}",
                        words(cx.claim.doc.slice(claim)),
                        words(doc.slice(article))
                    ),
                )
                .claim([claim])
                .evidence([article]),
            );
        }
        cx.quotes.iter().find_map(|(q, check)| match check {
            QuoteCheck::Altered {
                statement: Some(st),
                span,
                article,
                ..
            } if *st == cx.statement.id => Some(
                Finding::new(
                    &Self::META,
                    format!(
                        "the claim quotes \u{201c}{}\u{201d}; the article's words are \u{201c}{}\u{201d}",
                        q.words.join(" "),
                        article.join(" ")
                    ),
                )
                .claim([q.span])
                .evidence([*span]),
            ),
            _ => None,
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_fires, assert_silent};

    const ARTICLE: &str = "A Pentagon statement indicated that planners had created options for \u{201c}appropriate consideration\u{201d} by advisers.";

    #[test]
    fn flags_a_changed_word() {
        assert_fires(
            "quote-altered",
            ARTICLE,
            "A Pentagon statement indicated that planners had created options for \u{201c}urgent consideration\u{201d}.",
        );
    }

    #[test]
    fn flags_other_words_in_the_same_place() {
        assert_fires(
            "quote-altered",
            "The source noted that European countries would provide \u{201c}the lion\u{2019}s share\u{201d} of any forces.",
            "A source said European countries would provide \"the bulk\" of any forces.",
        );
    }

    #[test]
    fn does_not_flag_exact_words_in_other_quote_marks() {
        assert_silent(
            "quote-altered",
            ARTICLE,
            "The Pentagon said planners created options for \"Appropriate  consideration\".",
        );
    }
}
