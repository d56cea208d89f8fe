//! Command-line arguments and the I/O around the library: reading files or
//! standard input, choosing colour, writing reports, turning errors into
//! messages and exit codes. A closed output pipe ends the program quietly.

use claimcheck::claims::{self, Format};
use claimcheck::report::{self, FailOn, text::Style};
use claimcheck::verdict::Options;
use claimcheck::{Article, ArticleError, rules};
use clap::{Parser, Subcommand, ValueEnum};
use std::io::{IsTerminal, Read, Write};
use std::path::Path;

/// Exit status when nothing failed.
const OK: i32 = 0;
/// Exit status when a claim failed.
const FAILED: i32 = 1;
/// Exit status for a usage or input error.
const ERROR: i32 = 2;

#[derive(Parser)]
#[command(
    name = "claimcheck",
    version,
    about = "Checks claims about a news article against the article's attributed statements.",
    after_help = "Exit status: 0 when nothing fails, 1 when a claim fails, 2 for a usage or input error."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check a claims file against an article.
    Check {
        /// The article: a UTF-8 text file, or - for standard input.
        article: String,
        /// The claims: JSON ({"claims": [...]}) or JSON Lines, or - for standard input.
        claims: String,
        #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
        format: CheckFormat,
        /// Which verdicts fail the run for claims without `expect` (a claim with
        /// `expect` fails when its verdict differs).
        #[arg(long, value_enum, default_value_t = FailOnArg::Contradicted)]
        fail_on: FailOnArg,
        /// Treat support that rests only on an anonymous source as unverified.
        #[arg(long)]
        strict_attribution: bool,
        /// Publication date (YYYY-MM-DD) for resolving "on Thursday", "yesterday".
        /// Defaults to the article's dateline.
        #[arg(long, value_parser = parse_date)]
        published: Option<claimcheck::read::time::Date>,
        /// Read the claims file as JSON or JSON Lines (default: from the content).
        #[arg(long, value_enum, default_value_t = ClaimsFormat::Auto)]
        claims_format: ClaimsFormat,
        #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
        color: ColorArg,
        /// Keep the JSON report in this file: written the first time, then
        /// compared; any change prints a diff and fails the run.
        #[arg(long, value_name = "FILE")]
        snapshot: Option<String>,
        /// With --snapshot: accept the new report and write it.
        #[arg(long, requires = "snapshot")]
        update: bool,
    },
    /// Print the attributed-statement index of an article.
    Index {
        /// The article: a UTF-8 text file, or - for standard input.
        article: String,
        #[arg(long, value_enum, default_value_t = IndexFormat::Text)]
        format: IndexFormat,
        /// Publication date (YYYY-MM-DD); defaults to the article's dateline.
        #[arg(long, value_parser = parse_date)]
        published: Option<claimcheck::read::time::Date>,
    },
    /// List the rules, or explain one (by name or id).
    Rules {
        /// A rule name (quote-altered) or id (Q001).
        rule: Option<String>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum CheckFormat {
    Text,
    Json,
    Markdown,
    /// GitHub Actions workflow-command annotations.
    Github,
    /// SARIF 2.1.0.
    Sarif,
    /// JUnit XML.
    Junit,
    /// schema.org ClaimReview JSON-LD.
    Claimreview,
}

#[derive(Clone, Copy, ValueEnum)]
enum IndexFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum FailOnArg {
    Contradicted,
    Unverified,
    Never,
}

#[derive(Clone, Copy, ValueEnum)]
enum ClaimsFormat {
    Auto,
    Json,
    Jsonl,
}

#[derive(Clone, Copy, ValueEnum)]
enum ColorArg {
    Auto,
    Always,
    Never,
}

fn parse_date(s: &str) -> Result<claimcheck::read::time::Date, String> {
    claimcheck::parse_date(s).ok_or_else(|| format!("{s:?} is not a date of the form YYYY-MM-DD"))
}

/// An error for the user: what went wrong, naming the file.
struct UserError(String);

pub fn run() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { ERROR } else { OK };
        }
    };
    let result = match cli.command {
        Command::Check {
            article,
            claims,
            format,
            fail_on,
            strict_attribution,
            published,
            claims_format,
            color,
            snapshot,
            update,
        } => check(CheckArgs {
            article,
            claims,
            format,
            fail_on,
            strict_attribution,
            published,
            claims_format,
            color,
            snapshot,
            update,
        }),
        Command::Index {
            article,
            format,
            published,
        } => index(&article, format, published),
        Command::Rules { rule } => rules_cmd(rule.as_deref()),
    };
    match result {
        Ok((text, code)) => {
            let mut out = std::io::stdout().lock();
            match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
                Ok(()) => code,
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => code,
                Err(e) => {
                    eprintln!("claimcheck: error: cannot write the report: {e}");
                    ERROR
                }
            }
        }
        Err(UserError(msg)) => {
            eprintln!("claimcheck: error: {msg}");
            ERROR
        }
    }
}

struct CheckArgs {
    article: String,
    claims: String,
    format: CheckFormat,
    fail_on: FailOnArg,
    strict_attribution: bool,
    published: Option<claimcheck::read::time::Date>,
    claims_format: ClaimsFormat,
    color: ColorArg,
    snapshot: Option<String>,
    update: bool,
}

/// Reads a file, or standard input for `-`.
fn read_input(path: &str) -> Result<Vec<u8>, UserError> {
    if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| UserError(format!("<stdin>: cannot read: {e}")))?;
        return Ok(buf);
    }
    if Path::new(path).is_dir() {
        return Err(UserError(format!("{path}: is a directory, not a file")));
    }
    std::fs::read(path).map_err(|e| UserError(format!("{path}: cannot read: {}", io_reason(&e))))
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    }
}

