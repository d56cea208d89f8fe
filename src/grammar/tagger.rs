//! The part-of-speech tagger: a greedy left-to-right averaged perceptron
//! over word, affix, shape, WordNet and context features. It predicts the
//! UPOS and Penn tag together, as one class ("VERB VBD").
//!
//! Frequent words that the treebank tags one way at least 97% of the time
//! skip the model: their tag is looked up. For every other word of the
//! training data the model stores, beside its WordNet parts of speech, the
//! summed weights of the features that read only the word itself, so that
//! a known word costs one lookup for those and only its context features
//! are looked up one by one.

use super::bin::{self, Map, Strings};
use super::lemma;
use super::lex::{self, Lex};
use super::model::{Features, Weights};

/// A tagger read from its model bytes.
pub struct Tagger<'a> {
    weights: Weights<'a>,
    /// Each class ("UPOS XPOS") split into its UPOS and Penn tag once, for
    /// [`Tagger::tags_of`], which the readers ask of every word.
    tags: Vec<(&'a str, &'a str)>,
    lemma_keys: Strings<'a>,
    lemma_values: Strings<'a>,
    /// The training words, by their cased atom: a [`WordRecord`] each.
    words: Map<'a>,
}

/// What the model knows of a training word: the tag the dictionary fixes
/// (`u16::MAX` for none), and either the summed weights of its word-only
/// features (for a word seen often enough in training) or only its WordNet
/// mask.
struct WordRecord<'a> {
    tag: Option<u16>,
    mask: Option<u8>,
    row: &'a [u8],
}

/// The tag of a record whose word the dictionary does not fix.
pub const NO_TAG: u16 = u16::MAX;
/// The bytes of one `(class, weight)` entry of a record's row.
pub const ROW_ENTRY: usize = 5;

