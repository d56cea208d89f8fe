//! The reader: turns a sentence (of the article or of a claim) into
//! *units*, the pieces the matcher aligns: content words, names, places,
//! people, quantities, ordinals, times and phrase concepts. Each unit knows
//! whether its clause is negated and whether it is presented as a mere
//! possibility.

pub mod people;
pub mod places;
pub mod quantity;
pub mod time;

use crate::doc::Doc;
use crate::lexicon::{self, CueClass, places::PlaceKind, relations, words};
use crate::text::Norm;
use foldhash::{HashMap, HashMapExt};
use people::People;
use quantity::Quantity;
use serde::Serialize;
use std::ops::Range;
use std::sync::LazyLock;
use time::TimeValue;

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum UnitKind {
    /// A content word, by key; `proper` for a capitalised name word.
    Word {
        key: Norm,
        proper: bool,
        /// The word as written, lowercase: typos are judged on it, not
        /// on the stem.
        #[serde(skip)]
        norm: Norm,
    },
    /// A place or international body, by its key in the places table.
    Place {
        key: &'static str,
        place: PlaceKind,
        adjective: bool,
    },
    /// A person from the article's register of people.
    Person {
        id: usize,
        pronoun: bool,
    },
    Quantity(Quantity),
    /// A rank: first = 1, last = `u32::MAX`.
    Ordinal {
        rank: u32,
    },
    Time(TimeValue),
    /// A phrase read as one concept ("kept the door open" → `@open-to`).
    Concept {
        key: Norm,
        /// The plain word the phrase stands for ("be critical of" →
        /// "criticise"), or empty.
        #[serde(skip)]
        word: Norm,
    },
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Unit {
    pub kind: UnitKind,
    /// Tokens the unit covers, in the document.
    #[serde(skip)]
    pub tokens: Range<usize>,
    /// Whether the unit is negated: an odd number of negations reach it in
    /// its clause (see [`Unit::neg_head`] for the word each governs).
    pub negated: bool,
    /// Whether the unit is the first after a negator in its scope: the
    /// word the negation governs ("not *detained*", "never *said*", "no
    /// *evidence*"), where a polarity difference cannot be an accident of
    /// word order.
    #[serde(skip)]
    pub neg_head: bool,
    /// Whether it is presented as a possibility ("could", "an option").
    pub hedged: bool,
    /// Clause number within its sentence, counting strong breaks only
    /// ("while", ";"): units of one fact should share it.
    #[serde(skip)]
    pub segment: u32,
}

impl Unit {
    /// Whether polarity matters for this unit: predicates and their
    /// modifiers do, names, places, numbers and times do not.
    pub fn carries_polarity(&self) -> bool {
        matches!(
            self.kind,
            UnitKind::Word { proper: false, .. } | UnitKind::Concept { .. }
        )
    }

    pub fn describe(&self, doc: &Doc) -> String {
        doc.range_text(self.tokens.clone()).to_string()
    }
}

struct Phrase {
    keys: Vec<String>,
    concept: Norm,
    /// The plain word the phrase stands for ("be critical of" →
    /// "criticise"), or empty for a concept of its own (`@open-to`).
    word: &'static str,
}

impl Phrase {
    /// The phrase's unit: its concept, with the word it stands for so that
    /// WordNet can relate it like that word.
    fn kind(&self) -> UnitKind {
        UnitKind::Concept {
            key: self.concept.clone(),
            word: Norm::from(self.word),
        }
    }
}

/// The concepts of the phrases in a run of keys ("asylum seeker" →
/// "@asylum-seeker"), for comparing the nouns quantities count.
pub(crate) fn phrase_concepts(keys: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for i in 0..keys.len() {
        if let Some(list) = PHRASES.get(&keys[i]) {
            for p in list {
                if keys[i..].starts_with(&p.keys) {
                    out.push(p.concept.to_string());
                    break;
                }
            }
        }
    }
    out
}

fn phrase_keys(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| lexicon::key(w)).collect()
}

static PHRASES: LazyLock<HashMap<String, Vec<Phrase>>> = LazyLock::new(|| {
    let mut m: HashMap<String, Vec<Phrase>> = HashMap::new();
    for (ws, concept) in relations::PHRASES {
        let keys = phrase_keys(ws);
        let word: &'static str = concept;
        let concept = if concept.starts_with('@') {
            concept.to_string()
        } else {
            lexicon::key(concept)
        };
        m.entry(keys[0].clone()).or_default().push(Phrase {
            keys,
            concept: Norm::from(concept.as_str()),
            word: if word.starts_with('@') { "" } else { word },
        });
    }
    for v in m.values_mut() {
        v.sort_by_key(|p| std::cmp::Reverse(p.keys.len()));
    }
    m
});

static NEGATOR_PHRASES: LazyLock<Vec<Vec<String>>> = LazyLock::new(|| {
    let mut v: Vec<Vec<String>> = words::NEGATOR_PHRASES
        .iter()
        .map(|p| p.split(' ').map(lexicon::key).collect())
        .collect();
    v.sort_by_key(|p| std::cmp::Reverse(p.len()));
    v
});

/// For each word that can start a negator phrase (as key or as written),
/// the phrases it starts, by place in [`NEGATOR_PHRASES`].
static NEGATORS_BY_FIRST: LazyLock<HashMap<&'static str, Vec<usize>>> = LazyLock::new(|| {
    let mut m: HashMap<&'static str, Vec<usize>> = HashMap::new();
    for (n, p) in NEGATOR_PHRASES.iter().enumerate() {
        if let Some(first) = p.first() {
            m.entry(first.as_str()).or_default().push(n);
        }
    }
    m
});

/// The length of the negator phrase at token `i` ("refuse to"): the longest,
/// the first listed among equals.
fn negator_phrase_at(doc: &Doc, i: usize, end: usize) -> Option<usize> {
    let by_key = NEGATORS_BY_FIRST.get(doc.key(i));
    let by_norm = NEGATORS_BY_FIRST.get(doc.tokens[i].norm.as_str());
    by_key
        .into_iter()
        .chain(by_norm)
        .flatten()
        .copied()
        .filter(|&n| keys_at(doc, i, end, &NEGATOR_PHRASES[n]))
        .min()
        .map(|n| NEGATOR_PHRASES[n].len())
}

