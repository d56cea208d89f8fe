//! Trains and evaluates the grammar models (see `src/grammar/`).
//!
//!     cargo xtask grammar train
//!     cargo xtask grammar eval [dev|test]
//!
//! `train` reads `data/en_ewt/en_ewt-ud-train.conllu` (or
//! `--treebank DIR`) and the train split of each `--also DIR` (by default
//! `data/en_pud`, the first half of UD English-PUD), and writes
//! `data/tagger.bin` and `data/parser.bin`;
//! the same treebank and seed give the same bytes. `eval` scores the models
//! in `data/` (read from disk, so no rebuild is needed after training) on a
//! split, from gold tokens and from raw text, with the CoNLL 2018 measures.

use claimcheck::grammar::Grammar;
use std::path::{Path, PathBuf};
use std::time::Instant;
use xtask::conllu;
use xtask::grammar::{eval, train};

fn die(msg: String) -> ! {
    eprintln!("error: {msg}");
    std::process::exit(2);
}

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| die(format!("cannot read {}: {e}", path.display())))
}

/// The documents of a treebank folder's split: its one file named
/// `*-ud-SPLIT.conllu` (`en_ewt-ud-dev.conllu`, `en_pud-ud-test.conllu`).
fn treebank(dir: &Path, split: &str) -> Vec<conllu::Document> {
    let suffix = format!("-ud-{split}.conllu");
    let path = std::fs::read_dir(dir)
        .unwrap_or_else(|e| die(format!("cannot read {}: {e}", dir.display())))
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .find(|p| p.to_str().is_some_and(|name| name.ends_with(&suffix)))
        .unwrap_or_else(|| die(format!("no *{suffix} in {}", dir.display())));
    let text = String::from_utf8(read(&path)).unwrap_or_else(|e| die(format!("{e}")));
    conllu::read(&text)
}

struct Args {
    command: String,
    split: String,
    treebank: PathBuf,
    /// More treebanks whose `train` split is trained on too.
    also: Vec<PathBuf>,
    out: PathBuf,
    settings: train::Settings,
    /// Train, then score pruning thresholds on this split.
    sweep: Option<String>,
}

fn args(argv: Vec<String>) -> Args {
    let mut a = Args {
        command: String::new(),
        split: "dev".into(),
        treebank: PathBuf::from("data/en_ewt"),
        // PUD's first 500 sentences, news and Wikipedia; its last 500 are
        // only measured (see data/en_pud/SOURCE.md).
        also: vec![PathBuf::from("data/en_pud")],
        out: PathBuf::from("data"),
        settings: train::Settings::default(),
        sweep: None,
    };
    let mut it = argv.into_iter();
    while let Some(arg) = it.next() {
        let mut value = || {
            it.next()
                .unwrap_or_else(|| die(format!("{arg} needs a value")))
        };
        let number = |v: String| {
            v.parse()
                .unwrap_or_else(|_| die(format!("not a number: {v}")))
        };
        match arg.as_str() {
            "--treebank" => a.treebank = PathBuf::from(value()),
            "--also" => a.also.push(PathBuf::from(value())),
            "--no-also" => a.also.clear(),
            "--out" | "--models" => a.out = PathBuf::from(value()),
            "--tagger-epochs" => a.settings.tagger_epochs = number(value()),
            "--parser-epochs" => a.settings.parser_epochs = number(value()),
            "--sweep" => a.sweep = Some(value()),
            "--parser-min-count" => a.settings.parser_min_count = number(value()) as u32,
            "--seed" => a.settings.seed = number(value()) as u64,
            "train" | "eval" | "misses" if a.command.is_empty() => a.command = arg,
            "dev" | "test" | "train" => a.split = arg,
            _ => die(format!("unknown argument {arg}")),
        }
    }
    a
}

pub fn main(argv: Vec<String>) {
    let a = args(argv);
    match a.command.as_str() {
        "train" => run_train(&a),
        "eval" => run_eval(&a),
        "misses" => misses(&a),
        _ => die("usage: grammar train|eval [dev|test] [--treebank DIR] [--out DIR]".into()),
    }
}

