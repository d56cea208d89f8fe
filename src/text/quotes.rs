//! Pairs quotation marks into quotation spans.
//!
//! News copy is untidy: straight and curly marks mix, a quotation that runs
//! over several paragraphs leaves each paragraph unclosed, an apostrophe can
//! look like a closing single quote (`farmers' union`). The rules here:
//!
//! * double quotes pair within a paragraph; an opening mark left open at the
//!   end of the paragraph closes there, and a closing mark that ends a
//!   quotation (`damage", X said`, `peace."`) with none open opened at the
//!   paragraph's start: a claim or paragraph cut from inside a quotation;
//! * a curly opening mark that is glued to the preceding word (`decision.“`)
//!   closes an open quotation (a common typing slip);
//! * single quotes pair only when an opening single quote is pending;
//!   otherwise a closing `'` is a plural possessive.

use super::{QuoteDir, Span, Token, TokenKind};

/// One quotation: the words between a pair of quotation marks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteSpan {
    /// Byte span of the quoted words, without the marks.
    pub inner: Span,
    /// Token range of the quoted words.
    pub tokens: std::ops::Range<usize>,
    /// Token index of the opening mark; `None` for a quotation that began
    /// before its paragraph (see [`find_quotes`]).
    pub open: Option<usize>,
    /// Token index of the closing mark, if the quotation was closed.
    pub close: Option<usize>,
    pub double: bool,
}

/// Finds quotation spans and turns stray closing single quotes into
/// possessive markers.
pub fn find_quotes(tokens: &mut [Token]) -> Vec<QuoteSpan> {
    let mut out = Vec::new();
    let mut open_double: Option<usize> = None;
    let mut open_single: Option<usize> = None;
    let mut para = u32::MAX;

    // The first token of the current paragraph, where a quotation closed
    // with none open began.
    let para_start = std::cell::Cell::new(0);
    let close = |out: &mut Vec<QuoteSpan>,
                 tokens: &[Token],
                 open: Option<usize>,
                 close: Option<usize>,
                 end_tok: usize,
                 double: bool| {
        let first = open.map_or(para_start.get(), |o| o + 1);
        if first >= end_tok {
            return;
        }
        let inner = Span::new(tokens[first].span.start, tokens[end_tok - 1].span.end);
        out.push(QuoteSpan {
            inner,
            tokens: first..end_tok,
            open,
            close,
            double,
        });
    };

    for i in 0..tokens.len() {
        if tokens[i].para != para {
            if let Some(o) = open_double.take() {
                close(&mut out, tokens, Some(o), None, i, true);
            }
            open_single = None;
            para = tokens[i].para;
            para_start.set(i);
        }
        let TokenKind::Quote { dir, double } = tokens[i].kind else {
            continue;
        };
        if double {
            match (open_double, dir) {
                (None, QuoteDir::Close | QuoteDir::Either)
                    if !out.iter().any(|q: &QuoteSpan| q.tokens.start >= para_start.get())
                        && ends_quotation(tokens, i, dir) =>
                {
                    close(&mut out, tokens, None, Some(i), i, true);
                }
                (None, QuoteDir::Close) => {}
                (None, _) => open_double = Some(i),
                (Some(o), QuoteDir::Open) if tokens[i].space_before => {
                    // A new quotation opens before the last one closed.
                    close(&mut out, tokens, Some(o), None, i, true);
                    open_double = Some(i);
                }
                (Some(o), _) => {
                    close(&mut out, tokens, Some(o), Some(i), i, true);
                    open_double = None;
                }
            }
        } else {
            match (open_single, dir) {
                (None, QuoteDir::Open) => open_single = Some(i),
                (Some(o), QuoteDir::Close | QuoteDir::Either) => {
                    close(&mut out, tokens, Some(o), Some(i), i, false);
                    open_single = None;
                }
                (Some(_), QuoteDir::Open) => open_single = Some(i),
                (None, _) => {
                    tokens[i].kind = TokenKind::Possessive;
                }
            }
        }
    }
    if let Some(o) = open_double {
        close(&mut out, tokens, Some(o), None, tokens.len(), true);
    }
    out.sort_by_key(|q| (q.inner.start, q.inner.end));
    out
}

/// Whether the mark at `i`, with no quotation open, closes one that
/// began before the paragraph: a closing mark after the quotation's last
/// punctuation (`peace.”`) or before the comma or stop that leads to its
/// speaker (`damage”, X said`), not the mark for inches (`6' 2"`). A
/// straight mark must be glued to what comes before it and not to what
/// follows (`damage", X said`, `this," said X`, `peace."`): `said:"Yes`
/// opens a quotation.
fn ends_quotation(tokens: &[Token], i: usize, dir: QuoteDir) -> bool {
    let punct = |k: usize, marks: &[&str]| {
        tokens
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Punct && marks.contains(&t.norm.as_str()))
    };
    const ENDS: &[&str] = &[",", ".", "!", "?", ";"];
    let Some(prev) = i.checked_sub(1).map(|k| &tokens[k]) else {
        return false;
    };
    let last = tokens.get(i + 1).is_none_or(|t| t.para != tokens[i].para);
    if prev.kind == TokenKind::Number || prev.para != tokens[i].para {
        return false;
    }
    match dir {
        QuoteDir::Close => punct(i - 1, ENDS) || punct(i + 1, ENDS) || last,
        _ => {
            let space_after = tokens.get(i + 1).is_some_and(|t| t.space_before);
            !tokens[i].space_before && (punct(i + 1, ENDS) || last || space_after)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokenize;
    use super::*;

    fn quotes(text: &str) -> Vec<String> {
        let mut toks = tokenize(text);
        find_quotes(&mut toks)
            .into_iter()
            .map(|q| text[q.inner.start..q.inner.end].to_string())
            .collect()
    }

    #[test]
    fn pairs_straight_and_curly_quotes() {
        assert_eq!(
            quotes("“The night shift starts soon,” the foreman said, adding \"more\"."),
            ["The night shift starts soon,", "more"]
        );
    }

    #[test]
    fn unclosed_quote_ends_at_paragraph() {
        assert_eq!(quotes("He said: \"one two\nthree"), ["one two"]);
    }

    #[test]
    fn plural_possessive_is_not_a_quote() {
        let mut toks = tokenize("Norway's farmers' union");
        assert!(find_quotes(&mut toks).is_empty());
        assert!(toks[3].is_possessive());
    }

    #[test]
    fn single_quotes_inside_double() {
        assert_eq!(
            quotes("\"these 'events' now\""),
            ["these 'events' now", "events"]
        );
    }

    #[test]
    fn a_quotation_cut_at_its_start_opened_at_the_paragraph_start() {
        assert_eq!(
            quotes("There is damage to homes\", Ruiz said.\nNext \"one\"."),
            ["There is damage to homes", "one"]
        );
        assert_eq!(quotes("May he rest in peace.” Next"), ["May he rest in peace."]);
        // Inches, and a mark that opens after a colon, are no such thing.
        assert!(!quotes("He is 6' 2\" tall").iter().any(|q| q.starts_with("He")));
        assert_eq!(quotes("She said:\"Yes, we will\"."), ["Yes, we will"]);
        // Only before any other quotation of the paragraph.
        let later = quotes("\"One,\" he said. Two\", she said.");
        assert!(!later.iter().any(|q| q.contains("Two")), "{later:?}");
    }

    #[test]
    fn glued_opening_mark_closes() {
        assert_eq!(quotes("“I am sad.“ However"), ["I am sad."]);
    }
}
