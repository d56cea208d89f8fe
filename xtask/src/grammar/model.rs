//! The averaged perceptron that trains the grammar's linear models, and the
//! writer of the weight table the runtime reads in place
//! (`claimcheck`'s `grammar::model::Weights`).

use claimcheck::grammar::bin::{fingerprint, home};
use claimcheck::grammar::model::{ENTRY, INLINE, SLOT};
#[cfg(test)]
use claimcheck::grammar::model::{Features, Weights, hash_bytes};
use foldhash::{HashMap, HashMapExt};

/// Averaged weights: each feature's `(class, weight)` entries.
pub type Rows = Vec<(u64, Vec<(u16, f64)>)>;

/// One class's weight in a training row: its current value and the sum of
/// its values over all updates so far, brought up to date lazily.
#[derive(Clone, Copy)]
struct Param {
    class: u16,
    weight: i32,
    total: i64,
    stamp: u32,
}

/// An averaged perceptron. Updates are whole numbers, so training is exact
/// and the same data in the same order gives the same weights.
pub struct Trainer {
    classes: usize,
    rows: HashMap<u64, Vec<Param>>,
    /// When set, only these features are given weights.
    allowed: Option<foldhash::HashSet<u64>>,
    /// The number of updates so far (the averaging clock).
    now: u32,
}

impl Trainer {
    pub fn new(classes: usize) -> Trainer {
        Trainer {
            classes,
            rows: HashMap::new(),
            allowed: None,
            now: 0,
        }
    }

    /// Gives weights only to features seen at least `min` times in
    /// `counts`: rarer ones cost table space and lookups, and rarely
    /// generalise.
    pub fn restrict(&mut self, counts: &HashMap<u64, u32>, min: u32) {
        self.allowed = Some(
            counts
                .iter()
                .filter(|(_, n)| **n >= min)
                .map(|(h, _)| *h)
                .collect(),
        );
    }

    /// Scores of every class, with the current (not averaged) weights.
    pub fn score(&self, f: &[u64], scores: &mut Vec<i64>) {
        scores.clear();
        scores.resize(self.classes, 0);
        for h in f {
            if let Some(row) = self.rows.get(h) {
                for p in row {
                    scores[p.class as usize] += i64::from(p.weight);
                }
            }
        }
    }

    /// Moves the weights toward `truth` and away from `guess`.
    pub fn update(&mut self, f: &[u64], truth: usize, guess: usize) {
        self.now += 1;
        if truth == guess {
            return;
        }
        let now = self.now;
        for &h in f {
            if self.allowed.as_ref().is_some_and(|a| !a.contains(&h)) {
                continue;
            }
            let row = self.rows.entry(h).or_default();
            for (class, delta) in [(truth, 1), (guess, -1)] {
                let p = match row.iter().position(|p| p.class as usize == class) {
                    Some(k) => &mut row[k],
                    None => {
                        row.push(Param {
                            class: class as u16,
                            weight: 0,
                            total: 0,
                            stamp: now,
                        });
                        row.last_mut().expect("just pushed")
                    }
                };
                p.total += i64::from(p.weight) * i64::from(now - p.stamp);
                p.stamp = now;
                p.weight += delta;
            }
        }
    }

    /// Counts one decision that needed no update (it still ages the
    /// averages).
    pub fn tick(&mut self) {
        self.now += 1;
    }

    /// The averaged weights, sorted by feature.
    pub fn average(&self) -> Rows {
        let now = f64::from(self.now.max(1));
        let avg = |p: &Param| {
            (p.total + i64::from(p.weight) * i64::from(self.now - p.stamp)) as f64 / now
        };
        let mut out: Vec<(u64, Vec<(u16, f64)>)> = self
            .rows
            .iter()
            .filter_map(|(&h, row)| {
                let mut kept: Vec<(u16, f64)> = row
                    .iter()
                    .map(|p| (p.class, avg(p)))
                    .filter(|(_, w)| *w != 0.0)
                    .collect();
                kept.sort_by_key(|(c, _)| *c);
                (!kept.is_empty()).then_some((h, kept))
            })
            .collect();
        out.sort_by_key(|(h, _)| *h);
        out
    }
}

