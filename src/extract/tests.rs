//! Unit tests of the attribution reader: who speaks, through which cue.
//! Whole-article behaviour is covered by the index snapshots of
//! `tests/fixtures/regressions/`.

use crate::index::Index;

/// "speaker · cue" for each attributed statement of `text`.
fn attributions(text: &str) -> Vec<String> {
    let index = Index::build(text, None);
    index
        .statements
        .iter()
        .filter_map(|st| {
            let sp = st.speaker.as_ref()?;
            let cue = st.cue.as_ref().map_or("", |c| c.text.as_str());
            Some(format!("{} · {}", sp.text, cue))
        })
        .collect()
}

#[test]
fn a_participle_clause_is_not_a_speaker() {
    assert!(
        attributions("Crossings rose to 45,000, pushing pending asylum claims above 150,000.")
            .is_empty()
    );
    assert_eq!(
        attributions("The drug is safe, leading experts say."),
        ["leading experts · say"]
    );
}

/// The roles of each attributed statement's speaker in `text`.
fn speaker_roles(text: &str) -> Vec<Vec<String>> {
    let index = Index::build(text, None);
    let speakers = index.statements.iter().filter_map(|st| st.speaker.as_ref());
    speakers.map(|sp| sp.roles.clone()).collect()
}

/// The name each attributed statement's speaker resolves to in `text`.
fn resolved(text: &str) -> Vec<String> {
    let index = Index::build(text, None);
    let speakers = index.statements.iter().filter_map(|st| st.speaker.as_ref());
    speakers.map(|sp| sp.resolved.clone()).collect()
}

#[test]
fn according_to_a_name_with_its_role_set_off_by_commas() {
    // The role before the name and the role after it are the name's.
    let before = "According to the club's manager, Dario Lenz, the pitch will be relaid.";
    assert_eq!(attributions(before), ["Dario Lenz · According to"]);
    assert!(speaker_roles(before)[0].contains(&"the club's manager".to_string()));
    let after = "According to Dario Lenz, director of the club's academy, the pitch will be relaid.";
    assert_eq!(attributions(after), ["Dario Lenz · According to"]);
    assert!(speaker_roles(after)[0].contains(&"director of the club's academy".to_string()));
    assert_eq!(said_regions(after), ["the pitch will be relaid", "According to"]);
    // A second name after a comma is no role: "according to Lenz, Ruiz
    // said".
    let two = "According to Dario Lenz, Ana Ruiz will coach the side.";
    assert_eq!(speaker_roles(two)[0], Vec::<String>::new());
}

#[test]
fn he_is_the_name_whose_clause_governs_his() {
    // A name no one was heard speaking, subject of the clause that
    // governs "he": that name speaks.
    let text = "Tomas Varga broke the news when he revealed that the plant will close.";
    assert_eq!(resolved(text), ["Tomas Varga"]);
    // Not across a closer subject that is no name.
    let other = "The manager met Tomas Varga before he revealed that the plant will close.";
    assert_eq!(resolved(other), ["he"]);
    // Nor past another name, who may be the one meant.
    let rival = "Tomas Varga met Ana Ruiz before she revealed that the plant will close.";
    assert_eq!(resolved(rival), ["she"]);
}

/// The text of each region of the first attributed statement of `text`.
fn said_regions(text: &str) -> Vec<String> {
    let index = Index::build(text, None);
    let said = index.statements.iter().find(|st| st.speaker.is_some());
    said.map(|st| {
        st.region
            .iter()
            .map(|r| index.doc.range_text(r.clone()).to_string())
            .collect()
    })
    .unwrap_or_default()
}

/// The text of each region of the first statement of `text`.
fn regions(text: &str) -> Vec<String> {
    let index = Index::build(text, None);
    index.statements[0]
        .region
        .iter()
        .map(|r| index.doc.range_text(r.clone()).to_string())
        .collect()
}

#[test]
fn an_opening_phrase_before_a_role_and_name_frames_the_statement() {
    let r = regions(
        "Describing the plan in a radio interview, Norway's Prime Minister, Ana Ruiz said, \
         \"We have spoken to every side.\"",
    );
    assert!(
        r.iter()
            .any(|x| x == "Describing the plan in a radio interview"),
        "{r:?}"
    );
}

