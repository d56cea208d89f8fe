//! The matcher: reads a claim with the same machinery as the article,
//! retrieves candidate statements through the index's postings, and aligns
//! the claim's units with each candidate's, slot by slot (speaker, recipient,
//! quotations) and unit by unit (words, names, places, quantities, times).
//!
//! An alignment records, for every claim unit, the article unit it met and
//! how (same word, synonym, broader term, agreeing number or time, antonym,
//! conflicting number or time), the units nothing met, swapped names,
//! polarity and hedging. The rules read alignments; they never look at text
//! themselves.
//!
//! One concept per file:
//!
//! - reading a claim, in [`claim`];
//! - retrieving candidate statements, in [`retrieve`];
//! - word relations (how a claim unit meets an article unit), in
//!   [`relate`];
//! - aligning a claim with one statement, slot by slot and unit by unit,
//!   and the roles reversed around its verb, in this file;
//! - the claim's and the statement's parses at the paired words, in
//!   [`structure`];
//! - quotations, in [`quotes`];
//! - claim units met in sentences read with the statement, in [`context`];
//! - a claim's word for what its figure counts, met by the statement's
//!   figure ("ten storeys" for "ten-storey"), in [`counted`].

mod claim;
mod context;
mod counted;
pub mod monotone;
mod names;
mod parts;
pub(crate) mod propositions;
mod quotes;
mod relate;
mod retrieve;
pub mod structure;
pub mod support;
mod topic;

pub use claim::*;
use context::*;
pub use quotes::*;
pub use relate::*;
pub use retrieve::*;

use crate::doc::Doc;
use crate::extract::{
    self, resolve,
    speaker::{self, SpeakerMatch},
};
use crate::index::{Cue, Index, Recipient, Speaker, Statement, posting_key};
use crate::lexicon::{self, CueClass, WordRelations, words};
use crate::read::quantity::QuantityRelation;
use crate::read::time::{self, TimeRelation};
use crate::read::{self, Context, Unit, UnitKind};
use crate::text::{Norm, Span, normalize_for_compare};
use foldhash::{HashMap, HashMapExt};
use std::collections::BTreeMap;

/// The claim's loose names that nothing about the statement writes.
fn unmet_names(claim: &ClaimReading, index: &Index, st: &Statement) -> Vec<usize> {
    let doc = &claim.doc;
    claim
        .loose_names
        .iter()
        .copied()
        .filter(|&k| !statement_writes(index, st, doc.key(k), doc.tokens[k].norm.as_str()))
        .collect()
}

/// Whether the statement's sentence, the sentences it is read with, its
/// frame, its resolved speaker or the people its pronouns refer to write a
/// word with this key or written form, or an acronym that spells it out.
/// Names are few, so the words are scanned rather than gathered into a set.
fn statement_writes(index: &Index, st: &Statement, key: &str, norm: &str) -> bool {
    let doc = &index.doc;
    let mut sentences = vec![st.sentence];
    sentences.extend(index.links[st.sentence].iter().copied());
    sentences.extend(index.frames[st.sentence].as_ref().map(|(s, _)| *s));
    let word_is = |w: &str| w == norm || lexicon::key(w) == key;
    let in_sentences = |want: &dyn Fn(&str, &str) -> bool| {
        sentences.iter().any(|&s| {
            doc.sentences[s]
                .tokens
                .clone()
                .any(|k| want(doc.key(k), doc.tokens[k].norm.as_str()))
        })
    };
    if in_sentences(&|k, n| k == key || n == norm) {
        return true;
    }
    let person_words = sentences.iter().any(|&s| {
        index.units[s].iter().any(|u| match u.kind {
            UnitKind::Person { id, .. } => {
                index.people.persons[id].words.iter().any(|w| word_is(w))
            }
            _ => false,
        })
    });
    let speaker_words = st.speaker.as_ref().is_some_and(|sp| {
        sp.resolved
            .split_whitespace()
            .any(|w| word_is(&w.to_lowercase()))
            || sp.profile.names.iter().any(|n| n == norm || n == key)
    });
    // An acronym the article spells out: "WFP" for "World Food
    // Programme", and the reverse.
    let acronym = index.acronyms.iter().any(|(a, words)| {
        (a == key && words.iter().all(|w| in_sentences(&|k, _| k == w)))
            || (words.iter().any(|w| w == key) && in_sentences(&|k, _| k == a))
    });
    person_words || speaker_words || acronym
}

/// How the claim's reporting verb and the statement's compare in polarity.
struct CuePolarity {
    /// Negated on one side only ("did not say" / "said").
    flipped: bool,
    /// A verb of saying or requesting is negated on either side: what was
    /// said carries that negation, so its flips keep the statement from
    /// supporting the claim but do not contradict it ("did not say the
    /// plant would close" says nothing of whether it will). A negated
    /// belief is a belief in the negation ("does not expect prices to
    /// fall"), whose flips do contradict.
    said_negated: bool,
    /// The flip contradicts: both have a cue and neither is followed by a
    /// question ("did not say that X" against "said that X" contradicts,
    /// "did not say why X" does not: what was not said is the reason).
    conflict: bool,
}

fn cue_polarity(claim: &ClaimReading, index: &Index, st: &Statement) -> CuePolarity {
    let negated = |c: &Option<Cue>| c.as_ref().is_some_and(|c| c.negated);
    let said = |c: &Option<Cue>| {
        c.as_ref()
            .is_some_and(|c| c.negated && c.class != CueClass::Belief)
    };
    let wh = |doc: &Doc, c: &Option<Cue>| {
        c.as_ref()
            .and_then(|c| c.tokens.clone())
            .is_some_and(|r| wh_complement(doc, r.end))
    };
    let flipped = negated(&claim.cue) != negated(&st.cue);
    CuePolarity {
        flipped,
        said_negated: said(&claim.cue) || said(&st.cue),
        conflict: flipped
            && claim.cue.is_some()
            && st.cue.is_some()
            && !wh(&claim.doc, &claim.cue)
            && !wh(&index.doc, &st.cue),
    }
}

/// Whether what follows a reporting verb ending at token `at` is a
/// question ("did not say why ...", "has not said whether ...").
fn wh_complement(doc: &Doc, at: usize) -> bool {
    doc.tokens[at.min(doc.tokens.len())..]
        .iter()
        .take(3)
        .any(|t| {
            matches!(
                t.norm.as_str(),
                "why" | "how" | "when" | "where" | "whether" | "if" | "what" | "who" | "which"
            )
        })
}

/// Whether a claim's speaker and a statement's are written as the same
/// personal pronoun ("He said ..." for the article's "He said ..."): the
/// claim's pronoun can only mean whom the article's means. Case does not
/// change whom a pronoun means: "according to him" is "he said", "his
/// message read" is his.
fn same_pronoun(claim: &str, article: &str) -> bool {
    let subject = |p: &str| match p.trim().to_lowercase().as_str() {
        "he" | "him" | "his" => Some("he"),
        "she" | "her" | "hers" => Some("she"),
        "i" | "me" | "my" => Some("i"),
        "we" | "us" | "our" => Some("we"),
        "they" | "them" | "their" => Some("they"),
        "it" | "its" => Some("it"),
        _ => None,
    };
    subject(claim).is_some_and(|c| subject(article) == Some(c))
}

/// Whether a claim's speaker and a statement's are written as the same
/// definite description ("The court found ..." for the article's "The
/// court found ..."): the claim uses the article's words for whom the
/// article means there, whichever court the claim alone would resolve to.
fn same_description(claim: &str, article: &str) -> bool {
    let (claim, article) = (claim.trim(), article.trim());
    claim
        .get(..4)
        .is_some_and(|the| the.eq_ignore_ascii_case("the "))
        && claim.len() > 4
        && claim.eq_ignore_ascii_case(article)
}

/// Whether a claim's speaker in the first person ("I think ...", "We
/// urge ...") is the "I" of the statement's quotation: the claim repeats
/// the speaker's own words, and its "I" can only be whom the quotation's is.
fn quoted_first_person(claim: &str, index: &Index, st: &Statement) -> bool {
    let person = claim.trim().to_lowercase();
    matches!(person.as_str(), "i" | "we")
        && st.region.iter().flat_map(|r| r.clone()).any(|k| {
            index.doc.quote_of.get(k).is_some_and(Option::is_some)
                && index.doc.tokens[k].norm == person
        })
}

/// Whether unit `u` of the statement's sentence is a number, time or rank
/// in the speaker's mention, which a claim's figure may meet as it meets
/// the statement's content.
fn facts_of_speaker(st: &Statement, u: &Unit) -> bool {
    is_fact(u)
        && st
            .speaker
            .as_ref()
            .and_then(|sp| sp.mention.as_ref())
            .is_some_and(|m| m.start <= u.tokens.start && u.tokens.end <= m.end)
}

