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

/// Meets the words a claim says in its own voice beside an attribution
/// ("*No deaths were reported*, with local media saying no one was in the
/// houses") with the article's own voice in the statement's sentence,
/// where the article divides the sentence the same way: a statement of
/// the speaker and a statement of its own. Only where the claim names a
/// speaker and the statement meets at least two units itself; only words,
/// names, figures and times that agree, in the article's order, and all of
/// the claim's own words or none.
pub(super) fn fill_from_own_voice(
    claim: &ClaimReading,
    index: &Index,
    st: &Statement,
    pairs: &[Pair],
    unaligned: &mut Vec<usize>,
    swaps: &[Swap],
) -> Vec<ContextPair> {
    let mut out = Vec::new();
    if claim.attributed.is_empty() || st.speaker.is_none() || pairs.len() < 2 {
        return out;
    }
    let own_voice: Vec<std::ops::Range<usize>> = same_sentence(index, st)
        .iter()
        .filter(|o| o.speaker.is_none() && o.cue.is_none())
        .flat_map(|o| o.region.iter().cloned())
        .collect();
    if own_voice.is_empty() {
        return out;
    }
    // A negation the claim's own words carry must be the article's too,
    // wherever the readers put it ("should *not* also visit").
    let negations = |doc: &crate::doc::Doc, ranges: &mut dyn Iterator<Item = usize>| {
        ranges
            .filter(|&k| lexicon::is_negator(&doc.tokens[k].norm))
            .count()
    };
    let claim_doc = &claim.doc;
    let claim_own = negations(
        claim_doc,
        &mut (0..claim_doc.tokens.len()).filter(|&k| claim.own_voice(k)),
    );
    let article_own = negations(
        &index.doc,
        &mut own_voice.iter().flat_map(|r| r.clone()),
    );
    if claim_own != article_own {
        return out;
    }
    for &ci in unaligned.iter() {
        let cu = &claim.units[ci];
        if !claim.own_voice(cu.tokens.start) {
            continue;
        }
        if swaps.iter().any(|s| s.claim.contains(&ci)) {
            return Vec::new();
        }
        // The first unit of the article's own voice, after the one met
        // before, that agrees: the words keep their order, so that roles
        // traded around a verb ("a fine job did the team") are not met.
        let after = out.last().map_or(0, |c: &ContextPair| c.unit + 1);
        let found = meet_in(claim, index, st.sentence, ci, &own_voice, after);
        // All of the claim's own words, or none.
        let Some(cp) = found else {
            return Vec::new();
        };
        out.push(cp);
    }
    unaligned.retain(|ci| !out.iter().any(|c| c.claim == *ci));
    out
}

/// Meets the claim's other attributions ("..., adding that Y"; "A said X,
/// while B wrote Y") with the other statements of the statement's
/// sentence, where the article divides the sentence the same way: the
/// speaker must be the same (for "adding that", the statement's own), the
/// negations as many, and every word of what the part says met, in order.
/// Returns the pairs and the claim's words of the part's speaker and cue,
/// which the other statement's speaker and cue meet.
pub(super) fn fill_from_parts(
    claim: &ClaimReading,
    index: &Index,
    st: &Statement,
    pairs: &[Pair],
    unaligned: &mut Vec<usize>,
    swaps: &[Swap],
) -> (Vec<ContextPair>, Vec<usize>) {
    let mut out = Vec::new();
    let mut attribution = Vec::new();
    if claim.parts.is_empty() || pairs.len() < 2 {
        return (out, attribution);
    }
    for part in &claim.parts {
        // What the claim's first attribution covers is met by the
        // statement itself.
        let inside = |rs: &[std::ops::Range<usize>], ci: usize| {
            let t = claim.units[ci].tokens.start;
            rs.iter().any(|r| r.contains(&t)) && !claim.attributed.iter().any(|r| r.contains(&t))
        };
        let said: Vec<usize> = unaligned.iter().copied().filter(|&ci| inside(&part.said, ci)).collect();
        if said.is_empty() || said.iter().any(|ci| swaps.iter().any(|s| s.claim.contains(ci))) {
            continue;
        }
        let met = same_sentence(index, st)
            .iter()
            .filter(|o| o.id != st.id)
            .find_map(|o| Some((o, meet_part(claim, index, st, o, part, &said)?)));
        if let Some((o, met)) = met {
            out.extend(met);
            // The part's speaker and cue meet the statement's where they
            // are written alike; a pronoun or another reporting verb is
            // set aside, the speakers being the same.
            let attribution_units = unaligned
                .iter()
                .copied()
                .filter(|&ci| inside(&part.attribution, ci) && !said.contains(&ci));
            for ci in attribution_units {
                match meet_in(claim, index, st.sentence, ci, &attribution_of(o), 0) {
                    Some(cp) => out.push(cp),
                    None => attribution.push(ci),
                }
            }
        }
    }
    unaligned.retain(|ci| !out.iter().any(|c| c.claim == *ci) && !attribution.contains(ci));
    (out, attribution)
}

