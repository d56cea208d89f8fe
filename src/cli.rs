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
    Check(CheckArgs),
    /// Print the attributed-statement index of an article.
    Index {
        /// The article: a UTF-8 text file, or - for standard input.
        article: String,
        #[arg(long, value_enum, default_value_t = IndexFormat::Text)]
        format: IndexFormat,
        #[command(flatten)]
        output: OutputArg,
        /// Publication date (YYYY-MM-DD); defaults to the article's dateline.
        #[arg(long, value_parser = parse_date)]
        published: Option<claimcheck::Date>,
        /// Read an article that is not valid UTF-8, replacing each invalid
        /// byte sequence with U+FFFD (a warning says how many).
        #[arg(long)]
        lossy: bool,
    },
    /// Print what the tokenizer, tagger and parser make of a text: each
    /// sentence's words with lemma, part of speech, head and relation.
    Parse {
        /// A UTF-8 text file, or - for standard input.
        file: String,
        #[arg(long, value_enum, default_value_t = ParseFormat::Conllu)]
        format: ParseFormat,
        #[command(flatten)]
        output: OutputArg,
        /// Read a file that is not valid UTF-8, replacing each invalid
        /// byte sequence with U+FFFD (a warning says how many).
        #[arg(long)]
        lossy: bool,
    },
    /// List the rules, or explain one (by name or id).
    Rules {
        /// A rule name (quote-altered) or id (Q001).
        rule: Option<String>,
        /// text: one line a rule (or one rule's documentation); markdown:
        /// the complete reference, a table of every rule then each rule's
        /// documentation (docs/rules.md is its output).
        #[arg(long, value_enum, default_value_t = RulesFormat::Text)]
        format: RulesFormat,
        #[command(flatten)]
        output: OutputArg,
    },
}

/// Where the report goes.
#[derive(clap::Args, Clone)]
struct OutputArg {
    /// Write the report to FILE instead of standard output.
    ///
    /// FILE is created, or emptied first; - is standard output. The report
    /// in a file is never coloured. A file that cannot be written is an
    /// error naming it (exit status 2).
    #[arg(short, long, value_name = "FILE")]
    output: Option<String>,
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
    /// A self-contained HTML review page.
    Html,
}

