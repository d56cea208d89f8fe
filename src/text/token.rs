//! The tokenizer: one pass over the text that yields words, numbers,
//! punctuation, quotation marks and possessive markers, each with its byte
//! span and a normalised lowercase form.
//!
//! Typographic variants are folded in `norm` (curly apostrophes become `'`,
//! dashes become `-`), while `span` always points into the original text.

use super::Span;
use foldhash::HashSet;
use std::sync::Arc;

/// Which way a quotation mark faces, as far as the character itself tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteDir {
    Open,
    Close,
    /// A straight `"` or `'`: its direction is decided by pairing.
    Either,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with internal hyphens, apostrophes or dots
    /// (`long-term`, `O'Brien`, `U.S.`).
    Word,
    /// Starts with a digit: `47`, `57,318`, `2.5`, `64%`, `16:42`, `12th`.
    Number,
    /// Any other single mark, or `...` and dashes.
    Punct,
    /// A quotation mark; `double` tells `"` from `'`.
    Quote { dir: QuoteDir, double: bool },
    /// The possessive `'s` or the bare `'` of a plural possessive.
    Possessive,
}

/// A token's normalised form. Tokens spelled alike share one string, so a
/// long article holds each word once rather than once a token.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Norm(Arc<str>);

impl Norm {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The address of the shared string: equal for two `Norm`s that are
    /// one string, while either is alive.
    pub fn address(&self) -> usize {
        Arc::as_ptr(&self.0).cast::<u8>() as usize
    }
}

impl std::ops::Deref for Norm {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::borrow::Borrow<str> for Norm {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Norm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&*self.0, f)
    }
}

impl serde::Serialize for Norm {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl std::fmt::Display for Norm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for Norm {
    fn from(s: &str) -> Norm {
        Norm(s.into())
    }
}

impl PartialEq<str> for Norm {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for Norm {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<String> for Norm {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<Norm> for str {
    fn eq(&self, other: &Norm) -> bool {
        *self == *other.0
    }
}

impl PartialEq<Norm> for &str {
    fn eq(&self, other: &Norm) -> bool {
        **self == *other.0
    }
}

impl PartialEq<Norm> for String {
    fn eq(&self, other: &Norm) -> bool {
        **self == *other.0
    }
}

/// One string for each distinct normalised form (see [`Norm`]).
#[derive(Default)]
struct Norms(HashSet<Norm>);

impl Norms {
    fn get(&mut self, s: &str) -> Norm {
        if let Some(n) = self.0.get(s) {
            return n.clone();
        }
        let n = Norm::from(s);
        self.0.insert(n.clone());
        n
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
    /// Lowercase form with typographic marks folded.
    pub norm: Norm,
    /// Whether the token starts with an uppercase letter.
    pub cap: bool,
    /// Paragraph (line) number, counting from 0.
    pub para: u32,
    /// Whether white space precedes the token.
    pub space_before: bool,
}

impl Token {
    pub fn is_word(&self) -> bool {
        matches!(self.kind, TokenKind::Word)
    }

    pub fn is_punct(&self, s: &str) -> bool {
        matches!(self.kind, TokenKind::Punct) && self.norm == s
    }

    pub fn is_quote(&self) -> bool {
        matches!(self.kind, TokenKind::Quote { .. })
    }

    pub fn is_possessive(&self) -> bool {
        matches!(self.kind, TokenKind::Possessive)
    }

    /// True for a word or number, the tokens that carry content.
    pub fn is_wordlike(&self) -> bool {
        matches!(self.kind, TokenKind::Word | TokenKind::Number)
    }
}

/// Short words that take a following period as part of the word.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "capt", "sgt", "maj", "adm", "cmdr",
    "sen", "rep", "gov", "pres", "amb", "st", "jr", "sr", "rev", "hon", "inc", "ltd", "co", "corp",
    "bros", "vs", "etc", "approx", "dept", "est", "fig", "mt", "ft", "jan", "feb", "apr", "aug",
    "sep", "sept", "oct", "nov", "dec", "no",
];

/// Letters an editor put in square brackets inside a word, as quotations
/// adapted to a sentence have them ("[e]xtremely", "[I]t",
/// "con[c]essions"): from `[` at `k`, one to three letters and `]`; the
/// index after the `]`.
fn editorial_letters(chars: &[(usize, char)], k: usize) -> Option<usize> {
    if chars.get(k)?.1 != '[' {
        return None;
    }
    let letters = chars[k + 1..]
        .iter()
        .take_while(|(_, c)| c.is_alphabetic())
        .count();
    let close = k + 1 + letters;
    ((1..=3).contains(&letters) && chars.get(close)?.1 == ']').then_some(close + 1)
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{2032}')
}

fn is_double_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}'
    )
}

fn is_dash(c: char) -> bool {
    matches!(c, '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}')
}

/// Splits `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let at = |k: usize| -> Option<char> { chars.get(k).map(|&(_, c)| c) };
    let byte_at = |k: usize| -> usize { chars.get(k).map_or(text.len(), |&(b, _)| b) };

