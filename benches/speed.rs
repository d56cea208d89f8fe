//! Speed benchmarks: `cargo bench` (or `cargo bench -- index` for one group).
//! Each runs on one thread unless its name says otherwise.
//!
//! The inputs are built from the articles and claims in `claims/`, so the
//! figures measure real news text: the example article alone, and a corpus
//! of every article in `claims/` repeated to 1 MB, 4 MB and 16 MB. The
//! figures in the README and in `PERFORMANCE.md` come from here.

use claimcheck::Article;
use claimcheck::claims::{self, Claim, Format};
use claimcheck::verdict::Options;
use divan::Bencher;
use divan::counter::{BytesCount, ItemsCount};
use std::path::Path;
use std::sync::LazyLock;

fn main() {
    divan::main();
}

const EXAMPLE: &str = "ukraine-security-guarantees";

fn claims_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/claims"))
}

fn read(name: &str) -> String {
    std::fs::read_to_string(claims_dir().join(name)).expect("a file in claims/")
}

/// Every article in `claims/`, in file-name order, separated by blank lines.
static ARTICLES: LazyLock<String> = LazyLock::new(|| {
    let mut names: Vec<_> = std::fs::read_dir(claims_dir())
        .expect("claims/")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    names
        .iter()
        .map(|n| read(n))
        .collect::<Vec<_>>()
        .join("\n\n")
});

/// The articles repeated until the corpus holds at least `bytes` bytes.
fn corpus(bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + ARTICLES.len());
    while text.len() < bytes {
        text.push_str(&ARTICLES);
        text.push_str("\n\n");
    }
    text
}

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

fn bench_index(bencher: Bencher, text: &str) {
    bencher
        .counter(BytesCount::of_str(text))
        .counter(ItemsCount::new(words(text)))
        .bench(|| Article::parse(divan::black_box(text), None).expect("an article"));
}

mod index {
    use super::*;

    /// The example article (about 1,100 words).
    #[divan::bench]
    fn short(bencher: Bencher) {
        bench_index(bencher, &read(&format!("{EXAMPLE}.txt")));
    }

    #[divan::bench(sample_count = 10, sample_size = 1)]
    fn corpus_1mb(bencher: Bencher) {
        bench_index(bencher, &corpus(1 << 20));
    }

    #[divan::bench(sample_count = 3, sample_size = 1)]
    fn corpus_4mb(bencher: Bencher) {
        bench_index(bencher, &corpus(4 << 20));
    }

    #[divan::bench(sample_count = 3, sample_size = 1)]
    fn corpus_16mb(bencher: Bencher) {
        bench_index(bencher, &corpus(16 << 20));
    }
}

/// The example's claims, repeated (with fresh ids) to `n` claims.
fn example_claims(n: usize) -> Vec<Claim> {
    let base = claims::parse(&read(&format!("{EXAMPLE}.claims.jsonl")), Format::Auto)
        .expect("the example claims");
    (0..n)
        .map(|i| {
            let mut c = base[i % base.len()].clone();
            c.id = format!("{}-{i}", c.id);
            c
        })
        .collect()
}

mod check {
    use super::*;

    fn bench_check(bencher: Bencher, n: usize, threads: usize) {
        let article = Article::parse(&read(&format!("{EXAMPLE}.txt")), None).expect("an article");
        let claims = example_claims(n);
        let options = Options {
            threads,
            ..Options::default()
        };
        bencher
            .counter(ItemsCount::new(n))
            .bench(|| claimcheck::check(article.index(), divan::black_box(&claims), &options));
    }

    #[divan::bench]
    fn claims_1(bencher: Bencher) {
        bench_check(bencher, 1, 1);
    }

    #[divan::bench]
    fn claims_100(bencher: Bencher) {
        bench_check(bencher, 100, 1);
    }

