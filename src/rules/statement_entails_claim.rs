use super::{Context, Finding, Rule, RuleMeta, declare_rule};
use crate::align::QuoteCheck;
use crate::extract::speaker::SpeakerMatch;

declare_rule! {
    /// A statement of the article entails the claim.
    ///
    /// ## What it does
    /// Supports the claim when every one of its units meets the statement
    /// without conflict: each word by itself, its base form, a synonym or a
    /// broader term; names and places by any of their forms; numbers and
    /// times by agreeing values; with the same polarity, no hedge the claim
    /// drops, the same speaker and outlet when the claim names them, and its
    /// quotations verbatim. Words the claim leaves out are fine: a claim may
    /// say less than the article. A name or word the statement leaves to a
    /// pronoun or a general noun ("The forms are part of ...") may be met
    /// in the sentence that statement refers back to, and a name the article
    /// always puts before a word the statement has ("the Chilean girls" for
    /// its "the girls") may be added; the report shows the sentence that
    /// backs it as "read with".
    ///
    /// ## Why it matters
    /// This is the only way to `supported`, so the bar is high: the claim
    /// must be reachable from the statement by dropping words and swapping
    /// in equivalents.
    ///
    /// ## Example
    /// Article: Engineers from Canada and two African countries are drawing
    /// up plans ..., officials said.
    /// Claim: Officials said Canada and two African countries are drawing up
    /// plans ... → supported.
    pub struct StatementEntailsClaim {
        id: "S001",
        name: "statement-entails-claim",
        effect: Supports,
    }
}

