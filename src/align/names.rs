//! A name written short: the article names "Mahan Air" once and then says
//! "Mahan"; a claim that keeps the full name ("Mahan Air has been under
//! sanctions") meets the short form in the statement, and the rest of the
//! name asks nothing more of it.
//!
//! A name abbreviated from its words' beginnings ("LRC" for "Lowell
//! Research Center", "Legco" for "Legislative Council") meets the name it
//! shortens, though the article never writes the short form.

use super::Pair;
use crate::doc::Doc;
use crate::lexicon;
use crate::read::{Unit, UnitKind};

/// Claim units set aside as the rest of a name the statement writes
/// short, taken out of `unaligned`: a capitalised name word beside a claim
/// name word that the statement has as written, where the article writes
/// the two together and the short form with no other name.
pub(super) fn set_aside_name_rest(
    claim: &super::ClaimReading,
    doc: &Doc,
    sentence_units: &[Unit],
    pairs: &[Pair],
    unaligned: &mut Vec<usize>,
) -> Vec<usize> {
    let mut rest: Vec<usize> = Vec::new();
    loop {
        let found = unaligned.iter().copied().find(|&ci| {
            let u = &claim.units[ci];
            name_word(claim, u) && beside_met(claim, doc, sentence_units, pairs, &rest, u)
        });
        let Some(ci) = found else {
            return rest;
        };
        rest.push(ci);
        unaligned.retain(|&c| c != ci);
    }
}

/// A capitalised proper word of one token.
fn name_word(claim: &super::ClaimReading, u: &Unit) -> bool {
    matches!(u.kind, UnitKind::Word { proper: true, .. })
        && u.tokens.len() == 1
        && claim.doc.tokens[u.tokens.start].cap
}

/// Whether the claim word next to `u` is a name word met as written (or
/// itself set aside already), and the article writes the two words
/// together, and the met word with no other name word beside it.
fn beside_met(
    claim: &super::ClaimReading,
    doc: &Doc,
    sentence_units: &[Unit],
    pairs: &[Pair],
    rest: &[usize],
    u: &Unit,
) -> bool {
    let t = u.tokens.start;
    let cdoc = &claim.doc;
    // Met as written, by the same name word, capitalised, which the
    // statement writes alone on the side of the rest: "William Holinshed"
    // is no short form of "Raphael Holinshed".
    let alone = |e: &Unit, before: bool| {
        let k = if before {
            e.tokens.start.checked_sub(1)
        } else {
            Some(e.tokens.end)
        };
        k.and_then(|k| doc.tokens.get(k))
            .is_none_or(|t| !(t.is_word() && t.cap))
    };
    let written = |ci: usize, k: usize, before: bool| {
        pairs.iter().any(|p| {
            let e = &sentence_units[p.evidence];
            p.claim == ci
                && matches!(e.kind, UnitKind::Word { proper: true, .. })
                && doc.tokens[e.tokens.start].cap
                && doc.token_text(e.tokens.start) == cdoc.token_text(k)
                && alone(e, before)
        })
    };
    // `before`: the rest stands before the word met.
    let met = |k: usize, before: bool| {
        claim.units.iter().enumerate().any(|(ci, c)| {
            c.tokens == (k..k + 1)
                && name_word(claim, c)
                && (rest.contains(&ci) || written(ci, k, before))
        })
    };
    // The article writes the met word with the rest, and with no other
    // name word on that side: "Raphael" is no short form of "Raphael
    // Holinshed" in an article that also names "Raphael Sanzio".
    let only_together = |met: usize, rest: usize| {
        let (m, r) = (&cdoc.tokens[met].norm, &cdoc.tokens[rest].norm);
        let mut with_rest = false;
        for w in doc.tokens.windows(2) {
            let (here, beside) = if rest > met { (&w[0], &w[1]) } else { (&w[1], &w[0]) };
            if here.norm != *m || !(beside.is_word() && beside.cap) {
                continue;
            }
            if beside.norm != *r {
                return false;
            }
            with_rest = true;
        }
        with_rest
    };
    (t > 0 && met(t - 1, false) && only_together(t - 1, t))
        || (t + 1 < cdoc.tokens.len() && met(t + 1, true) && only_together(t + 1, t))
}

/// Pairs each unmet one-word claim name that abbreviates a run of the
/// statement's name words ([`abbreviates`]) with the run's first word,
/// where the run stands where the claim has the name: a claim word beside
/// the name meets a statement word beside the run ("the youngest *Legco*
/// member" and "the youngest *Legislative Council* member").
pub(super) fn match_abbreviations(
    claim: &super::ClaimReading,
    doc: &Doc,
    units: &[Unit],
    ev: &[usize],
    chosen: &mut [Option<(usize, super::Relation)>],
) {
    let unmet = |chosen: &[Option<(usize, super::Relation)>], ci: usize| {
        chosen[ci].is_none() && name_word(claim, &claim.units[ci])
    };
    if !(0..claim.units.len()).any(|ci| unmet(chosen, ci)) {
        return;
    }
    let runs = name_runs(doc, units, ev);
    if runs.is_empty() {
        return;
    }
    for ci in 0..claim.units.len() {
        if !unmet(chosen, ci) {
            continue;
        }
        let cu = &claim.units[ci];
        let short = claim.doc.tokens[cu.tokens.start].norm.as_str();
        // The statement tokens the claim's neighbours met.
        let met = |k: Option<usize>| {
            k.and_then(|k| chosen.get(k).copied().flatten())
                .map(|(ei, _)| units[ei].tokens.clone())
        };
        let (before, after) = (met(ci.checked_sub(1)), met(Some(ci + 1)));
        let beside = |run: &NameRun| {
            let near = |a: usize, b: usize| (a..b).all(|k| lexicon::is_stopword(&doc.tokens[k].norm)) && b - a <= 2;
            before.as_ref().is_some_and(|b| b.end <= run.tokens.start && near(b.end, run.tokens.start))
                || after.as_ref().is_some_and(|a| run.tokens.end <= a.start && near(run.tokens.end, a.start))
        };
        if let Some(run) = runs.iter().find(|r| beside(r) && abbreviates(short, &r.words)) {
            chosen[ci] = Some((run.first, super::Relation::Same));
        }
    }
}

