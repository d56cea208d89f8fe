use super::{Context, Finding, Rule, RuleMeta, declare_rule};
use crate::extract::speaker::SpeakerMatch;

declare_rule! {
    /// The claim gives a statement to a different speaker than the article does.
    ///
    /// ## What it does
    /// Fires when everything the claim says matches one of the article's
    /// statements, with no other conflict, but the claim names a speaker the
    /// article does not: another person, a named organisation instead of an
    /// anonymous source, an official instead of a written statement.
    ///
    /// ## Why it matters
    /// Misattribution is among the most common errors in summaries: the words
    /// are real, the speaker is wrong. Readers judge a statement by who made
    /// it.
    ///
    /// ## Example
    /// Article: "The repairs will take a month," the source said.
    /// Claim: Mayor Brandt said the repairs will take a month. → contradicted.
    pub struct SpeakerMisattributed {
        id: "A001",
        name: "speaker-misattributed",
        effect: Conflicts,
    }
}

impl Rule for SpeakerMisattributed {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context) -> Option<Finding> {
        let a = cx.alignment;
        if a.speaker != Some(SpeakerMatch::Different) {
            return None;
        }
        let es = cx.statement.speaker.as_ref()?;
        let cs = cx.claim.speaker.as_ref()?;
        if !only_the_speaker_differs(cx) {
            return None;
        }
        let mut f = Finding::new(
            &Self::META,
            format!(
                "the article attributes this to {}, not to {}",
                es.resolved, cs.text
            ),
        );
        if let Some(r) = &cs.mention {
            f = f.claim([span_of(&cx.claim.doc, r)]);
        }
        if let Some(r) = &es.mention {
            f = f.evidence([span_of(&cx.index.doc, r)]);
        }
        Some(f)
    }
}

/// Whether the statement says everything the claim does, cleanly and in
/// itself (nothing set aside as a light verb or met in a linked sentence),
/// so that only the speaker can set them apart.
pub(crate) fn only_the_speaker_differs(cx: &Context) -> bool {
    let a = cx.alignment;
    a.conflicts().next().is_none()
        && a.swaps.is_empty()
        && !a.polarity_conflict
        && a.hedged.is_empty()
        && cx.close(&[])
        && a.pairs.len() >= 2
        && a.light.is_empty()
        && a.context.is_empty()
        && a.we.is_empty()
}

fn span_of(doc: &crate::doc::Doc, r: &std::ops::Range<usize>) -> crate::text::Span {
    crate::text::Span::new(
        doc.tokens[r.start].span.start,
        doc.tokens[r.end - 1].span.end,
    )
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_fires, assert_silent};

    const ARTICLE: &str = "A source close to the negotiators said the talks would resume. \
        Deputy Mayor Lena Brandt said costs would rise.";

    #[test]
    fn flags_another_speaker() {
        assert_fires(
            "speaker-misattributed",
            ARTICLE,
            "Brandt said the talks would resume.",
        );
    }

    #[test]
    fn flags_the_same_person_with_another_affiliation() {
        let article = "Writing in a blog post, Lena Hart of The Daily Ledger dubbed the long dispute over the harbor \"round three\".";
        assert_fires(
            "speaker-misattributed",
            article,
            "Lena Hart of The Morning Post dubbed the dispute \"round three\".",
        );
        assert_silent(
            "speaker-misattributed",
            article,
            "Lena Hart of The Daily Ledger dubbed the dispute \"round three\".",
        );
    }

    #[test]
    fn does_not_flag_the_right_speaker() {
        assert_silent(
            "speaker-misattributed",
            ARTICLE,
            "A source said the talks would resume.",
        );
    }
}