#[derive(Clone, Debug)]
pub struct Pair {
    /// Index into the claim's units.
    pub claim: usize,
    /// Index into the statement's sentence units.
    pub evidence: usize,
    pub relation: Relation,
}

/// A claim unit met by a unit of a linked sentence.
#[derive(Clone, Debug)]
pub struct ContextPair {
    pub claim: usize,
    pub sentence: usize,
    pub unit: usize,
    pub relation: Relation,
}

impl ContextPair {
    fn same(claim: usize, sentence: usize, unit: usize) -> ContextPair {
        ContextPair {
            claim,
            sentence,
            unit,
            relation: Relation::Same,
        }
    }
}

/// A name in the claim where the article has another in the same place.
#[derive(Clone, Debug)]
pub struct Swap {
    pub claim: Vec<usize>,
    pub evidence: Vec<usize>,
}

#[derive(Clone, Debug)]
pub struct Alignment {
    pub statement: usize,
    pub pairs: Vec<Pair>,
    /// Claim units met in a sentence linked to the statement's (see
    /// [`crate::index::link_sentences`]) rather than in the statement.
    pub context: Vec<ContextPair>,
    /// Claim units among `context` met only in the article's topic
    /// sentences (see [`topic`]): they let the statement support the
    /// claim, but a conflict must rest on the statement's own words.
    pub topic: Vec<usize>,
    /// Claim light verbs the statement does not echo, set aside (see
    /// [`lexicon::words::LIGHT_VERBS`]).
    pub light: Vec<usize>,
    /// Claim support verbs set aside, each with the unit of its noun of
    /// action, which met a verb of the statement (see [`support`]).
    pub support: Vec<(usize, usize)>,
    /// Claim words for the speaker's own group that the statement says as
    /// "we" ("the team" for a team member's "we came").
    pub we: Vec<usize>,
    /// Claim words naming the speaker and cue of another attribution of
    /// the claim, met by another statement of the sentence (see
    /// [`parts::fill_from_parts`]).
    pub other_parts: Vec<usize>,
    /// The rest of a name the statement writes short ("Air" of "Mahan
    /// Air" where it says "Mahan"; see [`names`]).
    pub name_rest: Vec<usize>,
    /// Pairs (indices into `pairs`) that stand on the other side of the
    /// main verb in the article: the claim's doer is the article's object,
    /// or the claim's object its doer (see [`roles_reversed`]).
    pub reversed: Vec<usize>,
    /// Claim units nothing in the statement met.
    pub unaligned: Vec<usize>,
    /// Unaligned claim words the statement has a broader word for
    /// ("restarted" where it says "started"): the claim says more than the
    /// statement, so they keep it from supporting, but they speak of the
    /// same thing, so they do not keep a conflict beside them from counting.
    pub narrower: Vec<usize>,
    pub swaps: Vec<Swap>,
    /// Pairs whose polarity differs (negation or antonym). Any flip keeps
    /// the statement from supporting the claim.
    pub flipped: Vec<usize>,
    /// Whether the flips amount to a polarity conflict: a flip at the word
    /// a negation governs, an antonym, flips that outweigh agreements, or a
    /// reporting verb negated on one side only.
    pub polarity_conflict: bool,
    /// Whether the claim's reporting verb is negated and the statement's
    /// is not, or the reverse ("did not say" / "said").
    pub cue_flipped: bool,
    /// Names the claim writes that the statement's sentence, its speaker,
    /// the people it refers to and the sentences it is read with never do,
    /// wherever the claim puts them (a speaker's "a spokesman for X", a
    /// greeting, a name the reader did not take as a part): tokens of the
    /// claim. A name the article lacks is a fact it does not state.
    pub unmet_names: Vec<usize>,
    /// Pairs where the article hedges what the claim asserts.
    pub hedged: Vec<usize>,
    pub hedge_conflict: bool,
    /// How the claim's speaker relates to the statement's; `None` when the
    /// claim names no speaker.
    pub speaker: Option<SpeakerMatch>,
    /// The claim's recipient against the statement's: `None` when the claim
    /// names none; `Some(None)` when the article names none.
    pub recipient: Option<Option<SpeakerMatch>>,
    /// Sum of pair scores, to rank candidates.
    pub score: u32,
}

impl Alignment {
    /// Claim units that are neither met nor part of a swap.
    pub fn residual(&self, explained: &[usize]) -> Vec<usize> {
        self.unaligned
            .iter()
            .copied()
            .filter(|u| !explained.contains(u) && !self.swaps.iter().any(|s| s.claim.contains(u)))
            .collect()
    }

    pub fn conflicts(&self) -> impl Iterator<Item = &Pair> {
        self.pairs.iter().filter(|p| p.relation.is_conflict())
    }
}

fn is_entity(u: &Unit) -> bool {
    matches!(
        u.kind,
        UnitKind::Place { .. } | UnitKind::Person { .. } | UnitKind::Word { proper: true, .. }
    )
}

/// "Defense chiefs from seven countries" against a statement that lists
/// seven countries: the claim's count agrees with the number of countries
/// the statement names in one clause.
fn count_lists(
    claim: &ClaimReading,
    doc: &Doc,
    units: &[Unit],
    ev: &[usize],
    chosen: &mut [Option<(usize, Relation)>],
) {
    for (ci, cu) in claim.units.iter().enumerate() {
        let UnitKind::Quantity(q) = &cu.kind else {
            continue;
        };
        let counts_countries = q.unit.iter().any(|u| lexicon::is_country_noun(u));
        if chosen[ci].is_some()
            || q.kind != crate::read::quantity::QuantityKind::Count
            || q.lo != q.hi
            || !counts_countries
        {
            continue;
        }
        // Lists: countries joined only by commas, "and", "or" and "the"
        // ("Chile, Peru, Bolivia and Ecuador").
        let mut lists: Vec<Vec<usize>> = Vec::new();
        for &ei in ev {
            if let UnitKind::Place {
                place: lexicon::places::PlaceKind::Country,
                adjective: false,
                ..
            } = units[ei].kind
            {
                let joined = lists.last().and_then(|l| l.last()).is_some_and(|&prev| {
                    let gap = units[prev].tokens.end..units[ei].tokens.start;
                    units[prev].segment == units[ei].segment
                        && gap.len() <= 3
                        && gap.clone().all(|k| {
                            matches!(doc.tokens[k].norm.as_str(), "," | "and" | "or" | "the")
                        })
                });
                if joined {
                    lists.last_mut().expect("joined to a list").push(ei);
                } else {
                    lists.push(vec![ei]);
                }
            }
        }
        if let Some(list) = lists
            .iter()
            .find(|l| l.len() >= 2 && l.len() as f64 == q.lo)
        {
            chosen[ci] = Some((list[0], Relation::Agrees));
        }
    }
}

/// Acronyms the article defines ([`Index::acronyms`]): the claim's
/// "Lowell Research Center" meets the statement's "LRC", and the claim's
/// "LRC" meets the statement's "Lowell Research Center".
fn match_acronyms(
    claim: &ClaimReading,
    index: &Index,
    units: &[Unit],
    ev: &[usize],
    chosen: &mut [Option<(usize, Relation)>],
) {
    if index.acronyms.is_empty() {
        return;
    }
    fn proper_key(u: &Unit) -> Option<&str> {
        match &u.kind {
            UnitKind::Word {
                key, proper: true, ..
            } => Some(key.as_str()),
            _ => None,
        }
    }
    for &ei in ev {
        let Some(expansion) = proper_key(&units[ei]).and_then(|k| index.acronyms.get(k)) else {
            continue;
        };
        for (ci, cu) in claim.units.iter().enumerate() {
            if chosen[ci].is_none()
                && proper_key(cu).is_some_and(|k| expansion.iter().any(|e| e == k))
            {
                chosen[ci] = Some((ei, Relation::Same));
            }
        }
    }
    for (ci, cu) in claim.units.iter().enumerate() {
        if chosen[ci].is_some() {
            continue;
        }
        let Some(expansion) = proper_key(cu).and_then(|k| index.acronyms.get(k)) else {
            continue;
        };
        if let Some(&ei) = ev
            .iter()
            .find(|&&ei| proper_key(&units[ei]).is_some_and(|k| expansion.iter().any(|e| e == k)))
        {
            chosen[ci] = Some((ei, Relation::Same));
        }
    }
}

