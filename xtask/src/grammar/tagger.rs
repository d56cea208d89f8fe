//! Training the tagger: the averaged perceptron over the runtime's
//! features, the dictionary of unambiguous words, and the model bytes.

use super::bin;
use super::model::{Rows, Trainer, write as write_weights};
use super::train::Rng;
use claimcheck::grammar::lex::{self, Lex};
use claimcheck::grammar::model::{Features, Weights};
use claimcheck::grammar::tagger::{NO_TAG, argmax, context_features, history, word_features};

/// All the features of word `i`.
pub fn features(lex: &[Lex], i: usize, p1: u64, p2: u64, f: &mut Features) {
    f.clear();
    word_features(&lex[i], f);
    context_features(lex, i, p1, p2, f);
}

/// How often a training word must occur for its word-only weights to be
/// stored summed: the 4,100 such words cover 88% of the treebank's
/// tokens, and the rarer 15,000 would cost 5 MB more.
const ROW_MIN_COUNT: u32 = 5;

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
