//! The dependency parser: greedy arc-hybrid transitions (Kuhlmann, Gómez-
//! Rodríguez and Satta 2011) scored by an averaged perceptron over the
//! rich feature set of Zhang and Nivre (2011), trained with the dynamic
//! oracle of Goldberg and Nivre (2013) on jackknifed tags.
//!
//! The root sits at the end of the buffer, so a sentence gets exactly one
//! root: it is attached last, to the one word left on the stack.

use super::bin::{self, Strings};
use super::model::{Features, Weights};

/// Transition classes: 0 shifts, `1 + 2l` attaches the stack's top to the
/// buffer's front with label `l`, `2 + 2l` attaches it to the word below.
pub const SHIFT: usize = 0;

const NO: u32 = u32::MAX;

/// A parser read from its model bytes.
pub struct Parser<'a> {
    weights: Weights<'a>,
    labels: Strings<'a>,
    root: usize,
}

/// A parser configuration. Index `n` is the root.
pub struct State {
    /// The number of words; `n` is the root.
    pub n: usize,
    pub stack: Vec<usize>,
    /// The buffer's front.
    pub b: usize,
    heads: Vec<u32>,
    labels: Vec<u16>,
    l1: Vec<u32>,
    l2: Vec<u32>,
    r1: Vec<u32>,
    r2: Vec<u32>,
    nl: Vec<u8>,
    nr: Vec<u8>,
    lset: Vec<u64>,
    rset: Vec<u64>,
}

impl State {
    pub fn new(n: usize) -> State {
        let m = n + 1;
        State {
            n,
            stack: Vec::with_capacity(n),
            b: 0,
            heads: vec![NO; m],
            labels: vec![0; m],
            l1: vec![NO; m],
            l2: vec![NO; m],
            r1: vec![NO; m],
            r2: vec![NO; m],
            nl: vec![0; m],
            nr: vec![0; m],
            lset: vec![0; m],
            rset: vec![0; m],
        }
    }

    pub fn done(&self) -> bool {
        self.stack.is_empty() && self.b == self.n
    }

    pub fn s(&self, k: usize) -> Option<usize> {
        self.stack.len().checked_sub(k + 1).map(|j| self.stack[j])
    }

    pub fn valid(&self, class: usize, root: usize) -> bool {
        let at_root = self.b == self.n;
        match class {
            SHIFT => !at_root,
            c if c % 2 == 1 => {
                let is_root = (c - 1) / 2 == root;
                !self.stack.is_empty()
                    && (at_root == is_root)
                    && (!at_root || self.stack.len() == 1)
            }
            c => self.stack.len() >= 2 && (c - 2) / 2 != root,
        }
    }

    pub fn apply(&mut self, class: usize) {
        if class == SHIFT {
            self.stack.push(self.b);
            self.b += 1;
            return;
        }
        let Some(d) = self.stack.pop() else { return };
        let (h, l) = if class % 2 == 1 {
            (self.b, (class - 1) / 2)
        } else {
            (
                self.stack.last().copied().unwrap_or(self.n),
                (class - 2) / 2,
            )
        };
        self.arc(h, d, l as u16);
    }

    fn arc(&mut self, h: usize, d: usize, l: u16) {
        self.heads[d] = h as u32;
        self.labels[d] = l;
        let d32 = d as u32;
        let bit = 1u64 << (l % 64);
        if d < h {
            self.nl[h] = self.nl[h].saturating_add(1);
            self.lset[h] |= bit;
            if self.l1[h] == NO || d32 < self.l1[h] {
                self.l2[h] = self.l1[h];
                self.l1[h] = d32;
            } else if self.l2[h] == NO || d32 < self.l2[h] {
                self.l2[h] = d32;
            }
        } else {
            self.nr[h] = self.nr[h].saturating_add(1);
            self.rset[h] |= bit;
            if self.r1[h] == NO || d32 > self.r1[h] {
                self.r2[h] = self.r1[h];
                self.r1[h] = d32;
            } else if self.r2[h] == NO || d32 > self.r2[h] {
                self.r2[h] = d32;
            }
        }
    }
}

