use super::{Context, Finding, Rule, RuleMeta, declare_rule};
use crate::align::structure::{Link, Node, Role, Side, Structure};

declare_rule! {
    /// The article gives the claim's doer or object of a verb to someone
    /// else.
    ///
    /// ## What it does
    /// Reads the claim and the statement with the dependency parser. For
    /// each paired word that is the doer or the object of a verb the
    /// statement has too (the same verb, the passive mapped onto the
    /// active; a reporting verb aside, since the attribution rules compare
    /// speakers) and that the statement does not hang from that verb, it
    /// looks at who holds that role of that verb in the statement. Fires
    /// when someone does and it is not the claim's word: not the word
    /// itself or its unit ("Foreign Minister Ana Ortiz" for "Ortiz"), a
    /// name or title set beside it ("the mayor, Lee"), one it is
    /// coordinated with ("the Senate and the House"), the noun after a
    /// partitive's "of" ("this kind of activity", not "the head of the
    /// ministry"), or the noun a relative pronoun stands for ("Smith, *who*
    /// was fired"). A pronoun or a number holding the role proves nothing,
    /// nor does a word the claim has too, which then says the same with
    /// other roles ("supplied the army with rifles" for "supplied rifles to
    /// the army"), unless the claim gives that word the same role under
    /// another verb: "owned by A and chartered by B" for "owned by B and
    /// chartered by A" swaps the parties of two verbs.
    ///
    /// ## Why it matters
    /// A claim that takes its words from two clauses ("the bill was
    /// approved by the House" from "approved by the Senate but rejected by
    /// the House") or from a possessive ("the mayor was arrested" from
    /// "the mayor's brother was arrested") has every word in the article;
    /// only the grammar says the article gives the role to another.
    ///
    /// ## Example
    /// Article: The mayor's brother was arrested on Monday.
    /// Claim: The mayor was arrested on Monday. → unverified.
    pub struct RoleHeldByAnother {
        id: "E006",
        name: "role-held-by-another",
        effect: Blocks,
    }
}

impl Rule for RoleHeldByAnother {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context) -> Option<Finding> {
        let st = cx.structure()?;
        let (link, role, holder) = st.links.iter().find_map(|l| held_by_another(st, l))?;
        let p = &cx.alignment.pairs[link.pair];
        let token = cx.index.doc.grammar(holder.sentence)?.words[holder.word].token;
        Some(
            Finding::new(
                &Self::META,
                format!(
                    "the claim makes \u{201c}{}\u{201d} the {} of \u{201c}{}\u{201d}; in the article that is \u{201c}{}\u{201d}",
                    cx.claim_text(p.claim),
                    role.name(),
                    st.claim.lemma(st.claim.head(link.claim)?),
                    cx.index.doc.token_text(token)
                ),
            )
            .claim([cx.claim_span(p.claim)])
            .evidence([cx.index.doc.tokens[token].span]),
        )
    }
}

/// The claim word's role under its verb and the statement word that holds
/// that role of the same verb instead, when one does.
fn held_by_another(st: &Structure, l: &Link) -> Option<(Link, Role, Node)> {
    if l.quantity {
        return None;
    }
    let role = st.claim.role(l.claim)?;
    if !matches!(role, Role::Agent | Role::Patient) {
        return None;
    }
    let verb = st.claim.head(l.claim)?;
    let lemma = st.claim.lemma(verb);
    // Who said what to whom is the attribution's to compare: the
    // speaker and recipient rules read it more surely than the parser,
    // which often misreads a reporting verb with a quotation.
    if crate::lexicon::cue_verb(&lemma.to_lowercase()).is_some() {
        return None;
    }
    let words = st.partners(l.claim);
    let verbs = st.same_verb(verb);
    // A word the statement also hangs from the verb has a role there; which
    // one is `subject-object-swapped`'s to judge.
    if words
        .iter()
        .any(|&w| st.evidence.head(w).is_some_and(|h| verbs.contains(&h)))
    {
        return None;
    }
    let mut other = None;
    for v in verbs {
        for k in st.evidence.children(v) {
            if st.evidence.role(k) != Some(role) {
                continue;
            }
            let inside = |h: Node| {
                st.evidence_token(h)
                    .is_some_and(|t| (l.evidence_tokens.0..l.evidence_tokens.1).contains(&t))
            };
            // A title whose phrase holds the person's name is that person
            // ("Foreign Minister Ana Ortiz").
            let titled = l.evidence_person && words.iter().any(|&w| st.evidence.dominates(k, w));
            let same = titled
                || holders(&st.evidence, k)
                    .iter()
                    .any(|&h| words.contains(&h) || inside(h));
            if same || !(decisive(st, k) || swapped(st, k, role, verb)) {
                return None;
            }
            other = other.or(Some(k));
        }
    }
    other.map(|k| (*l, role, k))
}

