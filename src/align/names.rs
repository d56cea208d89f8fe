//! A name written short: the article names "Mahan Air" once and then says
//! "Mahan"; a claim that keeps the full name ("Mahan Air has been under
//! sanctions") meets the short form in the statement, and the rest of the
//! name asks nothing more of it.

use super::Pair;
use crate::doc::Doc;
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
