use super::{Context, Finding, Rule, RuleMeta, declare_rule};
use crate::align::structure::{Link, Node, Role, Side, Structure};

declare_rule! {
    /// The parse gives a party of the claim's verb another role in the
    /// article.
    ///
    /// ## What it does
    /// Reads the claim and the statement with the dependency parser. For
    /// each paired word that is a party of a verb the statement has too (the
    /// same verb: "won" and "was elected" do not share roles), it takes the
    /// word's role with the passive mapped onto the active: the doer (an
    /// active subject, a passive's "by" phrase), the object (an active
    /// object, a passive subject), the recipient ("gave *him* it", "gave it
    /// *to him*", "*he* was given it"), or a party after another
    /// preposition. Fires when no occurrence of the word under that verb in
    /// the statement has the claim's role and one has the doer's role where
    /// the claim has another, or the reverse.
    ///
    /// The other roles are not played against each other, since the parser
    /// and the language tell them apart less surely ("supplied the army with
    /// rifles" says what "supplied rifles to the army" says). The subject
    /// of a verb used without an object is left alone on either side, since
    /// "the ship sank" follows from "they sank the ship".
    ///
    /// ## Why it matters
    /// Every word of such a claim is in the article, so a bag of words
    /// would support it; only the grammar says who did what to whom.
    ///
    /// ## Example
    /// Article: Police and prosecutors have the tools.
    /// Claim: The tools have police and prosecutors. → unverified. (Most
    /// swaps change the word order too, and `roles-reversed` contradicts
    /// them first.)
    pub struct SubjectObjectSwapped {
        id: "E004",
        name: "subject-object-swapped",
        effect: Blocks,
    }
}

impl Rule for SubjectObjectSwapped {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context) -> Option<Finding> {
        let a = cx.alignment;
        let st = cx.structure()?;
        let (link, claimed, stated) = st.links.iter().find_map(|l| swapped(st, l))?;
        let p = &a.pairs[link.pair];
        Some(
            Finding::new(
                &Self::META,
                format!(
                    "the claim makes \u{201c}{}\u{201d} the {} of \u{201c}{}\u{201d}; in the article it is the {}",
                    cx.claim_text(p.claim),
                    claimed.name(),
                    st.claim.lemma(st.claim.head(link.claim)?),
                    stated.name()
                ),
            )
            .claim([cx.claim_span(p.claim)])
            .evidence([cx.evidence_span(p.evidence)]),
        )
    }
}

/// The link's role in the claim and in the statement, when no occurrence
/// of the word under the paired verb has the claim's role and one has
/// another.
fn swapped(st: &Structure, l: &Link) -> Option<(Link, Role, Role)> {
    if l.quantity {
        return None;
    }
    let claimed = st.claim.role(l.claim)?;
    let verb = st.claim.head(l.claim)?;
    let verbs = st.same_verb(verb);
    if ergative(&st.claim, l.claim, claimed) {
        return None;
    }
    let mut stated = Vec::new();
    for w in st.partners(l.claim) {
        if !st.evidence.head(w).is_some_and(|h| verbs.contains(&h)) {
            continue;
        }
        match st.evidence.role(w) {
            Some(r) if ergative(&st.evidence, w, r) => return None,
            Some(r) => stated.push(r),
            None => {}
        }
    }
    let other = *stated.iter().find(|&&r| exclusive(claimed, r))?;
    (!stated.contains(&claimed)).then_some((*l, claimed, other))
}

/// Whether two roles of one verb exclude each other: the doer against any
/// other. The others are told apart less surely: "told reporters" makes
/// them the object or the recipient as the parser reads the rest;
/// "supplied the army with rifles" says what "supplied rifles to the army"
/// says; "rescued off the coast" what "rescued along the coast" says.
fn exclusive(a: Role, b: Role) -> bool {
    a != b && (a == Role::Agent || b == Role::Agent)
}

/// Whether `n` is the doer of a verb used without an object (a word the
/// parser hangs as an object but that names nothing, such as "that", does
/// not count): "the ship sank" is what "they sank the ship" did to it, so
/// the role proves nothing.
fn ergative(side: &Side, n: Node, role: Role) -> bool {
    let Some(verb) = side.head(n) else {
        return false;
    };
    role == Role::Agent
        && !side.passive(verb)
        && !side.children(verb).any(|k| {
            side.deprel(k) == "obj" && matches!(side.upos(k), "NOUN" | "PROPN" | "PRON" | "NUM")
        })
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_fires, assert_silent, judge};

    #[test]
    fn flags_a_doer_made_the_object() {
        // Word order decides most swaps first (roles-reversed); this rule
        // sees the ones word order misses, such as a verb the matcher sets
        // aside.
        assert_fires(
            "subject-object-swapped",
            "Police and prosecutors have the tools.",
            "The tools have police and prosecutors.",
        );
    }

    #[test]
    fn maps_the_passive_onto_the_active() {
        assert_silent(
            "subject-object-swapped",
            "The court fined the company on Monday.",
            "The company was fined by the court on Monday.",
        );
        let o = judge(
            "The court fined the company on Monday.",
            "The court was fined by the company on Monday.",
        );
        assert_ne!(o.verdict, crate::claims::Verdict::Supported);
    }

    #[test]
    fn a_target_made_the_doer_is_not_supported() {
        // Word order alone already conflicts here (roles-reversed), which
        // decides first; the parse is the second line of defence.
        let o = judge(
            "Rebel troops fired at an army border post on Thursday.",
            "An army border post fired at rebel troops on Thursday.",
        );
        assert_ne!(o.verdict, crate::claims::Verdict::Supported);
    }

    #[test]
    fn leaves_the_other_roles_of_a_verb_to_the_language() {
        // The property suite found this: "told reporters" against "told
        // reporters the bridge was closed" reads "reporters" once as the
        // object and once as the recipient.
        assert_silent(
            "subject-object-swapped",
            "\"The bridge was closed after the storm,\" a spokeswoman told reporters.",
            "A spokeswoman told reporters the bridge was closed after the storm.",
        );
        assert_silent(
            "subject-object-swapped",
            "The government supplied new rifles to the army.",
            "The government supplied the army with new rifles.",
        );
    }

    #[test]
    fn leaves_a_verb_without_an_object_alone() {
        assert_silent(
            "subject-object-swapped",
            "Rebels sank the ship near the port.",
            "The ship sank near the port.",
        );
    }
}
