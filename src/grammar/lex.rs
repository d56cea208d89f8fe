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

/// A form folded (see [`fold`]) and lowercased, in one pass.
pub fn lower(form: &str) -> String {
    if form.is_ascii() {
        return form.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(form.len());
    for c in fold(form).chars() {
        out.extend(c.to_lowercase());
    }
    out
}

impl Lex {
    /// A word's atoms, but for [`Lex::wordnet`], which the caller sets
    /// where a feature needs it (see [`wordnet_mask`]).
    pub fn new(form: &str) -> Lex {
        let folded;
        let form = if form.is_ascii() {
            form
        } else {
            folded = fold(form);
            folded.as_str()
        };
        let lower = lower(form);
        let bytes = lower.as_bytes();
        let mut ends = [lower.len(); 3];
        for (k, (b, _)) in lower.char_indices().skip(1).take(3).enumerate() {
            ends[k] = b;
        }
        let mut starts = [0; 4];
        for (k, (b, _)) in lower.char_indices().rev().take(4).enumerate() {
            starts[k] = b;
        }
        Lex {
            lower: hash_bytes(bytes),
            cased: hash_bytes(form.as_bytes()) ^ 1,
            prefix: [0, 1, 2].map(|k| hash_bytes(&bytes[..ends[k]]) ^ (k as u64 + 1)),
            suffix: [0, 1, 2, 3].map(|k| hash_bytes(&bytes[starts[k]..]) ^ ((k as u64 + 1) << 8)),
            shape: hash_bytes(shape(form).as_bytes()) ^ 2,
            wordnet: 0,
            flags: u64::from(form.contains('-'))
                | u64::from(form.bytes().any(|b| b.is_ascii_digit())) << 1
                | u64::from(form.chars().any(char::is_uppercase)) << 2,
        }
    }
}

/// The atom the parser knows a word by: its folded lowercase form.
pub fn word_atom(form: &str) -> u64 {
    hash_bytes(lower(form).as_bytes())
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
pub fn wordnet_mask(lower: &str) -> u64 {
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
        assert_ne!(a.suffix[2], Lex::new("sang").suffix[2]);
        assert_eq!(a.prefix[2], Lex::new("Run").prefix[2]);
        assert_eq!(Lex::new("don\u{2019}t").lower, Lex::new("don't").lower);
        assert_eq!(lower("D\u{00c9}J\u{00c0}"), "d\u{e9}j\u{e0}");
        assert_ne!(a.prefix[0], a.suffix[0]);
    }

    #[test]
    fn wordnet_knows_parts_of_speech() {
        assert_ne!(wordnet_mask("running") & u64::from(wordnet::VERB), 0);
        assert_eq!(wordnet_mask("the"), 0);
        assert_eq!(fold("don\u{2019}t"), "don't");
    }
}
