use super::{Context, Finding, Rule, RuleMeta, declare_rule};
use crate::align::structure::{Link, Node, Side, Structure};

declare_rule! {
    /// The claim gives a time, a place or a possessor to another event or
    /// thing than the article does.
    ///
    /// ## What it does
    /// Reads the claim and the statement with the dependency parser and
    /// looks at each paired word that modifies another:
    ///
    /// - a time, place or other phrase ("left *on Monday*", "a member *in the
    ///   capital*"): fires when, in the statement, the phrase belongs to
    ///   another clause, one the claim also has but does not give the
    ///   phrase to ("said on Monday that they left" does not date the
    ///   leaving). A phrase that ends an adverbial clause or a participle
    ///   may belong to the clause above it, on either side;
    /// - a possessor, number or adjective of a noun ("*Kim's* brother"):
    ///   fires when, in the statement, it modifies a noun that stands for
    ///   another word of the claim ("Kim's sister met the brother");
    /// - a possessive pronoun ("*his* attack") the statement gives to a
    ///   noun that stands for another word of the claim ("his mother was
    ///   killed in the attack").
    ///
    /// A clause or noun the claim lacks proves nothing, since the claim may
    /// say the same with other words, but for the statement's reporting
    /// verb: the time of a report ("said on Monday that they had left") is
    /// not the time of what it reports ("they left on Monday").
    ///
    /// ## Why it matters
    /// Every word of such a claim is in the article, so a bag of words
    /// would support it; only the grammar says which event happened when
    /// and whose thing is whose.
    ///
    /// ## Example
    /// Article: The minister said on Monday that the troops had left.
    /// Claim: The minister said that on Monday the troops had left. →
    /// unverified.
    pub struct ModifierMoved {
        id: "E005",
        name: "modifier-moved",
        effect: Blocks,
    }
}

/// Relations of a phrase to its verb or noun: times, places, means. The
/// parser often hangs such a phrase on a noun of the verb's clause rather
/// than on the verb ("killed a member of the party in the capital"), so only its
/// clause is compared.
const PHRASES: &[&str] = &[
    "obl",
    "obl:tmod",
    "obl:npmod",
    "obl:unmarked",
    "nmod",
    "nmod:unmarked",
];

/// Relations of a word to its noun.
const NOUN_MODIFIERS: &[&str] = &["nmod:poss", "nummod", "amod"];

impl Rule for ModifierMoved {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context) -> Option<Finding> {
        let a = cx.alignment;
        let st = cx.structure()?;
        let cue = st.cue_word();
        if let Some((l, owner, stated)) = st.links.iter().find_map(|l| moved(st, l, cue)) {
            let p = &a.pairs[l.pair];
            return Some(
                Finding::new(
                    &Self::META,
                    format!(
                        "the claim gives \u{201c}{}\u{201d} to \u{201c}{}\u{201d}; in the article it belongs with \u{201c}{}\u{201d}",
                        cx.claim_text(p.claim),
                        st.claim.lemma(owner),
                        st.evidence.lemma(stated)
                    ),
                )
                .claim([cx.claim_span(p.claim)])
                .evidence([cx.evidence_span(p.evidence)]),
            );
        }
        let (pronoun, noun, stated) = moved_pronoun(st)?;
        let token = cx.claim.doc.grammar(pronoun.sentence)?.words[pronoun.word].token;
        Some(
            Finding::new(
                &Self::META,
                format!(
                    "the claim says \u{201c}{} {}\u{201d}; in the article it goes with \u{201c}{}\u{201d}",
                    cx.claim.doc.token_text(token),
                    st.claim.lemma(noun),
                    st.evidence.lemma(stated),
                ),
            )
            .claim([cx.claim.doc.tokens[token].span]),
        )
    }
}

/// The claim word the link's modifier belongs with, and the article word
/// its partner belongs with instead, when they differ.
fn moved(st: &Structure, l: &Link, cue: Option<Node>) -> Option<(Link, Node, Node)> {
    let rel = st.claim.deprel(l.claim);
    if within_name(&st.claim, l.claim) {
        None
    } else if PHRASES.contains(&rel) {
        phrase_moved(st, l, cue)
    } else if NOUN_MODIFIERS.contains(&rel) {
        noun_modifier_moved(st, l)
    } else {
        None
    }
}