#[derive(Clone, Copy, ValueEnum)]
enum IndexFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum ParseFormat {
    /// CoNLL-U, as Universal Dependencies treebanks are written.
    Conllu,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum RulesFormat {
    Text,
    Markdown,
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

fn parse_date(s: &str) -> Result<claimcheck::Date, String> {
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
    let (output, result) = match cli.command {
        Command::Check(a) => {
            let output = a.output.clone();
            (output, check(a))
        }
        Command::Index {
            article,
            format,
            published,
            lossy,
            output,
        } => (
            output,
            index(&article, format, published, lossy).map(Done::from),
        ),
        Command::Parse {
            file,
            format,
            lossy,
            output,
        } => (output, parse_cmd(&file, format, lossy).map(Done::from)),
        Command::Rules {
            rule,
            format,
            output,
        } => (output, rules_cmd(rule.as_deref(), format).map(Done::from)),
    };
    match result {
        Ok(done) => emit(done, output.file()),
        Err(UserError(msg)) => {
            eprintln!("claimcheck: error: {msg}");
            ERROR
        }
    }
}

impl OutputArg {
    /// The file the report goes to; `-` is standard output.
    fn file(&self) -> Option<&str> {
        self.output.as_deref().filter(|f| *f != "-")
    }
}

/// What a command produced.
struct Done {
    /// The report, for standard output or the --output file.
    report: String,
    /// With -q: what standard output gets instead of the report (the
    /// summary line, or nothing with -qq), with or without --output.
    instead: Option<String>,
    code: i32,
}

impl From<(String, i32)> for Done {
    fn from((report, code): (String, i32)) -> Done {
        Done {
            report,
            instead: None,
            code,
        }
    }
}

/// Writes the report to the --output file or standard output (with -q,
/// standard output gets the summary line instead). Returns the exit status.
fn emit(done: Done, file: Option<&str>) -> i32 {
    if let Some(path) = file
        && let Err(UserError(msg)) = write_report(path, &done.report)
    {
        eprintln!("claimcheck: error: {msg}");
        return ERROR;
    }
    let shown = match (done.instead, file) {
        (Some(line), _) => line,
        (None, Some(_)) => String::new(),
        (None, None) => done.report,
    };
    if shown.is_empty() {
        return done.code;
    }
    let mut out = std::io::stdout().lock();
    match out.write_all(shown.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => done.code,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => done.code,
        Err(e) => {
            eprintln!("claimcheck: error: cannot write the report: {e}");
            ERROR
        }
    }
}

/// Writes the report to `path`, creating or emptying it.
fn write_report(path: &str, text: &str) -> Result<(), UserError> {
    let why = |reason: String| UserError(format!("{path}: cannot write the report: {reason}"));
    if Path::new(path).is_dir() {
        return Err(why("is a directory".into()));
    }
    std::fs::write(path, text).map_err(|e| {
        why(match e.kind() {
            std::io::ErrorKind::NotFound => "no such folder".into(),
            _ => io_reason(&e),
        })
    })
}

#[derive(clap::Args)]
struct CheckArgs {
    /// The article: a UTF-8 text file, or - for standard input.
    article: String,
    /// The claims: JSON ({"claims": [...]}) or JSON Lines, or - for standard input.
    /// Without it, ARTICLE is a claims file that names its article
    /// ("article": "story.txt") or is named NAME.claims.jsonl (or
    /// .json) beside NAME.txt, or a folder of such files (files with no
    /// article are skipped; the text, Markdown, JSON and HTML reports
    /// list them).
    claims: Option<String>,
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
    published: Option<claimcheck::Date>,
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
    /// Read an article that is not valid UTF-8, replacing each invalid
    /// byte sequence with U+FFFD (a warning says how many).
    #[arg(long)]
    lossy: bool,
    /// How many threads judge claims, 1 to 256 (default: one per core).
    /// The report is the same whatever the number.
    #[arg(short = 'j', long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=256))]
    threads: Option<u16>,
    /// Print only the summary line instead of the report; -qq prints
    /// nothing.
    ///
    /// -q prints one line on standard output: the counts of verdicts,
    /// then ok, failed or error as the exit status (0, 1, 2) says.
    /// -qq prints nothing: the exit status alone. Either way, whatever
    /// --format is: the line is plain text, and the report in --format
    /// is not printed. With --output FILE the report is still written
    /// to FILE, and --snapshot still compares. Errors and warnings
    /// still go to standard error; notes (the progress line, "snapshot
    /// written") do not.
    #[arg(short, long, action = clap::ArgAction::Count)]
    quiet: u8,
    #[command(flatten)]
    output: OutputArg,
}

impl CheckArgs {
    /// How many threads judge claims: -j, or one per core.
    fn threads(&self) -> usize {
        self.threads.map_or_else(
            || std::thread::available_parallelism().map_or(1, |n| n.get()),
            usize::from,
        )
    }

    /// Whether the report goes to a file (--output): never coloured.
    fn to_file(&self) -> bool {
        self.output.file().is_some()
    }
}

/// The largest claims file read, in bytes: room for the most claims a file
/// may hold (`claims::MAX_CLAIMS`) at a kilobyte each.
const MAX_CLAIMS_FILE_BYTES: usize = 256 << 20;

/// Reads a file, or standard input for `-`, refusing more than `limit`
/// bytes before reading them all.
fn read_input(path: &str, what: &str, limit: usize) -> Result<Vec<u8>, UserError> {
    let name = display_name(path);
    let too_large = |bytes: Option<u64>| {
        let size = bytes.map_or("longer than".to_string(), |b| {
            format!("{b} bytes long, over")
        });
        UserError(format!(
            "{name}: the {what} is {size} the limit of {limit} bytes ({} MiB)",
            limit >> 20
        ))
    };
    if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .take(limit as u64 + 1)
            .read_to_end(&mut buf)
            .map_err(|e| UserError(format!("<stdin>: cannot read: {e}")))?;
        if buf.len() > limit {
            return Err(too_large(None));
        }
        return Ok(buf);
    }
    if Path::new(path).is_dir() {
        return Err(UserError(format!("{path}: is a directory, not a file")));
    }
    if let Ok(m) = std::fs::metadata(path)
        && m.is_file()
        && m.len() > limit as u64
    {
        return Err(too_large(Some(m.len())));
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
    published: Option<claimcheck::Date>,
    lossy: bool,
) -> Result<Article, UserError> {
    let bytes = read_input(path, "article", claimcheck::MAX_ARTICLE_BYTES)?;
    let name = display_name(path);
    let text = decode_text(&bytes, name, lossy)?;
    Article::parse(&text, published).map_err(|e: ArticleError| UserError(format!("{name}: {e}")))
}

/// A file's text: UTF-8, or with `lossy` each invalid sequence replaced
/// (a warning says how many).
fn decode_text<'b>(
    bytes: &'b [u8],
    name: &str,
    lossy: bool,
) -> Result<std::borrow::Cow<'b, str>, UserError> {
    if !lossy {
        return Article::decode(bytes)
            .map(Into::into)
            .map_err(|e| UserError(format!("{name}: {e}")));
    }
    let (text, replaced) = Article::decode_lossy(bytes);
    if replaced > 0 {
        eprintln!(
            "claimcheck: warning: {name}: {replaced} invalid UTF-8 sequences replaced with U+FFFD"
        );
    }
    Ok(text)
}