    #[divan::bench(sample_count = 5, sample_size = 1)]
    fn claims_20000(bencher: Bencher) {
        bench_check(bencher, 20_000, 1);
    }

    /// The same on every core (`-j`, the command line's default).
    #[divan::bench(sample_count = 5, sample_size = 1)]
    fn claims_20000_all_cores(bencher: Bencher) {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        bench_check(bencher, 20_000, cores);
    }
}

mod load {
    use super::*;

    /// Reading (not checking) a JSON Lines file of 100,000 claims.
    #[divan::bench(sample_count = 10, sample_size = 1)]
    fn claims_100000(bencher: Bencher) {
        let file: String = example_claims(100_000)
            .iter()
            .map(|c| {
                let mut line = serde_json::json!({"id": c.id, "text": c.text}).to_string();
                line.push('\n');
                line
            })
            .collect();
        bencher
            .counter(BytesCount::of_str(&file))
            .counter(ItemsCount::new(100_000usize))
            .bench(|| claims::parse(divan::black_box(&file), Format::JsonLines).expect("claims"));
    }
}

mod startup {
    /// Starting the binary and answering `--version`: the cost of every
    /// run before any work.
    #[divan::bench(sample_count = 50, sample_size = 1)]
    fn version() {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_claimcheck"))
            .arg("--version")
            .output()
            .expect("run claimcheck");
        assert!(out.status.success());
    }
}

/// The grammar models over the example article's text: tagging alone,
/// parsing alone (given the tags) and the whole analysis, counted in
/// treebank words. One thread. The grammar's inner API is not public: these
/// run when the `internals` feature is on, as it is for `cargo bench` from
/// the workspace root (the tools in `xtask/` turn it on).
#[cfg(feature = "internals")]
mod grammar {
    use super::*;
    use claimcheck::grammar::{self, lex, words};

    /// Each sentence's words.
    fn sentences() -> Vec<Vec<String>> {
        let text = corpus(1 << 18);
        let tokens = claimcheck::text::tokenize(&text);
        claimcheck::text::split_sentences(&tokens)
            .into_iter()
            .map(|s| {
                words::pieces(&text, &tokens, s.tokens)
                    .iter()
                    .map(|p| text[p.span.start..p.span.end].to_string())
                    .collect()
            })
            .collect()
    }

    static SENTENCES: LazyLock<Vec<Vec<String>>> = LazyLock::new(sentences);

    fn count() -> usize {
        SENTENCES.iter().map(Vec::len).sum()
    }

    fn forms(s: &[String]) -> Vec<&str> {
        s.iter().map(String::as_str).collect()
    }

    #[divan::bench(sample_count = 5, sample_size = 1)]
    fn tag(bencher: Bencher) {
        let g = grammar::grammar().expect("models");
        bencher.counter(ItemsCount::new(count())).bench(|| {
            for s in SENTENCES.iter() {
                divan::black_box(g.tagger.tag(&forms(s)));
            }
        });
    }

    #[divan::bench(sample_count = 5, sample_size = 1)]
    fn parse(bencher: Bencher) {
        let g = grammar::grammar().expect("models");
        let input: Vec<(Vec<u64>, Vec<u16>)> = SENTENCES
            .iter()
            .map(|s| {
                let f = forms(s);
                (
                    f.iter().map(|w| lex::word_atom(w)).collect(),
                    g.tagger.tag(&f),
                )
            })
            .collect();
        bencher.counter(ItemsCount::new(count())).bench(|| {
            for (atoms, tags) in &input {
                divan::black_box(g.parser.parse(atoms, tags));
            }
        });
    }

    #[divan::bench(sample_count = 5, sample_size = 1)]
    fn analyse(bencher: Bencher) {
        let g = grammar::grammar().expect("models");
        bencher.counter(ItemsCount::new(count())).bench(|| {
            for s in SENTENCES.iter() {
                divan::black_box(g.analyse(&forms(s)));
            }
        });
    }
}