#[test]
fn every_kind_of_opening_phrase_frames_the_statement() {
    for (text, opening) in [
        (
            "Asked about the costs, the company noted that prices had risen.",
            "Asked about the costs",
        ),
        (
            "When interviewed by the Ledger, Varga said the plan had failed.",
            "When interviewed by the Ledger",
        ),
        ("Upon arrival, Varga told reporters the trip had been long.", "Upon arrival"),
        (
            "However, as part of her ruling, Judge Ito stated that the law was void.",
            "as part of her ruling",
        ),
        (
            "Yesterday afternoon, Lena Park announced that she would resign.",
            "Yesterday afternoon",
        ),
        ("On Friday the club announced that the coach had left.", "On Friday"),
    ] {
        let r = regions(text);
        assert!(r.iter().any(|x| x == opening), "{text}: {r:?}");
    }
    // A clause of its own before the speaker is not the statement's frame.
    let r = regions("After the vote passed, Varga said the plan had failed.");
    assert!(!r.iter().any(|x| x.contains("vote")), "{r:?}");
}

#[test]
fn a_document_seen_by_an_outlet_speaks_and_a_clause_after_its_quote_does_not() {
    let index = Index::build(
        "A leaked letter seen by the Ledger says \"failure to reply may see a claim withdrawn\", \
         but the ministry will send a reminder.",
        None,
    );
    let st = &index.statements[0];
    assert_eq!(
        st.speaker.as_ref().map(|s| s.text.as_str()),
        Some("A leaked letter seen by the Ledger")
    );
    let content: Vec<&str> = st
        .content
        .iter()
        .map(|r| index.doc.range_text(r.clone()))
        .collect();
    assert_eq!(content, ["\"failure to reply may see a claim withdrawn\""]);
}

#[test]
fn a_pronoun_prefers_the_person_named_in_its_sentence() {
    let text = "Niels Berger, 41, was charged. Prosecutor Ana Ruiz said the case was clear. \
                Reportedly, Berger's brother begged him to take the dog to a vet, but he replied \"I cannot\".";
    let index = Index::build(text, None);
    let replied = index
        .statements
        .iter()
        .find(|s| s.cue.as_ref().is_some_and(|c| c.text == "replied"))
        .expect("a statement for \"replied\"");
    assert_eq!(
        replied.speaker.as_ref().map(|s| s.resolved.as_str()),
        Some("Niels Berger")
    );
}

#[test]
fn an_adverb_before_the_cue_is_not_the_speaker() {
    assert_eq!(
        attributions("Tomas Varga allegedly replied that he could not."),
        ["Tomas Varga · replied"]
    );
}

#[test]
fn a_naming_participle_is_not_a_cue() {
    assert!(
        attributions("The petition was started on Monday by a user labelled \"Nemo\", on a forum.")
            .is_empty()
    );
    assert!(attributions("A user labelled \"Nemo\" started the petition.").is_empty());
    assert_eq!(
        attributions("The mayor labelled the plan \"reckless\"."),
        ["The mayor · labelled"]
    );
}

#[test]
fn a_directive_names_who_is_asked_before_the_infinitive() {
    for (text, who) in [
        (
            "Ruiz asked regional governments not to turn boats away.",
            "regional governments",
        ),
        ("She urged the parents to see a doctor.", "the parents"),
        ("He advised voters to stay home.", "voters"),
    ] {
        let index = Index::build(text, None);
        let st = &index.statements[0];
        assert_eq!(
            st.recipient.as_ref().map(|r| r.text.as_str()),
            Some(who),
            "{text}"
        );
    }
}

#[test]
fn a_time_beside_the_speaker_is_not_part_of_it() {
    assert_eq!(
        attributions("The safety board on Monday announced the recorder had been found."),
        ["The safety board · announced"]
    );
    assert_eq!(
        attributions(
            "On January 28, the lab emailed the agency, to which on February 1 Nimbus Cloud \
             acknowledged the owner had been told."
        ),
        ["Nimbus Cloud · acknowledged"]
    );
    // "Wednesday by a user" is not a speaker either way.
    assert!(
        attributions("The attack was launched on Wednesday by a user labelled \"Nemo\".")
            .is_empty()
    );
}

#[test]
fn a_document_that_reads_speaks_for_its_owner() {
    assert_eq!(
        attributions("Part of the judge's statement reads \"the rule is unfair to all.\""),
        ["the judge · reads"]
    );
    assert_eq!(
        attributions("A letter from the ministry read: \"The talks will resume on Monday.\""),
        ["the ministry · read"]
    );
    assert_eq!(
        attributions("The club's statement said the coach had resigned."),
        ["The club · said"]
    );
    // A person who reads says nothing.
    assert!(attributions("The judge read \"the rule is unfair to all\" aloud.").is_empty());
}

#[test]
fn a_reporting_verb_may_open_the_sentence() {
    assert_eq!(
        attributions("Remarked Harbor Authority engineer Ana Ruiz, \"The pier will hold.\""),
        ["Harbor Authority engineer Ana Ruiz · Remarked"]
    );
    assert_eq!(
        attributions("Added Varga: \"We will build it again.\""),
        ["Varga · Added"]
    );
    // Not a participle that opens a clause.
    assert!(attributions("Asked about the pier, the engineers were silent.").is_empty());
}