fn claims_format_of(a: &CheckArgs, path: &str) -> Format {
    match a.claims_format {
        ClaimsFormat::Json => Format::Json,
        ClaimsFormat::Jsonl => Format::JsonLines,
        ClaimsFormat::Auto if path.ends_with(".jsonl") || path.ends_with(".ndjson") => {
            Format::JsonLines
        }
        ClaimsFormat::Auto => Format::Auto,
    }
}

/// Reads a claims file as UTF-8 and parses it.
fn load_claims(a: &CheckArgs, path: &str) -> Result<claims::ClaimsFile, UserError> {
    let bytes = read_input(path, "claims file", MAX_CLAIMS_FILE_BYTES)?;
    parse_claims(a, path, &bytes)
}

/// Reads the one file `check` was given: a claims file that names its
/// article. Text that is not JSON at all is an article given without its
/// claims file: that error says so, with the ways to call `check`.
fn load_claims_alone(a: &CheckArgs, path: &str) -> Result<claims::ClaimsFile, UserError> {
    let bytes = read_input(path, "claims file", MAX_CLAIMS_FILE_BYTES)?;
    let start = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&bytes);
    match start.iter().find(|b| !b.is_ascii_whitespace()) {
        Some(b'{' | b'[') | None => parse_claims(a, path, &bytes),
        Some(_) => Err(missing_claims(path)),
    }
}

/// The error for an article given without a claims file.
fn missing_claims(article: &str) -> UserError {
    let name = display_name(article);
    let beside = Path::new(article)
        .file_stem()
        .and_then(|stem| {
            let dir = Path::new(article).parent()?;
            ["claims.jsonl", "claims.json"]
                .iter()
                .map(|x| dir.join(format!("{}.{x}", stem.to_string_lossy())))
                .find(|p| article != "-" && p.is_file())
        })
        .map(|p| {
            format!(
                "\ndid you mean: claimcheck check {article} {}",
                p.to_string_lossy()
            )
        })
        .unwrap_or_default();
    UserError(format!(
        "the claims file is missing: {name} is not JSON, so it is the article, \
         not a claims file that names one{beside}\n{CHECK_USAGE}"
    ))
}