/// Serialises averaged weights as a [`Weights`] table, keeping entries of
/// magnitude at least `min`.
pub fn write(classes: usize, rows: &Rows, min: f64) -> Vec<u8> {
    let kept: Vec<(u64, Vec<(u16, f64)>)> = rows
        .iter()
        .map(|(h, r)| {
            (
                *h,
                r.iter()
                    .copied()
                    .filter(|(_, w)| w.abs() >= min)
                    .collect::<Vec<_>>(),
            )
        })
        .filter(|(_, r)| !r.is_empty())
        .collect();
    let top = kept
        .iter()
        .flat_map(|(_, r)| r.iter().map(|(_, w)| w.abs()))
        .fold(0.0, f64::max)
        .max(1e-9);
    let scale = f64::from(i16::MAX) / top;
    let len = kept.len() * 5 / 4 + 1;
    let mut table = vec![0u8; len * SLOT];
    let mut entries = Vec::new();
    let quantise = |w: f64| (w * scale).round() as i16;
    for (h, row) in &kept {
        let packed = match row.as_slice() {
            // A row of one entry lives in its slot: no second read.
            &[(c, w)] => INLINE | (u32::from(c as u8) << 16) | u32::from(quantise(w) as u16),
            _ => {
                let start = (entries.len() / ENTRY) as u32;
                for &(c, w) in row.iter().take(255) {
                    entries.push(c as u8);
                    entries.extend_from_slice(&quantise(w).to_le_bytes());
                }
                (start << 8) | row.len().min(255) as u32
            }
        };
        let mut k = home(*h, len);
        while table[k * SLOT..k * SLOT + 4] != [0; 4] {
            k = (k + 1) % len;
        }
        let slot = &mut table[k * SLOT..(k + 1) * SLOT];
        slot[..4].copy_from_slice(&fingerprint(*h).to_le_bytes());
        slot[4..8].copy_from_slice(&packed.to_le_bytes());
    }
    let mut out = Vec::new();
    out.extend_from_slice(&(classes as u32).to_le_bytes());
    out.extend_from_slice(&(len as u32).to_le_bytes());
    out.extend_from_slice(&table);
    out.extend_from_slice(&entries);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn feats(names: &[&str]) -> Vec<u64> {
        names.iter().map(|n| hash_bytes(n.as_bytes())).collect()
    }

    #[test]
    fn trainer_learns_a_separable_problem_and_the_table_scores_alike() {
        let mut t = Trainer::new(2);
        let data = [(feats(&["a", "x"]), 0), (feats(&["b", "x"]), 1)];
        let mut s = Vec::new();
        for _ in 0..5 {
            for (f, truth) in &data {
                t.score(f, &mut s);
                let guess = usize::from(s[1] > s[0]);
                t.update(f, *truth, guess);
            }
        }
        let bytes = write(2, &t.average(), 0.0);
        let w = Weights::read(&bytes).expect("reads");
        for (f, truth) in &data {
            let mut scores = [0; 2];
            w.score(f, &mut scores);
            assert_eq!(usize::from(scores[1] > scores[0]), *truth);
        }
        assert!(w.len() >= 2);
    }

    #[test]
    fn garbage_does_not_read_or_reads_harmlessly() {
        assert!(Weights::read(&[]).is_none());
        assert!(Weights::read(&[1, 0, 0, 0, 3, 0, 0, 0]).is_none());
        assert!(Weights::read(&[1, 0, 0, 0, 0, 0, 0, 0]).is_none());
        let mut bytes = write(2, &vec![(7, vec![(1, 1.0)])], 0.0);
        bytes.truncate(bytes.len() - 1);
        assert!(Weights::read(&bytes).is_none());
    }

    #[test]
    fn hashes_are_stable() {
        assert_eq!(hash_bytes(b"the"), hash_bytes(b"the"));
        assert_ne!(hash_bytes(b"the"), hash_bytes(b"The"));
        let mut f = Features::default();
        f.add(1, &[2]);
        f.add(2, &[1]);
        assert_ne!(f.hashes[0], f.hashes[1]);
    }
}
