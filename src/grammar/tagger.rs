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
use super::model::{Features, Rows, Trainer, Weights, write as write_weights};
use super::train::Rng;

/// A tagger read from its model bytes.
pub struct Tagger<'a> {
    weights: Weights<'a>,
    classes: Strings<'a>,
    lemma_keys: Strings<'a>,
    lemma_values: Strings<'a>,
    /// The training words, by their cased atom: a [`WordRecord`] each.
    words: Map<'a>,
}

/// What the model knows of a training word: the tag the dictionary fixes
/// (`u16::MAX` for none), and either the summed weights of its word-only
/// features (for a word seen [`ROW_MIN_COUNT`] times) or only its WordNet
/// mask.
struct WordRecord<'a> {
    tag: Option<u16>,
    mask: Option<u8>,
    row: &'a [u8],
}

/// How often a training word must occur for its word-only weights to be
/// stored summed: the 4,100 such words cover 88% of the treebank's
/// tokens, and the rarer 15,000 would cost 5 MB more.
const ROW_MIN_COUNT: u32 = 5;

const NO_TAG: u16 = u16::MAX;
const ROW_ENTRY: usize = 5;

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

fn write_record(tag: Option<u16>, mask: Option<u8>, scores: &[i32]) -> Vec<u8> {
    let mut r = tag.unwrap_or(NO_TAG).to_le_bytes().to_vec();
    if let (None, Some(mask)) = (tag, mask) {
        r.push(mask);
    } else if tag.is_none() {
        for (c, &w) in scores.iter().enumerate().filter(|(_, w)| **w != 0) {
            r.push(c as u8);
            r.extend_from_slice(&w.to_le_bytes());
        }
    }
    r
}

/// A training sentence: forms and their gold classes.
pub struct Example {
    pub forms: Vec<String>,
    pub tags: Vec<u16>,
}

/// Atom for "no word/tag here" (before the sentence or after it).
const NONE: u64 = 0x5eed;

/// The features that read only the word itself.
fn word_features(w: &Lex, f: &mut Features) {
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
fn context_features(lex: &[Lex], i: usize, p1: u64, p2: u64, f: &mut Features) {
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

/// All the features of word `i`.
fn features(lex: &[Lex], i: usize, p1: u64, p2: u64, f: &mut Features) {
    f.clear();
    word_features(&lex[i], f);
    context_features(lex, i, p1, p2, f);
}

impl<'a> Tagger<'a> {
    /// Reads a model written by [`train`].
    pub fn read(bytes: &'a [u8]) -> Option<Tagger<'a>> {
        let s = bin::read(bytes)?;
        Some(Tagger {
            weights: Weights::read(s.first()?)?,
            classes: Strings::read(s.get(1)?)?,
            lemma_keys: Strings::read(s.get(2)?)?,
            lemma_values: Strings::read(s.get(3)?)?,
            words: Map::read(s.get(4)?)?,
        })
    }

    /// The class names ("UPOS XPOS").
    pub fn class(&self, k: u16) -> &'a str {
        self.classes.get(k as usize)
    }

    /// The UPOS and Penn tag of class `k`.
    pub fn tags_of(&self, k: u16) -> (&'a str, &'a str) {
        self.class(k).split_once(' ').unwrap_or(("X", ""))
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
    /// Each training form, its WordNet mask and how often it occurs.
    known: Vec<(String, u8, u32)>,
}

/// The model bytes of a trained tagger, keeping weights of at least `min`.
pub fn model_bytes(
    t: &Trained,
    classes: &[String],
    lemmas: &[(String, String)],
    min: f64,
) -> Vec<u8> {
    let weights = write_weights(classes.len(), &t.rows, min);
    let Some(w) = Weights::read(&weights) else {
        return Vec::new();
    };
    let fixed: std::collections::BTreeMap<&str, u16> =
        t.dict.iter().map(|(w, tag)| (w.as_str(), *tag)).collect();
    let mut records: std::collections::BTreeMap<u64, Vec<u8>> = Default::default();
    let mut f = Features::default();
    for (form, mask, count) in &t.known {
        let lex = Lex {
            wordnet: u64::from(*mask),
            ..Lex::new(form)
        };
        records.entry(lex.cased).or_insert_with(|| {
            let mut scores = vec![0i32; classes.len()];
            f.clear();
            word_features(&lex, &mut f);
            w.score(&f.hashes, &mut scores);
            let only_mask = (*count < ROW_MIN_COUNT).then_some(*mask);
            write_record(fixed.get(form.as_str()).copied(), only_mask, &scores)
        });
    }
    let records: Vec<(u64, Vec<u8>)> = records.into_iter().collect();
    bin::write(&[
        weights.clone(),
        bin::write_strings(classes),
        bin::write_strings(&lemmas.iter().map(|l| l.0.as_str()).collect::<Vec<_>>()),
        bin::write_strings(&lemmas.iter().map(|l| l.1.as_str()).collect::<Vec<_>>()),
        bin::write_map(&records),
    ])
}

/// Trains a tagger for `epochs` passes over `examples` (shuffled with
/// `seed`).
pub fn train(examples: &[Example], classes: &[String], epochs: usize, seed: u64) -> Trained {
    let dict = dictionary(examples);
    let fixed: foldhash::HashMap<&str, u16> = dict.iter().map(|(w, t)| (w.as_str(), *t)).collect();
    let mut known: std::collections::BTreeMap<String, (u8, u32)> = Default::default();
    for form in examples.iter().flat_map(|e| &e.forms) {
        known
            .entry(form.clone())
            .or_insert_with(|| (lex::wordnet_mask(&lex::lower(form)) as u8, 0))
            .1 += 1;
    }
    let lexes: Vec<Vec<Lex>> = examples
        .iter()
        .map(|e| {
            e.forms
                .iter()
                .map(|f| Lex {
                    wordnet: u64::from(known.get(f).map_or(0, |k| k.0)),
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
        known: known.into_iter().map(|(f, (m, n))| (f, m, n)).collect(),
    }
}