/// Whether one of the statement's units names the person or organisation
/// of `p`.
fn names_holder(p: &speaker::Profile, ev: &[usize], units: &[Unit]) -> bool {
    let mut words: Vec<&str> = Vec::new();
    for &ei in ev {
        match &units[ei].kind {
            UnitKind::Person { id, .. } if p.person == Some(*id) => return true,
            UnitKind::Place { key, .. }
                if p.person.is_none() && p.places.len() == 1 && p.places[0] == *key =>
            {
                return true;
            }
            UnitKind::Word {
                key, proper: true, ..
            } => words.push(key),
            _ => {}
        }
    }
    p.person.is_none() && !p.names.is_empty() && p.names.iter().all(|n| words.contains(&n.as_str()))
}

/// Whether the claim gives the verb's roles to the wrong parties: "Peru
/// won the final" against "the Danish team won the final, with the
/// silver going to Peru", or "A has replaced B" against "B has
/// replaced A". Takes the claim's first verb the statement also has, and
/// the matched words on each side of it. Returns the pairs that crossed
/// when one crossed from before the verb to after it and either another
/// crossed the other way or the article has another name before its verb.
/// A passive on one side only ("was defeated by A") turns the order
/// around, and is read so.
fn roles_reversed(
    claim: &ClaimReading,
    index: &Index,
    units: &[Unit],
    ev: &[usize],
    pairs: &[Pair],
) -> Vec<usize> {
    let cdoc = &claim.doc;
    let Some((vi, v)) = pairs.iter().enumerate().find(|(_, p)| {
        matches!(p.relation, Relation::Same | Relation::Synonym)
            && matches!(
                claim.units[p.claim].kind,
                UnitKind::Word { proper: false, .. }
            )
            && crate::extract::is_verbish(cdoc, claim.units[p.claim].tokens.start)
    }) else {
        return Vec::new();
    };
    // The verb the claim's met, then, where that one is a passive, any
    // other use of it in the statement ("were defeated in this
    // district, with Varga defeating Ruiz").
    let at = units[v.evidence].tokens.start;
    let primary_passive = index.doc.passive_at(at);
    // Another use is the same word: "at the request of" is not another
    // use of "had been petitioned", though WordNet gives the two one sense.
    let word = |u: &Unit| match &u.kind {
        UnitKind::Word { key, .. } => Some(key.clone()),
        _ => None,
    };
    let others = ev.iter().copied().filter(|&ei| {
        primary_passive
            && ei != v.evidence
            && word(&units[ei]) == word(&units[v.evidence])
    });
    std::iter::once(v.evidence)
        .chain(others)
        .map(|verb| reversed_around(claim, index, units, ev, pairs, vi, verb))
        .find(|r| !r.is_empty())
        .unwrap_or_default()
}

/// [`roles_reversed`] with the claim's verb (pair `vi`) read against the
/// statement's unit `verb`.
fn reversed_around(
    claim: &ClaimReading,
    index: &Index,
    units: &[Unit],
    ev: &[usize],
    pairs: &[Pair],
    vi: usize,
    verb: usize,
) -> Vec<usize> {
    let cdoc = &claim.doc;
    let adoc = &index.doc;
    let v = &pairs[vi];
    let cv = claim.units[v.claim].tokens.start;
    let av = units[verb].tokens.start;
    // One side passive, the other active ("A defeated B" against "B was
    // defeated by A"): the article's subject is the claim's object.
    // Only a passive that names its doer ("by A") counts.
    let agent = |doc: &Doc, at: usize| doc.passive_at(at) && doc.doer_after(at);
    let (cp, ap) = (cdoc.passive_at(cv), adoc.passive_at(av));
    let mixed = (agent(cdoc, cv) && !ap) || (agent(adoc, av) && !cp);
    if (cp || ap) && !mixed {
        return Vec::new();
    }
    let by_before =
        |doc: &Doc, at: usize| (at.saturating_sub(3)..at).any(|k| doc.tokens[k].norm == "by");
    // The verb's own clause: from the last "that", "which", "who" or
    // punctuation before it. Words before that belong to another verb.
    let clause_start = |doc: &Doc, at: usize| {
        (0..at)
            .rev()
            .find(|&k| {
                let t = &doc.tokens[k];
                matches!(t.norm.as_str(), "that" | "which" | "who" | "," | ";" | ":")
                    || t.is_quote()
            })
            .map_or(0, |k| k + 1)
    };
    let (cs, as_) = (clause_start(cdoc, cv), clause_start(adoc, av));
    let segment = units[verb].segment;
    let mut forward = Vec::new();
    let mut backward = Vec::new();
    for (pi, p) in pairs.iter().enumerate() {
        if pi == vi || p.relation.is_conflict() {
            continue;
        }
        let cu = &claim.units[p.claim];
        // A name the statement repeats: its mention in the verb's own clause
        // ("Ruiz ... were defeated, with Varga defeating Ruiz").
        let in_clause = |ei: &usize| {
            let u = &units[*ei];
            u.segment == segment
                && u.tokens.start >= as_
                && relate(cu, &claim.relations[p.claim], u, index, index.published)
                    == Some(Relation::Same)
        };
        let eu = match ev.iter().find(|ei| in_clause(ei)) {
            Some(&ei) if is_entity(cu) && units[p.evidence].tokens.start < as_ => &units[ei],
            _ => &units[p.evidence],
        };
        if eu.segment != segment
            || matches!(
                cu.kind,
                UnitKind::Time(_) | UnitKind::Quantity(_) | UnitKind::Ordinal { .. }
            )
            || (!mixed && (by_before(cdoc, cu.tokens.start) || by_before(adoc, eu.tokens.start)))
        {
            continue;
        }
        if cu.tokens.start < cs || eu.tokens.start < as_ {
            continue;
        }
        let c_before = cu.tokens.start < cv;
        let a_before = (eu.tokens.start < av) != mixed;
        if c_before && !a_before {
            forward.push(pi);
        } else if !c_before && a_before {
            backward.push(pi);
        }
    }
    if forward.is_empty() {
        return Vec::new();
    }
    let used: Vec<usize> = pairs.iter().map(|p| p.evidence).collect();
    let other_doer = ev.iter().any(|&ei| {
        let u = &units[ei];
        !used.contains(&ei)
            && u.segment == segment
            && u.tokens.start >= as_
            && u.tokens.start < av
            && is_entity(u)
    });
    if backward.is_empty() && (!other_doer || mixed) {
        return Vec::new();
    }
    forward.extend(backward);
    forward
}

/// What one alignment reads: the claim, the index, the statement, its
/// sentence's units and, of those, the ones in the statement's region.
#[derive(Clone, Copy)]
struct Scope<'a> {
    claim: &'a ClaimReading,
    index: &'a Index,
    st: &'a Statement,
    units: &'a [Unit],
    ev: &'a [usize],
}

