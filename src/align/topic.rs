//! The article's topic as context: a claim that writes out what the
//! article leaves understood, because the headline and the lead have
//! said it ("*the Karaj* crash", "*McArthur's* sentencing", "hospitalized
//! *after the crash*"), against a statement that does not repeat it ("The
//! lone survivor was a flight engineer", "Sentencing is scheduled for
//! February 4").

use super::*;

/// Meets claim units that only narrow down a word the statement meets —
/// a name or place before a noun ("the *Toronto* mayor"), an event in an
/// "of" phrase ("the survivor *of the crash*") — or that name the event
/// a time adjunct places the statement's verb after or during, when the
/// article's topic sentences (see [`Index::topic`]) have the same word.
/// A name or place in a phrase of its own ("flies *to Germany*") would be
/// a fact of its own, and an act or thing ("improved *during the
/// treatment*") may be what the claim asserts: neither is taken. Fewer
/// units than the statement meets itself.
pub(super) fn fill_from_topic(
    s: &Scope,
    pairs: &[Pair],
    unaligned: &mut Vec<usize>,
    swaps: &[Swap],
) -> Vec<ContextPair> {
    let (claim, index) = (s.claim, s.index);
    let mut out = Vec::new();
    if pairs.len() < 2 || unaligned.is_empty() || index.topic.is_empty() {
        return out;
    }
    // A name of the statement's own that the claim leaves unmet may be
    // the one the claim's topical name replaces ("*Varga's* plan" for the
    // statement's "Ruiz's plan"): then no name is taken from the topic.
    let used: Vec<usize> = pairs.iter().map(|p| p.evidence).collect();
    let own_name_left = s
        .ev
        .iter()
        .any(|ei| !used.contains(ei) && is_name(&s.units[*ei]));
    let hits: Vec<(usize, (usize, usize))> = unaligned
        .iter()
        .filter(|&&ci| !swaps.iter().any(|s| s.claim.contains(&ci)))
        .filter(|&&ci| !(own_name_left && is_name(&claim.units[ci])))
        .filter(|&&ci| is_name(&claim.units[ci]) || is_event(claim, ci))
        .filter_map(|&ci| Some((ci, topic_hit(claim, index, ci)?)))
        .collect();
    if hits.is_empty() {
        return out;
    }
    let mut met: Vec<usize> = pairs.iter().map(|p| p.claim).collect();
    // A modifier of a modifier ("the *Karaj* crash" in "the survivor of
    // the Karaj crash") is taken once the word it narrows is.
    loop {
        let before = out.len();
        for &(ci, (si, ui)) in &hits {
            if met.contains(&ci) || out.len() + 1 >= pairs.len() {
                continue;
            }
            let narrows = narrows_a_met_word(claim, ci, &met)
                .is_some_and(|(hu, slot)| slot_free(s, pairs, hu, slot));
            if narrows {
                out.push(ContextPair::same(ci, si, ui));
                met.push(ci);
                // The phrase's preposition, where the reader keeps it as a
                // unit ("*after* the crash"), goes with it.
                if let Some(pi) = preposition_unit(claim, ci).filter(|p| unaligned.contains(p)) {
                    out.push(ContextPair::same(pi, si, ui));
                    met.push(pi);
                }
            }
        }
        if out.len() == before {
            break;
        }
    }
    unaligned.retain(|ci| !out.iter().any(|cp| cp.claim == *ci));
    out
}

/// The unit of a topic sentence that claim unit `ci` meets as the same
/// word or a synonym: a word, name, place or phrase, not a number or
/// time (which belong to one event, not the topic).
fn topic_hit(claim: &ClaimReading, index: &Index, ci: usize) -> Option<(usize, usize)> {
    let cu = &claim.units[ci];
    let kind_ok = matches!(
        cu.kind,
        UnitKind::Word { .. } | UnitKind::Place { .. } | UnitKind::Person { .. } | UnitKind::Concept { .. }
    );
    // Quoted words are the speaker's, to be found as written.
    let quoted = claim.doc.quote_of[cu.tokens.start].is_some();
    if !kind_ok || cu.negated || quoted {
        return None;
    }
    index.topic.iter().find_map(|&si| {
        let ui = index.units[si].iter().position(|eu| {
            let rel = relate(cu, &claim.relations[ci], eu, index, index.published);
            matches!(rel, Some(Relation::Same | Relation::Synonym)) && !eu.negated
        })?;
        Some((si, ui))
    })
}

