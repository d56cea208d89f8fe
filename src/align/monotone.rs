//! Monotonicity: whether leaving a word out of a sentence generalises it.
//!
//! Natural logic (MacCartney and Manning 2008) reads a deletion as an
//! edit whose effect depends on where it happens. Leaving out a modifier
//! ("sold tickets *at the gate*" → "sold tickets") generalises where the
//! position is upward monotone, and narrows where an operator above it
//! makes it downward: a negation, "no", "few", the restrictor of "every",
//! the antecedent of "if", the object of "without" (see
//! [`crate::lexicon::monotone`]). A position's direction is the parity of
//! the downward operators whose scope holds it, read off the dependency
//! tree from the word to the root.
//!
//! The tree is any [`Tree`]: claimcheck's own parse of an article, or a
//! treebank's gold tree (the metamorphic suite's `drop` cases are made
//! with the same reading).

use crate::lexicon::monotone as lex;

/// A dependency tree of one sentence, words numbered from 0.
pub trait Tree {
    fn size(&self) -> usize;
    fn head_of(&self, i: usize) -> Option<usize>;
    fn relation(&self, i: usize) -> &str;
    fn pos(&self, i: usize) -> &str;
    /// The Penn tag (`JJS`, `PRP$`).
    fn penn(&self, i: usize) -> &str;
    /// The lemma, lowercased.
    fn base(&self, i: usize) -> String;

    fn dependents(&self, i: usize) -> Vec<usize> {
        (0..self.size())
            .filter(|&k| self.head_of(k) == Some(i))
            .collect()
    }
}

impl Tree for crate::grammar::Analysis<'_> {
    fn size(&self) -> usize {
        self.words.len()
    }
    fn head_of(&self, i: usize) -> Option<usize> {
        self.words.get(i)?.head
    }
    fn relation(&self, i: usize) -> &str {
        self.words.get(i).map_or("", |w| w.deprel)
    }
    fn pos(&self, i: usize) -> &str {
        self.words.get(i).map_or("", |w| w.upos)
    }
    fn penn(&self, i: usize) -> &str {
        self.words.get(i).map_or("", |w| w.xpos)
    }
    fn base(&self, i: usize) -> String {
        self.words
            .get(i)
            .map_or(String::new(), |w| w.lemma.to_lowercase())
    }
}

/// The direction of a position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Monotone {
    /// Leaving the word out generalises.
    Up,
    /// Leaving it out narrows: the operator word that makes it so.
    Down(usize),
    /// Neither, or not known ("only", a question, a double negation).
    Unknown,
}

/// Relations that join a clause or a loose phrase to its head. A negation
/// of the head does not reach into them: "did not say *that* ...", "did
/// not realise how ...", "did not stay *after* he left" depend on the verb
/// above, and a conjunct or a phrase after a colon has its own polarity.
const OUTSIDE_SCOPE: &[&str] = &[
    "ccomp",
    "advcl",
    "parataxis",
    "conj",
    "csubj",
    "csubj:pass",
    "acl",
    "acl:relcl",
    "list",
    "discourse",
    "dislocated",
    "vocative",
    "appos",
    "reparandum",
    "punct",
    "cc",
    "orphan",
];

fn subject(rel: &str) -> bool {
    matches!(rel, "nsubj" | "nsubj:pass" | "csubj" | "csubj:pass" | "expl")
}

fn nominal<T: Tree>(t: &T, k: usize) -> bool {
    matches!(t.pos(k), "NOUN" | "PROPN" | "PRON" | "NUM")
}

/// Whether word `c` heads a concession ("*although* tired", "*despite*
/// the rain", "*as eager as* we are"): it grants something the clause
/// holds anyway, so a negation of the clause does not reach into it
/// ("as eager as we are, we will not sell the club": we will not
/// sell the club). The parse may hang one on the verb as an
/// oblique rather than a clause.
fn concessive<T: Tree>(t: &T, c: usize) -> bool {
    let marks = |c: usize, words: &[&str]| {
        t.dependents(c).into_iter().any(|d| {
            matches!(t.relation(d), "mark" | "case") && words.contains(&t.base(d).as_str())
        })
    };
    let as_adj_as = t.pos(c) == "ADJ"
        && marks(c, &["as"])
        && t.dependents(c)
            .into_iter()
            .any(|d| t.relation(d) == "advcl" && marks(d, &["as"]));
    as_adj_as || marks(c, lex::CONCESSIVE_MARKS)
}

