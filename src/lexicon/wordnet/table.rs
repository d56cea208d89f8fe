//! The compiled WordNet table: read in place, without parsing text.
//!
//! Layout: the magic `CCWN`, a format version (u32), then one (offset,
//! length) pair of u32s per [`Section`], then the sections. All numbers are
//! little-endian u32s except where a section says bytes. Strings are
//! stored as one byte run with an offsets section (n + 1 offsets); lists as
//! an offsets section into an items section; pairs as sorted (a, b) u32
//! pairs, so that a binary search finds every b of one a.
//!
//! A table that is not this layout reads as an empty WordNet: every lookup
//! finds nothing, and nothing panics.

pub const MAGIC: &[u8; 4] = b"CCWN";
pub const VERSION: u32 = 1;
/// The bit that marks a base from the verb exception list in
/// [`Section::ExcBases`].
pub const VERB_EXCEPTION: u32 = 1 << 31;

/// The sections, in the order of the header.
#[derive(Clone, Copy, Debug)]
pub enum Section {
    /// Lemmas, sorted bytewise (bytes).
    LemmaBytes,
    LemmaOff,
    /// Per lemma, a bit per part of speech among its common senses (bytes):
    /// 1 noun, 2 verb, 4 adjective, 8 adverb.
    LemmaPos,
    /// Per lemma, its common senses (synset ids) in sense order.
    SenseOff,
    Senses,
    /// Per synset, its lexicographer file number (bytes).
    Lexfile,
    /// (synset, broader synset): hypernym, instance of, entailment, cause.
    Up,
    /// (synset, antonym synset), both ways.
    Antonym,
    /// (satellite adjective synset, its head).
    Cluster,
    /// (lemma, lemma) derivationally related, both ways.
    Derived,
    /// (lemma, lemma) pertainym, both ways.
    Pertains,
    /// Irregular forms, sorted (bytes), and their base lemmas, marked with
    /// [`VERB_EXCEPTION`] when the form is a verb's.
    ExcBytes,
    ExcOff,
    ExcBaseOff,
    ExcBases,
}

impl Section {
    pub const COUNT: usize = 15;
}

/// A table's bytes and where each section lies.
pub struct Table<'a> {
    sections: [&'a [u8]; Section::COUNT],
}

fn u32_at(b: &[u8], k: usize) -> u32 {
    b.get(4 * k..4 * k + 4)
        .map_or(0, |w| u32::from_le_bytes([w[0], w[1], w[2], w[3]]))
}

impl<'a> Table<'a> {
    /// Reads a table's header; `None` for anything else.
    pub fn new(bytes: &'a [u8]) -> Option<Table<'a>> {
        if bytes.get(..4)? != MAGIC || u32_at(bytes, 1) != VERSION {
            return None;
        }
        let mut sections = [&[][..]; Section::COUNT];
        for (k, s) in sections.iter_mut().enumerate() {
            let at = u32_at(bytes, 2 + 2 * k) as usize;
            let len = u32_at(bytes, 3 + 2 * k) as usize;
            *s = bytes.get(at..at.checked_add(len)?)?;
        }
        Some(Table { sections })
    }

    pub fn bytes(&self, s: Section) -> &'a [u8] {
        self.sections[s as usize]
    }

    /// The number of u32s in a section.
    pub fn len(&self, s: Section) -> usize {
        self.bytes(s).len() / 4
    }

    pub fn u32(&self, s: Section, k: usize) -> u32 {
        u32_at(self.bytes(s), k)
    }

    /// String `k` of a strings section.
    pub fn string(&self, bytes: Section, offsets: Section, k: usize) -> &'a str {
        let (from, to) = (
            self.u32(offsets, k) as usize,
            self.u32(offsets, k + 1) as usize,
        );
        self.bytes(bytes)
            .get(from..to)
            .and_then(|b| std::str::from_utf8(b).ok())
            .unwrap_or("")
    }

    /// The index of `word` in a sorted strings section.
    pub fn find(&self, bytes: Section, offsets: Section, word: &str) -> Option<usize> {
        let n = self.len(offsets).checked_sub(1)?;
        let (mut lo, mut hi) = (0, n);
        while lo < hi {
            let mid = (lo + hi) / 2;
            match self.string(bytes, offsets, mid).cmp(word) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return Some(mid),
            }
        }
        None
    }

    /// Items `k` of a lists section.
    pub fn list(&self, offsets: Section, items: Section, k: usize) -> impl Iterator<Item = u32> {
        let (from, to) = (
            self.u32(offsets, k) as usize,
            self.u32(offsets, k + 1) as usize,
        );
        (from..to.min(self.len(items))).map(move |i| self.u32(items, i))
    }

    /// Every `b` of a pairs section's pairs `(a, b)`.
    pub fn partners(&self, s: Section, a: u32) -> impl Iterator<Item = u32> {
        let n = self.len(s) / 2;
        let first = partition(n, |k| self.u32(s, 2 * k) < a);
        (first..n)
            .take_while(move |&k| self.u32(s, 2 * k) == a)
            .map(move |k| self.u32(s, 2 * k + 1))
    }
}

/// The first of `0..n` for which `before` is false (it is true, then false).
fn partition(n: usize, before: impl Fn(usize) -> bool) -> usize {
    let (mut lo, mut hi) = (0, n);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if before(mid) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}
