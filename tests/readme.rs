//! The documentation's example output cannot go stale: every fenced block
//! opened with ```` ```console ```` in README.md and docs/*.md is run. Each
//! line that starts with `$ claimcheck ` is a command, run from the
//! repository's root with the built binary (arguments split on spaces, no
//! shell); its standard output must equal the lines that follow, up to the
//! next `$ ` line or the end of the block, white space at the ends of lines
//! and blank lines at the end aside. Other shell examples use ```` ```sh ````.

use std::path::{Path, PathBuf};
use std::process::Command;

/// One command of a console block and the output the page shows for it.
struct Example {
    page: String,
    line: usize,
    args: Vec<String>,
    shown: String,
}

fn pages(root: &Path) -> Vec<PathBuf> {
    let mut out = vec![root.join("README.md")];
    let mut docs: Vec<PathBuf> = std::fs::read_dir(root.join("docs"))
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    docs.retain(|p| p.extension().is_some_and(|e| e == "md"));
    docs.sort();
    out.extend(docs);
    out
}

/// The commands of every console block of one page.
fn examples(page: &str, text: &str) -> Vec<Example> {
    let mut out: Vec<Example> = Vec::new();
    let mut in_console = false;
    for (n, line) in text.lines().enumerate() {
        let fence = line.trim_start().starts_with("```");
        if fence {
            in_console = !in_console && line.trim() == "```console";
            continue;
        }
        if !in_console {
            continue;
        }
        if let Some(command) = line.strip_prefix("$ ") {
            let args: Vec<String> = command.split_whitespace().map(String::from).collect();
            out.push(Example {
                page: page.to_string(),
                line: n + 1,
                args,
                shown: String::new(),
            });
        } else if let Some(last) = out.last_mut() {
            last.shown.push_str(line);
            last.shown.push('\n');
        }
    }
    out
}

fn normalise(s: &str) -> String {
    let lines: Vec<&str> = s.lines().map(str::trim_end).collect();
    lines.join("\n").trim_end_matches('\n').to_string()
}

#[test]
fn every_console_example_in_the_docs_prints_what_it_shows() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut all = Vec::new();
    for page in pages(root) {
        let text = std::fs::read_to_string(&page).expect("a documentation page");
        let name = page
            .strip_prefix(root)
            .unwrap_or(&page)
            .display()
            .to_string();
        all.extend(examples(&name, &text));
    }
    assert!(
        all.iter().any(|e| e.page == "README.md"),
        "README.md has no ```console example"
    );
    let mut stale = Vec::new();
    for e in &all {
        let (program, args) = e.args.split_first().expect("a command");
        assert_eq!(
            program, "claimcheck",
            "{}:{}: only claimcheck commands are run",
            e.page, e.line
        );
        let out = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
            .args(args)
            .current_dir(root)
            .env("NO_COLOR", "1")
            .output()
            .expect("run claimcheck");
        let got = normalise(&String::from_utf8_lossy(&out.stdout));
        let shown = normalise(&e.shown);
        if got != shown {
            let diff = similar::TextDiff::from_lines(&shown, &got)
                .unified_diff()
                .header("shown", "printed")
                .to_string();
            stale.push(format!(
                "{}:{}: $ {}\n{diff}",
                e.page,
                e.line,
                e.args.join(" ")
            ));
        }
    }
    assert!(
        stale.is_empty(),
        "{} example(s) no longer print what the docs show; run each command \
         and paste its output:\n\n{}",
        stale.len(),
        stale.join("\n")
    );
}

#[test]
fn a_console_block_is_split_into_commands_and_their_output() {
    let page = "text\n```console\n$ claimcheck rules\na\n\nb  \n$ claimcheck x y\nc\n```\n```sh\n$ claimcheck no\n```\n";
    let found = examples("p", page);
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].args, ["claimcheck", "rules"]);
    assert_eq!(normalise(&found[0].shown), "a\n\nb");
    assert_eq!((found[1].line, found[1].shown.as_str()), (7, "c\n"));
}