/// A "no", a "few" (not "a few") or a negative pronoun at word `k`.
fn negative_quantifier<T: Tree>(t: &T, k: usize) -> bool {
    if lex::NEGATIVE_PRONOUNS.contains(&t.base(k).as_str()) {
        return true;
    }
    let dets: Vec<String> = t
        .dependents(k)
        .into_iter()
        .filter(|&d| t.relation(d).starts_with("det") || t.relation(d) == "amod")
        .map(|d| t.base(d))
        .collect();
    let few = dets.iter().any(|d| d == "few") && !dets.iter().any(|d| d == "a");
    few || dets.iter().any(|d| d == "no")
}

/// What dependent `k` of word `x` does to the words under `x`'s dependent
/// `child`, on the way up from word `d`: reverses them, makes them
/// neither, or nothing.
fn operator<T: Tree>(t: &T, x: usize, k: usize, child: usize, d: usize) -> Option<Monotone> {
    let l = t.base(k);
    let l = l.as_str();
    let rel = t.relation(child);
    let in_scope = !subject(rel) && !OUTSIDE_SCOPE.contains(&rel) && !concessive(t, child);
    let found = match t.relation(k) {
        "advmod" if lex::NEGATORS.contains(&l) && in_scope => Some(Monotone::Down(k)),
        "advmod" if lex::NON_MONOTONE.contains(&l) => Some(Monotone::Unknown),
        "det" | "det:predet" if nominal(t, x) && lex::RESTRICTORS.contains(&l) => {
            Some(Monotone::Down(k))
        }
        "det" | "det:predet" if lex::NON_MONOTONE.contains(&l) => Some(Monotone::Unknown),
        // "ask *if* they left" is a question, not a condition.
        "mark" if l == "if" && t.relation(x) != "advcl" => Some(Monotone::Unknown),
        "mark" | "case" if lex::DOWNWARD_MARKS.contains(&l) => Some(Monotone::Down(k)),
        "mark" | "case" if lex::NON_MONOTONE.contains(&l) => Some(Monotone::Unknown),
        // "No player was fined in March", "found no trace of him on
        // Monday": the clause is downward but for its subject (a
        // quantifier's own noun is counted at the noun).
        "nsubj" | "nsubj:pass" | "obj" | "iobj" if in_scope && negative_quantifier(t, k) => {
            Some(Monotone::Down(k))
        }
        _ => None,
    };
    // "*really*, I have no idea", "I *really* haven't thought": an adverb
    // of the clause before its operator is above it.
    let above = child == d && d < k && t.relation(d) == "advmod";
    match found {
        Some(Monotone::Down(_)) if above => Some(Monotone::Unknown),
        other => other,
    }
}

/// The direction of word `d`'s position: the parity of the downward
/// operators on the way from it to the root.
pub fn monotonicity<T: Tree>(t: &T, d: usize) -> Monotone {
    let mut flips = Vec::new();
    let mut child = d;
    for _ in 0..t.size() {
        let Some(x) = t.head_of(child) else { break };
        let lemma = t.base(x);
        if lex::NEGATIVE_PREDICATES.contains(&lemma.as_str())
            || lex::NON_MONOTONE.contains(&lemma.as_str())
        {
            return Monotone::Unknown;
        }
        for k in t.dependents(x) {
            if k == child || k == d {
                continue;
            }
            match operator(t, x, k, child, d) {
                Some(Monotone::Down(op)) => flips.push(op),
                Some(_) => return Monotone::Unknown,
                None => {}
            }
        }
        child = x;
    }
    match flips[..] {
        [] => Monotone::Up,
        [op] => Monotone::Down(op),
        // A double negation is upward in logic, not always in a reader.
        _ => Monotone::Unknown,
    }
}

/// How a dependent may be left out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Optional {
    /// It restricts what it modifies: an adjunct ("on Monday"), a manner
    /// adverb, an intersective adjective. Leaving it out generalises where
    /// the position is upward.
    Restrictive,
    /// It adds a further fact: an apposition, a relative clause after a
    /// comma, a second conjunct. Leaving it out generalises anywhere.
    Further,
    /// A non-intersective adjective ("former"): leaving it out never
    /// generalises.
    Privative,
}

