use super::{Context, Finding, Rule, RuleMeta, declare_rule};
use crate::align::Relation;
use crate::read::UnitKind;
use crate::read::quantity::QuantityKind;

declare_rule! {
    /// The claim gives a number or quantity the article's statement rules out.
    ///
    /// ## What it does
    /// Reads numbers in digits and words, vague amounts ("hundreds of
    /// thousands", "a few hundred", "several"), bounds ("more than 300",
    /// "nearly half"), shares ("the majority of", "58%"), ages
    /// ("two-and-a-half-year-old"), durations and money as ranges, and
    /// compares the claim's with the article's for the same counted thing. Ranges that cannot overlap
    /// contradict; a claim range that holds the article's agrees; an overlap
    /// proves neither. A share the article describes with other words
    /// ("the greater share") than the claim's small or large share also
    /// conflicts.
    ///
    /// ## Why it matters
    /// Numbers are the most checkable part of a story and the easiest to
    /// garble in a summary.
    ///
    /// ## Example
    /// Article: ... the festival would draw hundreds of thousands of visitors.
    /// Claim: ... the festival would draw millions of visitors. → contradicted.
    pub struct NumberMismatch {
        id: "N001",
        name: "number-mismatch",
        effect: Conflicts,
    }
}

impl Rule for NumberMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context) -> Option<Finding> {
        let a = cx.alignment;
        if !cx.speakers_agree() {
            return None;
        }
        if let Some(p) = cx.conflicting_pair(Relation::NumberConflict) {
            return Some(Finding::for_pair(&Self::META, cx, p));
        }
        // A share described differently: "a small share of the budget"
        // against "the greater share of the budget".
        for &ci in &a.unaligned {
            let UnitKind::Quantity(q) = &cx.claim_unit(ci).kind else {
                continue;
            };
            if q.kind != QuantityKind::Share {
                continue;
            }
            let head = cx
                .claim
                .doc
                .tokens
                .get(cx.claim_unit(ci).tokens.clone())
                .into_iter()
                .flatten()
                .enumerate()
                .find(|(_, t)| {
                    matches!(
                        t.norm.as_str(),
                        "share" | "part" | "portion" | "fraction" | "bulk"
                    )
                })
                .map(|(_, t)| t.norm.to_string());
            let Some(head) = head else { continue };
            let doc = &cx.index.doc;
            let found = cx
                .statement
                .region
                .iter()
                .flat_map(|r| r.clone())
                .find(|&k| {
                    doc.tokens[k].norm == head
                        && k > 0
                        && !matches!(doc.tokens[k - 1].norm.as_str(), "a" | "the" | "of")
                });
            if let Some(k) = found
                && cx.close(&[ci])
                && !a.hedge_conflict
            {
                let mut s = k;
                while s > 0
                    && k - s < 3
                    && !matches!(
                        doc.tokens[s - 1].norm.as_str(),
                        "provide" | "of" | "," | "that"
                    )
                    && doc.tokens[s - 1].span.start
                        >= doc.sentences[cx.statement.sentence].span.start
                {
                    s -= 1;
                    if doc.tokens[s].norm == "the" || doc.tokens[s].norm == "a" {
                        break;
                    }
                }
                let span = crate::text::Span::new(doc.tokens[s].span.start, doc.tokens[k].span.end);
                return Some(
                    Finding::new(
                        &Self::META,
                        format!(
                            "the claim says \u{201c}{}\u{201d}; the article says \u{201c}{}\u{201d}",
                            cx.claim_text(ci),
                            doc.slice(span).trim_matches(|c: char| !c.is_alphanumeric())
                        ),
                    )
                    .claim([cx.claim_span(ci)])
                    .evidence([span]),
                );
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_fires, assert_silent};

    const ARTICLE: &str = "The festival director stated that the parade would draw hundreds of thousands of visitors.";

    #[test]
    fn a_passive_without_a_doer_leaves_the_claim_subject_unsaid() {
        let article = "The council is to send surveys to 900 households. \
                       It also must be sent back within twenty working days.";
        assert_fires(
            "number-mismatch",
            article,
            "Households must send back the survey within 30 working days.",
        );
        // A passive that names its doer is another matter.
        assert_silent(
            "number-mismatch",
            "The forms must be signed by a judge within twenty days.",
            "Applicants must sign the forms within 30 days.",
        );
    }

    #[test]
    fn flags_another_order_of_magnitude() {
        assert_fires(
            "number-mismatch",
            ARTICLE,
            "The festival director said the parade would draw millions of visitors.",
        );
    }

    #[test]
    fn flags_a_number_outside_a_vague_range() {
        assert_fires(
            "number-mismatch",
            ARTICLE,
            "The festival director said the parade would draw 5,000 visitors.",
        );
    }

    #[test]
    fn tolerates_one_added_detail_but_not_another_predicate() {
        let article = "On Monday, divers rescued over 300 passengers whose ferry sank.";
        assert_fires(
            "number-mismatch",
            article,
            "On Monday, local divers rescued 100 passengers whose ferry sank.",
        );
        assert_silent(
            "number-mismatch",
            article,
            "Dozens of passengers drowned when their ferry sank.",
        );
    }

    #[test]
    fn does_not_flag_an_agreeing_number() {
        assert_silent(
            "number-mismatch",
            ARTICLE,
            "The festival director said the parade would draw hundreds of thousands of visitors.",
        );
    }

    #[test]
    fn flags_ages() {
        assert_fires(
            "number-mismatch",
            "Peru's two-and-a-half-year-old drought in the south goes on.",
            "Peru's drought in the south is four years old.",
        );
    }
}
