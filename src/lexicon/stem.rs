//! Word keys for matching: irregular forms to their base, then a light
//! suffix stripper, so that `deployed`, `deploying` and `deployment` share the
//! key `deploy`, and `said` shares `say`.
//!
//! The stripper is deliberately conservative (it never strips `-er`, which
//! would merge `officer` with `office`) and is applied the same way to the
//! article and the claim, so a key need not be a real word.

use foldhash::{HashMap, HashMapExt, HashSet};
use std::sync::LazyLock;

/// Inflections WordNet's exception lists do not settle: irregular forms
/// that are words of their own ("found", "left", "saw"), contractions,
/// comparatives, and regular forms the suffix stripper below would get
/// wrong ("died", "using"). The other irregular forms come from WordNet
/// (see [`wordnet_base`]).
pub const IRREGULAR: &[(&str, &str)] = &[
    ("died", "die"),
    ("dying", "die"),
    ("tied", "tie"),
    ("lied", "lie"),
    ("lying", "lie"),
    ("using", "use"),
    ("agreed", "agree"),
    ("disagreed", "disagree"),
    ("freed", "free"),
    ("guaranteed", "guarantee"),
    ("says", "say"),
    ("sent", "send"),
    ("spoke", "speak"),
    ("left", "leave"),
    ("thought", "think"),
    ("found", "find"),
    ("led", "lead"),
    ("won", "win"),
    ("fell", "fall"),
    ("rose", "rise"),
    ("saw", "see"),
    ("felt", "feel"),
    ("chosen", "choose"),
    ("drew", "draw"),
    ("drove", "drive"),
    ("ate", "eat"),
    ("lent", "lend"),
    ("shot", "shoot"),
    ("sang", "sing"),
    ("sung", "sing"),
    ("sat", "sit"),
    ("stole", "steal"),
    ("tore", "tear"),
    ("bore", "bear"),
    ("dug", "dig"),
    ("fed", "feed"),
    ("lay", "lie"),
    ("shook", "shake"),
    ("wound", "wind"),
    ("bit", "bite"),
    ("does", "do"),
    ("having", "have"),
    ("are", "be"),
    ("being", "be"),
    ("am", "be"),
    ("'re", "be"),
    ("'m", "be"),
    ("'ve", "have"),
    ("'ll", "will"),
    ("'d", "would"),
    ("wo", "will"),
    ("ca", "can"),
    ("n't", "not"),
    ("men", "man"),
    ("women", "woman"),
    ("teeth", "tooth"),
    ("people", "people"),
    ("better", "good"),
    ("best", "good"),
    ("worse", "bad"),
    ("worst", "bad"),
    ("further", "far"),
    ("leaves", "leave"),
];

/// Words that end in `s` but are not plurals (or whose plural we keep).
const KEEP_S: &[&str] = &[
    "news",
    "series",
    "species",
    "means",
    "politics",
    "physics",
    "economics",
    "mathematics",
    "athletics",
    "always",
    "perhaps",
    "was",
    "has",
    "is",
    "this",
    "thus",
    "bus",
    "gas",
    "us",
    "yes",
    "less",
    "unless",
    "across",
    "as",
    "its",
    "his",
    "hers",
    "ours",
    "theirs",
    "yours",
    "towards",
    "afterwards",
    "whereas",
    "besides",
    "lens",
    "chaos",
    "bias",
    "atlas",
    "canvas",
    "alias",
    "status",
    "virus",
    "campus",
    "census",
    "consensus",
    "bonus",
    "corpus",
    "focus",
    "crisis",
    "basis",
    "analysis",
    "thesis",
    "diagnosis",
    "emphasis",
    "axis",
    "tennis",
    "aegis",
    "headquarters",
    "sometimes",
    "overseas",
    "whereabouts",
    "arms",
    "troops",
];

/// Words ending in -ly that are not adverbs of another word.
const NOT_ADVERBS: &[&str] = &[
    "family",
    "rally",
    "apply",
    "reply",
    "supply",
    "assembly",
    "anomaly",
    "ally",
    "belly",
    "bully",
    "jelly",
    "italy",
    "july",
    "holy",
    "only",
    "early",
    "daily",
    "weekly",
    "monthly",
    "yearly",
    "likely",
    "friendly",
    "lonely",
    "ugly",
    "silly",
    "holly",
    "lily",
    "elderly",
    "costly",
    "deadly",
    "lovely",
    "orderly",
    "fly",
    "quarterly",
    "hourly",
    "nightly",
    "curly",
    "burly",
    "surly",
    "homely",
    "comely",
    "kindly",
    "timely",
    "unlikely",
    "unruly",
    "monopoly",
    "multiply",
    "imply",
    "comply",
    "butterfly",
    "reply",
    "rely",
];