fn run_train(a: &Args) {
    let start = Instant::now();
    let mut docs = treebank(&a.treebank, "train");
    for dir in &a.also {
        docs.extend(treebank(dir, "train"));
    }
    let sentences: Vec<conllu::Sentence> = docs.into_iter().flat_map(|d| d.sentences).collect();
    let progress = |what: &str| eprintln!("{:>6.1} s  {what}", start.elapsed().as_secs_f64());
    let trained = train::train(&sentences, a.settings, &progress);
    if let Some(split) = &a.sweep {
        return sweep(&trained, &treebank(&a.treebank, split));
    }
    let models = trained.models(train::TAGGER_MIN, train::PARSER_MIN);
    for (name, bytes) in [
        ("tagger.bin", &models.tagger),
        ("parser.bin", &models.parser),
    ] {
        let path = a.out.join(name);
        std::fs::write(&path, bytes)
            .unwrap_or_else(|e| die(format!("cannot write {}: {e}", path.display())));
        println!("wrote {} ({} bytes)", path.display(), bytes.len());
    }
    println!("trained in {:.1} s", start.elapsed().as_secs_f64());
}

fn gold_scores(g: &Grammar, docs: &[conllu::Document]) -> eval::Counts {
    let mut gold = eval::Counts::default();
    for s in docs.iter().flat_map(|d| &d.sentences) {
        let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
        gold.add(&eval::gold_tokens(s, &g.analyse(&forms)));
    }
    gold
}

/// Scores pruning thresholds: size against accuracy.
fn sweep(trained: &train::Trained, docs: &[conllu::Document]) {
    for (tmin, pmin) in [
        (0.0, 0.0),
        (0.5, 0.5),
        (1.0, 1.0),
        (2.0, 2.0),
        (3.0, 4.0),
        (5.0, 8.0),
    ] {
        let m = trained.models(tmin, pmin);
        let Some(g) = Grammar::read(&m.tagger, &m.parser) else {
            continue;
        };
        let start = Instant::now();
        let s = gold_scores(&g, docs).scores();
        println!(
            "min {tmin}/{pmin}: tagger {} B, parser {} B, UPOS {:.2} UAS {:.2} LAS {:.2} in {:.2} s",
            m.tagger.len(),
            m.parser.len(),
            s[0],
            s[3],
            s[4],
            start.elapsed().as_secs_f64()
        );
    }
}

/// Prints the gold words the raw-text words do not align with, in context.
fn misses(a: &Args) {
    let tagger = read(&a.out.join("tagger.bin"));
    let parser = read(&a.out.join("parser.bin"));
    let g = Grammar::read(&tagger, &parser).unwrap_or_else(|| die("models do not read".into()));
    let mut counts: std::collections::BTreeMap<String, usize> = Default::default();
    for d in &treebank(&a.treebank, &a.split) {
        let text = d.text();
        let gold = eval::gold_words(&text, d);
        let sys: std::collections::HashSet<(usize, usize)> =
            claimcheck::grammar::words::analyse_text(&g, &text)
                .iter()
                .flat_map(|p| p.words.iter().map(|w| (w.span.start, w.span.end)))
                .collect();
        for w in gold.iter().filter(|w| !sys.contains(&(w.start, w.end))) {
            let mut from = w.start.saturating_sub(8);
            while !text.is_char_boundary(from) {
                from -= 1;
            }
            let mut to = (w.end + 8).min(text.len());
            while !text.is_char_boundary(to) {
                to += 1;
            }
            *counts
                .entry(format!("{:?} in {:?}", w.word.form, &text[from..to]))
                .or_default() += 1;
        }
    }
    let mut v: Vec<_> = counts.into_iter().collect();
    v.sort_by_key(|(k, n)| (std::cmp::Reverse(*n), k.clone()));
    for (k, n) in v.iter().take(5000) {
        println!("{n:>4} {k}");
    }
}

fn run_eval(a: &Args) {
    let tagger = read(&a.out.join("tagger.bin"));
    let parser = read(&a.out.join("parser.bin"));
    let g = Grammar::read(&tagger, &parser).unwrap_or_else(|| die("models do not read".into()));
    let docs = treebank(&a.treebank, &a.split);
    let start = Instant::now();
    let gold = gold_scores(&g, &docs);
    let secs = start.elapsed().as_secs_f64();
    let mut raw = eval::Counts::default();
    for d in &docs {
        raw.add(&eval::score_raw(&g, d));
    }
    println!(
        "{} {}: {} words, analysed in {secs:.2} s; raw text: {} system words, {} aligned",
        a.treebank.display(),
        a.split,
        gold.gold,
        raw.system,
        raw.aligned
    );
    println!(
        "{:<12} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}",
        "setting", "UPOS", "XPOS", "Lemma", "UAS", "LAS", "Words"
    );
    for (name, c) in [("gold tokens", gold), ("raw text", raw)] {
        let s = c.scores();
        println!(
            "{name:<12} {:>6.2} {:>6.2} {:>6.2} {:>6.2} {:>6.2} {:>6.2}",
            s[0], s[1], s[2], s[3], s[4], s[5]
        );
    }
}