    let mut tokens: Vec<Token> = Vec::with_capacity(text.len() / 5 + 1);
    let mut para: u32 = 0;
    let mut space_before = true;
    let mut i = 0;

    let mut norms = Norms::default();
    let mut push = |tokens: &mut Vec<Token>,
                    start: usize,
                    end: usize,
                    kind: TokenKind,
                    norm: String,
                    para: u32,
                    space: &mut bool| {
        let cap = text[start..end]
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase());
        tokens.push(Token {
            span: Span::new(start, end),
            kind,
            norm: norms.get(&norm),
            cap,
            para,
            space_before: *space,
        });
        *space = false;
    };

    while i < n {
        let (b, c) = chars[i];
        if c == '\n' {
            para += 1;
            space_before = true;
            i += 1;
            continue;
        }
        if c.is_whitespace() || c == '\u{FEFF}' {
            space_before = true;
            i += 1;
            continue;
        }

        let opens_word = editorial_letters(&chars, i).filter(|&m| at(m).is_some_and(char::is_alphabetic));
        // A decimal written without its zero: ".0605 square km".
        let leading_point = c == '.'
            && at(i + 1).is_some_and(|d| d.is_ascii_digit())
            && (i == 0 || chars[i - 1].1.is_whitespace() || chars[i - 1].1 == '(');
        if c.is_alphanumeric() || opens_word.is_some() || leading_point {
            let start_i = i;
            let starts_digit = c.is_ascii_digit() || leading_point;
            let mut j = opens_word.unwrap_or(i + 1);
            // Dotted abbreviations such as U.S., D.C., a.m.
            if c.is_alphabetic()
                && at(j) == Some('.')
                && at(j + 1).is_some_and(|c| c.is_alphabetic())
                && at(j + 2) == Some('.')
            {
                while at(j) == Some('.') && at(j + 1).is_some_and(|c| c.is_alphabetic()) {
                    j += 2;
                }
                if at(j) == Some('.') {
                    j += 1;
                }
                let (s, e) = (b, byte_at(j));
                let norm = text[s..e].to_lowercase();
                push(
                    &mut tokens,
                    s,
                    e,
                    TokenKind::Word,
                    norm,
                    para,
                    &mut space_before,
                );
                i = j;
                continue;
            }
            let mut pieces_after: Option<(usize, &'static str)> = None;
            while j < n {
                let cj = chars[j].1;
                if cj.is_alphanumeric() || is_combining(cj) {
                    j += 1;
                    continue;
                }
                let prev = chars[j - 1].1;
                // An editor's letters inside a word: "con[c]essions".
                if prev.is_alphabetic()
                    && let Some(m) = editorial_letters(&chars, j)
                {
                    j = m;
                    continue;
                }
                let next = at(j + 1);
                if (cj == '-' || cj == '\u{2010}' || cj == '\u{2011}')
                    && prev.is_alphanumeric()
                    && next.is_some_and(|c| c.is_alphanumeric())
                {
                    j += 1;
                    continue;
                }
                if (cj == '.' || cj == ',')
                    && prev.is_ascii_digit()
                    && next.is_some_and(|c| c.is_ascii_digit())
                    && starts_digit
                {
                    j += 1;
                    continue;
                }
                // A domain name: "Quillpost.com", "news.bbc.co.uk".
                if cj == '.' && prev.is_ascii_lowercase() && lowercase_labels(&chars, j + 1) >= 2 {
                    // Skip the whole dotted name at once.
                    j += 1;
                    loop {
                        while j < n && chars[j].1.is_ascii_lowercase() {
                            j += 1;
                        }
                        if j + 1 < n && chars[j].1 == '.' && chars[j + 1].1.is_ascii_lowercase() {
                            j += 1;
                        } else {
                            break;
                        }
                    }
                    break;
                }
                if cj == '.' && prev.is_alphanumeric() && domain_follows(&chars, j + 1) {
                    j += 1;
                    continue;
                }
                if cj == ':'
                    && starts_digit
                    && prev.is_ascii_digit()
                    && next.is_some_and(|c| c.is_ascii_digit())
                    && at(j + 2).is_some_and(|c| c.is_ascii_digit())
                {
                    j += 1;
                    continue;
                }
                if is_apostrophe(cj)
                    && prev.is_alphabetic()
                    && next.is_some_and(char::is_alphabetic)
                {
                    // Look at the letters after the apostrophe.
                    let mut k = j + 1;
                    while k < n && chars[k].1.is_alphabetic() {
                        k += 1;
                    }
                    let tail: String = chars[j + 1..k]
                        .iter()
                        .map(|&(_, c)| c.to_ascii_lowercase())
                        .collect();
                    match tail.as_str() {
                        "s" => {
                            pieces_after = Some((k, "'s"));
                            break;
                        }
                        "t" if prev == 'n' || prev == 'N' => {
                            // can't, don't, won't: split before the n.
                            pieces_after = Some((k, "n't"));
                            j -= 1;
                            break;
                        }
                        "re" | "ve" | "ll" | "d" | "m" => {
                            pieces_after = Some((
                                k,
                                match tail.as_str() {
                                    "re" => "'re",
                                    "ve" => "'ve",
                                    "ll" => "'ll",
                                    "d" => "'d",
                                    _ => "'m",
                                },
                            ));
                            break;
                        }
                        _ => {
                            j = k;
                            continue;
                        }
                    }
                }
                break;
            }
            // Percent sign glued to a number.
            if starts_digit && at(j) == Some('%') {
                j += 1;
            }
            let (s, mut e) = (b, byte_at(j));
            let mut word_end_i = j;
            let word = &text[s..e];
            // ASCII (most words) has no typographic apostrophes to fold.
            let mut norm: String = if word.is_ascii() {
                word.to_ascii_lowercase()
            } else {
                word.chars()
                    .map(|c| if is_apostrophe(c) { '\'' } else { c })
                    .flat_map(char::to_lowercase)
                    .collect()
            };
            if leading_point {
                norm.insert(0, '0');
            }
            // An editor's brackets are not part of the word: "[e]xtremely"
            // is "extremely".
            if word.contains('[') {
                norm.retain(|c| c != '[' && c != ']');
            }
            // A known abbreviation keeps its period: Mr. Gen. St.
            if pieces_after.is_none()
                && at(j) == Some('.')
                && ABBREVIATIONS.contains(&norm.as_str())
                && (norm != "no" || next_is_digit(&chars, j + 1))
            {
                e = byte_at(j + 1);
                norm.push('.');
                word_end_i = j + 1;
            }
            let kind = if starts_digit {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            let _ = start_i;
            push(&mut tokens, s, e, kind, norm, para, &mut space_before);
            i = word_end_i;
            if let Some((k, piece)) = pieces_after {
                let (ps, pe) = (byte_at(word_end_i), byte_at(k));
                let kind = if piece == "'s" {
                    TokenKind::Possessive
                } else {
                    TokenKind::Word
                };
                push(
                    &mut tokens,
                    ps,
                    pe,
                    kind,
                    piece.to_string(),
                    para,
                    &mut space_before,
                );
                i = k;
            }
            continue;
        }

        if is_double_quote(c) {
            let dir = match c {
                '\u{201C}' | '\u{201E}' | '\u{00AB}' => QuoteDir::Open,
                '\u{201D}' | '\u{00BB}' => QuoteDir::Close,
                _ => QuoteDir::Either,
            };
            let e = byte_at(i + 1);
            push(
                &mut tokens,
                b,
                e,
                TokenKind::Quote { dir, double: true },
                "\"".into(),
                para,
                &mut space_before,
            );
            i += 1;
            continue;
        }

        // Two straight apostrophes (or backquotes) stand for a double
        // quotation mark in some newsroom styles: ''Yes,'' she said.
        if (c == '\'' && at(i + 1) == Some('\'')) || (c == '`' && at(i + 1) == Some('`')) {
            let prev = if i > 0 { Some(chars[i - 1].1) } else { None };
            let opens = c == '`'
                || prev.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '—' | '-'));
            let dir = if opens {
                QuoteDir::Open
            } else {
                QuoteDir::Close
            };
            push(
                &mut tokens,
                b,
                byte_at(i + 2),
                TokenKind::Quote { dir, double: true },
                "\"".into(),
                para,
                &mut space_before,
            );
            i += 2;
            continue;
        }
        if is_apostrophe(c) {
            let prev = if i > 0 { Some(chars[i - 1].1) } else { None };
            let next = at(i + 1);
            let prev_word = prev.is_some_and(|p| p.is_alphanumeric() || p == '.' || p == ',');
            let next_word = next.is_some_and(|p| p.is_alphanumeric());
            let dir = if c == '\u{2018}' || (!prev_word && next_word) {
                QuoteDir::Open
            } else if prev_word {
                QuoteDir::Close
            } else {
                QuoteDir::Either
            };
            let e = byte_at(i + 1);
            push(
                &mut tokens,
                b,
                e,
                TokenKind::Quote { dir, double: false },
                "'".into(),
                para,
                &mut space_before,
            );
            i += 1;
            continue;
        }

        // Ellipsis and dashes.
        if c == '.' && at(i + 1) == Some('.') && at(i + 2) == Some('.') {
            let mut j = i + 3;
            while at(j) == Some('.') {
                j += 1;
            }
            push(
                &mut tokens,
                b,
                byte_at(j),
                TokenKind::Punct,
                "...".into(),
                para,
                &mut space_before,
            );
            i = j;
            continue;
        }
        if c == '\u{2026}' {
            push(
                &mut tokens,
                b,
                byte_at(i + 1),
                TokenKind::Punct,
                "...".into(),
                para,
                &mut space_before,
            );
            i += 1;
            continue;
        }
        if is_dash(c) || (c == '-' && at(i + 1) == Some('-')) {
            let mut j = i + 1;
            while at(j) == Some('-') {
                j += 1;
            }
            push(
                &mut tokens,
                b,
                byte_at(j),
                TokenKind::Punct,
                "--".into(),
                para,
                &mut space_before,
            );
            i = j;
            continue;
        }
        if is_combining(c) {
            // A stray combining mark: attach to nothing, skip.
            i += 1;
            continue;
        }
        let e = byte_at(i + 1);
        let norm = if c == '-' {
            "--".to_string()
        } else {
            c.to_string()
        };
        push(
            &mut tokens,
            b,
            e,
            TokenKind::Punct,
            norm,
            para,
            &mut space_before,
        );
        i += 1;
    }
    tokens
}

