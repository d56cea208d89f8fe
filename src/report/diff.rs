//! Word diffs between the article's wording and the claim's, with
//! `similar`.

use crate::doc::Doc;
use similar::{Algorithm, DiffOp as Op, capture_diff_slices};
use std::ops::Range;

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DiffTag {
    Equal,
    /// Words of the article the claim does not have.
    Delete,
    /// Words of the claim the article does not have.
    Insert,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct DiffOp {
    pub op: DiffTag,
    pub text: String,
}

/// The words of a token range, as written (quotation marks dropped).
pub fn tokens(doc: &Doc, r: Range<usize>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in r.filter_map(|k| doc.tokens.get(k)) {
        if t.is_quote() {
            continue;
        }
        let w = doc.slice(t.span).to_string();
        if (!t.space_before || t.is_possessive()) && !out.is_empty() && !t.is_wordlike()
            || (t.is_possessive() && !out.is_empty())
        {
            if let Some(last) = out.last_mut() {
                last.push_str(&w);
            }
            continue;
        }
        out.push(w);
    }
    out
}

/// Diffs two word lists, comparing them case-insensitively; equal runs are
/// shown in the claim's wording.
pub fn words(article: &[String], claim: &[String]) -> Vec<DiffOp> {
    let norm = |v: &[String]| -> Vec<String> {
        v.iter()
            .map(|w| {
                crate::text::normalize_for_compare(w)
                    .trim_matches(|c: char| !c.is_alphanumeric())
                    .to_string()
            })
            .collect()
    };
    let (a, c) = (norm(article), norm(claim));
    let mut out: Vec<DiffOp> = Vec::new();
    let mut push = |op: DiffTag, words: &[String]| {
        if words.is_empty() {
            return;
        }
        let text = words.join(" ");
        match out.last_mut() {
            Some(last) if last.op == op => {
                last.text.push(' ');
                last.text.push_str(&text);
            }
            _ => out.push(DiffOp { op, text }),
        }
    };
    for op in capture_diff_slices(Algorithm::Myers, &a, &c) {
        match op {
            Op::Equal { new_index, len, .. } => {
                push(DiffTag::Equal, &claim[new_index..new_index + len])
            }
            Op::Delete {
                old_index, old_len, ..
            } => push(DiffTag::Delete, &article[old_index..old_index + old_len]),
            Op::Insert {
                new_index, new_len, ..
            } => push(DiffTag::Insert, &claim[new_index..new_index + new_len]),
            Op::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                push(DiffTag::Delete, &article[old_index..old_index + old_len]);
                push(DiffTag::Insert, &claim[new_index..new_index + new_len]);
            }
        }
    }
    out
}

/// `[-old-] {+new+}` notation, for plain text.
#[cfg(test)]
fn plain(ops: &[DiffOp]) -> String {
    ops.iter()
        .map(|o| match o.op {
            DiffTag::Equal => o.text.clone(),
            DiffTag::Delete => format!("[-{}-]", o.text),
            DiffTag::Insert => format!("{{+{}+}}", o.text),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Vec<String> {
        s.split(' ').map(str::to_string).collect()
    }

    #[test]
    fn diffs_words() {
        let ops = words(&w("careful review"), &w("quick review"));
        assert_eq!(plain(&ops), "[-careful-] {+quick+} review");
    }
}
