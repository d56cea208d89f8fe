use super::{Context, Finding, Rule, RuleMeta, declare_rule};
use crate::align::monotone;
use crate::align::structure::{Node, Structure};
use crate::lexicon::monotone::NEUTRAL_UNDER_NEGATION;
use crate::text::Span;

declare_rule! {
    /// The claim leaves out a phrase said under "not", "no", "every" or "if",
    /// or a word like "former".
    ///
    /// ## What it does
    /// Reads the statement with the dependency parser and looks at the
    /// words it has and the claim does not: an adjunct ("at the gate",
    /// "on Monday"), a manner adverb ("immediately"), an adjective, hanging
    /// from a word the claim has. Leaving such a phrase out generalises
    /// where its position is upward ("sold tickets at the gate" gives "sold
    /// tickets") and narrows where an operator above it makes it downward,
    /// as natural logic reads them:
    ///
    /// - a negation or a negative adverb reaches the rest of its clause
    ///   but its subject ("did *not* sell tickets at the gate", "*rarely*
    ///   agreed with the ruling");
    /// - "no", "few" and "nobody" reach their noun's words and their
    ///   clause ("found *no* trace of him on Monday");
    /// - "every", "each" and "all" reach their noun's words ("*every*
    ///   player in the squad");
    /// - "if", "unless" and "without" reach their clause or phrase.
    ///
    /// Two downward operators cancel, and "only", "whether", "before" or a
    /// verb such as "deny" above the phrase leave it undecided; neither
    /// fires. A modifier of a definite noun ("the annual meeting") names
    /// the same thing without it and is left alone, as are "yet", "still",
    /// "ever" and "also", which add nothing to what is denied. A
    /// non-intersective adjective ("former", "alleged", "fake", "acting")
    /// fires wherever it is left out: a former minister is not a minister.
    ///
    /// ## Why it matters
    /// Every word of such a claim is in the article, so a bag of words
    /// would support it, but it says more than the article: "did not
    /// immediately respond" is not "did not respond".
    ///
    /// ## Example
    /// Article: The club said it would not sell tickets at the gate.
    /// Claim: The club said it would not sell tickets. → unverified.
    pub struct ModifierDropped {
        id: "M004",
        name: "modifier-dropped",
        effect: Blocks,
    }
}

impl Rule for ModifierDropped {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context) -> Option<Finding> {
        let st = cx.structure()?;
        let (e, op) = st.evidence_words().find_map(|e| narrowed(cx, st, e))?;
        let dropped = phrase_span(cx, st, e)?;
        let doc = &cx.index.doc;
        let op_token = st.evidence_token(op)?;
        let message = if op == e {
            format!(
                "the claim leaves out \u{201c}{}\u{201d}, and what it describes need not be what the rest of the words say",
                doc.slice(dropped)
            )
        } else {
            format!(
                "the claim leaves out \u{201c}{}\u{201d}, which the article says under \u{201c}{}\u{201d}: without it the claim says more than the article",
                doc.slice(dropped),
                doc.token_text(op_token)
            )
        };
        let head = st.evidence.head(e)?;
        let claim_spans: Vec<Span> = st
            .claim_words_for(head)
            .into_iter()
            .filter_map(|c| Some(cx.claim.doc.tokens[st.claim.token(c)?].span))
            .take(1)
            .collect();
        Some(
            Finding::new(&Self::META, message)
                .claim(claim_spans)
                .evidence([dropped, doc.tokens[op_token].span]),
        )
    }
}

/// Statement word `e` and the operator that makes leaving it out narrow,
/// when the claim leaves out `e` and every content word under it while it
/// keeps the word `e` hangs from.
fn narrowed(cx: &Context, st: &Structure, e: Node) -> Option<(Node, Node)> {
    let ev = &st.evidence;
    let head = ev.head(e)?;
    // The claim keeps the word the phrase hangs from: a paired word, or
    // one it writes too (the "is" of "there is").
    let head_kept = st.paired(head) || !st.claim_words_for(head).is_empty();
    if !head_kept || st.is_cue(e) {
        return None;
    }
    if NEUTRAL_UNDER_NEGATION.contains(&ev.lemma(e).to_lowercase().as_str()) {
        return None;
    }
    // The claim keeps the phrase when it has any of its words but those
    // that only join it ("at", "the"): a pronoun ("for *me*") is not a
    // unit the matcher pairs, but the claim writes it all the same.
    let kept = st.evidence_words().any(|w| {
        ev.dominates(e, w)
            && !matches!(
                ev.deprel(w),
                "case" | "det" | "punct" | "cc" | "mark" | "aux" | "cop"
            )
            && kept_word(cx, st, w)
    });
    if kept {
        return None;
    }
    let parse = cx.index.doc.grammar(e.sentence)?;
    let first = (0..=e.word)
        .rev()
        .find(|&w| !ev.dominates(e, Node { word: w, ..e }))
        .map_or(0, |w| w + 1);
    let comma_before = first > 0
        && ev.lemma(Node {
            word: first - 1,
            ..e
        }) == ",";
    let op = Node {
        word: monotone::narrowing(&parse.analysis, e.word, comma_before)?,
        ..e
    };
    // The claim keeps the operator ("not", "no", "if"): one that drops it
    // too is another matter (a polarity), and one whose words meet a
    // second place of a long sentence may not be about this one.
    let kept_op = op == e || !st.claim_words_for(op).is_empty();
    kept_op.then_some((e, op))
}

