#![no_main]

use claimcheck::claims::{self, Format};
use claimcheck::report::{self, FailOn};
use claimcheck::verdict::Options;
use claimcheck::Article;
use libfuzzer_sys::fuzz_target;

/// Splits at the first 0xFF byte or the first "\n---\n", whichever comes
/// first: article bytes, claims bytes.
fn split(data: &[u8]) -> Option<(&[u8], &[u8])> {
    let ff = data.iter().position(|&b| b == 0xFF).map(|i| (i, 1));
    let sep = data
        .windows(5)
        .position(|w| w == b"\n---\n")
        .map(|i| (i, 5));
    let (at, len) = match (ff, sep) {
        (Some(a), Some(b)) => {
            if a.0 <= b.0 {
                a
            } else {
                b
            }
        }
        (Some(a), None) => a,
        (None, Some(b)) => b,
        (None, None) => return None,
    };
    Some((&data[..at], &data[at + len..]))
}

fuzz_target!(|data: &[u8]| {
    let Some((article, claims_text)) = split(data) else {
        return;
    };
    let (Ok(article), Ok(claims_text)) =
        (std::str::from_utf8(article), std::str::from_utf8(claims_text))
    else {
        return;
    };
    let Ok(article) = Article::parse(article, None) else {
        return;
    };
    let Ok(claims) = claims::parse(claims_text, Format::Auto) else {
        return;
    };
    let index = article.index();
    let outcomes = claimcheck::check(index, &claims, &Options::default());
    let report = report::build(
        index,
        &claims,
        &outcomes,
        FailOn::Contradicted,
        "article.txt",
        "claims.jsonl",
    );
    std::hint::black_box(report::json::render(&report));
    std::hint::black_box(report::text::render(
        &report,
        report::text::Style { color: false },
    ));
    std::hint::black_box(report::html::render(&report));
    std::hint::black_box(report::markdown::render(&report));
    std::hint::black_box(report::sarif::render(&report));
    std::hint::black_box(report::junit::render(&report));
    std::hint::black_box(report::github::render(&report));
});