/// Whether the word is part of a name or of a noun compound rather than a
/// modifier a claim could move: a name word or an adjective on a name
/// ("the *New* Citizens Party", "*ESA*'s Space Research Centre", "the
/// *pro-reform* Green Party", where the parser is least sure), or a word without a
/// preposition before the noun it hangs from ("a *Supreme Court* ruling"),
/// which the parser may label a phrase. Their structure inside the name is
/// not the article's claim about anything.
fn within_name(side: &Side, n: Node) -> bool {
    let Some(head) = side.head(n) else {
        return false;
    };
    let names = side.proper(head) && (side.proper(n) || side.deprel(n) == "amod");
    let bare_before = n.word < head.word
        && matches!(
            side.deprel(n),
            "nmod" | "nmod:unmarked" | "obl" | "obl:unmarked"
        )
        && !side.children(n).any(|k| side.deprel(k) == "case");
    names || bare_before
}

/// A phrase the statement puts in another clause, one the claim also has
/// but does not give the phrase to: "said on Monday that they left"
/// against "said that on Monday they left". The parses agree when a
/// clause the claim may give the phrase is, in the statement, the phrase's
/// clause; or when the claim word that stands for the statement's clause
/// lies on the phrase's way up to its own clause (the parser may hang
/// "aimed at X" as a clause or not). A clause the claim lacks proves
/// nothing: the claim may say the same with other words.
fn phrase_moved(st: &Structure, l: &Link, cue: Option<Node>) -> Option<(Link, Node, Node)> {
    let owner = st.claim.clause(l.claim);
    let stated = st.evidence.clause(l.evidence);
    let verbs = st.claim.upos(owner) == "VERB" && st.evidence.upos(stated) == "VERB";
    // An "of" phrase on a noun completes it ("10 per cent *of the salt*"):
    // it goes where its noun goes, wherever the parser hangs the noun. (On
    // a verb, "think *of the plan*", it is the verb's.)
    let on_noun = st
        .claim
        .head(l.claim)
        .is_some_and(|h| matches!(st.claim.upos(h), "NOUN" | "PROPN" | "NUM" | "PRON"));
    if st.claim.has_case(l.claim, "of") && on_noun {
        return None;
    }
    let phrase = PHRASES.contains(&st.evidence.deprel(l.evidence));
    if !verbs || !phrase || l.quantity || st.counterparts(owner).is_empty() {
        return None;
    }
    let clauses: Vec<Node> = st
        .partners(l.claim)
        .iter()
        .flat_map(|&w| possible_clauses(&st.evidence, w))
        .collect();
    let same_clause = possible_clauses(&st.claim, l.claim).iter().any(|&c| {
        st.counterparts(c)
            .iter()
            .any(|&e| clauses.contains(&st.evidence.clause(e)))
    });
    let path: Vec<Node> = st
        .claim
        .ancestors(l.claim)
        .take_while(|&a| a != owner)
        .chain([owner])
        .collect();
    let on_path = path
        .iter()
        .any(|&a| st.counterparts(a).iter().any(|e| clauses.contains(e)));
    let standing = st.claim_words_for(stated);
    let claimed_elsewhere = standing.iter().any(|w| !path.contains(w));
    // The time or place of the report itself ("said *on Monday* that they
    // had left"), where the claim drops the report and keeps the phrase:
    // a phrase after the reporting verb that hangs from it. One before it
    // ("signed on Monday, their spokesmen said") is the report's only by
    // the parser's reach.
    let report_dropped = cue.is_some_and(|c| {
        st.evidence.head(l.evidence) == Some(c) && l.evidence.word > c.word && stated == c
    }) && standing.is_empty();
    let differ = claimed_elsewhere || report_dropped;
    (!same_clause && !on_path && differ).then_some((*l, owner, stated))
}