/// Aligns the claim with one statement: candidate partners for every claim
/// unit, one chosen each, kept to one clause of the statement, names
/// swapped, units met in the sentences read with it, words set aside, and
/// polarity, hedging, speaker and recipient compared.
pub fn align(claim: &ClaimReading, index: &Index, st: &Statement) -> Alignment {
    let sentence_units = &index.units[st.sentence];
    let ev: Vec<usize> = (0..sentence_units.len())
        .filter(|&i| {
            st.in_region(&sentence_units[i].tokens) || facts_of_speaker(st, &sentence_units[i])
        })
        .collect();
    let s = Scope {
        claim,
        index,
        st,
        units: sentence_units,
        ev: &ev,
    };
    // Each article word's WordNet senses, looked up once for all the claim's
    // words.
    let ev_words: Vec<Option<std::sync::Arc<lexicon::wordnet::Word>>> = ev
        .iter()
        .map(|&ei| match &sentence_units[ei].kind {
            UnitKind::Word {
                norm,
                proper: false,
                ..
            }
            | UnitKind::Concept { word: norm, .. } => Some(lexicon::article_word(norm)),
            _ => None,
        })
        .collect();
    let cands = candidate_pairs(&s, &ev_words);
    let anchor = anchor_segment(&s, &cands);
    let chosen = choose(&s, &cands, anchor);
    let mut pairs: Vec<Pair> = Vec::new();
    let mut unaligned = Vec::new();
    for (ci, c) in chosen.iter().enumerate() {
        match c {
            Some((ei, rel)) => pairs.push(Pair {
                claim: ci,
                evidence: *ei,
                relation: *rel,
            }),
            None => unaligned.push(ci),
        }
    }
    keep_to_one_clause(&s, &mut pairs, &mut unaligned);
    unpair_misplaced_names(&s, &mut pairs, &mut unaligned);
    let swaps = find_swaps(&s, anchor, &mut pairs, &mut unaligned);
    let reversed = roles_reversed(claim, index, sentence_units, &ev, &pairs);
    // The claim's other parts and its own words, met in the statement's
    // sentence, are pairs like the statement's own: the rules that read
    // structure and polarity see them.
    let (beside, other_parts) =
        parts::fill_from_parts(claim, index, st, &pairs, &mut unaligned, &swaps);
    let own = parts::fill_from_own_voice(claim, index, st, &pairs, &mut unaligned, &swaps);
    pairs.extend(beside.into_iter().chain(own));
    let doer = parts::fill_from_speaker(claim, index, st, &pairs, &mut unaligned, &swaps);
    pairs.extend(doer);
    let mut context = fill_context(&s, &pairs, &mut unaligned, &swaps);
    let topical = topic::fill_from_topic(&s, &pairs, &mut unaligned, &swaps);
    let topic: Vec<usize> = topical.iter().map(|cp| cp.claim).collect();
    context.extend(topical);
    let we = set_aside_we(&s, &mut unaligned);
    let name_rest = names::set_aside_name_rest(claim, &index.doc, sentence_units, &pairs, &mut unaligned);
    // The claim's own word of possibility ("one possible form") where the
    // statement hedges what it met ("could be provided").
    let hedged_match = pairs.iter().any(|p| sentence_units[p.evidence].hedged);
    if hedged_match {
        unaligned.retain(|&ci| {
            let t = &claim.doc.tokens[claim.units[ci].tokens.start];
            !(claim.units[ci].tokens.len() == 1 && lexicon::is_possibility(&t.norm))
        });
    }
    // "X's sister is a doctor": what the claim predicates of its subject
    // must be said of it in the statement, not reached through other
    // verbs ("the brother begged him to take her to a clinic").
    if let Some(p_ci) = copula_broken(claim, index, sentence_units, &pairs) {
        pairs.retain(|p| p.claim != p_ci);
        unaligned.push(p_ci);
        unaligned.sort_unstable();
    }
    let light = set_aside_light(&s, &pairs, &context, &mut unaligned);
    let support = support::set_aside_support(claim, index, sentence_units, &pairs, &mut unaligned);
    let polarity = compare_polarity(&s, &pairs);
    let speaker = compare_speaker(&s);
    let recipient = compare_recipient(&s);
    let score = pairs.iter().map(|p| p.relation.score()).sum::<u32>() + 2 * context.len() as u32;
    let narrower = unaligned
        .iter()
        .copied()
        .filter(|&ci| {
            ev_words
                .iter()
                .flatten()
                .any(|w| claim.relations[ci].narrower_than(w))
        })
        .collect();
    Alignment {
        narrower,
        statement: st.id,
        pairs,
        context,
        topic,
        light,
        support,
        we,
        other_parts,
        name_rest,
        reversed,
        unaligned,
        swaps,
        flipped: polarity.flipped,
        polarity_conflict: polarity.conflict,
        cue_flipped: polarity.cue_flipped,
        unmet_names: unmet_names(claim, index, st),
        hedged: polarity.hedged,
        hedge_conflict: polarity.hedge_conflict,
        speaker,
        recipient,
        score,
    }
}

/// Every claim unit's candidate partners among the statement's units.
fn candidate_pairs(
    s: &Scope,
    ev_words: &[Option<std::sync::Arc<lexicon::wordnet::Word>>],
) -> Vec<Vec<(usize, Relation)>> {
    let Scope {
        claim,
        index,
        units: sentence_units,
        ev,
        ..
    } = *s;
    let claim_pub = index.published;
    // Candidate pairs for every claim unit.
    let mut cands: Vec<Vec<(usize, Relation)>> = Vec::with_capacity(claim.units.len());
    for (cu, relations) in claim.units.iter().zip(&claim.relations) {
        let mut v = Vec::new();
        for (&ei, w) in ev.iter().zip(ev_words) {
            let e = &sentence_units[ei];
            if let Some(rel) = relate_with(cu, relations, e, w.as_deref(), index, claim_pub) {
                v.push((ei, rel));
            }
        }
        cands.push(v);
    }
    cands
}

/// The segment (clause) of the statement most of the claim meets.
fn anchor_segment(s: &Scope, cands: &[Vec<(usize, Relation)>]) -> Option<u32> {
    anchor_of(s, cands, |_| true)
}

/// The segment of the statement most of the claim units that `keep`
/// selects meet.
fn anchor_of(
    s: &Scope,
    cands: &[Vec<(usize, Relation)>],
    keep: impl Fn(usize) -> bool,
) -> Option<u32> {
    let sentence_units = s.units;
    let mut seg_count: BTreeMap<u32, usize> = BTreeMap::new();
    for (_, v) in cands.iter().enumerate().filter(|(ci, _)| keep(*ci)) {
        let mut segs: Vec<u32> = v
            .iter()
            .filter(|(_, r)| r.score() >= 3)
            .map(|(ei, _)| sentence_units[*ei].segment)
            .collect();
        segs.dedup();
        for s in segs {
            *seg_count.entry(s).or_default() += 1;
        }
    }
    seg_count
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
        .map(|(s, _)| *s)
}

/// For each claim unit, the segment of the statement its own clause
/// meets most: a claim of two clauses ("X was elected; historically, Y
/// were appointed") meets each in its own clause of the statement, so a
/// word the two clauses share ("prime ministers") is looked for in its
/// own. A claim of one clause has the one anchor.
fn clause_anchors(
    s: &Scope,
    cands: &[Vec<(usize, Relation)>],
    anchor: Option<u32>,
) -> Vec<Option<u32>> {
    let units = &s.claim.units;
    let one_clause = units.iter().all(|u| u.segment == units[0].segment);
    if one_clause {
        return vec![anchor; units.len()];
    }
    let mut by_segment: BTreeMap<u32, Option<u32>> = BTreeMap::new();
    units
        .iter()
        .map(|u| {
            *by_segment
                .entry(u.segment)
                .or_insert_with(|| anchor_of(s, cands, |ci| units[ci].segment == u.segment))
        })
        .collect()
}

/// One partner, or none, for each claim unit: common words first, each by
/// its best candidate near the last one chosen; then names, places and
/// numbers, each to a unit no other took.
fn choose(
    s: &Scope,
    cands: &[Vec<(usize, Relation)>],
    anchor: Option<u32>,
) -> Vec<Option<(usize, Relation)>> {
    let Scope {
        claim,
        index,
        units: sentence_units,
        ev,
        ..
    } = *s;
    // Names, places and numbers stand for one thing each: "UN monitors
    // under UN command" needs two. They are matched after the other words,
    // preferring the article's unit that stands between the article words
    // the claim's neighbouring words met.
    let exclusive = |u: &Unit| {
        is_entity(u) || matches!(u.kind, UnitKind::Quantity(_) | UnitKind::Ordinal { .. })
    };
    let anchors = clause_anchors(s, cands, anchor);
    // "rose *to* 60" against "rose from 40 *to* 55": of two figures, the
    // one after the claim's preposition is the claim's counterpart.
    fn preposition_before<'d>(doc: &'d Doc, u: &Unit) -> Option<&'d str> {
        let k = u.tokens.start.checked_sub(1)?;
        (doc.upos(k) == Some("ADP")).then(|| doc.tokens[k].norm.as_str())
    }
    let same_preposition = |ci: usize, e: &Unit| {
        let cu = &claim.units[ci];
        if !matches!(cu.kind, UnitKind::Quantity(_)) {
            return 0;
        }
        let c = preposition_before(&claim.doc, cu);
        u32::from(c.is_some() && c == preposition_before(&index.doc, e))
    };
    let rank = |ci: usize, a: &(usize, Relation), b: &(usize, Relation), last: Option<usize>| {
        let ua = &sentence_units[a.0];
        let ub = &sentence_units[b.0];
        let sa = a.1.score() * 4
            + u32::from(Some(ua.segment) == anchors[ci]) * 2
            + same_preposition(ci, ua);
        let sb = b.1.score() * 4
            + u32::from(Some(ub.segment) == anchors[ci]) * 2
            + same_preposition(ci, ub);
        let da = last.map_or(0, |p| ua.tokens.start.abs_diff(p));
        let db = last.map_or(0, |p| ub.tokens.start.abs_diff(p));
        sa.cmp(&sb).then(db.cmp(&da)).then(b.0.cmp(&a.0))
    };
    let mut chosen: Vec<Option<(usize, Relation)>> = vec![None; claim.units.len()];
    let mut last_pos: Option<usize> = None;
    for (ci, v) in cands.iter().enumerate() {
        if exclusive(&claim.units[ci]) {
            continue;
        }
        if let Some(&best) = v.iter().max_by(|a, b| rank(ci, a, b, last_pos)) {
            last_pos = Some(sentence_units[best.0].tokens.start);
            chosen[ci] = Some(best);
        }
    }
    // An article word that one claim word meets as itself is that word's:
    // another claim word met there only by a synonym or a broader word
    // ("approved" by "backed" beside the claim's own "backed") takes its
    // next candidate, or none.
    let held: Vec<usize> = chosen
        .iter()
        .flatten()
        .filter(|(_, r)| *r == Relation::Same)
        .map(|(e, _)| *e)
        .collect();
    for (ci, v) in cands.iter().enumerate() {
        if chosen[ci].is_some_and(|(e, r)| r != Relation::Same && held.contains(&e)) {
            chosen[ci] = v
                .iter()
                .filter(|(e, _)| !held.contains(e))
                .max_by(|a, b| rank(ci, a, b, None))
                .copied();
        }
    }
    let position = |chosen: &[Option<(usize, Relation)>], ci: usize, ei: usize| -> bool {
        let e_at = sentence_units[ei].tokens.start;
        let before = (0..ci)
            .rev()
            .find_map(|k| chosen[k])
            .map(|(e, _)| sentence_units[e].tokens.start);
        let after = (ci + 1..chosen.len())
            .find_map(|k| chosen[k])
            .map(|(e, _)| sentence_units[e].tokens.start);
        before.is_none_or(|b| b < e_at) && after.is_none_or(|a| e_at < a)
    };
    let mut taken: Vec<usize> = Vec::new();
    let mut withheld: Vec<usize> = Vec::new();
    // Agreements first, conflicts after: "the 50th anniversary of the first
    // crossing" must not spend the article's "first" on "30th".
    for (in_place_only, min_score) in [(true, 3), (true, 0), (false, 3), (false, 0)] {
        for (ci, v) in cands.iter().enumerate() {
            if !exclusive(&claim.units[ci]) || chosen[ci].is_some() || withheld.contains(&ci) {
                continue;
            }
            let free: Vec<&(usize, Relation)> = v
                .iter()
                .filter(|(ei, _)| !taken.contains(ei))
                .collect();
            let agrees_elsewhere = free.iter().any(|(ei, r)| {
                r.score() >= 3
                    && crate::read::quantity::compared_figure(
                        &index.doc,
                        sentence_units[*ei].tokens.start,
                    )
            });
            let Some(&best) = free
                .into_iter()
                .filter(|(ei, _)| !in_place_only || position(&chosen, ci, *ei))
                .filter(|(_, r)| r.score() >= min_score)
                .max_by(|a, b| rank(ci, a, b, None))
            else {
                continue;
            };
            // "covered 2.48 hectares" against "covered 6.05 hectares, up
            // from 2.48": a figure the statement gives as the term of a
            // comparison (the measure at another time) is neither
            // contradicted by the figure in its place nor supported by
            // the one out of it.
            if best.1.is_conflict() && agrees_elsewhere {
                withheld.push(ci);
                continue;
            }
            taken.push(best.0);
            chosen[ci] = Some(best);
        }
    }
    match_acronyms(claim, index, sentence_units, ev, &mut chosen);
    names::match_abbreviations(claim, &index.doc, sentence_units, ev, &mut chosen);
    counted::match_counted_words(claim, &index.doc, sentence_units, &mut chosen);
    count_lists(claim, &index.doc, sentence_units, ev, &mut chosen);
    chosen
}