static IRREGULAR_MAP: LazyLock<HashMap<&'static str, &'static str>> =
    LazyLock::new(|| IRREGULAR.iter().copied().collect());

/// Whether a word is an irregular form: in [`IRREGULAR`] (as a form or a
/// base) or in WordNet's exception lists (see [`wordnet_base`]).
pub fn is_irregular(word: &str) -> bool {
    IRREGULAR_MAP.contains_key(word) || wordnet_base(word).is_some()
}

/// Whether a word is an irregular verb's inflected form ("went", "spoke",
/// "found"), not a base.
pub fn is_irregular_verb_form(word: &str) -> bool {
    IRREGULAR_MAP.get(word).is_some_and(|base| *base != word)
        || (super::wordnet::wordnet().is_verb_exception(word) && wordnet_base(word).is_some())
}

/// How many keys each thread remembers before it starts afresh.
const REMEMBERED_KEYS: usize = 1 << 16;

thread_local! {
    /// Keys already worked out on this thread: the matcher asks for the
    /// same few thousand words' keys over and over.
    static KEYS: std::cell::RefCell<HashMap<Box<str>, Box<str>>> =
        std::cell::RefCell::new(HashMap::new());
}

/// The matching key of a lowercase word.
pub fn key(word: &str) -> String {
    if let Some(k) = KEYS.with_borrow(|m| m.get(word).map(|k| k.to_string())) {
        return k;
    }
    let k = work_out_key(word);
    KEYS.with_borrow_mut(|m| super::remember(m, REMEMBERED_KEYS, word.into(), k.as_str().into()));
    k
}

/// Whether `word`'s key is `expected` (without a new string when the key is
/// remembered).
pub fn key_is(word: &str, expected: &str) -> bool {
    KEYS.with_borrow(|m| m.get(word).map(|k| &**k == expected))
        .unwrap_or_else(|| key(word) == expected)
}

/// The one base WordNet's exception lists give an irregular noun or verb
/// form ("went" → "go", "children" → "child"), unless the form is itself
/// a noun or verb ("found", "saw", "left"), which [`IRREGULAR`] decides.
pub fn wordnet_base(word: &str) -> Option<&'static str> {
    use super::wordnet::{NOUN, VERB, wordnet};
    let wn = wordnet();
    let base = wn.single_exception(word)?;
    if wn
        .lemma_id(word)
        .is_some_and(|id| wn.pos(id) & (NOUN | VERB) != 0)
    {
        return None;
    }
    Some(wn.lemma(base))
}

