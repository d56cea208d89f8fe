use super::{Context, Finding, Rule, RuleMeta, declare_rule};
use crate::extract::speaker::SpeakerMatch;

declare_rule! {
    /// The claim names a speaker or an outlet the article does not tie to the statement.
    ///
    /// ## What it does
    /// Blocks support when the claim says who said something, but the
    /// matching statement is in the article's own voice, its speaker cannot
    /// be identified with the claim's, or the claim names an outlet ("told
    /// the BBC") the article does not mention for it. A title the claim
    /// writes before the speaker's name ("Mayor Ana Ruiz") must be one the
    /// article gives that person somewhere, and a place in the speaker's
    /// phrase ("US Attorney") one the article's phrase names. Where the article
    /// names another speaker but the words meet too loosely for
    /// `speaker-misattributed` (through a light verb or a linked sentence),
    /// it says who the article's speaker is.
    ///
    /// ## Why it matters
    /// "X said Y" is a claim about X. That the article reports Y does not
    /// show that X said it.
    ///
    /// ## Example
    /// Article: Trade ministers met in Brussels.
    /// Claim: Officials said trade ministers met in Brussels. → unverified.
    pub struct SpeakerNotEstablished {
        id: "A002",
        name: "speaker-not-established",
        effect: Blocks,
    }
}

impl Rule for SpeakerNotEstablished {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context) -> Option<Finding> {
        let a = cx.alignment;
        if let Some(cs) = &cx.claim.speaker
            && a.speaker == Some(SpeakerMatch::Different)
            && a.unaligned.is_empty()
            && a.hedged.is_empty()
            && !super::speaker_misattributed::only_the_speaker_differs(cx)
            && let Some(es) = &cx.statement.speaker
        {
            // Another speaker, where nothing else keeps the statement from
            // the claim: a conflict when the content matches cleanly
            // (speaker-misattributed); otherwise, at least, not established.
            return Some(Finding::new(
                &Self::META,
                format!(
                    "the article attributes this to {}, not to {}",
                    es.resolved, cs.text
                ),
            ));
        }
        if let Some(cs) = &cx.claim.speaker
            && a.speaker == Some(SpeakerMatch::Unknown)
        {
            let msg = match &cx.statement.speaker {
                None => format!(
                    "the article says this in its own voice, not as said by {}",
                    cs.text
                ),
                // "Dario Lenz, the league's chief executive, said": the
                // role is what the article does not give.
                Some(es) if es.resolved == cs.text && !cs.roles.is_empty() => format!(
                    "the article attributes this to {}; it does not say {} is {}",
                    es.resolved, cs.text, cs.roles[0]
                ),
                Some(es) => format!(
                    "the article attributes this to {}; it does not say that is {}",
                    es.resolved, cs.text
                ),
            };
            return Some(Finding::new(&Self::META, msg));
        }
        if let (Some(cr), Some(None)) = (&cx.claim.recipient, &a.recipient) {
            return Some(Finding::new(
                &Self::META,
                format!("the article does not say this was told to {}", cr.text),
            ));
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_fires, assert_silent};

    const ARTICLE: &str =
        "Trade ministers met in Brussels on Tuesday. Officials said the tariff would fall.";

    #[test]
    fn flags_a_speaker_for_the_article_voice() {
        assert_fires(
            "speaker-not-established",
            ARTICLE,
            "Officials said trade ministers met in Brussels.",
        );
    }

    #[test]
    fn does_not_flag_the_right_speaker() {
        assert_silent(
            "speaker-not-established",
            ARTICLE,
            "Officials said the tariff would fall.",
        );
    }

    #[test]
    fn says_who_spoke_when_another_speaker_and_a_loose_match() {
        // The content meets only through a light verb: no clean
        // misattribution, but the reader should still learn who spoke.
        let article = "Deputy Mayor Lena Brandt said the council would vote in May.";
        assert_fires(
            "speaker-not-established",
            article,
            "Governor Tomas Varga said the council would hold a vote in May.",
        );
        assert_silent(
            "speaker-not-established",
            article,
            "Governor Tomas Varga said the council would vote in May.",
        );
    }
}
