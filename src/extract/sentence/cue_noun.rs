//! Cue nouns: "X's comment (on Monday) that Y", "his remarks that Y",
//! "a pledge by X to Y".

use super::Sentence;
use crate::extract::{CueForm, Raw, in_quote, is_verbish, norm, np_backward, np_forward, trim};
use crate::lexicon::{self, CueClass};
use std::ops::Range;

/// The statements of the sentence's cue nouns that no cue verb has read.
pub(super) fn statements(s: &Sentence, raws: &mut Vec<Raw>) {
    let doc = s.doc;
    for i in s.a..s.end {
        if in_quote(doc, i) || !doc.tokens[i].is_word() || !lexicon::is_cue_noun(doc.key(i)) {
            continue;
        }
        if raws
            .iter()
            .any(|r| r.cue.contains(&i) || r.speaker.as_ref().is_some_and(|s| s.contains(&i)))
        {
            continue;
        }
        let Some((speaker, k)) = speaker(s, i) else {
            continue;
        };
        let Some(cs) = content_start(s, k) else {
            continue;
        };
        raws.push(Raw {
            speaker: Some(speaker),
            inherit: None,
            cue: i..i + 1,
            cue_key: doc.key(i).to_string(),
            class: CueClass::Assertive,
            form: CueForm::Noun,
            recipient: None,
            content: vec![trim(doc, cs..s.end)],
            region: std::iter::once(i..s.end).collect(),
            roles: Vec::new(),
        });
    }
}

/// The speaker of the cue noun at `i` (a possessor, a possessive pronoun,
/// or the agent after "by"), and the token after the cue's phrase.
fn speaker(s: &Sentence, i: usize) -> Option<(Range<usize>, usize)> {
    let (doc, a) = (s.doc, s.a);
    if i > a + 1 && doc.tokens[i - 1].is_possessive() {
        let sp = np_backward(doc, a, i - 1)?;
        Some((sp..i - 1, i + 1))
    } else if i > a && matches!(norm(doc, i - 1), "his" | "her" | "their" | "its") {
        // "His remarks that ...": the pronoun, resolved later.
        Some((i - 1..i, i + 1))
    } else if norm(doc, i + 1) == "by" {
        let se = np_forward(doc, i + 2, s.end)?;
        Some((i + 2..se, se))
    } else {
        None
    }
}

/// Where the content starts: past a time or place phrase, after "that",
/// "to" or ":".
fn content_start(s: &Sentence, k: usize) -> Option<usize> {
    let doc = s.doc;
    for x in k..s.end.min(k + 6) {
        if matches!(norm(doc, x), "that" | ":") || (norm(doc, x) == "to" && x == k) {
            return Some(x + 1).filter(|&cs| cs < s.end);
        }
        if doc.tokens[x].is_quote() || is_verbish(doc, x) {
            return None;
        }
    }
    None
}