fn keys_at(doc: &Doc, i: usize, end: usize, keys: &[String]) -> bool {
    i + keys.len() <= end
        && keys
            .iter()
            .enumerate()
            .all(|(k, w)| doc.key(i + k) == *w || doc.tokens[i + k].norm == *w)
}

/// What the reader needs besides the document.
pub struct Context<'a> {
    pub people: &'a People,
    /// Whether `people` was built from this document: then pronouns
    /// (he/she/his/her) resolve to the last person named and mentions are
    /// looked up by position. For a claim, names are looked up by their
    /// words only.
    pub same_doc: bool,
}

/// Reads the units of the tokens `range` of `doc`.
pub fn read_units(doc: &Doc, range: Range<usize>, ctx: &Context) -> Vec<Unit> {
    let (start, end) = (range.start, range.end);
    let mut units = Vec::new();
    let mut i = start;
    while i < end {
        let t = &doc.tokens[i];
        if !t.is_wordlike() {
            i += 1;
            continue;
        }
        // "10. Jack Welch, CEO": a list's numbering says nothing.
        if quantity::list_marker(doc, i) {
            i += 1;
            continue;
        }
        // Negator phrases are scope markers, not units.
        if let Some(n) = negator_phrase_at(doc, i, end) {
            i += n;
            continue;
        }
        if let Some((v, n)) = time::parse_at(doc, i, end) {
            units.push(unit(UnitKind::Time(v), i..i + n));
            i += n;
            continue;
        }
        if let Some(m) = places::place_at(doc, i, end) {
            units.push(unit(
                UnitKind::Place {
                    key: m.key,
                    place: m.kind,
                    adjective: m.adjective,
                },
                i..i + m.len,
            ));
            i += m.len;
            continue;
        }
        if let Some((q, n)) = quantity::parse_at(doc, i, end) {
            let n = n.max(1);
            // The counted noun stays a word of its own: leave those tokens.
            let used = quantity_tokens(doc, i, n, &q);
            units.push(unit(UnitKind::Quantity(q), i..i + used));
            i += used;
            continue;
        }
        if let Some(rank) = ordinal(&t.norm) {
            // "sent back twice, first by the coast guard and then ...": "first"
            // as an adverb of sequence ranks nothing. An all-capital
            // "FIRST" is a name.
            let next = doc.tokens.get(i + 1).map_or("", |t| t.norm.as_str());
            let prev = if i > start {
                doc.tokens[i - 1].norm.as_str()
            } else {
                ""
            };
            let adverb = t.norm == "first"
                && (matches!(next, "by" | "," | "with" | "and" | ".")
                    || matches!(prev, "," | "and"))
                && !matches!(prev, "the" | "its" | "their" | "his" | "her" | "our");
            let acronym = t.cap && doc.slice(t.span).chars().all(|c| c.is_ascii_uppercase());
            if !adverb && !acronym {
                units.push(unit(UnitKind::Ordinal { rank }, i..i + 1));
                i += 1;
                continue;
            }
            if adverb {
                i += 1;
                continue;
            }
        }
        if let Some(list) = PHRASES.get(doc.key(i))
            && let Some(p) = list.iter().find(|p| {
                keys_at(doc, i, end, &p.keys) && !(p.concept == "@cause" && schedule(doc, i, end))
            })
        {
            units.push(unit(p.kind(), i..i + p.keys.len()));
            i += p.keys.len();
            continue;
        }
        // A verb and its particle around a pronoun: "pick them up".
        if let Some(list) = PHRASES.get(doc.key(i))
            && i + 2 < end
            && matches!(
                doc.tokens[i + 1].norm.as_str(),
                "them" | "it" | "him" | "her" | "us" | "me" | "you"
            )
            && let Some(p) = list.iter().find(|p| {
                p.keys.len() == 2
                    && words::PARTICLES.contains(&p.keys[1].as_str())
                    && doc.key(i + 2) == p.keys[1]
            })
        {
            units.push(unit(p.kind(), i..i + 3));
            i += 3;
            continue;
        }
        if let Some((id, e)) = ctx
            .people
            .mention_at(i)
            .filter(|&(_, e)| e <= end && ctx.same_doc)
        {
            units.push(unit(UnitKind::Person { id, pronoun: false }, i..e));
            i = e;
            continue;
        }
        if doc.proper[i] && !lexicon::is_title_word(&t.norm) {
            let e = people::name_run(doc, i, end);
            if e > i {
                let words: Vec<String> = (i..e).map(|k| doc.tokens[k].norm.to_string()).collect();
                if let Some(id) = ctx.people.find(&words) {
                    units.push(unit(UnitKind::Person { id, pronoun: false }, i..e));
                    i = e;
                    continue;
                }
            }
        }
        // "the country", "his country": the country last named, or the
        // country in the title of the person meant.
        if ctx.same_doc
            && matches!(t.norm.as_str(), "country" | "nation")
            && i > 0
            && matches!(
                doc.tokens[i - 1].norm.as_str(),
                "the" | "his" | "her" | "their" | "its"
            )
        {
            let owner = doc.tokens[i - 1].norm.as_str();
            let place = if matches!(owner, "his" | "her") {
                ctx.people
                    .last_before(i, 80)
                    .and_then(|id| ctx.people.persons[id].places.first().copied())
            } else {
                last_country(doc, i)
            };
            if let Some(key) = place {
                units.push(unit(
                    UnitKind::Place {
                        key,
                        place: PlaceKind::Country,
                        adjective: false,
                    },
                    i..i + 1,
                ));
            }
        }
        if ctx.same_doc
            && matches!(t.norm.as_str(), "he" | "she" | "him" | "his" | "her")
            && let Some(id) = ctx.people.last_before(i, 80)
            && !other_name_between(doc, ctx.people, id, i)
        {
            units.push(unit(UnitKind::Person { id, pronoun: true }, i..i + 1));
            i += 1;
            continue;
        }
        let norm = t.norm.as_str();
        // "is set to launch", "is scheduled to": the future, said another way.
        if matches!(norm, "set" | "scheduled" | "slated" | "poised")
            && i + 1 < end
            && doc.tokens[i + 1].norm == "to"
        {
            i += 1;
            continue;
        }
        if words::DURATION_VERBS.contains(&norm) && near_duration(doc, i, start, end) {
            i += 1;
            continue;
        }
        if stops_gerund(doc, i, end) {
            i += 1;
            continue;
        }
        // "one of two options was", "options include": the noun hedges what
        // follows and is not itself content.
        if matches!(norm, "option" | "options" | "possibility" | "possibilities")
            && !matches!(hedge_reach(doc, i, start..end), Reach::None)
        {
            i += 1;
            continue;
        }
        if lexicon::is_stopword(norm)
            || lexicon::is_negator(norm)
            || is_modal_function_word(norm)
            // "due to launch": a marker of the future, like "will".
            || schedule(doc, i, end)
        {
            i += 1;
            continue;
        }
        let proper = doc.proper[i] && !lexicon::is_title_word(norm);
        // "rebel-controlled", "state-run": the doer and the participle,
        // as "controlled by the rebels" reads.
        if let Some((first, last)) = norm.rsplit_once('-')
            && words::COMPOUND_PARTICIPLES.contains(&last)
            && !first.is_empty()
            && !first.contains('-')
        {
            let first_proper = doc.tokens[i].cap;
            for (w, p) in [(first, first_proper), (last, false)] {
                units.push(unit(
                    UnitKind::Word {
                        key: Norm::from(lexicon::key(w).as_str()),
                        proper: p,
                        norm: Norm::from(w),
                    },
                    i..i + 1,
                ));
            }
            i += 1;
            continue;
        }
        units.push(unit(
            UnitKind::Word {
                key: doc.shared_key(i),
                proper,
                norm: doc.tokens[i].norm.clone(),
            },
            i..i + 1,
        ));
        i += 1;
    }
    quantity::share_elided_units(doc, &mut units);
    apply_scopes(doc, range, &mut units);
    units
}