/// The clauses a phrase may belong to: its own, and each clause above an
/// adverbial clause or a participle the phrase ends ("would strike if the
/// talks did not resume *within a week*" may time the strike; "was
/// signed by a minister named X, *in the capital*" may place the signing). A
/// complement clause does not pass its last phrase up: "said that they
/// left on Monday" dates the leaving.
fn possible_clauses(side: &Side, m: Node) -> Vec<Node> {
    let edge = side.right_edge(m);
    let mut out = vec![side.clause(m)];
    // A phrase before a reporting clause set after its content ("approved
    // it on Tuesday, the company said") is the content's: a verb after a
    // comma does not reach back past its complement for its phrases, but
    // the parser may hang them there.
    let own = side.clause(m);
    if let Some(content) = side
        .children(own)
        .find(|&c| side.deprel(c) == "ccomp" && c.word < m.word && m.word < own.word)
    {
        out.push(content);
    }
    while let Some(&c) = out.last() {
        let Some(up) = side.head(c).map(|h| side.clause(h)) else {
            break;
        };
        let adverbial = matches!(side.deprel(c), "advcl" | "acl");
        if !adverbial || side.right_edge(up) != edge || out.contains(&up) {
            break;
        }
        out.push(up);
    }
    out
}

/// Relations by which the statement's word modifies a noun.
const MODIFIES_NOUN: &[&str] = &["nmod:poss", "nummod", "amod", "nmod", "compound"];

/// A possessor, number or adjective that, in the statement, modifies a
/// noun standing for another word of the claim, outside the claim's noun
/// phrase ("Kim's brother met the minister" against "the brother met Kim's
/// minister").
fn noun_modifier_moved(st: &Structure, l: &Link) -> Option<(Link, Node, Node)> {
    let head = st.claim.head(l.claim)?;
    if !matches!(st.claim.upos(head), "NOUN" | "PROPN") {
        return None;
    }
    let owners = st.counterparts(head);
    let words = st.partners(l.claim);
    let together = owners.iter().any(|&o| {
        words.iter().any(|&w| {
            w == o || within_clause(&st.evidence, w, o) || within_clause(&st.evidence, o, w)
        })
    });
    if owners.is_empty() || together || !MODIFIES_NOUN.contains(&st.evidence.deprel(l.evidence)) {
        return None;
    }
    let stated = st.evidence.head(l.evidence)?;
    let phrase = noun_phrase(&st.claim, head);
    let elsewhere = st
        .claim_words_for(stated)
        .iter()
        .any(|&w| !st.claim.dominates(phrase, w));
    elsewhere.then_some((*l, head, stated))
}

/// The head of the noun phrase a noun belongs to: up through compounds,
/// names, adjectives and possessors ("the CPM's *front*-line units" →
/// "units").
fn noun_phrase(side: &Side, mut n: Node) -> Node {
    while matches!(
        side.deprel(n),
        "compound" | "flat" | "fixed" | "amod" | "nmod:poss"
    ) {
        match side.head(n) {
            Some(h) => n = h,
            None => break,
        }
    }
    n
}

/// Whether `up` is an ancestor of `n` in `n`'s clause.
fn within_clause(side: &Side, n: Node, up: Node) -> bool {
    for a in side.ancestors(n) {
        if a == up {
            return true;
        }
        if side.heads_clause(a) {
            return false;
        }
    }
    false
}

