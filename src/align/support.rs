//! Support verbs: a verb that lends its tense and subject to a noun of
//! action, which carries the meaning ("gave its approval to the merger" is
//! "approved the merger", "made a decision" is "decided"). Where the
//! claim's support verb has such a noun as its object, and the noun meets
//! a verb of the statement, the support verb asks nothing more of the
//! statement and is set aside.

use super::Pair;
use super::structure::Side;
use crate::index::Index;
use crate::lexicon;
use crate::read::{Unit, UnitKind};

/// Claim units set aside as support verbs, taken out of `unaligned`, each
/// with the unit of its noun.
pub(super) fn set_aside_support(
    claim: &super::ClaimReading,
    index: &Index,
    sentence_units: &[Unit],
    pairs: &[Pair],
    unaligned: &mut Vec<usize>,
) -> Vec<(usize, usize)> {
    let mut set_aside = Vec::new();
    // Parsing the claim is the dearest step of a check: only for a claim
    // with a support verb left over.
    let support_verb = |u: &Unit| {
        matches!(&u.kind, UnitKind::Word { key, proper: false, .. }
            if lexicon::is_support_verb(key))
    };
    let any = unaligned.iter().any(|&ci| support_verb(&claim.units[ci]));
    if !any || crate::grammar::grammar().is_none() {
        return set_aside;
    }
    let side = Side::new(&claim.doc);
    let article = Side::new(&index.doc);
    // The claim's units that meet a verb of the statement, or a noun of
    // action the statement gives a support verb of its own ("made its
    // request" for "the request was advanced"), at their words.
    let meets_verb: Vec<_> = pairs
        .iter()
        .filter(|p| {
            let e = &sentence_units[p.evidence];
            crate::extract::is_verbish(&index.doc, e.tokens.start)
                || supported_noun(&article, e)
        })
        .filter_map(|p| Some((side.head_word(&claim.units[p.claim])?, p.claim)))
        .collect();
    unaligned.retain(|&ci| {
        let u = &claim.units[ci];
        if !support_verb(u) {
            return true;
        }
        let Some(v) = side.head_word(u).filter(|&v| side.upos(v) == "VERB") else {
            return true;
        };
        let noun = side
            .children(v)
            .filter(|&n| side.deprel(n) == "obj" && side.upos(n) == "NOUN")
            .find_map(|n| meets_verb.iter().find(|(w, _)| *w == n).map(|&(_, c)| c));
        match noun {
            Some(c) => {
                set_aside.push((ci, c));
                false
            }
            None => true,
        }
    });
    set_aside
}

/// Whether the statement's unit `e` is a noun that a support verb of the
/// statement takes as its object, or as its subject in the passive ("the
/// request was advanced").
fn supported_noun(article: &Side, e: &Unit) -> bool {
    let Some(n) = article.head_word(e).filter(|&n| article.upos(n) == "NOUN") else {
        return false;
    };
    let Some(v) = article.head(n).filter(|&v| article.upos(v) == "VERB") else {
        return false;
    };
    let object = match article.deprel(n) {
        "obj" => !article.passive(v),
        "nsubj:pass" => true,
        _ => false,
    };
    object && lexicon::is_support_verb(&lexicon::key(article.lemma(v)))
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_fires, assert_silent, judge};

    const ARTICLE: &str = "The regional council approved the budget on Thursday.";

    #[test]
    fn a_support_verb_with_its_noun_meets_the_verb() {
        assert_fires(
            "statement-entails-claim",
            ARTICLE,
            "The regional council gave its approval to the budget on Thursday.",
        );
    }

    #[test]
    fn a_support_verb_meets_another_support_verb_of_the_same_noun() {
        let article = "The request was advanced by the town council in 2010.";
        for claim in [
            "The town council made its request in 2010.",
            "The town council submitted the request in 2010.",
        ] {
            assert_fires("statement-entails-claim", article, claim);
        }
        // A verb that changes what happened to the noun is not met.
        let article = "The request was rejected by the town council in 2010.";
        assert_silent(
            "statement-entails-claim",
            article,
            "The town council made its request in 2010.",
        );
    }

    #[test]
    fn a_verb_that_changes_who_acts_is_not_a_support_verb() {
        for claim in [
            "The regional council received approval for the budget on Thursday.",
            "The regional council sought approval for the budget on Thursday.",
            "The regional council did not give its approval to the budget on Thursday.",
        ] {
            assert_silent("statement-entails-claim", ARTICLE, claim);
        }
    }

    #[test]
    fn the_explanation_names_the_verb_set_aside() {
        let out = judge(
            "The mayor decided to close the pool.",
            "The mayor made the decision to close the pool.",
        );
        let messages: Vec<&str> = out
            .candidates
            .iter()
            .flat_map(|c| &c.findings)
            .map(|f| f.message.as_str())
            .collect();
        assert!(
            messages
                .iter()
                .any(|m| m.ends_with("“made” only carries “decision”")),
            "{messages:?}"
        );
    }
}
