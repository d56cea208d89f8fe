//! The container the grammar models are shipped in: numbered sections of
//! bytes, and sorted string lists that are searched in place.
//!
//! Layout: `"CCGR"`, a version, the section count, each section's length,
//! then the sections, each padded to four bytes. Nothing is parsed when a
//! model loads; a section is a slice of the embedded bytes.

pub const MAGIC: &[u8; 4] = b"CCGR";
pub const VERSION: u32 = 1;

pub fn u32_at(b: &[u8], k: usize) -> u32 {
    b.get(k..k + 4)
        .map_or(0, |s| u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
}

/// Splits a buffer written by [`write`] into its sections; `None` when it
/// is not one.
pub fn read(bytes: &[u8]) -> Option<Vec<&[u8]>> {
    if bytes.get(..4)? != MAGIC || u32_at(bytes, 4) != VERSION {
        return None;
    }
    let n = u32_at(bytes, 8) as usize;
    let mut at = 12usize.checked_add(n.checked_mul(4)?)?;
    let mut out = Vec::with_capacity(n.min(64));
    for k in 0..n {
        let len = u32_at(bytes, 12 + 4 * k) as usize;
        out.push(bytes.get(at..at.checked_add(len)?)?);
        at = at.checked_add(len)?.next_multiple_of(4);
    }
    Some(out)
}

/// A string list read in place.
#[derive(Clone, Copy, Default)]
pub struct Strings<'a> {
    bytes: &'a [u8],
    len: usize,
}

impl<'a> Strings<'a> {
    pub fn read(bytes: &'a [u8]) -> Option<Strings<'a>> {
        let len = u32_at(bytes, 0) as usize;
        let last = u32_at(bytes, 4 + 4 * len) as usize;
        let data = 8usize.checked_add(len.checked_mul(4)?)?;
        (bytes.len() >= data.checked_add(last)?).then_some(Strings { bytes, len })
    }

    pub fn len(&self) -> usize {
        self.len
    }

    #[cfg(feature = "internals")]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn get(&self, k: usize) -> &'a str {
        std::str::from_utf8(self.raw(k)).unwrap_or("")
    }

    fn raw(&self, k: usize) -> &'a [u8] {
        if k >= self.len {
            return &[];
        }
        let data = 8 + 4 * self.len;
        let from = u32_at(self.bytes, 4 + 4 * k) as usize;
        let to = u32_at(self.bytes, 8 + 4 * k) as usize;
        self.bytes.get(data + from..data + to).unwrap_or(&[])
    }

    /// The position of `s` in a sorted list.
    pub fn find(&self, s: &str) -> Option<usize> {
        let (mut lo, mut hi) = (0, self.len);
        while lo < hi {
            let mid = (lo + hi) / 2;
            match self.raw(mid).cmp(s.as_bytes()) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return Some(mid),
            }
        }
        None
    }
}

/// The slot a key's search starts at, in a table of `len` slots.
pub fn home(h: u64, len: usize) -> usize {
    ((u128::from(h) * len as u128) >> 64) as usize
}

/// What a slot keeps of its key: the low 32 bits, never 0 (an empty slot).
pub fn fingerprint(h: u64) -> u32 {
    (h as u32) | 1
}

/// A map written by [`write_map`].
#[derive(Clone, Copy, Default)]
pub struct Map<'a> {
    slots: &'a [u8],
    len: usize,
    records: &'a [u8],
}

impl<'a> Map<'a> {
    pub fn read(bytes: &'a [u8]) -> Option<Map<'a>> {
        let len = u32_at(bytes, 0) as usize;
        let end = 4usize.checked_add(len.checked_mul(8)?)?;
        (len > 0).then_some(Map {
            slots: bytes.get(4..end)?,
            len,
            records: bytes.get(end..)?,
        })
    }

    /// The record of `key`.
    pub fn get(&self, key: u64) -> Option<&'a [u8]> {
        let fp = fingerprint(key);
        let mut k = home(key, self.len);
        for _ in 0..self.len {
            match u32_at(self.slots, k * 8) {
                0 => return None,
                x if x == fp => {
                    let at = u32_at(self.slots, k * 8 + 4) as usize;
                    let n = self.records.get(at..at + 2)?;
                    let n = u16::from_le_bytes([n[0], n[1]]) as usize;
                    return self.records.get(at + 2..at + 2 + n);
                }
                _ => k = if k + 1 == self.len { 0 } else { k + 1 },
            }
        }
        None
    }
}