/// The country named last before token `i` (within a few sentences).
fn last_country(doc: &Doc, i: usize) -> Option<&'static str> {
    let floor = i.saturating_sub(120);
    let mut k = i;
    while k > floor {
        k -= 1;
        if let Some(m) = places::place_at(doc, k, i)
            && m.kind == PlaceKind::Country
        {
            return Some(m.key);
        }
    }
    None
}

/// Whether an age or duration is read within a few words of token `i`.
fn near_duration(doc: &Doc, i: usize, start: usize, end: usize) -> bool {
    let lo = i.saturating_sub(5).max(start);
    let hi = (i + 6).min(end);
    (lo..hi).any(|k| {
        quantity::parse_at(doc, k, end).is_some_and(|(q, _)| {
            matches!(
                q.kind,
                quantity::QuantityKind::Age | quantity::QuantityKind::Duration
            )
        }) || matches!(
            time::parse_at(doc, k, end),
            Some((TimeValue::Range { .. }, _))
        )
    })
}

fn unit(kind: UnitKind, tokens: Range<usize>) -> Unit {
    Unit {
        kind,
        tokens,
        negated: false,
        neg_head: false,
        hedged: false,
        segment: 0,
    }
}

/// The tokens a quantity unit keeps for itself: everything up to its unit
/// noun, which is left to be read as a word.
fn quantity_tokens(doc: &Doc, i: usize, n: usize, q: &Quantity) -> usize {
    if q.unit.is_empty() {
        return n;
    }
    // Find where the first unit word starts, within the span read.
    for k in i..i + n {
        if doc.key(k) == q.unit[0] && k > i {
            return k - i;
        }
    }
    n
}

/// Modal and auxiliary words that are read as scope, not content.
fn is_modal_function_word(norm: &str) -> bool {
    matches!(
        norm,
        "will"
            | "would"
            | "could"
            | "might"
            | "may"
            | "can"
            | "shall"
            | "should"
            | "must"
            | "'ll"
            | "'d"
            | "wo"
            | "ca"
            | "ought"
            | "possibly"
            | "perhaps"
            | "potentially"
            | "maybe"
            | "likely"
    )
}

fn ordinal(norm: &str) -> Option<u32> {
    if let Some(&(_, r)) = lexicon::numbers::ORDINALS.iter().find(|(w, _)| *w == norm) {
        return Some(r);
    }
    let digits = norm
        .strip_suffix("th")
        .or_else(|| norm.strip_suffix("st"))
        .or_else(|| norm.strip_suffix("nd"))
        .or_else(|| norm.strip_suffix("rd"))?;
    if !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) {
        digits.parse().ok()
    } else {
        None
    }
}

/// Whether token `i` is the "to" of "was to" or "were to" before a
/// verb's base form ("thousands were to march on the square"): a plan in the
/// past, which may not have come about. ("is to begin" is a future, as
/// "will begin" is, and hedges nothing.)
fn planned_at(doc: &Doc, i: usize, range: Range<usize>) -> bool {
    i > range.start
        && i + 1 < range.end
        && doc.tokens[i].norm == "to"
        && matches!(doc.tokens[i - 1].norm.as_str(), "was" | "were")
        && doc.tags(i + 1).is_some_and(|(_, penn)| penn == "VB")
}

