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
    /// Article: A Harbor Authority statement noted that engineers had
    /// prepared repair options for "careful review".
    /// Claim: ... options for "quick review". → contradicted.
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

    const ARTICLE: &str = "A Harbor Authority statement noted that engineers had prepared options for \u{201c}careful review\u{201d} by the board.";

    #[test]
    fn flags_a_changed_word() {
        assert_fires(
            "quote-altered",
            ARTICLE,
            "A Harbor Authority statement noted that engineers had prepared options for \u{201c}quick review\u{201d}.",
        );
    }

    #[test]
    fn flags_other_words_in_the_same_place() {
        assert_fires(
            "quote-altered",
            "The engineer noted that the developers would seek \u{201c}the council\u{2019}s blessing\u{201d} for any changes.",
            "An engineer said the developers would seek \"the green light\" for any changes.",
        );
    }

    #[test]
    fn shows_the_article_s_words_in_the_claim_s_place() {
        let article = "Ana Ruiz said: \"We can't stop now. We've waited too long for this.\"";
        let o =
            crate::rules::testing::judge(article, "Ruiz said: \"We've waited too long for that.\"");
        assert_eq!(o.decided_by.name, "quote-altered");
        let message = o
            .candidates
            .iter()
            .flat_map(|c| &c.findings)
            .find(|f| f.rule.name == "quote-altered")
            .map(|f| f.message.clone())
            .unwrap_or_default();
        assert!(
            message.ends_with("\u{201c}we've waited too long for this\u{201d}"),
            "{message}"
        );
    }

    #[test]
    fn does_not_flag_exact_words_in_other_quote_marks() {
        assert_silent(
            "quote-altered",
            ARTICLE,
            "The Harbor Authority said engineers prepared options for \"Careful  review\".",
        );
    }
}