#[test]
fn a_quotation_is_its_speakers_from_its_first_sentence() {
    let text = "Fares will rise in May, the port authority said. \"We can't stop the strike now. We've waited too long,\" said Ana Ruiz.";
    assert_eq!(
        attributions(text),
        [
            "the port authority · said",
            "Ana Ruiz · (quotation, attributed later)",
            "Ana Ruiz · said"
        ]
    );
}

#[test]
fn a_thing_called_by_a_name_says_nothing() {
    assert!(attributions("The band released a song called \"Day after Day\" in May.").is_empty());
    assert!(
        attributions("Her name was shortened, imitating a song called \"Day after Day,\" so it would fit.")
            .is_empty()
    );
    // A named speaker still calls something by a name.
    assert_eq!(
        attributions("Ruiz called \"Shield\" a failure."),
        ["Ruiz · called"]
    );
}

#[test]
fn what_the_speaker_did_as_it_spoke_is_in_its_region() {
    let regions = said_regions("The mayor defended the plan on Tuesday, saying it would cut costs.");
    assert!(
        regions.iter().any(|r| r.contains("defended the plan")),
        "{regions:?}"
    );
}

#[test]
fn a_time_that_opens_the_sentence_dates_its_statement() {
    let regions = said_regions(
        "On June 12, minutes before the committee voted, Tomas Varga claimed the papers were \
         privileged.",
    );
    assert!(regions.iter().any(|r| r == "On June 12"), "{regions:?}");
}

#[test]
fn a_reported_clause_may_quote_its_predicate() {
    assert_eq!(
        attributions("The sheriff's office tweeted the response \"required all hands on deck.\""),
        ["The sheriff's office · tweeted"]
    );
}

#[test]
fn per_opening_a_clause_attributes_it() {
    assert_eq!(
        attributions("Per figures released by the agency, 415 thousand priests are subject to it."),
        ["the agency · Per"]
    );
    assert_eq!(
        attributions("The tickets cost, per court records, $5 per person."),
        ["court records · per"]
    );
    assert!(attributions("Tickets cost $5 per person.").is_empty());
}

#[test]
fn a_passive_statement_names_its_speaker_after_by() {
    assert_eq!(
        attributions(
            "That day he was told by Emergencies Minister Tomas Varga of \"presumably 40 people \
             under the rubble\", while Deputy Governor Ana Ruiz indicated 68 were missing."
        ),
        ["Emergencies Minister Tomas Varga · told", "Deputy Governor Ana Ruiz · indicated"]
    );
    assert_eq!(
        attributions("Staff were informed by the ministry that the office would close."),
        ["the ministry · informed"]
    );
    assert!(attributions("The plan was backed by the council.").is_empty());
}

/// Whether `word` (its first occurrence) reads as a verb in `text`.
fn verbish(text: &str, word: &str) -> bool {
    let doc = crate::doc::Doc::parse(text, None);
    let at = doc.tokens.iter().position(|t| t.norm.as_str() == word);
    super::is_verbish(&doc, at.expect("word in text"))
}

#[test]
fn the_tagger_tells_verbs_from_the_words_around_them() {
    // Verbs no word list held: the tagger knows them.
    assert!(verbish("The council will hand over the keys.", "hand"));
    assert!(verbish("The planning follows a pledge by the mayor.", "follows"));
    // An unseen -ed word straight after its subject is the verb.
    assert!(verbish("The city reasoned, \"it is a commercial one\".", "reasoned"));
    // A participle between a determiner and its noun is a modifier.
    assert!(!verbish("Varga told the gathered crowd.", "gathered"));
    // A gerund is not a finite verb.
    assert!(!verbish("Officials are including the figures.", "including"));
    assert!(!verbish("The planning follows a pledge by the mayor.", "planning"));
}

#[test]
fn adjectives_joined_by_and_stay_in_the_speaker() {
    assert_eq!(
        attributions("Legal and religious groups have also called for the bill to be dropped."),
        ["Legal and religious groups · called for"]
    );
}

#[test]
fn a_phrase_set_off_between_speaker_and_cue_is_how_they_spoke() {
    let text = "Late on Sunday, Mayor Lena Park, in a statement delivered by her aide, \
                announced the bridge would close.";
    assert_eq!(attributions(text), ["Mayor Lena Park · announced"]);
    let r = regions(text);
    assert!(r.iter().any(|x| x == "Late on Sunday"), "{r:?}");
    // A clause set off by commas is no such phrase.
    assert!(
        attributions("The mayor, who was elected in May, announced the bridge would close.")
            .iter()
            .all(|a| !a.starts_with("May")),
    );
}

