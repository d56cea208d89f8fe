use super::{Context, Finding, Rule, RuleMeta, declare_rule};

declare_rule! {
    /// claimcheck failed while judging this claim: a bug to report.
    ///
    /// ## What it does
    /// Decides `unverified`, and fails the run with exit status 2, for a
    /// claim whose judgement stopped on an internal error (a panic in the
    /// reader, the matcher or a rule). Each claim is judged on its own, so
    /// the error costs this claim only: every other claim keeps its
    /// verdict. The message gives the error, and standard error names the
    /// claims file, line and column.
    ///
    /// ## Why it matters
    /// One sentence the reader cannot handle must not lose the verdicts on
    /// every other claim of the file, and must not pass silently either: an
    /// `unverified` that is really a crash is reported as one.
    ///
    /// ## What to do
    /// Report it as a bug, with the article and the claim: the message and
    /// the lines claimcheck printed on standard error say where it failed.
    pub struct InternalError {
        id: "U005",
        name: "internal-error",
        effect: Blocks,
    }
}

impl Rule for InternalError {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    /// Applies to a claim whose judgement failed, not to a statement: see
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
    fn a_failing_judgement_costs_only_its_own_claim() {
        let article = Article::parse(
            "Officials said the talks would resume. Police said three people were hurt.",
            None,
        )
        .unwrap();
        let file = "{\"id\": \"a\", \"text\": \"Officials said the talks would resume.\"}\n\
                    {\"id\": \"b\", \"text\": \"Police said BOOM three people were hurt.\"}\n\
                    {\"id\": \"c\", \"text\": \"Police said four people were hurt.\"}\n";
        let claims = claims::parse(file, Format::JsonLines).unwrap();
        for threads in [1, 2] {
            let options = Options {
                threads,
                test_panic: Some("BOOM".to_string()),
                ..Options::default()
            };
            let outcomes = check(article.index(), &claims, &options);
            let got: Vec<(Verdict, &str)> = outcomes
                .iter()
                .map(|o| (o.verdict, o.decided_by.name))
                .collect();
            assert_eq!(got[0].0, Verdict::Supported);
            assert_eq!(got[1], (Verdict::Unverified, "internal-error"));
            assert!(
                outcomes[1]
                    .failure
                    .as_deref()
                    .is_some_and(|m| m.contains("deliberate")),
                "{:?}",
                outcomes[1].failure
            );
            assert_eq!(got[2].0, Verdict::Contradicted);
        }
    }
}