/// Feature atoms of a position, or of none.
const NONE: u64 = 0x5eed_0001;

struct Atoms<'s> {
    words: &'s [u64],
    tags: &'s [u16],
    st: &'s State,
}

impl Atoms<'_> {
    fn w(&self, i: Option<usize>) -> u64 {
        i.and_then(|i| self.words.get(i).copied()).unwrap_or(NONE)
    }
    fn p(&self, i: Option<usize>) -> u64 {
        match i {
            Some(i) if i == self.st.n => 0x600d,
            Some(i) => self.tags.get(i).map_or(NONE, |&t| u64::from(t) + 0x1000),
            None => NONE,
        }
    }
    fn l(&self, i: Option<usize>) -> u64 {
        i.map_or(NONE, |i| u64::from(self.st.labels[i]) + 0x2000)
    }
}

fn child(v: &[u32], i: Option<usize>) -> Option<usize> {
    i.and_then(|i| v.get(i).copied())
        .filter(|&c| c != NO)
        .map(|c| c as usize)
}

pub fn features(words: &[u64], tags: &[u16], st: &State, f: &mut Features) {
    let a = Atoms { words, tags, st };
    let (s0, s1, s2) = (st.s(0), st.s(1), st.s(2));
    let b0 = Some(st.b);
    let b1 = (st.b < st.n).then_some(st.b + 1);
    let b2 = (st.b + 1 < st.n).then_some(st.b + 2);
    let (s0l, s0l2) = (child(&st.l1, s0), child(&st.l2, s0));
    let (s0r, s0r2) = (child(&st.r1, s0), child(&st.r2, s0));
    let (s1l, s1r) = (child(&st.l1, s1), child(&st.r1, s1));
    let (b0l, b0l2) = (child(&st.l1, b0), child(&st.l2, b0));
    let (s0w, s0p, b0w, b0p) = (a.w(s0), a.p(s0), a.w(b0), a.p(b0));
    let (s1w, s1p, b1w, b1p, b2w, b2p) = (a.w(s1), a.p(s1), a.w(b1), a.p(b1), a.w(b2), a.p(b2));
    let dist = s0.map_or(NONE, |s| ((st.b - s).min(6)) as u64);
    let val = |v: &[u8], i: Option<usize>| i.map_or(NONE, |i| u64::from(v[i]));
    let set = |v: &[u64], i: Option<usize>| i.map_or(NONE, |i| v[i]);
    f.clear();
    let mut t = 0u32;
    let mut add = |atoms: &[u64]| {
        f.add(t, atoms);
        t += 1;
    };
    add(&[]);
    // One word.
    add(&[s0w]);
    add(&[s0p]);
    add(&[s0w, s0p]);
    add(&[b0w]);
    add(&[b0p]);
    add(&[b0w, b0p]);
    add(&[b1w]);
    add(&[b1p]);
    add(&[b1w, b1p]);
    add(&[b2w]);
    add(&[b2p]);
    add(&[b2w, b2p]);
    add(&[s1w]);
    add(&[s1p]);
    add(&[s1w, s1p]);
    add(&[a.p(s2)]);
    // Two words.
    add(&[s0w, s0p, b0w, b0p]);
    add(&[s0w, s0p, b0w]);
    add(&[s0w, b0w, b0p]);
    add(&[s0w, s0p, b0p]);
    add(&[s0p, b0w, b0p]);
    add(&[s0w, b0w]);
    add(&[s0p, b0p]);
    add(&[b0p, b1p]);
    add(&[s1p, s0p]);
    add(&[s1w, s0w]);
    add(&[s1w, s0p]);
    add(&[s1p, s0w]);
    add(&[s1p, b0p]);
    add(&[s1w, b0w]);
    // Three words.
    add(&[b0p, b1p, b2p]);
    add(&[s0p, b0p, b1p]);
    add(&[s1p, s0p, b0p]);
    add(&[s0p, a.p(s0l), b0p]);
    add(&[s0p, a.p(s0r), b0p]);
    add(&[s0p, b0p, a.p(b0l)]);
    add(&[s1p, a.p(s1r), s0p]);
    add(&[s1p, a.p(s1l), s0p]);
    add(&[a.p(s2), s1p, s0p]);
    add(&[b0w, b1p, b2p]);
    add(&[s0w, b0p, b1p]);
    // Distance.
    add(&[s0w, dist]);
    add(&[s0p, dist]);
    add(&[b0w, dist]);
    add(&[b0p, dist]);
    add(&[s0w, b0w, dist]);
    add(&[s0p, b0p, dist]);
    // Valency.
    add(&[s0w, val(&st.nr, s0)]);
    add(&[s0p, val(&st.nr, s0)]);
    add(&[s0w, val(&st.nl, s0)]);
    add(&[s0p, val(&st.nl, s0)]);
    add(&[b0w, val(&st.nl, b0)]);
    add(&[b0p, val(&st.nl, b0)]);
    // Children.
    for c in [s0l, s0r, b0l, s1l, s1r] {
        add(&[a.w(c)]);
        add(&[a.p(c)]);
        add(&[a.l(c)]);
    }
    for c in [s0l2, s0r2, b0l2] {
        add(&[a.w(c)]);
        add(&[a.p(c)]);
        add(&[a.l(c)]);
    }
    add(&[s0p, a.p(s0l), a.p(s0l2)]);
    add(&[s0p, a.p(s0r), a.p(s0r2)]);
    add(&[b0p, a.p(b0l), a.p(b0l2)]);
    add(&[s0p, a.l(s0l), a.l(s0r)]);
    add(&[b0p, a.l(b0l), s0p]);
    // Label sets.
    add(&[s0w, set(&st.rset, s0)]);
    add(&[s0p, set(&st.rset, s0)]);
    add(&[s0w, set(&st.lset, s0)]);
    add(&[s0p, set(&st.lset, s0)]);
    add(&[b0w, set(&st.lset, b0)]);
    add(&[b0p, set(&st.lset, b0)]);
}