/// Undoes the pairs outside the statement clause the claim's clause meets.
fn keep_to_one_clause(s: &Scope, pairs: &mut Vec<Pair>, unaligned: &mut Vec<usize>) {
    let Scope {
        claim,
        st,
        units: sentence_units,
        ..
    } = *s;
    // One clause of the claim is one clause of the statement: "inspections
    // will be cancelled" does not meet "inspections will go on, while
    // officials will cancel the hearings". Matches outside the clause most of the claim's
    // clause meets are undone (times excepted: a statement's time may be
    // set apart from it).
    let mut by_claim_seg: BTreeMap<u32, BTreeMap<u32, usize>> = BTreeMap::new();
    for p in pairs.iter() {
        let cs = claim.units[p.claim].segment;
        let es = sentence_units[p.evidence].segment;
        *by_claim_seg.entry(cs).or_default().entry(es).or_default() += 1;
    }
    let home: BTreeMap<u32, u32> = by_claim_seg
        .iter()
        .map(|(cs, m)| {
            let best = m
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                .map_or(0, |(s, _)| *s);
            (*cs, best)
        })
        .collect();
    // An introductory phrase before the speaker ("During the debate, X
    // said ...") frames the whole statement, whatever its clauses.
    let intro_end = st
        .speaker
        .as_ref()
        .and_then(|s| s.mention.as_ref().map(|m| m.start))
        .or(st
            .cue
            .as_ref()
            .and_then(|c| c.tokens.as_ref().map(|t| t.start)));
    pairs.retain(|p| {
        let keep = matches!(claim.units[p.claim].kind, UnitKind::Time(_))
            || intro_end.is_some_and(|e| {
                let t = &sentence_units[p.evidence].tokens;
                t.end <= e
                    && !st
                        .content
                        .iter()
                        .any(|c| c.start <= t.start && t.end <= c.end)
            })
            || home.get(&claim.units[p.claim].segment) == Some(&sentence_units[p.evidence].segment);
        if !keep {
            unaligned.push(p.claim);
        }
        keep
    });
    unaligned.sort_unstable();
}

/// Whether the tokens `c` of the claim and `e` of the article are the same
/// words, at most `max` of them: what stands between a name and the word
/// beside it.
fn same_gap(
    claim: &Doc,
    article: &Doc,
    c: std::ops::Range<usize>,
    e: std::ops::Range<usize>,
    max: usize,
) -> bool {
    c.len() <= max
        && c.len() == e.len()
        && c.zip(e)
            .all(|(x, y)| claim.tokens[x].norm == article.tokens[y].norm)
}

/// A claim's name met somewhere in the statement, where the word the claim
/// sets right beside it ("the god *Velos*", "the town of *Kent*") stands
/// in the statement beside another name that nothing in the claim met
/// ("the god *Tarun*, ..., the way Velos is shown"): the name is taken
/// back, so that [`find_swaps`] sees it stand against the other.
fn unpair_misplaced_names(s: &Scope, pairs: &mut Vec<Pair>, unaligned: &mut Vec<usize>) {
    let Scope {
        claim,
        index,
        units: eu,
        ev,
        ..
    } = *s;
    let cu = &claim.units;
    // Whether unit `b` stands right after unit `a`, on each side, with
    // nothing between or one and the same word ("of"): not a comma,
    // which lists.
    let after = |a: &Unit, b: &Unit, e: &Unit, f: &Unit| {
        let (c, g) = (a.tokens.end..b.tokens.start, e.tokens.end..f.tokens.start);
        a.tokens.end <= b.tokens.start
            && e.tokens.end <= f.tokens.start
            && same_gap(&claim.doc, &index.doc, c.clone(), g, 1)
            && c.clone().all(|x| claim.doc.tokens[x].is_word())
    };
    let used: Vec<usize> = pairs.iter().map(|p| p.evidence).collect();
    let misplaced: Vec<usize> = (0..pairs.len())
        .filter(|&pi| {
            let p = &pairs[pi];
            let (c, e) = (&cu[p.claim], &eu[p.evidence]);
            is_entity(c)
                && !p.relation.is_conflict()
                && pairs.iter().any(|q| {
                    let (cq, eq) = (&cu[q.claim], &eu[q.evidence]);
                    let word = !is_entity(cq)
                        && !is_entity(eq)
                        && matches!(q.relation, Relation::Same | Relation::Synonym);
                    // The claim's word right before its name; in the
                    // statement it is not before the name met but before
                    // a name nothing met.
                    word && !after(cq, c, eq, e)
                        && cq.tokens.end <= c.tokens.start
                        && c.tokens.start - cq.tokens.end <= 1
                        && ev.iter().any(|&x| {
                            // The other name stands apart from the one met,
                            // not beside it in one phrase ("the *Arab* TV").
                            let (xt, et) = (&eu[x].tokens, &e.tokens);
                            let apart = xt.end + 3 <= et.start || et.end + 3 <= xt.start;
                            !used.contains(&x)
                                && apart
                                && is_entity(&eu[x])
                                && kinds_fit(c, &eu[x])
                                && after(cq, c, eq, &eu[x])
                        })
                })
        })
        .collect();
    for &pi in misplaced.iter().rev() {
        unaligned.push(pairs[pi].claim);
        pairs.remove(pi);
    }
    unaligned.sort_unstable();
}

