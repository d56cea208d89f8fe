//! Hostile and odd inputs, each run through the built binary: nothing
//! panics or hangs, every error names the file (and for claims the line and
//! column) with exit status 2, and every claim in gets exactly one result
//! out, in order. Large inputs are generated into a scratch folder.

mod common;

use common::{Run, claimcheck, scratch};
use serde_json::Value;
use std::path::Path;

const TALKS: &str = "tests/fixtures/talks.txt";
const ONE_CLAIM: &str =
    "{\"id\": \"a\", \"text\": \"Officials said the talks would resume on Monday.\"}\n";

fn path(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> String {
    let p = dir.join(name);
    std::fs::write(&p, bytes).expect("write input");
    path(&p).to_string()
}

/// Exit status 2, a message on stderr that says `what`, no panic.
fn assert_input_error(r: &Run, what: &str) {
    assert_eq!(r.code, 2, "{}", r.render());
    assert!(r.stderr.contains(what), "wanted {what:?}: {}", r.render());
    assert!(!r.stderr.contains("panicked"), "{}", r.render());
}

/// The JSON report of a run.
fn report(r: &Run) -> Value {
    serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{e}: {}", r.render()))
}

/// The verdict of each result, in order.
fn verdicts(r: &Run) -> Vec<String> {
    report(r)["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|x| x["verdict"].as_str().unwrap_or("").to_string())
        .collect()
}

fn check_json(article: &str, claims: &str, extra: &[&str]) -> Run {
    let mut args = vec!["check", article, claims, "--format", "json"];
    args.extend_from_slice(extra);
    claimcheck(&args, None)
}

#[test]
fn empty_and_white_space_only_files() {
    let dir = scratch("empty");
    let claims = write(&dir, "c.jsonl", ONE_CLAIM);
    for (name, body) in [("empty.txt", ""), ("blank.txt", " \n\t\r\n  \n")] {
        let article = write(&dir, name, body);
        assert_input_error(&check_json(&article, &claims, &[]), "the article is empty");
        let bad_claims = write(&dir, &format!("{name}.jsonl"), body);
        assert_input_error(
            &check_json(TALKS, &bad_claims, &[]),
            "the claims file is empty",
        );
    }
}

#[test]
fn binary_data() {
    let dir = scratch("binary");
    let mut bytes: Vec<u8> = (0..=255u8).cycle().take(64 * 1024).collect();
    bytes[0] = b'P';
    let article = write(&dir, "photo.jpg", &bytes);
    let claims = write(&dir, "c.jsonl", ONE_CLAIM);
    assert_input_error(
        &check_json(&article, &claims, &[]),
        "looks like binary data, not text (NUL byte at offset 256)",
    );
    let r = claimcheck(&["check", TALKS, &article], None);
    assert_input_error(&r, "not UTF-8 text (invalid byte at offset 128)");
}

#[test]
fn non_utf8_text_names_the_byte_or_is_read_lossily() {
    let dir = scratch("latin1");
    // "Officials said the café talks ..." in Latin-1: é is byte 0xE9.
    let article = write(
        &dir,
        "latin1.txt",
        b"Officials said the caf\xe9 talks would resume on Monday.\n",
    );
    let claims = write(&dir, "c.jsonl", ONE_CLAIM);
    let r = check_json(&article, &claims, &[]);
    assert_input_error(&r, "not UTF-8 text (invalid byte at offset 22; --lossy");
    let r = check_json(&article, &claims, &["--lossy"]);
    assert_eq!(r.code, 0, "{}", r.render());
    assert!(r.stderr.contains("1 invalid UTF-8 sequences replaced"));
    assert_eq!(verdicts(&r), ["supported"]);
    let r = claimcheck(&["index", &article, "--lossy"], None);
    assert_eq!(r.code, 0, "{}", r.render());
    assert!(r.stdout.contains("caf\u{fffd} talks"));
}

#[test]
fn byte_order_marks_and_crlf_line_ends_change_nothing() {
    let dir = scratch("bom");
    let text = std::fs::read_to_string(TALKS).expect("fixture");
    let claims_text = std::fs::read_to_string("tests/fixtures/no-expect.jsonl").expect("fixture");
    let plain = check_json(
        TALKS,
        "tests/fixtures/no-expect.jsonl",
        &["--fail-on", "never"],
    );
    let crlf = |s: &str| s.replace('\n', "\r\n");
    for (name, article, claims) in [
        (
            "bom",
            format!("\u{feff}{text}"),
            format!("\u{feff}{claims_text}"),
        ),
        ("crlf", crlf(&text), crlf(&claims_text)),
        (
            "both",
            format!("\u{feff}{}", crlf(&text)),
            crlf(&claims_text),
        ),
    ] {
        let a = write(&dir, &format!("{name}.txt"), article);
        let c = write(&dir, &format!("{name}.jsonl"), claims);
        let r = check_json(&a, &c, &["--fail-on", "never"]);
        assert_eq!(r.code, 0, "{name}: {}", r.render());
        assert_eq!(verdicts(&r), verdicts(&plain), "{name}");
        // Evidence keeps its line and column; a BOM is not a column.
        let at = |r: &Run| {
            report(r)["results"]
                .as_array()
                .expect("results")
                .iter()
                .map(|x| {
                    (
                        x["evidence"]["line"].clone(),
                        x["evidence"]["column"].clone(),
                    )
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(at(&r), at(&plain), "{name}");
    }
}

#[test]
fn a_20_mb_article() {
    let dir = scratch("20mb");
    let text = std::fs::read_to_string("claims/ukraine-security-guarantees.txt").expect("article");
    let mut big = String::with_capacity(21 << 20);
    while big.len() < 20 << 20 {
        big.push_str(&text);
        big.push_str("\n\n");
    }
    let article = write(&dir, "big.txt", &big);
    let claims = write(
        &dir,
        "c.jsonl",
        "{\"id\": \"a\", \"text\": \"Officials said the United States and several European countries have been developing plans to provide security guarantees to Ukraine.\"}\n",
    );
    let r = check_json(&article, &claims, &[]);
    assert_eq!(r.code, 0, "{}", r.render());
    assert_eq!(verdicts(&r), ["supported"]);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn an_article_past_the_limit_is_refused_before_it_is_read() {
    let dir = scratch("limit");
    let file = std::fs::File::create(dir.join("huge.txt")).expect("create");
    // A sparse file: 33 MiB long without writing 33 MiB.
    file.set_len(33 << 20).expect("set length");
    let huge = path(&dir.join("huge.txt")).to_string();
    assert_input_error(
        &claimcheck(&["index", &huge], None),
        "the article is 34603008 bytes long, over the limit of 33554432 bytes (32 MiB)",
    );
    let over = vec![b'a'; (32 << 20) + 1];
    assert_input_error(
        &claimcheck(&["index", "-"], Some(&over)),
        "<stdin>: the article is longer than the limit",
    );
}

#[test]
fn pathological_text_shapes() {
    let dir = scratch("shapes");
    let words = [
        "officials",
        "said",
        "talks",
        "would",
        "resume",
        "the",
        "minister",
        "denied",
        "plans",
    ];
    let line: String = (0..180_000)
        .map(|i| words[(i * 7) % words.len()])
        .collect::<Vec<_>>()
        .join(" ");
    let quotes = "He said \"yes\" and \" ".repeat(5000) + "\"".repeat(10_000).as_str();
    let parens = format!(
        "Officials said {}the talks would resume{}.",
        "(".repeat(50_000),
        ")".repeat(50_000)
    );
    // Thirty thousand short quotations, each with its speaker: looking up
    // the quotation at a mark once scanned every quotation of the article.
    let quoted = "Dr. Gen. U.S. Mr. \"A,\" said B. ".repeat(30_000);
    let claims = write(&dir, "c.jsonl", ONE_CLAIM);
    for (name, text) in [
        ("thirty-thousand-quoted-sentences.txt", quoted),
        ("one-megabyte-line.txt", line),
        ("ten-thousand-quotes.txt", quotes),
        ("deep-parentheses.txt", parens),
    ] {
        let article = write(&dir, name, text);
        let r = check_json(&article, &claims, &["--fail-on", "never"]);
        assert_eq!(r.code, 0, "{name}: {}", r.render());
        assert_eq!(verdicts(&r).len(), 1, "{name}");
        let r = claimcheck(&["index", &article, "--format", "json"], None);
        assert_eq!(r.code, 0, "{name}: {}", r.render());
        let r = claimcheck(&["parse", &article], None);
        assert_eq!(r.code, 0, "{name}: {}", r.render());
    }
}

/// `parse` over typographic and combining characters: every word's span
/// lies on character boundaries and holds its form. A hyphen after a
/// curly apostrophe ("l\u{2019}anti-war") once sliced a folded copy of
/// the word at the original's byte offset and panicked.
#[test]
fn parse_spans_hold_their_words() {
    let dir = scratch("parse-unicode");
    let text = "Zo\u{eb} Ad\u{e9}b\u{e1}y\u{1ecd}\u{300} said l\u{2019}anti-war e\u{301}-mail didn\u{2019}t help \u{1f389}.\n\
                \u{5e9}\u{5dc}\u{5d5}\u{5dd} \u{2014} they\u{2019}re \u{201c}done\u{201d}, dont ask.";
    let file = write(&dir, "t.txt", text);
    let r = claimcheck(&["parse", &file, "--format", "json"], None);
    assert_eq!(r.code, 0, "{}", r.render());
    let v = report(&r);
    let mut words = 0;
    for s in v["sentences"].as_array().expect("sentences") {
        for w in s["words"].as_array().expect("words") {
            let (a, b) = (
                w["start"].as_u64().expect("start") as usize,
                w["end"].as_u64().expect("end") as usize,
            );
            assert!(text.is_char_boundary(a) && text.is_char_boundary(b), "{w}");
            assert_eq!(w["form"].as_str(), Some(&text[a..b]), "{w}");
            words += 1;
        }
    }
    assert!(words > 20, "{}", r.stdout);
    let conllu = claimcheck(&["parse", &file], None);
    assert!(
        conllu.stdout.contains("didn\u{2019}t\t_"),
        "{}",
        conllu.stdout
    );
}

#[test]
fn emoji_right_to_left_and_combining_characters() {
    let dir = scratch("unicode");
    let text = "Le maire 👩‍👩‍👧 a parlé. שלום עולם — the mayor said the bridge would reopen on Monday.\n\
                Zoë Adébáyọ̀, the e\u{301}diteur, said \"the 🎉 festival was cancelled\" on Tuesday.\n\
                مرحبا. The council said it approved the budget.\n";
    let article = write(&dir, "unicode.txt", text);
    let r = claimcheck(&["index", &article, "--format", "json"], None);
    assert_eq!(r.code, 0, "{}", r.render());
    let index = report(&r);
    let statements = index["statements"].as_array().expect("statements");
    assert!(statements.len() >= 3, "{}", r.stdout);
    for st in statements {
        let (a, b) = (
            st["span"][0].as_u64().expect("start") as usize,
            st["span"][1].as_u64().expect("end") as usize,
        );
        assert!(text.is_char_boundary(a) && text.is_char_boundary(b), "{st}");
        assert_eq!(st["text"].as_str(), Some(&text[a..b]), "{st}");
        // The column counts characters from the start of the line.
        let line_start = text[..a].rfind('\n').map_or(0, |i| i + 1);
        let line = text[..a].matches('\n').count() + 1;
        assert_eq!(st["line"].as_u64(), Some(line as u64), "{st}");
        assert_eq!(
            st["column"].as_u64(),
            Some(text[line_start..a].chars().count() as u64 + 1),
            "{st}"
        );
    }
    let claims = write(
        &dir,
        "c.jsonl",
        "{\"id\": \"q\", \"text\": \"Zoë Adébáyọ̀ said \\\"the 🎉 festival was cancelled\\\".\"}\n\
         {\"id\": \"r\", \"text\": \"The mayor said the bridge would reopen on Monday.\"}\n",
    );
    let r = check_json(&article, &claims, &["--fail-on", "never"]);
    assert_eq!(r.code, 0, "{}", r.render());
    assert_eq!(verdicts(&r), ["supported", "supported"], "{}", r.stdout);
    // The mayor's sentence starts after a line of emoji and Hebrew: its
    // column counts those characters, not their bytes.
    let ev = &report(&r)["results"][1]["evidence"];
    let expected = text.find("שלום").map(|i| text[..i].chars().count() + 1);
    assert_eq!(ev["column"].as_u64(), expected.map(|c| c as u64), "{ev}");
}

#[test]
fn deeply_nested_json_is_an_error_not_a_stack_overflow() {
    let dir = scratch("nested");
    let deep =
        |open: &str, close: &str| format!("{}{}", open.repeat(500_000), close.repeat(500_000));
    let files = [
        ("array.json", deep("[", "]")),
        ("claims.json", format!("{{\"claims\": {}}}", deep("[", "]"))),
        (
            "text.json",
            format!(
                "{{\"claims\": [{{\"id\": \"a\", \"text\": {}}}]}}",
                deep("[", "]")
            ),
        ),
        (
            "object.jsonl",
            format!(
                "{ONE_CLAIM}{}1{}\n",
                "{\"a\":".repeat(500_000),
                "}".repeat(500_000)
            ),
        ),
    ];
    for (name, body) in files {
        let f = write(&dir, name, body);
        let r = claimcheck(&["check", TALKS, &f], None);
        assert_eq!(r.code, 2, "{name}: {}", r.render());
        assert!(
            r.stderr.contains(&format!("{name}:1:")) || r.stderr.contains(&format!("{name}:2:")),
            "{name}: {}",
            r.stderr
        );
        assert!(
            !r.stderr.contains("overflow") && !r.stderr.contains("panicked"),
            "{name}"
        );
    }
}

/// Every claim in gets one result out, in input order, even when it cannot
/// be read; the summary adds up; problems go to stderr with file, line and
/// column, and the exit status is 2.
#[test]
fn wrong_json_types_keep_their_place() {
    let dir = scratch("types");
    let claims = write(
        &dir,
        "c.jsonl",
        concat!(
            "{\"id\": \"ok\", \"text\": \"Officials said the talks would resume on Monday.\"}\n",
            "{\"id\": 1, \"text\": \"Officials said the talks would resume.\"}\n",
            "{\"id\": \"arr\", \"text\": [\"Officials\"]}\n",
            "\"just a string\"\n",
            "{\"id\": \"exp\", \"text\": \"Officials said the talks would resume.\", \"expect\": true}\n",
            "null\n",
            "{\"id\": \"nul\", \"text\": null}\n",
            "{\"id\": \"ok2\", \"text\": \"Officials said the talks would not resume.\"}\n",
        ),
    );
    let r = check_json(TALKS, &claims, &[]);
    assert_eq!(r.code, 2, "{}", r.render());
    let doc = report(&r);
    let results = doc["results"].as_array().expect("results");
    let ids: Vec<&str> = results
        .iter()
        .map(|x| x["id"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(ids, ["ok", "#2", "arr", "#4", "exp", "#6", "nul", "ok2"]);
    let rules: Vec<&str> = results
        .iter()
        .map(|x| x["rule"]["name"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        rules.iter().filter(|r| **r == "claim-unreadable").count(),
        6
    );
    assert_eq!(results[0]["verdict"], "supported");
    assert_eq!(results[7]["verdict"], "contradicted");
    let s = &doc["summary"];
    assert_eq!(s["claims"], 8);
    assert_eq!(s["unreadable"], 6);
    assert_eq!(
        s["supported"].as_u64().unwrap_or(0)
            + s["contradicted"].as_u64().unwrap_or(0)
            + s["unverified"].as_u64().unwrap_or(0),
        8
    );
    assert_eq!(r.stderr.lines().count(), 6, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("c.jsonl:2:8: `id` must be a string (claim #2)"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .contains("c.jsonl:3:23: `text` must be a string (claim arr)"),
        "{}",
        r.stderr
    );
}

#[test]
fn a_hundred_thousand_claims_each_get_one_result_in_order() {
    let dir = scratch("many");
    let texts = [
        "Officials said the talks would resume on Monday.",
        "Officials said the talks would resume on Friday.",
        "The minister said the bridge would close.",
    ];
    let mut body = String::new();
    for i in 0..100_000 {
        if i % 10_007 == 5 {
            body.push_str(&format!("{{\"id\": \"c{i}\", \"txt\": \"typo\"}}\n"));
        } else {
            body.push_str(&format!(
                "{{\"id\": \"c{i}\", \"text\": \"{}\"}}\n",
                texts[i % 3]
            ));
        }
    }
    let claims = write(&dir, "many.jsonl", body);
    let r = claimcheck(&["check", TALKS, &claims, "--format", "junit"], None);
    assert_eq!(r.code, 2, "{}", &r.stderr);
    let cases: Vec<&str> = r
        .stdout
        .split("\" name=\"")
        .skip(1)
        .map(|c| c.split('"').next().unwrap_or(""))
        .collect();
    assert_eq!(cases.len(), 100_000);
    assert!(
        cases
            .iter()
            .enumerate()
            .all(|(i, id)| *id == format!("c{i}"))
    );
    assert_eq!(r.stderr.lines().count(), 10);
}

#[test]
fn a_one_megabyte_claim_is_reported_not_aligned() {
    let dir = scratch("long-claim");
    let text = "Officials said the talks would resume. ".repeat(27_000);
    let claims = write(
        &dir,
        "c.jsonl",
        format!("{ONE_CLAIM}{{\"id\": \"long\", \"text\": \"{text}\"}}\n"),
    );
    let r = check_json(TALKS, &claims, &[]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    let doc = report(&r);
    assert_eq!(doc["results"][0]["verdict"], "supported");
    assert_eq!(doc["results"][1]["rule"]["name"], "claim-unreadable");
    assert!(
        r.stderr.contains(
            "c.jsonl:2:24: the claim's text is 1053000 characters long; the limit is 5000"
        ),
        "{}",
        r.stderr
    );
}

#[test]
fn folders_where_files_are_expected() {
    let dir = scratch("folders");
    let d = path(&dir);
    assert_input_error(
        &claimcheck(&["check", d, "tests/fixtures/no-expect.jsonl"], None),
        "is a directory, not a file",
    );
    assert_input_error(
        &claimcheck(&["check", TALKS, d], None),
        "is a directory, not a file",
    );
    assert_input_error(
        &claimcheck(&["index", d], None),
        "is a directory, not a file",
    );
}

#[test]
fn unreadable_files() {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let dir = scratch("unreadable");
        let f = write(&dir, "locked.txt", "Officials said the talks would resume.");
        std::fs::set_permissions(&f, std::fs::Permissions::from_mode(0o000)).expect("chmod");
        // Root reads any file: then only the kernel's refusal below is tested.
        if std::fs::read(&f).is_err() {
            assert_input_error(&claimcheck(&["index", &f], None), "permission denied");
        }
        if Path::new("/proc/self/mem").exists() {
            // A file that exists but cannot be read from its start.
            let r = claimcheck(&["index", "/proc/self/mem"], None);
            assert_input_error(&r, "/proc/self/mem: cannot read");
        }
    }
    assert_input_error(
        &claimcheck(&["index", "tests/fixtures/no-such-file.txt"], None),
        "no-such-file.txt: cannot read: no such file",
    );
}

#[test]
fn standard_input_for_the_article() {
    let text = std::fs::read(TALKS).expect("fixture");
    let r = claimcheck(
        &[
            "check",
            "-",
            "tests/fixtures/no-expect.jsonl",
            "--format",
            "json",
            "--fail-on",
            "never",
        ],
        Some(&text),
    );
    assert_eq!(r.code, 0, "{}", r.render());
    assert_eq!(report(&r)["article"], "<stdin>");
    let r = claimcheck(&["index", "-"], Some(&text));
    assert_eq!(r.code, 0, "{}", r.render());
}

/// Output into a pipe closed early (`| head`) ends quietly.
#[test]
fn a_closed_pipe_ends_quietly() {
    use std::io::Read;
    use std::process::{Command, Stdio};
    // An index far larger than a pipe's buffer, so that writing meets the
    // closed pipe.
    let dir = scratch("pipe");
    let text = std::fs::read_to_string("claims/ukraine-security-guarantees.txt").expect("article");
    let article = write(&dir, "long.txt", format!("{text}\n\n").repeat(40));
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["index", &article, "--format", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run claimcheck");
    let mut first = [0u8; 16];
    let mut out = child.stdout.take().expect("stdout");
    out.read_exact(&mut first).expect("some output");
    drop(out);
    let status = child.wait().expect("wait");
    let mut err = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut err)
        .expect("stderr");
    assert_eq!(status.code(), Some(0), "{err}");
    assert_eq!(err, "");
}

/// Each report that embeds input escapes it for its format: markup stays
/// text, nothing starts a new annotation or table row, control characters
/// (a terminal escape) and bidirectional overrides are shown, not obeyed.
#[test]
fn reports_escape_hostile_input_for_their_format() {
    let dir = scratch("escape");
    let article = write(
        &dir,
        "a.txt",
        "Officials said the talks would resume on Monday <script>alert(2)</script> ]]> & | *x* \u{1b}[2J.\n",
    );
    let hostile = "Officials said <script>alert(1)</script> ]]> --> & \"q\" 'a' | *b* _i_ `c`\n::error::pwned %0A \u{1}\u{8}\u{1b}[31m \u{202e}reversed [x](javascript:alert(1)) the talks would resume.";
    let claims = write(
        &dir,
        "c.jsonl",
        serde_json::json!({"id": "x<i>\n::warning::id|1", "text": hostile}).to_string() + "\n",
    );
    let run = |format: &str| {
        let r = claimcheck(
            &[
                "check",
                &article,
                &claims,
                "--format",
                format,
                "--fail-on",
                "unverified",
            ],
            None,
        );
        assert_eq!(r.code, 1, "{format}: {}", r.render());
        r.stdout
    };
    // No format lets a control character or an override through.
    let obeyed = |s: &str| {
        s.chars()
            .any(|c| (c < ' ' && c != '\n') || ('\u{202a}'..='\u{202e}').contains(&c))
    };

    let html = run("html");
    assert!(!html.contains("<script>alert"), "html");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!obeyed(&html), "html");

    let markdown = run("markdown");
    assert!(!markdown.contains("<script>"), "{markdown}");
    assert!(markdown.contains(r"\| \*b\* \_i\_ \`c\`"), "{markdown}");
    // One table row per claim: the claim's line end does not start another.
    let rows = markdown.lines().filter(|l| l.starts_with("| ")).count();
    assert_eq!(rows, 2, "{markdown}");
    assert!(!obeyed(&markdown), "{markdown}");

    let junit = run("junit");
    assert!(
        !junit.contains("<script>") && !junit.contains("<i>"),
        "{junit}"
    );
    assert!(!obeyed(&junit), "{junit}");

    let github = run("github");
    // One workflow command per annotated claim; the claim's "::error::"
    // stays inside its message.
    assert_eq!(
        github.lines().filter(|l| l.starts_with("::")).count(),
        1,
        "{github}"
    );
    assert!(github.contains("%0A::error::pwned %250A"), "{github}");
    assert!(
        github.contains("title=claimcheck%3A x<i>%0A%3A%3Awarning%3A%3Aid|1"),
        "{github}"
    );

    let text = run("text");
    assert!(!obeyed(&text), "{text}");
    assert!(
        text.contains("\u{241b}[31m") && text.contains("\u{27e8}U+202E\u{27e9}reversed"),
        "{text}"
    );

    // The JSON formats carry the text intact, escaped by JSON itself.
    let sarif: Value = serde_json::from_str(&run("sarif")).expect("SARIF is JSON");
    assert_eq!(
        sarif["runs"][0]["results"][0]["properties"]["claim"],
        hostile
    );
    let review: Value = serde_json::from_str(&run("claimreview")).expect("JSON-LD");
    assert_eq!(review["@graph"][0]["claimReviewed"], hostile);
    let json: Value = serde_json::from_str(&run("json")).expect("JSON");
    assert_eq!(json["results"][0]["text"], hostile);
}

/// In folder mode one broken claims file is reported, and the others are
/// still checked.
#[test]
fn a_broken_file_in_a_folder_does_not_stop_the_others() {
    let dir = scratch("folder");
    let talks = std::fs::read_to_string(TALKS).expect("fixture");
    write(&dir, "talks.txt", talks);
    write(
        &dir,
        "a.jsonl",
        format!("{{\"article\": \"talks.txt\"}}\n{ONE_CLAIM}"),
    );
    write(&dir, "b.json", "{\"article\": \"talks.txt\", \"claims\": [");
    write(
        &dir,
        "c.jsonl",
        format!("{{\"article\": \"missing.txt\"}}\n{ONE_CLAIM}"),
    );
    let r = claimcheck(&["check", path(&dir), "--format", "json"], None);
    assert_eq!(r.code, 2, "{}", r.render());
    let doc = report(&r);
    assert_eq!(doc["summary"]["files"], 1, "{}", r.stdout);
    assert_eq!(doc["files"][0]["results"][0]["verdict"], "supported");
    assert!(r.stderr.contains("b.json:1:"), "{}", r.stderr);
    assert!(
        r.stderr.contains("missing.txt: cannot read: no such file"),
        "{}",
        r.stderr
    );
}
