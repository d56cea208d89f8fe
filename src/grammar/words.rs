//! From claimcheck's tokens to the treebank's words.
//!
//! The tokenizer keeps a contraction, a hyphenated compound and a
//! percentage whole, because matching wants them whole; Universal
//! Dependencies splits them. Each token becomes one or more words, each
//! with its span in the text and the token it came from:
//! - `don't` → `do` `n't`, `can't` → `ca` `n't`, `cannot` → `can` `not`;
//! - `we're`, `I'm`, `she'll`, `they've`, `he'd`, `it's` → the word and
//!   its clitic;
//! - `long-term` → `long` `-` `term`;
//! - `58%` → `58` `%`.

use super::{Analysis, Grammar};
use crate::text::{self, Span, Token, TokenKind};

/// A word cut from a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Piece {
    pub span: Span,
    /// The token it is cut from.
    pub token: usize,
    /// Whether the word is a clitic written onto the one before, the two
    /// making one written word (CoNLL-U's multiword token): the `n't` of
    /// `don't`, the `'s` of `Bush's`, but not the `term` of `long-term`.
    pub clitic: bool,
}

const CLITICS: &[&str] = &["'s", "'re", "'ve", "'ll", "'d", "'m"];

/// Units written onto a number, which UD cuts off: `10am` → `10` `am`,
/// `50ft`, `$10m` (but not the ordinal `39th` or the decade `1990s`).
const UNITS: &[&str] = &[
    "am", "pm", "k", "m", "b", "bn", "mm", "cm", "km", "kg", "g", "lb", "lbs", "ft", "mph", "hr",
    "hrs", "h", "hh", "gb", "mb", "kb", "min", "mins",
];

/// Where a number written with a unit ends.
fn unit_at(t: &str) -> Option<usize> {
    let end = t.find(|c: char| c.is_alphabetic())?;
    let (number, unit) = t.split_at(end);
    (number.ends_with(|c: char| c.is_ascii_digit())
        && UNITS.contains(&unit.to_ascii_lowercase().as_str()))
    .then_some(end)
}

/// Prefixes that do not stand alone: UD keeps a word made with one whole
/// ("e-mail", "non-profit", "anti-war", "mid-March"), though it splits
/// other hyphenated words ("long - term"). "self" stands alone and is cut.
const BOUND_PREFIXES: &[&str] = &[
    "e", "non", "anti", "pre", "re", "mid", "post", "co", "pro", "multi", "ex", "semi", "sub",
    "neo", "counter", "vice", "cross", "socio", "psycho", "intra",
];

/// Contractions written without their apostrophe, and the place UD cuts
/// them ("dont" → "do" "nt", "gonna" → "gon" "na"). "wont" and "cant"
/// are cut too: as words ("a wont", "cant") they are rare enough that the
/// treebank never has them. "its", "lets", "ill", "well" and "were" are
/// common words and stay whole.
const BARE_CONTRACTIONS: &[(&str, usize)] = &[
    ("im", 1),
    ("ive", 1),
    ("dont", 2),
    ("didnt", 3),
    ("doesnt", 4),
    ("isnt", 2),
    ("wasnt", 3),
    ("werent", 4),
    ("arent", 3),
    ("havent", 4),
    ("hasnt", 3),
    ("hadnt", 3),
    ("couldnt", 5),
    ("wouldnt", 5),
    ("shouldnt", 6),
    ("thats", 4),
    ("whats", 4),
    ("theyre", 4),
    ("youre", 3),
    ("gonna", 3),
    ("gotta", 3),
    ("wanna", 3),
    ("alot", 1),
    ("wont", 2),
    ("cant", 2),
    ("aint", 2),
    ("hes", 2),
    ("theres", 5),
];

/// The byte offsets inside a token's text where a word boundary falls.
fn cuts(t: &str, kind: TokenKind) -> Vec<usize> {
    let folded = super::lex::lower(t);
    // Folding keeps one character per character, so offsets are found by
    // counting characters.
    let byte = |chars: usize| t.char_indices().nth(chars).map_or(t.len(), |(b, _)| b);
    let n = folded.chars().count();
    match kind {
        TokenKind::Number if t.ends_with('%') && t.len() > 1 => return vec![t.len() - 1],
        TokenKind::Number if unit_at(t).is_some() => return unit_at(t).into_iter().collect(),
        TokenKind::Word | TokenKind::Number => {}
        _ => return Vec::new(),
    }
    if folded == "cannot" {
        return vec![3];
    }
    if let Some(&(_, at)) = BARE_CONTRACTIONS.iter().find(|(w, _)| *w == folded) {
        return vec![byte(at)];
    }
    if folded.ends_with("n't") && n > 3 {
        return vec![byte(n - 3)];
    }
    if let Some(c) = CLITICS
        .iter()
        .find(|c| folded.ends_with(*c) && folded.len() > c.len())
    {
        return vec![byte(n - c.chars().count())];
    }
    if is_phone_number(t) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (b, c) in t.char_indices() {
        let bound_prefix = BOUND_PREFIXES.contains(&t[..b].to_ascii_lowercase().as_str());
        if c == '-' && b > 0 && b + 1 < t.len() && !bound_prefix {
            out.push(b);
            out.push(b + 1);
        }
    }
    out
}