fn work_out_key(word: &str) -> String {
    let american = american_spelling(word);
    let word = american.as_deref().unwrap_or(word);
    if let Some(base) = wordnet_base(word) {
        return key(base);
    }
    if let Some(base) = IRREGULAR_MAP.get(word) {
        if *base == word {
            return word.to_string();
        }
        return key(base);
    }
    if !word.chars().all(|c| c.is_ascii_alphabetic()) || word.len() <= 3 {
        return word.to_string();
    }
    if KEEP_S_SET.contains(word) {
        return match word {
            "troops" => "troop".to_string(),
            "arms" => "arm".to_string(),
            _ => word.to_string(),
        };
    }
    // "fishermen", "policewomen": the plural of a "-man" compound.
    if let Some(s) = word.strip_suffix("men")
        && s.len() >= 3
    {
        return key(&format!("{s}man"));
    }
    let mut w = word.to_string();
    // Inflection.
    let mut stripped_verb = false;
    if let Some(s) = w.strip_suffix("ies") {
        if s.len() >= 2 {
            w = format!("{s}y");
        }
    } else if let Some(s) = w.strip_suffix("ied") {
        if s.len() >= 2 {
            w = format!("{s}y");
        }
    } else if let Some(s) = w.strip_suffix("es").filter(|s| {
        s.ends_with("ss")
            || s.ends_with('x')
            || s.ends_with("ch")
            || s.ends_with("sh")
            || s.ends_with('z')
    }) {
        w = s.to_string();
    } else if w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        w.pop();
    } else if let Some(s) = w
        .strip_suffix("ing")
        .filter(|s| s.len() >= 3 && has_vowel(s))
    {
        w = s.to_string();
        stripped_verb = true;
    } else if let Some(s) = w
        .strip_suffix("ed")
        .filter(|s| s.len() >= 3 && has_vowel(s))
    {
        w = s.to_string();
        stripped_verb = true;
    }
    if stripped_verb {
        w = undouble(&w);
    }
    // Adverbs: "swiftly" -> "swift".
    if !stripped_verb
        && let Some(s) = w.strip_suffix("ly")
        && s.len() >= 4
        && !NOT_ADVERBS_SET.contains(word)
    {
        w = s.to_string();
        if w.ends_with('i') {
            // "easily" -> "easy"
            w.pop();
            w.push('y');
        }
    }
    // Derivation.
    for (suffix, min) in [
        ("ments", 4),
        ("ment", 4),
        ("ness", 4),
        ("ations", 4),
        ("ation", 4),
    ] {
        if let Some(s) = w.strip_suffix(suffix)
            && s.len() >= min
        {
            w = s.to_string();
            break;
        }
    }
    // A final e goes, so that "urge" meets "urged" and "note" "noted".
    if w.len() > 3 && w.ends_with('e') && !w.ends_with("ee") {
        w.pop();
    }
    if w.len() > 4
        && w.ends_with('y')
        && !w.ends_with("ay")
        && !w.ends_with("ey")
        && !w.ends_with("oy")
    {
        w.pop();
        w.push('i');
    }
    w
}

static SPELLINGS: LazyLock<HashMap<&'static str, &'static str>> =
    LazyLock::new(|| super::words::SPELLINGS.iter().copied().collect());
static KEEP_S_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| KEEP_S.iter().copied().collect());
static NOT_ADVERBS_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| NOT_ADVERBS.iter().copied().collect());
static TRE_STEMS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| super::words::TRE_STEMS.iter().copied().collect());
static OUR_STEMS: LazyLock<Prefixes> = LazyLock::new(|| Prefixes::new(super::words::OUR_STEMS));
static ISE_WORDS: LazyLock<Prefixes> = LazyLock::new(|| Prefixes::new(super::words::ISE_WORDS));

/// A list of word beginnings, looked up by each beginning of a word rather
/// than by trying every entry.
struct Prefixes {
    /// Each entry with its place in the list.
    entries: HashMap<&'static str, usize>,
    longest: usize,
}

impl Prefixes {
    fn new(list: &'static [&'static str]) -> Prefixes {
        let mut entries = HashMap::new();
        for (i, w) in list.iter().enumerate() {
            entries.entry(*w).or_insert(i);
        }
        let longest = list.iter().map(|w| w.len()).max().unwrap_or(0);
        Prefixes { entries, longest }
    }

    /// The earliest entry of the list that `word` starts with.
    fn first_prefix_of(&self, word: &str) -> Option<&'static str> {
        (1..=word.len().min(self.longest))
            .filter(|&n| word.is_char_boundary(n))
            .filter_map(|n| self.entries.get_key_value(&word[..n]))
            .min_by_key(|(_, i)| **i)
            .map(|(w, _)| *w)
    }
}

/// British spellings in the American form, so that "organisation" meets
/// "organization", "labour" "labor" and "centre" "center": the words of
/// [`super::words::SPELLINGS`], "-our" stems of
/// [`super::words::OUR_STEMS`], "-ise"/"-yse" verbs and "-tre" nouns.
fn american_spelling(word: &str) -> Option<String> {
    if let Some(us) = SPELLINGS.get(word) {
        return Some((*us).to_string());
    }
    if let Some(stem) = OUR_STEMS.first_prefix_of(word) {
        return Some(format!(
            "{}or{}",
            &stem[..stem.len() - 3],
            &word[stem.len()..]
        ));
    }
    // "organise", "organised", "organisation", "analyse": an "is" or "ys"
    // after three letters and before e, i or a.
    let b = word.as_bytes();
    if word.len() >= 6 && word.is_ascii() {
        for i in (3..b.len() - 2).rev() {
            if (b[i] == b'i' || b[i] == b'y')
                && b[i + 1] == b's'
                && matches!(b[i + 2], b'e' | b'i' | b'a')
                && ISE_WORDS.first_prefix_of(word).is_none()
            {
                let mut s = word.to_string();
                s.replace_range(i + 1..i + 2, "z");
                return Some(s);
            }
        }
    }
    // "centre", "metres", "theatre".
    for (uk, us) in [("tre", "ter"), ("tres", "ters")] {
        if let Some(s) = word.strip_suffix(uk)
            && TRE_STEMS.contains(s)
        {
            return Some(format!("{s}{us}"));
        }
    }
    None
}

