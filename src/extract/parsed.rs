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

/// The cue verb's subject where the words found none: the parse's
/// subject of the verb at token `cue`, a noun or a name, when it runs up
/// to the cue (only its own words and punctuation between), starts inside
/// the sentence at `a` and holds no verb of its own (outside a relative
/// clause or an apposition), as a speaker with the appositions set beside
/// it as roles: "Director Ana Ruiz of the National Institute of Marine
/// Studies (NIMS), announced"; "Professor Ana Ruiz, Director General of
/// the institute that ran the survey, said". A
/// description with a name set beside it is the name's role, as the
/// words read it: "Ruiz's mother, Lena Ortez, said".
pub fn subject_before(
    doc: &Doc,
    cue: usize,
    a: usize,
) -> Option<(Range<usize>, Vec<Range<usize>>)> {
    let (p, w) = doc.parsed(cue)?;
    let word = |x: usize| &p.analysis.words[x];
    if word(w).upos != "VERB" {
        return None;
    }
    let rel = |x: usize| word(x).deprel;
    let s = p
        .analysis
        .children(w)
        .find(|&c| rel(c) == "nsubj" && matches!(word(c).upos, "NOUN" | "PROPN"))?;
    let whole = span(p, s, |_| false);
    let own = |t: usize| {
        !doc.tokens[t].is_word() || p.word_of_token(t).is_some_and(|x| p.under(s, x, |_| false))
    };
    if whole.start < a
        || whole.end > cue
        || !(whole.start..cue).all(own)
        || (whole.start..cue).any(|t| doc.quote_of[t].is_some())
    {
        return None;
    }
    let clause = |c: usize| matches!(rel(c), "acl:relcl" | "acl" | "parataxis");
    let aside = |c: usize| clause(c) || rel(c) == "appos";
    let verb_inside =
        (0..p.words.len()).any(|x| matches!(word(x).upos, "VERB" | "AUX") && p.under(s, x, aside));
    if verb_inside {
        return None;
    }
    let name = p
        .analysis
        .children(s)
        .find(|&c| rel(c) == "appos" && word(c).upos == "PROPN");
    if word(s).upos == "NOUN"
        && let Some(x) = name
    {
        return Some((span(p, x, clause), vec![span(p, s, aside)]));
    }
    let speaker = span(p, s, aside);
    // A function word the tagger took for a name ("*Amongst* reported
    // incidents") begins no speaker.
    let first = doc.tokens[speaker.start].norm.as_str();
    if crate::lexicon::is_stopword(first)
        && !crate::lexicon::words::DETERMINERS.contains(&first)
        && !matches!(
            first,
            "his" | "her" | "its" | "their" | "our" | "my" | "your"
        )
        && !doc.proper[speaker.start]
    {
        return None;
    }
    // A comma inside what is left sets off an apposition the parse did
    // not mark as one: after the subject's head, the name before it
    // speaks and the rest is its role ("Tomas Varga, Director General of
    // the institute, said"); before the head, the parse is not followed
    // ("Lena Ortez, Mayor Tomas Varga's *spokesperson*").
    if let Some(comma) = speaker.clone().find(|&t| doc.tokens[t].is_punct(",")) {
        let head = p.words[s].token;
        let role = super::trim(doc, comma + 1..cue);
        return (head < comma && !role.is_empty())
            .then(|| (super::trim(doc, speaker.start..comma), vec![role]));
    }
    // What stands between the speaker and the cue is one role, its
    // clauses with it ("Director General of the institute that ran the
    // survey").
    let apposition =
        (0..p.words.len()).any(|x| rel(x) == "appos" && p.under(s, x, |c| c != x && aside(c)));
    let role = super::trim(doc, speaker.end..cue);
    let roles = if apposition && !role.is_empty() {
        vec![role]
    } else {
        Vec::new()
    };
    Some((speaker, roles))
}

/// The name a pronoun at token `pronoun` most likely stands for within
/// its own sentence, as the parse reads it: the subject of a clause that
/// governs the pronoun's clause, a name written before the pronoun ("Ana
/// Ruiz broke the news when *she* revealed ...", "Tomas Varga said *he*
/// ..."). A subject governs what it commands, so a name further off in
/// another clause, or inside a phrase of its own, is never taken; nor is
/// the subject where another name stands between it and the pronoun.
pub fn governing_subject(doc: &Doc, pronoun: usize) -> Option<Range<usize>> {
    let (p, w) = doc.parsed(pronoun)?;
    let word = |x: usize| &p.analysis.words[x];
    let mut clause = p.head(w)?;
    for _ in 0..4 {
        clause = p.head(clause)?;
        let subject = p.analysis.children(clause).find(|&c| {
            matches!(word(c).deprel, "nsubj" | "nsubj:pass") && !p.under(c, w, |_| false)
        });
        if let Some(s) = subject {
            let phrase = span(p, s, |c| {
                matches!(word(c).deprel, "acl:relcl" | "acl" | "appos" | "parataxis")
            });
            let named = word(s).upos == "PROPN"
                && phrase.end <= pronoun
                && phrase.clone().all(|t| doc.proper[t] || !doc.tokens[t].is_word());
            // "Varga attacked Ruiz when she spoke": another name between
            // may be the one meant.
            let rival = (phrase.end..pronoun).any(|t| doc.proper[t]);
            return (named && !rival).then_some(phrase);
        }
    }
    None
}
