//! WordNet's lemmatiser, morphy: a word form's base forms are the form
//! itself, the bases its exception lists give ("went" → "go"), and what its
//! part of speech's suffix rules give ("buses" → "bus", "denied" → "deny"),
//! each kept only when WordNet holds it in that part of speech.
//!
//! Unlike WordNet's morphy, it leaves adjectives' comparatives and
//! superlatives alone: "largest" is not "large", and a claim that says
//! one must not be met by the other.

use super::{NOUN, VERB, WordNet};

/// (ending, replacement) per part of speech, as WordNet's `morph.c` for
/// nouns and verbs.
pub const RULES: &[(u8, &str, &str)] = &[
    (NOUN, "s", ""),
    (NOUN, "ses", "s"),
    (NOUN, "xes", "x"),
    (NOUN, "zes", "z"),
    (NOUN, "ches", "ch"),
    (NOUN, "shes", "sh"),
    (NOUN, "men", "man"),
    (NOUN, "ies", "y"),
    (VERB, "s", ""),
    (VERB, "ies", "y"),
    (VERB, "es", "e"),
    (VERB, "es", ""),
    (VERB, "ed", "e"),
    (VERB, "ed", ""),
    (VERB, "ing", "e"),
    (VERB, "ing", ""),
];

/// Irregular plurals WordNet's exception lists lack because the plural is
/// a lemma of its own: "people" is also the plural of "person".
const PLURALS: &[(&str, &str)] = &[("people", "person")];

/// The lemma ids a lowercase word form may stand for, sorted.
pub fn lemmas(wn: &WordNet, word: &str) -> Vec<u32> {
    let mut out: Vec<u32> = wn.exceptions(word);
    out.extend(
        PLURALS
            .iter()
            .filter(|(plural, _)| *plural == word)
            .filter_map(|(_, singular)| wn.lemma_id(singular)),
    );
    out.extend(wn.lemma_id(word));
    let mut base = String::new();
    for &(pos, ending, with) in RULES {
        let Some(stem) = word.strip_suffix(ending).filter(|s| s.len() >= 2) else {
            continue;
        };
        base.clear();
        base.push_str(stem);
        base.push_str(with);
        // A doubled consonant before "-ed" or "-ing": "stopped" → "stop".
        let undoubled = undouble(stem, with);
        for candidate in [Some(base.as_str()), undoubled.as_deref()]
            .into_iter()
            .flatten()
        {
            if let Some(id) = wn.lemma_id(candidate).filter(|&id| wn.pos(id) & pos != 0) {
                out.push(id);
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// "stopp" → "stop" for a verb ending stripped to nothing.
pub fn undouble(stem: &str, with: &str) -> Option<String> {
    let b = stem.as_bytes();
    let n = b.len();
    (with.is_empty() && n >= 3 && b[n - 1] == b[n - 2] && !b"aeiouls".contains(&b[n - 1]))
        .then(|| stem[..n - 1].to_string())
}
