//! Context across sentences: claim units met outside the statement's own
//! words, in a sentence read with it (see [`crate::index::link_sentences`]),
//! the frame opening its paragraph, a name the article always gives a word,
//! or an attribute the article gives a person.

use super::*;

/// Meets claim units the statement left unmatched with the sentences linked
/// to its own: what "the forms", "it" or "they" stand for, or what the
/// sentence that refers back to this one adds. Only names, places and words
/// that agree are taken (never numbers, times or opposites, which belong to
/// the other sentence's event), none that is part of a swap, and never more
/// than the statement meets itself.
pub(super) fn fill_from_context(
    claim: &ClaimReading,
    index: &Index,
    st: &Statement,
    pairs: &[Pair],
    unaligned: &mut Vec<usize>,
    swaps: &[Swap],
) -> Vec<ContextPair> {
    let mut out = Vec::new();
    let links = &index.links[st.sentence];
    if links.is_empty() || pairs.len() < 2 {
        return out;
    }
    let mut left = Vec::new();
    for &ci in unaligned.iter() {
        let cu = &claim.units[ci];
        let fillable = matches!(
            cu.kind,
            UnitKind::Word { .. }
                | UnitKind::Place { .. }
                | UnitKind::Person { .. }
                | UnitKind::Concept { .. }
        ) && !swaps.iter().any(|s| s.claim.contains(&ci));
        let found = fillable
            .then(|| {
                links.iter().find_map(|&si| {
                    index.units[si].iter().enumerate().find_map(|(ui, eu)| {
                        let rel = relate(cu, &claim.relations[ci], eu, index, index.published)?;
                        let agrees =
                            matches!(rel, Relation::Same | Relation::Synonym | Relation::Broader)
                                && (!cu.carries_polarity() || cu.negated == eu.negated);
                        agrees.then_some(ContextPair {
                            claim: ci,
                            sentence: si,
                            unit: ui,
                            relation: rel,
                        })
                    })
                })
            })
            .flatten();
        match found {
            Some(cp) if out.len() < pairs.len() => out.push(cp),
            _ => left.push(ci),
        }
    }
    if out.len() > pairs.len() {
        return Vec::new();
    }
    *unaligned = left;
    out
}

/// Meets the claim's places and names with the place phrase that frames the
/// statement's sentence ("In the Lakeside West district, ... . Li Wen
/// defeated Tomas Varga by 312 votes." for the claim's "in Lakeside West"): only
/// places and capitalised words, and only where the statement meets at least
/// two units itself.
pub(super) fn fill_from_frame(
    claim: &ClaimReading,
    index: &Index,
    st: &Statement,
    pairs: &[Pair],
    unaligned: &mut Vec<usize>,
    swaps: &[Swap],
) -> Vec<ContextPair> {
    let mut out = Vec::new();
    let Some((fs, frame)) = &index.frames[st.sentence] else {
        return out;
    };
    if pairs.len() < 2 {
        return out;
    }
    unaligned.retain(|&ci| {
        let cu = &claim.units[ci];
        let nameish = matches!(
            cu.kind,
            UnitKind::Place { .. } | UnitKind::Word { proper: true, .. }
        );
        if !nameish || swaps.iter().any(|s| s.claim.contains(&ci)) {
            return true;
        }
        let hit = index.units[*fs].iter().enumerate().find(|(_, eu)| {
            frame.start <= eu.tokens.start
                && eu.tokens.end <= frame.end
                && relate(cu, &claim.relations[ci], eu, index, index.published)
                    == Some(Relation::Same)
        });
        match hit {
            Some((ui, _)) => {
                out.push(ContextPair::same(ci, *fs, ui));
                false
            }
            None => true,
        }
    });
    out
}