fn has_vowel(s: &str) -> bool {
    s.chars()
        .any(|c| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y'))
}

fn undouble(w: &str) -> String {
    let b = w.as_bytes();
    let n = b.len();
    if n >= 4
        && b[n - 1] == b[n - 2]
        && matches!(
            b[n - 1],
            b'b' | b'd' | b'g' | b'm' | b'n' | b'p' | b'r' | b't'
        )
    {
        return w[..n - 1].to_string();
    }
    w.to_string()
}

#[cfg(test)]
mod tests {
    #[test]
    fn prefixes_find_the_earliest_entry_a_word_starts_with() {
        static LIST: &[&str] = &["advertis", "adv", "ad", "zz"];
        let p = super::Prefixes::new(LIST);
        assert_eq!(p.first_prefix_of("advertised"), Some("advertis"));
        assert_eq!(p.first_prefix_of("advised"), Some("adv"));
        assert_eq!(p.first_prefix_of("adding"), Some("ad"));
        assert_eq!(p.first_prefix_of("a"), None);
        assert_eq!(p.first_prefix_of("énorme"), None);
        // Every British "-our" and "-ise" entry is found as its own prefix.
        for w in crate::lexicon::words::OUR_STEMS {
            assert_eq!(super::OUR_STEMS.first_prefix_of(w), Some(*w));
        }
    }

    #[test]
    fn short_and_irregular_past_forms_meet_their_base() {
        for (a, b) in [
            ("died", "die"),
            ("lying", "lie"),
            ("agreed", "agree"),
            ("using", "use"),
        ] {
            assert_eq!(super::key(a), super::key(b), "{a}");
        }
    }

    use super::key;

    #[test]
    fn british_and_american_spellings_share_a_key() {
        for (uk, us) in [
            ("organisation", "organization"),
            ("criticised", "criticized"),
            ("analysed", "analyzed"),
            ("labour", "labor"),
            ("favourite", "favorite"),
            ("centre", "center"),
            ("metres", "meters"),
            ("defence", "defense"),
            ("programme", "program"),
            ("travelled", "traveled"),
        ] {
            assert_eq!(key(uk), key(us), "{uk} / {us}");
        }
        // "-ise" words that have no "-ize" form keep their key.
        for w in ["promised", "advised", "exercise", "surprise"] {
            assert!(!key(w).contains('z'), "{w}: {}", key(w));
        }
        assert_ne!(key("hour"), key("hor"));
        assert_ne!(key("four"), key("for"));
    }

    #[test]
    fn inflections_share_a_key() {
        for group in [
            ["deploy", "deployed", "deployment"],
            ["add", "added", "adding"],
            ["swift", "swiftly", "swift"],
            ["support", "supported", "supporting"],
            ["plan", "plans", "planned"],
            ["create", "created", "creating"],
            ["country", "countries", "country"],
            ["provide", "provided", "provides"],
        ] {
            let k = key(group[0]);
            for w in group {
                assert_eq!(key(w), k, "{w}");
            }
        }
    }

    #[test]
    fn irregular_forms() {
        assert_eq!(key("said"), "say");
        assert_eq!(key("met"), "meet");
        assert_eq!(key("troops"), key("troop"));
    }

    #[test]
    fn short_verbs_keep_their_e() {
        assert_eq!(key("noted"), key("note"));
        assert_eq!(key("urged"), key("urge"));
        assert_eq!(key("stated"), key("state"));
        assert_eq!(key("making"), key("make"));
    }

    #[test]
    fn keeps_distinct_words_apart() {
        assert_ne!(key("officer"), key("office"));
        assert_eq!(key("news"), "news");
    }
}