/// Parses a claims file's bytes, UTF-8.
fn parse_claims(a: &CheckArgs, path: &str, bytes: &[u8]) -> Result<claims::ClaimsFile, UserError> {
    let name = display_name(path);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        UserError(format!(
            "{name}: not UTF-8 text (invalid byte at offset {})",
            e.valid_up_to()
        ))
    })?;
    claims::parse_file(text, claims_format_of(a, path))
        .map_err(|e| UserError(format!("{name}:{e}")))
}

/// Checks one claims file against one article, judging claims on `threads`
/// threads.
fn check_one(
    a: &CheckArgs,
    article_path: &str,
    claims_path: &str,
    file: &claims::ClaimsFile,
    threads: usize,
) -> Result<report::CheckReport, UserError> {
    let article = load_article(article_path, a.published, a.lossy)?;
    let options = Options {
        strict_attribution: a.strict_attribution,
        threads,
        // Only the tests of the failure path set this (see README,
        // Development).
        test_panic: std::env::var("CLAIMCHECK_TEST_PANIC").ok(),
        ..Options::default()
    };
    let fail_on = match a.fail_on {
        FailOnArg::Contradicted => FailOn::Contradicted,
        FailOnArg::Unverified => FailOn::Unverified,
        FailOnArg::Never => FailOn::Never,
    };
    // Each outcome becomes its report entry on the thread that judged it.
    let index = article.index();
    let results = claimcheck::check_each(index, &file.claims, &options, |c, o| {
        report::result(index, c, &o, fail_on)
    });
    Ok(report::assemble(
        index,
        &file.claims,
        results,
        display_name(article_path),
        display_name(claims_path),
    ))
}

/// The claims of a file that cannot be read, as error lines naming the
/// file, line and column.
fn unreadable(claims_path: &str, file: &claims::ClaimsFile) -> Vec<String> {
    file.claims
        .iter()
        .filter_map(|c| {
            let p = c.problem.as_ref()?;
            Some(format!(
                "{}:{p} (claim {})",
                display_name(claims_path),
                c.id
            ))
        })
        .collect()
}

/// The claims of a report whose judgement failed, as error lines naming
/// the claims file, line and column.
fn internal_errors(r: &report::CheckReport) -> Vec<String> {
    r.results
        .iter()
        .filter(|c| c.rule.name == "internal-error")
        .map(|c| {
            format!(
                "{}:{}:{}: {} (claim {})",
                r.claims_file, c.line, c.column, c.rule.message, c.id
            )
        })
        .collect()
}

fn check(a: CheckArgs) -> Result<Done, UserError> {
    // Input errors that do not stop the run: unreadable claims (which keep
    // their place in the report) and, in folder mode, files that cannot be
    // checked. Any of them makes the exit status 2.
    let mut errors: Vec<String> = Vec::new();
    let checked = check_inputs(&a, &mut errors)?;
    errors.extend(checked.reports.iter().flat_map(internal_errors));
    let style = Style {
        color: use_color(&a),
    };
    let text = render(&checked, a.format, style);
    let code = match &a.snapshot {
        // The snapshot is the expectation: only a change fails the run.
        Some(path) => {
            let now = render(&checked, CheckFormat::Json, Style { color: false });
            if snapshot(path, &now, a.update, a.quiet > 0)? {
                FAILED
            } else {
                OK
            }
        }
        None if checked.reports.iter().any(report::CheckReport::failed) => FAILED,
        None => OK,
    };
    for e in &errors {
        eprintln!("claimcheck: error: {e}");
    }
    let code = if errors.is_empty() { code } else { ERROR };
    let instead = match a.quiet {
        0 => None,
        1 => Some(quiet_line(&checked, code)),
        _ => Some(String::new()),
    };
    Ok(Done {
        report: text,
        instead,
        code,
    })
}

