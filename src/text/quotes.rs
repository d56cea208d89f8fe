//! Pairs quotation marks into quotation spans.
//!
//! News copy is untidy: straight and curly marks mix, a quotation that runs
//! over several paragraphs leaves each paragraph unclosed, an apostrophe can
//! look like a closing single quote (`farmers' union`). The rules here:
//!
//! * double quotes pair within a paragraph; an opening mark left open at the
//!   end of the paragraph closes there;
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
    /// Token index of the opening mark.
    pub open: usize,
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

    let close = |out: &mut Vec<QuoteSpan>,
                 tokens: &[Token],
                 open: usize,
                 close: Option<usize>,
                 end_tok: usize,
                 double: bool| {
        let first = open + 1;
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
                close(&mut out, tokens, o, None, i, true);
            }
            open_single = None;
            para = tokens[i].para;
        }
        let TokenKind::Quote { dir, double } = tokens[i].kind else {
            continue;
        };
        if double {
            match (open_double, dir) {
                (None, QuoteDir::Close) => {}
                (None, _) => open_double = Some(i),
                (Some(o), QuoteDir::Open) if tokens[i].space_before => {
                    // A new quotation opens before the last one closed.
                    close(&mut out, tokens, o, None, i, true);
                    open_double = Some(i);
                }
                (Some(o), _) => {
                    close(&mut out, tokens, o, Some(i), i, true);
                    open_double = None;
                }
            }
        } else {
            match (open_single, dir) {
                (None, QuoteDir::Open) => open_single = Some(i),
                (Some(o), QuoteDir::Close | QuoteDir::Either) => {
                    close(&mut out, tokens, o, Some(i), i, false);
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
        close(&mut out, tokens, o, None, tokens.len(), true);
    }
    out.sort_by_key(|q| (q.inner.start, q.inner.end));
    out
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
    fn glued_opening_mark_closes() {
        assert_eq!(quotes("“I am sad.“ However"), ["I am sad."]);
    }
}
