//! Training both models from a treebank: the tagger on the training
//! sentences, the parser on the same sentences with tags predicted by
//! taggers that did not see them (ten-way jackknifing), so that it learns
//! from tags as good as it will get.

use super::{parser, tagger};
use crate::conllu::Sentence;
use claimcheck::grammar::{lemma, lex};

/// A small deterministic random number generator (xorshift64*).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }

    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = self.below(i as u64 + 1) as usize;
            v.swap(i, j);
        }
    }
}

/// Training settings.
#[derive(Clone, Copy, Debug)]
pub struct Settings {
    pub tagger_epochs: usize,
    pub parser_epochs: usize,
    /// Parser features seen fewer times along the oracle's paths get no
    /// weight.
    pub parser_min_count: u32,
    pub folds: usize,
    pub seed: u64,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            tagger_epochs: 10,
            parser_epochs: 15,
            parser_min_count: 3,
            folds: 10,
            seed: 1,
        }
    }
}

/// The trained models' bytes.
pub struct Models {
    pub tagger: Vec<u8>,
    pub parser: Vec<u8>,
}

/// Both models' averaged weights, before pruning.
pub struct Trained {
    classes: Vec<String>,
    labels: Vec<String>,
    lemmas: Vec<(String, String)>,
    tagger: tagger::Trained,
    parser: super::model::Rows,
}

/// The smallest weights kept (in perceptron updates, averaged): below
/// these, weights cost more in size than they give in accuracy (see the
/// README's Grammar section).
pub const TAGGER_MIN: f64 = 1.0;
pub const PARSER_MIN: f64 = 1.0;

impl Trained {
    /// The model bytes, keeping weights of at least these magnitudes.
    pub fn models(&self, tagger_min: f64, parser_min: f64) -> Models {
        Models {
            tagger: tagger::model_bytes(&self.tagger, &self.classes, &self.lemmas, tagger_min),
            parser: parser::model_bytes(&self.parser, &self.labels, parser_min),
        }
    }
}

/// The tag class of a treebank word: "UPOS XPOS".
pub fn class_name(w: &crate::conllu::Word) -> String {
    format!("{} {}", w.upos, w.xpos)
}

fn sorted_unique(items: impl Iterator<Item = String>) -> Vec<String> {
    let set: std::collections::BTreeSet<String> = items.collect();
    set.into_iter().collect()
}

/// Trains the tagger and the parser on `sentences`. `progress` hears what
/// is being done.
pub fn train(sentences: &[Sentence], s: Settings, progress: &dyn Fn(&str)) -> Trained {
    let sentences: Vec<&Sentence> = sentences.iter().filter(|x| !x.words.is_empty()).collect();
    let words = || sentences.iter().flat_map(|x| x.words.iter());
    let classes = sorted_unique(words().map(class_name));
    let labels = sorted_unique(words().map(|w| w.deprel.clone()));
    let class_of =
        |w: &crate::conllu::Word| classes.binary_search(&class_name(w)).unwrap_or(0) as u16;
    let examples: Vec<tagger::Example> = sentences
        .iter()
        .map(|x| tagger::Example {
            forms: x.words.iter().map(|w| w.form.clone()).collect(),
            tags: x.words.iter().map(class_of).collect(),
        })
        .collect();
    progress("tagger");
    let lemmas = lemma_exceptions(words());
    let tagger = tagger::train(&examples, &classes, s.tagger_epochs, s.seed);
    // A parser trained for no epochs needs no tags: the tagger alone is
    // being tried.
    let predicted = if s.parser_epochs == 0 {
        examples.iter().map(|e| e.tags.clone()).collect()
    } else {
        jackknife(&examples, &classes, s, progress)
    };
    let parser_examples: Vec<parser::Example> = sentences
        .iter()
        .zip(predicted)
        .map(|(x, tags)| parser::Example {
            words: x.words.iter().map(|w| lex::word_atom(&w.form)).collect(),
            tags,
            heads: x
                .words
                .iter()
                .map(|w| w.head.unwrap_or(x.words.len()))
                .collect(),
            labels: x
                .words
                .iter()
                .map(|w| labels.binary_search(&w.deprel).unwrap_or(0) as u16)
                .collect(),
        })
        .collect();
    progress("parser");
    let parser = parser::train(
        &parser_examples,
        &labels,
        s.parser_epochs,
        s.seed,
        s.parser_min_count,
    );
    Trained {
        classes,
        labels,
        lemmas,
        tagger,
        parser,
    }
}

/// The treebank lemmas the rules get wrong: for each lowercase form and
/// Penn tag, its most frequent lemma where that differs from
/// [`lemma::by_rule`]'s. Sorted by key.
pub fn lemma_exceptions<'s>(
    words: impl Iterator<Item = &'s crate::conllu::Word>,
) -> Vec<(String, String)> {
    use std::collections::BTreeMap;
    let mut counts: BTreeMap<String, BTreeMap<(String, String, String), u32>> = BTreeMap::new();
    for w in words {
        let lemma_key = (w.lemma.clone(), w.upos.clone(), w.form.clone());
        *counts
            .entry(lemma::key(&w.form, &w.xpos))
            .or_default()
            .entry(lemma_key)
            .or_default() += 1;
    }
    counts
        .into_iter()
        .filter_map(|(k, lemmas)| {
            let ((lemma, upos, form), _) = lemmas
                .into_iter()
                .max_by_key(|(l, n)| (*n, std::cmp::Reverse(l.clone())))?;
            let xpos = k.split('\t').nth(1).unwrap_or("");
            (lemma::by_rule(&form, &upos, xpos) != lemma && !lemma.is_empty() && lemma != "_")
                .then_some((k, lemma))
        })
        .collect()
}

/// Each sentence's tags as predicted by a tagger trained without its fold.
fn jackknife(
    examples: &[tagger::Example],
    classes: &[String],
    s: Settings,
    progress: &dyn Fn(&str),
) -> Vec<Vec<u16>> {
    let folds = s.folds.max(2);
    let fold = |k: usize| -> Vec<(usize, Vec<u16>)> {
        let train: Vec<tagger::Example> = examples
            .iter()
            .enumerate()
            .filter(|(i, _)| i % folds != k)
            .map(|(_, e)| tagger::Example {
                forms: e.forms.clone(),
                tags: e.tags.clone(),
            })
            .collect();
        let trained = tagger::train(&train, classes, s.tagger_epochs, s.seed + k as u64);
        let bytes = tagger::model_bytes(&trained, classes, &[], 0.0);
        let Some(t) = claimcheck::grammar::tagger::Tagger::read(&bytes) else {
            return Vec::new();
        };
        examples
            .iter()
            .enumerate()
            .filter(|(i, _)| i % folds == k)
            .map(|(i, e)| {
                let forms: Vec<&str> = e.forms.iter().map(String::as_str).collect();
                (i, t.tag(&forms))
            })
            .collect()
    };
    let mut out: Vec<Vec<u16>> = examples.iter().map(|e| e.tags.clone()).collect();
    let results: Vec<Vec<(usize, Vec<u16>)>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..2)
            .map(|half| {
                let fold = &fold;
                scope.spawn(move || {
                    (0..folds)
                        .filter(|k| k % 2 == half)
                        .map(fold)
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    });
    progress("jackknifed");
    for (i, tags) in results.into_iter().flatten() {
        out[i] = tags;
    }
    out
}
