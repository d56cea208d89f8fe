//! Accuracy on claims files with expectations: for every claims file given
//! (or, by default, every `*.jsonl` / `*.json` under `claims/` and `eval/`),
//! finds its article (`NAME.txt` beside the claims file, else
//! `claims/NAME.txt`, the name being the file name up to its first dot)
//! and prints, per file, per folder and in total, four figures:
//!
//! - **right**: verdicts equal to `expect`;
//! - **true supported**: of the claims expected `supported`, how many are;
//! - **false supported**: of the claims expected `contradicted` or
//!   `unverified`, how many are called `supported` (the worst error);
//! - **true contradicted**: of the claims expected `supported`, how many are
//!   called `contradicted`.
//!
//! Then the confusion of expected against given verdicts.
//!
//!     cargo xtask accuracy
//!     cargo xtask accuracy eval/holdout/*.jsonl
//!
//! With `--list` first, it prints one line per claim instead (file, id,
//! expected and given verdict, tab-separated), so that two runs can be
//! compared claim by claim with `diff`. Never list a blind set: its misses
//! are not to be read.

use claimcheck::claims::{self, Claim, Format, Verdict};
use claimcheck::verdict::Options;
use claimcheck::{Article, check};
use std::collections::BTreeMap;
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

/// Counts behind the four figures.
#[derive(Clone, Copy, Default)]
struct Tally {
    claims: usize,
    right: usize,
    /// Claims expected `supported`, and how many were supported or
    /// contradicted.
    true_claims: usize,
    true_supported: usize,
    true_contradicted: usize,
    /// Claims expected otherwise, and how many were supported.
    other_claims: usize,
    false_supported: usize,
}

impl Tally {
    fn add(&mut self, expected: Verdict, given: Verdict) {
        self.claims += 1;
        self.right += usize::from(expected == given);
        if expected == Verdict::Supported {
            self.true_claims += 1;
            self.true_supported += usize::from(given == Verdict::Supported);
            self.true_contradicted += usize::from(given == Verdict::Contradicted);
        } else {
            self.other_claims += 1;
            self.false_supported += usize::from(given == Verdict::Supported);
        }
    }

    fn merge(&mut self, o: &Tally) {
        self.claims += o.claims;
        self.right += o.right;
        self.true_claims += o.true_claims;
        self.true_supported += o.true_supported;
        self.true_contradicted += o.true_contradicted;
        self.other_claims += o.other_claims;
        self.false_supported += o.false_supported;
    }

    fn row(&self, name: &str) -> String {
        let pct = |n: usize, d: usize| format!("{n} ({:.1}%)", 100.0 * n as f64 / d.max(1) as f64);
        format!(
            "{name:<62} {:>6} {:>14} {:>16} {:>16} {:>16}",
            self.claims,
            pct(self.right, self.claims),
            pct(self.true_supported, self.true_claims),
            pct(self.false_supported, self.other_claims),
            pct(self.true_contradicted, self.true_claims),
        )
    }
}

/// The article of a claims file: beside it, else in `claims/`.
fn article_of(p: &Path) -> PathBuf {
    let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let stem = name.split('.').next().unwrap_or(name);
    let beside = p.with_file_name(format!("{stem}.txt"));
    if beside.exists() {
        beside
    } else {
        Path::new("claims").join(format!("{stem}.txt"))
    }
}

/// The claims of a file and their verdicts, or why it was skipped.
fn judge(p: &Path) -> Result<Vec<(Claim, Verdict)>, String> {
    let article_path = article_of(p);
    let article = std::fs::read_to_string(&article_path)
        .map_err(|_| format!("no article at {}", article_path.display()))?;
    let text = std::fs::read_to_string(p).map_err(|e| e.to_string())?;
    let claims = claims::parse(&text, Format::Auto).map_err(|e| e.to_string())?;
    let article = Article::parse(&article, None).map_err(|e| e.to_string())?;
    let outcomes = check(article.index(), &claims, &Options::default());
    Ok(claims
        .into_iter()
        .zip(outcomes.iter().map(|o| o.verdict))
        .collect())
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
    let mut total = Tally::default();
    let mut folders: BTreeMap<String, Tally> = BTreeMap::new();
    let mut confusion = [[0usize; 3]; 3];
    let header = format!(
        "{:<62} {:>6} {:>14} {:>16} {:>16} {:>16}",
        "claims file", "claims", "right", "true supported", "false supported", "true contra."
    );
    if !list {
        println!("{header}");
    }
    for p in &paths {
        let judged = match judge(p) {
            Ok(j) => j,
            Err(why) => {
                eprintln!("skipping {}: {why}", p.display());
                continue;
            }
        };
        let mut t = Tally::default();
        for (c, given) in &judged {
            let Some(e) = c.expect else { continue };
            t.add(e, *given);
            confusion[idx(e)][idx(*given)] += 1;
            if list {
                println!(
                    "{}\t{}\t{}\t{}",
                    p.display(),
                    c.id,
                    e.as_str(),
                    given.as_str()
                );
            }
        }
        total.merge(&t);
        let folder = p
            .parent()
            .map_or(String::new(), |d| d.display().to_string());
        folders.entry(folder).or_default().merge(&t);
        if !list {
            println!("{}", t.row(&p.display().to_string()));
        }
    }
    if list {
        return;
    }
    println!("\n{header}");
    for (folder, t) in &folders {
        println!("{}", t.row(&format!("{folder}/")));
    }
    println!("{}", total.row("total"));
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
