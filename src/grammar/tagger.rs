//! The part-of-speech tagger: a greedy left-to-right averaged perceptron
//! over word, affix, shape, WordNet and context features. It predicts the
//! UPOS and Penn tag together, as one class ("VERB VBD").
//!
//! Frequent words that the treebank tags one way at least 97% of the time
//! skip the model: their tag is looked up.

use super::bin::{self, Strings};
use super::lemma;
use super::lex::{self, Lex};
use super::model::{Features, Rows, Trainer, Weights, write as write_weights};
use super::train::Rng;

/// A tagger read from its model bytes.
pub struct Tagger<'a> {
    weights: Weights<'a>,
    classes: Strings<'a>,
    dict_words: Strings<'a>,
    dict_tags: &'a [u8],
    lemma_keys: Strings<'a>,
    lemma_values: Strings<'a>,
    /// The training words (folded, lowercase) and their WordNet masks, so
    /// that only a word the treebank lacks is looked up in WordNet.
    known: Strings<'a>,
    masks: &'a [u8],
}

/// A training sentence: forms and their gold classes.
pub struct Example {
    pub forms: Vec<String>,
    pub tags: Vec<u16>,
}

/// Atom for "no word/tag here" (before the sentence or after it).
const NONE: u64 = 0x5eed;

fn features(lex: &[Lex], i: usize, p1: u64, p2: u64, f: &mut Features) {
    let w = &lex[i];
    let at = |k: isize| {
        let j = i as isize + k;
        (j >= 0).then(|| lex.get(j as usize)).flatten()
    };
    let word = |k: isize| at(k).map_or(NONE, |l| l.lower);
    let suf3 = |k: isize| at(k).map_or(NONE, |l| l.suffix[2]);
    f.clear();
    f.add(0, &[]);
    f.add(1, &[w.lower]);
    for (k, s) in w.suffix.iter().enumerate() {
        f.add(2 + k as u32, &[*s]);
    }
    for (k, p) in w.prefix.iter().enumerate() {
        f.add(6 + k as u32, &[*p]);
    }
    f.add(9, &[w.shape]);
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
    f.add(22, &[w.wordnet]);
    f.add(23, &[w.wordnet, w.suffix[2]]);
    f.add(24, &[u64::from(i == 0), w.shape]);
    f.add(25, &[p1, w.suffix[2]]);
    f.add(26, &[w.cased]);
    f.add(27, &[p1, word(1)]);
    f.add(28, &[w.flags, w.wordnet]);
    f.add(29, &[at(1).map_or(NONE, |l| l.shape), w.shape]);
    f.add(30, &[word(1), word(2)]);
    f.add(31, &[word(-1), word(-2)]);
}

impl<'a> Tagger<'a> {
    /// Reads a model written by [`train`].
    pub fn read(bytes: &'a [u8]) -> Option<Tagger<'a>> {
        let s = bin::read(bytes)?;
        Some(Tagger {
            weights: Weights::read(s.first()?)?,
            classes: Strings::read(s.get(1)?)?,
            dict_words: Strings::read(s.get(2)?)?,
            dict_tags: s.get(3)?,
            lemma_keys: Strings::read(s.get(4)?)?,
            lemma_values: Strings::read(s.get(5)?)?,
            known: Strings::read(s.get(6)?)?,
            masks: s.get(7)?,
        })
    }

    /// The class names ("UPOS XPOS").
    pub fn class(&self, k: u16) -> &'a str {
        self.classes.get(k as usize)
    }

    pub fn class_count(&self) -> usize {
        self.classes.len()
    }

    /// The lemma of a form with class `k`.
    pub fn lemma(&self, form: &str, k: u16) -> String {
        let (upos, xpos) = self.class(k).split_once(' ').unwrap_or(("X", ""));
        match self.lemma_keys.find(&lemma::key(form, xpos)) {
            Some(i) => self.lemma_values.get(i).to_string(),
            None => lemma::by_rule(form, upos, xpos),
        }
    }

    /// The tag the dictionary fixes for a word.
    fn fixed(&self, form: &str) -> Option<u16> {
        let k = self.dict_words.find(form)?;
        let b = self.dict_tags.get(2 * k..2 * k + 2)?;
        Some(u16::from_le_bytes([b[0], b[1]]))
    }

    /// WordNet's parts of speech for a word (see [`lex::wordnet_mask`]).
    fn mask(&self, form: &str) -> u64 {
        let lower = lex::lower(form);
        match self.known.find(&lower) {
            Some(k) => u64::from(self.masks.get(k).copied().unwrap_or(0)),
            None => lex::wordnet_mask(&lower),
        }
    }