/// Sets each unit's negation, hedging and segment. Negation covers the
/// words after a negator in its clause; a hedge ("could", "an option")
/// covers its whole clause.
fn apply_scopes(doc: &Doc, range: Range<usize>, units: &mut [Unit]) {
    // For every clause, the position from which it is hedged: its start
    // for a modal ("could", "might") or a copular option ("X was one of the
    // options"), the hedge word for a complement ("plans to", "believes").
    let mut clause_of = vec![0usize; range.len()];
    let mut clause_start = vec![range.start];
    let mut hedge_from: Vec<Option<usize>> = vec![None];
    let mut forward: Vec<(usize, usize)> = Vec::new();
    for i in range.clone() {
        let norm = doc.tokens[i].norm.as_str();
        let c = clause_start.len() - 1;
        if lexicon::is_possibility(norm) && !is_possibility_exception(doc, i) {
            match hedge_reach(doc, i, range.clone()) {
                // "Troops were sent ... if the strikes do not stop":
                // a condition after a main clause that states a fact (no
                // modal or future before it) hedges only itself; "we will
                // strike if they attack" and "If X, Y" hedge it all.
                Reach::Clause
                    if matches!(norm, "if" | "unless")
                        && i > clause_start[c]
                        && !(clause_start[c]..i).any(|k| {
                            let n = doc.tokens[k].norm.as_str();
                            lexicon::is_possibility(n)
                                || lexicon::is_future(n)
                                || words::NECESSITY.contains(&n)
                        }) =>
                {
                    forward.push((i, forward_stop(doc, i, range.end)));
                }
                Reach::Clause => hedge_from[c] = Some(clause_start[c]),
                Reach::Forward => forward.push((i, forward_stop(doc, i, range.end))),
                Reach::Noun => forward.push((i, (i + 2).min(range.end))),
                Reach::None => {}
            }
        }
        // "thousands were to march on the square": a plan, not what happened.
        if planned_at(doc, i, range.clone()) {
            hedge_from[c] = Some(clause_start[c]);
        }
        clause_of[i - range.start] = c;
        if words::STRONG_CLAUSE_BREAKS.contains(&norm) || breaks_scope(doc, i, range.end) {
            clause_start.push(i + 1);
            hedge_from.push(None);
        }
    }
    for u in units.iter_mut() {
        if u.tokens.start >= range.start && u.tokens.start < range.end {
            let c = clause_of[u.tokens.start - range.start];
            let t = u.tokens.start;
            u.hedged = hedge_from[c].is_some_and(|h| t >= h)
                || forward.iter().any(|&(a, b)| a <= t && t < b);
        }
    }
    apply_negation(doc, range, units);
}

/// Where a negation's scope stands while the tokens of a sentence are read.
struct Negation {
    negated: bool,
    /// Where the current negation starts.
    at: usize,
    /// Where the clause of the current negation starts (after the last
    /// scope break before it).
    clause_from: usize,
    /// Whether the next unit is the head of the negation.
    head_pending: bool,
    /// A negation whose scope closed before any unit ("did not like that
    /// story", "the problem is not that ..."): it governs the next unit,
    /// unless another break comes first.
    dangling: bool,
    /// Token ranges of clauses a negated word takes as its complement
    /// ("not true that X", "no evidence that X"): X is not stated.
    unstated: Vec<Range<usize>>,
}

/// Sets each unit's negation, its negation head and its segment (see
/// [`Unit::negated`], [`Unit::neg_head`]).
fn apply_negation(doc: &Doc, range: Range<usize>, units: &mut [Unit]) {
    let mut n = Negation {
        negated: false,
        at: range.start,
        clause_from: range.start,
        head_pending: false,
        dangling: false,
        unstated: Vec::new(),
    };
    let mut last_break = range.start;
    // "After failing to win, she resigned": a negation inside an opening
    // adverbial phrase ends at its comma.
    let mut opening_phrase = matches!(
        doc.tokens.get(range.start).map(|t| t.norm.as_str()),
        Some(
            "after"
                | "before"
                | "despite"
                | "since"
                | "upon"
                | "following"
                | "once"
                | "though"
                | "although"
                | "because"
                | "without"
        )
    );
    let mut intro_clause = false;
    let mut intro_start = range.start;
    let mut segment = 0u32;
    let mut depth = 0u32;
    let mut constituent: Option<(usize, bool)> = None;
    let mut u = 0;
    let mut i = range.start;
    let end = range.end;
    while i < end {
        // Units starting here take the current scope.
        while u < units.len() && units[u].tokens.start <= i {
            if units[u].tokens.start == i {
                units[u].negated = n.negated ^ n.dangling;
                units[u].neg_head = n.head_pending || n.dangling;
                units[u].segment = segment;
                n.head_pending = false;
                n.dangling = false;
            }
            u += 1;
        }
        // The end of a negated conjunct: what follows is as before it.
        if let Some((_, before)) = constituent.filter(|&(e, _)| e == i) {
            n.negated = before;
            n.head_pending = false;
            constituent = None;
        }
        let t = &doc.tokens[i];
        let norm = t.norm.as_str();
        if let Some(len) = negator_at(doc, i, end) {
            // "registering men *but not women* for the draft": a negated
            // noun phrase after a conjunction denies that conjunct only.
            if let Some(e) = negated_conjunct(doc, i, end) {
                constituent = Some((e, n.negated));
            }
            // "neither X nor Y": "nor" negates Y too, it does not cancel;
            // nor does a second "no" ("no plan and no money").
            let again = norm == "no" && n.negated && doc.tokens[n.at].norm == "no";
            n.negated = !n.negated || norm == "nor" || again;
            n.at = i;
            n.clause_from = last_break;
            // A second negation cancels the first ("has not ruled out"):
            // what follows is affirmed, and heads no negation.
            n.head_pending = n.negated;
            if len > 1 {
                i += len;
                continue;
            }
        }
        // "without a deal and not ask for more time": "without" denies its noun
        // phrase, which ends at a conjunction that starts a clause (a
        // verb or "not" after it), not one that lists ("without food or
        // water").
        let clause_next = || {
            doc.tokens.get(i + 1).is_some_and(|t| {
                matches!(t.norm.as_str(), "not" | "never")
                    || (i + 1 < end && crate::extract::is_verbish(doc, i + 1))
            })
        };
        if n.negated
            && doc.tokens[n.at].norm == "without"
            && i > n.at + 1
            && matches!(norm, "and" | "or" | "but")
            && clause_next()
        {
            n.negated = false;
            n.head_pending = false;
        }
        let was_negated = n.negated;
        let dangling_before = n.dangling;
        // "failed to win and resigned", "did not run and retired": a past
        // tense after "and" cannot share the infinitive or the auxiliary the
        // negation governs; it starts a new, affirmed clause.
        if n.negated
            && norm == "and"
            && doc.tokens.get(i + 1).is_some_and(|x| {
                x.is_word() && x.norm.len() > 4 && x.norm.ends_with("ed") && i + 1 < end
            })
            && (n.at..i)
                .any(|k| matches!(doc.tokens[k].norm.as_str(), "to" | "did" | "does" | "do"))
        {
            n.negated = false;
        }
        // "6.05 hectares (14.95 acres; .0605 square km), up from 2.48": a
        // break inside brackets divides the aside, not the sentence.
        match norm {
            "(" => depth += 1,
            ")" => depth = depth.saturating_sub(1),
            _ => {}
        }
        let mut broke = false;
        if opening_phrase && t.is_punct(",") && doc.quote_of[i].is_none() {
            opening_phrase = false;
            n.negated = false;
            broke = true;
        }
        if words::STRONG_CLAUSE_BREAKS.contains(&norm) && depth == 0 {
            // "chaired the club, 1990–1998; for 20 years": what follows a
            // semicolon is a clause of its own only with a verb.
            if norm != ";" || verb_before_break(doc, i + 1, end) {
                segment += 1;
            }
            n.negated = false;
            broke = true;
            // "While X, Y": an opening subordinate clause ends at its comma.
            intro_clause =
                i == range.start || doc.tokens[i - 1].is_quote() || doc.tokens[i - 1].is_punct(",");
            intro_start = i;
        } else if intro_clause
            && t.is_punct(",")
            && doc.quote_of[i].is_none()
            && (intro_start..i).any(|k| crate::extract::is_verbish(doc, k))
        {
            segment += 1;
            n.negated = false;
            intro_clause = false;
            broke = true;
        } else if t.is_punct(",") || breaks_negation(doc, i, end) {
            broke = true;
            if was_negated {
                close_negation(doc, &mut n, units, i, end);
            }
            // (Only a negation in force is asked where it ends: the
            // question may need the sentence's tags.)
            if n.negated {
                // "no plan and no money for the bridge, to please
                // step down": the noun phrase "no" denies ends at its
                // comma where a verb or "to" follows, not in a list ("no
                // injuries, deaths or arrests").
                let determiner = doc.tokens[n.at].norm == "no";
                let verb_next = i + 1 < end
                    && (doc.tokens[i + 1].norm == "to" || crate::extract::is_verbish(doc, i + 1));
                let ends =
                    breaks_negation(doc, i, end) || (determiner && t.is_punct(",") && verb_next);
                n.negated &= !ends;
            }
        }
        if broke {
            last_break = i + 1;
            // A dangling negation does not reach past a comma or a new
            // clause ("profitable or not, and takes effect").
            if t.is_punct(",") || words::STRONG_CLAUSE_BREAKS.contains(&norm) {
                n.dangling &= !dangling_before;
            }
        }
        n.dangling |= n.head_pending && !n.negated;
        n.head_pending &= n.negated;
        i += 1;
    }
    finish_negation(&mut n, units, range);
}