/// Meets the claim's specific noun where the statement refers back with a
/// general one: "fishermen noticed the people" after "... rescued 700
/// asylum seekers" meets a claim's "asylum seekers". The statement's noun
/// must follow "the", "these" or "those" and be broader than (or a synonym
/// of) the claim's, and one of the three sentences before must use the
/// claim's noun; words the claim puts right before it may be met there too.
pub(super) fn fill_from_definites(
    claim: &ClaimReading,
    index: &Index,
    st: &Statement,
    units: &[Unit],
    ev: &[usize],
    pairs: &[Pair],
    unaligned: &mut Vec<usize>,
) -> Vec<ContextPair> {
    let mut out = Vec::new();
    if pairs.len() < 2 || unaligned.is_empty() {
        return out;
    }
    let doc = &index.doc;
    let used: Vec<usize> = pairs.iter().map(|p| p.evidence).collect();
    let definite: Vec<&str> = ev
        .iter()
        .filter(|ei| !used.contains(ei))
        .filter_map(|&ei| {
            let u = &units[ei];
            let UnitKind::Word {
                key, proper: false, ..
            } = &u.kind
            else {
                return None;
            };
            let before = u.tokens.start.checked_sub(1)?;
            matches!(doc.tokens[before].norm.as_str(), "the" | "these" | "those")
                .then_some(key.as_str())
        })
        .collect();
    if definite.is_empty() {
        return out;
    }
    let earlier: Vec<usize> = (st.sentence.saturating_sub(3)..st.sentence).rev().collect();
    let mut filled: Vec<usize> = Vec::new();
    for &ci in unaligned.iter() {
        // A common noun, or a phrase read as one ("asylum seekers").
        let key = match &claim.units[ci].kind {
            UnitKind::Word {
                key, proper: false, ..
            }
            | UnitKind::Concept { key, .. } => key,
            _ => continue,
        };
        if !definite
            .iter()
            .any(|d| lexicon::is_broader(key, d) || lexicon::are_synonyms(key, d))
        {
            continue;
        }
        let Some((si, ui)) = earlier.iter().find_map(|&si| {
            index.units[si]
                .iter()
                .position(|u| {
                    matches!(&u.kind, UnitKind::Word { key: k, .. } | UnitKind::Concept { key: k, .. } if k == key)
                })
                .map(|ui| (si, ui))
        }) else {
            continue;
        };
        out.push(ContextPair::same(ci, si, ui));
        filled.push(ci);
        // "asylum seekers": the words before the noun, from the same
        // sentence.
        let mut k = ci;
        while k > 0
            && unaligned.contains(&(k - 1))
            && claim.units[k - 1].tokens.end == claim.units[k].tokens.start
        {
            k -= 1;
            let Some(mi) = index.units[si].iter().position(|u| {
                relate(
                    &claim.units[k],
                    &claim.relations[k],
                    u,
                    index,
                    index.published,
                ) == Some(Relation::Same)
            }) else {
                break;
            };
            out.push(ContextPair::same(k, si, mi));
            filled.push(k);
        }
    }
    if out.len() > pairs.len() {
        return Vec::new();
    }
    unaligned.retain(|c| !filled.contains(c));
    out
}

/// Meets a name the claim puts before a word the statement has without it
/// ("the Chilean girls" for the statement's "the girls") when the article
/// always names that word with it: some sentence says "Chilean girls" and
/// none puts another name there ("the Peruvian girls" would make the claim's
/// name a guess). The sentence that does is shown as read with.
pub(super) fn fill_from_attributes(
    claim: &ClaimReading,
    index: &Index,
    units: &[Unit],
    pairs: &[Pair],
    unaligned: &mut Vec<usize>,
    swaps: &[Swap],
) -> Vec<ContextPair> {
    let mut out = Vec::new();
    if pairs.len() < 2 {
        return out;
    }
    let doc = &claim.doc;
    let mut left = Vec::new();
    for &ci in unaligned.iter() {
        let found = (|| {
            if swaps.iter().any(|s| s.claim.contains(&ci)) {
                return None;
            }
            let mk = crate::index::modifier_key(&claim.units[ci].kind)?;
            // The word the name modifies: the next unit in the same phrase
            // that the statement met, past other names.
            let mut at = claim.units[ci].tokens.end;
            let mut head = None;
            let mut chain = vec![mk.clone()];
            for j in ci + 1..claim.units.len() {
                let u = &claim.units[j];
                let gap_ok = u.tokens.start >= at
                    && u.tokens.start - at <= 2
                    && (at..u.tokens.start).all(|k| {
                        let t = &doc.tokens[k];
                        t.is_possessive() || matches!(t.norm.as_str(), "and" | "of")
                    });
                if !gap_ok {
                    break;
                }
                if let Some(p) = pairs.iter().find(|p| p.claim == j) {
                    head = Some(p.evidence);
                    break;
                }
                chain.push(crate::index::modifier_key(&u.kind)?);
                at = u.tokens.end;
            }
            let UnitKind::Word { key, .. } = &units[head?].kind else {
                return None;
            };
            // The word and its synonyms ("the site", "the Harbor Trust
            // website").
            let groups: Vec<&Vec<crate::index::Attribute>> = index
                .attributes
                .iter()
                .filter(|(k, _)| {
                    *k == key
                        || lexicon::are_synonyms(k, key)
                        || (lexicon::is_broader(k, key) && lexicon::is_broader(key, k))
                })
                .flat_map(|(_, g)| g.iter())
                .collect();
            // Names the claim puts before the word too ("the Varga video"
            // for "the Tomas Varga video") are no other name.
            let earlier: Vec<String> = (0..ci)
                .rev()
                .map_while(|j| crate::index::modifier_key(&claim.units[j].kind))
                .collect();
            let mut seen = None;
            for g in groups.iter().filter(|g| !g.is_empty()) {
                match g.iter().find(|(k, _, _)| *k == mk) {
                    Some(hit) => {
                        seen.get_or_insert((hit.1, hit.2));
                    }
                    None if g
                        .iter()
                        .all(|(k, _, _)| chain.contains(k) || earlier.contains(k)) => {}
                    None => return None,
                }
            }
            let (sentence, unit) = seen?;
            Some(ContextPair {
                claim: ci,
                sentence,
                unit,
                relation: Relation::Same,
            })
        })();
        match found {
            Some(cp) if out.len() < pairs.len() => out.push(cp),
            _ => left.push(ci),
        }
    }
    *unaligned = left;
    out
}