/// Top-level domains that make "name.tld" one word.
const DOMAINS: &[&str] = &[
    "com", "org", "net", "gov", "edu", "co", "io", "info", "tv", "uk", "au", "ca", "de", "fr",
];

/// Whether the letters from `k` are a domain ending ("com", "co.uk") that
/// ends the word.
fn domain_follows(chars: &[(usize, char)], k: usize) -> bool {
    let mut e = k;
    while e < chars.len() && chars[e].1.is_ascii_lowercase() {
        e += 1;
    }
    let word: String = chars[k..e].iter().map(|&(_, c)| c).collect();
    if e == k {
        return false;
    }
    if !DOMAINS.contains(&word.as_str()) {
        // A subdomain: "news.bbc.co.uk".
        return chars.get(e).is_some_and(|&(_, c)| c == '.') && domain_follows(chars, e + 1);
    }
    match chars.get(e).map(|&(_, c)| c) {
        None => true,
        Some('.') => {
            chars.get(e + 1).is_none_or(|&(_, c)| !c.is_alphanumeric())
                || domain_follows(chars, e + 1)
        }
        Some(c) => !c.is_alphanumeric(),
    }
}

/// How many dot-separated lowercase labels start at `k` ("religion.
/// scientology" after "alt." gives 2): a newsgroup or package name such as
/// "alt.religion.scientology" is one word.
fn lowercase_labels(chars: &[(usize, char)], mut k: usize) -> usize {
    let mut n = 0;
    loop {
        let s = k;
        while k < chars.len() && chars[k].1.is_ascii_lowercase() {
            k += 1;
        }
        if k == s {
            return n;
        }
        n += 1;
        if k + 1 < chars.len() && chars[k].1 == '.' && chars[k + 1].1.is_ascii_lowercase() {
            k += 1;
        } else {
            return n;
        }
    }
}

