use super::{Context, Finding, Rule, RuleMeta, declare_rule};
use crate::align::Relation;

declare_rule! {
    /// The claim puts the statement or event at another time than the article.
    ///
    /// ## What it does
    /// Reads weekdays, dates, years, clock times, relative days and periods
    /// ("yesterday", "last week") and ranges ("from Thursday to Saturday") in
    /// the claim and the statement. When the article has a dateline (or
    /// `--published` is given), relative times resolve to calendar dates, so
    /// "on March 9" can meet "on Monday". Different times of the same
    /// kind contradict; a day inside the article's range agrees. A claim's
    /// time that another time of the same sentence agrees with does not
    /// contradict: the sentence dates another event with it. Nor does a
    /// time whose event the statement lacks ("a ruling is expected in May"
    /// against a request made in 2016): it dates something else. Nor does a
    /// bound against a time of another kind: "governor until Wednesday"
    /// ends a state, "sworn in on Friday" dates an event, and the two can
    /// both be true.
    ///
    /// ## Why it matters
    /// A wrong day moves an event or a statement, and with it the story's
    /// chronology.
    ///
    /// ## Example
    /// Article: Trade ministers met in Brussels from Thursday to Saturday.
    /// Claim: Trade ministers met in Brussels from Friday to Sunday. →
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
        let p = cx.conflicting_pair(Relation::TimeConflict)?;
        if said_elsewhere_in_sentence(cx, p.claim)
            || cx.event_unmet(p.claim)
            || bound(&cx.claim.doc, cx.claim_unit(p.claim))
                != bound(&cx.index.doc, cx.evidence_unit(p.evidence))
        {
            return None;
        }
        Some(Finding::for_pair(&Self::META, cx, p))
    }
}

/// Whether another time of the statement's sentence agrees with the
/// claim's: a sentence that dates two events ("On Monday the firm was
/// warned; on Friday it replied") gives the claim's time to the other one,
/// so the time the statement holds does not conflict with it. The claim's
/// part is then merely not met by this statement.
fn said_elsewhere_in_sentence(cx: &Context, claim_unit: usize) -> bool {
    let c = cx.claim_unit(claim_unit);
    let relations = &cx.claim.relations[claim_unit];
    cx.index.units[cx.statement.sentence].iter().any(|e| {
        matches!(e.kind, crate::read::UnitKind::Time(_))
            && crate::align::relate(c, relations, e, cx.index, cx.index.published)
                .is_some_and(|r| matches!(r, Relation::Same | Relation::Agrees))
    })
}

/// How a time relates to its event, by the preposition before it: a
/// point ("on Friday", "in 2019", no preposition) or one of the bounds
/// ("until", "since", "before", "after", "by"). Times of different kinds
/// say different things about the event and cannot conflict.
fn bound(doc: &crate::doc::Doc, time: &crate::read::Unit) -> &'static str {
    let before = time
        .tokens
        .start
        .checked_sub(1)
        .and_then(|k| doc.tokens.get(k))
        .map_or("", |t| t.norm.as_str());
    match before {
        "until" | "till" | "til" => "until",
        "since" => "since",
        "before" | "prior" => "before",
        "after" | "following" => "after",
        "by" => "by",
        _ => "point",
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_fires, assert_silent};

    const ARTICLE: &str = "Trade ministers met in Brussels from Thursday to Saturday.";

    #[test]
    fn flags_another_range() {
        assert_fires(
            "time-mismatch",
            ARTICLE,
            "Trade ministers met in Brussels from Friday to Sunday.",
        );
    }

    #[test]
    fn does_not_flag_a_day_in_the_range() {
        assert_silent(
            "time-mismatch",
            ARTICLE,
            "Trade ministers met in Brussels on Friday.",
        );
    }

    #[test]
    fn a_time_the_sentence_gives_another_event_is_no_conflict() {
        // The statement read here is the acknowledgement, dated February 1;
        // the sentence's January 28 belongs to the email.
        let article = "On January 28, Harbor Labs reportedly emailed Nimbus Cloud informing them \
            of the situation, to which on February 1 Nimbus Cloud acknowledged the server's owner \
            had been informed.";
        assert_silent("time-mismatch", article, article);
    }

    #[test]
    fn a_time_of_an_event_the_statement_lacks_is_no_conflict() {
        let article = "Friday, February 1, 2019\n\nThe Center for Fair Pay and the Center for \
            Food Safety requested migrant workers be given Minimum Wage Act protections from the \
            state government in 2014. The decision is pending and expected in June of this year.";
        assert_silent(
            "time-mismatch",
            article,
            "A decision on Minimum Wage Act protections for migrant workers is expected in June.",
        );
        assert_fires(
            "time-mismatch",
            article,
            "The Center for Fair Pay and the Center for Food Safety requested migrant workers be \
             given Minimum Wage Act protections from the state government in 2016.",
        );
    }

    #[test]
    fn a_bound_does_not_conflict_with_a_point_in_time() {
        let article = "Tuesday, March 10, 2020\nOn Friday, Ana Ruiz was sworn in as governor.";
        assert_silent(
            "time-mismatch",
            article,
            "Ana Ruiz will be governor until next Wednesday.",
        );
        assert_fires(
            "time-mismatch",
            article,
            "On Thursday, Ana Ruiz was sworn in as governor.",
        );
        let bounded = "Tuesday, March 10, 2020\nAna Ruiz will serve as governor until Friday.";
        assert_fires(
            "time-mismatch",
            bounded,
            "Ana Ruiz will serve as governor until Thursday.",
        );
    }

    #[test]
    fn resolves_weekdays_with_the_dateline() {
        let article = "Tuesday, March 10, 2020\nThe two firms signed the merger on Monday.";
        assert_silent(
            "time-mismatch",
            article,
            "The two firms signed the merger on March 9.",
        );
        assert_fires(
            "time-mismatch",
            article,
            "The two firms signed the merger on March 2.",
        );
    }
}