/// A claim possessive pronoun ("*his* attack") that the statement gives
/// to a noun standing for another word of the claim ("*his* mother was
/// killed in the attack"): the pronoun, the claim's noun, the statement's.
fn moved_pronoun(st: &Structure) -> Option<(Node, Node, Node)> {
    for k in st.claim_words() {
        // "whose" is its antecedent's, whichever noun that is.
        let personal = st.claim.upos(k) == "PRON" && st.claim.lemma(k) != "whose";
        if st.claim.deprel(k) != "nmod:poss" || !personal {
            continue;
        }
        // A possessive the parser hung from a verb or a mark ("his
        // surviving father *says*", "his *own*") is misread: only a noun
        // can be owned, here as in the article.
        let Some(head) = st
            .claim
            .head(k)
            .filter(|&h| matches!(st.claim.upos(h), "NOUN" | "PROPN"))
        else {
            continue;
        };
        let owners = st.counterparts(head);
        let phrase = noun_phrase(&st.claim, head);
        let lemma = st.claim.lemma(k);
        let stated: Vec<Node> = st
            .evidence_words()
            .filter(|&e| {
                st.evidence.deprel(e) == "nmod:poss"
                    && st.evidence.lemma(e).eq_ignore_ascii_case(lemma)
            })
            .filter_map(|e| st.evidence.head(e))
            .filter(|&o| matches!(st.evidence.upos(o), "NOUN" | "PROPN"))
            .collect();
        if owners.is_empty() || stated.iter().any(|o| owners.contains(o)) {
            continue;
        }
        let elsewhere = stated.iter().find(|&&o| {
            st.claim_words_for(o)
                .iter()
                .any(|&w| !st.claim.dominates(phrase, w))
        });
        if let Some(&o) = elsewhere {
            return Some((k, head, o));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_fires, assert_silent};

    #[test]
    fn a_possessive_hung_from_no_noun_is_not_moved() {
        // The parser hangs the first "his" from "own".
        let article = "To save his own and his colleagues' lives, the guard fired a warning \
            shot at the attacker.";
        assert_silent("modifier-moved", article, article);
    }

    #[test]
    fn flags_a_time_moved_into_the_reported_clause() {
        assert_fires(
            "modifier-moved",
            "The minister said on Monday that the troops had left the city.",
            "The minister said that the troops had left the city on Monday.",
        );
        assert_silent(
            "modifier-moved",
            "The minister said on Monday that the troops had left the city.",
            "On Monday, the minister said that the troops had left the city.",
        );
    }

    #[test]
    fn a_word_inside_a_name_is_not_moved() {
        assert_silent(
            "modifier-moved",
            "In the Harbor Island geographical constituency, pro-Moscow Green People Party's \
             Rosa Lind was re-elected with 60,760 votes.",
            "Rosa Lind of the pro-Moscow Green People Party won re-election in the Harbor Island \
             constituency with 60,760 votes.",
        );
    }

    #[test]
    fn flags_a_possessor_given_to_another_noun() {
        assert_fires(
            "modifier-moved",
            "Kim's brother met the minister in Seoul.",
            "The brother met Kim's minister in Seoul.",
        );
        assert_silent(
            "modifier-moved",
            "The brother of Kim met the minister in Seoul.",
            "Kim's brother met the minister in Seoul.",
        );
    }

    #[test]
    fn flags_a_possessive_pronoun_given_to_another_noun() {
        assert_fires(
            "modifier-moved",
            "His mother was also killed in the attack.",
            "The mother was also killed in his attack.",
        );
        // A pronoun the article does not write is left to coreference:
        // the request the municipality advanced is its request.
        assert_silent(
            "modifier-moved",
            "The request was made by the city council in 2010.",
            "The city council made its request in 2010.",
        );
        assert_silent(
            "modifier-moved",
            "On Monday, divers rescued over 300 passengers whose ferry sank.",
            "On Monday, divers rescued more than 300 passengers whose ferry had sunk.",
        );
    }

    #[test]
    fn lets_a_phrase_that_ends_an_adverbial_clause_belong_above_it() {
        assert_silent(
            "modifier-moved",
            "The union said it would strike within a week if the talks do not resume.",
            "The union said it would strike if the talks did not resume within a week.",
        );
    }

    #[test]
    fn compares_a_phrase_only_with_a_clause_the_claim_has() {
        assert_silent(
            "modifier-moved",
            "The tax follows the ruling of the court on March 3, upholding the claim of the city.",
            "On March 3, the court upheld the claim of the city.",
        );
    }

    #[test]
    fn a_phrase_before_a_reporting_clause_set_after_is_the_contents() {
        // The parser hangs "on Tuesday" from "said" in the claim.
        assert_silent(
            "modifier-moved",
            "The board approved the merger on Tuesday, the company said.",
            "The board gave its approval to the merger on Tuesday, the company said.",
        );
        // A phrase after the reporting verb is the report's.
        assert_fires(
            "modifier-moved",
            "The board approved the merger, the company said on Tuesday.",
            "The board approved the merger on Tuesday, the company said.",
        );
    }
}