/// Whether a unit is a name: a person, a place or a capitalised word.
fn is_name(u: &Unit) -> bool {
    matches!(
        u.kind,
        UnitKind::Word { proper: true, .. } | UnitKind::Place { .. } | UnitKind::Person { .. }
    )
}

/// Whether claim unit `ci` is a common noun naming an event (see
/// [`crate::lexicon::wordnet::Word::names_an_event`]). With
/// [`is_name`], the only units the topic may meet: both are asked before
/// the claim is parsed.
fn is_event(claim: &ClaimReading, ci: usize) -> bool {
    let u = &claim.units[ci];
    matches!(&u.kind, UnitKind::Word { proper: false, .. })
        && u.tokens.len() == 1
        && crate::lexicon::wordnet::word(&claim.doc.tokens[u.tokens.start].norm).names_an_event()
}

/// The unit of the preposition right before claim unit `ci`'s phrase
/// ("after" in "after the crash"), if the reader made it one.
fn preposition_unit(claim: &ClaimReading, ci: usize) -> Option<usize> {
    let doc = &claim.doc;
    let mut k = claim.units[ci].tokens.start;
    while k > 0 && matches!(doc.tokens[k - 1].norm.as_str(), "the" | "a" | "an" | "this" | "that") {
        k -= 1;
    }
    let p = k.checked_sub(1)?;
    claim.units.iter().position(|u| u.tokens.start == p && u.tokens.len() == 1)
}

/// The unit in `met` that claim unit `ci` narrows down, and how: a name
/// or place as its possessor, compound or adjective (see
/// [`name_before`]), or, by the claim's parse, an event as an "of" phrase
/// of it or a time adjunct of its verb.
fn narrows_a_met_word(claim: &ClaimReading, ci: usize, met: &[usize]) -> Option<(usize, Slot)> {
    let unit = &claim.units[ci];
    if is_name(unit) {
        return name_before(claim, ci, met).map(|hu| (hu, Slot::Before));
    }
    let (parse, _) = claim.doc.parsed(unit.tokens.start)?;
    let unit_of = |w: usize| {
        let t = parse.words.get(w)?.token;
        claim.units.iter().position(|u| u.tokens.contains(&t))
    };
    // The unit's head word: the one whose head lies outside the unit.
    let (w, head) = unit.tokens.clone().find_map(|t| {
        let w = parse.word_of_token(t)?;
        let h = parse.head(w)?;
        (unit_of(h) != Some(ci)).then_some((w, h))
    })?;
    let hu = unit_of(head).filter(|hu| met.contains(hu))?;
    let rel = parse.analysis.words[w].deprel;
    // An event the topic names ("the crash", "the collapse"), not an act
    // or a thing ("the treatment", "the plans"), which a claim may place
    // where the article does not.
    let event = is_event(claim, ci);
    // The preposition of a phrase: "of" narrows a noun ("the survivor *of
    // the crash*"); "after", "during" and the like only place the verb's
    // event in time ("hospitalized *after the crash*"). Any other ("sent
    // *to* the country") may be what the claim asserts.
    let case = || {
        parse
            .dependents(w)
            .find(|&d| parse.analysis.words[d].deprel == "case")
            .map(|d| claim.doc.tokens[parse.words[d].token].norm.as_str())
    };
    let slot = match rel {
        "nmod" if event && case() == Some("of") => Slot::Of,
        "obl"
            if event
                && matches!(
                    case(),
                    Some("after" | "following" | "during" | "amid" | "since")
                ) =>
        {
            Slot::Adjunct
        }
        _ => return None,
    };
    Some((hu, slot))
}

