//! Structure: the claim's and the statement's dependency trees (see
//! [`crate::grammar`]) seen at the words the matcher paired.
//!
//! The matcher pairs claim units with statement units by their words; a
//! bag of paired words says nothing of who did what to whom, or of which
//! event a time or a possessor belongs to. [`Structure`] gives each pair's
//! head word on both sides and answers questions about the trees around
//! them: a word's role to its verb with the passive mapped onto the active
//! ([`Side::role`]), the clause a word belongs to ([`Side::clause`]), its
//! ancestors. The rules that read structure (`subject-object-swapped`,
//! `modifier-moved`, `complement-not-asserted`, `quantifier-dropped`)
//! decide for themselves what a difference means, and ask for it through
//! [`crate::rules::Context::structure`], which parses only when the
//! statement meets all of the claim.

use super::{Alignment, ClaimReading};
use crate::doc::{Doc, Parse};
use crate::index::{Index, Statement};
use crate::read::{Unit, UnitKind};

/// A word of a parsed sentence: the sentence and the word's index in the
/// sentence's [`Parse`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Node {
    pub sentence: usize,
    pub word: usize,
}

/// A party's role to its verb, the passive mapped onto the active: in "A
/// was fined by B", B is the agent and A the patient, as in "B fined A".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// The doer: an active verb's subject, a passive's "by" phrase.
    Agent,
    /// What is done to: an active verb's object, a passive's subject.
    Patient,
    /// The indirect object ("gave *him* the award", "gave it *to him*",
    /// "*he* was given the award").
    Recipient,
    /// Another party, after a preposition ("fired *at the post*").
    Oblique,
}

impl Role {
    pub fn name(self) -> &'static str {
        match self {
            Role::Agent => "doer",
            Role::Patient => "object",
            Role::Recipient => "recipient",
            Role::Oblique => "party after a preposition",
        }
    }
}

/// Relations that join a clause to the word it hangs from: the words below
/// one belong to another event than the words above it.
const CLAUSE_RELATIONS: &[&str] = &[
    "ccomp",
    "advcl",
    "acl",
    "acl:relcl",
    "parataxis",
    "csubj",
    "conj",
    "root",
];

/// One side of the comparison: a document whose sentences parse.
pub struct Side<'a> {
    doc: &'a Doc,
}

impl<'a> Side<'a> {
    pub fn new(doc: &'a Doc) -> Side<'a> {
        Side { doc }
    }

    fn parse(&self, s: usize) -> Option<&'a Parse> {
        self.doc.grammar(s)
    }

    fn word(&self, n: Node) -> Option<&'a crate::grammar::Word<'static>> {
        self.parse(n.sentence)?.analysis.words.get(n.word)
    }

    /// The unit's head word: the first of its words whose head lies
    /// outside it.
    pub fn head_word(&self, u: &Unit) -> Option<Node> {
        let first = u.tokens.start;
        let sentence = *self.doc.sentence_of.get(first)? as usize;
        let p = self.parse(sentence)?;
        let start = p.word_of_token(first)?;
        let end = p.words[start..]
            .iter()
            .position(|w| w.token >= u.tokens.end)
            .map_or(p.words.len(), |k| start + k);
        let inside = |h: Option<usize>| h.is_some_and(|h| (start..end).contains(&h));
        let word = (start..end).find(|&w| !inside(p.head(w))).unwrap_or(start);
        Some(Node { sentence, word })
    }

    /// Whether the word is a capitalised name word (see [`Doc::proper`]),
    /// which the tagger may still call an adjective ("*New* People Party").
    pub fn proper(&self, n: Node) -> bool {
        self.upos(n) == "PROPN"
            || self
                .token(n)
                .is_some_and(|t| self.doc.proper.get(t).copied().unwrap_or(false))
    }

    /// The token the word is cut from.
    pub fn token(&self, n: Node) -> Option<usize> {
        Some(self.parse(n.sentence)?.words.get(n.word)?.token)
    }

    /// The word's head.
    pub fn head(&self, n: Node) -> Option<Node> {
        let h = self.word(n)?.head?;
        Some(Node { word: h, ..n })
    }