/// Adjectives that pick out rather than describe ("the *other* team", "the
/// *last* game", "*many* people"): leaving one out changes what the noun
/// refers to, in either direction.
const NOT_DESCRIPTIVE: &[&str] = &[
    "other",
    "same",
    "only",
    "own",
    "such",
    "many",
    "much",
    "few",
    "several",
    "more",
    "most",
    "less",
    "least",
    "last",
    "next",
    "first",
    "second",
    "third",
    "previous",
    "main",
    "certain",
    "various",
    "different",
    "whole",
    "entire",
    "sole",
    "particular",
    "usual",
    "little",
];

/// Whether dependent `d` may be left out, and how (see [`Optional`]).
/// `comma_before` says whether a comma opens the words under `d`.
pub fn optional<T: Tree>(t: &T, d: usize, comma_before: bool) -> Option<Optional> {
    let head = t.head_of(d)?;
    let l = t.base(d);
    let l = l.as_str();
    match t.relation(d) {
        // An adjunct of a verb, or of an adjective that is the predicate
        // ("not acceptable *for dwarfs*").
        "obl" | "obl:tmod" | "obl:npmod" if matches!(t.pos(head), "VERB" | "AUX" | "ADJ") => {
            let blocked = t.dependents(d).into_iter().any(|c| {
                t.relation(c) == "case" && lex::NON_MONOTONE.contains(&t.base(c).as_str())
            });
            (!blocked).then_some(Optional::Restrictive)
        }
        // "a trace *of the boat*", "fans *from the north*".
        "nmod" if t.pos(head) == "NOUN" && t.dependents(d).into_iter().any(|c| t.relation(c) == "case") => {
            Some(Optional::Restrictive)
        }
        "advmod"
            if t.pos(d) == "ADV"
                && matches!(t.pos(head), "VERB" | "ADJ")
                && l.ends_with("ly")
                && !lex::RESTRICTING_ADVERBS.contains(&l)
                && !lex::NEGATORS.contains(&l) =>
        {
            Some(Optional::Restrictive)
        }
        // The tagger may call an adjective before a noun a noun
        // ("*homestyle* food"); the relation says what it does.
        "amod" if matches!(t.pos(d), "ADJ" | "NOUN") && t.pos(head) == "NOUN" => {
            if lex::non_intersective(l) {
                Some(Optional::Privative)
            } else {
                let graded = matches!(t.penn(d), "JJR" | "JJS");
                (!graded && !NOT_DESCRIPTIVE.contains(&l)).then_some(Optional::Restrictive)
            }
        }
        "appos" if nominal(t, head) && comma_before => Some(Optional::Further),
        "acl:relcl" if comma_before => Some(Optional::Further),
        "conj" if t.pos(d) == "VERB" && t.pos(head) == "VERB" => {
            let and = t.dependents(d).into_iter().any(|c| {
                t.relation(c) == "cc" && matches!(t.base(c).as_str(), "and" | "but")
            });
            and.then_some(Optional::Further)
        }
        _ => None,
    }
}

/// Whether `d` modifies a definite noun phrase ("the *present* time",
/// "their *new* plan", a name) whose determiner is not operator `op`: a
/// definite names one thing with the modifier or without it, so leaving
/// the modifier out neither generalises nor narrows.
pub fn definite_noun<T: Tree>(t: &T, d: usize, op: usize) -> bool {
    let Some(h) = t.head_of(d) else {
        return false;
    };
    if !matches!(t.relation(d), "amod" | "nmod" | "nummod" | "compound") {
        return false;
    }
    let definite = |k: usize| {
        k != op
            && (t.relation(k) == "nmod:poss"
                || (t.relation(k) == "det"
                    && (t.penn(k) == "PRP$"
                        || matches!(
                            t.base(k).as_str(),
                            "the" | "this" | "that" | "these" | "those"
                        ))))
    };
    t.pos(h) == "PROPN" || t.dependents(h).into_iter().any(definite)
}

/// Whether leaving out dependent `d` (see [`optional`]) narrows what the
/// sentence says rather than generalising it: a restrictive modifier in a
/// downward position, or a non-intersective adjective anywhere.
/// The operator that makes it so (for a non-intersective adjective, the
/// adjective itself).
pub fn narrowing<T: Tree>(t: &T, d: usize, comma_before: bool) -> Option<usize> {
    match (optional(t, d, comma_before)?, monotonicity(t, d)) {
        // A former minister is no minister, and no more one under "not".
        (Optional::Privative, _) => Some(d),
        (Optional::Restrictive, Monotone::Down(op)) if !definite_noun(t, d, op) => Some(op),
        _ => None,
    }
}