/// The unit in `met` that name `ci` stands right before, as its
/// possessor or modifier: "*McArthur's* sentencing", "the *Toronto*
/// mayor", "the *Martian* atmosphere". Read from the tokens and tags, so
/// that a name, which the topic meets often, costs no parse.
fn name_before(claim: &ClaimReading, ci: usize, met: &[usize]) -> Option<usize> {
    let doc = &claim.doc;
    let mut k = claim.units[ci].tokens.end;
    if doc.tokens.get(k).is_some_and(|t| t.is_possessive()) {
        k += 1;
    }
    let hu = claim.units.iter().position(|u| u.tokens.start == k)?;
    let noun = doc.upos(k).is_some_and(|u| matches!(u, "NOUN" | "PROPN"));
    (noun && met.contains(&hu)).then_some(hu)
}

/// Where a claim unit narrows the word it depends on.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Slot {
    /// In front of it: "*McArthur's* sentencing", "the *Toronto* mayor".
    Before,
    /// An "of" phrase after it: "the survivor *of the crash*".
    Of,
    /// A time adjunct of its verb: "hospitalized *after the crash*".
    Adjunct,
}

/// Whether the statement's word met by claim unit `hu` leaves free the
/// slot the claim fills: no word of its own in front of it that the claim
/// did not meet ("*Martin's* box", "a *word* document", for the claim's
/// "Maureen's box", "a Virginia document"), no "of" phrase after it. A
/// word the claim met only in the topic has no statement word to ask.
fn slot_free(s: &Scope, pairs: &[Pair], hu: usize, slot: Slot) -> bool {
    let Some(p) = pairs.iter().find(|p| p.claim == hu) else {
        return true;
    };
    let doc = &s.index.doc;
    let used = |k: usize| {
        pairs
            .iter()
            .any(|p| s.units[p.evidence].tokens.contains(&k))
    };
    let tokens = s.units[p.evidence].tokens.clone();
    match slot {
        Slot::Before => {
            let mut k = tokens.start;
            while k > 0 && matches!(doc.tokens[k - 1].norm.as_str(), "the" | "a" | "an") {
                k -= 1;
            }
            let Some(m) = k.checked_sub(1) else {
                return true;
            };
            let t = &doc.tokens[m];
            let modifier = t.is_possessive()
                || t.kind == crate::text::TokenKind::Number
                || (t.is_word()
                    && !lexicon::is_stopword(&t.norm)
                    && !crate::extract::is_verbish(doc, m));
            !modifier || used(m)
        }
        Slot::Of => doc.tokens.get(tokens.end).is_none_or(|t| t.norm != "of"),
        Slot::Adjunct => true,
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::judge;
    use crate::claims::Verdict;

    const ARTICLE: &str = "Bus crash in Velmora kills nine\n\n\
        Nine people died when a bus left the road near Velmora on Sunday.\n\n\
        The lone survivor was a teacher. Three more people were hospitalized.";

    fn verdict(claim: &str) -> Verdict {
        judge(ARTICLE, claim).verdict
    }

    #[test]
    fn a_claim_may_name_what_the_headline_and_lead_have_named() {
        for claim in [
            "The lone survivor of the Velmora crash was a teacher.",
            "Three more people were hospitalized after the crash.",
        ] {
            assert_eq!(verdict(claim), Verdict::Supported, "{claim}");
        }
    }

    #[test]
    fn a_word_the_topic_lacks_or_a_fact_of_its_own_is_still_added() {
        for claim in [
            // The topic never says "fire".
            "The lone survivor of the fire was a teacher.",
            // A place in a phrase of its own is a fact, not a narrowing.
            "Three more people were hospitalized in Velmora.",
            // The topic's "bus" is a thing, not an event: "during the bus
            // journey" says when, which the statement does not.
            "Three more people were hospitalized during the bus journey.",
        ] {
            assert_eq!(verdict(claim), Verdict::Unverified, "{claim}");
        }
    }
}
