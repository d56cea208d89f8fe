//! What the tagger and parser know of a word before context: its lowercase
//! form, affixes, shape and the parts of speech WordNet gives it, each as a
//! feature atom (a stable hash).

use super::model::hash_bytes;
use crate::lexicon::wordnet;

/// A word's atoms.
#[derive(Clone, Copy, Debug, Default)]
pub struct Lex {
    pub lower: u64,
    pub cased: u64,
    pub prefix: [u64; 3],
    pub suffix: [u64; 4],
    pub shape: u64,
    /// WordNet's parts of speech for the word's possible lemmas, a bit mask.
    pub wordnet: u64,
    /// Whether the word has a hyphen, a digit, an upper-case letter.
    pub flags: u64,
}

/// The form the models read: typographic quotes and apostrophes folded to
/// the treebank's straight ones, and dashes to a hyphen.
pub fn fold(form: &str) -> String {
    form.chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{02bc}' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            '\u{2013}' | '\u{2014}' => '-',
            c => c,
        })
        .collect()
}

impl Lex {
    pub fn new(form: &str) -> Lex {
        let form = fold(form);
        let lower = form.to_lowercase();
        let chars: Vec<(usize, char)> = lower.char_indices().collect();
        let n = chars.len();
        let prefix = |k: usize| {
            let end = chars.get(k).map_or(lower.len(), |c| c.0);
            hash_bytes(&lower.as_bytes()[..end]) ^ (k as u64)
        };
        let suffix = |k: usize| {
            let start = if k >= n { 0 } else { chars[n - k].0 };
            hash_bytes(&lower.as_bytes()[start..]) ^ ((k as u64) << 8)
        };
        Lex {
            lower: hash_bytes(lower.as_bytes()),
            cased: hash_bytes(form.as_bytes()) ^ 1,
            prefix: [prefix(1), prefix(2), prefix(3)],
            suffix: [suffix(1), suffix(2), suffix(3), suffix(4)],
            shape: hash_bytes(shape(&form).as_bytes()) ^ 2,
            wordnet: wordnet_mask(&lower),
            flags: u64::from(form.contains('-'))
                | u64::from(form.bytes().any(|b| b.is_ascii_digit())) << 1
                | u64::from(form.chars().any(char::is_uppercase)) << 2,
        }
    }
}

/// The atom the parser knows a word by: its folded lowercase form.
pub fn word_atom(form: &str) -> u64 {
    hash_bytes(fold(form).to_lowercase().as_bytes())
}

/// "McDonald's" → "XxXx'x", "1,200" → "d,d": each run of one kind of
/// character written once, at most eight runs.
pub fn shape(form: &str) -> String {
    let mut out = String::new();
    let mut last = None;
    for c in form.chars() {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        if last != Some(k) {
            out.push(k);
            last = Some(k);
        }
        if out.len() >= 8 {
            break;
        }
    }
    out
}

/// The parts of speech WordNet holds for any lemma the form may be.
fn wordnet_mask(lower: &str) -> u64 {
    if !lower.chars().all(|c| c.is_alphabetic() || c == '-') {
        return 0;
    }
    let wn = wordnet::wordnet();
    let mut mask = 0u64;
    for id in wn.lemmas(lower) {
        mask |= u64::from(wn.pos(id));
        // Whether the form is itself the lemma: "run" against "running".
        if wn.lemma(id) == lower {
            mask |= 16;
        }
    }
    mask
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_and_affixes() {
        assert_eq!(shape("McDonald's"), "XxXx'x");
        assert_eq!(shape("1,200"), "d,d");
        let a = Lex::new("Running");
        let b = Lex::new("running");
        assert_eq!(a.lower, b.lower);
        assert_ne!(a.cased, b.cased);
        assert_eq!(a.suffix[2], Lex::new("sing").suffix[2]);
        assert_ne!(a.prefix[0], a.suffix[0]);
    }

    #[test]
    fn wordnet_knows_parts_of_speech() {
        assert_ne!(wordnet_mask("running") & u64::from(wordnet::VERB), 0);
        assert_eq!(wordnet_mask("the"), 0);
        assert_eq!(fold("don\u{2019}t"), "don't");
    }
}