fn display_name(path: &str) -> &str {
    if path == "-" { "<stdin>" } else { path }
}

fn load_article(
    path: &str,
    published: Option<claimcheck::read::time::Date>,
) -> Result<Article, UserError> {
    let bytes = read_input(path)?;
    let name = display_name(path);
    let text = Article::decode(&bytes).map_err(|e| UserError(format!("{name}: {e}")))?;
    Article::parse(text, published).map_err(|e: ArticleError| UserError(format!("{name}: {e}")))
}

fn check(a: CheckArgs) -> Result<(String, i32), UserError> {
    if a.article == "-" && a.claims == "-" {
        return Err(UserError(
            "only one of ARTICLE and CLAIMS can be - (standard input)".into(),
        ));
    }
    let article = load_article(&a.article, a.published)?;
    let claims_name = display_name(&a.claims).to_string();
    let bytes = read_input(&a.claims)?;
    let text = std::str::from_utf8(&bytes).map_err(|e| {
        UserError(format!(
            "{claims_name}: not UTF-8 text (invalid byte at offset {})",
            e.valid_up_to()
        ))
    })?;
    let format = match a.claims_format {
        ClaimsFormat::Json => Format::Json,
        ClaimsFormat::Jsonl => Format::JsonLines,
        ClaimsFormat::Auto if a.claims.ends_with(".jsonl") || a.claims.ends_with(".ndjson") => {
            Format::JsonLines
        }
        ClaimsFormat::Auto => Format::Auto,
    };
    let claims =
        claims::parse(text, format).map_err(|e| UserError(format!("{claims_name}:{e}")))?;
    let options = Options {
        strict_attribution: a.strict_attribution,
        ..Options::default()
    };
    let outcomes = claimcheck::check(article.index(), &claims, &options);
    let fail_on = match a.fail_on {
        FailOnArg::Contradicted => FailOn::Contradicted,
        FailOnArg::Unverified => FailOn::Unverified,
        FailOnArg::Never => FailOn::Never,
    };
    let rep = report::build(
        article.index(),
        &claims,
        &outcomes,
        fail_on,
        display_name(&a.article),
        &claims_name,
    );
    let color = match a.color {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => {
            std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    let text = match a.format {
        CheckFormat::Text => report::text::render(&rep, Style { color }),
        CheckFormat::Json => report::json::render(&rep),
        CheckFormat::Markdown => report::markdown::render(&rep),
        CheckFormat::Github => report::github::render(&rep),
        CheckFormat::Sarif => report::sarif::render(&rep),
        CheckFormat::Junit => report::junit::render(&rep),
        CheckFormat::Claimreview => report::claimreview::render(&rep),
    };
    let code = if rep.failed() { FAILED } else { OK };
    match &a.snapshot {
        Some(path) => {
            // The snapshot is the expectation: only a change fails the run.
            let changed = snapshot(path, &report::json::render(&rep), a.update)?;
            Ok((text, if changed { FAILED } else { OK }))
        }
        None => Ok((text, code)),
    }
}

/// Compares the JSON report with the snapshot at `path`, writing it when it
/// does not exist yet or `update` is given. Returns whether it changed (and
/// was not accepted); the diff goes to standard error.
fn snapshot(path: &str, now: &str, update: bool) -> Result<bool, UserError> {
    if Path::new(path).is_dir() {
        return Err(UserError(format!("{path}: is a directory, not a file")));
    }
    let old = match std::fs::read(path) {
        Ok(bytes) => Some(String::from_utf8_lossy(&bytes).into_owned()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(UserError(format!("{path}: cannot read: {}", io_reason(&e)))),
    };
    let write = |what: &str| {
        std::fs::write(path, now)
            .map_err(|e| UserError(format!("{path}: cannot write: {}", io_reason(&e))))?;
        eprintln!("claimcheck: snapshot {path} {what}");
        Ok::<(), UserError>(())
    };
    match old {
        None => {
            write("written")?;
            Ok(false)
        }
        Some(old) if old == now => Ok(false),
        Some(_) if update => {
            write("updated")?;
            Ok(false)
        }
        Some(old) => {
            let diff = similar::TextDiff::from_lines(&old, now);
            eprintln!("claimcheck: the report differs from snapshot {path} (--update accepts it):");
            eprint!(
                "{}",
                diff.unified_diff()
                    .context_radius(3)
                    .header(&format!("{path} (snapshot)"), "report now")
            );
            Ok(true)
        }
    }
}

fn index(
    path: &str,
    format: IndexFormat,
    published: Option<claimcheck::read::time::Date>,
) -> Result<(String, i32), UserError> {
    let article = load_article(path, published)?;
    let name = display_name(path);
    let text = match format {
        IndexFormat::Text => report::index::text(article.index(), name),
        IndexFormat::Json => report::index::json(article.index(), name),
    };
    Ok((text, OK))
}

fn rules_cmd(rule: Option<&str>) -> Result<(String, i32), UserError> {
    match rule {
        None => {
            let mut out = String::new();
            for r in rules::RULES {
                let m = r.meta();
                out.push_str(&format!(
                    "{}  {:<26} {:<9}  {}\n",
                    m.id,
                    m.name,
                    format!("{:?}", m.effect).to_lowercase(),
                    m.summary()
                ));
            }
            Ok((out, OK))
        }
        Some(name) => match rules::find(name) {
            Some(r) => {
                let m = r.meta();
                Ok((
                    format!(
                        "{} {} ({})\n\n{}",
                        m.id,
                        m.name,
                        format!("{:?}", m.effect).to_lowercase(),
                        m.documentation()
                    ),
                    OK,
                ))
            }
            None => Err(UserError(format!(
                "no rule named {name:?} (run `claimcheck rules` for the list)"
            ))),
        },
    }
}
