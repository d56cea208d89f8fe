use super::{Context, Finding, Rule, RuleMeta, declare_rule};
use crate::extract::speaker::SpeakerMatch;

declare_rule! {
    /// The claim names a speaker or an outlet the article does not tie to the statement.
    ///
    /// ## What it does
    /// Blocks support when the claim says who said something, but the
    /// matching statement is in the article's own voice, its speaker cannot
    /// be identified with the claim's, or the claim names an outlet ("told
    /// the BBC") the article does not mention for it.
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
            && a.speaker == Some(SpeakerMatch::Unknown)
        {
            let msg = match &cx.statement.speaker {
                None => format!(
                    "the article says this in its own voice, not as said by {}",
                    cs.text
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
}