fn next_is_digit(chars: &[(usize, char)], k: usize) -> bool {
    let mut k = k;
    while k < chars.len() && chars[k].1 == ' ' {
        k += 1;
    }
    chars.get(k).is_some_and(|&(_, c)| c.is_ascii_digit())
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F | 0x200D | 0xFE0F)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norms(text: &str) -> Vec<String> {
        tokenize(text)
            .into_iter()
            .map(|t| t.norm.to_string())
            .collect()
    }

    #[test]
    fn a_decimal_without_its_zero_is_one_number() {
        assert_eq!(
            norms("14.95 acres; .0605 square km (.5 mi)"),
            ["14.95", "acres", ";", "0.0605", "square", "km", "(", "0.5", "mi", ")"]
        );
        // A full stop before a number is still a full stop.
        assert_eq!(norms("It ended.5 more"), ["it", "ended", ".", "5", "more"]);
    }

    #[test]
    fn splits_possessives_and_contractions() {
        assert_eq!(norms("Peru’s drought"), ["peru", "'s", "drought"]);
        assert_eq!(norms("don't"), ["do", "n't"]);
        assert_eq!(norms("farmers' union"), ["farmers", "'", "union"]);
    }

    #[test]
    fn keeps_abbreviations_numbers_and_compounds() {
        assert_eq!(
            norms("U.S. troops, D.C., Mr. Smith"),
            ["u.s.", "troops", ",", "d.c.", ",", "mr.", "smith"]
        );
        assert_eq!(
            norms("Quillpost.com and news.bbc.co.uk said. It ended."),
            [
                "quillpost.com",
                "and",
                "news.bbc.co.uk",
                "said",
                ".",
                "it",
                "ended",
                "."
            ]
        );
        assert_eq!(
            norms("the alt.hobbies.beekeeping group. it ended."),
            [
                "the",
                "alt.hobbies.beekeeping",
                "group",
                ".",
                "it",
                "ended",
                "."
            ]
        );
        assert_eq!(
            norms("57,318 votes at 16:42"),
            ["57,318", "votes", "at", "16:42"]
        );
        assert_eq!(
            norms("58% of a two-and-a-half-year-old drought"),
            ["58%", "of", "a", "two-and-a-half-year-old", "drought"]
        );
    }

    #[test]
    fn quote_marks_have_direction() {
        let toks = tokenize("“Yes,” he said 'no'");
        assert_eq!(
            toks[0].kind,
            TokenKind::Quote {
                dir: QuoteDir::Open,
                double: true
            }
        );
        assert_eq!(
            toks[3].kind,
            TokenKind::Quote {
                dir: QuoteDir::Close,
                double: true
            }
        );
        assert_eq!(
            toks[6].kind,
            TokenKind::Quote {
                dir: QuoteDir::Open,
                double: false
            }
        );
    }

    #[test]
    fn spans_slice_the_text() {
        let text = "Émile said: “ça va” — 10 % ✓";
        for t in tokenize(text) {
            assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
            assert!(!t.span.is_empty());
        }
    }

    #[test]
    fn an_editors_letters_in_brackets_stay_in_their_word() {
        assert_eq!(
            norms("[E]xtremely pained, tariff con[c]essions [...] done [by him]."),
            ["extremely", "pained", ",", "tariff", "concessions", "[", "...", "]", "done", "[", "by", "him", "]", "."]
        );
    }

    #[test]
    fn two_apostrophes_are_a_double_quote() {
        let toks = tokenize("''Yes,'' she said.");
        assert_eq!(
            toks[0].kind,
            TokenKind::Quote {
                dir: QuoteDir::Open,
                double: true
            }
        );
        assert_eq!(
            toks[3].kind,
            TokenKind::Quote {
                dir: QuoteDir::Close,
                double: true
            }
        );
    }

    #[test]
    fn paragraphs_count_lines() {
        let toks = tokenize("One.\nTwo.");
        assert_eq!(toks[0].para, 0);
        assert_eq!(toks[2].para, 1);
    }
}