#[test]
fn a_determiner_written_in_a_name_elsewhere_is_no_speaker() {
    // "The" is part of a name in "The Greens", so the article writes it as
    // a name; "The comments" still speak as a whole.
    let text = "A user wrote about the chair of The Greens. \
                The comments called her party corrupt and termed her a \"traitor\".";
    assert_eq!(attributions(text), ["The comments · called"]);
}

#[test]
fn in_the_words_of_attributes_as_according_to_does() {
    let text = "The rash was severe, and in the words of the prosecutor, Ann Lee, \
        \"the girl spent months crying.\"";
    assert_eq!(attributions(text), ["Ann Lee · in the words of"]);
    assert!(speaker_roles(text)[0].contains(&"the prosecutor".to_string()));
    // Only what follows "and" is hers: the first clause is the article's.
    let regions = said_regions(text);
    assert!(regions.iter().all(|r| !r.contains("severe")), "{regions:?}");
}

#[test]
fn a_participle_after_being_is_passive_and_names_no_speaker() {
    assert!(
        attributions("Some 900 applicants will be sent forms instead of being called for interviews.")
            .is_empty()
    );
}

#[test]
fn a_source_the_speaker_cites_says_the_same() {
    let forms = [
        "Citing the Herald, Radio Nord reported that the port had closed.",
        "Radio Nord, citing the Herald, reported that the port had closed.",
        "The port has closed, Radio Nord reported, citing the Herald.",
    ];
    for text in forms {
        let got = attributions(text).join("; ").to_lowercase();
        assert_eq!(got, "radio nord · reported; the herald · citing", "{text}");
    }
    // A reason cited is no source.
    let reason = "Citing privacy rules, city officials have not said why the port closed.";
    assert!(attributions(reason).iter().all(|a| !a.contains("privacy")));
}

#[test]
fn a_cue_after_an_adverb_or_went_on_to_reports() {
    assert_eq!(
        attributions("She would later say her second marriage was her only happy one."),
        ["She · say"]
    );
    assert_eq!(
        attributions("Judge Ruiz went on to say the sentence was not the longest possible."),
        ["Judge Ruiz · say"]
    );
}

#[test]
fn a_speaker_read_past_its_phrase_is_cut_back_to_the_parsed_subject() {
    assert_eq!(
        attributions("Upon learning his DNA was on the jacket he claimed the sex was consensual."),
        ["he · claimed"]
    );
    assert_eq!(
        attributions("A few days later the administration said the talks would resume."),
        ["the administration · said"]
    );
    // The words cut off frame the statement.
    let r = said_regions("Right away they told us the food was the same.");
    assert!(r.iter().any(|x| x == "Right away"), "{r:?}");
    // The parse may cut a name; a subject bound to the word before it is
    // kept whole.
    assert_eq!(
        attributions("The report's authors say the deficiency is serious."),
        ["The report's authors · say"]
    );
}

#[test]
fn the_parse_finds_a_subject_the_words_did_not() {
    // A long name with a parenthesis before the comma and the cue, and a
    // role with a relative clause: the words find no speaker.
    assert_eq!(
        attributions(
            "On Monday, Director Ana Ruiz of the National Institute of Marine Studies (NIMS), \
             announced the survey would end in May."
        ),
        ["Director Ana Ruiz of the National Institute of Marine Studies · announced"]
    );
    let text = "Professor Tomas Varga, Director General of the institute that ran the trial, \
                said, \"The work is done.\"";
    assert_eq!(attributions(text), ["Professor Tomas Varga · said"]);
    // What the role says stays in the article's own voice.
    let index = Index::build(text, None);
    assert!(index.statements.iter().any(|st| st.speaker.is_none()
        && st
            .content
            .iter()
            .any(|r| index.doc.range_text(r.clone()).contains("that ran the trial"))));
    // A function word the tagger takes for a name begins no speaker.
    assert!(
        attributions("Amongst reported thefts, the ferry case was the largest.")
            .is_empty()
    );
}

#[test]
fn a_possessor_is_no_name_of_the_speaker() {
    assert_eq!(
        attributions(
            "Lena Ortez, Mayor Tomas Varga's spokesperson, said the ban followed talks."
        ),
        ["Lena Ortez · said"]
    );
}

#[test]
fn a_name_ending_in_a_document_word_speaks_whole() {
    // "States" is a word of a name here, not a statement that speaks.
    assert_eq!(
        attributions("Officials in the United States said the rules would change."),
        ["Officials in the United States · said"]
    );
    assert_eq!(
        attributions("A Harbor Authority statement said the rules would change."),
        ["A Harbor Authority · statement said"]
    );
}
