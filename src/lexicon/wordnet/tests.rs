use super::*;

/// How the compiled WordNet relates a claim's word to an article's.
fn rel(claim: &str, article: &str) -> Option<Link> {
    let wn = wordnet();
    link(&wn.word(claim), &wn.word(article))
}

fn supports(claim: &str, article: &str) -> bool {
    rel(claim, article).is_some_and(Link::supports)
}

fn lemmas(word: &str) -> Vec<&'static str> {
    let wn = wordnet();
    wn.lemmas(word).into_iter().map(|l| wn.lemma(l)).collect()
}

#[test]
fn the_committed_table_reads() {
    assert!(
        wordnet().lemma_count() > 80_000,
        "{}",
        wordnet().lemma_count()
    );
    let id = wordnet().lemma_id("sedan").expect("sedan");
    assert_eq!(wordnet().lemma(id), "sedan");
    assert!(wordnet().lemma_id("notaword").is_none());
}

#[test]
fn synonyms_in_one_common_synset_are_equivalent() {
    assert_eq!(rel("purchased", "bought"), Some(Link::Synonym));
    assert_eq!(rel("bought", "purchased"), Some(Link::Synonym));
    // Negative: words that share no sense.
    assert_eq!(rel("purchased", "walked"), None);
}

#[test]
fn a_rare_sense_does_not_link() {
    // "bank" is a depository only in a sense the corpus never tags.
    assert!(!supports("depository", "bank"));
    assert!(!supports("bank", "depository"));
    // A part of speech the lemma is seldom used in: "schools" is no verb.
    assert!(!supports("change", "schools"));
}

#[test]
fn a_hypernym_in_the_claim_is_entailed_a_hyponym_is_not() {
    assert_eq!(rel("car", "sedan"), Some(Link::Broader));
    assert_eq!(rel("sedan", "car"), Some(Link::Narrower));
    assert!(!supports("sedan", "car"));
    // Four steps up: refugee → exile → absentee → traveler → person.
    assert!(supports("person", "refugee"));
    // "people" is also the plural of "person".
    assert!(supports("people", "refugees"));
    assert!(!supports("refugees", "people"));
}

#[test]
fn instances_are_entailed_by_their_class() {
    assert_eq!(rel("city", "paris"), Some(Link::Broader));
    assert!(!supports("paris", "city"));
}

#[test]
fn verb_entailment_and_cause_are_forward_entailment() {
    assert!(supports("killed", "assassinated"));
    assert!(supports("died", "killed"));
    assert!(supports("died", "assassinated"));
    assert!(!supports("assassinated", "killed"));
    assert!(!supports("killed", "died"));
}

#[test]
fn sister_terms_are_alternatives_that_do_not_support() {
    assert_eq!(rel("spain", "france"), Some(Link::Sister));
    assert_eq!(rel("thursday", "tuesday"), Some(Link::Sister));
    assert!(!supports("spain", "france"));
    assert!(!Link::Sister.supports());
}

#[test]
fn antonyms_contradict_including_adjective_clusters() {
    assert_eq!(rel("hot", "cold"), Some(Link::Antonym));
    assert_eq!(rel("lost", "won"), Some(Link::Antonym));
    assert_eq!(rel("rose", "fell"), Some(Link::Antonym));
    assert_eq!(rel("increase", "decrease"), Some(Link::Antonym));
    // A satellite of "hot" against the head of the opposite cluster.
    assert_eq!(rel("scorching", "cold"), Some(Link::Antonym));
    assert!(!Link::Antonym.supports());
    // Negative: unrelated adjectives.
    assert_eq!(rel("hot", "green"), None);
}

#[test]
fn derivations_join_a_verb_and_its_act_not_its_agent() {
    assert_eq!(rel("decision", "decided"), Some(Link::Derived));
    assert_eq!(rel("decided", "decision"), Some(Link::Derived));
    // An agent noun is not the act: "employer" is not "employ".
    assert!(!supports("employer", "employ"));
}

#[test]
fn pertainyms_relate_an_adjective_to_its_noun() {
    assert_eq!(rel("economic", "economy"), Some(Link::Derived));
    assert_eq!(rel("french", "france"), Some(Link::Derived));
}

#[test]
fn support_verbs_never_link() {
    assert!(!wordnet().word("made").is_known());
    assert!(!wordnet().word("took").is_known());
    assert_eq!(rel("made", "results"), None);
}

#[test]
fn lemmas_come_from_exceptions_and_suffix_rules() {
    assert_eq!(lemmas("went"), ["go"]);
    assert_eq!(lemmas("children"), ["child"]);
    assert!(lemmas("stopped").contains(&"stop"));
    assert!(lemmas("denied").contains(&"deny"));
    assert!(lemmas("buses").contains(&"bus"));
    // Comparatives are not their base.
    assert!(!lemmas("largest").contains(&"large"));
    assert!(lemmas("qwxz").is_empty());
}

#[test]
fn a_table_that_does_not_read_is_empty_and_never_panics() {
    let real = BYTES;
    for bytes in [
        &b""[..],
        b"CCWN",
        b"garbage bytes",
        &real[..real.len().min(100)],
    ] {
        let wn = WordNet::new(bytes);
        assert_eq!(wn.lemma_count(), 0);
        assert!(wn.lemma_id("car").is_none());
        assert!(!wn.word("car").is_known());
        assert!(wn.exceptions("went").is_empty());
    }
}

#[test]
fn event_nouns_are_those_whose_first_senses_happen() {
    for w in ["crash", "collapse", "explosion", "accident"] {
        assert!(super::word(w).names_an_event(), "{w}");
    }
    for w in ["homeopathy", "treatment", "building", "plan", "school"] {
        assert!(!super::word(w).names_an_event(), "{w}");
    }
}

