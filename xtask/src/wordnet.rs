//! Compiles WordNet 3.0's database files (`data.*`, `index.*`, `*.exc`,
//! `cntlist.rev`) into the table [`super::table`] reads. The caller reads
//! the files (`cargo xtask wordnet`); this module only
//! turns their text into bytes, the same bytes for the same input.
//!
//! What is kept, and why:
//! - single-word lemmas only (the matcher compares one word with another);
//! - each lemma's *common* senses (see [`is_common`]): its first sense, and
//!   any other that the tagged corpus counts often enough, so that a rare
//!   sense ("bank" as a building) never links two words;
//! - hypernym, instance, entailment and cause links between synsets, which
//!   give forward entailment (the claim's word is broader);
//! - antonym links and adjective clusters (a satellite and its head);
//! - derivational links between a verb and a noun naming its act, event or
//!   state ("decide" / "decision"), or an adjective and its attribute noun,
//!   never an agent or artifact ("employ" / "employer");
//! - pertainyms ("economic" / "economy");
//! - the exception lists of irregular nouns and verbs.

use claimcheck::lexicon::wordnet::table::{MAGIC, Section, VERB_EXCEPTION, VERSION};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The text of WordNet's files, in the order noun, verb, adjective, adverb.
pub struct Sources<'a> {
    pub data: [&'a str; 4],
    pub index: [&'a str; 4],
    pub exceptions: [&'a str; 4],
    pub cntlist: &'a str,
}

/// Noun lexicographer files whose nouns name what a verb or adjective does
/// or is: act, attribute, cognition, communication, event, feeling,
/// phenomenon, process, state.
const EVENTIVE_NOUN_FILES: &[u8] = &[4, 7, 9, 10, 11, 12, 19, 22, 26];

struct Synset {
    lexfile: u8,
    pos: usize,
    satellite: bool,
    words: Vec<String>,
    pointers: Vec<Pointer>,
}

struct Pointer {
    symbol: String,
    target: (usize, u32),
    /// Source and target word numbers (1-based); 0 for a link between
    /// whole synsets.
    words: (usize, usize),
}

fn pos_of(c: &str) -> Option<usize> {
    match c {
        "n" => Some(0),
        "v" => Some(1),
        "a" | "s" => Some(2),
        "r" => Some(3),
        _ => None,
    }
}

/// A word as WordNet writes it in a data file, as a lemma: lowercase,
/// without an adjective's syntactic marker ("galore(ip)").
fn clean_word(w: &str) -> String {
    let w = w.split('(').next().unwrap_or(w);
    w.to_lowercase()
}

fn parse_synset(line: &str, pos: usize) -> Option<(u32, Synset)> {
    let body = line.split(" | ").next()?;
    let f: Vec<&str> = body.split_whitespace().collect();
    let offset = f.first()?.parse().ok()?;
    let lexfile = f.get(1)?.parse().ok()?;
    let satellite = *f.get(2)? == "s";
    let n_words = usize::from_str_radix(f.get(3)?, 16).ok()?;
    let words = (0..n_words)
        .map(|k| f.get(4 + 2 * k).map(|w| clean_word(w)))
        .collect::<Option<Vec<_>>>()?;
    let at = 4 + 2 * n_words;
    let n_ptrs: usize = f.get(at)?.parse().ok()?;
    let pointers = (0..n_ptrs)
        .map(|k| {
            let p = at + 1 + 4 * k;
            let st = f.get(p + 3)?;
            Some(Pointer {
                symbol: f.get(p)?.to_string(),
                target: (pos_of(f.get(p + 2)?)?, f.get(p + 1)?.parse().ok()?),
                words: (
                    usize::from_str_radix(st.get(..2)?, 16).ok()?,
                    usize::from_str_radix(st.get(2..)?, 16).ok()?,
                ),
            })
        })
        .collect::<Option<Vec<_>>>()?;
    Some((
        offset,
        Synset {
            lexfile,
            pos,
            satellite,
            words,
            pointers,
        },
    ))
}

/// Whether sense `rank` (1-based) of a lemma, tagged `count` times of the
/// lemma's `total` tags in this part of speech, is common enough to link:
/// the first sense always; another when it is tagged at least twice and is
/// among the first three or has a tenth of the lemma's tags.
pub fn is_common(rank: usize, count: u32, total: u32) -> bool {
    rank == 1 || (count >= 2 && (rank <= 3 || count * 10 >= total))
}

/// A lemma WordNet holds as one word of letters (and hyphens or
/// apostrophes).
fn is_single_word(w: &str) -> bool {
    !w.is_empty()
        && w.bytes().any(|b| b.is_ascii_alphabetic())
        && w.bytes()
            .all(|b| b.is_ascii_lowercase() || b == b'-' || b == b'\'' || b.is_ascii_digit())
}

/// Tag counts by (lemma, part of speech, sense number).
fn sense_counts(cntlist: &str) -> HashMap<(String, usize, usize), u32> {
    let mut out = HashMap::new();
    for line in cntlist.lines() {
        let mut f = line.split_whitespace();
        let (Some(key), Some(n), Some(c)) = (f.next(), f.next(), f.next()) else {
            continue;
        };
        let Some((lemma, rest)) = key.split_once('%') else {
            continue;
        };
        let pos = match rest.as_bytes().first() {
            Some(b'1') => 0,
            Some(b'2') => 1,
            Some(b'3' | b'5') => 2,
            Some(b'4') => 3,
            _ => continue,
        };
        if let (Ok(n), Ok(c)) = (n.parse(), c.parse()) {
            out.insert((lemma.to_lowercase(), pos, n), c);
        }
    }
    out
}

/// A lemma's senses in one part of speech, in sense order: (synset offset,
/// tag count).
type Tagged = Vec<(u32, u32)>;

/// One line of an index file: the lemma and its tagged senses, for a
/// single-word lemma.
fn index_line(
    line: &str,
    pos: usize,
    counts: &HashMap<(String, usize, usize), u32>,
) -> Option<(String, Tagged)> {
    let f: Vec<&str> = line.split_whitespace().collect();
    let lemma = f.first().filter(|w| is_single_word(w))?.to_string();
    let n_offsets = f
        .iter()
        .rev()
        .take_while(|w| w.len() == 8 && w.bytes().all(|b| b.is_ascii_digit()))
        .count();
    let senses = f[f.len() - n_offsets..]
        .iter()
        .enumerate()
        .filter_map(|(k, w)| {
            let c = counts.get(&(lemma.clone(), pos, k + 1)).copied();
            Some((w.parse().ok()?, c.unwrap_or(0)))
        })
        .collect();
    Some((lemma, senses))
}

/// The common senses (see [`is_common`]) of a lemma's parts of speech that
/// are common for it (see [`is_common_pos`]), as (part of speech, offset).
fn keep_common(by_pos: &[(usize, Tagged)]) -> Vec<(usize, u32)> {
    let tags = |v: &Tagged| v.iter().map(|s| s.1).sum::<u32>();
    let total: u32 = by_pos.iter().map(|(_, v)| tags(v)).sum();
    by_pos
        .iter()
        .filter(|(_, v)| is_common_pos(tags(v), total))
        .flat_map(|(pos, v)| {
            let pos_total = tags(v);
            v.iter()
                .enumerate()
                .filter(move |(k, s)| is_common(k + 1, s.1, pos_total))
                .map(move |(_, s)| (*pos, s.0))
        })
        .collect()
}

/// Each single-word lemma's common senses, as (part of speech, offset), in
/// the order noun, verb, adjective, adverb and sense order within each.
/// A part of speech the lemma is seldom used in gives none: without a
/// tagger, "schools" must not be read as the verb.
fn common_senses(src: &Sources) -> BTreeMap<String, Vec<(usize, u32)>> {
    let counts = sense_counts(src.cntlist);
    let mut all: BTreeMap<String, Vec<(usize, Tagged)>> = BTreeMap::new();
    for (pos, text) in src.index.iter().enumerate() {
        for line in text.lines().filter(|l| !l.starts_with(' ')) {
            if let Some((lemma, senses)) = index_line(line, pos, &counts) {
                all.entry(lemma).or_default().push((pos, senses));
            }
        }
    }
    all.into_iter()
        .map(|(lemma, by_pos)| (lemma, keep_common(&by_pos)))
        .collect()
}

/// Whether a part of speech tagged `count` times of a lemma's `total` tags
/// is one the lemma is commonly used in: any, when the lemma has no tags;
/// else one with a tenth of them.
pub fn is_common_pos(count: u32, total: u32) -> bool {
    total == 0 || count * 10 >= total
}

/// The compiled table.
pub fn compile(src: &Sources) -> Vec<u8> {
    let mut synsets: Vec<Synset> = Vec::new();
    let mut id_of: HashMap<(usize, u32), u32> = HashMap::new();
    for (pos, text) in src.data.iter().enumerate() {
        for line in text.lines().filter(|l| !l.starts_with(' ')) {
            if let Some((offset, s)) = parse_synset(line, pos) {
                id_of.insert((pos, offset), synsets.len() as u32);
                synsets.push(s);
            }
        }
    }
    let senses = common_senses(src);
    let lemmas: Vec<&String> = senses.keys().collect();
    let lemma_id: HashMap<&str, u32> = lemmas
        .iter()
        .enumerate()
        .map(|(k, l)| (l.as_str(), k as u32))
        .collect();
    let sense_ids: Vec<Vec<u32>> = senses
        .values()
        .map(|v| v.iter().filter_map(|k| id_of.get(k).copied()).collect())
        .collect();
    let links = Links::collect(&synsets, &id_of, &lemma_id, &sense_ids);
    let mut out = Writer::default();
    out.strings(Section::LemmaBytes, Section::LemmaOff, &lemmas);
    out.u8s(
        Section::LemmaPos,
        sense_ids
            .iter()
            .map(|v| v.iter().fold(0u8, |m, &s| m | 1 << synsets[s as usize].pos))
            .collect(),
    );
    out.lists(Section::SenseOff, Section::Senses, &sense_ids);
    out.u8s(
        Section::Lexfile,
        synsets.iter().map(|s| s.lexfile).collect::<Vec<_>>(),
    );
    out.pairs(Section::Up, &links.up);
    out.pairs(Section::Antonym, &links.antonym);
    out.pairs(Section::Cluster, &links.cluster);
    out.pairs(Section::Derived, &links.derived);
    out.pairs(Section::Pertains, &links.pertains);
    let exc = exceptions(src, &lemma_id);
    let forms: Vec<&String> = exc.keys().collect();
    out.strings(Section::ExcBytes, Section::ExcOff, &forms);
    let bases: Vec<Vec<u32>> = exc.values().map(|b| b.iter().copied().collect()).collect();
    out.lists(Section::ExcBaseOff, Section::ExcBases, &bases);
    out.finish()
}

/// Irregular forms of nouns and verbs and their base lemmas ("went" →
/// "go", "children" → "child").
fn exceptions(src: &Sources, lemma_id: &HashMap<&str, u32>) -> BTreeMap<String, BTreeSet<u32>> {
    let mut out: BTreeMap<String, BTreeSet<u32>> = BTreeMap::new();
    // Nouns' and verbs' only: an adjective's comparative is not its base
    // ("largest" must not meet "large").
    for (pos, text) in src.exceptions[..2].iter().enumerate() {
        for line in text.lines() {
            let mut f = line.split_whitespace();
            let Some(form) = f.next().filter(|w| is_single_word(w)) else {
                continue;
            };
            for base in f {
                if let Some(&id) = lemma_id.get(base) {
                    let mark = if pos == 1 { VERB_EXCEPTION } else { 0 };
                    out.entry(form.to_string()).or_default().insert(id | mark);
                }
            }
        }
    }
    out
}

/// The links between synsets and between lemmas that the table keeps.
#[derive(Default)]
struct Links {
    up: BTreeSet<(u32, u32)>,
    antonym: BTreeSet<(u32, u32)>,
    cluster: BTreeSet<(u32, u32)>,
    derived: BTreeSet<(u32, u32)>,
    pertains: BTreeSet<(u32, u32)>,
}

impl Links {
    fn collect(
        synsets: &[Synset],
        id_of: &HashMap<(usize, u32), u32>,
        lemma_id: &HashMap<&str, u32>,
        sense_ids: &[Vec<u32>],
    ) -> Links {
        let mut links = Links::default();
        let common = |word: &str, synset: u32| {
            lemma_id
                .get(word)
                .filter(|&&l| sense_ids[l as usize].contains(&synset))
                .copied()
        };
        for (s, synset) in synsets.iter().enumerate() {
            let s = s as u32;
            for p in &synset.pointers {
                let Some(&t) = id_of.get(&p.target) else {
                    continue;
                };
                let target = &synsets[t as usize];
                let lexical = || {
                    let a = synset.words.get(p.words.0.checked_sub(1)?)?;
                    let b = target.words.get(p.words.1.checked_sub(1)?)?;
                    Some((common(a, s)?, common(b, t)?))
                };
                match p.symbol.as_str() {
                    "@" | "@i" | "*" | ">" => {
                        links.up.insert((s, t));
                    }
                    "!" => {
                        links.antonym.insert((s, t));
                        links.antonym.insert((t, s));
                    }
                    "&" if synset.satellite && !target.satellite => {
                        links.cluster.insert((s, t));
                    }
                    "+" if eventive(synset, target) => {
                        if let Some((a, b)) = lexical() {
                            links.derived.insert((a, b));
                            links.derived.insert((b, a));
                        }
                    }
                    "\\" => {
                        if let Some((a, b)) = lexical() {
                            links.pertains.insert((a, b));
                            links.pertains.insert((b, a));
                        }
                    }
                    _ => {}
                }
            }
        }
        links
    }
}

/// Whether a derivational link joins a verb and the noun of its act, event
/// or state, or an adjective and its attribute noun.
fn eventive(a: &Synset, b: &Synset) -> bool {
    let (noun, other) = match (a.pos, b.pos) {
        (0, 1 | 2) => (a, b),
        (1 | 2, 0) => (b, a),
        _ => return false,
    };
    match other.pos {
        1 => EVENTIVE_NOUN_FILES.contains(&noun.lexfile),
        _ => noun.lexfile == 7,
    }
}

/// The table's sections, written one after another behind a header of
/// (offset, length) pairs.
#[derive(Default)]
struct Writer {
    sections: BTreeMap<usize, Vec<u8>>,
}

impl Writer {
    fn put(&mut self, s: Section, bytes: Vec<u8>) {
        self.sections.insert(s as usize, bytes);
    }

    fn u8s(&mut self, s: Section, v: Vec<u8>) {
        self.put(s, v);
    }

    fn u32s(&mut self, s: Section, v: impl IntoIterator<Item = u32>) {
        self.put(s, v.into_iter().flat_map(u32::to_le_bytes).collect());
    }

    fn strings(&mut self, bytes: Section, offsets: Section, words: &[&String]) {
        let mut off = vec![0u32];
        let mut all = Vec::new();
        for w in words {
            all.extend_from_slice(w.as_bytes());
            off.push(all.len() as u32);
        }
        self.put(bytes, all);
        self.u32s(offsets, off);
    }

    fn lists(&mut self, offsets: Section, items: Section, lists: &[Vec<u32>]) {
        let mut off = vec![0u32];
        for l in lists {
            off.push(off[off.len() - 1] + l.len() as u32);
        }
        self.u32s(offsets, off);
        self.u32s(items, lists.iter().flatten().copied());
    }

    fn pairs(&mut self, s: Section, pairs: &BTreeSet<(u32, u32)>) {
        self.u32s(s, pairs.iter().flat_map(|&(a, b)| [a, b]));
    }

    fn finish(self) -> Vec<u8> {
        let n = Section::COUNT;
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        let mut at = (8 + 8 * n) as u32;
        let mut body = Vec::new();
        for k in 0..n {
            let bytes = self.sections.get(&k).map_or(&[][..], Vec::as_slice);
            // Sections of u32s start on a four-byte boundary.
            let pad = (4 - at as usize % 4) % 4;
            body.extend(std::iter::repeat_n(0u8, pad));
            at += pad as u32;
            out.extend_from_slice(&at.to_le_bytes());
            out.extend_from_slice(&(bytes.len() as u32).to_le_bytes());
            body.extend_from_slice(bytes);
            at += bytes.len() as u32;
        }
        out.extend(body);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use claimcheck::lexicon::wordnet::{Link, WordNet, link};

    #[test]
    fn a_rare_sense_or_part_of_speech_is_not_common() {
        assert!(is_common(1, 0, 0));
        assert!(is_common(2, 20, 52));
        assert!(!is_common(9, 0, 52));
        assert!(!is_common(7, 2, 200));
        // A part of speech the lemma is seldom used in.
        assert!(!is_common_pos(2, 120));
        assert!(is_common_pos(0, 0));
    }

    /// A WordNet of five synsets, in the files' own format.
    fn tiny() -> Vec<u8> {
        let noun = "\
  1 This software and database is being provided to you
00000001 03 n 01 vehicle 0 001 ~ 00000002 n 0000 | a conveyance
00000002 06 n 02 car 0 auto 0 002 @ 00000001 n 0000 ~ 00000003 n 0000 | a motor vehicle
00000003 06 n 01 sedan 0 001 @ 00000002 n 0000 | a car with four doors
00000004 06 n 01 coupe 0 001 @ 00000002 n 0000 | a car with two doors
";
        let noun = noun.replace(
            "00000002 06 n 02 car 0 auto 0 002 @ 00000001 n 0000 ~ 00000003 n 0000",
            "00000002 06 n 02 car 0 auto 0 003 @ 00000001 n 0000 ~ 00000003 n 0000 ~ 00000004 n 0000",
        );
        let index = "\
auto n 1 1 @ 1 0 00000002
car n 1 1 @ 1 0 00000002
coupe n 1 1 @ 1 0 00000004
sedan n 1 1 @ 1 0 00000003
vehicle n 1 1 ~ 1 0 00000001
";
        compile(&Sources {
            data: [&noun, "", "", ""],
            index: [index, "", "", ""],
            exceptions: ["cars car\n", "", "", ""],
            cntlist: "",
        })
    }

    #[test]
    fn the_builder_compiles_the_files_format() {
        let bytes = tiny();
        assert_eq!(bytes, tiny(), "the same files give the same bytes");
        let wn = WordNet::new(&bytes);
        assert_eq!(wn.lemma_count(), 5);
        let l = |a: &str, b: &str| link(&wn.word(a), &wn.word(b));
        assert_eq!(l("auto", "car"), Some(Link::Synonym));
        assert_eq!(l("vehicle", "sedan"), Some(Link::Broader));
        assert_eq!(l("sedan", "vehicle"), Some(Link::Narrower));
        assert_eq!(l("coupe", "sedan"), Some(Link::Sister));
        assert_eq!(wn.lemmas("cars").len(), 1);
    }
}
