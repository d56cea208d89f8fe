//! The metamorphic suite: every sentence of every document, taken as a
//! claim against its own document, unchanged and changed in one way that
//! must stop it from being supported (see `crate::metamorphic`). Prints a table per
//! source and kind: cases, supported, contradicted, unverified, and
//! internal errors (a crash hunt: every case must get a verdict).
//!
//!     cargo xtask metamorphic
//!     cargo xtask metamorphic --show negated
//!     cargo xtask metamorphic data/en_ewt/en_ewt-ud-dev.conllu
//!
//! With no paths it reads the three UD English-EWT files in
//! `data/en_ewt/` (CC BY-SA 4.0) and every article in
//! `claims/`. `--show KIND` prints that kind's misses (a changed case
//! called supported, an unchanged one not supported), up to `--most N`.

use claimcheck::claims::Verdict;
use claimcheck::verdict::Options;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use xtask::metamorphic::{self as cases, Article, Kind};

const TREEBANK: &str = "data/en_ewt";

#[derive(Default, Clone, Copy)]
struct Tally {
    cases: usize,
    supported: usize,
    contradicted: usize,
    unverified: usize,
    errors: usize,
}

impl Tally {
    fn add(&mut self, v: Verdict, error: bool) {
        self.cases += 1;
        match v {
            Verdict::Supported => self.supported += 1,
            Verdict::Contradicted => self.contradicted += 1,
            Verdict::Unverified => self.unverified += 1,
        }
        self.errors += usize::from(error);
    }
}

struct Args {
    paths: Vec<PathBuf>,
    show: Option<String>,
    most: usize,
}

fn args(argv: Vec<String>) -> Args {
    let mut a = Args {
        paths: Vec::new(),
        show: None,
        most: 40,
    };
    let mut it = argv.into_iter();
    while let Some(x) = it.next() {
        match x.as_str() {
            "--show" => a.show = it.next(),
            "--most" => a.most = it.next().and_then(|n| n.parse().ok()).unwrap_or(40),
            _ => a.paths.push(PathBuf::from(x)),
        }
    }
    if a.paths.is_empty() {
        for split in ["train", "dev", "test"] {
            a.paths
                .push(Path::new(TREEBANK).join(format!("en_ewt-ud-{split}.conllu")));
        }
        a.paths.push(PathBuf::from("claims"));
    }
    a
}

/// The articles of one path: a treebank file's documents, or the `.txt`
/// articles of a folder (or one `.txt` file).
fn articles(path: &Path) -> Vec<Article> {
    if path.is_dir() {
        let mut files: Vec<PathBuf> = std::fs::read_dir(path)
            .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        files.retain(|p| p.extension().is_some_and(|e| e == "txt"));
        files.sort();
        return files.iter().flat_map(|p| articles(p)).collect();
    }
    let Ok(text) = std::fs::read_to_string(path) else {
        eprintln!("cannot read {}", path.display());
        std::process::exit(2);
    };
    if path.extension().is_some_and(|e| e == "conllu") {
        xtask::conllu::read(&text)
            .iter()
            .map(cases::from_treebank)
            .collect()
    } else {
        vec![cases::from_text(&path.display().to_string(), &text)]
    }
}

pub fn main(argv: Vec<String>) {
    let a = args(argv);
    let options = Options {
        threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
        ..Options::default()
    };
    let mut tallies: BTreeMap<(String, Kind), Tally> = BTreeMap::new();
    let mut shown = 0;
    for path in &a.paths {
        let source = path
            .file_name()
            .map_or(String::new(), |n| n.to_string_lossy().into_owned());
        for art in articles(path) {
            let Ok(article) = claimcheck::Article::parse(&art.text, None) else {
                continue;
            };
            let claims = art.claims();
            let got = claimcheck::check_each(article.index(), &claims, &options, |_, o| {
                (o.verdict, o.failure.is_some(), o.decided_by.name)
            });
            for (c, (v, error, rule)) in art.cases.iter().zip(got) {
                tallies
                    .entry((source.clone(), c.kind))
                    .or_default()
                    .add(v, error);
                let miss = error || (v == Verdict::Supported) != c.kind.expects_support();
                if miss && a.show.as_deref() == Some(c.kind.name()) && shown < a.most {
                    shown += 1;
                    println!("{} [{}] {v} by {rule}", art.name, c.kind.name());
                    println!("  sentence: {}", c.sentence);
                    println!("  claim:    {}\n", c.claim);
                }
            }
        }
    }
    print_table(&tallies);
}

fn pct(n: usize, d: usize) -> String {
    if d == 0 {
        "-".to_string()
    } else {
        format!("{:.1}%", 100.0 * n as f64 / d as f64)
    }
}

fn print_table(tallies: &BTreeMap<(String, Kind), Tally>) {
    println!("| source | kind | cases | supported | contradicted | unverified | internal errors |");
    println!("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
    let mut by_kind: BTreeMap<Kind, Tally> = BTreeMap::new();
    let row = |source: &str, kind: Kind, t: &Tally| {
        println!(
            "| {source} | {} | {} | {} ({}) | {} ({}) | {} ({}) | {} |",
            kind.name(),
            t.cases,
            t.supported,
            pct(t.supported, t.cases),
            t.contradicted,
            pct(t.contradicted, t.cases),
            t.unverified,
            pct(t.unverified, t.cases),
            t.errors
        );
    };
    for ((source, kind), t) in tallies {
        row(source, *kind, t);
        let all = by_kind.entry(*kind).or_default();
        all.cases += t.cases;
        all.supported += t.supported;
        all.contradicted += t.contradicted;
        all.unverified += t.unverified;
        all.errors += t.errors;
    }
    for kind in Kind::ALL {
        if let Some(t) = by_kind.get(&kind) {
            row("**all**", kind, t);
        }
    }
}
