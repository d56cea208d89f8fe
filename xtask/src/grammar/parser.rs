//! Training the parser: the dynamic oracle of Goldberg and Nivre (2013)
//! over the runtime's arc-hybrid transitions and features, with
//! exploration, and the model bytes.

use super::bin;
use super::model::{Rows, Trainer, write as write_weights};
use super::train::Rng;
use claimcheck::grammar::model::Features;
use claimcheck::grammar::parser::{SHIFT, State, features};

/// The class that attaches the stack's top to the buffer's front with
/// label `l` (the runtime's `parser::SHIFT` documents the classes).
fn left(l: usize) -> usize {
    1 + 2 * l
}

/// The class that attaches the stack's top to the word below it.
fn right(l: usize) -> usize {
    2 + 2 * l
}

/// A training sentence: word atoms, predicted tags, gold heads (`n` for
/// the root) and gold labels.
pub struct Example {
    pub words: Vec<u64>,
    pub tags: Vec<u16>,
    pub heads: Vec<usize>,
    pub labels: Vec<u16>,
}

/// The cost of each of the three moves against gold heads: how many
/// gold arcs it makes unreachable.
fn costs(st: &State, gold: &[usize]) -> [u32; 3] {
    let (s0, s1) = (st.s(0), st.s(1));
    let deps_in_buffer = |w: usize| (st.b..st.n).filter(|&d| gold[d] == w).count() as u32;
    let shift = if st.b == st.n {
        u32::MAX
    } else {
        let b0 = st.b;
        let head_lost = st.stack.iter().any(|&s| gold[b0] == s && Some(s) != s0);
        let deps_lost = st.stack.iter().filter(|&&s| gold[s] == b0).count() as u32;
        u32::from(head_lost) + deps_lost
    };
    let Some(s0) = s0 else {
        return [shift, u32::MAX, u32::MAX];
    };
    let deps = deps_in_buffer(s0);
    let h = gold[s0];
    let left = u32::from(h != st.b && (Some(h) == s1 || h > st.b)) + deps;
    let right = match s1 {
        Some(s1) => u32::from(h != s1 && h >= st.b) + deps,
        None => u32::MAX,
    };
    [shift, left, right]
}

/// The move classes of least cost, with the label each should carry.
fn gold_moves(st: &State, ex: &Example, root: usize, classes: usize) -> Vec<usize> {
    let costs = costs(st, &ex.heads);
    let label = |s0: usize| {
        if st.b == st.n {
            root
        } else {
            ex.labels[s0] as usize
        }
    };
    let mut cands: Vec<(u32, usize)> = Vec::with_capacity(3);
    if st.valid(SHIFT, root) {
        cands.push((costs[0], SHIFT));
    }
    if let Some(s0) = st.s(0) {
        let l = label(s0);
        for (cost, class) in [(costs[1], left(l)), (costs[2], right(l))] {
            if class < classes && st.valid(class, root) {
                cands.push((cost, class));
            }
        }
    }
    let min = cands.iter().map(|c| c.0).min().unwrap_or(0);
    cands
        .into_iter()
        .filter(|c| c.0 == min)
        .map(|c| c.1)
        .collect()
}

/// The model bytes of averaged weights, keeping entries of at least `min`.
pub fn model_bytes(rows: &Rows, labels: &[String], min: f64) -> Vec<u8> {
    bin::write(&[
        write_weights(1 + 2 * labels.len(), rows, min),
        bin::write_strings(labels),
    ])
}

/// How often each feature occurs along the oracle's paths.
fn gold_feature_counts(
    examples: &[Example],
    root: usize,
    classes: usize,
) -> foldhash::HashMap<u64, u32> {
    let mut counts: foldhash::HashMap<u64, u32> = Default::default();
    let mut f = Features::default();
    for ex in examples {
        let mut st = State::new(ex.words.len());
        while !st.done() {
            features(&ex.words, &ex.tags, &st, &mut f);
            for &h in &f.hashes {
                *counts.entry(h).or_default() += 1;
            }
            let Some(&m) = gold_moves(&st, ex, root, classes).first() else {
                break;
            };
            st.apply(m);
        }
    }
    counts
}

/// Trains a parser over `examples` and returns its averaged weights.
pub fn train(
    examples: &[Example],
    labels: &[String],
    epochs: usize,
    seed: u64,
    min_count: u32,
) -> Rows {
    let classes = 1 + 2 * labels.len();
    let root = labels.iter().position(|l| l == "root").unwrap_or(0);
    let mut t = Trainer::new(classes);
    if min_count > 1 {
        t.restrict(&gold_feature_counts(examples, root, classes), min_count);
    }
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = Rng::new(seed);
    let mut f = Features::default();
    let mut scores = Vec::new();
    for epoch in 0..epochs {
        rng.shuffle(&mut order);
        for &k in &order {
            let ex = &examples[k];
            let mut st = State::new(ex.words.len());
            while !st.done() {
                features(&ex.words, &ex.tags, &st, &mut f);
                t.score(&f.hashes, &mut scores);
                let valid: Vec<usize> = (0..classes).filter(|&c| st.valid(c, root)).collect();
                let Some(&guess) = valid
                    .iter()
                    .max_by_key(|&&c| (scores[c], std::cmp::Reverse(c)))
                else {
                    break;
                };
                let gold = gold_moves(&st, ex, root, classes);
                let Some(&best_gold) = gold
                    .iter()
                    .max_by_key(|&&c| (scores[c], std::cmp::Reverse(c)))
                else {
                    break;
                };
                t.update(&f.hashes, best_gold, guess);
                let explore = epoch > 0 && rng.below(10) < 9;
                st.apply(if gold.contains(&guess) || explore {
                    guess
                } else {
                    best_gold
                });
            }
        }
    }
    t.average()
}