    pub fn deprel(&self, n: Node) -> &'a str {
        self.word(n).map_or("", |w| w.deprel)
    }

    pub fn upos(&self, n: Node) -> &'a str {
        self.word(n).map_or("", |w| w.upos)
    }

    pub fn lemma(&self, n: Node) -> &'a str {
        self.word(n).map_or("", |w| w.lemma.as_str())
    }

    /// The word's dependents, in order.
    pub fn children(&self, n: Node) -> impl Iterator<Item = Node> + 'a {
        let words = self
            .parse(n.sentence)
            .map_or(&[][..], |p| &p.analysis.words[..]);
        (0..words.len())
            .filter(move |&i| words[i].head == Some(n.word))
            .map(move |word| Node { word, ..n })
    }

    /// The word's ancestors, nearest first.
    pub fn ancestors(&self, n: Node) -> impl Iterator<Item = Node> + '_ {
        let limit = self.parse(n.sentence).map_or(0, |p| p.words.len());
        std::iter::successors(self.head(n), move |&h| self.head(h)).take(limit)
    }

    /// The words of sentence `s`.
    pub fn words(&self, s: usize) -> impl Iterator<Item = Node> + use<> {
        let n = self.parse(s).map_or(0, |p| p.words.len());
        (0..n).map(move |word| Node { sentence: s, word })
    }

    /// Whether `up` is `n` or one of its ancestors.
    pub fn dominates(&self, up: Node, n: Node) -> bool {
        n == up || (n.sentence == up.sentence && self.ancestors(n).any(|a| a == up))
    }

    /// The last word, punctuation aside, of the words under `n`.
    pub fn right_edge(&self, n: Node) -> usize {
        let Some(p) = self.parse(n.sentence) else {
            return n.word;
        };
        (n.word..p.words.len())
            .rev()
            .find(|&w| {
                p.analysis.words[w].upos != "PUNCT" && self.dominates(n, Node { word: w, ..n })
            })
            .unwrap_or(n.word)
    }

    /// Whether verb `v` is passive: it has a passive auxiliary or a passive
    /// subject. The one passive test of the matcher's structure.
    pub fn passive(&self, v: Node) -> bool {
        self.children(v)
            .any(|k| matches!(self.deprel(k), "aux:pass" | "nsubj:pass" | "csubj:pass"))
    }

    /// The word's role to its head, when its head is a verb and the role is
    /// one of [`Role`].
    pub fn role(&self, n: Node) -> Option<Role> {
        let verb = self.head(n)?;
        if !matches!(self.upos(verb), "VERB" | "AUX") {
            return None;
        }
        let passive = self.passive(verb);
        // "He was given the award": the passive's subject received it.
        let theme_left = self.children(verb).any(|k| self.deprel(k) == "obj");
        match self.deprel(n) {
            "nsubj" | "nsubj:pass" if passive && theme_left => Some(Role::Recipient),
            "nsubj" | "nsubj:pass" if passive => Some(Role::Patient),
            "nsubj" => Some(Role::Agent),
            "obj" => Some(Role::Patient),
            "iobj" => Some(Role::Recipient),
            "obl:agent" => Some(Role::Agent),
            "obl" if passive && self.has_case(n, "by") => Some(Role::Agent),
            "obl" if self.has_case(n, "to") => Some(Role::Recipient),
            "obl" => Some(Role::Oblique),
            _ => None,
        }
    }

    /// Whether the word takes preposition `case` ("by" in "by the court").
    pub fn has_case(&self, n: Node, case: &str) -> bool {
        self.children(n)
            .any(|k| self.deprel(k) == "case" && self.lemma(k).eq_ignore_ascii_case(case))
    }

    /// Whether the word heads a clause of its own: it hangs from its head
    /// by a clause relation, or it is the root.
    pub fn heads_clause(&self, n: Node) -> bool {
        let rel = self.deprel(n);
        let conj_of_verb = rel == "conj" && self.upos(n) != "VERB";
        CLAUSE_RELATIONS.contains(&rel) && !conj_of_verb
    }

    /// The head of the clause the word belongs to: the nearest ancestor, or
    /// the word itself, that heads a clause.
    pub fn clause(&self, n: Node) -> Node {
        if self.heads_clause(n) {
            return n;
        }
        self.ancestors(n)
            .find(|&a| self.heads_clause(a))
            .unwrap_or(n)
    }
}

