//! Property tests (proptest) over generated articles and claims: reading
//! and checking never panic; output is deterministic; every span of the
//! index lies on character boundaries and holds the text it claims to; and
//! a verdict does not change when white space or the style of quotation
//! marks and apostrophes changes.

use claimcheck::claims::{self, Format};
use claimcheck::report::{self, FailOn};
use claimcheck::verdict::Options;
use claimcheck::{Article, check};
use proptest::prelude::*;
use serde_json::Value;

/// Pieces of news-like text, with the marks and scripts that stress a
/// tokenizer: quotation marks of every style, brackets, dashes, numbers,
/// abbreviations, emoji, combining accents, right-to-left letters.
fn piece() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "Officials",
        "said",
        "the",
        "talks",
        "would",
        "resume",
        "on",
        "Monday",
        "minister",
        "told",
        "Reuters",
        "he",
        "she",
        "they",
        "not",
        "denied",
        "according",
        "to",
        "U.S.",
        "Gen.",
        "Dr.",
        "3,000",
        "12%",
        "$5",
        "million",
        "2015",
        "President",
        "Maria",
        "Okafor",
        "spokeswoman",
        "added",
        "that",
        "Zoë",
        "café",
        "e\u{301}",
        "👩‍👩‍👧",
        "🎉",
        "שלום",
        "مرحبا",
        "東京",
    ]);
    let marks = prop::sample::select(vec![
        " ", " ", " ", " ", ", ", ". ", "? ", "! ", "; ", ": ", "\"", "“", "”", "'", "‘", "’", "(",
        ")", "[", "]", " — ", "-", "\n", "\n\n", "\t", "…", "&", "<b>",
    ]);
    prop_oneof![
        4 => words.prop_map(str::to_string),
        3 => marks.prop_map(str::to_string),
        1 => "\\PC{0,12}",
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..120).prop_map(|p| p.concat())
}

/// A well-formed article: sentences of a speaker, a cue and content.
fn sentence() -> impl Strategy<Value = (String, String, String)> {
    (
        prop::sample::select(vec![
            "Officials",
            "The minister",
            "Maria Okafor",
            "A spokeswoman",
            "Police",
        ]),
        prop::sample::select(vec!["said", "told reporters", "announced", "stated"]),
        prop::sample::select(vec![
            "the talks would resume on Monday",
            "the bridge was closed after the storm",
            "3,000 people had been evacuated",
            "the plan was not approved",
            "the company's profits rose by 12%",
        ]),
    )
        .prop_map(|(s, c, x)| (s.to_string(), c.to_string(), x.to_string()))
}

fn write_sentence((speaker, cue, content): &(String, String, String), quoted: bool) -> String {
    if quoted {
        // "The minister" after a quotation is "the minister"; names keep
        // their capitals.
        let speaker = match speaker.split_once(' ') {
            Some(("The" | "A", rest)) => format!(
                "{} {rest}",
                speaker[..speaker.find(' ').unwrap_or(0)].to_lowercase()
            ),
            _ => speaker.clone(),
        };
        format!(
            "\"{}{},\" {} {}.",
            content[..1].to_uppercase(),
            &content[1..],
            speaker,
            cue
        )
    } else {
        format!("{speaker} {cue} {content}.")
    }
}

fn index_json(text: &str) -> Option<String> {
    let article = Article::parse(text, None).ok()?;
    Some(report::index::json(article.index(), "a.txt"))
}

fn check_json(article: &str, claims_text: &str) -> Option<String> {
    let article = Article::parse(article, None).ok()?;
    let claims = claims::parse(claims_text, Format::Auto).ok()?;
    let outcomes = check(article.index(), &claims, &Options::default());
    let r = report::build(
        article.index(),
        &claims,
        &outcomes,
        FailOn::Contradicted,
        "a.txt",
        "c.jsonl",
    );
    Some(report::json::render(&r))
}

fn claim_line(id: &str, text: &str) -> String {
    serde_json::json!({"id": id, "text": text}).to_string() + "\n"
}

fn verdict_of(article: &str, claim: &str) -> String {
    let out = check_json(article, &claim_line("c", claim)).expect("checks");
    let doc: Value = serde_json::from_str(&out).expect("JSON");
    format!(
        "{} by {}",
        doc["results"][0]["verdict"], doc["results"][0]["rule"]["name"]
    )
}

/// Straight quotation marks and apostrophes turned typographic, or the
/// other way.
fn restyle_quotes(s: &str, curly: bool) -> String {
    if !curly {
        return s.replace(['“', '”'], "\"").replace(['‘', '’'], "'");
    }
    let mut out = String::new();
    let mut open = true;
    for c in s.chars() {
        match c {
            '"' => {
                out.push(if open { '“' } else { '”' });
                open = !open;
            }
            '\'' => out.push('’'),
            c => out.push(c),
        }
    }
    out
}