/// Whether a verb comes between token `from` and the next strong clause
/// break (or `end`).
fn verb_before_break(doc: &Doc, from: usize, end: usize) -> bool {
    (from..end)
        .take_while(|&k| !words::STRONG_CLAUSE_BREAKS.contains(&doc.tokens[k].norm.as_str()))
        .any(|k| crate::extract::is_verbish(doc, k))
}

/// At a scope break `i` of a negated clause: "not until X that Y" affirms
/// Y; "not X but (with) Y" is contrastive, so its head is no head; and a
/// negated word's "that"/"whether" complement is not stated.
fn close_negation(doc: &Doc, n: &mut Negation, units: &mut [Unit], i: usize, end: usize) {
    let norm = doc.tokens[i].norm.as_str();
    // "It was not until Friday that the ferry resumed": the event did
    // happen, at that time; the negation governs no word. (Not "was not in
    // the office until 3:00", a state that did not hold.)
    if norm == "until" && i == n.at + 1 {
        n.head_pending = false;
    }
    let next = doc.tokens.get(i + 1).map_or("", |t| t.norm.as_str());
    if matches!(norm, "but" | "rather" | "instead")
        && matches!(
            next,
            "with"
                | "to"
                | "in"
                | "on"
                | "for"
                | "by"
                | "as"
                | "at"
                | "from"
                | "a"
                | "an"
                | "the"
                | "than"
                | "of"
        )
    {
        for x in units
            .iter_mut()
            .filter(|x| x.tokens.start > n.at && x.tokens.start < i)
        {
            x.neg_head = false;
        }
    }
    if matches!(norm, "that" | "whether" | "if") && !n.head_pending {
        let stop = (i + 1..end)
            .find(|&k| words::STRONG_CLAUSE_BREAKS.contains(&doc.tokens[k].norm.as_str()))
            .unwrap_or(end);
        n.unstated.push(i + 1..stop);
    }
}

/// After the last token: a negation with no word after it ("One night was
/// not too much") governs the last word before it in its clause. With none
/// in its clause ("..., but it did not", "we will not do so"), the last word
/// before it carries the negation without heading it, so that the
/// difference keeps the sentence from supporting a claim without
/// contradicting it. Complements of negated words are marked as not stated
/// (hedged).
fn finish_negation(n: &mut Negation, units: &mut [Unit], range: Range<usize>) {
    if n.dangling || n.head_pending {
        let in_clause = n.clause_from.max(range.start);
        let before = |x: &Unit, from: usize| x.tokens.start >= from && x.tokens.end <= n.at;
        if let Some(last) = units.iter_mut().rev().find(|x| before(x, in_clause)) {
            last.negated = !last.negated;
            last.neg_head = true;
        } else if let Some(last) = units.iter_mut().rev().find(|x| before(x, range.start)) {
            last.negated = !last.negated;
        }
    }
    for r in &n.unstated {
        for x in units.iter_mut().filter(|x| r.contains(&x.tokens.start)) {
            x.hedged = true;
        }
    }
}

/// Whether the reporting verb at `cue` is negated: a negator just before
/// it, with at most auxiliaries and adverbs between ("did not say", "has
/// never claimed", "didn't tell", "refused to confirm"). A cue of saying,
/// believing or requesting carries its negation ("did not say", "does not
/// think", "did not recommend that"); a stance's negation is about its
/// object ("did not support the deployment"). What was said keeps the
/// negation mark too, so that a claim of it alone is never supported.
pub fn cue_negated(doc: &Doc, cue: Range<usize>, class: CueClass) -> bool {
    if !matches!(
        class,
        CueClass::Assertive | CueClass::Belief | CueClass::Directive
    ) {
        return false;
    }
    let span = cue_negation_span(doc, cue.clone());
    span.filter(|&k| negator_at(doc, k, cue.start).is_some())
        .count()
        % 2
        == 1
}

