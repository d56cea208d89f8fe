use super::{Context, Finding, Rule, RuleMeta, declare_rule};
use crate::extract::speaker::SpeakerKind;

declare_rule! {
    /// The support rests on what one source said, not on the article's own voice.
    ///
    /// ## What it does
    /// When a claim that names no speaker is supported by an attributed
    /// statement, names the attribution ("as reported by: a source close to
    /// the talks"). With `--strict-attribution`, support that rests on an
    /// anonymous source becomes unverified.
    ///
    /// ## Why it matters
    /// "The contract will be signed next week" reads as fact; the article
    /// only reports that an anonymous source said so. An editor needs to see
    /// that before publishing it unattributed.
    ///
    /// ## Example
    /// Article: The contract will be signed next week, a source close to the
    /// talks said.
    /// Claim: The contract will be signed next week. → supported, as
    /// reported by: a source close to the talks.
    pub struct SingleSource {
        id: "A004",
        name: "single-source",
        effect: Notes,
    }
}

impl Rule for SingleSource {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context) -> Option<Finding> {
        if cx.claim.speaker.is_some() {
            return None;
        }
        let sp = cx.statement.speaker.as_ref()?;
        let anonymous = matches!(
            sp.profile.kind,
            SpeakerKind::Anonymous | SpeakerKind::Unknown
        );
        let kind = if anonymous {
            "an anonymous source"
        } else {
            "a single source"
        };
        Some(Finding::new(
            &Self::META,
            format!("as reported by: {} ({kind})", sp.resolved),
        ))
    }
}

impl SingleSource {
    /// Whether a note of this rule should block support under
    /// `--strict-attribution`.
    pub fn blocks_when_strict(cx: &Context) -> bool {
        cx.claim.speaker.is_none()
            && cx.statement.speaker.as_ref().is_some_and(|s| {
                matches!(
                    s.profile.kind,
                    SpeakerKind::Anonymous | SpeakerKind::Unknown
                )
            })
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_fires, assert_silent};

    const ARTICLE: &str = "The talks will resume in May, a source close to the negotiators said.";

    #[test]
    fn notes_the_source() {
        assert_fires("single-source", ARTICLE, "The talks will resume in May.");
    }

    #[test]
    fn silent_when_the_claim_names_the_speaker() {
        assert_silent(
            "single-source",
            ARTICLE,
            "A source said the talks will resume in May.",
        );
    }
}