impl<'a> WordRecord<'a> {
    fn read(r: &'a [u8]) -> Option<WordRecord<'a>> {
        let tag = u16::from_le_bytes([*r.first()?, *r.get(1)?]);
        let mask = (r.len() == 3).then(|| r[2]);
        Some(WordRecord {
            tag: (tag != NO_TAG).then_some(tag),
            mask,
            row: if mask.is_some() { &[] } else { r.get(2..)? },
        })
    }

    fn add_to(&self, scores: &mut [i32]) {
        for e in self.row.chunks_exact(ROW_ENTRY) {
            if let Some(s) = scores.get_mut(e[0] as usize) {
                *s += i32::from_le_bytes([e[1], e[2], e[3], e[4]]);
            }
        }
    }
}

/// Atom for "no word/tag here" (before the sentence or after it).
const NONE: u64 = 0x5eed;

/// The features that read only the word itself.
pub fn word_features(w: &Lex, f: &mut Features) {
    f.add(1, &[w.lower]);
    for (k, s) in w.suffix.iter().enumerate() {
        f.add(2 + k as u32, &[*s]);
    }
    for (k, p) in w.prefix.iter().enumerate() {
        f.add(6 + k as u32, &[*p]);
    }
    f.add(9, &[w.shape]);
    f.add(22, &[w.wordnet]);
    f.add(23, &[w.wordnet, w.suffix[2]]);
    f.add(26, &[w.cased]);
    f.add(28, &[w.flags, w.wordnet]);
}

/// The features that read the word's neighbours or the tags before it.
pub fn context_features(lex: &[Lex], i: usize, p1: u64, p2: u64, f: &mut Features) {
    let w = &lex[i];
    let at = |k: isize| {
        let j = i as isize + k;
        (j >= 0).then(|| lex.get(j as usize)).flatten()
    };
    let word = |k: isize| at(k).map_or(NONE, |l| l.lower);
    let suf3 = |k: isize| at(k).map_or(NONE, |l| l.suffix[2]);
    f.add(0, &[]);
    f.add(10, &[p1]);
    f.add(11, &[p2]);
    f.add(12, &[p1, p2]);
    f.add(13, &[p1, w.lower]);
    f.add(14, &[word(-1)]);
    f.add(15, &[suf3(-1)]);
    f.add(16, &[word(-2)]);
    f.add(17, &[word(1)]);
    f.add(18, &[suf3(1)]);
    f.add(19, &[word(2)]);
    f.add(20, &[word(-1), w.lower]);
    f.add(21, &[w.lower, word(1)]);
    f.add(24, &[u64::from(i == 0), w.shape]);
    f.add(25, &[p1, w.suffix[2]]);
    f.add(27, &[p1, word(1)]);
    f.add(29, &[at(1).map_or(NONE, |l| l.shape), w.shape]);
    f.add(30, &[word(1), word(2)]);
    f.add(31, &[word(-1), word(-2)]);
}

impl<'a> Tagger<'a> {
    /// Reads a model written by [`train`].
    pub fn read(bytes: &'a [u8]) -> Option<Tagger<'a>> {
        let s = bin::read(bytes)?;
        let classes = Strings::read(s.get(1)?)?;
        let tags = (0..classes.len())
            .map(|k| classes.get(k).split_once(' ').unwrap_or(("X", "")))
            .collect();
        Some(Tagger {
            weights: Weights::read(s.first()?)?,
            tags,
            lemma_keys: Strings::read(s.get(2)?)?,
            lemma_values: Strings::read(s.get(3)?)?,
            words: Map::read(s.get(4)?)?,
        })
    }

    /// The UPOS and Penn tag of class `k`.
    pub fn tags_of(&self, k: u16) -> (&'a str, &'a str) {
        self.tags.get(k as usize).copied().unwrap_or(("X", ""))
    }

    /// The lemma of a form with class `k`.
    pub fn lemma(&self, form: &str, k: u16) -> String {
        let (upos, xpos) = self.tags_of(k);
        match self.lemma_keys.find(&lemma::key(form, xpos)) {
            Some(i) => self.lemma_values.get(i).to_string(),
            None => lemma::by_rule(form, upos, xpos),
        }
    }

    /// The class of each form.
    pub fn tag(&self, forms: &[&str]) -> Vec<u16> {
        let mut lex: Vec<Lex> = forms.iter().map(|f| Lex::new(f)).collect();
        let mut out: Vec<u16> = Vec::with_capacity(forms.len());
        let mut f = Features::default();
        let mut scores = vec![0i32; self.weights.classes()];
        for i in 0..forms.len() {
            let known = self.words.get(lex[i].cased).and_then(WordRecord::read);
            if let Some(tag) = known.as_ref().and_then(|r| r.tag) {
                out.push(tag);
                continue;
            }
            let (p1, p2) = history(&out, i);
            scores.iter_mut().for_each(|s| *s = 0);
            f.clear();
            match &known {
                Some(record) if record.mask.is_none() => record.add_to(&mut scores),
                _ => {
                    lex[i].wordnet = match known.as_ref().and_then(|r| r.mask) {
                        Some(mask) => u64::from(mask),
                        None => lex::wordnet_mask(&lex::lower(forms[i])),
                    };
                    word_features(&lex[i], &mut f);
                }
            }
            context_features(&lex, i, p1, p2, &mut f);
            self.weights.score(&f.hashes, &mut scores);
            out.push(argmax(&scores) as u16);
        }
        out
    }
}

/// The previous two predicted classes as atoms.
pub fn history(tags: &[u16], i: usize) -> (u64, u64) {
    let prev = |k: usize| {
        i.checked_sub(k)
            .map_or(NONE, |j| u64::from(tags[j]).wrapping_add(0x100))
    };
    (prev(1), prev(2))
}

/// The first highest score.
pub fn argmax<T: PartialOrd + Copy>(scores: &[T]) -> usize {
    let mut best = 0;
    for (k, &s) in scores.iter().enumerate() {
        if s > scores[best] {
            best = k;
        }
    }
    best
}
