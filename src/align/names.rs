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
/// the two together somewhere.
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
/// together somewhere.
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
    // Met as written: by the same name word, capitalised, in the statement.
    let written = |ci: usize, k: usize| {
        pairs.iter().any(|p| {
            let e = &sentence_units[p.evidence];
            p.claim == ci
                && matches!(e.kind, UnitKind::Word { proper: true, .. })
                && doc.tokens[e.tokens.start].cap
                && doc.token_text(e.tokens.start) == cdoc.token_text(k)
        })
    };
    let met = |k: usize| {
        claim.units.iter().enumerate().any(|(ci, c)| {
            c.tokens == (k..k + 1) && name_word(claim, c) && (rest.contains(&ci) || written(ci, k))
        })
    };
    let together = |a: usize, b: usize| {
        let (a, b) = (&cdoc.tokens[a].norm, &cdoc.tokens[b].norm);
        doc.tokens
            .windows(2)
            .any(|w| w[0].norm == *a && w[1].norm == *b)
    };
    (t > 0 && met(t - 1) && together(t - 1, t))
        || (t + 1 < cdoc.tokens.len() && met(t + 1) && together(t, t + 1))
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
    }
}