/// The length of the negator at token `i`: a negator phrase ("refused
/// to", "ruled out"), a negator word ("not", "never", "no") other than
/// "not only", or a verb of stopping before a gerund ("stopped
/// developing").
pub fn negator_at(doc: &Doc, i: usize, end: usize) -> Option<usize> {
    if let Some(n) = negator_phrase_at(doc, i, end) {
        return Some(n);
    }
    let norm = doc.tokens[i].norm.as_str();
    ((lexicon::is_negator(norm) && !is_negator_exception(doc, i, end)) || stops_gerund(doc, i, end))
        .then_some(1)
}

/// Where the negated conjunct that the "not" at token `i` opens ends:
/// "men *but not women* for the draft", "the city and not the state".
/// The "not" follows "but" or "and" and comes before a noun phrase; the
/// phrase ends at the first word that is no part of a noun phrase (a
/// preposition, a verb, a conjunction, punctuation). A participle
/// ("but not stunning him") heads a clause, not a noun phrase.
fn negated_conjunct(doc: &Doc, i: usize, end: usize) -> Option<usize> {
    let after_conjunction = i > 0 && matches!(doc.tokens[i - 1].norm.as_str(), "but" | "and");
    let nominal = |k: usize| {
        doc.tokens[k].is_wordlike()
            && doc.tags(k).is_some_and(|(upos, penn)| {
                matches!(upos, "NOUN" | "PROPN" | "DET" | "ADJ" | "NUM" | "PRON")
                    && !matches!(penn, "VBG" | "VBN")
            })
    };
    if doc.tokens[i].norm != "not" || !after_conjunction || i + 1 >= end || !nominal(i + 1) {
        return None;
    }
    let e = (i + 1..end).find(|&k| !nominal(k)).unwrap_or(end);
    (e > i + 1).then_some(e)
}

/// The tokens before a reporting verb that negate it ("did not", "has
/// never", "refused to"): see [`cue_negated`].
pub fn cue_negation_span(doc: &Doc, cue: Range<usize>) -> Range<usize> {
    let mut k = cue.start;
    let floor = cue.start.saturating_sub(4);
    while k > floor {
        let t = &doc.tokens[k - 1];
        let norm = t.norm.as_str();
        let negator = negator_at(doc, k - 1, cue.start).is_some();
        // Auxiliaries and adverbs ("has not always said", "did not
        // explicitly claim"); not "only" ("not only said").
        let filler = t.is_word()
            && (words::SPEAKER_CUE_FILLERS.contains(&norm)
                || words::CUE_ADVERBS.contains(&norm)
                || (norm.ends_with("ly") && !t.cap && norm != "only")
                || norm == "to");
        if !(negator || filler) {
            break;
        }
        k -= 1;
    }
    k..cue.start
}

/// Whether a name that is not a known person stands between person `id`'s
/// last mention before token `i` and `i` in the same sentence ("Lenz was
/// arrested upon his return", with Lenz not in the register): then "his"
/// may be that name's, and is not read as the person's.
fn other_name_between(doc: &Doc, people: &People, id: usize, i: usize) -> bool {
    let sentence = doc.sentence_of[i] as usize;
    let from = people.persons[id]
        .mentions
        .iter()
        .filter(|m| m.end <= i)
        .map(|m| m.end)
        .max()
        .unwrap_or(0)
        .max(doc.sentences[sentence].tokens.start);
    let mut k = from;
    while k < i {
        if let Some((_, end)) = people.mention_at(k) {
            k = end.max(k + 1);
            continue;
        }
        let t = &doc.tokens[k];
        if t.cap
            && doc.proper[k]
            && k > doc.sentences[sentence].tokens.start
            && places::place_at(doc, k, i).is_none()
        {
            return true;
        }
        k += 1;
    }
    false
}

/// "due to launch on April 29": "due to" before a verb is a schedule, not
/// a cause ("due to personal differences").
fn schedule(doc: &Doc, i: usize, end: usize) -> bool {
    if doc.tokens[i].norm != "due"
        || doc.tokens[i + 1..].first().is_none_or(|t| t.norm != "to")
        || i + 2 >= end
    {
        return false;
    }
    // "due to launch": a verb's base form after "to".
    doc.tags(i + 2)
        .is_some_and(|(upos, penn)| upos == "VERB" && penn == "VB")
}

enum Reach {
    Clause,
    Forward,
    /// The next word only.
    Noun,
    None,
}

/// How far a hedge word reaches. Modals ("could", "may") and adverbs
/// ("possibly") hedge their whole clause; verbs of belief or intention
/// ("believes", "plans to") hedge what follows them. A noun of possibility
/// ("option", "plan") hedges only as a predicate: "one option was to close"
/// and "closing the port was one of several options" (the whole clause),
/// "plans to build" (what follows); as a plain object ("to review the
/// options") it does not.
fn hedge_reach(doc: &Doc, i: usize, range: Range<usize>) -> Reach {
    const NOUNS: &[&str] = &[
        "option",
        "options",
        "proposal",
        "proposals",
        "plan",
        "plans",
        "possibility",
    ];
    const CLAUSE: &[&str] = &[
        "could",
        "might",
        "may",
        "can",
        "possibly",
        "perhaps",
        "potentially",
        "possible",
        "likely",
        "unlikely",
        "maybe",
        "conceivably",
        "hypothetically",
        "if",
        "unless",
        "whether",
    ];
    let norm = doc.tokens[i].norm.as_str();
    // "the rival's possible responses": an adjective before its noun
    // hedges only that noun.
    if matches!(norm, "possible" | "likely" | "potential")
        && i + 1 < range.end
        && doc.tokens[i + 1].is_word()
        && !matches!(
            doc.tokens[i + 1].norm.as_str(),
            "to" | "that" | "for" | "if"
        )
        && !crate::extract::is_verbish(doc, i + 1)
    {
        return Reach::Noun;
    }
    if CLAUSE.contains(&norm) {
        return Reach::Clause;
    }
    if !NOUNS.contains(&norm) {
        return Reach::Forward;
    }
    let be = |k: usize| {
        matches!(
            doc.tokens[k].norm.as_str(),
            "is" | "was" | "are" | "were" | "be" | "include" | "included" | "includes"
        )
    };
    let window_after = i + 1..(i + 7).min(range.end);
    if (i.saturating_sub(4).max(range.start)..i).any(be) {
        return Reach::Clause;
    }
    if window_after.clone().any(be) {
        return Reach::Forward;
    }
    if window_after.take(1).any(|k| {
        let next = doc.tokens[k].norm.as_str();
        next == "to" || (next == "for" && matches!(norm, "plan" | "plans"))
    }) {
        return Reach::Forward;
    }
    Reach::None
}

