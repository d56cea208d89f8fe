use super::{Context, Finding, Rule, RuleMeta, declare_rule};
use crate::align::structure::{Link, Node, Side, Structure};
use crate::lexicon::{CueClass, implicatives};

declare_rule! {
    /// The article says it only inside a clause that does not assert it.
    ///
    /// ## What it does
    /// Reads the claim and the statement with the dependency parser and
    /// follows each verb of the claim, in the statement, up to the top of
    /// its sentence (the things a clause names are left alone: "wanted to
    /// buy the red car" still says there is a red car). Each clause it leaves
    /// on the way must hold if the clause above it holds:
    ///
    /// - the complement of a verb that does not assert it ("*wanted* to
    ///   capture the airport", "*was asked* to leave", "*feared* that the
    ///   dam would collapse", "*ordered* them to pay") does not hold;
    ///   that of an implicative, factive or perception verb ("*managed*
    ///   to", "*knew* that", "*was able* to", "*were found* swimming")
    ///   does, and that of the statement's reporting verb is the statement,
    ///   said by its speaker (a belief or a request, "*hoped* that",
    ///   "*urged* them to", asserts nothing);
    /// - an embedded question ("unclear *whether* they fled") and a
    ///   condition ("*if* they leave") do not hold; a purpose ("held a call
    ///   to discuss the options") is taken as done.
    ///
    /// Fires when the claim states the words without the word that holds
    /// them back ("The rebels captured the airport" against
    /// "the rebels wanted to capture the airport"). A claim that keeps it
    /// ("The rebels wanted to capture the airport") is left alone.
    ///
    /// ## Why it matters
    /// Every word of such a claim is in the article, so a bag of words
    /// would support it; an intention, a fear or a question is not a fact.
    ///
    /// ## Example
    /// Article: Rebels tried to capture the airport on Friday.
    /// Claim: Rebels captured the airport on Friday. → unverified.
    pub struct ComplementNotAsserted {
        id: "M002",
        name: "complement-not-asserted",
        effect: Blocks,
    }
}

impl Rule for ComplementNotAsserted {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context) -> Option<Finding> {
        let st = cx.structure()?;
        let (link, held) = st.links.iter().find_map(|l| held_back(cx, st, l))?;
        let p = &cx.alignment.pairs[link.pair];
        let token = cx.index.doc.grammar(held.sentence)?.words[held.word].token;
        Some(
            Finding::new(
                &Self::META,
                format!(
                    "the article says \u{201c}{}\u{201d} only under \u{201c}{}\u{201d}, which does not assert it",
                    cx.evidence_text(p.evidence),
                    cx.index.doc.token_text(token)
                ),
            )
            .claim([cx.claim_span(p.claim)])
            .evidence([cx.evidence_span(p.evidence), cx.index.doc.tokens[token].span]),
        )
    }
}

/// What keeps a clause from holding: a word above it (a verb of wanting,
/// an adjective of doubt) or a word opening it ("whether", "if").
#[derive(Clone, Copy)]
enum Hold {
    Word(Node),
    Mark(Node),
    /// Nothing above holds it back: it is presupposed.
    Given,
}

/// The statement word that holds the link's word back, when the claim does
/// not keep it.
fn held_back(cx: &Context, st: &Structure, l: &Link) -> Option<(Link, Node)> {
    // The claim's events, not the things they name: "wanted to buy the red
    // car" still says there is a red car.
    if st.claim.upos(l.claim) != "VERB" || st.evidence.upos(l.evidence) != "VERB" {
        return None;
    }
    let mut child = l.evidence;
    for up in st.evidence.ancestors(l.evidence) {
        match hold(cx, st, child, up) {
            Some(Hold::Word(w)) if !kept_word(st, w) => return Some((*l, w)),
            Some(Hold::Mark(m)) if !kept_mark(st, l.claim, st.evidence.lemma(m)) => {
                return Some((*l, m));
            }
            Some(Hold::Given) => return None,
            _ => {}
        }
        child = up;
    }
    None
}

