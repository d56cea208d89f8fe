//! Accuracy on claims files with expectations: for every claims file given
//! (or, by default, every `*.jsonl` / `*.json` under `claims/` and `eval/`),
//! finds its article (`claims/<name>.txt`, the name being the file name up
//! to its first dot) and prints how many verdicts match `expect`, how many
//! contradicted or unverified claims were called supported, and the
//! confusion of expected against given verdicts.
//!
//!     cargo xtask accuracy
//!     cargo xtask accuracy eval/holdout/*.jsonl
//!
//! With `--list` first, it prints one line per claim instead (file, id,
//! expected and given verdict, tab-separated), so that two runs can be
//! compared claim by claim with `diff`.

use claimcheck::claims::{self, Format, Verdict};
use claimcheck::verdict::Options;
use claimcheck::{Article, check};
use std::path::{Path, PathBuf};

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|e| e == "jsonl" || e == "json") {
            out.push(p);
        }
    }
}

pub fn main(args: Vec<String>) {
    let mut args = args;
    let list = args.first().is_some_and(|a| a == "--list");
    if list {
        args.remove(0);
    }
    let mut paths: Vec<PathBuf> = args.into_iter().map(PathBuf::from).collect();
    if paths.is_empty() {
        files(Path::new("claims"), &mut paths);
        files(Path::new("eval"), &mut paths);
    }
    let idx = |v: Verdict| Verdict::ALL.iter().position(|x| *x == v).unwrap_or(0);
    let mut total = (0, 0, 0, 0);
    let mut folders: std::collections::BTreeMap<String, (usize, usize, usize, usize)> =
        std::collections::BTreeMap::new();
    let mut confusion = [[0usize; 3]; 3];
    println!(
        "{:<62} {:>6} {:>8} {:>9} {:>14}",
        "claims file", "claims", "correct", "accuracy", "false support"
    );
    for p in &paths {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let stem = name.split('.').next().unwrap_or(name);
        // Every set's articles are bundled in `claims/`.
        let article_path = Path::new("claims").join(format!("{stem}.txt"));
        let (Ok(article), Ok(text)) = (
            std::fs::read_to_string(&article_path),
            std::fs::read_to_string(p),
        ) else {
            eprintln!(
                "skipping {}: no article at {}",
                p.display(),
                article_path.display()
            );
            continue;
        };
        let Ok(claims) = claims::parse(&text, Format::Auto) else {
            eprintln!("skipping {}: not a claims file", p.display());
            continue;
        };
        let Ok(article) = Article::parse(&article, None) else {
            continue;
        };
        let outcomes = check(article.index(), &claims, &Options::default());
        let (mut n, mut ok, mut false_support, mut neg) = (0, 0, 0, 0);
        for (c, o) in claims.iter().zip(&outcomes) {
            let Some(e) = c.expect else { continue };
            n += 1;
            ok += usize::from(e == o.verdict);
            if e != Verdict::Supported {
                neg += 1;
                false_support += usize::from(o.verdict == Verdict::Supported);
            }
            confusion[idx(e)][idx(o.verdict)] += 1;
            if list {
                println!(
                    "{}\t{}\t{}\t{}",
                    p.display(),
                    c.id,
                    e.as_str(),
                    o.verdict.as_str()
                );
            }
        }
        total = (
            total.0 + n,
            total.1 + ok,
            total.2 + false_support,
            total.3 + neg,
        );
        let folder = p
            .parent()
            .map_or(String::new(), |d| d.display().to_string());
        let f = folders.entry(folder).or_default();
        *f = (f.0 + n, f.1 + ok, f.2 + false_support, f.3 + neg);
        println!(
            "{:<62} {:>6} {:>8} {:>8.1}% {:>6} of {:<4}",
            p.display(),
            n,
            ok,
            100.0 * ok as f64 / n.max(1) as f64,
            false_support,
            neg
        );
    }
    for (folder, t) in &folders {
        println!(
            "{:<62} {:>6} {:>8} {:>8.1}% {:>6} of {:<4}",
            format!("{folder}/ (all files)"),
            t.0,
            t.1,
            100.0 * t.1 as f64 / t.0.max(1) as f64,
            t.2,
            t.3
        );
    }
    println!(
        "{:<62} {:>6} {:>8} {:>8.1}% {:>6} of {:<4}",
        "total",
        total.0,
        total.1,
        100.0 * total.1 as f64 / total.0.max(1) as f64,
        total.2,
        total.3
    );
    println!("\nexpected \\ given   supported  contradicted  unverified");
    for (i, v) in Verdict::ALL.iter().enumerate() {
        println!(
            "{:<16} {:>10} {:>13} {:>11}",
            v.as_str(),
            confusion[i][0],
            confusion[i][1],
            confusion[i][2]
        );
    }
}
