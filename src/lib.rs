//! claimcheck: index the attributed statements of a news article and check
//! claims against them.
//!
//! The library does no I/O. Its API is what the `claimcheck` command uses:
//!
//! - [`Article::parse`] reads an article's text into an [`index::Index`] of
//!   attributed statements (who said what, when, through which cue);
//! - [`claims::parse`] reads a claims file (JSON or JSON Lines) and
//!   reports a bad line at its line and column;
//! - [`check`] (or [`check_each`], to keep less per claim) gives each claim
//!   a [`verdict::Outcome`]: its [`claims::Verdict`], the rule that decided
//!   it and the evidence;
//! - [`report`] renders outcomes as text, JSON, Markdown, HTML, GitHub
//!   annotations, SARIF, JUnit or ClaimReview, and an index as text or JSON;
//! - [`rules`] lists the rules with their documentation;
//! - [`parse`] shows what the built-in tagger and parser make of a text.
//!
//! ```
//! use claimcheck::{Article, check, claims, verdict::Options};
//! let article = Article::parse("Officials said the talks would resume on Monday.", None).unwrap();
//! let claims = claims::parse(r#"{"id": "a", "text": "The talks will resume on Monday."}"#, claims::Format::Auto).unwrap();
//! let outcomes = check(article.index(), &claims, &Options::default());
//! assert_eq!(outcomes[0].verdict, claims::Verdict::Supported);
//! assert_eq!(outcomes[0].decided_by.name, "statement-entails-claim");
//! ```
//!
//! A report of the same outcomes, as the command prints it:
//!
//! ```
//! use claimcheck::{Article, check, claims, report, verdict::Options};
//! let article = Article::parse("Officials said the talks would resume on Monday.", None).unwrap();
//! let claims = claims::parse(r#"{"id": "a", "text": "The talks will resume on Friday."}"#, claims::Format::Auto).unwrap();
//! let outcomes = check(article.index(), &claims, &Options::default());
//! let built = report::build(
//!     article.index(), &claims, &outcomes, report::FailOn::Contradicted, "story.txt", "claims.json",
//! );
//! let json: serde_json::Value = serde_json::from_str(&report::json::render(&built)).unwrap();
//! assert_eq!(json["results"][0]["verdict"], "contradicted");
//! assert_eq!(json["summary"]["contradicted"], 1);
//! ```

pub mod claims;
pub mod index;
pub mod report;
pub mod rules;
pub mod verdict;

/// Declares the modules the library uses inside. They are private; the
/// `internals` feature, which only the developer tools in `xtask/` turn on
/// (to train the grammar, compile WordNet and measure), makes them public
/// and hidden. Nothing in them is part of the API.
macro_rules! internal {
    ($($name:ident),*) => {$(
        #[cfg(feature = "internals")]
        #[doc(hidden)]
        pub mod $name;
        #[cfg(not(feature = "internals"))]
        mod $name;
    )*};
}

internal!(align, doc, extract, grammar, lexicon, read, text);

pub use read::time::Date;
use std::fmt;

/// The largest article read, in bytes (32 MiB: about five million words),
/// which bounds the time and memory of one run (PERFORMANCE.md has the
/// figures).
pub const MAX_ARTICLE_BYTES: usize = 32 << 20;

/// A problem with an article's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ArticleError {
    /// Nothing but white space.
    Empty,
    /// Not UTF-8: the first bad byte.
    NotUtf8 { offset: usize },
    /// A NUL byte, which text does not hold: the first one.
    Binary { offset: usize },
    /// Longer than [`MAX_ARTICLE_BYTES`].
    TooLarge { bytes: usize },
}

impl fmt::Display for ArticleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ArticleError::Empty => f.write_str("the article is empty"),
            ArticleError::NotUtf8 { offset } => write!(
                f,
                "the article is not UTF-8 text (invalid byte at offset {offset}; --lossy replaces invalid bytes)"
            ),
            ArticleError::Binary { offset } => write!(
                f,
                "the article looks like binary data, not text (NUL byte at offset {offset})"
            ),
            ArticleError::TooLarge { bytes } => write!(
                f,
                "the article is {bytes} bytes long; the limit is {MAX_ARTICLE_BYTES} bytes (32 MiB)"
            ),
        }
    }
}

