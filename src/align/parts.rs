//! A claim judged part by part within its sentence. A sentence may hold
//! several statements: one in a speaker's voice and one in the article's
//! own ("While X, the club said Y"), or two speakers' ("..., adding that
//! Y"; "A said X; B said Y"). A claim written the same way is met part by
//! part by the statements of the candidate's sentence: each part whole, in
//! the article's order, with as many negations and, for another
//! attribution, the same speaker. The words met are pairs like the
//! statement's own, so the rules that read structure and polarity see them.

use super::*;
/// Meets the words a claim says in its own voice beside an attribution
/// ("*No deaths were reported*, with local media saying no one was in the
/// houses") with the article's own voice in the statement's sentence,
/// where the article divides the sentence the same way: a statement of
/// the speaker and a statement of its own. Only where the claim names a
/// speaker and the statement meets some unit itself (one is enough:
/// "saying it was *dangerous*"); only words, names, figures and times
/// that agree, in the article's order, and all of the claim's own words
/// or none.
pub(super) fn fill_from_own_voice(
    claim: &ClaimReading,
    index: &Index,
    st: &Statement,
    pairs: &[Pair],
    unaligned: &mut Vec<usize>,
    swaps: &[Swap],
) -> Vec<Pair> {
    let mut out = Vec::new();
    let any_own = unaligned
        .iter()
        .any(|&ci| claim.own_voice(claim.units[ci].tokens.start));
    if claim.attributed.is_empty() || st.speaker.is_none() || pairs.is_empty() || !any_own {
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
    let claim_own = (0..claim.doc.tokens.len()).filter(|&k| claim.own_voice(k));
    if negations(&claim.doc, claim_own) != negations(&index.doc, own_voice.iter().cloned().flatten()) {
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
        let after = out.last().map_or(0, |p: &Pair| p.evidence + 1);
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

/// Meets the subject of a claim told in its own voice with the speaker of
/// a statement whose cue the claim's verb meets: "The governor has
/// promised a payout for each victim" against "The governor has promised
/// each victim will receive a payout". The claim reports the act of
/// speaking, the statement what was said; the one who acted is the
/// speaker. Only where the claim's verb takes a noun phrase, and only the
/// words before the verb, all of them or none, met in the speaker's words
/// as the article writes them in the sentence.
pub(super) fn fill_from_speaker(
    claim: &ClaimReading,
    index: &Index,
    st: &Statement,
    pairs: &[Pair],
    unaligned: &mut Vec<usize>,
    swaps: &[Swap],
) -> Vec<Pair> {
    let mut out = Vec::new();
    let (Some(sp), Some(cue)) = (&st.speaker, &st.cue) else {
        return out;
    };
    let (Some(mention), Some(cue_tokens)) = (&sp.mention, &cue.tokens) else {
        return out;
    };
    if claim.speaker.is_some() || cue.negated {
        return out;
    }
    let units = &index.units[st.sentence];
    let Some(verb) = pairs
        .iter()
        .find(|p| cue_tokens.contains(&units[p.evidence].tokens.start))
        .map(|p| claim.units[p.claim].tokens.start)
    else {
        return out;
    };
    // The claim's verb takes a noun phrase, what was promised or
    // announced ("promised *a payout*"), as the statement's takes a
    // clause.
    let object = claim
        .doc
        .upos(verb + 1)
        .is_some_and(|u| matches!(u, "DET" | "NOUN" | "PROPN" | "ADJ" | "NUM" | "PRON"));
    if !object {
        return out;
    }
    let subject: Vec<usize> = unaligned
        .iter()
        .copied()
        .filter(|&ci| claim.units[ci].tokens.end <= verb)
        .collect();
    if subject.is_empty() || subject.iter().any(|ci| swaps.iter().any(|s| s.claim.contains(ci))) {
        return out;
    }
    for ci in subject {
        let Some(p) = meet_in(claim, index, st.sentence, ci, std::slice::from_ref(mention), 0) else {
            return Vec::new();
        };
        out.push(p);
    }
    unaligned.retain(|ci| !out.iter().any(|p| p.claim == *ci));
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
) -> (Vec<Pair>, Vec<usize>) {
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
        let own = |ci: usize| inside(&part.attribution, ci);
        if said.iter().all(|&ci| own(ci)) {
            // "According to X, citing Z, ...": Z vouches for what X says.
            if let Some(o) = same_source(claim, index, st, part) {
                for ci in unaligned.iter().copied().filter(|&ci| own(ci)) {
                    match meet_in(claim, index, st.sentence, ci, &attribution_of(o), 0) {
                        Some(cp) => out.push(cp),
                        None => attribution.push(ci),
                    }
                }
            }
            continue;
        }
        if said.iter().any(|ci| swaps.iter().any(|s| s.claim.contains(ci))) {
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

/// For a claim part that says what the claim's first attribution says (a
/// source quoted: "According to X, citing Z, ..."), the statement of the
/// sentence by the same speaker that says what `st` says, where the
/// article quotes that source too ("according to X, quoting Z, ...").
fn same_source<'i>(
    claim: &ClaimReading,
    index: &'i Index,
    st: &Statement,
    part: &ClaimPart,
) -> Option<&'i Statement> {
    let ps = part.speaker.as_ref()?;
    let own = |t: usize| part.attribution.iter().any(|a| a.contains(&t));
    let repeats = part
        .said
        .iter()
        .flat_map(|r| r.clone())
        .all(|t| own(t) || claim.attributed.iter().any(|a| a.contains(&t)));
    if part.said.is_empty() || !repeats {
        return None;
    }
    let overlaps = |o: &Statement| {
        o.region
            .iter()
            .any(|a| st.region.iter().any(|b| a.start < b.end && b.start < a.end))
    };
    same_sentence(index, st).iter().find(|o| {
        o.id != st.id
            && overlaps(o)
            && o.speaker
                .as_ref()
                .is_some_and(|os| speaker::compare(&ps.profile, &os.profile) == SpeakerMatch::Same)
    })
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
) -> Option<Vec<Pair>> {
    let os = o.speaker.as_ref()?;
    let same = match (&part.speaker, &st.speaker) {
        (Some(ps), _) => speaker::compare(&ps.profile, &os.profile),
        (None, Some(ss)) => speaker::compare(&ss.profile, &os.profile),
        (None, None) => SpeakerMatch::Unknown,
    };
    let said_negations = negations(&claim.doc, part.said.iter().cloned().flatten());
    if same != SpeakerMatch::Same || said_negations != negations(&index.doc, o.region.iter().cloned().flatten()) {
        return None;
    }
    let mut met: Vec<Pair> = Vec::new();
    for &ci in said {
        let after = met.last().map_or(0, |p| p.evidence + 1);
        let cp = meet_in(claim, index, st.sentence, ci, &o.region, after)?;
        met.push(cp);
    }
    Some(met)
}

/// The negators among tokens `ks` of `doc`, each counted once however
/// many of the ranges it came from hold it (a part's content is inside its
/// region too).
fn negations(doc: &crate::doc::Doc, ks: impl Iterator<Item = usize>) -> usize {
    ks.filter(|&k| lexicon::is_negator(&doc.tokens[k].norm))
        .collect::<std::collections::BTreeSet<usize>>()
        .len()
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
/// `ranges`, that claim unit `ci` meets and agrees with, as a pair.
pub(super) fn meet_in(
    claim: &ClaimReading,
    index: &Index,
    si: usize,
    ci: usize,
    ranges: &[std::ops::Range<usize>],
    from: usize,
) -> Option<Pair> {
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
        agrees.then_some(Pair {
            claim: ci,
            evidence: ui,
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
    fn a_source_quoted_meets_the_source_the_article_quotes() {
        let article = "According to the Gazette, quoting state radio, the ministry has closed the port.";
        let claim = "According to the Gazette, citing state radio, the ministry has closed the port.";
        assert_eq!(judge(article, claim).verdict, Verdict::Supported);
        let other = "According to the Gazette, citing the navy, the ministry has closed the port.";
        assert_ne!(judge(article, other).verdict, Verdict::Supported);
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

    #[test]
    fn a_claims_subject_meets_the_speaker_whose_cue_its_verb_meets() {
        let article = "The regional governor has promised each family will receive a payout of \
                       one million rubles.";
        let o = judge(
            article,
            "The regional governor has promised a payout of one million rubles for each family.",
        );
        assert_eq!(o.verdict, Verdict::Supported, "{}", o.decided_by.name);
        // Another subject is not the speaker.
        let o = judge(
            article,
            "The regional mayor has promised a payout of one million rubles for each family.",
        );
        assert_ne!(o.verdict, Verdict::Supported, "{}", o.decided_by.name);
    }
}