/// The first of `words` cut from token `t`.
pub fn first_word_of(words: &[Piece], t: usize) -> Option<usize> {
    let k = words.partition_point(|p| p.token < t);
    words.get(k).filter(|p| p.token == t).map(|_| k)
}

/// The words of tokens `range`.
pub fn pieces(text: &str, tokens: &[Token], range: std::ops::Range<usize>) -> Vec<Piece> {
    let mut out = Vec::new();
    for k in range {
        let Some(tok) = tokens.get(k) else { break };
        let s = tok.span;
        let Some(t) = text.get(s.start..s.end) else {
            continue;
        };
        let mut from = 0;
        for cut in cuts(t, tok.kind).into_iter().chain([t.len()]) {
            if cut > from {
                out.push(Piece {
                    span: Span::new(s.start + from, s.start + cut),
                    token: k,
                    clitic: false,
                });
            }
            from = cut;
        }
    }
    let mut out = merge_glued(text, &out);
    for k in 1..out.len() {
        let (before, p) = (out[k - 1].span, out[k].span);
        let form = super::lex::lower(&text[p.start..p.end]);
        out[k].clitic = before.end == p.start
            && (CLITICS.contains(&form.as_str())
                || form == "n't"
                || form == "'"
                || (form == "not" && text[before.start..before.end].eq_ignore_ascii_case("can")));
    }
    out
}

/// A telephone number or extension, which the treebank keeps whole:
/// digit groups joined by hyphens, the last of four digits (`705-7201`,
/// `3-5290`), unlike a range (`13-17`).
fn is_phone_number(t: &str) -> bool {
    let groups: Vec<&str> = t.split('-').collect();
    groups.len() >= 2
        && groups
            .iter()
            .all(|g| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit()))
        && groups.last().is_some_and(|g| g.len() == 4)
}

/// Marks the treebank writes as one word when they are run together:
/// `!!!`, `?!`, `...`, `***`, `----==`, `$$$`, `>>`.
fn is_mark_run(s: &str) -> bool {
    !s.is_empty()
        && (s.chars().all(|c| "!?.*=+-~#$_^".contains(c))
            || s.chars().all(|c| c == '<')
            || s.chars().all(|c| c == '>'))
}

/// A web address, e-mail address or file name, which the treebank keeps
/// as one word: `http://x.org/a`, `ann@example.com`, `report.pdf`.
fn is_link(s: &str) -> bool {
    const ENDINGS: &[&str] = &[
        ".com", ".org", ".net", ".edu", ".gov", ".pdf", ".doc", ".htm", ".html", ".txt", ".xls",
        ".ppt", ".jpg",
    ];
    let lower = s.to_ascii_lowercase();
    let url_char = |c: char| c.is_ascii_alphanumeric() || "-._~:/?#@!$&*+,;=%".contains(c);
    if !lower.chars().all(url_char)
        || !lower.starts_with(|c: char| c.is_ascii_alphanumeric())
        || !lower.ends_with(|c: char| c.is_ascii_alphanumeric() || c == '/')
    {
        return false;
    }
    let at = lower
        .find('@')
        .is_some_and(|k| k > 0 && k + 1 < lower.len());
    lower.contains("://")
        || lower.starts_with("www.")
        || at
        || ENDINGS
            .iter()
            .any(|e| lower.ends_with(e) && lower.len() > e.len())
}

