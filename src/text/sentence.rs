//! Sentence splitting over tokens.
//!
//! A sentence ends at `.`, `!` or `?` (with any closing quotation marks or
//! brackets that follow) when the next token starts a sentence, and always
//! at a line break. Abbreviations carry their own period (see the tokenizer),
//! so `Gen. Smith` never splits; the few that can end a sentence (`U.S.`,
//! `D.C.`, `Inc.`) split only before a word that typically starts one.

use super::{Span, Token, TokenKind};
use std::ops::Range;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub tokens: Range<usize>,
    pub para: u32,
}

/// Abbreviations that may also end a sentence.
const CAN_END: &[&str] = &[
    "u.s.", "u.k.", "d.c.", "u.n.", "e.u.", "inc.", "ltd.", "co.", "corp.", "jr.", "sr.", "etc.",
    "a.m.", "p.m.", "bros.",
];

/// Capitalised words that usually begin a sentence rather than continue a
/// name after an abbreviation.
const STARTERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "this",
    "that",
    "these",
    "those",
    "there",
    "but",
    "and",
    "in",
    "on",
    "at",
    "his",
    "her",
    "their",
    "its",
    "our",
    "after",
    "before",
    "when",
    "while",
    "however",
    "meanwhile",
    "some",
    "many",
    "most",
    "no",
    "one",
    "if",
    "as",
    "for",
    "since",
    "during",
    "although",
    "yet",
    "so",
    "then",
    "also",
];

/// The most tokens one sentence may hold. Text with no sentence ends for
/// longer than this (a run-on line, a pasted list) is cut into pieces of
/// this length, so that reading a sentence, which may look at every pair of
/// its tokens, stays cheap whatever the input.
pub const MAX_SENTENCE_TOKENS: usize = 1000;

