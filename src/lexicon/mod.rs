//! English knowledge as data: cue verbs, function words, lexical relations,
//! numbers, time words, places and titles. Each submodule is a set of plain
//! tables; this module builds the lookup structures once and offers small
//! query functions.

pub mod cues;
pub mod implicatives;
pub mod monotone;
pub mod numbers;
pub mod places;
pub mod relations;
pub mod stem;
pub mod time;
pub mod titles;
pub mod wordnet;
pub mod words;

pub use cues::CueClass;
pub use stem::key;

use crate::text::Norm;
use foldhash::{HashMap, HashMapExt, HashSet};
use std::sync::LazyLock;

fn set(words: &'static [&'static str]) -> HashSet<&'static str> {
    words.iter().copied().collect()
}

static STOP: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set(words::STOPWORDS));
static NEG: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set(words::NEGATORS));
static POSSIBLE: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set(words::POSSIBILITY));
static FUTURE: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set(words::FUTURE));
static TITLES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set(titles::TITLE_WORDS));
static ROLES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set(titles::ROLE_HEADS));
static ORGS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set(titles::ORG_WORDS));
static ANON: LazyLock<HashSet<String>> = LazyLock::new(|| keys_of(cues::ANONYMOUS_HEADS));
static CUE_NOUNS: LazyLock<HashSet<String>> = LazyLock::new(|| keys_of(cues::CUE_NOUNS));
/// The phrases of [`cues::CUE_PHRASES`] as matching keys, with the phrase's
/// key (its keys joined by spaces).
static CUE_PHRASES: LazyLock<Vec<(Vec<String>, String, CueClass)>> = LazyLock::new(|| {
    cues::CUE_PHRASES
        .iter()
        .map(|&(phrase, class)| {
            let keys: Vec<String> = phrase.iter().map(|w| key(w)).collect();
            let joined = keys.join(" ");
            (keys, joined, class)
        })
        .collect()
});

/// The first cue phrase (see [`cues::CUE_PHRASES`]) that the words whose
/// keys `key_at(0)`, `key_at(1)` … give start with (`None` past the last
/// word): its length in words, its key and class.
pub fn cue_phrase<'a>(
    key_at: impl Fn(usize) -> Option<&'a str>,
) -> Option<(usize, &'static str, CueClass)> {
    static FIRST_KEYS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
        CUE_PHRASES
            .iter()
            .filter_map(|(phrase, _, _)| phrase.first().map(String::as_str))
            .collect()
    });
    if !FIRST_KEYS.contains(key_at(0)?) {
        return None;
    }
    CUE_PHRASES.iter().find_map(|(phrase, joined, class)| {
        phrase
            .iter()
            .enumerate()
            .all(|(k, w)| key_at(k) == Some(w.as_str()))
            .then_some((phrase.len(), joined.as_str(), *class))
    })
}

static CUE_VERBS: LazyLock<HashMap<String, (CueClass, bool)>> = LazyLock::new(|| {
    cues::CUE_VERBS
        .iter()
        .map(|&(w, class, strict)| (key(w), (class, strict)))
        .collect()
});

/// Synonym groups and broader terms, by key.
static SYN: LazyLock<HashMap<String, Vec<usize>>> = LazyLock::new(|| {
    let mut m: HashMap<String, Vec<usize>> = HashMap::new();
    for (g, group) in relations::SYNONYMS.iter().enumerate() {
        for w in *group {
            m.entry(concept_key(w)).or_default().push(g);
        }
    }
    m
});
/// The members of each synonym group, by key (the inverse of [`SYN`]).
static SYN_GROUPS: LazyLock<Vec<Vec<String>>> = LazyLock::new(|| {
    relations::SYNONYMS
        .iter()
        .map(|group| group.iter().map(|w| concept_key(w)).collect())
        .collect()
});

/// The members of each group of alternatives, by key.
static ALTERNATIVE_GROUPS: LazyLock<Vec<Vec<String>>> = LazyLock::new(|| {
    relations::ALTERNATIVES
        .iter()
        .map(|group| group.iter().map(|w| key(w)).collect())
        .collect()
});

/// Each broader term's narrower words, by key (the inverse of [`BROADER`]).
static NARROWER: LazyLock<Pairs> = LazyLock::new(|| {
    let mut m = Pairs::new();
    for (narrow, broads) in BROADER.iter() {
        for b in broads {
            m.entry(b.clone()).or_default().insert(narrow.clone());
        }
    }
    m
});