/// "stopped developing", "ceased broadcasting": the gerund did not go on.
fn stops_gerund(doc: &Doc, i: usize, end: usize) -> bool {
    matches!(
        doc.tokens[i].norm.as_str(),
        "stop" | "stops" | "stopped" | "ceased" | "ceases" | "quit" | "quits" | "halted"
    ) && i + 1 < end
        && doc.tokens[i + 1].norm.ends_with("ing")
}

/// "not only", "not just", "(whether) or not", "like it or not", an
/// answering "No," and "with or without" are not negations of their
/// clause.
fn is_negator_exception(doc: &Doc, i: usize, end: usize) -> bool {
    let next = if i + 1 < end {
        doc.tokens[i + 1].norm.as_str()
    } else {
        ""
    };
    let prev = if i > 0 {
        doc.tokens[i - 1].norm.as_str()
    } else {
        ""
    };
    match doc.tokens[i].norm.as_str() {
        "not" => matches!(next, "only" | "just") || prev == "or",
        "no" => next == "," && (i == 0 || doc.sentence_of[i - 1] != doc.sentence_of[i]),
        // "with or without a deal": either way, no denial.
        "without" => prev == "or" && i >= 2 && doc.tokens[i - 2].norm == "with",
        _ => false,
    }
}

/// "can" and "may" as nouns or in names are not modal; "plan" as a plain
/// noun subject ("the plan was approved") still hedges what follows.
fn is_possibility_exception(doc: &Doc, i: usize) -> bool {
    doc.tokens[i].cap && doc.proper[i]
}

/// Where a hedge that reaches forward from token `i` stops: at the next
/// comma, colon, quotation mark or "but" ("any plan must be carefully
/// costed": "Cuts ..." does not hedge the quotation), not at "that" ("believes
/// that ..." hedges what is believed).
fn forward_stop(doc: &Doc, i: usize, end: usize) -> usize {
    (i + 1..end)
        .find(|&k| {
            let t = &doc.tokens[k];
            t.is_quote() || matches!(t.norm.as_str(), "," | ":" | ";" | "but" | "--" | "(")
        })
        .unwrap_or(end)
}

/// Whether token `i` is a finite verb or an auxiliary, which after "and"
/// starts a clause of its own ("failed to win and *resigned*"), where a
/// participle shares the auxiliary before it ("was not arrested and
/// *charged*").
fn finite(doc: &Doc, i: usize) -> bool {
    crate::extract::is_verbish(doc, i)
        && doc.tags(i).is_some_and(|(upos, penn)| {
            upos == "AUX" || matches!(penn, "VBD" | "VBZ" | "VBP" | "MD")
        })
}

/// Whether token `i` ends a negation's scope: as [`breaks_scope`], but
/// for a quotation opened right after a word, which goes on with that
/// word's clause ("not willing to risk *"losing our pensions"*"), and a
/// participle after a comma, which adds a clause of its own ("did not
/// say, *telling* reporters ...").
fn breaks_negation(doc: &Doc, i: usize, end: usize) -> bool {
    let t = &doc.tokens[i];
    if t.is_quote() && i > 0 && doc.quote_opened_at(i).is_some() {
        let after_word = doc.tokens[i - 1].is_word() && doc.tokens[i - 1].para == t.para;
        return !after_word;
    }
    let participle = t.is_punct(",")
        && i + 1 < end
        && doc.tags(i + 1).is_some_and(|(_, penn)| penn == "VBG")
        && !words::PREPOSITIONAL_PARTICIPLES.contains(&doc.tokens[i + 1].norm.as_str());
    participle || breaks_scope(doc, i, end)
}