/// Names swapped: one unmatched name in the claim where the statement's
/// anchor clause has one unmatched name of the same kind (or, for a name
/// misspelt, the pair it should have been).
fn find_swaps(
    s: &Scope,
    anchor: Option<u32>,
    pairs: &mut Vec<Pair>,
    unaligned: &mut Vec<usize>,
) -> Vec<Swap> {
    let Scope {
        claim,
        index,
        st,
        units: sentence_units,
        ev,
    } = *s;
    // Swapped names: one unmatched name in the claim where the statement's
    // anchor clause has one unmatched name of the same kind.
    let used: Vec<usize> = pairs.iter().map(|p| p.evidence).collect();
    let claim_entities: Vec<usize> = unaligned
        .iter()
        .copied()
        .filter(|&ci| is_entity(&claim.units[ci]))
        .collect();
    let recipient = st.recipient.as_ref().map(|r| r.tokens.clone());
    let ev_entities: Vec<usize> = ev
        .iter()
        .copied()
        .filter(|ei| !used.contains(ei))
        .filter(|&ei| {
            recipient
                .as_ref()
                .is_none_or(|r| !r.contains(&sentence_units[ei].tokens.start))
        })
        .filter(|&ei| is_entity(&sentence_units[ei]) && Some(sentence_units[ei].segment) == anchor)
        // A pronoun's person is a guess: never the other side of a swap.
        .filter(|&ei| {
            !matches!(
                sentence_units[ei].kind,
                UnitKind::Person { pronoun: true, .. }
            )
        })
        .collect();
    let cg = adjacent_groups(&claim.doc, &claim_entities, &claim.units);
    let eg = adjacent_groups(&index.doc, &ev_entities, sentence_units);
    let mut swaps = Vec::new();
    // The article's name must stand where the claim's does: between the
    // article words that the claim's neighbouring words met.
    let in_place = |c: &[usize], e: &[usize]| {
        let at = sentence_units[e[0]].tokens.start;
        between_neighbours(pairs, sentence_units, c[0], c[c.len() - 1], at)
    };
    // Or right beside the article word that the claim's word right beside
    // its name met, on the same side and through the same words: "born in
    // 1931 in *Northfield*" for "born in 1931 in *Westbrook*", "living in
    // *Devon*" for "living in *Kent*" wherever the rest
    // stands.
    // The words between are the same on both sides ("in", ",", "of"), so
    // that the name has the same part in both sentences.
    let same_gap = |c, e| same_gap(&claim.doc, &index.doc, c, e, 2);
    let beside = |c: &[usize], e: &[usize]| {
        let (cu, eu) = (&claim.units, sentence_units);
        let (c0, c1) = (&cu[c[0]].tokens, &cu[c[c.len() - 1]].tokens);
        let (e0, e1) = (&eu[e[0]].tokens, &eu[e[e.len() - 1]].tokens);
        pairs.iter().any(|p| {
            let (cp, ep) = (&cu[p.claim].tokens, &eu[p.evidence].tokens);
            let left = cp.end <= c0.start
                && ep.end <= e0.start
                && same_gap(cp.end..c0.start, ep.end..e0.start);
            let right = c1.end <= cp.start
                && e1.end <= ep.start
                && same_gap(c1.end..cp.start, e1.end..ep.start);
            left || right
        })
    };
    if cg.len() == 1 {
        let fitting: Vec<&Vec<usize>> = eg
            .iter()
            .filter(|g| {
                kinds_fit(&claim.units[cg[0][0]], &sentence_units[g[0]])
                    && !place_for_organisation(claim, index, sentence_units, &cg[0], g)
                    && in_place(&cg[0], g)
            })
            .collect();
        // A name found beside the same word only ever stands against the
        // claim's: it is not taken for the same name written otherwise.
        let by_side = fitting.len() != 1;
        let fitting = if !by_side {
            fitting
        } else {
            eg.iter()
                .filter(|g| {
                    kinds_fit(&claim.units[cg[0][0]], &sentence_units[g[0]])
                        && !place_for_organisation(claim, index, sentence_units, &cg[0], g)
                        && beside(&cg[0], g)
                })
                .collect()
        };
        if fitting.len() == 1 && eg.len() <= 3 {
            let text_of = |doc: &Doc, units: &[Unit], g: &[usize]| {
                doc.range_text(group_span(units, g)).to_lowercase()
            };
            let (ct, et) = (
                text_of(&claim.doc, &claim.units, &cg[0]),
                text_of(&index.doc, sentence_units, fitting[0]),
            );
            // A place's other names count: "US" for "United Sattes".
            let place_names: Vec<&str> = match &claim.units[cg[0][0]].kind {
                UnitKind::Place { key, .. } if cg[0].len() == 1 => lexicon::places::PLACES
                    .iter()
                    .filter(|p| p.key == *key)
                    .flat_map(|p| p.names.iter().copied())
                    .collect(),
                _ => Vec::new(),
            };
            let same_name = misspelt(&ct, &et)
                || initials_of(&ct, &et)
                || initials_of(&et, &ct)
                || place_names.iter().any(|n| misspelt(n, &et))
                || one_persons_name(claim, index, sentence_units, &cg[0], fitting[0]);
            if same_name && by_side {
                // Neither the same nor surely another.
            } else if same_name {
                // "United Sattes": the same name with a slip of the keyboard;
                // "Varga" for "Tomas": one person named two ways.
                for (&ci, &ei) in cg[0].iter().zip(fitting[0].iter()) {
                    pairs.push(Pair {
                        claim: ci,
                        evidence: ei,
                        relation: Relation::Synonym,
                    });
                    unaligned.retain(|&u| u != ci);
                }
            } else {
                swaps.push(Swap {
                    claim: cg[0].clone(),
                    evidence: fitting[0].clone(),
                });
            }
        }
    }
    swaps
}

/// Whether `short` is written with the initials of the words of `long`
/// ("sdf" for "syrian democratic forces", "fbi" for "federal bureau of
/// investigation"): one name, short and long.
fn initials_of(short: &str, long: &str) -> bool {
    let initials: String = long
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !matches!(*w, "of" | "the" | "and" | "for"))
        .filter_map(|w| w.chars().next())
        .collect();
    let short: String = short.chars().filter(|c| c.is_alphanumeric()).collect();
    short.len() >= 2 && short == initials
}

/// The tokens from the first unit of a group of adjacent units to its last.
fn group_span(units: &[Unit], g: &[usize]) -> std::ops::Range<usize> {
    units[g[0]].tokens.start..units[g[g.len() - 1]].tokens.end
}

/// Whether a would-be swap's two names are parts of one name in the
/// article ("Varga" for "Tomas" where the article names Tomas Varga): the
/// same person named two ways, not two people.
fn one_persons_name(
    claim: &ClaimReading,
    index: &Index,
    units: &[Unit],
    c: &[usize],
    e: &[usize],
) -> bool {
    let words = |doc: &Doc, us: &[Unit], g: &[usize]| -> Vec<String> {
        doc.tokens[group_span(us, g)]
            .iter()
            .filter(|t| t.is_word())
            .map(|t| t.norm.to_string())
            .collect()
    };
    let (cw, ew) = (words(&claim.doc, &claim.units, c), words(&index.doc, units, e));
    if cw.is_empty() || ew.is_empty() {
        return false;
    }
    let in_one_person = index
        .people
        .persons
        .iter()
        .any(|p| cw.iter().chain(&ew).all(|w| p.words.contains(w)));
    // Or written together somewhere in the article as one name ("Tomas
    // Varga" where the reader did not take it for a person).
    let toks = &index.doc.tokens;
    let written_together = toks.windows(2).any(|w| {
        w[0].cap
            && w[1].cap
            && ((*w[0].norm == *ew[ew.len() - 1] && *w[1].norm == *cw[0])
                || (*w[0].norm == *cw[cw.len() - 1] && *w[1].norm == *ew[0]))
    });
    in_one_person || written_together
}

/// Whether one side of a would-be swap is a place and the other an
/// organisation's name ("the Harbor Court" for "Norway" in "the Harbor
/// Court of Norway"): an organisation is no alternative to a place.
fn place_for_organisation(
    claim: &ClaimReading,
    index: &Index,
    units: &[Unit],
    c: &[usize],
    e: &[usize],
) -> bool {
    let is_place = |u: &Unit| matches!(u.kind, UnitKind::Place { .. });
    let names_org = |doc: &Doc, us: &[Unit], g: &[usize]| {
        doc.tokens[group_span(us, g)]
            .iter()
            .any(|t| lexicon::is_org_word(&t.norm))
    };
    let (cp, ep) = (is_place(&claim.units[c[0]]), is_place(&units[e[0]]));
    (cp && !ep && names_org(&index.doc, units, e))
        || (ep && !cp && names_org(&claim.doc, &claim.units, c))
}