/// One word's partners in the relation tables, looked up once so that the
/// word can be compared with many others without a lookup per pair.
#[derive(Clone, Debug, Default)]
pub struct WordRelations {
    /// Keys that share a synonym group with the word (itself included).
    synonyms: Vec<&'static str>,
    /// Keys the word is broader than.
    narrower: Vec<&'static str>,
    /// Antonyms and alternatives.
    opposites: Vec<&'static str>,
    /// The word's senses in WordNet (see [`WordRelations::with_word`]).
    wordnet: Option<std::sync::Arc<wordnet::Word>>,
    /// Whether the word stands in a downward monotone position (see
    /// [`WordRelations::downward`]).
    downward: bool,
    /// Whether only WordNet's opposites count (see
    /// [`WordRelations::preposition`]).
    opposites_only: bool,
}

impl WordRelations {
    pub fn of(key: &str) -> WordRelations {
        let members = |table: &'static HashMap<String, Vec<usize>>,
                       groups: &'static [Vec<String>]| {
            let mut v: Vec<&'static str> = table
                .get(key)
                .into_iter()
                .flatten()
                .flat_map(|&g| groups[g].iter().map(String::as_str))
                .collect();
            v.sort_unstable();
            v.dedup();
            v
        };
        let partners = |pairs: &'static Pairs| {
            let mut v: Vec<&'static str> = pairs
                .get(key)
                .into_iter()
                .flatten()
                .map(String::as_str)
                .collect();
            v.sort_unstable();
            v
        };
        let mut opposites = partners(&ANTONYMS);
        opposites.extend(
            members(&ALTERNATIVES, &ALTERNATIVE_GROUPS)
                .into_iter()
                .filter(|o| *o != key),
        );
        opposites.sort_unstable();
        opposites.dedup();
        WordRelations {
            synonyms: members(&SYN, &SYN_GROUPS),
            narrower: partners(&NARROWER),
            opposites,
            wordnet: None,
            downward: false,
            opposites_only: false,
        }
    }

    /// The same, for a word in a downward monotone position (under a
    /// negation, after "any" or "every"), where a broader word is not
    /// entailed by a narrower one: [`WordRelations::broader_than`] and a
    /// WordNet hypernym then find nothing.
    pub fn downward(mut self, downward: bool) -> WordRelations {
        self.downward = downward;
        self
    }

    /// The same for a preposition with its object ("*after* the storm"),
    /// which WordNet does not hold: its "after" is the adverb "later",
    /// whose order has no second party, so a preposition takes WordNet's
    /// opposites ("inside" and "outside") but not its equivalents.
    pub fn preposition(mut self, preposition: bool) -> WordRelations {
        self.opposites_only = preposition;
        self
    }

    /// The same, with the senses WordNet gives the word as written
    /// (lowercase), unless it is a light verb, whose senses are too many to
    /// link ("make", "have").
    pub fn with_word(mut self, key: &str, norm: &str) -> WordRelations {
        if links_through_wordnet(key, norm) {
            self.wordnet = Some(wordnet::word(norm)).filter(|w| w.is_known());
        }
        self
    }

    /// How WordNet relates the word to an article's word, written `norm`
    /// (see [`wordnet::link`]).
    pub fn wordnet_link(&self, norm: &Norm) -> Option<wordnet::Link> {
        self.wordnet.as_ref()?;
        self.wordnet_link_to(&article_word(norm))
    }

    /// How WordNet relates the word to an article's word whose senses
    /// [`article_word`] gave.
    pub fn wordnet_link_to(&self, article: &wordnet::Word) -> Option<wordnet::Link> {
        let claim = self.wordnet.as_ref()?;
        wordnet::entailing_link(claim, article)
            .filter(|l| !(self.downward && *l == wordnet::Link::Broader))
            .filter(|l| !self.opposites_only || *l == wordnet::Link::Antonym)
    }

    /// Whether WordNet puts the word below an article's word ("restart"
    /// below "start"): reverse entailment.
    pub fn narrower_than(&self, article: &wordnet::Word) -> bool {
        self.wordnet
            .as_ref()
            .is_some_and(|c| wordnet::is_narrower(c, article))
    }

    /// How WordNet relates the word to a place of the places table, by its
    /// key ("the city" and "paris").
    pub fn wordnet_place(&self, place: &'static str) -> Option<wordnet::Link> {
        let claim = self.wordnet.as_ref().filter(|w| w.may_name_a_place())?;
        wordnet::entailing_link(claim, &wordnet::word(place))
            .filter(|l| !(self.downward && *l == wordnet::Link::Broader))
    }

    /// `are_synonyms(word, other)`.
    pub fn synonym(&self, other: &str) -> bool {
        self.synonyms.binary_search(&other).is_ok()
    }

    /// `is_broader(other, word)`: the word may stand for `other`.
    pub fn broader_than(&self, other: &str) -> bool {
        !self.downward && self.narrower.binary_search(&other).is_ok()
    }

    /// `are_antonyms(word, other)`.
    pub fn opposite(&self, other: &str) -> bool {
        self.opposites.binary_search(&other).is_ok()
    }

    /// Every key the word relates to: exactly the keys `other` for which
    /// `are_synonyms(word, other)`, `are_antonyms(word, other)` or
    /// `is_broader(other, word)` holds, so that a caller can look these few
    /// up rather than test a whole vocabulary. Sorted, each once.
    pub fn keys(&self) -> Vec<&'static str> {
        let mut all: Vec<&'static str> = [&self.synonyms, &self.narrower, &self.opposites]
            .into_iter()
            .flatten()
            .copied()
            .collect();
        all.sort_unstable();
        all.dedup();
        all
    }
}