/// Whether holder `k` names someone else for sure: a noun or a name, not a
/// pronoun, whose referent is a guess, nor a number ("saved 200 more"),
/// nor a word the
/// claim has too, which then says the same with other roles ("supplied
/// the army with rifles" for "supplied rifles to the army"), nor a word
/// of a phrase the claim met as a whole.
fn decisive(st: &Structure, k: Node) -> bool {
    // A word of a phrase the claim met whole ("take *account* of" for
    // "take into account") is no party of its own.
    let in_met_phrase = st.evidence_token(k).is_some_and(|t| {
        st.links
            .iter()
            .any(|l| (l.evidence_tokens.0..l.evidence_tokens.1).contains(&t))
    });
    matches!(st.evidence.upos(k), "NOUN" | "PROPN") && !st.paired(k) && !in_met_phrase
}

/// Whether statement word `k`, which the claim has too, holds the same
/// role in the claim under another verb: the claim swaps the parties of
/// two verbs ("owned by A and chartered by B" for "owned by B and
/// chartered by A"), which is no other way of saying the same.
fn swapped(st: &Structure, k: Node, role: Role, verb: Node) -> bool {
    matches!(st.evidence.upos(k), "NOUN" | "PROPN")
        && st.paired_with(k).iter().any(|&c| {
            st.claim.role(c) == Some(role)
                && st
                    .claim
                    .head(c)
                    .is_some_and(|h| h != verb && st.claim.upos(h) == "VERB")
        })
}

/// The words that hold a role with word `k`: itself, the names and titles
/// set beside it, the words coordinated with it, and the noun a relative
/// pronoun stands for.
fn holders(side: &Side, k: Node) -> Vec<Node> {
    // The first of the words coordinated with it, whose conjuncts hang
    // from it.
    let mut first = k;
    while side.deprel(first) == "conj" {
        match side.head(first) {
            Some(h) => first = h,
            None => break,
        }
    }
    let mut out = vec![first];
    let mut i = 0;
    while let Some(&n) = out.get(i) {
        for c in side.children(n) {
            // "this kind of activity", "some of the schools": the noun
            // after a partitive's "of" is what the phrase is about.
            let of = side.deprel(c) == "nmod"
                && side.has_case(c, "of")
                && crate::lexicon::implicatives::partitive(&side.lemma(n).to_lowercase());
            let beside = matches!(side.deprel(c), "appos" | "flat" | "compound" | "conj");
            if (beside || of) && !out.contains(&c) {
                out.push(c);
            }
        }
        i += 1;
    }
    let relative = matches!(
        side.lemma(k).to_lowercase().as_str(),
        "who" | "which" | "that" | "whom"
    );
    if relative {
        let clause = side.head(k).filter(|&v| side.deprel(v) == "acl:relcl");
        if let Some(antecedent) = clause.and_then(|v| side.head(v)) {
            out.extend(holders(side, antecedent));
        }
    }
    // A name the role word is part of ("John *Smith*").
    if let Some(h) = side
        .head(k)
        .filter(|_| matches!(side.deprel(k), "flat" | "compound" | "appos"))
    {
        out.push(h);
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_fires, assert_silent};

    const RULE: &str = "role-held-by-another";

    #[test]
    fn flags_a_role_the_article_gives_another() {
        assert_fires(
            RULE,
            "The mayor's brother was arrested on Monday.",
            "The mayor was arrested on Monday.",
        );
        assert_fires(
            RULE,
            "The bill was approved by the Senate but rejected by the House.",
            "The bill was approved by the House.",
        );
        assert_fires(
            RULE,
            "Smith, who was fired by Jones in 2010, sued the company.",
            "Jones sued the company.",
        );
    }

    #[test]
    fn flags_parties_swapped_between_two_verbs() {
        let article = "The ferry was owned by Harbor Lines and chartered by Coast Tours.";
        assert_fires(
            RULE,
            article,
            "The ferry was owned by Coast Tours and chartered by Harbor Lines.",
        );
        assert_silent(RULE, article, article);
    }

    #[test]
    fn leaves_the_same_holder_alone() {
        assert_silent(
            RULE,
            "Smith, who was fired by Jones in 2010, sued the company.",
            "Smith was fired by Jones in 2010.",
        );
        assert_silent(
            RULE,
            "The Senate and the House approved the bill.",
            "The House approved the bill.",
        );
        assert_silent(
            RULE,
            "The mayor, Lee Park, was arrested on Monday.",
            "Lee Park was arrested on Monday.",
        );
        // A word of a phrase met whole ("take *account* of") holds no
        // role of its own.
        assert_silent(
            RULE,
            "The survey takes account of the seasons.",
            "The survey takes into account the seasons.",
        );
    }
}
