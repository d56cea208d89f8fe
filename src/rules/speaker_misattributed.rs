use super::{Context, Finding, Rule, RuleMeta, declare_rule};
use crate::extract::speaker::{self, SpeakerKind, SpeakerMatch};
use crate::index::Speaker;

declare_rule! {
    /// The claim gives a statement to a different speaker than the article does.
    ///
    /// ## What it does
    /// Fires when everything the claim says matches one of the article's
    /// statements, with no other conflict, but the claim names a speaker the
    /// article does not: another person, a named organisation instead of an
    /// anonymous source, an official instead of a written statement. It
    /// stays silent where the article may yet give the words to the
    /// claim's speaker: that speaker is named inside the statement's
    /// sentence ("X criticised the decision, which Y called a stunt"), or
    /// the article's speaker is a definite description it could not
    /// resolve ("the father said") or a personal pronoun ("she said"),
    /// and the claim names someone the article names.
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
        if !only_the_speaker_differs(cx) || may_be_theirs(cx, es, cs) {
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

/// Whether the article may yet give the words to the claim's speaker, so
/// that another speaker is no proof of a misattribution:
/// - the claim's speaker is named in the statement's sentence beyond its
///   speaker ("X criticised the decision, which Y has called a stunt": a
///   clause inside the statement is Y's);
/// - the statement is reported by another of its sentence whose speaker is
///   the claim's ("Authorities said they found ...");
/// - the article's speaker is a definite description the reader could not
///   resolve ("the father", "the coach"), and the claim names someone the
///   article names: "the father" may well be that person. An anonymous
///   source ("a source", "officials") is no such description: naming one
///   is a misattribution;
/// - the article's speaker is "he" or "she", which the reader resolved by
///   a guess, and the claim names someone the article names.
fn may_be_theirs(cx: &Context, es: &Speaker, cs: &Speaker) -> bool {
    let doc = &cx.index.doc;
    // The claim's names, and those of a possessor ("Ana Ruiz's
    // attorney"): written in the statement's sentence, they may be the
    // speaker the article means.
    let names: Vec<&str> = cs
        .profile
        .names
        .iter()
        .chain(&cs.profile.modifiers)
        .map(String::as_str)
        .filter(|n| n.len() >= 3)
        .collect();
    let named_at = |k: usize| {
        doc.proper[k]
            && names
                .iter()
                .any(|n| n.eq_ignore_ascii_case(&doc.tokens[k].norm))
    };
    let sentence = doc.sentences[cx.statement.sentence].tokens.clone();
    let in_sentence = sentence
        .clone()
        .filter(|k| es.mention.as_ref().is_none_or(|m| !m.contains(k)))
        .any(named_at);
    let definite =
        es.profile.kind == SpeakerKind::Unknown && es.text.to_lowercase().starts_with("the ");
    // "She would later say": whom a personal pronoun means is a guess,
    // and the claim's person may be the one meant.
    let personal = es.via == crate::index::Via::Pronoun
        && matches!(es.text.to_lowercase().as_str(), "he" | "she");
    let named_elsewhere = (0..doc.tokens.len()).any(named_at);
    in_sentence || ((definite || personal) && named_elsewhere) || reported_by_them(cx, cs)
}

/// Whether the statement is reported inside another statement of its
/// sentence whose speaker is the claim's: "Authorities said they found
/// remains" holds "they found remains" (its "they" resolved to a named
/// body), and the claim "Authorities said they found remains" gives the
/// words to whom the article does.
fn reported_by_them(cx: &Context, cs: &Speaker) -> bool {
    let Some(at) = cx.statement.cue.as_ref().and_then(|c| c.tokens.clone()) else {
        return false;
    };
    cx.index.statements.iter().any(|outer| {
        outer.sentence == cx.statement.sentence
            && outer.id != cx.statement.id
            && outer.content.iter().any(|c| c.contains(&at.start))
            && outer.speaker.as_ref().is_some_and(|os| {
                os.text.eq_ignore_ascii_case(&cs.text)
                    || speaker::compare(&cs.profile, &os.profile) == SpeakerMatch::Same
            })
    })
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
        && a.support.is_empty()
        && a.other_parts.is_empty()
        && a.name_rest.is_empty()
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

    #[test]
    fn the_article_s_own_description_means_whom_it_means_there() {
        // The claim's "the court" alone would be the last court named.
        let article = "The Supreme Court of Ulster issued a ruling on Tuesday. The court found \
            that it could rule on the suspension, and found the suspension to be unlawful. The \
            High Court of Ulster also ruled on the same day, finding that the suspension was a \
            political matter.";
        let claim = "The court found that it could rule on the suspension, and found the \
            suspension to be unlawful.";
        assert_silent("speaker-misattributed", article, claim);
        assert_fires("statement-entails-claim", article, claim);
    }

    #[test]
    fn the_first_person_of_a_quotation_is_its_speaker() {
        let article = "Tomas Varga spoke to reporters on Monday. \"I could have. I think it \
            would probably have been fine if I did,\" he said.";
        let claim = "I think it would probably have been fine if I did.";
        assert_fires("statement-entails-claim", article, claim);
        // Not where the article's words are not a quotation.
        let reported = "Tomas Varga said on Monday he thinks it would have been fine.";
        assert_silent(
            "statement-entails-claim",
            reported,
            "I think it would have been fine.",
        );
    }

    #[test]
    fn a_speaker_written_with_accents_is_compared_whole() {
        // Once a panic: the first four bytes end inside "ó".
        let article = "Ferenc Maróth said the deal was done on Monday.";
        assert_fires(
            "statement-entails-claim",
            article,
            "Maróth said the deal was done on Monday.",
        );
    }

    #[test]
    fn a_personal_pronoun_may_mean_the_person_the_claim_names() {
        let article = "Ana Ruiz married Tom Reyes in 1970. \"It was a quiet wedding,\" said \
            the historian Paul Berg.\n\nShe would later say her marriage to Reyes was her only \
            happy one.";
        let claim = "Ana Ruiz later said her marriage to Reyes was her only happy one.";
        assert_silent("speaker-misattributed", article, claim);
    }

    #[test]
    fn a_pronoun_in_another_case_is_the_same_speaker() {
        let article = "Tomas Varga leads the union. According to him, the strike will go on.";
        let claim = "According to him, the strike will go on.";
        assert_silent("speaker-misattributed", article, claim);
        assert_fires("statement-entails-claim", article, claim);
        // The owner of a message, "his", is the speaker in both.
        let message = "The new governor of the region, Tomas Varga, during his message to the \
            regional council read out on Monday, offered to diversify the economy, reducing the \
            focus on oil.";
        assert_fires("statement-entails-claim", message, message);
    }

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
    fn a_description_or_a_name_in_the_sentence_may_be_the_claims_speaker() {
        let article = "Dana and Paul Okafor were sentenced on Friday. The father said \
            \"I love my children and I believe my children love me.\"\n\nLiz Marr, \
            spokeswoman for the city's transport agency, sharply criticized the council's \
            decision, which Okafor has referred to as \"gamesmanship\" and a \"stunt\".";
        assert_silent(
            "speaker-misattributed",
            article,
            "Paul Okafor said \"I love my children and I believe my children love me.\"",
        );
        assert_silent(
            "speaker-misattributed",
            article,
            "Okafor has called the council's decision a \"stunt\".",
        );
        assert_fires(
            "speaker-misattributed",
            article,
            "Mayor Brandt said \"I love my children and I believe my children love me.\"",
        );
    }

    #[test]
    fn words_reported_by_the_claims_speaker_are_not_misattributed() {
        // "they" resolves to the board named before; "Authorities" report it.
        let article = "Friday, January 18, 2019\n\nThe Harbor Safety Board of Norway on Monday \
            announced the voice recorder from Skyways Flight 61 has been recovered from the North \
            Sea.\n\nThe location of the device, and the location of the data recorder recovered \
            in November, were around 50 m apart. Authorities said they found human remains near \
            the second recorder.";
        assert_silent(
            "speaker-misattributed",
            article,
            "Authorities said they found human remains near the second recorder.",
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