/// Whether token `i` ends the scope of a negation or a hedge.
fn breaks_scope(doc: &Doc, i: usize, end: usize) -> bool {
    let t = &doc.tokens[i];
    let norm = t.norm.as_str();
    if t.is_quote() {
        return true;
    }
    match norm {
        "but" | "which" | "who" | "whom" | "because" | "when" | "where" | "after" | "before" | "until"
        | "that" | ":" | "--" | "(" | ")" | "[" | "]" | "..." | "whereas" | "although" => true,
        // ", as no votes can take place": a clause of reason or time
        // after a comma, its own verb within a few words.
        "as" => {
            i > 0
                && doc.tokens[i - 1].is_punct(",")
                && (i + 1..end.min(i + 14)).any(|k| finite(doc, k))
        }
        "and" | "or" => {
            // Only when a new clause follows: a verb, auxiliary or pronoun.
            let next = if i + 1 < end {
                doc.tokens[i + 1].norm.as_str()
            } else {
                ""
            };
            let prev_comma = i > 0 && doc.tokens[i - 1].is_punct(",");
            prev_comma
                || (i + 1 < end && finite(doc, i + 1))
                || matches!(next, "he" | "she" | "they" | "it" | "we" | "i" | "you")
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> (Doc, Vec<Unit>) {
        let doc = Doc::parse(text, None);
        let people = People::build(&doc);
        let ctx = Context {
            people: &people,
            same_doc: true,
        };
        let units = read_units(&doc, 0..doc.tokens.len(), &ctx);
        (doc, units)
    }

    fn show(text: &str) -> Vec<String> {
        let (doc, units) = read(text);
        units
            .iter()
            .map(|u| {
                let mut s = u.describe(&doc);
                if u.negated {
                    s.push_str("[neg]");
                }
                if u.hedged {
                    s.push_str("[hedged]");
                }
                s
            })
            .collect()
    }

    /// Each figure's value and the unit it counts.
    fn figures(text: &str) -> Vec<(f64, f64, Vec<String>)> {
        let (_, units) = read(text);
        units
            .iter()
            .filter_map(|u| match &u.kind {
                UnitKind::Quantity(q) => Some((q.lo, q.hi, q.unit.clone())),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_figure_compared_without_its_noun_counts_what_the_other_counts() {
        let hectares = vec![lexicon::key("hectares")];
        let f = figures("It covered 6.05 hectares (14.95 acres), up from 2.48 (6.12 acres).");
        assert_eq!(f[2], (2.48, 2.48, hectares.clone()), "{f:?}");
        let people = vec![lexicon::key("people")];
        let f = figures("Membership rose from 40 to 55 people.");
        assert_eq!(f, [(40.0, 40.0, people.clone()), (55.0, 55.0, people.clone())]);
        // "ranged from 40 to 55": a range, one figure.
        let f = figures("Estimates ranged from 40 to 55 people.");
        assert_eq!(f, [(40.0, 55.0, people)]);
        // A figure after it in another phrase lends it nothing.
        let f = figures("The toll rose to 22, with 25 others injured.");
        assert!(f[0].2.is_empty(), "{f:?}");
    }

    #[test]
    fn a_break_inside_brackets_keeps_the_sentence_one_clause() {
        let (_, units) = read("It covered 6.05 hectares (14.95 acres; 0.06 square km), up from 2.48.");
        let last = units.last().expect("units");
        assert_eq!(last.segment, units[0].segment);
    }

    #[test]
    fn negation_scopes_to_its_clause() {
        assert_eq!(
            show("She will not close Chilean ports but has kept the door open for night ferries."),
            [
                "close[neg]",
                "Chilean[neg]",
                "ports[neg]",
                "kept the door open",
                "night",
                "ferries"
            ]
        );
    }

    #[test]
    fn a_relative_clause_of_place_is_outside_the_negation() {
        // "no exits in the hall where the guests sat": "no" denies the
        // exits, not that the guests sat there.
        assert_eq!(
            show("There were no open exits in the hall where the guests sat."),
            ["open[neg]", "exits[neg]", "hall[neg]", "guests", "sat"]
        );
    }

    #[test]
    fn verbal_negators() {
        assert_eq!(
            show("Brandt refused to support the plan."),
            ["Brandt", "support[neg]", "plan[neg]"]
        );
    }

    #[test]
    fn hedges() {
        assert_eq!(
            show("Canadian flood relief could be provided."),
            [
                "Canadian[hedged]",
                "flood[hedged]",
                "relief[hedged]",
                "provided[hedged]"
            ]
        );
    }

    #[test]
    fn a_condition_after_a_stated_fact_hedges_only_itself() {
        assert_eq!(
            show("Troops were sent north if talks fail."),
            ["Troops", "sent", "north", "talks[hedged]", "fail[hedged]"]
        );
        assert_eq!(
            show("Troops will be sent north if talks fail."),
            [
                "Troops[hedged]",
                "sent[hedged]",
                "north[hedged]",
                "talks[hedged]",
                "fail[hedged]"
            ]
        );
    }

    #[test]
    fn a_negation_in_an_opening_phrase_ends_at_its_comma() {
        assert_eq!(
            show("After failing to win, Ruiz resigned."),
            ["After", "win[neg]", "Ruiz", "resigned"]
        );
    }

    #[test]
    fn a_negated_conjunct_denies_that_conjunct_only() {
        assert_eq!(
            show("The club registers men but not women for the race."),
            ["club", "registers", "men", "women[neg]", "race"]
        );
        // A participle after "but not" heads a clause: the negation runs on.
        let words = show("It hurt the rat but not stunning him enough.");
        assert!(words.iter().any(|w| w == "enough[neg]"), "{words:?}");
    }

    #[test]
    fn a_graded_compound_reads_as_two_words() {
        let (doc, units) = read("There was a record-breaking harvest.");
        let words: Vec<String> = units.iter().map(|u| u.describe(&doc)).collect();
        assert_eq!(units.len(), 3, "{words:?}");
        assert!(
            matches!(&units[0].kind, UnitKind::Word { key, .. } if *key == lexicon::key("record"))
        );
    }

    #[test]
    fn being_critical_of_is_criticising() {
        let (_, units) = read("Members were critical of the merger.");
        let key = lexicon::key("criticise");
        assert!(
            units
                .iter()
                .any(|u| matches!(&u.kind, UnitKind::Concept { key: k, .. } if *k == key)),
            "{units:?}"
        );
    }

    #[test]
    fn due_to_before_a_verb_is_a_schedule() {
        let cause = |t: &str| {
            read(t)
                .1
                .iter()
                .any(|u| matches!(&u.kind, UnitKind::Concept { key, .. } if key == "@cause"))
        };
        assert!(!cause("The probe, due to launch on May 2, will fly."));
        assert!(cause("The fall is due to changes in the weather."));
        assert!(cause("They left due to personal differences."));
    }

    #[test]
    fn a_phrasal_verb_around_a_pronoun_is_one_unit() {
        let (doc, units) = read("A warship was sent to pick them up.");
        let concepts: Vec<String> = units.iter().map(|u| u.describe(&doc)).collect();
        assert!(
            concepts.contains(&"pick them up".to_string()),
            "{concepts:?}"
        );
        assert!(
            units
                .iter()
                .any(|u| matches!(&u.kind, UnitKind::Concept { key, .. } if key == "@pick-up"))
        );
    }

    #[test]
    fn a_past_tense_after_a_negated_infinitive_is_affirmed() {
        assert_eq!(
            show("Ruiz failed to win re-election and resigned."),
            ["Ruiz", "win re-election[neg]", "resigned"]
        );
        // Participles under one negated auxiliary share the negation.
        assert_eq!(
            show("He was not arrested and charged."),
            ["arrested[neg]", "charged[neg]"]
        );
    }

    #[test]
    fn a_possibility_adjective_hedges_its_noun_only() {
        assert_eq!(
            show("Troops were sent to prepare against possible attacks."),
            [
                "Troops",
                "sent",
                "prepare",
                "possible[hedged]",
                "attacks[hedged]"
            ]
        );
    }

    #[test]
    fn a_forward_hedge_stops_at_a_quotation() {
        let units = show("Any plan \"must be carefully costed\": \"Cuts are welcome.\"");
        assert_eq!(units[units.len() - 2..], ["Cuts", "welcome"]);
    }

    #[test]
    fn quantities_leave_their_noun() {
        assert_eq!(
            show("It would draw hundreds of thousands of fans on Saturday."),
            ["draw", "hundreds of thousands", "fans", "Saturday"]
        );
    }
}