    /// The class of each form.
    pub fn tag(&self, forms: &[&str]) -> Vec<u16> {
        let mut lex: Vec<Lex> = forms.iter().map(|f| Lex::new(f)).collect();
        let mut out: Vec<u16> = Vec::with_capacity(forms.len());
        let mut f = Features::default();
        let mut scores = vec![0i32; self.weights.classes()];
        for (i, form) in forms.iter().enumerate() {
            let (p1, p2) = history(&out, i);
            let tag = self.fixed(form).unwrap_or_else(|| {
                lex[i].wordnet = self.mask(form);
                features(&lex, i, p1, p2, &mut f);
                scores.iter_mut().for_each(|s| *s = 0);
                self.weights.score(&f.hashes, &mut scores);
                argmax(&scores) as u16
            });
            out.push(tag);
        }
        out
    }
}

/// The previous two predicted classes as atoms.
fn history(tags: &[u16], i: usize) -> (u64, u64) {
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

/// Words the dictionary fixes: seen at least 20 times, one class at least
/// 97% of the time.
fn dictionary(examples: &[Example]) -> Vec<(String, u16)> {
    let mut counts: std::collections::BTreeMap<&str, std::collections::BTreeMap<u16, u32>> =
        Default::default();
    for e in examples {
        for (form, &tag) in e.forms.iter().zip(&e.tags) {
            *counts.entry(form).or_default().entry(tag).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .filter_map(|(w, tags)| {
            let total: u32 = tags.values().sum();
            let (&tag, &n) = tags
                .iter()
                .max_by_key(|(t, n)| (**n, std::cmp::Reverse(**t)))?;
            (total >= 20 && f64::from(n) >= 0.97 * f64::from(total)).then(|| (w.to_string(), tag))
        })
        .collect()
}

/// What a trained tagger holds before it is written.
pub struct Trained {
    pub rows: Rows,
    dict: Vec<(String, u16)>,
    known: Vec<(String, u8)>,
}

/// The model bytes of a trained tagger, keeping weights of at least `min`.
pub fn model_bytes(
    t: &Trained,
    classes: &[String],
    lemmas: &[(String, String)],
    min: f64,
) -> Vec<u8> {
    let words: Vec<&str> = t.dict.iter().map(|(w, _)| w.as_str()).collect();
    let tags: Vec<u8> = t.dict.iter().flat_map(|(_, t)| t.to_le_bytes()).collect();
    bin::write(&[
        write_weights(classes.len(), &t.rows, min),
        bin::write_strings(classes),
        bin::write_strings(&words),
        tags,
        bin::write_strings(&lemmas.iter().map(|l| l.0.as_str()).collect::<Vec<_>>()),
        bin::write_strings(&lemmas.iter().map(|l| l.1.as_str()).collect::<Vec<_>>()),
        bin::write_strings(&t.known.iter().map(|k| k.0.as_str()).collect::<Vec<_>>()),
        t.known.iter().map(|k| k.1).collect(),
    ])
}

/// Trains a tagger for `epochs` passes over `examples` (shuffled with
/// `seed`).
pub fn train(examples: &[Example], classes: &[String], epochs: usize, seed: u64) -> Trained {
    let dict = dictionary(examples);
    let fixed: foldhash::HashMap<&str, u16> = dict.iter().map(|(w, t)| (w.as_str(), *t)).collect();
    let known: std::collections::BTreeMap<String, u8> = examples
        .iter()
        .flat_map(|e| &e.forms)
        .map(|f| {
            let lower = lex::lower(f);
            let mask = lex::wordnet_mask(&lower) as u8;
            (lower, mask)
        })
        .collect();
    let lexes: Vec<Vec<Lex>> = examples
        .iter()
        .map(|e| {
            e.forms
                .iter()
                .map(|f| Lex {
                    wordnet: u64::from(known.get(&lex::lower(f)).copied().unwrap_or(0)),
                    ..Lex::new(f)
                })
                .collect()
        })
        .collect();
    let mut t = Trainer::new(classes.len());
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = Rng::new(seed);
    let mut f = Features::default();
    let mut scores = Vec::new();
    for _ in 0..epochs {
        rng.shuffle(&mut order);
        for &k in &order {
            let e = &examples[k];
            let mut out: Vec<u16> = Vec::with_capacity(e.tags.len());
            for i in 0..e.tags.len() {
                if let Some(&tag) = fixed.get(e.forms[i].as_str()) {
                    out.push(tag);
                    continue;
                }
                let (p1, p2) = history(&out, i);
                features(&lexes[k], i, p1, p2, &mut f);
                t.score(&f.hashes, &mut scores);
                let guess = argmax(&scores);
                t.update(&f.hashes, e.tags[i] as usize, guess);
                out.push(guess as u16);
            }
        }
    }
    Trained {
        rows: t.average(),
        dict,
        known: known.into_iter().collect(),
    }
}
