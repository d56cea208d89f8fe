use super::{Context, Finding, Rule, RuleMeta, declare_rule};
use crate::doc::Doc;
use crate::lexicon::words::{DETERMINERS, OPPOSITE_PREPOSITIONS};

declare_rule! {
    /// The claim puts a party or place on the other side of a preposition of opposite sense.
    ///
    /// ## What it does
    /// Where the claim and the statement otherwise agree, compares the
    /// preposition before each word they share: "for" and "against",
    /// "from" and "to" (or "into"), "before" and "after", "with" and
    /// "without", "above" and "below", "inside" and "outside" reverse the
    /// relation, so the claim contradicts the article. Prepositions are
    /// function words that the matcher otherwise passes over; a verb after
    /// "to" ("agreed to sell") is not read this way.
    ///
    /// ## Why it matters
    /// A vote for a plan and a vote against it, a flight from a city and a
    /// flight to it, use the same content words: only the preposition
    /// tells them apart.
    ///
    /// ## Example
    /// Article: Ray Okafor and Lena Park voted against the plan.
    /// Claim: Lena Park voted for the plan. → contradicted.
    pub struct PrepositionReversed {
        id: "P004",
        name: "preposition-reversed",
        effect: Conflicts,
    }
}

impl Rule for PrepositionReversed {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context) -> Option<Finding> {
        if !cx.close_for_conflict(&[]) || !cx.speakers_agree() {
            return None;
        }
        cx.alignment
            .pairs
            .iter()
            .filter(|p| !p.relation.is_conflict())
            .find_map(|p| {
                let c = preposition_before(&cx.claim.doc, cx.claim_unit(p.claim).tokens.start)?;
                let e =
                    preposition_before(&cx.index.doc, cx.evidence_unit(p.evidence).tokens.start)?;
                (opposite(c.1, e.1) && !also_with(cx, p.evidence, c.1))
                    .then(|| finding(cx, p, c, e))
            })
    }
}

fn finding(cx: &Context, p: &crate::align::Pair, c: (usize, &str), e: (usize, &str)) -> Finding {
    let claim = crate::text::Span::new(
        cx.claim.doc.tokens[c.0].span.start,
        cx.claim_span(p.claim).end,
    );
    let evidence = crate::text::Span::new(
        cx.index.doc.tokens[e.0].span.start,
        cx.evidence_span(p.evidence).end,
    );
    Finding::new(
        &PrepositionReversed::META,
        format!(
            "the claim has \u{201c}{}\u{201d}; the article has \u{201c}{}\u{201d}",
            cx.claim.doc.slice(claim),
            cx.index.doc.slice(evidence)
        ),
    )
    .claim([claim])
    .evidence([evidence])
}

/// The preposition of a reversible pair governing the word at `start`,
/// over a determiner or a possessive pronoun ("for the plan", "from their
/// town"), with its token; none before a verb ("to sell"). The tagger is
/// asked only once such a preposition is found.
fn preposition_before(doc: &Doc, start: usize) -> Option<(usize, &'static str)> {
    let mut k = start;
    for _ in 0..3 {
        k = k.checked_sub(1)?;
        let n = doc.tokens[k].norm.as_str();
        if let Some(&(a, b)) = OPPOSITE_PREPOSITIONS
            .iter()
            .find(|(a, b)| *a == n || *b == n)
        {
            let verb = crate::extract::is_verbish(doc, start)
                || doc.upos(start).is_some_and(|u| u == "VERB" || u == "AUX");
            return (!verb).then_some((k, if a == n { a } else { b }));
        }
        let skippable =
            DETERMINERS.contains(&n) || matches!(n, "his" | "her" | "their" | "its" | "our");
        if !skippable {
            return None;
        }
    }
    None
}

/// Whether the sentence has the same word after the claim's preposition
/// too ("from person to person"): then the pairing, not the article, put
/// them on opposite sides.
fn also_with(cx: &Context, evidence: usize, preposition: &str) -> bool {
    cx.same_word_elsewhere(evidence).any(|u| {
        preposition_before(&cx.index.doc, u.tokens.start).is_some_and(|(_, n)| n == preposition)
    })
}

fn opposite(a: &str, b: &str) -> bool {
    OPPOSITE_PREPOSITIONS
        .iter()
        .any(|&(x, y)| (x == a && y == b) || (x == b && y == a))
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_fires, assert_silent};

    const VOTE: &str = "Ray Okafor and Lena Park voted against the plan on Monday.";
    const FLIGHT: &str = "The army said the plane was carrying meat from Bishkek to Lima.";

    #[test]
    fn flags_a_reversed_preposition() {
        assert_fires(
            "preposition-reversed",
            VOTE,
            "Lena Park voted for the plan.",
        );
        assert_fires(
            "preposition-reversed",
            FLIGHT,
            "The army said the plane was carrying meat from Lima to Bishkek.",
        );
    }

    #[test]
    fn a_word_on_both_sides_is_no_reversal() {
        let article = "The virus spreads from person to person, the agency said.";
        assert_silent("preposition-reversed", article, article);
    }

    #[test]
    fn does_not_flag_the_same_sense() {
        assert_silent(
            "preposition-reversed",
            VOTE,
            "Lena Park voted against the plan.",
        );
        assert_silent(
            "preposition-reversed",
            FLIGHT,
            "The army said the plane was carrying meat to Lima.",
        );
        // "to" before a verb is no preposition.
        assert_silent(
            "preposition-reversed",
            "The board said the firm had moved from selling the mill.",
            "The board said the firm had moved to sell the mill.",
        );
    }
}