/// A date or a fraction written with slashes: `08/16/2000`, `9/30/01`.
fn is_slashed_number(s: &str) -> bool {
    s.contains('/')
        && s.split('/')
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

/// A telephone country code (`+44`) or a year cut short (`'05`, `'60s`),
/// which the treebank writes as one word.
fn is_marked_number(s: &str) -> bool {
    let rest = s
        .strip_prefix('+')
        .or_else(|| s.strip_prefix('\''))
        .or_else(|| s.strip_prefix('\u{2019}'));
    rest.is_some_and(|r| {
        r.len() >= 2
            && r.bytes().take(2).all(|b| b.is_ascii_digit())
            && r.bytes().all(|b| b.is_ascii_digit() || b == b's')
    })
}

/// Initials joined by an ampersand, which the treebank writes as one
/// word: `P&L`, `AT&T`, `S&P`.
fn is_ampersand_initials(s: &str) -> bool {
    s.split_once('&').is_some_and(|(a, b)| {
        let caps =
            |x: &str| !x.is_empty() && x.len() <= 3 && x.bytes().all(|c| c.is_ascii_uppercase());
        caps(a) && caps(b)
    })
}

/// Emoticons: `:)`, `:-(`, `;)`, `:D`.
fn is_emoticon(s: &str) -> bool {
    matches!(
        s,
        ":)" | ":-)" | ":(" | ":-(" | ";)" | ";-)" | ":D" | ":-D" | ":P" | ":-P" | ":/"
    )
}

/// Whether white space (or nothing the tokenizer kept) separates two
/// pieces: a character it drops, such as `_` in a web address, does not.
fn spaced(text: &str, a: Span, b: Span) -> bool {
    text.get(a.end..b.start)
        .is_none_or(|gap| gap.chars().any(char::is_whitespace))
}

/// A middle initial, which the treebank writes with its period as one
/// word ("Kevin A. Boone"): a capital letter, its period, then a space
/// and a capitalised word.
fn is_initial(text: &str, pieces: &[Piece], k: usize) -> bool {
    let [a, dot, next] = [k, k + 1, k + 2].map(|i| pieces.get(i).map(|p| p.span));
    let (Some(a), Some(dot), Some(next)) = (a, dot, next) else {
        return false;
    };
    let letter = &text[a.start..a.end];
    letter.len() == 1
        && letter.chars().all(|c| c.is_ascii_uppercase())
        && &text[dot.start..dot.end] == "."
        && dot.start == a.end
        && next.start > dot.end
        && text[next.start..next.end].starts_with(|c: char| c.is_uppercase())
}

/// Joins pieces written without a space between them where the treebank
/// has one word: links, slashed numbers, emoticons and runs of marks.
fn merge_glued(text: &str, pieces: &[Piece]) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::with_capacity(pieces.len());
    let mut i = 0;
    while i < pieces.len() {
        let mut end = i + 1;
        while end < pieces.len() && !spaced(text, pieces[end - 1].span, pieces[end].span) {
            end += 1;
        }
        let mut k = i;
        while k < end {
            let m = (k + 1..=end.min(k + 64))
                .rev()
                .find(|&m| {
                    let s = &text[pieces[k].span.start..pieces[m - 1].span.end];
                    m == k + 1
                        || is_link(s)
                        || is_slashed_number(s)
                        || is_emoticon(s)
                        || is_mark_run(s)
                        || is_marked_number(s)
                        || is_ampersand_initials(s)
                        || (m == k + 2 && is_initial(text, pieces, k))
                })
                .unwrap_or(k + 1);
            let mut p = pieces[k];
            p.span.end = pieces[m - 1].span.end;
            out.push(p);
            k = m;
        }
        i = end;
    }
    out
}

/// Where the grammar starts a sentence inside one of the reader's: after
/// `.`, `?` or `!` (with any closing quotation marks and brackets) and
/// white space, before a lowercase word or a number. Web text and notes
/// often start a sentence in lowercase; the reader's splitter, which wants
/// a capital, keeps such sentences together, and one tree over two
/// sentences gets both wrong. A quotation ending in `?` or `!` keeps the
/// attribution after it (`"Why?" she asked`).
pub fn grammar_sentences(
    tokens: &[Token],
    range: std::ops::Range<usize>,
) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = range.start;
    let mut i = range.start;
    while i < range.end {
        let t = &tokens[i];
        let terminal = t.kind == TokenKind::Punct && matches!(t.norm.as_str(), "." | "?" | "!");
        if !terminal {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < range.end && !tokens[j].space_before && !tokens[j].is_wordlike() {
            j += 1;
        }
        let quoted = tokens[i + 1..j].iter().any(Token::is_quote);
        let next = tokens.get(j).filter(|_| j < range.end);
        let starts = next.is_some_and(|n| {
            n.space_before
                && !n.cap
                && matches!(n.kind, TokenKind::Word | TokenKind::Number)
                && !(quoted && t.norm.as_str() != ".")
        });
        if starts {
            out.push(start..j);
            start = j;
        }
        i = j.max(i + 1);
    }
    if start < range.end {
        out.push(start..range.end);
    }
    out
}

/// One sentence of a text: its span, words and their analysis.
pub struct Parsed<'g> {
    pub span: Span,
    pub words: Vec<Piece>,
    pub analysis: Analysis<'g>,
}