/// Claim units met in the sentences read with the statement.
fn fill_context(
    s: &Scope,
    pairs: &[Pair],
    unaligned: &mut Vec<usize>,
    swaps: &[Swap],
) -> Vec<ContextPair> {
    let Scope {
        claim,
        index,
        st,
        units: sentence_units,
        ev,
    } = *s;
    let mut context = fill_from_context(claim, index, st, pairs, unaligned, swaps);
    context.extend(fill_from_definites(
        claim,
        index,
        st,
        sentence_units,
        ev,
        pairs,
        unaligned,
    ));
    context.extend(fill_from_frame(claim, index, st, pairs, unaligned, swaps));
    context.extend(fill_from_attributes(
        claim,
        index,
        sentence_units,
        pairs,
        unaligned,
        swaps,
    ));
    context
}

/// Claim words for the speaker's own group that the statement says as
/// "we" or "her party", set aside.
fn set_aside_we(s: &Scope, unaligned: &mut Vec<usize>) -> Vec<usize> {
    let Scope {
        claim, index, st, ..
    } = *s;
    // "We came ...", said by a team member: the claim's "the team" is the
    // speaker's "we".
    let mut we = Vec::new();
    if let Some(sp) = &st.speaker {
        let says_we = st
            .region
            .iter()
            .flat_map(|r| r.clone())
            .any(|k| matches!(index.doc.tokens[k].norm.as_str(), "we" | "our" | "us"));
        if says_we {
            let p = &sp.profile;
            unaligned.retain(|&ci| {
                let ours = matches!(&claim.units[ci].kind, UnitKind::Word { key, proper: false , .. }
                    if p.titles.iter().any(|t| *t == *key) || p.head.as_deref() == Some(key.as_str()) || p.modifiers.iter().any(|m| *m == *key));
                if ours {
                    we.push(ci);
                }
                !ours
            });
        }
        // "Unity's Tara Quill said her party has backed it": the
        // claim's "Unity" is the party of the one who speaks of "her party".
        let holders = group_holders(index, st);
        if !holders.is_empty() {
            unaligned.retain(|&ci| {
                let ours = matches!(&claim.units[ci].kind, UnitKind::Word { key, proper: true, .. }
                    if holders.iter().any(|h| h.contains(&key.as_str())));
                if ours {
                    we.push(ci);
                }
                !ours
            });
        }
    }
    we
}

/// Light verbs the statement does not echo, set aside.
fn set_aside_light(
    s: &Scope,
    pairs: &[Pair],
    context: &[ContextPair],
    unaligned: &mut Vec<usize>,
) -> Vec<usize> {
    let Scope {
        claim,
        index,
        st,
        units: sentence_units,
        ev,
    } = *s;
    // A light verb ("covered", "came from") the statement does not echo,
    // when at least three other parts of the claim meet it.
    let mut light = Vec::new();
    let solid = pairs
        .iter()
        .filter(|p| !p.relation.is_conflict() && p.relation != Relation::Antonym)
        .count()
        + context.len();
    // Not where the statement has a verb of its own, one with an opposite,
    // that the claim leaves unmet in the light verb's place: "held her
    // seat" is not set aside against "lost her seat".
    let used: Vec<usize> = pairs.iter().map(|p| p.evidence).collect();
    let cue_tokens = st.cue.as_ref().and_then(|c| c.tokens.clone());
    let own_verbs: Vec<usize> = ev
        .iter()
        .copied()
        .filter(|&ei| {
            let u = &sentence_units[ei];
            !used.contains(&ei)
                && cue_tokens
                    .as_ref()
                    .is_none_or(|c| !c.contains(&u.tokens.start))
                && matches!(&u.kind, UnitKind::Word { key, proper: false, .. }
                    if !lexicon::is_light_verb(key) && lexicon::has_antonym(key))
                && crate::extract::is_verbish(&index.doc, u.tokens.start)
        })
        .map(|ei| sentence_units[ei].tokens.start)
        .collect();
    let in_its_place = |ci: usize| {
        own_verbs
            .iter()
            .any(|&v| between_neighbours(pairs, sentence_units, ci, ci, v))
    };
    if solid >= 3 {
        unaligned.retain(|&ci| {
            let u = &claim.units[ci];
            let is_light = !u.negated
                && matches!(&u.kind, UnitKind::Word { key, proper: false , .. } | UnitKind::Concept { key, .. } if lexicon::is_light_verb(key))
                && !in_its_place(ci);
            if is_light {
                light.push(ci);
            }
            !is_light
        });
    }
    light
}

/// Polarity and hedging compared over the predicate pairs.
struct Polarity {
    flipped: Vec<usize>,
    hedged: Vec<usize>,
    conflict: bool,
    hedge_conflict: bool,
    cue_flipped: bool,
}

fn compare_polarity(s: &Scope, pairs: &[Pair]) -> Polarity {
    let Scope {
        claim,
        index,
        st,
        units: sentence_units,
        ..
    } = *s;
    // A one-clause claim that calls its content a possibility ("supplying
    // air defense is one possible form of support") claims no fact.
    let claim_hedged = claim
        .units
        .iter()
        .all(|u| u.segment == claim.units[0].segment)
        && claim.units.iter().any(|u| u.hedged);
    // Polarity and hedging over predicate pairs.
    let mut flipped = Vec::new();
    let mut hedged = Vec::new();
    let mut polar = 0;
    let mut antonym_flip = false;
    let mut neg_flips = 0;
    let mut head_flips = 0;
    for (pi, p) in pairs.iter().enumerate() {
        let cu = &claim.units[p.claim];
        let eu = &sentence_units[p.evidence];
        // The word a negation governs carries polarity whatever its kind
        // ("are not Lutherans").
        let head = cu.neg_head || eu.neg_head;
        if !(cu.carries_polarity() || head) || p.relation.is_conflict() {
            continue;
        }
        polar += 1;
        let flip = (cu.negated != eu.negated) ^ (p.relation == Relation::Antonym)
            && !negation_moved(claim, index, cu, eu);
        if flip {
            flipped.push(pi);
            if p.relation == Relation::Antonym {
                antonym_flip = true;
            } else {
                neg_flips += 1;
                head_flips += usize::from(head);
            }
        }
        if eu.hedged && !cu.hedged && !claim_hedged {
            hedged.push(pi);
        }
    }
    let non_flips = polar - flipped.len();
    let cue = cue_polarity(claim, index, st);
    // A flip at the word a negation governs is a contradiction however
    // many other words agree; elsewhere, where scope may be an accident of
    // word order, flips must outweigh agreements (and otherwise still
    // block support: see `Alignment::flipped`).
    let polarity_conflict = (!cue.said_negated
        && (antonym_flip || head_flips > 0 || (neg_flips > 0 && neg_flips >= non_flips)))
        || cue.conflict;
    let hedge_conflict = !hedged.is_empty() && hedged.len() * 2 >= polar.max(1);
    Polarity {
        flipped,
        hedged,
        conflict: polarity_conflict,
        hedge_conflict,
        cue_flipped: cue.flipped,
    }
}

/// Whether the one side negates a verb that the other leaves affirmative
/// only because it negates the verb's object instead: "put no pressure on
/// them" is "did not put any pressure on them", "said nothing" is "did not
/// say anything". The negative word stands just after the verb (or after
/// a pronoun object: "gave them no money").
fn negation_moved(claim: &ClaimReading, index: &Index, cu: &Unit, eu: &Unit) -> bool {
    let negative_object = |doc: &Doc, u: &Unit| {
        doc.tokens
            .iter()
            .skip(u.tokens.end)
            .take(2)
            .map(|t| t.norm.as_str())
            .take_while(|n| !matches!(*n, "," | ";" | "."))
            .any(|n| matches!(n, "no" | "nothing" | "none" | "nobody" | "neither"))
    };
    match (cu.negated, eu.negated) {
        (false, true) => negative_object(&claim.doc, cu),
        (true, false) => negative_object(&index.doc, eu),
        _ => false,
    }
}

/// How the claim's speaker relates to the statement's.
fn compare_speaker(s: &Scope) -> Option<SpeakerMatch> {
    let Scope {
        claim,
        index,
        st,
        units: sentence_units,
        ev,
    } = *s;
    claim.speaker.as_ref().map(|cs| {
        let m = match &st.speaker {
            Some(es)
                if same_pronoun(&cs.text, &es.text)
                    || same_description(&cs.text, &es.text)
                    || quoted_first_person(&cs.text, index, st) =>
            {
                SpeakerMatch::Same
            }
            Some(es) => speaker::compare(&cs.profile, &es.profile),
            None => SpeakerMatch::Unknown,
        };
        // A stance is a fact about its holder: "Ruiz rejected the levy"
        // meets "the levy was rejected by Ruiz" in the article's voice.
        let stance = claim
            .cue
            .as_ref()
            .is_some_and(|c| c.class == CueClass::Stance);
        // "her party" (said by Unity's Tara Quill) for the claim's
        // "Unity".
        let their_group = m != SpeakerMatch::Same
            && st.speaker.as_ref().is_some_and(|es| {
                es.mention.as_ref().is_some_and(|r| r.len() == 2)
                    && es.profile.kind == speaker::SpeakerKind::Organisation
                    && es.profile.names.is_empty()
            })
            && !cs.profile.names.is_empty()
            && {
                let holders = group_holders(index, st);
                cs.profile.names.iter().all(|n| {
                    let k = lexicon::key(n);
                    // The first holder is the speaker's own words; the
                    // list is empty when the statement names no group.
                    holders.iter().skip(1).any(|h| h.contains(&k.as_str()))
                })
            };
        if (stance && st.speaker.is_none() && names_holder(&cs.profile, ev, sentence_units))
            || their_group
        {
            SpeakerMatch::Same
        } else {
            m
        }
    })
}