/// A pair of the alignment, at its head word on each side.
#[derive(Clone, Copy, Debug)]
pub struct Link {
    /// Index into the alignment's pairs.
    pub pair: usize,
    pub claim: Node,
    pub evidence: Node,
    /// Whether the claim's unit is a quantity ("at least one", "more than
    /// 700"), whose words the quantity reader reads better than the parser
    /// hangs them.
    pub quantity: bool,
    /// The tokens of the statement's unit (a title and a name, "Foreign
    /// Minister Ana Ortiz", for the claim's "Ortiz").
    /// Start and end (exclusive).
    pub evidence_tokens: (usize, usize),
    /// Whether the statement's unit is a person the article names.
    pub evidence_person: bool,
}

/// The claim's and the statement's trees, and the paired words.
pub struct Structure<'a> {
    pub claim: Side<'a>,
    pub evidence: Side<'a>,
    pub links: Vec<Link>,
    /// The tokens of the statement's reporting verb, start and end.
    cue: Option<(usize, usize)>,
    /// The claim's support verbs set aside, each with its noun.
    support: Vec<(Node, Node)>,
}

impl<'a> Structure<'a> {
    /// The structure of one alignment; `None` when the grammar did not load.
    pub fn new(
        claim: &'a ClaimReading,
        index: &'a Index,
        statement: &Statement,
        alignment: &Alignment,
    ) -> Option<Structure<'a>> {
        crate::grammar::grammar()?;
        let cside = Side::new(&claim.doc);
        let eside = Side::new(&index.doc);
        let units = &index.units[statement.sentence];
        let links = alignment
            .pairs
            .iter()
            .enumerate()
            .filter_map(|(pair, p)| {
                let unit = &claim.units[p.claim];
                Some(Link {
                    pair,
                    claim: cside.head_word(unit)?,
                    evidence: eside.head_word(&units[p.evidence])?,
                    quantity: matches!(unit.kind, UnitKind::Quantity(_)),
                    evidence_tokens: (units[p.evidence].tokens.start, units[p.evidence].tokens.end),
                    evidence_person: matches!(units[p.evidence].kind, UnitKind::Person { .. }),
                })
            })
            .collect();
        let cue = statement
            .cue
            .as_ref()
            .and_then(|c| c.tokens.as_ref())
            .map(|r| (r.start, r.end));
        let support = alignment
            .support
            .iter()
            .filter_map(|&(v, n)| {
                Some((
                    cside.head_word(&claim.units[v])?,
                    cside.head_word(&claim.units[n])?,
                ))
            })
            .collect();
        Some(Structure {
            claim: cside,
            evidence: eside,
            links,
            cue,
            support,
        })
    }

    /// The first word of the statement's reporting verb.
    pub fn cue_word(&self) -> Option<Node> {
        let sentence = self.links.first()?.evidence.sentence;
        let word = self.evidence.parse(sentence)?.word_of_token(self.cue?.0)?;
        Some(Node { sentence, word })
    }

    /// Whether statement word `e` is part of the statement's reporting verb
    /// ("said", "according to").
    pub fn is_cue(&self, e: Node) -> bool {
        let (Some((a, b)), Some(t)) = (self.cue, self.evidence_token(e)) else {
            return false;
        };
        (a..b).contains(&t)
    }

    /// The statement's words that stand for claim verb `verb` and are the
    /// same verb: roles belong to a verb, and "won the seat" shares none
    /// with "was elected to it".
    pub fn same_verb(&self, verb: Node) -> Vec<Node> {
        let lemma = self.claim.lemma(verb);
        self.counterparts(verb)
            .into_iter()
            .filter(|&v| self.evidence.lemma(v).eq_ignore_ascii_case(lemma))
            .collect()
    }

    /// The statement word paired with claim word `c`.
    pub fn evidence_of(&self, c: Node) -> Option<Node> {
        self.links.iter().find(|l| l.claim == c).map(|l| l.evidence)
    }

    /// The token of statement word `e`.
    pub fn evidence_token(&self, e: Node) -> Option<usize> {
        Some(self.evidence.parse(e.sentence)?.words.get(e.word)?.token)
    }

    /// Whether statement word `e` is paired with a word of the claim.
    pub fn paired(&self, e: Node) -> bool {
        self.links
            .iter()
            .any(|l| self.partners(l.claim).contains(&e))
    }

    /// The words of the statement's sentence.
    pub fn evidence_words(&self) -> impl Iterator<Item = Node> + use<> {
        let s = self.links.first().map(|l| l.evidence.sentence);
        let n = s
            .and_then(|s| self.evidence.parse(s))
            .map_or(0, |p| p.words.len());
        s.into_iter()
            .flat_map(move |sentence| (0..n).map(move |word| Node { sentence, word }))
    }

    /// The paired claim words among whose partners statement word `e` is.
    pub fn paired_with(&self, e: Node) -> Vec<Node> {
        self.links
            .iter()
            .filter(|l| self.partners(l.claim).contains(&e))
            .map(|l| l.claim)
            .collect()
    }

    /// The claim words that statement word `e` may stand for: paired words
    /// among whose partners it is, and any word of the claim with its
    /// lemma (a reporting verb or a word inside a name is not paired).
    pub fn claim_words_for(&self, e: Node) -> Vec<Node> {
        let lemma = self.evidence.lemma(e);
        let mut out = self.paired_with(e);
        for c in self.claim_words() {
            if !out.contains(&c) && self.claim.lemma(c).eq_ignore_ascii_case(lemma) {
                out.push(c);
            }
        }
        out
    }

    /// Every word of the claim's sentences that hold a paired word.
    pub fn claim_words(&self) -> Vec<Node> {
        let mut sentences: Vec<usize> = self.links.iter().map(|l| l.claim.sentence).collect();
        sentences.sort_unstable();
        sentences.dedup();
        sentences
            .into_iter()
            .flat_map(|s| self.claim.words(s))
            .collect()
    }

    /// The statement words claim word `c` may stand for: its partners (see
    /// [`Structure::partners`]), or for a word the matcher left unpaired (a
    /// light verb such as "have"), the statement's words with its lemma.
    pub fn counterparts(&self, c: Node) -> Vec<Node> {
        let paired = self.partners(c);
        if !paired.is_empty() {
            return paired;
        }
        // A support verb stands for the event its noun names: "gave" in
        // "gave approval" for the statement's "approved" (see
        // `align::support`).
        if let Some(&(_, noun)) = self.support.iter().find(|(v, _)| *v == c) {
            return self.partners(noun);
        }
        let Some(sentence) = self.links.first().map(|l| l.evidence.sentence) else {
            return Vec::new();
        };
        let Some(p) = self.evidence.parse(sentence) else {
            return Vec::new();
        };
        let lemma = self.claim.lemma(c);
        (0..p.words.len())
            .filter(|&w| p.analysis.words[w].lemma.eq_ignore_ascii_case(lemma))
            .map(|word| Node { sentence, word })
            .collect()
    }

    /// The statement words claim word `c` may stand for: its partner and
    /// every other word of the partner's sentence with the same lemma or
    /// matching key ("high" and "highly"). The
    /// matcher pairs a word once, with one of its occurrences; the
    /// structure may be told by another ("points" twice in one sentence).
    pub fn partners(&self, c: Node) -> Vec<Node> {
        let Some(e) = self.evidence_of(c) else {
            return Vec::new();
        };
        let Some(p) = self.evidence.parse(e.sentence) else {
            return vec![e];
        };
        let doc = self.evidence.doc;
        let lemma = self.evidence.lemma(e);
        let key = doc.key(p.words[e.word].token);
        (0..p.words.len())
            .filter(|&w| {
                w == e.word
                    || p.analysis.words[w].lemma.eq_ignore_ascii_case(lemma)
                    || doc.key(p.words[w].token) == key
            })
            .map(|word| Node { word, ..e })
            .collect()
    }
}
