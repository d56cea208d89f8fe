//! The container the grammar models are shipped in: numbered sections of
//! bytes, and sorted string lists that are searched in place.
//!
//! Layout: `"CCGR"`, a version, the section count, each section's length,
//! then the sections, each padded to four bytes. Nothing is parsed when a
//! model loads; a section is a slice of the embedded bytes.

const MAGIC: &[u8; 4] = b"CCGR";
const VERSION: u32 = 1;

pub fn u32_at(b: &[u8], k: usize) -> u32 {
    b.get(k..k + 4)
        .map_or(0, |s| u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
}

/// Writes sections into one buffer.
pub fn write(sections: &[Vec<u8>]) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&VERSION.to_le_bytes());
    out.extend_from_slice(&(sections.len() as u32).to_le_bytes());
    for s in sections {
        out.extend_from_slice(&(s.len() as u32).to_le_bytes());
    }
    for s in sections {
        out.extend_from_slice(s);
        out.resize(out.len().next_multiple_of(4), 0);
    }
    out
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

/// A list of strings: offsets, then bytes.
pub fn write_strings<S: AsRef<str>>(items: &[S]) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(&(items.len() as u32).to_le_bytes());
    let mut at = 0u32;
    for s in items {
        out.extend_from_slice(&at.to_le_bytes());
        at += s.as_ref().len() as u32;
    }
    out.extend_from_slice(&at.to_le_bytes());
    for s in items {
        out.extend_from_slice(s.as_ref().as_bytes());
    }
    out
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

/// Writes a hash map from 64-bit keys to byte records, searched in place
/// by [`Map`].
pub fn write_map(entries: &[(u64, Vec<u8>)]) -> Vec<u8> {
    let len = entries.len() * 5 / 4 + 1;
    let mut slots = vec![0u8; len * 8];
    let mut records = Vec::new();
    for (key, record) in entries {
        let mut k = home(*key, len);
        while slots[k * 8..k * 8 + 4] != [0; 4] {
            k = (k + 1) % len;
        }
        slots[k * 8..k * 8 + 4].copy_from_slice(&fingerprint(*key).to_le_bytes());
        slots[k * 8 + 4..k * 8 + 8].copy_from_slice(&(records.len() as u32).to_le_bytes());
        records.extend_from_slice(&(record.len() as u16).to_le_bytes());
        records.extend_from_slice(record);
    }
    let mut out = (len as u32).to_le_bytes().to_vec();
    out.extend_from_slice(&slots);
    out.extend_from_slice(&records);
    out
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_and_strings_round_trip() {
        let strings = write_strings(&["a", "bc", "d"]);
        let bytes = write(&[vec![1, 2, 3], strings]);
        let sections = read(&bytes).expect("reads");
        assert_eq!(sections[0], &[1, 2, 3]);
        let s = Strings::read(sections[1]).expect("strings");
        assert_eq!((s.len(), s.get(1), s.get(9)), (3, "bc", ""));
        assert_eq!((s.find("d"), s.find("b")), (Some(2), None));
    }

    #[test]
    fn maps_find_their_records_and_nothing_else() {
        let entries: Vec<(u64, Vec<u8>)> =
            (0..100u64).map(|k| (k * 7919, vec![k as u8; 3])).collect();
        let bytes = write_map(&entries);
        let m = Map::read(&bytes).expect("reads");
        assert_eq!(m.get(42 * 7919), Some(&[42u8, 42, 42][..]));
        assert_eq!(m.get(5), None);
        assert!(Map::read(&bytes[..10]).is_none());
    }

    #[test]
    fn truncated_or_foreign_bytes_do_not_read() {
        let bytes = write(&[vec![1, 2, 3, 4, 5]]);
        assert!(read(&bytes[..bytes.len() - 4]).is_none());
        assert!(read(b"nope").is_none());
        assert!(Strings::read(&[9, 0, 0, 0]).is_none());
    }
}
