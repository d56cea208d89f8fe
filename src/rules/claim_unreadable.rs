use super::{Context, Finding, Rule, RuleMeta, declare_rule};

declare_rule! {
    /// The claims file entry cannot be read as a claim.
    ///
    /// ## What it does
    /// Decides `unverified`, and fails the run, for an entry of the claims
    /// file that is not a well-formed claim: a line that is not JSON, a
    /// value that is not an object, a missing, mistyped or unknown field, an
    /// empty text, a bad `expect` word, an id used before, or a text longer
    /// than the limit. The message gives the problem with its line and
    /// column; the entry keeps its place among the results.
    ///
    /// ## Why it matters
    /// A typo must never silently turn a check off, and one bad entry must
    /// not hide the verdicts on all the others.
    ///
    /// ## Example
    /// `{"id": "a", "txt": "Officials said the talks would resume."}` →
    /// unverified: unknown field `txt`.
    pub struct ClaimUnreadable {
        id: "U004",
        name: "claim-unreadable",
        effect: Blocks,
    }
}

impl Rule for ClaimUnreadable {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    /// Applies to a claims file entry, not to a statement: see
    /// [`crate::check`].
    fn check(&self, _cx: &Context) -> Option<Finding> {
        None
    }
}

#[cfg(test)]
mod tests {
    use crate::claims::{self, Format, Verdict};
    use crate::{Article, check, verdict::Options};

    #[test]
    fn decides_for_an_unreadable_entry_and_keeps_the_others() {
        let article = Article::parse("Officials said the talks would resume.", None).unwrap();
        let file = "{\"id\": \"a\", \"text\": \"Officials said the talks would resume.\"}\n\
                    {\"id\": \"b\", \"txt\": \"x\"}\n\
                    not json\n\
                    {\"id\": \"c\", \"text\": \"The talks would resume.\"}\n";
        let claims = claims::parse(file, Format::JsonLines).unwrap();
        let outcomes = check(article.index(), &claims, &Options::default());
        let got: Vec<(&str, Verdict, &str)> = claims
            .iter()
            .zip(&outcomes)
            .map(|(c, o)| (c.id.as_str(), o.verdict, o.decided_by.name))
            .collect();
        assert_eq!(got[0].1, Verdict::Supported);
        assert_eq!(got[1], ("b", Verdict::Unverified, "claim-unreadable"));
        assert_eq!(got[2], ("#3", Verdict::Unverified, "claim-unreadable"));
        assert_eq!(got[3].1, Verdict::Supported);
    }
}