/// How many article words' senses each thread remembers before it starts
/// afresh.
const REMEMBERED_ARTICLE_WORDS: usize = 1 << 14;

thread_local! {
    /// The WordNet senses of article words, by the address of their shared
    /// string: a document spells each word with one `Norm`, and the matcher
    /// asks about the same words for every claim. The entry keeps its
    /// `Norm`, so the address cannot be reused while it is remembered.
    static ARTICLE_WORDS: std::cell::RefCell<HashMap<usize, (Norm, std::sync::Arc<wordnet::Word>)>> =
        std::cell::RefCell::new(HashMap::new());
}

/// The WordNet senses of an article word written `norm`: none for a
/// stopword or a light verb. For a caller that relates one article word to
/// many claim words.
pub fn article_word(norm: &Norm) -> std::sync::Arc<wordnet::Word> {
    let known = ARTICLE_WORDS.with_borrow(|m| m.get(&norm.address()).map(|(_, w)| w.clone()));
    known.unwrap_or_else(|| remember_article_word(norm))
}

/// Works out an article word's senses and remembers them (see
/// [`ARTICLE_WORDS`]).
fn remember_article_word(norm: &Norm) -> std::sync::Arc<wordnet::Word> {
    let w = if links_through_wordnet(&key(norm), norm) {
        wordnet::word(norm)
    } else {
        std::sync::Arc::new(wordnet::Word::default())
    };
    ARTICLE_WORDS.with_borrow_mut(|m| {
        remember(
            m,
            REMEMBERED_ARTICLE_WORDS,
            norm.address(),
            (norm.clone(), w.clone()),
        )
    });
    w
}

/// Whether a word may link through WordNet: not a stopword, nor a light
/// verb, whose senses are too many ("have", "hold").
fn links_through_wordnet(key: &str, norm: &str) -> bool {
    !is_light_verb(key) && !is_stopword(norm)
}

/// Inserts into a per-thread memo, starting it afresh once it holds `cap`
/// entries, so that a long run's memory stays bounded.
pub(crate) fn remember<K: std::hash::Hash + Eq, V>(m: &mut HashMap<K, V>, cap: usize, k: K, v: V) {
    if m.len() >= cap {
        m.clear();
    }
    m.insert(k, v);
}

/// Word pairs by their first word's key: each word's partners.
type Pairs = HashMap<String, HashSet<String>>;

fn pair(pairs: &Pairs, a: &str, b: &str) -> bool {
    pairs.get(a).is_some_and(|bs| bs.contains(b))
}

/// Each narrower word's broader terms, by key.
static BROADER: LazyLock<Pairs> = LazyLock::new(|| {
    let mut m = Pairs::new();
    for (a, b) in relations::BROADER {
        m.entry(key(a)).or_default().insert(key(b));
    }
    m
});
static ALTERNATIVES: LazyLock<HashMap<String, Vec<usize>>> = LazyLock::new(|| {
    let mut m: HashMap<String, Vec<usize>> = HashMap::new();
    for (g, group) in relations::ALTERNATIVES.iter().enumerate() {
        for w in *group {
            m.entry(key(w)).or_default().push(g);
        }
    }
    m
});
/// Each word's antonyms, both ways, by key.
static ANTONYMS: LazyLock<Pairs> = LazyLock::new(|| {
    let mut m = Pairs::new();
    for (a, b) in relations::ANTONYMS {
        let (a, b) = (concept_key(a), concept_key(b));
        m.entry(a.clone()).or_default().insert(b.clone());
        m.entry(b).or_default().insert(a);
    }
    m
});