impl std::error::Error for ArticleError {}

/// A parsed article with its attributed-statement index.
pub struct Article {
    index: index::Index,
}

impl Article {
    /// Reads an article. `published` sets the publication date used to
    /// resolve relative times; without it the dateline, if any, is used.
    pub fn parse(text: &str, published: Option<Date>) -> Result<Article, ArticleError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if text.len() > MAX_ARTICLE_BYTES {
            return Err(ArticleError::TooLarge { bytes: text.len() });
        }
        if let Some(offset) = text.bytes().position(|b| b == 0) {
            return Err(ArticleError::Binary { offset });
        }
        if text.trim().is_empty() {
            return Err(ArticleError::Empty);
        }
        Ok(Article {
            index: index::Index::build(text, published),
        })
    }

    /// Decodes bytes as UTF-8, reporting the first invalid byte (or the
    /// first NUL byte of binary data).
    pub fn decode(bytes: &[u8]) -> Result<&str, ArticleError> {
        // As grep does: a NUL byte near the start means binary data.
        if let Some(offset) = bytes.iter().take(8192).position(|&b| b == 0) {
            return Err(ArticleError::Binary { offset });
        }
        std::str::from_utf8(bytes).map_err(|e| ArticleError::NotUtf8 {
            offset: e.valid_up_to(),
        })
    }

    /// Decodes bytes as UTF-8, replacing each invalid sequence with U+FFFD;
    /// also returns how many were replaced.
    pub fn decode_lossy(bytes: &[u8]) -> (std::borrow::Cow<'_, str>, usize) {
        let mut replaced = 0;
        for chunk in bytes.utf8_chunks() {
            replaced += usize::from(!chunk.invalid().is_empty());
        }
        (String::from_utf8_lossy(bytes), replaced)
    }

    pub fn index(&self) -> &index::Index {
        &self.index
    }
}

/// Judges every claim against the index, in input order: one outcome per
/// claim. A claim with a problem (see [`claims::Claim::problem`]) is not
/// read; its outcome is `unverified` by `claim-unreadable`.
///
/// With `options.threads` above one, batches of claims are judged on that
/// many threads; the outcomes are the same, in the same order.
pub fn check(
    index: &index::Index,
    claims: &[claims::Claim],
    options: &verdict::Options,
) -> Vec<verdict::Outcome> {
    check_each(index, claims, options, |_, outcome| outcome)
}

/// Like [`check`], handing each claim's outcome to `keep` as soon as it is
/// judged and keeping only what `keep` returns: a report entry rather than
/// the whole outcome (the claim's reading and every candidate's alignment),
/// so that many claims need little memory.
pub fn check_each<T: Send>(
    index: &index::Index,
    claims: &[claims::Claim],
    options: &verdict::Options,
    keep: impl Fn(&claims::Claim, verdict::Outcome) -> T + Sync,
) -> Vec<T> {
    let judge = |c: &claims::Claim| {
        let outcome = match c.problem {
            Some(_) => verdict::Outcome::unreadable(index),
            None => judge_isolated(&c.text, index, options),
        };
        // Turning the outcome into what is kept (a report entry) may fail
        // too: then the claim is kept as failed.
        let kept = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| keep(c, outcome)));
        kept.unwrap_or_else(|payload| {
            keep(
                c,
                verdict::Outcome::internal_error(index, panic_message(payload.as_ref())),
            )
        })
    };
    let batches = claims.len().div_ceil(CLAIMS_PER_BATCH);
    let threads = options.threads.clamp(1, batches.max(1));
    if threads == 1 {
        return claims.iter().map(judge).collect();
    }
    // Threads take the next batch as they finish one, so that a batch of
    // slow claims does not hold the others up.
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut done: Vec<(usize, Vec<T>)> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let b = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let start = b * CLAIMS_PER_BATCH;
                        if start >= claims.len() {
                            return mine;
                        }
                        let batch = &claims[start..claims.len().min(start + CLAIMS_PER_BATCH)];
                        mine.push((b, batch.iter().map(judge).collect()));
                    }
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    done.sort_by_key(|(b, _)| *b);
    done.into_iter()
        .flat_map(|(_, outcomes)| outcomes)
        .collect()
}

