//! Text machinery shared by articles and claims: byte spans, line/column
//! lookup, tokens, quotation spans and sentences.
//!
//! Everything here works on byte offsets into the original text; line and
//! column (counted in characters, 1-based) are only computed for display.

mod quotes;
mod sentence;
mod token;

pub use quotes::{QuoteSpan, find_quotes};
pub use sentence::{Sentence, split_sentences};
pub use token::{Norm, QuoteDir, Token, TokenKind, tokenize};

use serde::Serialize;

/// A half-open byte range `start..end` into a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// Maps byte offsets to 1-based line and character column.
#[derive(Clone, Debug)]
pub struct LineIndex {
    line_starts: Vec<usize>,
    /// Characters before every `CHAR_STEP`-th byte, so that a column on a
    /// long line costs at most one step of counting.
    chars_at: Vec<usize>,
}

const CHAR_STEP: usize = 4096;

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut line_starts = vec![0];
        let mut chars_at = Vec::with_capacity(text.len() / CHAR_STEP + 1);
        let mut chars = 0;
        for (i, b) in text.bytes().enumerate() {
            if i % CHAR_STEP == 0 {
                chars_at.push(chars);
            }
            if b == b'\n' {
                line_starts.push(i + 1);
            }
            chars += usize::from(!is_continuation(b));
        }
        LineIndex {
            line_starts,
            chars_at,
        }
    }

    /// Characters that start before byte `offset`.
    fn chars_before(&self, text: &str, offset: usize) -> usize {
        let step = offset / CHAR_STEP;
        let Some(&base) = self.chars_at.get(step) else {
            return 0;
        };
        let from = step * CHAR_STEP;
        base + count_chars(&text.as_bytes()[from..offset])
    }

    /// Line and column (both 1-based; the column counts characters) of a
    /// byte offset. Offsets inside a multi-byte character count as that
    /// character.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.line_starts[line];
        let mut end = offset;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        // A short line is counted from its start; a long one from the
        // checkpoints, so that neither costs more than a step of counting.
        let chars = if end - start <= CHAR_STEP {
            count_chars(&text.as_bytes()[start..end])
        } else {
            self.chars_before(text, end) - self.chars_before(text, start)
        };
        (line + 1, chars + 1)
    }
}

/// Characters that start in `bytes`.
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| !is_continuation(b)).count()
}

/// A UTF-8 byte that continues a character rather than starting one.
fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// Replaces typographic quotation marks, apostrophes and dashes with their
/// ASCII forms and folds case and white space, so that two renderings of the
/// same words compare equal.
pub fn normalize_for_compare(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut last_space = true;
    for c in s.chars() {
        let c = match c {
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}' => '"',
            '\u{2013}' | '\u{2014}' | '\u{2212}' => '-',
            c if c.is_whitespace() => ' ',
            c => c,
        };
        if c == ' ' {
            if !last_space {
                out.push(' ');
            }
            last_space = true;
        } else {
            out.extend(c.to_lowercase());
            last_space = false;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters() {
        let text = "ab\nçd e";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(text, 0), (1, 1));
        assert_eq!(idx.line_col(text, 3), (2, 1));
        // 'd' follows a two-byte character: byte 5, column 2.
        assert_eq!(idx.line_col(text, 5), (2, 2));
    }

    #[test]
    fn columns_on_a_long_line_count_characters_across_steps() {
        // Emoji (4 bytes), a combining accent (2 bytes) and Hebrew (2 bytes
        // a letter) on one line far longer than a counting step.
        let unit = "a😀e\u{301} שלום ";
        let text = format!("first\n{}", unit.repeat(2000));
        let idx = LineIndex::new(&text);
        for (k, (offset, _)) in text.char_indices().enumerate().step_by(997) {
            let expected = if k < 6 { (1, k + 1) } else { (2, k - 6 + 1) };
            assert_eq!(idx.line_col(&text, offset), expected, "offset {offset}");
        }
        // An offset inside a character counts as that character.
        let emoji = text.find('😀').unwrap();
        assert_eq!(idx.line_col(&text, emoji + 2), idx.line_col(&text, emoji));
    }

    #[test]
    fn normalizes_typography() {
        assert_eq!(
            normalize_for_compare("“The  Harbor’s\tcrew”"),
            "\"the harbor's crew\""
        );
    }
}