/// What `check` checked.
struct Checked {
    reports: Vec<report::CheckReport>,
    /// From a folder: the reports are combined into one, however many
    /// there are, so that its shape does not depend on the inputs.
    folder: bool,
    /// The folder's claims files that were not checked.
    unchecked: Vec<report::Unchecked>,
}

fn check_inputs(a: &CheckArgs, errors: &mut Vec<String>) -> Result<Checked, UserError> {
    let mut checked = Checked {
        reports: Vec::new(),
        folder: a.claims.is_none() && Path::new(&a.article).is_dir(),
        unchecked: Vec::new(),
    };
    checked.reports = match &a.claims {
        Some(claims_path) => {
            if a.article == "-" && claims_path == "-" {
                return Err(UserError(
                    "only one of ARTICLE and CLAIMS can be - (standard input)".into(),
                ));
            }
            let file = load_claims(a, claims_path)?;
            errors.extend(unreadable(claims_path, &file));
            vec![check_one(a, &a.article, claims_path, &file, a.threads())?]
        }
        // One argument: a claims file naming its article, or a folder of them.
        None if checked.folder => check_folder(a, errors, &mut checked.unchecked)?,
        None => {
            let path = &a.article;
            let file = load_claims_alone(a, path)?;
            errors.extend(unreadable(path, &file));
            let article = article_path(path, &file).map_err(|reason| {
                UserError(format!("{}: {reason}\n{CHECK_USAGE}", display_name(path)))
            })?;
            vec![check_one(a, &article, path, &file, a.threads())?]
        }
    };
    Ok(checked)
}