/// Each sentence of a raw text as words with their analysis.
pub fn analyse_text<'g>(g: &Grammar<'g>, text: &str) -> Vec<Parsed<'g>> {
    let tokens = text::tokenize(text);
    text::split_sentences(&tokens)
        .into_iter()
        .flat_map(|s| grammar_sentences(&tokens, s.tokens))
        .map(|range| {
            let span = Span::new(
                tokens[range.start].span.start,
                tokens[range.end - 1].span.end,
            );
            let words = pieces(text, &tokens, range);
            let forms: Vec<&str> = words
                .iter()
                .map(|p| &text[p.span.start..p.span.end])
                .collect();
            let analysis = g.analyse(&forms);
            Parsed {
                span,
                words,
                analysis,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        let tokens = text::tokenize(text);
        pieces(text, &tokens, 0..tokens.len())
            .into_iter()
            .map(|p| &text[p.span.start..p.span.end])
            .collect()
    }

    fn sentences(text: &str) -> Vec<String> {
        let tokens = text::tokenize(text);
        text::split_sentences(&tokens)
            .into_iter()
            .flat_map(|s| grammar_sentences(&tokens, s.tokens))
            .map(|r| text[tokens[r.start].span.start..tokens[r.end - 1].span.end].to_string())
            .collect()
    }

    #[test]
    fn sentences_that_start_in_lowercase_are_parsed_apart() {
        assert_eq!(
            sentences("it was great. we loved it!! thanks"),
            ["it was great.", "we loved it!!", "thanks"]
        );
        assert_eq!(
            sentences("\"Why?\" she asked. He left at 5 p.m. today."),
            ["\"Why?\" she asked.", "He left at 5 p.m. today."]
        );
        assert_eq!(
            sentences("Costs rose 3.5 percent."),
            ["Costs rose 3.5 percent."]
        );
    }

    #[test]
    fn tokens_become_treebank_words() {
        assert_eq!(split("I don't know"), ["I", "do", "n't", "know"]);
        assert_eq!(
            split("We can\u{2019}t, cannot."),
            ["We", "ca", "n\u{2019}t", ",", "can", "not", "."]
        );
        assert_eq!(
            split("It's a long-term plan"),
            ["It", "'s", "a", "long", "-", "term", "plan"]
        );
        assert_eq!(split("Bush's 58% rise"), ["Bush", "'s", "58", "%", "rise"]);
        assert_eq!(split("O'Brien said"), ["O'Brien", "said"]);
        assert_eq!(split("a 15-year term"), ["a", "15", "-", "year", "term"]);
        assert_eq!(
            split("anti-war e-mail, self-made"),
            ["anti-war", "e-mail", ",", "self", "-", "made"]
        );
        assert_eq!(
            split("aged 13-17, call 705-7201"),
            ["aged", "13", "-", "17", ",", "call", "705-7201"]
        );
        assert_eq!(
            split("Great!!! See www.x.com or 08/16/2000 :)"),
            ["Great", "!!!", "See", "www.x.com", "or", "08/16/2000", ":)"]
        );
    }

    #[test]
    fn web_text_and_informal_spellings_are_cut_as_the_treebank_cuts_them() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Kevin A. Boone, plan B.",
                &["Kevin", "A.", "Boone", ",", "plan", "B", "."],
            ),
            (
                "im sure its fine, dont go",
                &["i", "m", "sure", "its", "fine", ",", "do", "nt", "go"],
            ),
            (
                "i wont, theres no way",
                &["i", "wo", "nt", ",", "there", "s", "no", "way"],
            ),
            (
                "see http://x.org/a_b?c=1 now",
                &["see", "http://x.org/a_b?c=1", "now"],
            ),
            (
                "at x.com. Mail <a@b.net> >> ok",
                &["at", "x.com", ".", "Mail", "<", "a@b.net", ">", ">>", "ok"],
            ),
            (
                "\"Ann\"<ann@x.org>",
                &["\"", "Ann", "\"", "<", "ann@x.org", ">"],
            ),
            (
                "at 10am, 50ft or $10m, the 39th in the 1990s",
                &[
                    "at", "10", "am", ",", "50", "ft", "or", "$", "10", "m", ",", "the", "39th",
                    "in", "the", "1990s",
                ],
            ),
            ("call +44 20 in '05", &["call", "+44", "20", "in", "'05"]),
            (
                "AT&T and P&L, R&D&X, Smith&Co",
                &[
                    "AT&T", "and", "P&L", ",", "R&D", "&", "X", ",", "Smith", "&", "Co",
                ],
            ),
        ];
        for (text, words) in cases {
            assert_eq!(&split(text), words, "{text}");
        }
    }
}