fn concept_key(w: &str) -> String {
    if w.starts_with('@') {
        w.to_string()
    } else {
        key(w)
    }
}

/// A table of word sequences ("the majority of", "more than"), indexed by
/// first word so that a reader asks only about the entries that can start
/// at a token rather than trying every entry at every token.
pub struct Phrases<E: 'static> {
    by_first: HashMap<&'static str, Vec<(&'static [&'static str], &'static E)>>,
}

impl<E> Phrases<E> {
    /// Compiles a table whose entries' words `words` gives; entries keep
    /// their table order.
    pub fn new(table: &'static [E], words: fn(&'static E) -> &'static [&'static str]) -> Self {
        let mut by_first: HashMap<&'static str, Vec<_>> = HashMap::new();
        for e in table {
            let seq = words(e);
            if let Some(first) = seq.first() {
                by_first.entry(*first).or_default().push((seq, e));
            }
        }
        Phrases { by_first }
    }

    /// The entries whose words are `word_at(0)`, `word_at(1)` … (`None` past
    /// the end), in table order, each with its length in words.
    pub fn matches<'a, 'w>(
        &'a self,
        word_at: impl Fn(usize) -> Option<&'w str> + 'a,
    ) -> impl Iterator<Item = (&'static E, usize)> + 'a {
        word_at(0)
            .and_then(|w| self.by_first.get(w))
            .into_iter()
            .flatten()
            .filter(move |(seq, _)| seq.iter().enumerate().all(|(k, w)| word_at(k) == Some(*w)))
            .map(|(seq, e)| (*e, seq.len()))
    }

    /// The longest entry that matches (the first in table order among
    /// equally long ones).
    pub fn longest<'w>(
        &self,
        word_at: impl Fn(usize) -> Option<&'w str>,
    ) -> Option<(&'static E, usize)> {
        let mut best: Option<(&'static E, usize)> = None;
        for (e, n) in self.matches(word_at) {
            if best.is_none_or(|(_, b)| n > b) {
                best = Some((e, n));
            }
        }
        best
    }
}

/// A table's words by their keys.
fn keys_of(words: &[&str]) -> HashSet<String> {
    words.iter().map(|w| key(w)).collect()
}

static COUNTRY_NOUNS: LazyLock<HashSet<String>> = LazyLock::new(|| keys_of(words::COUNTRY_NOUNS));
static OUTLET_NOUNS: LazyLock<HashSet<String>> = LazyLock::new(|| keys_of(titles::OUTLET_NOUNS));

/// Whether a key is a word for countries (see [`words::COUNTRY_NOUNS`]).
pub fn is_country_noun(key: &str) -> bool {
    COUNTRY_NOUNS.contains(key)
}

/// Whether a key is a word for a newspaper or broadcaster (see
/// [`titles::OUTLET_NOUNS`]).
pub fn is_outlet_noun(key: &str) -> bool {
    OUTLET_NOUNS.contains(key)
}

static LIGHT: LazyLock<HashSet<String>> = LazyLock::new(|| keys_of(words::LIGHT_VERBS));

/// Whether a key is a light verb's (see [`words::LIGHT_VERBS`]).
pub fn is_light_verb(key: &str) -> bool {
    LIGHT.contains(key)
}

static SUPPORT: LazyLock<HashSet<String>> = LazyLock::new(|| keys_of(words::SUPPORT_VERBS));

/// Whether a key is a support verb's (see [`words::SUPPORT_VERBS`]).
pub fn is_support_verb(key: &str) -> bool {
    SUPPORT.contains(key)
}

/// Whether one key is the other with a noun or adjective ending ("select"
/// and "selection", "elect" and "election", "arrive" and "arrival"), for
/// bases of five letters or more that do not change meaning with it (see
/// [`words::DERIVATION_EXCEPTIONS`]).
pub fn derived(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    let Some(rest) = long.strip_prefix(short) else {
        return false;
    };
    short.len() >= 5
        && words::DERIVATION_ENDINGS.contains(&rest)
        && !words::DERIVATION_EXCEPTIONS.contains(&short)
}