pub fn split_sentences(tokens: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    let n = tokens.len();
    let mut i = 0;
    let finish = |out: &mut Vec<Sentence>, s: usize, e: usize| {
        if s < e {
            out.push(Sentence {
                span: Span::new(tokens[s].span.start, tokens[e - 1].span.end),
                tokens: s..e,
                para: tokens[s].para,
            });
        }
    };
    while i < n {
        // Paragraph boundary, or a run-on past the limit.
        if i > start && (tokens[i].para != tokens[i - 1].para || i - start >= MAX_SENTENCE_TOKENS) {
            finish(&mut out, start, i);
            start = i;
        }
        let t = &tokens[i];
        let terminal =
            matches!(t.kind, TokenKind::Punct) && matches!(t.norm.as_str(), "." | "!" | "?");
        let abbrev_end = t.is_word() && CAN_END.contains(&t.norm.as_str());
        if terminal || abbrev_end {
            // Absorb closing quotes and brackets on the same paragraph.
            let mut j = i + 1;
            while j < n && tokens[j].para == t.para && is_closer(&tokens[j], tokens) {
                j += 1;
            }
            let next = tokens.get(j).filter(|nt| nt.para == t.para);
            let boundary = match next {
                None => true,
                Some(nt) => {
                    if abbrev_end && j == i + 1 {
                        nt.cap && STARTERS.contains(&nt.norm.as_str())
                    } else if terminal {
                        // `"Who can say?" she asked.` and `"We won!" Reyes
                        // said.`: the attribution after a quotation ending in
                        // ? or ! belongs to its sentence.
                        let closed_quote = j > i + 1
                            && tokens[j - 1].is_quote()
                            && matches!(t.norm.as_str(), "?" | "!");
                        starts_sentence(nt)
                            && !(closed_quote && attribution_follows(tokens, j))
                            && !middle_initial(tokens, i, nt)
                    } else {
                        starts_sentence(nt) && !nt.is_word()
                    }
                }
            };
            if boundary {
                finish(&mut out, start, j);
                start = j;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    finish(&mut out, start, n);
    out
}

/// Reporting verbs that commonly follow a quotation: `"...!" Reyes said`.
const TAIL_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "asked",
    "asks",
    "added",
    "adds",
    "wrote",
    "writes",
    "explained",
    "noted",
    "stated",
    "declared",
    "replied",
    "responded",
    "tweeted",
    "insisted",
    "continued",
    "recalled",
    "argued",
    "remarked",
    "shouted",
    "exclaimed",
    "joked",
    "quipped",
];

/// Whether a short name and a reporting verb follow token `j` before the
/// next full stop.
fn attribution_follows(tokens: &[Token], j: usize) -> bool {
    let para = tokens[j].para;
    for (k, t) in tokens.iter().enumerate().skip(j).take(6) {
        if t.para != para || t.is_punct(".") || t.is_quote() {
            return false;
        }
        if TAIL_VERBS.contains(&t.norm.as_str()) {
            return k > j;
        }
    }
    false
}

/// A middle initial: "Mary K. Lowell", a single capital letter after
/// a capitalised word and before another that does not typically start a
/// sentence.
fn middle_initial(tokens: &[Token], i: usize, next: &Token) -> bool {
    let is_letter = |t: &Token| {
        t.is_word() && t.cap && t.norm.len() == 1 && t.norm.chars().all(|c| c.is_ascii_lowercase())
    };
    tokens[i].norm == "."
        && i >= 2
        && is_letter(&tokens[i - 1])
        && tokens[i - 2].is_word()
        && tokens[i - 2].cap
        && next.is_word()
        && next.cap
        && !STARTERS.contains(&next.norm.as_str())
}

fn is_closer(t: &Token, _all: &[Token]) -> bool {
    match t.kind {
        TokenKind::Quote { dir, .. } => dir != super::QuoteDir::Open && !t.space_before,
        TokenKind::Punct => matches!(t.norm.as_str(), ")" | "]"),
        _ => false,
    }
}

fn starts_sentence(t: &Token) -> bool {
    match t.kind {
        // A capital, or a letter of a script without case (Hebrew, Arabic,
        // Chinese...).
        TokenKind::Word => {
            t.cap
                || t.norm
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_alphabetic() && !c.is_lowercase())
        }
        TokenKind::Number => true,
        TokenKind::Quote { .. } => true,
        TokenKind::Punct => matches!(t.norm.as_str(), "(" | "["),
        TokenKind::Possessive => false,
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokenize;
    use super::*;

    fn sents(text: &str) -> Vec<String> {
        let toks = tokenize(text);
        split_sentences(&toks)
            .into_iter()
            .map(|s| text[s.span.start..s.span.end].to_string())
            .collect()
    }

    #[test]
    fn splits_on_terminal_punctuation() {
        assert_eq!(
            sents("One two. Three four! Five?"),
            ["One two.", "Three four!", "Five?"]
        );
    }

    #[test]
    fn a_sentence_may_start_in_a_script_without_case() {
        assert_eq!(
            sents("Il a parlé. שלום עולם, the mayor said. مرحبا."),
            ["Il a parlé.", "שלום עולם, the mayor said.", "مرحبا."]
        );
    }

    #[test]
    fn a_run_on_is_cut_at_the_limit() {
        let text = "word ".repeat(2 * MAX_SENTENCE_TOKENS + 10);
        let toks = tokenize(&text);
        let lens: Vec<usize> = split_sentences(&toks)
            .iter()
            .map(|s| s.tokens.len())
            .collect();
        assert_eq!(lens, [MAX_SENTENCE_TOKENS, MAX_SENTENCE_TOKENS, 10]);
    }

    #[test]
    fn abbreviations_do_not_split() {
        assert_eq!(
            sents("They landed in Washington, D.C., on Monday. Gen. Smith spoke."),
            [
                "They landed in Washington, D.C., on Monday.",
                "Gen. Smith spoke."
            ]
        );
        assert_eq!(
            sents("Tourists flying to the U.S. The Governor acted."),
            ["Tourists flying to the U.S.", "The Governor acted."]
        );
        assert_eq!(sents("U.S. troops left."), ["U.S. troops left."]);
    }

    #[test]
    fn closing_quote_stays_with_its_sentence() {
        assert_eq!(
            sents("He said “it is over.” Then he left."),
            ["He said “it is over.”", "Then he left."]
        );
    }

    #[test]
    fn attribution_after_an_exclaimed_quote_stays() {
        assert_eq!(
            sents("“We won!” Reyes said to reporters. Then she left."),
            ["“We won!” Reyes said to reporters.", "Then she left."]
        );
        assert_eq!(
            sents("“We won!” The crowd cheered."),
            ["“We won!”", "The crowd cheered."]
        );
        assert_eq!(
            sents("“We won.” Reyes has stated it before."),
            ["“We won.”", "Reyes has stated it before."]
        );
    }

    #[test]
    fn line_breaks_split() {
        assert_eq!(sents("Heading\nBody text"), ["Heading", "Body text"]);
    }

    #[test]
    fn middle_initials_do_not_split() {
        assert_eq!(
            sents("It moved to the Mary K. Lowell Center in Ohio. The rest stayed."),
            vec![
                "It moved to the Mary K. Lowell Center in Ohio.",
                "The rest stayed."
            ]
        );
        assert_eq!(sents("They chose Plan B. The vote was close.").len(), 2);
    }

    #[test]
    fn lowercase_after_period_does_not_split() {
        assert_eq!(
            sents("about 5 p.m. local time."),
            ["about 5 p.m. local time."]
        );
    }
}
