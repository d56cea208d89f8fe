use super::{Context, Finding, Rule, RuleMeta, declare_rule};
use crate::align::structure::{Link, Node, Structure};
use crate::lexicon::implicatives;

declare_rule! {
    /// The claim drops a "few", "rarely" or "hardly" that the article puts
    /// on the same words.
    ///
    /// ## What it does
    /// Reads the claim and the statement with the dependency parser and
    /// looks at the words each paired word governs, and those its subject
    /// and object govern. Fires when, in the statement, one is a word that
    /// makes what it qualifies downward without negating it ("*few*
    /// residents supported", "*rarely* supported", "*hardly* changed") and
    /// the claim has no such word. "A few" and "a little" are upward and
    /// left alone.
    ///
    /// ## Why it matters
    /// "Few residents supported the plan" says most did not; a claim that
    /// residents supported it reverses what the article reports, though
    /// every word of it is there.
    ///
    /// ## Example
    /// Article: Few residents supported the plan.
    /// Claim: Residents supported the plan. → unverified.
    pub struct QuantifierDropped {
        id: "M003",
        name: "quantifier-dropped",
        effect: Blocks,
    }
}

impl Rule for QuantifierDropped {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context) -> Option<Finding> {
        let st = cx.structure()?;
        let (link, word) = st.links.iter().find_map(|l| dropped(st, l))?;
        let p = &cx.alignment.pairs[link.pair];
        let token = cx.index.doc.grammar(word.sentence)?.words[word.word].token;
        Some(
            Finding::new(
                &Self::META,
                format!(
                    "the article qualifies it with \u{201c}{}\u{201d}, which the claim drops",
                    cx.index.doc.token_text(token)
                ),
            )
            .claim([cx.claim_span(p.claim)])
            .evidence([
                cx.index.doc.tokens[token].span,
                cx.evidence_span(p.evidence),
            ]),
        )
    }
}

/// The statement's downward word on the link's word or on one of its
/// arguments ("*few* residents" for the paired "supported"), when the
/// claim has no downward word at all.
fn dropped(st: &Structure, l: &Link) -> Option<(Link, Node)> {
    let ev = &st.evidence;
    let arguments = ev
        .children(l.evidence)
        .filter(|&k| matches!(ev.deprel(k), "nsubj" | "nsubj:pass" | "obj"));
    let word = std::iter::once(l.evidence)
        .chain(arguments)
        .flat_map(|w| ev.children(w).map(move |k| (w, k)))
        .find(|&(w, k)| {
            let upward = ev
                .children(k)
                .chain(ev.children(w))
                .any(|d| d.word + 1 == k.word && ev.lemma(d).eq_ignore_ascii_case("a"));
            implicatives::downward(&ev.lemma(k).to_lowercase()) && !upward
        })
        .map(|(_, k)| k)?;
    let kept = st
        .claim_words()
        .into_iter()
        .any(|k| implicatives::downward(&st.claim.lemma(k).to_lowercase()));
    (!kept).then_some((*l, word))
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_fires, assert_silent};

    const RULE: &str = "quantifier-dropped";

    #[test]
    fn flags_few_and_rarely_dropped() {
        assert_fires(
            RULE,
            "Few residents supported the plan.",
            "Residents supported the plan.",
        );
        assert_fires(
            RULE,
            "Residents rarely supported the plan.",
            "Residents supported the plan.",
        );
    }

    #[test]
    fn leaves_a_few_and_a_kept_few_alone() {
        assert_silent(
            RULE,
            "A few residents supported the plan.",
            "Residents supported the plan.",
        );
        assert_silent(
            RULE,
            "Few residents supported the plan.",
            "Few residents supported the plan.",
        );
    }
}
