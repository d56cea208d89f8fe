//! What `claimcheck parse` prints: the tokenizer's, tagger's and parser's
//! reading of a text, as CoNLL-U (the format treebank tools read) or JSON.

use crate::Parse;
use crate::grammar::words::{Parsed, Piece};
use serde_json::json;

/// Whether no white space separates word `k` from the next.
fn glued(words: &[Piece], k: usize) -> bool {
    words
        .get(k + 1)
        .is_some_and(|next| next.span.start == words[k].span.end)
}

/// CoNLL-U: one block a sentence, with its text, multiword-token lines for
/// contractions, and `SpaceAfter=No` where the text has no space.
pub fn conllu(parse: &Parse) -> String {
    let (text, sentences) = (parse.text, &parse.sentences);
    let mut out = String::new();
    for (n, s) in sentences.iter().enumerate() {
        let sentence = text[s.span.start..s.span.end].replace(['\n', '\r', '\t'], " ");
        out.push_str(&format!("# sent_id = {}\n# text = {sentence}\n", n + 1));
        let mut k = 0;
        while k < s.words.len() {
            let p = s.words[k];
            let group = 1 + s.words[k + 1..].iter().take_while(|q| q.clitic).count();
            if group > 1 {
                let last = k + group - 1;
                let misc = if glued(&s.words, last) {
                    "SpaceAfter=No"
                } else {
                    "_"
                };
                let form = &text[p.span.start..s.words[last].span.end];
                out.push_str(&format!(
                    "{}-{}\t{form}\t_\t_\t_\t_\t_\t_\t_\t{misc}\n",
                    k + 1,
                    last + 1
                ));
            }
            for j in k..k + group {
                let misc = if group == 1 && glued(&s.words, j) {
                    "SpaceAfter=No"
                } else {
                    "_"
                };
                out.push_str(&word_line(text, s, j, misc));
            }
            k += group;
        }
        out.push('\n');
    }
    out
}

fn word_line(text: &str, s: &Parsed, j: usize, misc: &str) -> String {
    let p = s.words[j];
    let w = &s.analysis.words[j];
    let head = w.head.map_or(0, |h| h + 1);
    format!(
        "{}\t{}\t{}\t{}\t{}\t_\t{head}\t{}\t_\t{misc}\n",
        j + 1,
        &text[p.span.start..p.span.end],
        w.lemma,
        w.upos,
        w.xpos,
        w.deprel
    )
}

/// JSON: sentences with their span and words.
pub fn json(parse: &Parse, file: &str) -> String {
    let (text, sentences) = (parse.text, &parse.sentences);
    let lines = crate::text::LineIndex::new(text);
    let sentences: Vec<_> = sentences
        .iter()
        .map(|s| {
            let (line, column) = lines.line_col(text, s.span.start);
            let words: Vec<_> = s
                .words
                .iter()
                .zip(&s.analysis.words)
                .enumerate()
                .map(|(j, (p, w))| {
                    json!({
                        "id": j + 1,
                        "form": &text[p.span.start..p.span.end],
                        "lemma": w.lemma,
                        "upos": w.upos,
                        "xpos": w.xpos,
                        "head": w.head.map_or(0, |h| h + 1),
                        "deprel": w.deprel,
                        "start": p.span.start,
                        "end": p.span.end,
                    })
                })
                .collect();
            json!({
                "text": &text[s.span.start..s.span.end],
                "line": line,
                "column": column,
                "words": words,
            })
        })
        .collect();
    let mut out = serde_json::to_string_pretty(&json!({ "file": file, "sentences": sentences }))
        .unwrap_or_default();
    out.push('\n');
    out
}