/// Colour only on a terminal (unless --color says otherwise), never in a
/// file.
fn use_color(a: &CheckArgs) -> bool {
    match a.color {
        _ if a.to_file() => false,
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => {
            std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    }
}

/// The line -q prints: the text report's summary line (a folder's line of
/// totals), then what the exit status says.
fn quiet_line(checked: &Checked, code: i32) -> String {
    let counts = match (&checked.reports[..], checked.folder) {
        ([one], false) => report::text::summary_line(one),
        (reports, _) => report::combine::totals_line(reports),
    };
    let status = match code {
        OK => "ok",
        FAILED => "failed",
        _ => "error",
    };
    format!("{counts} — {status}\n")
}

/// The article a claims file is about: the one it names, relative to the
/// claims file, or else `NAME.txt` beside `NAME.claims.jsonl`. Without
/// either, why there is none.
fn article_path(claims_path: &str, file: &claims::ClaimsFile) -> Result<String, String> {
    let path = Path::new(claims_path);
    let dir = match path.parent() {
        Some(d) if claims_path != "-" => d,
        _ => Path::new(""),
    };
    if let Some(article) = &file.article {
        return Ok(dir.join(article).to_string_lossy().into_owned());
    }
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    match claims::paired_article(name) {
        Some(txt) if dir.join(&txt).is_file() => Ok(dir.join(txt).to_string_lossy().into_owned()),
        Some(txt) => Err(format!("names no article, and there is no {txt} beside it")),
        None => Err(
            "names no article (\"article\": \"story.txt\"), and its name is not NAME.claims.jsonl beside a NAME.txt"
                .into(),
        ),
    }
}

/// The ways to call `check`, for errors about its arguments.
const CHECK_USAGE: &str = "\
Usage: claimcheck check ARTICLE CLAIMS
       claimcheck check CLAIMS   (a claims file that names its article, \"article\": \"story.txt\",
                                  or NAME.claims.jsonl beside NAME.txt)
       claimcheck check FOLDER   (every claims file in the folder)";

/// Checks every claims file (`*.json`, `*.jsonl`, `*.ndjson`) in a folder,
/// each against the article it names or the `NAME.txt` beside it, in
/// parallel across files, in name order. A file with no article is
/// skipped; one that cannot be read or checked is failed, an entry in
/// `errors` too; both are listed in `unchecked`, and the others go on. A
/// folder where nothing could be checked is an error.
fn check_folder(
    a: &CheckArgs,
    errors: &mut Vec<String>,
    unchecked: &mut Vec<report::Unchecked>,
) -> Result<Vec<report::CheckReport>, UserError> {
    let dir = &a.article;
    let mut jobs = Vec::new();
    for p in claims_files_in(dir)? {
        match load_claims(a, &p).map(|file| (article_path(&p, &file), file)) {
            Ok((Ok(article), file)) => {
                errors.extend(unreadable(&p, &file));
                jobs.push((p, article, file));
            }
            Ok((Err(reason), _)) => unchecked.push(not_checked(&p, false, reason)),
            Err(UserError(e)) => {
                unchecked.push(not_checked(&p, true, e.clone()));
                errors.push(e);
            }
        }
    }
    let mut reports = Vec::with_capacity(jobs.len());
    for ((p, _, _), r) in jobs.iter().zip(check_files(a, &jobs)) {
        match r {
            Ok(r) => reports.push(r),
            Err(UserError(e)) => {
                unchecked.push(not_checked(p, true, e.clone()));
                errors.push(e);
            }
        }
    }
    unchecked.sort_by(|x, y| x.claims_file.cmp(&y.claims_file));
    if reports.is_empty() && unchecked.is_empty() {
        return Err(UserError(format!(
            "{dir}: holds no claims file (*.json, *.jsonl or *.ndjson)"
        )));
    }
    if reports.is_empty() {
        let list: Vec<String> = unchecked
            .iter()
            .map(|u| format!("{}: {}: {}", u.claims_file, u.status(), u.reason))
            .collect();
        return Err(UserError(format!(
            "{dir}: no claims file here could be checked:\n  {}",
            list.join("\n  ")
        )));
    }
    Ok(reports)
}

/// A file of a folder that was not checked; `reason` loses the file's name
/// where it starts with it.
fn not_checked(path: &str, failed: bool, reason: String) -> report::Unchecked {
    let reason = match reason.strip_prefix(path).and_then(|r| r.strip_prefix(':')) {
        Some(rest) => rest.trim_start().to_string(),
        None => reason,
    };
    report::Unchecked {
        claims_file: path.to_string(),
        failed,
        reason,
    }
}

/// The claims files of a folder (`*.json`, `*.jsonl`, `*.ndjson`), in name
/// order.
fn claims_files_in(dir: &str) -> Result<Vec<String>, UserError> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| UserError(format!("{dir}: cannot read: {}", io_reason(&e))))?;
    let mut paths: Vec<String> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .filter(|p| {
            p.extension()
                .is_some_and(|x| x == "json" || x == "jsonl" || x == "ndjson")
        })
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    paths.sort();
    Ok(paths)
}

/// Checks claims files side by side, each against its article; threads
/// left over judge claims. The results come in the order of `jobs`.
fn check_files(
    a: &CheckArgs,
    jobs: &[(String, String, claims::ClaimsFile)],
) -> Vec<Result<report::CheckReport, UserError>> {
    let n = jobs.len();
    if n == 0 {
        return Vec::new();
    }
    let workers = a.threads().min(n);
    let per_file = (a.threads() / workers).max(1);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let done = std::sync::atomic::AtomicUsize::new(0);
    let slots: Vec<std::sync::Mutex<Option<Result<report::CheckReport, UserError>>>> =
        (0..n).map(|_| std::sync::Mutex::new(None)).collect();
    // A progress line only for a person watching a long run.
    let progress = a.quiet == 0 && std::io::stderr().is_terminal() && n >= 8;
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    if i >= n {
                        break;
                    }
                    let (claims_path, article, file) = &jobs[i];
                    let r = check_one(a, article, claims_path, file, per_file);
                    if let Ok(mut slot) = slots[i].lock() {
                        *slot = Some(r);
                    }
                    let d = done.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
                    if progress {
                        eprint!("\rclaimcheck: checked {d}/{n} claims files");
                    }
                }
            });
        }
    });
    if progress {
        eprintln!();
    }
    slots
        .into_iter()
        .map(|m| {
            m.into_inner()
                .ok()
                .flatten()
                .unwrap_or_else(|| Err(UserError("a worker stopped".into())))
        })
        .collect()
}

