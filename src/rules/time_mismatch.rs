use super::{Context, Finding, Rule, RuleMeta, declare_rule};
use crate::align::Relation;

declare_rule! {
    /// The claim puts the statement or event at another time than the article.
    ///
    /// ## What it does
    /// Reads weekdays, dates, years, clock times, relative days and periods
    /// ("yesterday", "last week") and ranges ("from Tuesday to Thursday") in
    /// the claim and the statement. When the article has a dateline (or
    /// `--published` is given), relative times resolve to calendar dates, so
    /// "on August 20" can meet "on Thursday". Different times of the same
    /// kind contradict; a day inside the article's range agrees.
    ///
    /// ## Why it matters
    /// A wrong day moves an event or a statement, and with it the story's
    /// chronology.
    ///
    /// ## Example
    /// Article: Defense chiefs met in Washington from Tuesday to Thursday.
    /// Claim: Defense chiefs met in Washington from Wednesday to Friday. →
    /// contradicted.
    pub struct TimeMismatch {
        id: "T001",
        name: "time-mismatch",
        effect: Conflicts,
    }
}

impl Rule for TimeMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context) -> Option<Finding> {
        let a = cx.alignment;
        let p = a
            .pairs
            .iter()
            .find(|p| p.relation == Relation::TimeConflict)?;
        if !cx.close(&[]) || cx.alignment.hedge_conflict || !cx.speakers_agree() {
            return None;
        }
        Some(
            Finding::new(
                &Self::META,
                format!(
                    "the claim says \u{201c}{}\u{201d}; the article says \u{201c}{}\u{201d}",
                    cx.claim_text(p.claim),
                    cx.evidence_text(p.evidence)
                ),
            )
            .claim([cx.claim_span(p.claim)])
            .evidence([cx.evidence_span(p.evidence)]),
        )
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_fires, assert_silent};

    const ARTICLE: &str = "Defense chiefs met in Washington from Tuesday to Thursday.";

    #[test]
    fn flags_another_range() {
        assert_fires(
            "time-mismatch",
            ARTICLE,
            "Defense chiefs met in Washington from Wednesday to Friday.",
        );
    }

    #[test]
    fn does_not_flag_a_day_in_the_range() {
        assert_silent(
            "time-mismatch",
            ARTICLE,
            "Defense chiefs met in Washington on Wednesday.",
        );
    }

    #[test]
    fn resolves_weekdays_with_the_dateline() {
        let article = "Friday, August 21, 2015\nThe two sides exchanged fire on Thursday.";
        assert_silent(
            "time-mismatch",
            article,
            "The two sides exchanged fire on August 20.",
        );
        assert_fires(
            "time-mismatch",
            article,
            "The two sides exchanged fire on August 12.",
        );
    }
}