/// Whether the claim has statement word `e`: a claim word paired with it,
/// or written as it is, case aside ("her" for "her", not "we" for "us").
/// Where the statement has the word twice ("nuclear energy without
/// nuclear weapons"), the claim's must hang from the counterpart of the
/// word `e` hangs from.
fn kept_word(cx: &Context, st: &Structure, e: Node) -> bool {
    let ev = &st.evidence;
    let Some(t) = st.evidence_token(e) else {
        return false;
    };
    let doc = &cx.index.doc;
    let word = doc.token_text(t).to_lowercase();
    let mut mine = st.paired_with(e);
    mine.extend(st.claim_words().into_iter().filter(|&c| {
        st.claim
            .token(c)
            .is_some_and(|ct| cx.claim.doc.token_text(ct).to_lowercase() == word)
    }));
    let twice = st.evidence_words().filter(|&w| w != e).any(|w| {
        ev.lemma(w).eq_ignore_ascii_case(ev.lemma(e))
            || st
                .evidence_token(w)
                .is_some_and(|k| doc.token_text(k).eq_ignore_ascii_case(&word))
    });
    if !twice {
        return !mine.is_empty();
    }
    mine.into_iter()
        .any(|c| match (st.claim.head(c), ev.head(e)) {
            (Some(ch), Some(eh)) => {
                st.partners(ch).contains(&eh)
                    || st.claim.lemma(ch).eq_ignore_ascii_case(ev.lemma(eh))
            }
            (None, None) => true,
            _ => false,
        })
}

/// The span of the words under statement word `e`.
fn phrase_span(cx: &Context, st: &Structure, e: Node) -> Option<Span> {
    let ev = &st.evidence;
    let under: Vec<usize> = st
        .evidence_words()
        .filter(|&w| ev.dominates(e, w) && ev.upos(w) != "PUNCT")
        .filter_map(|w| ev.token(w))
        .collect();
    let tokens = &cx.index.doc.tokens;
    Some(Span::new(
        tokens[*under.iter().min()?].span.start,
        tokens[*under.iter().max()?].span.end,
    ))
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_fires, assert_silent};

    const RULE: &str = "modifier-dropped";

    #[test]
    fn flags_a_phrase_dropped_under_a_negation() {
        assert_fires(
            RULE,
            "The club said it would not sell tickets at the gate.",
            "The club said it would not sell tickets.",
        );
        assert_fires(
            RULE,
            "The council did not immediately approve the budget.",
            "The council did not approve the budget.",
        );
        // An adjunct of a predicate adjective.
        assert_fires(
            RULE,
            "Officials said the bridge was not safe for lorries.",
            "Officials said the bridge was not safe.",
        );
        // "not really" is weaker than "not".
        assert_fires(
            RULE,
            "The club said the new rules were not really fair.",
            "The club said the new rules were not fair.",
        );
    }

    #[test]
    fn flags_restrictors_conditions_and_former() {
        assert_fires(
            RULE,
            "Officials found no damage at the dam.",
            "Officials found no damage.",
        );
        assert_fires(
            RULE,
            "No tickets will be sold at the gate.",
            "No tickets will be sold.",
        );
        assert_fires(
            RULE,
            "Police arrested a former minister on Friday.",
            "Police arrested a minister on Friday.",
        );
    }

    #[test]
    fn reads_a_repeated_word_at_its_own_place() {
        // "nuclear" is in the claim, but on "energy", not on "weapons".
        assert_fires(
            RULE,
            "The country says it is building nuclear plants without wanting nuclear weapons.",
            "The country says it is building nuclear plants without wanting weapons.",
        );
    }

    #[test]
    fn leaves_upward_deletions_alone() {
        assert_silent(
            RULE,
            "The club sold tickets at the gate on Saturday.",
            "The club sold tickets on Saturday.",
        );
        assert_silent(
            RULE,
            "The club has not yet decided on the stadium.",
            "The club has not decided on the stadium.",
        );
        // A definite names the same meeting with its adjective or without.
        assert_silent(
            RULE,
            "The mayor did not attend the annual meeting.",
            "The mayor did not attend the meeting.",
        );
        // The subject is outside the negation's scope.
        assert_silent(
            RULE,
            "Two masked men did not enter the bank.",
            "Two men did not enter the bank.",
        );
    }
}