/// Renders one report, or a folder's as one combined report.
fn render(checked: &Checked, format: CheckFormat, style: Style) -> String {
    let (reports, unchecked) = (&checked.reports[..], &checked.unchecked[..]);
    if let ([one], false) = (reports, checked.folder) {
        return match format {
            CheckFormat::Text => report::text::render(one, style),
            CheckFormat::Json => report::json::render(one),
            CheckFormat::Markdown => report::markdown::render(one),
            CheckFormat::Github => report::github::render(one),
            CheckFormat::Sarif => report::sarif::render(one),
            CheckFormat::Junit => report::junit::render(one),
            CheckFormat::Claimreview => report::claimreview::render(one),
            CheckFormat::Html => report::html::render(one),
        };
    }
    match format {
        CheckFormat::Text => report::combine::text(reports, unchecked, style),
        CheckFormat::Json => report::combine::json(reports, unchecked),
        CheckFormat::Markdown => report::combine::markdown(reports, unchecked),
        CheckFormat::Github => report::combine::concat(reports, report::github::render),
        CheckFormat::Sarif => report::combine::sarif(reports),
        CheckFormat::Junit => report::combine::junit(reports),
        CheckFormat::Claimreview => report::combine::claimreview(reports),
        CheckFormat::Html => report::html::render_many(reports, unchecked),
    }
}

/// Compares the JSON report with the snapshot at `path`, writing it when it
/// does not exist yet or `update` is given. Returns whether it changed (and
/// was not accepted); the diff goes to standard error.
fn snapshot(path: &str, now: &str, update: bool, quiet: bool) -> Result<bool, UserError> {
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
        if !quiet {
            eprintln!("claimcheck: snapshot {path} {what}");
        }
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
    published: Option<claimcheck::Date>,
    lossy: bool,
) -> Result<(String, i32), UserError> {
    let article = load_article(path, published, lossy)?;
    let name = display_name(path);
    let text = match format {
        IndexFormat::Text => report::index::text(article.index(), name),
        IndexFormat::Json => report::index::json(article.index(), name),
    };
    Ok((text, OK))
}

fn parse_cmd(path: &str, format: ParseFormat, lossy: bool) -> Result<(String, i32), UserError> {
    let bytes = read_input(path, "text", claimcheck::MAX_ARTICLE_BYTES)?;
    let name = display_name(path);
    let text = decode_text(&bytes, name, lossy)?;
    let parse = claimcheck::parse(&text)
        .ok_or_else(|| UserError("the grammar models in this binary did not load".into()))?;
    let out = match format {
        ParseFormat::Conllu => report::parse::conllu(&parse),
        ParseFormat::Json => report::parse::json(&parse, name),
    };
    Ok((out, OK))
}

fn rules_cmd(rule: Option<&str>, format: RulesFormat) -> Result<(String, i32), UserError> {
    let Some(name) = rule else {
        return Ok(match format {
            RulesFormat::Text => (report::rules::text_list(), OK),
            RulesFormat::Markdown => (report::rules::markdown(), OK),
        });
    };
    let m = rules::find(name)
        .ok_or_else(|| {
            UserError(format!(
                "no rule named {name:?} (run `claimcheck rules` for the list)"
            ))
        })?
        .meta();
    Ok(match format {
        RulesFormat::Text => (report::rules::text_one(m), OK),
        RulesFormat::Markdown => (report::rules::markdown_one(m), OK),
    })
}
