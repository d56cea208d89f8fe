//! Writers of the container the grammar models ship in (the runtime's
//! `grammar::bin` reads it in place).

use claimcheck::grammar::bin::{MAGIC, VERSION, fingerprint, home};
#[cfg(test)]
use claimcheck::grammar::bin::{Map, Strings, read};

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