/// A run of adjacent capitalised name words of a statement.
struct NameRun<'d> {
    /// The unit of its first word.
    first: usize,
    tokens: std::ops::Range<usize>,
    /// Its words, with the joining words written between them.
    words: Vec<&'d str>,
}

/// The statement's runs of name words, joined by "of", "and" and the like.
fn name_runs<'d>(doc: &'d Doc, units: &[Unit], ev: &[usize]) -> Vec<NameRun<'d>> {
    let mut runs: Vec<NameRun> = Vec::new();
    let mut open = false;
    for &ei in ev {
        let u = &units[ei];
        if !matches!(u.kind, UnitKind::Word { proper: true, .. }) {
            open = false;
            continue;
        }
        let words = u.tokens.clone().map(|k| doc.tokens[k].norm.as_str());
        match runs.last_mut() {
            Some(run)
                if open
                    && (run.tokens.end..u.tokens.start)
                        .all(|k| is_name_joiner(&doc.tokens[k].norm)) =>
            {
                run.words.extend((run.tokens.end..u.tokens.start).map(|k| doc.tokens[k].norm.as_str()));
                run.words.extend(words);
                run.tokens.end = u.tokens.end;
            }
            _ => runs.push(NameRun {
                first: ei,
                tokens: u.tokens.clone(),
                words: words.collect(),
            }),
        }
        open = true;
    }
    runs
}

/// Words written inside a name that its abbreviation may leave out.
fn is_name_joiner(w: &str) -> bool {
    matches!(w, "of" | "and" | "for" | "the" | "&")
}

/// Whether `short` (two letters or more) is the beginnings of `words` in
/// order, one beginning for every word of two or more that is not a
/// joining word: "lrc" of "lowell research center", "legco" of
/// "legislative council", "ofcom" of "office of communications".
pub(super) fn abbreviates(short: &str, words: &[&str]) -> bool {
    let content = words.iter().filter(|w| !is_name_joiner(w)).count();
    if short.chars().count() < 2 || content < 2 || short.chars().any(|c| !c.is_alphabetic()) {
        return false;
    }
    fn go(short: &str, words: &[&str]) -> bool {
        let Some((w, rest)) = words.split_first() else {
            return short.is_empty();
        };
        if is_name_joiner(w) && go(short, rest) {
            return true;
        }
        w.char_indices()
            .map(|(i, c)| i + c.len_utf8())
            .take_while(|&k| short.starts_with(&w[..k]))
            .any(|k| go(&short[k..], rest))
    }
    go(short, words)
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_fires, assert_silent};

    const ARTICLE: &str = "Germany banned Iranian airline Mahan Air on Monday.\n\nMahan has been the \
        subject of United States sanctions since 2011.";

    #[test]
    fn the_full_name_meets_its_short_form() {
        let claim = "Mahan Air has been subject to United States sanctions since 2011.";
        assert_fires("statement-entails-claim", ARTICLE, claim);
        let wrong = "Mahan Air has been subject to United States sanctions since 2001.";
        assert_fires("time-mismatch", ARTICLE, wrong);
    }

    #[test]
    fn abbreviations_are_the_beginnings_of_the_words() {
        use super::abbreviates;
        assert!(abbreviates("lrc", &["lowell", "research", "center"]));
        assert!(abbreviates("legco", &["legislative", "council"]));
        assert!(abbreviates("ofcom", &["office", "of", "communications"]));
        assert!(abbreviates("nasa", &["national", "aeronautics", "and", "space", "administration"]));
        assert!(!abbreviates("lc", &["legislative"]));
        assert!(!abbreviates("legal", &["legislative", "council"]));
        assert!(!abbreviates("lrc", &["lowell", "center"]));
        assert!(!abbreviates("l", &["lowell", "research"]));
    }

    #[test]
    fn an_abbreviation_meets_the_name_it_shortens() {
        let article = "Ann Lee became the youngest Legislative Council member in the city's history.";
        let claim = "Ann Lee became the youngest Legco member in the city's history.";
        assert_fires("statement-entails-claim", article, claim);
        let other = "Ann Lee became the youngest Lagos member in the city's history.";
        assert_silent("statement-entails-claim", article, other);
        // A run elsewhere in the statement is another party.
        let article = "Ann Lee of the Lowell Research Center praised the remarkable work of NASA.";
        let claim = "Ann Lee praised the remarkable work of LRC.";
        assert_silent("statement-entails-claim", article, claim);
    }

    #[test]
    fn another_name_is_not_the_short_form() {
        let bank = "Mahan Bank has been subject to United States sanctions since 2011.";
        assert_silent("statement-entails-claim", ARTICLE, bank);
        // "Iran Air" is another airline, though the article names both;
        // and "Air" alone could be either.
        let article = "Germany banned Mahan Air on Monday.\n\nIran Air has been the subject of \
            sanctions since 2011.";
        let claim = "Mahan Air has been the subject of sanctions since 2011.";
        assert_silent("statement-entails-claim", article, claim);
        // A short form the article gives two names for is neither's.
        let article = "Pars Bank and Pars Air were founded in 1990.\n\nPars was fined in 2011.";
        let claim = "Pars Air was fined in 2011.";
        assert_silent("statement-entails-claim", article, claim);
    }
}
