//! The `drop` cases: one optional dependent of a gold tree deleted, the
//! edit natural logic calls a deletion. Leaving out an adjunct ("on
//! Monday"), a manner adverb ("quickly"), an intersective adjective ("red"),
//! an apposition, a non-restrictive relative clause or a second conjunct
//! generalises the sentence where its position is upward monotone: "The
//! club sold tickets at the gate" entails "The club sold tickets". Where
//! the position is downward it does not: "The club did not sell tickets at
//! the gate" does not entail "The club did not sell tickets"; nor does
//! "every player in the team was fined" entail "every player was fined",
//! nor "if it rains on Monday" "if it rains". Dropping a non-intersective
//! adjective ("the *former* minister") never generalises.
//!
//! Which dependents are optional and which positions are downward is
//! claimcheck's reading ([`claimcheck::align::monotone`]), applied here to
//! the treebank's gold tree; the engine applies it to its own parse of the
//! article. The cases measure how well the engine's parse and alignment
//! carry the reading to real sentences.

use super::{assemble, subtree};
use crate::conllu::{Sentence, Word};
use claimcheck::align::monotone::{self, Monotone, Optional, Tree};

impl Tree for Sentence {
    fn size(&self) -> usize {
        self.words.len()
    }
    fn head_of(&self, i: usize) -> Option<usize> {
        self.words.get(i)?.head
    }
    fn relation(&self, i: usize) -> &str {
        self.words.get(i).map_or("", |w| w.deprel.as_str())
    }
    fn pos(&self, i: usize) -> &str {
        self.words.get(i).map_or("", |w| w.upos.as_str())
    }
    fn penn(&self, i: usize) -> &str {
        self.words.get(i).map_or("", |w| w.xpos.as_str())
    }
    fn base(&self, i: usize) -> String {
        self.words.get(i).map_or(String::new(), |w| {
            let l = if w.lemma.is_empty() || w.lemma == "_" {
                &w.form
            } else {
                &w.lemma
            };
            l.to_lowercase()
        })
    }
}

/// The words to delete with `d`: its subtree, with the comma that sets it
/// off ("Lee, a lawyer, said" → "Lee said"; "On Monday, he left" → "he
/// left"). `None` when they hold the root, a quotation mark or a bracket.
fn span(s: &Sentence, d: usize) -> Option<(usize, usize)> {
    let (a, b) = subtree(s, d)?;
    let comma = |k: usize| s.words.get(k).is_some_and(|w| w.form == ",");
    let awkward = s.words[a..b].iter().any(|w| {
        w.head.is_none()
            || matches!(
                w.form.as_str(),
                "\"" | "\u{201c}" | "\u{201d}" | "(" | ")" | "[" | "]" | "'" | "-" | "--"
            )
    });
    if awkward || quoted(s, a) {
        return None;
    }
    Some(match (a > 0 && comma(a - 1), comma(b)) {
        (true, true) => (a - 1, b + 1),
        (false, true) if a == 0 => (a, b + 1),
        (true, false) => (a - 1, b),
        _ => (a, b),
    })
}

/// Whether word `a` stands inside quotation marks: a word left out of a
/// quotation alters it (`quote-altered`), which is no deletion natural
/// logic reads, whatever the position.
fn quoted(s: &Sentence, a: usize) -> bool {
    let mut depth = 0i32;
    let mut straight = false;
    for w in &s.words[..a] {
        match w.form.as_str() {
            "\u{201c}" => depth += 1,
            "\u{201d}" => depth -= 1,
            "\"" => straight = !straight,
            _ => {}
        }
    }
    depth > 0 || straight
}

/// The sentence without the words `a..b`, when three words are left.
fn without(s: &Sentence, (a, b): (usize, usize)) -> Option<Vec<Word>> {
    let order: Vec<usize> = (0..s.words.len()).filter(|k| !(a..b).contains(k)).collect();
    let left = order
        .iter()
        .filter(|&&k| s.words[k].form.chars().any(char::is_alphanumeric))
        .count();
    (left >= 3).then(|| assemble(s, &[], &order))
}

/// The sentence with one dependent dropped where dropping generalises
/// (`down` false) or where it narrows (`down` true): the first such
/// dependent in the sentence's order.
pub fn drop_dependent(s: &Sentence, down: bool) -> Option<Vec<Word>> {
    (0..s.words.len()).find_map(|d| {
        let comma_before = subtree(s, d).is_some_and(|(a, _)| a > 0 && s.words[a - 1].form == ",");
        let wanted = if down {
            monotone::narrowing(s, d, comma_before).is_some()
        } else {
            generalising(s, d, comma_before)
        };
        if !wanted {
            return None;
        }
        without(s, span(s, d)?)
    })
}

/// Whether leaving out dependent `d` generalises what the sentence says:
/// a restrictive or further modifier in an upward position.
fn generalising<T: Tree>(t: &T, d: usize, comma_before: bool) -> bool {
    matches!(
        (
            monotone::optional(t, d, comma_before),
            monotone::monotonicity(t, d)
        ),
        (
            Some(Optional::Restrictive | Optional::Further),
            Monotone::Up
        )
    )
}