impl<'a> Parser<'a> {
    pub fn read(bytes: &'a [u8]) -> Option<Parser<'a>> {
        let s = bin::read(bytes)?;
        let labels = Strings::read(s.get(1)?)?;
        let root = (0..labels.len()).find(|&k| labels.get(k) == "root")?;
        Some(Parser {
            weights: Weights::read(s.first()?)?,
            labels,
            root,
        })
    }

    pub fn label(&self, k: u16) -> &'a str {
        self.labels.get(k as usize)
    }

    /// Heads (`None` for the root) and label ids of a sentence's words,
    /// given their word atoms and tags.
    pub fn parse(&self, words: &[u64], tags: &[u16]) -> (Vec<Option<usize>>, Vec<u16>) {
        let n = words.len();
        let mut st = State::new(n);
        let mut f = Features::default();
        let classes = self.weights.classes();
        let mut scores = vec![0i32; classes];
        while !st.done() {
            features(words, tags, &st, &mut f);
            scores.iter_mut().for_each(|s| *s = 0);
            self.weights.score(&f.hashes, &mut scores);
            let best = (0..classes)
                .filter(|&c| st.valid(c, self.root))
                .max_by_key(|&c| (scores[c], std::cmp::Reverse(c)));
            match best {
                Some(c) => st.apply(c),
                None => break,
            }
        }
        let heads = (0..n)
            .map(|i| {
                let h = st.heads[i] as usize;
                (h < n).then_some(h)
            })
            .collect();
        (heads, st.labels[..n].to_vec())
    }
}
