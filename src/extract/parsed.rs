//! What the dependency parse says of a cue's parties: the first step of
//! reading attribution from the parse rather than from word tables.

use crate::doc::{Doc, Parse};
use std::ops::Range;

/// The tokens of the words under `w`, punctuation aside, leaving out the
/// branches that `skip` names.
fn span(p: &Parse, w: usize, skip: impl Fn(usize) -> bool) -> Range<usize> {
    let tokens = (0..p.words.len())
        .filter(|&x| p.analysis.words[x].upos != "PUNCT" && p.under(w, x, &skip))
        .map(|x| p.words[x].token);
    let (lo, hi) = tokens.fold((usize::MAX, 0), |(lo, hi), t| (lo.min(t), hi.max(t)));
    lo.min(hi)..hi + 1
}

/// The subject of the cue verb at token `cue` as the parse reads it, with
/// its appositions and without its relative clauses.
fn subject_phrase(doc: &Doc, cue: usize) -> Option<Range<usize>> {
    let (p, w) = doc.parsed(cue)?;
    let rel = |x: usize| p.analysis.words[x].deprel;
    let s = p.analysis.children(w).find(|&c| rel(c) == "nsubj")?;
    Some(span(p, s, |c| {
        matches!(rel(c), "acl:relcl" | "acl" | "parataxis")
    }))
}

/// The speaker phrase `speaker`, read leftwards from the cue at token
/// `cue` by words, cut back to the cue's subject where the words ran past
/// it into another phrase: "upon learning his DNA was on the victim's
/// clothing *he* claimed", "A few days later *the administration* said".
/// The subject must begin a noun phrase of its own (a pronoun or a
/// determiner), and the word before it must not bind it (a determiner, a
/// possessive or a preposition: "the *i*", "the report's *authors*", "a
/// letter seen by *the Ledger* says"), so that a parse that cuts a name
/// ("Agence *France-Presse*") or misreads a participle is not followed.
pub fn trim_speaker(doc: &Doc, cue: usize, speaker: Range<usize>) -> Range<usize> {
    let may_start = |k: usize| {
        matches!(doc.upos(k), Some("PRON" | "DET"))
            && !matches!(doc.upos(k - 1), Some("DET" | "ADP"))
            && !doc.tokens[k - 1].is_possessive()
    };
    // Parsing is the dearest step of indexing: only for a speaker with a
    // word inside it where a subject could begin.
    if !(speaker.start + 1..speaker.end).any(may_start) {
        return speaker;
    }
    match subject_phrase(doc, cue) {
        Some(s) if s.end == speaker.end && s.start > speaker.start && may_start(s.start) => s,
        _ => speaker,
    }
}