/// How the claim's recipient relates to the statement's.
fn compare_recipient(s: &Scope) -> Option<Option<SpeakerMatch>> {
    let Scope {
        claim,
        st,
        units: sentence_units,
        ev,
        ..
    } = *s;
    claim.recipient.as_ref().map(|cr| {
        st.recipient
            .as_ref()
            .map(|er| speaker::compare(&cr.profile, &er.profile))
            .or_else(|| {
                // "urged regional governments to ..." against "said, "We urge
                // the governments of the region to ..."": the ones urged are
                // named in what was said.
                let directive = claim.cue.as_ref().is_some_and(|c| c.class == CueClass::Directive);
                let words: Vec<&str> = cr
                    .tokens
                    .clone()
                    .filter(|&k| {
                        let t = &claim.doc.tokens[k];
                        t.is_word() && !lexicon::is_stopword(&t.norm)
                    })
                    .map(|k| claim.doc.key(k))
                    .collect();
                let met = |ei: &usize, w: &str| {
                    matches!(&sentence_units[*ei].kind, UnitKind::Word { key, .. }
                        if key == w || lexicon::derived(key, w) || lexicon::are_synonyms(key, w))
                };
                let said = |w: &str| ev.iter().any(|ei| met(ei, w));
                // "told a press conference": where the sentence names the
                // gathering ("said at a press conference").
                let gathering = cr.tokens.clone().any(|k| {
                    words::GATHERINGS.contains(&claim.doc.tokens[k].norm.as_str())
                });
                // The sentence, and for a quotation continued, the one its
                // speaker was named in.
                let first = st
                    .part_of
                    .and_then(|p| s.index.statements.get(p))
                    .map_or(st.sentence, |p| p.sentence);
                let adoc = &s.index.doc;
                let named = |w: &str| {
                    (first..=st.sentence)
                        .flat_map(|si| adoc.sentences[si].tokens.clone())
                        .any(|k| adoc.key(k) == w)
                };
                let all = |f: &dyn Fn(&str) -> bool| !words.is_empty() && words.iter().all(|w| f(w));
                ((directive && all(&said)) || (gathering && all(&named)))
                    .then_some(SpeakerMatch::Same)
            })
    })
}

/// Groups unit indices whose tokens follow each other ("Priya Natarajan").
fn adjacent_groups(doc: &Doc, idx: &[usize], units: &[Unit]) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = Vec::new();
    for &i in idx {
        if let Some(last) = out.last_mut()
            && let Some(&prev) = last.last()
            && (units[prev].tokens.end == units[i].tokens.start
                // "Marlowe's Harbor Center": names joined by a
                // possessive.
                || (units[prev].tokens.end + 1 == units[i].tokens.start
                    && doc.tokens[units[prev].tokens.end].is_possessive()
                    && is_entity(&units[prev])
                    && is_entity(&units[i]))
                // "the harbour of Bergen, Norway": a place and its country.
                || (units[prev].tokens.end + 1 == units[i].tokens.start
                    && doc.tokens[units[prev].tokens.end].is_punct(",")
                    && matches!(
                        units[prev].kind,
                        UnitKind::Place { .. } | UnitKind::Word { proper: true, .. }
                    )
                    && matches!(units[i].kind, UnitKind::Place { .. })))
        {
            last.push(i);
            continue;
        }
        out.push(vec![i]);
    }
    out
}

/// Where a statement's speaker or content names "her party" or "his
/// government", the words naming the holder: the speaker's titles and
/// mention, and those of whoever says the speaker's words ("Unity's Tara
/// Quill said her party has backed it"). Empty when it names none.
fn group_holders<'a>(index: &'a Index, st: &'a Statement) -> Vec<Vec<&'a str>> {
    fn keys_of<'a>(index: &'a Index, s: &'a crate::index::Speaker) -> Vec<&'a str> {
        let mut keys: Vec<&str> = s.profile.titles.iter().map(String::as_str).collect();
        keys.extend(
            s.mention
                .iter()
                .flat_map(|r| r.clone())
                .map(|k| index.doc.key(k)),
        );
        keys
    }
    let Some(sp) = &st.speaker else {
        return Vec::new();
    };
    let norm = |k: usize| index.doc.tokens[k].norm.as_str();
    let names_group = sp
        .mention
        .iter()
        .chain(st.region.iter())
        .flat_map(|r| r.clone())
        .any(|k| {
            matches!(norm(k), "her" | "his" | "their" | "our" | "its")
                && k + 1 < index.doc.tokens.len()
                && lexicon::words::GROUP_NOUNS.contains(&norm(k + 1))
        });
    if !names_group {
        return Vec::new();
    }
    let mut holders = vec![keys_of(index, sp)];
    if let Some(m) = &sp.mention {
        holders.extend(
            index
                .statements
                .iter()
                .filter(|o| o.sentence == st.sentence && o.id != st.id)
                .filter(|o| {
                    o.content
                        .iter()
                        .any(|c| c.start <= m.start && m.end <= c.end)
                })
                .filter_map(|o| o.speaker.as_ref())
                .map(|s| keys_of(index, s)),
        );
    }
    holders
}

/// For a claim of the form "SUBJECT is (a) NOUN" with no other verb: the
/// predicate noun's unit when the statement joins the two only through
/// other verbs.
fn copula_broken(
    claim: &ClaimReading,
    index: &Index,
    units: &[Unit],
    pairs: &[Pair],
) -> Option<usize> {
    let cdoc = &claim.doc;
    let be = |n: &str| matches!(n, "is" | "are" | "was" | "were" | "be" | "been");
    let b = (0..cdoc.tokens.len()).find(|&k| be(&cdoc.tokens[k].norm))?;
    let other_verb = (0..cdoc.tokens.len())
        .any(|k| k != b && crate::extract::is_verbish(cdoc, k) && !be(&cdoc.tokens[k].norm));
    if other_verb {
        return None;
    }
    // The subject's first unit, and a common noun right after the verb.
    let s_ci = (0..claim.units.len()).find(|&ci| claim.units[ci].tokens.end <= b)?;
    let p_ci = (0..claim.units.len()).find(|&ci| claim.units[ci].tokens.start > b)?;
    let noun = matches!(claim.units[p_ci].kind, UnitKind::Word { proper: false, .. })
        && !crate::extract::is_verbish(cdoc, claim.units[p_ci].tokens.start);
    // "is a doctor", "was the leader"; not "were among those rescued".
    let direct = (b + 1..claim.units[p_ci].tokens.start).all(|k| {
        matches!(
            cdoc.tokens[k].norm.as_str(),
            "a" | "an" | "the" | "his" | "her" | "their" | "its" | "another"
        )
    });
    if !noun || !direct {
        return None;
    }
    let ev_of = |ci: usize| {
        pairs
            .iter()
            .find(|p| p.claim == ci)
            .map(|p| &units[p.evidence])
    };
    let (es, ep) = (ev_of(s_ci)?, ev_of(p_ci)?);
    let (from, to) = if es.tokens.start < ep.tokens.start {
        (es.tokens.end, ep.tokens.start)
    } else {
        (ep.tokens.end, es.tokens.start)
    };
    let adoc = &index.doc;
    (from..to)
        .any(|k| crate::extract::is_verbish(adoc, k) && !be(&adoc.tokens[k].norm))
        .then_some(p_ci)
}

/// Whether article token `at` lies between the article words met by the
/// claim's nearest matched units before claim unit `c0` and after `c1`:
/// where the claim's units `c0..=c1` would stand in the statement.
fn between_neighbours(pairs: &[Pair], units: &[Unit], c0: usize, c1: usize, at: usize) -> bool {
    let before = pairs
        .iter()
        .filter(|p| p.claim < c0)
        .max_by_key(|p| p.claim)
        .map(|p| units[p.evidence].tokens.start);
    let after = pairs
        .iter()
        .filter(|p| p.claim > c1)
        .min_by_key(|p| p.claim)
        .map(|p| units[p.evidence].tokens.start);
    before.is_none_or(|b| b < at) && after.is_none_or(|a| at < a)
}