pub fn is_stopword(norm: &str) -> bool {
    STOP.contains(norm)
}

pub fn is_negator(norm: &str) -> bool {
    NEG.contains(norm)
}

pub fn is_possibility(norm: &str) -> bool {
    POSSIBLE.contains(norm)
}

pub fn is_future(norm: &str) -> bool {
    FUTURE.contains(norm)
}

pub fn is_title_word(norm: &str) -> bool {
    TITLES.contains(norm) || title_abbreviation(norm).is_some()
}

/// The title an abbreviation before a name stands for ("maj." → "major").
pub fn title_abbreviation(norm: &str) -> Option<&'static str> {
    titles::TITLE_ABBREVIATIONS
        .iter()
        .find(|(a, _)| *a == norm)
        .map(|&(_, full)| full)
}

pub fn is_role_head(norm: &str) -> bool {
    ROLES.contains(norm) || ROLES.contains(key(norm).as_str())
}

pub fn is_org_word(norm: &str) -> bool {
    ORGS.contains(norm) || ORGS.contains(key(norm).as_str())
}

/// Whether a key names an anonymous or generic speaker ("source",
/// "official").
pub fn is_anonymous_head(k: &str) -> bool {
    ANON.contains(k)
}

pub fn is_cue_noun(k: &str) -> bool {
    CUE_NOUNS.contains(k)
}

/// The class of a cue verb by key, and whether it needs a clear complement.
pub fn cue_verb(k: &str) -> Option<(CueClass, bool)> {
    CUE_VERBS.get(k).copied()
}

pub fn are_synonyms(a: &str, b: &str) -> bool {
    match (SYN.get(a), SYN.get(b)) {
        (Some(ga), Some(gb)) => ga.iter().any(|g| gb.contains(g)),
        _ => false,
    }
}

/// Whether the claim's `broad` word may stand for the article's `narrow` one.
pub fn is_broader(narrow: &str, broad: &str) -> bool {
    pair(&BROADER, narrow, broad)
}

/// Whether a claim's word with key `broad` may stand for an article's word
/// with key `narrow`: the same key, curated synonyms or a curated broader
/// term, or a WordNet synonym, derivation or hypernym of the key read as a
/// word. For callers that hold keys only; the matcher uses
/// [`WordRelations`].
pub fn stands_for(narrow: &str, broad: &str) -> bool {
    narrow == broad
        || are_synonyms(narrow, broad)
        || is_broader(narrow, broad)
        || key_link(broad, narrow).is_some_and(wordnet::Link::supports)
}

/// How WordNet relates a claim's word to an article's, both given as keys
/// (see [`word_of_key`]); nothing for a light verb.
fn key_link(claim: &str, article: &str) -> Option<wordnet::Link> {
    if is_light_verb(claim) || is_light_verb(article) {
        return None;
    }
    let c = word_of_key(claim);
    if !c.is_known() {
        return None;
    }
    wordnet::entailing_link(&c, &word_of_key(article))
}

/// WordNet's senses of the word a key stands for: the key itself, or the
/// word before the key's last two steps ("studi" → "study", "urg" →
/// "urge"; see [`stem::key`]).
fn word_of_key(k: &str) -> std::sync::Arc<wordnet::Word> {
    thread_local! {
        /// Keys' words, worked out once per thread.
        static KEY_WORDS: std::cell::RefCell<HashMap<Box<str>, std::sync::Arc<wordnet::Word>>> =
            std::cell::RefCell::new(HashMap::new());
    }
    if let Some(w) = KEY_WORDS.with_borrow(|m| m.get(k).cloned()) {
        return w;
    }
    let w = wordnet::word(k);
    let w = if w.is_known() {
        w
    } else {
        let candidates = [
            k.strip_suffix('i').map(|s| format!("{s}y")),
            Some(format!("{k}e")),
        ];
        candidates
            .into_iter()
            .flatten()
            .map(|c| wordnet::word(&c))
            .find(|w| w.is_known())
            .unwrap_or(w)
    };
    KEY_WORDS.with_borrow_mut(|m| remember(m, REMEMBERED_ARTICLE_WORDS, k.into(), w.clone()));
    w
}

/// Whether two keys mean the same: the same key, curated synonyms, or a
/// WordNet synonym or derivation of the keys read as words.
pub fn equivalent(a: &str, b: &str) -> bool {
    a == b
        || are_synonyms(a, b)
        || matches!(
            key_link(a, b),
            Some(wordnet::Link::Synonym | wordnet::Link::Derived)
        )
}