/// How many claims a thread takes at a time (see [`check`]).
const CLAIMS_PER_BATCH: usize = 32;

/// Judges one claim so that a panic inside (a bug) becomes this claim's
/// outcome, `unverified` by `internal-error`, instead of ending the run and
/// losing every other claim, as ripgrep does for one bad file among many.
fn judge_isolated(
    text: &str,
    index: &index::Index,
    options: &verdict::Options,
) -> verdict::Outcome {
    let judged = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let marker = options.test_panic.as_deref();
        if marker.is_some_and(|m| !m.is_empty() && text.contains(m)) {
            panic!("deliberate failure for a test of the failure path");
        }
        verdict::judge(text, index, options)
    }));
    judged.unwrap_or_else(|payload| {
        verdict::Outcome::internal_error(index, panic_message(payload.as_ref()))
    })
}

/// The message a panic was raised with.
fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic without a message".to_string())
}

/// A text as the built-in tokenizer, tagger and dependency parser read it
/// (trained on UD English-EWT): what `claimcheck parse` prints, through
/// [`report::parse::conllu`] or [`report::parse::json`].
///
/// ```
/// let parse = claimcheck::parse("The council approved the budget.").unwrap();
/// assert_eq!(parse.sentences(), 1);
/// let conllu = claimcheck::report::parse::conllu(&parse);
/// assert!(conllu.contains("\tcouncil\tcouncil\tNOUN\t"));
/// ```
pub struct Parse<'t> {
    text: &'t str,
    sentences: Vec<grammar::words::Parsed<'static>>,
}

impl Parse<'_> {
    /// How many sentences the text was split into.
    pub fn sentences(&self) -> usize {
        self.sentences.len()
    }
}

/// Reads `text` with the grammar models built into the library; `None` only
/// if those models did not load (a broken build).
pub fn parse(text: &str) -> Option<Parse<'_>> {
    let g = grammar::grammar()?;
    Some(Parse {
        text,
        sentences: grammar::words::analyse_text(g, text),
    })
}

/// Parses a date written `YYYY-MM-DD`.
pub fn parse_date(s: &str) -> Option<Date> {
    let mut parts = s.trim().split('-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month: u8 = parts.next()?.parse().ok()?;
    let day: u8 = parts.next()?.parse().ok()?;
    if parts.next().is_some() || !Date::valid(year, month, day) {
        return None;
    }
    Some(Date { year, month, day })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claims_judged_on_threads_come_back_in_order_with_the_same_verdicts() {
        let article = Article::parse(
            "Officials said the talks would resume on Monday. The minister denied \
             that troops had crossed the border. Three people were hurt, police said.",
            None,
        )
        .unwrap();
        let texts = [
            "Officials said the talks would resume on Monday.",
            "Officials said the talks would resume on Friday.",
            "The minister confirmed that troops had crossed the border.",
            "Police said three people were hurt.",
            "Police said four people were hurt.",
        ];
        let jsonl: String = (0..200)
            .map(|i| {
                format!(
                    "{{\"id\": \"c{i}\", \"text\": \"{}\"}}\n",
                    texts[i % texts.len()]
                )
            })
            .collect();
        let claims = claims::parse(&jsonl, claims::Format::JsonLines).unwrap();
        let one = check(article.index(), &claims, &verdict::Options::default());
        for threads in [2, 3, 7] {
            let options = verdict::Options {
                threads,
                ..verdict::Options::default()
            };
            let kept = check_each(article.index(), &claims, &options, |c, o| {
                (c.id.clone(), o.verdict)
            });
            assert_eq!(kept.len(), claims.len());
            for ((c, o), (id, v)) in claims.iter().zip(&one).zip(&kept) {
                assert_eq!((&c.id, o.verdict), (id, *v), "{threads} threads");
            }
        }
        // The five claims do not all get one verdict: the test can fail.
        let verdicts: std::collections::BTreeSet<_> =
            one.iter().map(|o| format!("{:?}", o.verdict)).collect();
        assert!(verdicts.len() > 1, "{verdicts:?}");
    }
}
