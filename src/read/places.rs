//! Finds place names and their adjectives in a token stream, longest name
//! first, using the table in `lexicon::places`.

use crate::doc::Doc;
use crate::lexicon::places::{PLACES, Place, PlaceKind};
use foldhash::{HashMap, HashMapExt};
use std::sync::LazyLock;

struct Form {
    words: Vec<String>,
    /// Exact text required (for `=US`).
    exact: Option<&'static str>,
    place: usize,
    adjective: bool,
}

static FORMS: LazyLock<HashMap<String, Vec<Form>>> = LazyLock::new(|| {
    let mut m: HashMap<String, Vec<Form>> = HashMap::new();
    for (pi, p) in PLACES.iter().enumerate() {
        let all = p
            .names
            .iter()
            .map(|n| (n, false))
            .chain(p.adjectives.iter().map(|n| (n, true)));
        for (name, adjective) in all {
            let (exact, text) = match name.strip_prefix('=') {
                Some(t) => (Some(t), t.to_lowercase()),
                None => (None, name.to_string()),
            };
            let words: Vec<String> = crate::text::tokenize(&text)
                .into_iter()
                .map(|t| t.norm.to_string())
                .collect();
            if words.is_empty() {
                continue;
            }
            m.entry(words[0].clone()).or_default().push(Form {
                words,
                exact,
                place: pi,
                adjective,
            });
        }
    }
    for forms in m.values_mut() {
        forms.sort_by_key(|f| std::cmp::Reverse(f.words.len()));
    }
    m
});

/// A place found in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlaceMatch {
    pub key: &'static str,
    pub kind: PlaceKind,
    pub adjective: bool,
    /// Tokens used.
    pub len: usize,
}

/// The place named at token `i`, if any.
pub fn place_at(doc: &Doc, i: usize, end: usize) -> Option<PlaceMatch> {
    let t = doc.tokens.get(i)?;
    if !t.cap {
        return None;
    }
    let forms = FORMS.get(t.norm.as_str())?;
    for f in forms {
        let n = f.words.len();
        if i + n > end {
            continue;
        }
        let ok = f
            .words
            .iter()
            .enumerate()
            .all(|(k, w)| doc.tokens[i + k].norm == *w);
        if !ok {
            continue;
        }
        if let Some(exact) = f.exact
            && doc.token_text(i) != exact
        {
            continue;
        }
        let p: &Place = &PLACES[f.place];
        return Some(PlaceMatch {
            key: p.key,
            kind: p.kind,
            adjective: f.adjective,
            len: n,
        });
    }
    None
}

/// For each token of `doc`, whether a place name or adjective covers it
/// (read left to right, longest first, as [`place_at`] reads them).
pub fn place_mask(doc: &Doc) -> Vec<bool> {
    let mut mask = vec![false; doc.tokens.len()];
    let mut k = 0;
    while k < doc.tokens.len() {
        match place_at(doc, k, doc.tokens.len()) {
            Some(m) => {
                mask[k..k + m.len].iter_mut().for_each(|p| *p = true);
                k += m.len.max(1);
            }
            None => k += 1,
        }
    }
    mask
}

#[cfg(test)]
mod tests {
    use super::*;

    fn places(text: &str) -> Vec<&'static str> {
        let doc = Doc::parse(text, None);
        let n = doc.tokens.len();
        let mut out = Vec::new();
        let mut i = 0;
        while i < n {
            if let Some(m) = place_at(&doc, i, n) {
                out.push(m.key);
                i += m.len;
            } else {
                i += 1;
            }
        }
        out
    }

    #[test]
    fn names_and_adjectives_share_a_key() {
        assert_eq!(
            places("American tourists and U.S. students left the United States for Europe"),
            ["us", "us", "us", "europe"]
        );
        assert_eq!(places("British and UK officials"), ["uk", "uk"]);
    }

    #[test]
    fn case_sensitive_forms() {
        assert_eq!(places("let us go to the US"), ["us"]);
    }

    #[test]
    fn multiword_beats_single() {
        assert_eq!(
            places("South Sudan and South African traders"),
            ["south-sudan", "south-africa"]
        );
    }
}