/// Every word of a claim part met by another statement `o` of the
/// sentence, in order, or `None`.
fn meet_part(
    claim: &ClaimReading,
    index: &Index,
    st: &Statement,
    o: &Statement,
    part: &ClaimPart,
    said: &[usize],
) -> Option<Vec<ContextPair>> {
    let os = o.speaker.as_ref()?;
    let same = match (&part.speaker, &st.speaker) {
        (Some(ps), _) => speaker::compare(&ps.profile, &os.profile),
        (None, Some(ss)) => speaker::compare(&ss.profile, &os.profile),
        (None, None) => SpeakerMatch::Unknown,
    };
    let negations = |doc: &crate::doc::Doc, rs: &[std::ops::Range<usize>]| {
        rs.iter()
            .flat_map(|r| r.clone())
            .filter(|&k| lexicon::is_negator(&doc.tokens[k].norm))
            .count()
    };
    if same != SpeakerMatch::Same || negations(&claim.doc, &part.said) != negations(&index.doc, &o.region) {
        return None;
    }
    let mut met: Vec<ContextPair> = Vec::new();
    for &ci in said {
        let after = met.last().map_or(0, |c| c.unit + 1);
        let cp = meet_in(claim, index, st.sentence, ci, &o.region, after)?;
        met.push(cp);
    }
    Some(met)
}

/// The statements of `st`'s sentence (statements are in sentence order).
fn same_sentence<'i>(index: &'i Index, st: &Statement) -> &'i [Statement] {
    let all = &index.statements;
    let from = all.partition_point(|o| o.sentence < st.sentence);
    let to = all.partition_point(|o| o.sentence <= st.sentence);
    &all[from..to]
}

/// The tokens of a statement's speaker mention and cue.
fn attribution_of(o: &Statement) -> Vec<std::ops::Range<usize>> {
    let mention = o.speaker.as_ref().and_then(|sp| sp.mention.clone());
    let cue = o.cue.as_ref().and_then(|c| c.tokens.clone());
    mention.into_iter().chain(cue).collect()
}

/// The first unit of sentence `si`, from its unit `from` on and within
/// `ranges`, that claim unit `ci` meets and agrees with.
fn meet_in(
    claim: &ClaimReading,
    index: &Index,
    si: usize,
    ci: usize,
    ranges: &[std::ops::Range<usize>],
    from: usize,
) -> Option<ContextPair> {
    let cu = &claim.units[ci];
    index.units[si].iter().enumerate().skip(from).find_map(|(ui, eu)| {
        if !ranges.iter().any(|r| r.contains(&eu.tokens.start)) {
            return None;
        }
        let rel = relate(cu, &claim.relations[ci], eu, index, index.published)?;
        let agrees = matches!(
            rel,
            Relation::Same | Relation::Synonym | Relation::Broader | Relation::Agrees
        ) && (!cu.carries_polarity() || cu.negated == eu.negated);
        agrees.then_some(ContextPair {
            claim: ci,
            sentence: si,
            unit: ui,
            relation: rel,
        })
    })
}

#[cfg(test)]
mod tests {
    use crate::claims::Verdict;
    use crate::rules::testing::judge;

    const ARTICLE: &str = "While most payments in the region use dollars, the union announced a common payment system on Monday.";

    #[test]
    fn a_claims_own_voice_meets_the_articles_own_voice() {
        let o = judge(
            ARTICLE,
            "While most payments in the region use dollars, the union announced a common payment system.",
        );
        assert_eq!(o.verdict, Verdict::Supported, "{}", o.decided_by.name);
    }

    #[test]
    fn what_the_claim_attributes_must_be_the_speakers() {
        // The article says the payments part in its own voice.
        let o = judge(
            ARTICLE,
            "The union said most payments in the region use dollars and announced a common payment system.",
        );
        assert_ne!(o.verdict, Verdict::Supported, "{}", o.decided_by.name);
        // Nor is a figure of the own voice taken from elsewhere.
        let o = judge(
            ARTICLE,
            "While 90% of payments in the region use dollars, the union announced a common payment system.",
        );
        assert_ne!(o.verdict, Verdict::Supported, "{}", o.decided_by.name);
    }

    const TWO_STATEMENTS: &str =
        "Nine are confirmed dead, port officials told reporters, adding that divers ended their search on Sunday.";

    #[test]
    fn a_second_attribution_meets_the_second_statement() {
        let o = judge(
            TWO_STATEMENTS,
            "Port officials told reporters nine are confirmed dead, adding that divers ended their search on Sunday.",
        );
        assert_eq!(o.verdict, Verdict::Supported, "{}", o.decided_by.name);
    }

    #[test]
    fn a_second_attribution_keeps_its_speaker_and_negation() {
        for claim in [
            "Port officials told reporters nine are confirmed dead, while the mayor said divers ended their search on Sunday.",
            "Port officials told reporters nine are confirmed dead, adding that divers did not end their search on Sunday.",
        ] {
            let o = judge(TWO_STATEMENTS, claim);
            assert_ne!(o.verdict, Verdict::Supported, "{claim}: {}", o.decided_by.name);
        }
    }
}