#[cfg(test)]
pub fn are_antonyms(a: &str, b: &str) -> bool {
    pair(&ANTONYMS, a, b)
        || (a != b
            && ALTERNATIVES.get(a).is_some_and(|ga| {
                ALTERNATIVES
                    .get(b)
                    .is_some_and(|gb| ga.iter().any(|g| gb.contains(g)))
            }))
}

/// Whether a word has an opposite in the antonym table ("lose", "rise").
pub fn has_antonym(a: &str) -> bool {
    ANTONYMS.contains_key(a)
}

/// Whether a word names a news outlet.
pub fn is_outlet(norm_phrase: &str) -> bool {
    titles::OUTLETS.contains(&norm_phrase)
}

#[cfg(test)]
mod derivation_tests {
    use super::*;

    #[test]
    fn derived_nouns_meet_their_verbs() {
        assert!(derived(&key("selection"), &key("selecting")));
        assert!(derived(&key("elected"), &key("election")));
        assert!(derived(&key("arrival"), &key("arrived")));
        assert!(!derived(&key("government"), &key("governing")));
        assert!(!derived(&key("statement"), &key("state")));
        assert!(!derived(&key("mental"), &key("men")));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_match_by_first_word_longest_first_listed_on_ties() {
        static TABLE: &[(&[&str], u8)] = &[
            (&["more", "than"], 1),
            (&["more"], 2),
            (&["more", "than", "half"], 3),
            (&["more", "than"], 4),
            (&["less", "than"], 5),
        ];
        let phrases = Phrases::new(TABLE, |e| e.0);
        let text = ["more", "than", "half", "of"];
        let at = |from: usize| move |k: usize| text.get(from + k).copied();
        let (e, n) = phrases.longest(at(0)).unwrap();
        assert_eq!((e.1, n), (3, 3));
        let all: Vec<u8> = phrases.matches(at(0)).map(|(e, _)| e.1).collect();
        assert_eq!(all, [1, 2, 3, 4]);
        // Cut short by the end of the sentence: "more than" at the end.
        let short = ["more", "than"];
        let (e, n) = phrases.longest(|k| short.get(k).copied()).unwrap();
        assert_eq!((e.1, n), (1, 2));
        assert!(phrases.longest(at(2)).is_none());
        assert!(phrases.longest(|_| None).is_none());
    }

    #[test]
    fn word_relations_list_exactly_the_keys_the_relations_accept() {
        // Every key any relation table holds, tried against every other.
        let mut all: Vec<&str> = SYN.keys().map(String::as_str).collect();
        for pairs in [&*ANTONYMS, &*BROADER, &*NARROWER] {
            all.extend(pairs.keys().map(String::as_str));
        }
        all.extend(ALTERNATIVES.keys().map(String::as_str));
        all.push("unrelatedword");
        all.sort_unstable();
        all.dedup();
        for &a in &all {
            let expected: Vec<&str> = all
                .iter()
                .copied()
                .filter(|&b| are_synonyms(a, b) || are_antonyms(a, b) || is_broader(b, a))
                .collect();
            let r = WordRelations::of(a);
            assert_eq!(r.keys(), expected, "{a}");
            for &b in &all {
                assert_eq!(r.synonym(b), are_synonyms(a, b), "{a} {b}");
                assert_eq!(r.broader_than(b), is_broader(b, a), "{a} {b}");
                assert_eq!(r.opposite(b), are_antonyms(a, b), "{a} {b}");
            }
        }
        assert!(WordRelations::of("unrelatedword").keys().is_empty());
    }

    #[test]
    fn relations_are_read_by_key() {
        assert!(are_synonyms(&key("deployed"), &key("send")));
        assert!(are_antonyms(&key("supported"), &key("opposed")));
        assert!(are_antonyms("@open-to", "@concern"));
        assert!(is_broader(&key("ministers"), &key("officials")));
        assert!(!is_broader(&key("officials"), &key("ministers")));
    }

    #[test]
    fn cue_verbs_by_key() {
        assert_eq!(
            cue_verb(&key("said")).map(|c| c.0),
            Some(CueClass::Assertive)
        );
        assert_eq!(
            cue_verb(&key("supported")).map(|c| c.0),
            Some(CueClass::Stance)
        );
        assert!(cue_verb(&key("deployed")).is_none());
    }
}