impl Rule for StatementEntailsClaim {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context) -> Option<Finding> {
        let a = cx.alignment;
        let speaker_ok = matches!(a.speaker, None | Some(SpeakerMatch::Same));
        let recipient_ok = matches!(a.recipient, None | Some(Some(SpeakerMatch::Same)));
        let quotes_ok = cx
            .quotes
            .iter()
            .all(|(_, c)| matches!(c, QuoteCheck::Verbatim { .. }));
        let ok = !cx.claim.units.is_empty()
            && a.unaligned.is_empty()
            && a.conflicts().next().is_none()
            && a.swaps.is_empty()
            && a.reversed.is_empty()
            && !a.polarity_conflict
            && a.flipped.is_empty()
            && !a.cue_flipped
            && a.unmet_names.is_empty()
            && !a.hedge_conflict
            && speaker_ok
            && recipient_ok
            && quotes_ok;
        ok.then(|| {
            // "gave" in "gave approval", for the statement's "approved".
            let support: String = a
                .support
                .iter()
                .map(|&(v, n)| {
                    format!(
                        "; “{}” only carries “{}”",
                        cx.claim_text(v),
                        cx.claim_text(n)
                    )
                })
                .collect();
            Finding::new(
                &Self::META,
                if a.context.is_empty() {
                    format!(
                        "all {} parts of the claim are in the statement",
                        a.pairs.len()
                    )
                } else {
                    format!(
                        "all {} parts of the claim are in the statement, {} of them in the sentence it is read with",
                        a.pairs.len() + a.context.len(),
                        a.context.len()
                    )
                } + &support,
            )
            .claim(a.pairs.iter().map(|p| cx.claim_span(p.claim)))
            .evidence(a.pairs.iter().map(|p| cx.evidence_span(p.evidence)))
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_fires, assert_silent};

    #[test]
    fn what_the_speaker_did_as_it_spoke_is_in_the_statement() {
        let article = "Regional Governor Ana Ruiz agreed, saying only this group appeared \
            capable of the attack.";
        assert_fires("statement-entails-claim", article, article);
        let claim = "Regional Governor Ana Ruiz disagreed, saying only this group appeared \
            capable of the attack.";
        assert_silent("statement-entails-claim", article, claim);
    }

    #[test]
    fn a_short_attributed_part_is_met_with_the_own_voice_beside_it() {
        // The article's sentence holds two statements: its own ("issued
        // warnings ...") and the authority's ("it was dangerous").
        let article = "The port authority issued warnings against attempts to enter the \
            closed harbour, saying it was dangerous.";
        assert_fires("statement-entails-claim", article, article);
        let other = "The port authority issued warnings against attempts to enter the closed \
            harbour, saying it was full.";
        assert_silent("statement-entails-claim", article, other);
    }

    #[test]
    fn each_clause_of_the_claim_meets_its_own_clause() {
        // "prime ministers" is in both clauses: the second clause's is
        // met in the statement's second clause, not in its first.
        let article = "When elected prime minister in 2014, she was the first woman; \
            historically, prime ministers were men.";
        assert_fires("statement-entails-claim", article, article);
    }

    const ARTICLE: &str = "Engineers from Canada and two African countries are drawing up plans to bring clean water to Haiti, officials said.";

    #[test]
    fn supports_a_faithful_paraphrase() {
        assert_fires(
            "statement-entails-claim",
            ARTICLE,
            "Officials said Canada and two African countries are drawing up plans to bring clean water to Haiti.",
        );
        assert_fires(
            "statement-entails-claim",
            ARTICLE,
            "Canadian and African engineers are drawing up plans.",
        );
    }

    #[test]
    fn reads_a_statement_with_the_sentence_it_refers_back_to() {
        let article = "The ministry began issuing questionnaires to 500 applicants. \
                       The forms must be returned within ten days.";
        assert_fires(
            "statement-entails-claim",
            article,
            "The questionnaires must be returned within ten days.",
        );
        assert_fires(
            "statement-entails-claim",
            article,
            "The ministry's forms must be returned within ten days.",
        );
    }

    #[test]
    fn a_paragraph_opening_place_frames_the_sentences_after_it() {
        let article = "In the Lakeside West district, Ana Ruiz was re-elected with 6,000 votes. \
                       Li Wen defeated Tomas Varga by 312 votes.\n\n\
                       Turnout rose in the city.";
        assert_fires(
            "statement-entails-claim",
            article,
            "In Lakeside West, Li Wen defeated Tomas Varga by 312 votes.",
        );
        assert_silent(
            "statement-entails-claim",
            article,
            "In Lakeside East, Li Wen defeated Tomas Varga by 312 votes.",
        );
    }

    #[test]
    fn those_urged_may_be_named_in_what_was_said() {
        let article = "Ana Ruiz, the ministry spokesperson, said, \"We urge the governments of the region to share their data openly.\"";
        assert_fires(
            "statement-entails-claim",
            article,
            "Ana Ruiz urged regional governments to \"share their data openly\".",
        );
        assert_silent(
            "statement-entails-claim",
            article,
            "Ana Ruiz urged European governments to \"share their data openly\".",
        );
    }

    #[test]
    fn a_doer_compound_meets_its_passive() {
        let article =
            "The team travelled through territory controlled by the rebels' Northern Front.";
        assert_fires(
            "statement-entails-claim",
            article,
            "The team travelled through Northern Front-controlled territory.",
        );
        assert_silent(
            "statement-entails-claim",
            article,
            "The team travelled through Northern Front-backed territory.",
        );
    }

    #[test]
    fn counts_the_countries_of_a_list() {
        let article = "The United Kingdom will send forms to 9,000 applicants from Chile, Peru, Bolivia and Ecuador.";
        assert_fires(
            "statement-entails-claim",
            article,
            "The United Kingdom will send forms to 9,000 applicants from four countries.",
        );
        assert_silent(
            "statement-entails-claim",
            article,
            "The United Kingdom will send forms to 9,000 applicants from five countries.",
        );
    }

    #[test]
    fn people_seeking_asylum_are_asylum_seekers() {
        let article = "Officials urged the navy not to turn away boats of people seeking asylum.";
        assert_fires(
            "statement-entails-claim",
            article,
            "Officials urged the navy not to turn away boats of asylum seekers.",
        );
        assert_fires(
            "statement-entails-claim",
            "The navy rescued boats of people seeking asylum.",
            "The navy rescued boats of people.",
        );
        // Under "not", a broader word says more: not turning away asylum
        // seekers is not turning away no one.
        assert_silent(
            "statement-entails-claim",
            article,
            "Officials urged the navy not to turn away boats of people.",
        );
    }

    #[test]
    fn an_effort_is_an_attempt_not_a_want() {
        let article =
            "The forms are part of Mayor Ana Ruiz's effort to clear the 9,000-case backlog by May.";
        assert_fires(
            "statement-entails-claim",
            article,
            "The forms are part of Ana Ruiz's attempt to clear the backlog by May.",
        );
        // A noun of effort is no verb of wanting (WordNet links them by no
        // sense; the old hand table did).
        assert_silent(
            "statement-entails-claim",
            article,
            "Ana Ruiz wants to clear the backlog by May.",
        );
        assert_silent(
            "statement-entails-claim",
            article,
            "Ana Ruiz refused to clear the backlog by May.",
        );
    }

    #[test]
    fn her_party_is_the_party_of_the_one_who_says_it() {
        let article = "Unity's housing spokesperson Tara Quill said her party has backed the levy \"for years\".";
        assert_fires(
            "statement-entails-claim",
            article,
            "Tara Quill said Unity has backed the levy \"for years\".",
        );
        assert_silent(
            "statement-entails-claim",
            article,
            "Tara Quill said Reform has backed the levy \"for years\".",
        );
    }

    #[test]
    fn a_stance_meets_the_article_naming_its_holder() {
        let article = "Ana Ruiz chairs the board. The harbor levy was rejected by Ana Ruiz in May.";
        assert_fires(
            "statement-entails-claim",
            article,
            "Ana Ruiz rejected the harbor levy.",
        );
        assert_silent(
            "statement-entails-claim",
            article,
            "Tom Berg rejected the harbor levy.",
        );
    }

    #[test]
    fn a_name_the_article_always_gives_a_word_may_be_added() {
        let claim = "Mayor Ruiz asked the council to help the Chilean girls enter the country.";
        let one = "The Chilean girls won a silver medal on Tuesday. \
                   Mayor Ruiz asked the council to help the girls enter the country.";
        assert_fires("statement-entails-claim", one, claim);
        let two = "The Chilean girls won silver and the Peruvian girls won bronze. \
                   Mayor Ruiz asked the council to help the girls enter the country.";
        assert_silent("statement-entails-claim", two, claim);
    }

    #[test]
    fn a_general_noun_after_the_refers_to_the_specific_one_before() {
        let article = "Divers rescued over 300 asylum seekers on Monday. \
                       Officials said divers first noticed the people at dawn.";
        assert_fires(
            "statement-entails-claim",
            article,
            "Officials said divers first noticed the asylum seekers.",
        );
        assert_silent(
            "statement-entails-claim",
            article,
            "Officials said divers first noticed the tourists.",
        );
    }

    #[test]
    fn counts_listed_countries_and_days_of_a_range() {
        let article = "Defense chiefs from Chile, Peru, Spain and Norway met in Oslo from Tuesday to Thursday.";
        assert_fires(
            "statement-entails-claim",
            article,
            "Defense chiefs from four countries met in Oslo for three days.",
        );
        assert_silent(
            "statement-entails-claim",
            article,
            "Defense chiefs from five countries met in Oslo.",
        );
        assert_silent(
            "statement-entails-claim",
            article,
            "Defense chiefs met in Oslo for five days.",
        );
    }

    #[test]
    fn the_speakers_we_is_their_group() {
        let article = "\"We hardly had time to prepare,\" team captain Mara Lind told reporters.";
        assert_fires(
            "statement-entails-claim",
            article,
            "Mara Lind told reporters the team hardly had time to prepare.",
        );
        assert_silent(
            "statement-entails-claim",
            article,
            "Mara Lind said the club hardly had time to prepare.",
        );
    }

    #[test]
    fn takes_no_time_or_number_from_the_linked_sentence() {
        let article = "Police arrested two men on Monday. They were released after questioning.";
        assert_silent(
            "statement-entails-claim",
            article,
            "The men were released on Monday.",
        );
    }

    #[test]
    fn does_not_support_added_content() {
        assert_silent(
            "statement-entails-claim",
            ARTICLE,
            "Officials said Peru is drawing up plans to bring water to Haiti.",
        );
    }
}