/// Every single space widened to `gap`; line ends left alone, since a blank
/// line starts a paragraph.
fn respace(s: &str, gap: &str) -> String {
    s.replace(' ', gap)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn reading_any_text_never_panics_and_is_deterministic(t in text()) {
        let a = index_json(&t);
        let b = index_json(&t);
        prop_assert_eq!(a, b);
    }

    // The tokens, sentences and quotations are the library's inner
    // structure: checked with the `internals` feature, which `cargo test`
    // from the workspace root turns on.
    #[cfg(feature = "internals")]
    #[test]
    fn index_spans_lie_on_character_boundaries_and_match_the_text(t in text()) {
        let Ok(article) = Article::parse(&t, None) else { return Ok(()) };
        let index = article.index();
        let doc = index.doc();
        for tok in &doc.tokens {
            prop_assert!(tok.span.start <= tok.span.end && tok.span.end <= doc.text.len());
            prop_assert!(doc.text.is_char_boundary(tok.span.start) && doc.text.is_char_boundary(tok.span.end));
        }
        for s in &doc.sentences {
            prop_assert!(s.tokens.start < s.tokens.end && s.tokens.end <= doc.tokens.len());
            prop_assert_eq!(s.span.start, doc.tokens[s.tokens.start].span.start);
            prop_assert_eq!(s.span.end, doc.tokens[s.tokens.end - 1].span.end);
        }
        for q in &doc.quotes {
            prop_assert!(doc.text.is_char_boundary(q.inner.start) && doc.text.is_char_boundary(q.inner.end));
            prop_assert_eq!(q.inner.start, doc.tokens[q.tokens.start].span.start);
        }
        for st in index.statements() {
            prop_assert!(st.sentence < doc.sentences.len());
            let sent = &doc.sentences[st.sentence].tokens;
            for r in st.content() {
                prop_assert!(r.start <= r.end && r.end <= doc.tokens.len(), "content {:?} of {:?}", r, sent);
            }
            for &q in st.quotes() {
                prop_assert!(q < doc.quotes.len());
            }
        }
        // The JSON index: each statement's text is the article's text at its
        // span, and its line and column (in characters) are the span's start.
        let json: Value = serde_json::from_str(&report::index::json(index, "a.txt")).expect("JSON");
        let text = &doc.text;
        for st in json["statements"].as_array().expect("statements") {
            let a = st["span"][0].as_u64().expect("start") as usize;
            let b = st["span"][1].as_u64().expect("end") as usize;
            prop_assert!(text.is_char_boundary(a) && text.is_char_boundary(b));
            prop_assert_eq!(st["text"].as_str(), Some(&text[a..b]));
            let line_start = text[..a].rfind('\n').map_or(0, |i| i + 1);
            prop_assert_eq!(st["line"].as_u64(), Some(text[..a].matches('\n').count() as u64 + 1));
            prop_assert_eq!(st["column"].as_u64(), Some(text[line_start..a].chars().count() as u64 + 1));
            for q in st["quotes"].as_array().expect("quotes") {
                prop_assert!(text[a..b].contains(q.as_str().expect("quote")) || text.contains(q.as_str().expect("quote")));
            }
        }
    }

    #[test]
    fn checking_any_claim_never_panics_and_is_deterministic(article in text(), claim in text()) {
        let claims_text = claim_line("c", &claim);
        let a = check_json(&article, &claims_text);
        let b = check_json(&article, &claims_text);
        prop_assert_eq!(a, b);
    }

    #[test]
    fn any_claims_file_is_read_without_panicking(input in "\\PC{0,200}", jsonish in prop::collection::vec(prop::sample::select(vec!["{", "}", "[", "]", "\"id\"", "\"text\"", "\"expect\"", ":", ",", "\"x\"", "1", "null", "\n", "\"claims\"", "\"article\""]), 0..40)) {
        let _ = claims::parse(&input, Format::Auto);
        let _ = claims::parse(&jsonish.concat(), Format::Auto);
        let _ = claims::parse(&jsonish.concat(), Format::JsonLines);
    }

    #[test]
    fn verdicts_do_not_depend_on_white_space_or_quotation_mark_style(
        sentences in prop::collection::vec((sentence(), any::<bool>()), 1..6),
        pick in any::<prop::sample::Index>(),
        claim_quoted in any::<bool>(),
        gap in prop::sample::select(vec!["  ", "\t", " \u{a0}", "   "]),
    ) {
        let article: String = sentences
            .iter()
            .map(|(s, q)| write_sentence(s, *q))
            .collect::<Vec<_>>()
            .join(" ");
        let (s, _) = &sentences[pick.index(sentences.len())];
        let claim = write_sentence(s, claim_quoted);
        let base = verdict_of(&article, &claim);
        // A sentence of the article, taken as a claim, is supported.
        prop_assert!(base.starts_with("\"supported\""), "{} for {:?} in {:?}", base, claim, article);
        for curly in [true, false] {
            let a = restyle_quotes(&article, curly);
            let c = restyle_quotes(&claim, curly);
            prop_assert_eq!(&verdict_of(&a, &c), &base, "quotes restyled: {} / {}", a, c);
        }
        prop_assert_eq!(&verdict_of(&respace(&article, gap), &respace(&claim, gap)), &base, "respaced with {:?}", gap);
    }
}