/// What keeps clause `child` from holding when word `up`, which it hangs
/// from, holds; `None` when it holds.
fn hold(cx: &Context, st: &Structure, child: Node, up: Node) -> Option<Hold> {
    let ev = &st.evidence;
    let mark = ev.children(child).find(|&k| ev.deprel(k) == "mark");
    let marked = |set: &[&str]| {
        mark.filter(|&m| set.contains(&ev.lemma(m).to_lowercase().as_str()))
            .map(Hold::Mark)
    };
    let lemma = ev.lemma(up).to_lowercase();
    // An infinitive after the verb's object that the parser hangs as an
    // adverbial clause ("ordered the company to pay") is still the verb's.
    let object = ev.children(up).any(|k| ev.deprel(k) == "obj");
    let infinitive = ev.deprel(child) == "xcomp"
        || (ev.deprel(child) == "advcl" && object && mark.is_some_and(|m| ev.lemma(m) == "to"));
    if infinitive && ev.upos(child) == "VERB" {
        let held = match ev.upos(up) {
            "VERB" | "AUX" => implicatives::control(&lemma),
            "ADJ" => implicatives::non_veridical(&lemma),
            _ => false,
        };
        return held.then_some(Hold::Word(up));
    }
    match ev.deprel(child) {
        // "unclear whether they fled", which the parser may hang as an
        // adverbial clause.
        "advcl" if ev.upos(up) == "ADJ" && implicatives::non_veridical(&lemma) => {
            marked(implicatives::QUESTION_MARKS).map(|_| Hold::Word(up))
        }
        "advcl" => marked(implicatives::OPEN_MARKS),
        // A clause inside a noun phrase ("balls colored blue", "the car
        // that was stolen") is taken for granted by whatever is said of
        // the noun.
        "acl" | "acl:relcl" => Some(Hold::Given),
        "ccomp" | "csubj" | "csubj:pass" => marked(implicatives::QUESTION_MARKS).or_else(|| {
            let holds = match reporting_class(cx, st, up) {
                Some(class) => matches!(class, CueClass::Assertive | CueClass::Denial),
                None => !implicatives::non_veridical(&lemma) || quoted(ev, up, child),
            };
            (!holds).then_some(Hold::Word(up))
        }),
        _ => None,
    }
}

/// Whether a colon or a quotation mark stands between word `up` and the
/// head of the clause below it: it opens words quoted, not a belief's
/// content ("the plan must be carefully costed: "Cuts are welcome"").
fn quoted(ev: &Side, up: Node, child: Node) -> bool {
    let (a, b) = (up.word.min(child.word), up.word.max(child.word));
    (a + 1..b).any(|w| {
        let n = Node { word: w, ..up };
        ev.upos(n) == "PUNCT"
            && matches!(
                ev.lemma(n),
                ":" | "\"" | "\u{201c}" | "\u{201d}" | "'" | "\u{2018}" | "\u{2019}"
            )
    })
}

/// The class of word `up` when it is the statement's reporting verb.
fn reporting_class(cx: &Context, st: &Structure, up: Node) -> Option<CueClass> {
    let cue = cx.statement.cue.as_ref()?;
    st.is_cue(up).then_some(cue.class)
}

/// Whether the claim keeps statement word `up`: a claim word stands for it
/// ("the council's *decision* was to close" keeps "*decided* to close").
/// Where the claim puts it is left to the parse of the claim, which is
/// less sure than the word itself.
fn kept_word(st: &Structure, up: Node) -> bool {
    !st.claim_words_for(up).is_empty()
}

/// Whether claim word `c` stands in a clause the claim opens with `mark`
/// too ("if the talks did not resume").
fn kept_mark(st: &Structure, c: Node, mark: &str) -> bool {
    // "whether" and "if" ask the same question: "to decide whether an
    // inquiry is needed" keeps the article's "decide if".
    let question = |m: &str| implicatives::QUESTION_MARKS.contains(&m);
    let mark = mark.to_lowercase();
    std::iter::once(c)
        .chain(st.claim.ancestors(c))
        .flat_map(|a| st.claim.children(a))
        .filter(|&k| st.claim.deprel(k) == "mark")
        .map(|k| st.claim.lemma(k).to_lowercase())
        .any(|m| m == mark || (question(&m) && question(&mark)))
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_fires, assert_silent};

    const RULE: &str = "complement-not-asserted";

    #[test]
    fn whether_keeps_the_article_s_if() {
        let article = "The council is to decide within a month if an inquiry is required.";
        assert_silent(
            RULE,
            article,
            "The council is to decide within a month whether an inquiry is required.",
        );
    }

    #[test]
    fn flags_what_a_verb_only_wanted_or_tried() {
        for verb in ["wanted", "tried", "planned", "hoped"] {
            assert_fires(
                RULE,
                &format!("Rebels {verb} to capture the airport on Friday."),
                "Rebels captured the airport on Friday.",
            );
        }
        assert_fires(
            RULE,
            "The court ordered the company to pay a fine.",
            "The company paid a fine.",
        );
        assert_fires(
            RULE,
            "Residents were asked to leave the city.",
            "Residents left the city.",
        );
    }

    #[test]
    fn flags_a_fear_a_doubt_and_a_question() {
        assert_fires(
            RULE,
            "Officials doubted that the dam had collapsed.",
            "The dam had collapsed.",
        );
        assert_fires(
            RULE,
            "Police said it was unclear whether the suspect had fled.",
            "The suspect had fled.",
        );
    }

    #[test]
    fn implicatives_factives_and_reports_carry_their_complement() {
        assert_silent(
            RULE,
            "Rebels managed to capture the airport on Friday.",
            "Rebels captured the airport on Friday.",
        );
        assert_silent(
            RULE,
            "Officials knew that the dam had collapsed.",
            "The dam had collapsed.",
        );
        assert_silent(
            RULE,
            "Police said that the suspect had fled.",
            "The suspect had fled.",
        );
    }

    #[test]
    fn a_claim_that_keeps_the_verb_is_left_alone() {
        assert_silent(
            RULE,
            "Rebels wanted to capture the airport on Friday.",
            "Rebels wanted to capture the airport on Friday.",
        );
    }
}
