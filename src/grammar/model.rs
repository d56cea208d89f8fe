//! A linear model over hashed features: the averaged perceptron that trains
//! it, and the compact table it is shipped as.
//!
//! A feature is a 64-bit hash of a template and its atoms (see
//! [`Features`]). Training keeps, for each feature, a short row of the
//! classes it has weights for. The shipped table keeps each feature whose
//! averaged weights are not all near zero, in an open-addressing hash table
//! keyed by the hash's high 32 bits, with its row of `(class, weight)`
//! entries quantised to 16 bits. The table is read in place: loading it is
//! checking a few lengths.

use super::bin::{fingerprint, home, u32_at};

/// A stable 64-bit hash of bytes (FNV-1a, then mixed): the same on every
/// platform and every build, since a shipped model stores its results.
pub fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    mix(h)
}

/// splitmix64's finaliser.
pub fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The hashes of one decision's features.
#[derive(Default)]
pub struct Features {
    pub hashes: Vec<u64>,
}

impl Features {
    pub fn clear(&mut self) {
        self.hashes.clear();
    }

    /// Adds template `t` over `atoms`.
    pub fn add(&mut self, t: u32, atoms: &[u64]) {
        let mut h = mix(u64::from(t).wrapping_add(0x9e37_79b9_7f4a_7c15));
        for &a in atoms {
            h = mix(h ^ a.wrapping_add(0x9e37_79b9_7f4a_7c15));
        }
        self.hashes.push(h);
    }
}

/// The shipped weights, read in place from bytes written by [`write`].
#[derive(Clone, Copy)]
pub struct Weights<'a> {
    /// Slots of a fingerprint (0: empty) and a row's first entry (24 bits)
    /// and length (8 bits).
    slots: &'a [u8],
    len: usize,
    /// `(class: u8, weight: i16)` entries.
    entries: &'a [u8],
    classes: usize,
}

pub const SLOT: usize = 8;

/// The mark of a slot that holds its row's only entry: class in bits
/// 16–23, weight in bits 0–15. Other slots hold the row's first entry
/// (shifted left 8, below this bit) and its length.
pub const INLINE: u32 = 1 << 31;
/// The bytes of one `(class, weight)` entry of a row.
pub const ENTRY: usize = 3;

impl<'a> Weights<'a> {
    /// Reads a table; `None` when its lengths do not add up.
    pub fn read(bytes: &'a [u8]) -> Option<Weights<'a>> {
        let classes = u32_at(bytes, 0) as usize;
        let len = u32_at(bytes, 4) as usize;
        if len == 0 || classes == 0 || classes > 256 {
            return None;
        }
        let end = 8usize.checked_add(len.checked_mul(SLOT)?)?;
        let table = bytes.get(8..end)?;
        let entries = bytes.get(end..)?;
        (entries.len() % ENTRY == 0).then_some(Weights {
            slots: table,
            len,
            entries,
            classes,
        })
    }

    pub fn classes(&self) -> usize {
        self.classes
    }

    /// Adds the weights of features `f` to `scores` (one per class).
    ///
    /// The home slots of all features are read first, in one pass whose
    /// loads do not wait on each other, so that their cache misses
    /// overlap; the rows are read after.
    pub fn score(&self, f: &[u64], scores: &mut [i32]) {
        const BATCH: usize = 128;
        let mut found = [0u32; BATCH];
        for chunk in f.chunks(BATCH) {
            for (slot, &h) in found.iter_mut().zip(chunk) {
                *slot = u32_at(self.slots, home(h, self.len) * SLOT);
            }
            for (&first, &h) in found.iter().zip(chunk) {
                if first == 0 {
                    continue;
                }
                if let Some(packed) = self.find(h) {
                    self.add_row(packed, scores);
                }
            }
        }
    }

    /// The packed row of feature `h`.
    fn find(&self, h: u64) -> Option<u32> {
        let fp = fingerprint(h);
        let mut k = home(h, self.len);
        // A table is never written full, so an empty slot ends every
        // search; the bound only guards a damaged one.
        for _ in 0..self.len {
            let at = k * SLOT;
            match u32_at(self.slots, at) {
                0 => return None,
                x if x == fp => return Some(u32_at(self.slots, at + 4)),
                _ => k = if k + 1 == self.len { 0 } else { k + 1 },
            }
        }
        None
    }

    fn add_row(&self, packed: u32, scores: &mut [i32]) {
        if packed & INLINE != 0 {
            if let Some(s) = scores.get_mut(((packed >> 16) & 0xff) as usize) {
                *s += i32::from(packed as u16 as i16);
            }
            return;
        }
        let start = (packed >> 8) as usize * ENTRY;
        let len = (packed & 0xff) as usize * ENTRY;
        let Some(row) = self.entries.get(start..start + len) else {
            return;
        };
        for e in row.chunks_exact(ENTRY) {
            if let Some(s) = scores.get_mut(e[0] as usize) {
                *s += i32::from(i16::from_le_bytes([e[1], e[2]]));
            }
        }
    }

    /// The number of features kept (for the trainer's tests).
    #[cfg(feature = "internals")]
    pub fn len(&self) -> usize {
        (0..self.len)
            .filter(|&k| u32_at(self.slots, k * SLOT) != 0)
            .count()
    }

    #[cfg(feature = "internals")]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
