//! Claims files: JSON (`{"claims": [...]}`) and JSON Lines (one claim
//! object per line). Every problem is reported with its line and column:
//! unknown fields, duplicate ids, an empty `text` or a bad `expect` word are
//! errors, so that a typo never silently turns a check off.
//!
//! A problem inside one claim (a wrong type, a missing or unknown field, a
//! duplicate id, a text past [`MAX_CLAIM_CHARS`], a JSON Lines line that is
//! not JSON) does not stop the others: that claim is kept, in its place,
//! with the problem in [`Claim::problem`], so every claim in gets exactly
//! one result out. Problems with the file as a whole (empty, not JSON, no
//! claims, more than [`MAX_CLAIMS`]) are a [`ClaimsError`].

use crate::text::LineIndex;
use foldhash::{HashMap, HashMapExt};
use serde::Serialize;
use serde::de::{Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;
use std::fmt;

/// A claim's verdict, or the verdict it is expected to get.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Supported,
    Contradicted,
    Unverified,
}

impl Verdict {
    pub const ALL: [Verdict; 3] = [
        Verdict::Supported,
        Verdict::Contradicted,
        Verdict::Unverified,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Supported => "supported",
            Verdict::Contradicted => "contradicted",
            Verdict::Unverified => "unverified",
        }
    }

    pub fn parse(s: &str) -> Option<Verdict> {
        Verdict::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Claim {
    /// The claim's id; for a claim whose id cannot be read, `#N` where N is
    /// its place in the file (from 1).
    pub id: String,
    /// The claim's text (empty when it cannot be read).
    pub text: String,
    pub expect: Option<Verdict>,
    /// Where the claim's object starts in the claims file (1-based).
    pub line: usize,
    pub column: usize,
    /// Why the claim cannot be checked, at the line and column of the
    /// problem; `None` for a well-formed claim.
    pub problem: Option<ClaimsError>,
}

/// The most claims one file may hold. Each claim checked keeps its reading
/// and evidence for the report (a few kilobytes), so this bounds memory.
pub const MAX_CLAIMS: usize = 250_000;

/// The longest claim text, in characters. A claim is a sentence or two;
/// a longer text is reported as a problem rather than aligned word by word
/// with every statement.
pub const MAX_CLAIM_CHARS: usize = 5_000;

/// A problem in a claims file, at a line and column (1-based, the column
/// counting characters).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClaimsError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for ClaimsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.column, self.message)
    }
}

impl std::error::Error for ClaimsError {}

/// The form of a claims file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Json,
    JsonLines,
    /// Decide from the content: a document with a top-level `claims` key
    /// (or an array) is JSON, anything else JSON Lines.
    Auto,
}

const FIELDS: &[&str] = &["id", "text", "expect"];

/// Parses a claims file.
/// A claims file: its claims and, when it names one, the article they are
/// about (a path relative to the claims file): `"article"` beside
/// `"claims"` in JSON, or a first line `{"article": "story.txt"}` in JSON
/// Lines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClaimsFile {
    pub article: Option<String>,
    pub claims: Vec<Claim>,
}

/// Reads the claims of a claims file (see [`parse_file`]).
pub fn parse(input: &str, format: Format) -> Result<Vec<Claim>, ClaimsError> {
    parse_file(input, format).map(|f| f.claims)
}

/// Reads a claims file: its claims and the article it names, if any.
pub fn parse_file(input: &str, format: Format) -> Result<ClaimsFile, ClaimsError> {
    let input = input.strip_prefix('\u{feff}').unwrap_or(input);
    let lines = LineIndex::new(input);
    let at = |offset: usize, message: String| {
        let (line, column) = lines.line_col(input, offset);
        ClaimsError {
            line,
            column,
            message,
        }
    };
    let trimmed = input.trim_start();
    if trimmed.is_empty() {
        return Err(at(0, "the claims file is empty".into()));
    }
    let format = match format {
        Format::Auto => detect(trimmed),
        f => f,
    };
    let (objects, article): Objects = match format {
        Format::Json | Format::Auto => json_objects(input, &at)?,
        Format::JsonLines => jsonl_objects(input, &at)?,
    };
    if objects.is_empty() {
        return Err(at(0, "the claims file holds no claims".into()));
    }
    if objects.len() > MAX_CLAIMS {
        return Err(at(
            0,
            format!(
                "the claims file holds {} claims; the limit is {MAX_CLAIMS} (split the file)",
                objects.len()
            ),
        ));
    }
    let mut claims = Vec::with_capacity(objects.len());
    let mut seen: HashMap<String, (usize, usize)> = HashMap::new();
    for (n, (offset, entry)) in objects.into_iter().enumerate() {
        let (line, column) = lines.line_col(input, offset);
        let raw = match entry {
            Ok(raw) => raw,
            Err(problem) => {
                claims.push(Claim::unreadable(n, line, column, problem));
                continue;
            }
        };
        let mut claim = match read_claim(input, offset, raw, &at) {
            Ok(c) => c,
            Err(problem) => {
                let mut c = Claim::unreadable(n, line, column, problem);
                (c.id, c.text) = lenient_id_and_text(raw.get(), n);
                claims.push(c);
                continue;
            }
        };
        if let Some((l, c)) = seen.get(&claim.id) {
            let id_offset = field_offset(input, offset, raw, "id").unwrap_or(offset);
            claim.problem = Some(at(
                id_offset,
                format!("duplicate id {:?} (first used at {l}:{c})", claim.id),
            ));
        } else {
            seen.insert(claim.id.clone(), (line, column));
        }
        let chars = claim.text.chars().count();
        if claim.problem.is_none() && chars > MAX_CLAIM_CHARS {
            claim.problem = Some(at(
                field_offset(input, offset, raw, "text").unwrap_or(offset),
                format!(
                    "the claim's text is {chars} characters long; the limit is {MAX_CLAIM_CHARS}"
                ),
            ));
        }
        claims.push(claim);
    }
    Ok(ClaimsFile { article, claims })
}

impl Claim {
    /// A claim that cannot be read, `n`-th in its file (from 0).
    fn unreadable(n: usize, line: usize, column: usize, problem: ClaimsError) -> Claim {
        Claim {
            id: format!("#{}", n + 1),
            text: String::new(),
            expect: None,
            line,
            column,
            problem: Some(problem),
        }
    }
}

/// The id and text of a malformed claim object, where they can be read,
/// so that its result can still be told apart.
fn lenient_id_and_text(raw: &str, n: usize) -> (String, String) {
    let fields: HashMap<String, serde_json::Value> = serde_json::from_str(raw).unwrap_or_default();
    let get = |k: &str| {
        fields
            .get(k)
            .and_then(|v| v.as_str())
            .filter(|s| !s.trim().is_empty())
            .map(str::to_string)
    };
    let text: String = get("text").unwrap_or_default();
    let text = match text.char_indices().nth(MAX_CLAIM_CHARS) {
        Some((i, _)) => text[..i].to_string(),
        None => text,
    };
    (get("id").unwrap_or_else(|| format!("#{}", n + 1)), text)
}

/// The article a claims file that names none goes with, by the file's
/// name: `NAME.txt` for `NAME.claims.json`, `NAME.claims.jsonl` or
/// `NAME.claims.ndjson` (in the same folder).
pub fn paired_article(file_name: &str) -> Option<String> {
    let stem = [".claims.json", ".claims.jsonl", ".claims.ndjson"]
        .iter()
        .find_map(|x| file_name.strip_suffix(x))?;
    (!stem.is_empty()).then(|| format!("{stem}.txt"))
}

/// The value of an `"article"` field: a non-empty string.
fn article_value(
    v: &RawValue,
    offset: usize,
    at: &dyn Fn(usize, String) -> ClaimsError,
) -> Result<String, ClaimsError> {
    match serde_json::from_str::<String>(v.get()) {
        Ok(s) if !s.trim().is_empty() => Ok(s),
        _ => Err(at(
            offset,
            "`article` must be a non-empty string (a path)".into(),
        )),
    }
}

fn detect(trimmed: &str) -> Format {
    if trimmed.starts_with('[') {
        return Format::Json;
    }
    // One JSON value with a "claims" key is the canonical form.
    match serde_json::from_str::<serde_json::Value>(trimmed) {
        Ok(serde_json::Value::Object(m)) if m.contains_key("claims") => Format::Json,
        Ok(serde_json::Value::Object(m)) if !m.contains_key("id") && !m.contains_key("text") => {
            Format::Json
        }
        Ok(_) => Format::JsonLines,
        Err(e) if e.is_syntax() && e.to_string().contains("trailing characters") => {
            Format::JsonLines
        }
        Err(_) => {
            if trimmed.lines().filter(|l| !l.trim().is_empty()).count() > 1
                && !trimmed.contains("\"claims\"")
            {
                Format::JsonLines
            } else {
                Format::Json
            }
        }
    }
}

fn offset_of(input: &str, raw: &RawValue) -> usize {
    (raw.get().as_ptr() as usize).saturating_sub(input.as_ptr() as usize)
}

/// Converts a serde_json error inside `fragment` (which starts at byte
/// `base` of the input) into a positioned error.
fn serde_error(
    input: &str,
    base: usize,
    fragment: &str,
    e: &serde_json::Error,
    at: &dyn Fn(usize, String) -> ClaimsError,
) -> ClaimsError {
    let mut msg = e.to_string();
    if let Some(i) = msg.find(" at line ") {
        msg.truncate(i);
    }
    let (line, col) = (e.line(), e.column());
    let mut offset = base;
    if line > 0 {
        // serde counts lines from 1 and columns in bytes.
        let mut cur = 1;
        let mut line_start = 0;
        for (i, b) in fragment.bytes().enumerate() {
            if cur == line {
                break;
            }
            if b == b'\n' {
                cur += 1;
                line_start = i + 1;
            }
        }
        offset = base + (line_start + col.saturating_sub(1)).min(fragment.len());
        while offset > 0 && !input.is_char_boundary(offset) {
            offset -= 1;
        }
    }
    at(offset, msg)
}

/// What a JSON claims file holds, for the error when it holds something else.
const JSON_SHAPE: &str = "a claims file is {\"claims\": [...]}, or JSON Lines";
/// What a line of a JSON Lines file holds.
const JSONL_SHAPE: &str = "each line is one claim, {\"id\": ..., \"text\": ...}";

/// The error for text at `offset` that is not a JSON object at all: its
/// first line (cut at 40 characters) and what was expected (`shape`).
fn not_an_object(
    offset: usize,
    text: &str,
    shape: &str,
    at: &dyn Fn(usize, String) -> ClaimsError,
) -> ClaimsError {
    let line = text.trim_start().lines().next().unwrap_or("").trim_end();
    let shown = match line.char_indices().nth(40) {
        Some((i, _)) => format!("{}…", line[..i].trim_end()),
        None => line.to_string(),
    };
    at(offset, format!("not a JSON object: {shown:?} ({shape})"))
}

/// The claim entries of a file, each at its byte offset: a raw JSON value,
/// or why the entry is not JSON at all; and the article the file names.
type Objects<'a> = (
    Vec<(usize, Result<&'a RawValue, ClaimsError>)>,
    Option<String>,
);

fn json_objects<'a>(
    input: &'a str,
    at: &dyn Fn(usize, String) -> ClaimsError,
) -> Result<Objects<'a>, ClaimsError> {
    let trimmed = input.trim_start();
    let lead = input.len() - trimmed.len();
    if !trimmed.starts_with(['{', '[']) {
        return Err(not_an_object(lead, trimmed, JSON_SHAPE, at));
    }
    if trimmed.starts_with('[') {
        let list: Vec<&RawValue> =
            serde_json::from_str(input).map_err(|e| serde_error(input, 0, input, &e, at))?;
        return Ok((
            list.into_iter()
                .map(|r| (offset_of(input, r), Ok(r)))
                .collect(),
            None,
        ));
    }
    let top: Vec<(String, &RawValue)> =
        parse_object(input).map_err(|e| serde_error(input, 0, input, &e, at))?;
    let mut claims = None;
    let mut article = None;
    for (k, v) in &top {
        match k.as_str() {
            "claims" => claims = Some(*v),
            "article" => article = Some(article_value(v, offset_of(input, v), at)?),
            _ => {
                let off = key_offset(input, lead, offset_of(input, v), k);
                return Err(at(
                    off,
                    format!("unknown field `{k}` (expected `claims` or `article`)"),
                ));
            }
        }
    }
    let Some(list) = claims else {
        return Err(at(lead, "missing field `claims`".into()));
    };
    let base = offset_of(input, list);
    let items: Vec<&RawValue> = serde_json::from_str(list.get()).map_err(|e| {
        if e.classify() == serde_json::error::Category::Data {
            at(base, "`claims` must be an array of claim objects".into())
        } else {
            serde_error(input, base, list.get(), &e, at)
        }
    })?;
    // Offsets of items parsed from a sub-slice are relative to that slice.
    let objects = items
        .into_iter()
        .map(|r| {
            let off = (r.get().as_ptr() as usize).saturating_sub(list.get().as_ptr() as usize);
            let raw_in_input: &RawValue = r;
            (base + off, Ok(raw_in_input))
        })
        .collect();
    Ok((objects, article))
}

fn jsonl_objects<'a>(
    input: &'a str,
    at: &dyn Fn(usize, String) -> ClaimsError,
) -> Result<Objects<'a>, ClaimsError> {
    let mut out = Vec::new();
    let mut article = None;
    let mut offset = 0;
    for line in input.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        if !body.trim().is_empty() {
            let lead = body.len() - body.trim_start().len();
            // A line that is not JSON is one unreadable claim; the next
            // line starts afresh.
            let raw: &RawValue = match serde_json::from_str(body) {
                Ok(raw) => raw,
                Err(e) => {
                    let problem = if body.trim_start().starts_with('{') {
                        serde_error(input, offset, body, &e, at)
                    } else {
                        not_an_object(offset + lead, body, JSONL_SHAPE, at)
                    };
                    out.push((offset + lead, Err(problem)));
                    offset += line.len();
                    continue;
                }
            };
            // A first line {"article": "story.txt"} names the article.
            let header = out.is_empty()
                && article.is_none()
                && parse_object(raw.get()).is_ok_and(|f| f.len() == 1 && f[0].0 == "article");
            if header {
                let fields = parse_object(raw.get()).unwrap_or_default();
                let v = fields[0].1;
                article = Some(article_value(v, offset + lead, at)?);
            } else {
                out.push((offset + lead, Ok(raw)));
            }
        }
        offset += line.len();
    }
    Ok((out, article))
}

/// Reads an object as (key, raw value) pairs, in order, refusing duplicate keys.
fn parse_object(s: &str) -> Result<Vec<(String, &RawValue)>, serde_json::Error> {
    struct V;
    impl<'de> Visitor<'de> for V {
        type Value = Vec<(String, &'de RawValue)>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a JSON object")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut out: Vec<(String, &'de RawValue)> = Vec::new();
            while let Some(k) = map.next_key::<String>()? {
                if out.iter().any(|(x, _)| *x == k) {
                    return Err(serde::de::Error::custom(format!("duplicate field `{k}`")));
                }
                let v: &'de RawValue = map.next_value()?;
                out.push((k, v));
            }
            Ok(out)
        }
    }
    let mut de = serde_json::Deserializer::from_str(s);
    let v = (&mut de).deserialize_map(V)?;
    de.end()?;
    Ok(v)
}

/// The offset of a key's opening quote, searching back from its value.
fn key_offset(input: &str, floor: usize, value: usize, key: &str) -> usize {
    let needle = format!("\"{key}\"");
    input[floor..value.min(input.len())]
        .rfind(&needle)
        .map_or(value, |i| floor + i)
}

fn field_offset(input: &str, base: usize, raw: &RawValue, field: &str) -> Option<usize> {
    let fields = parse_object(raw.get()).ok()?;
    let (_, v) = fields.into_iter().find(|(k, _)| k == field)?;
    let rel = (v.get().as_ptr() as usize).checked_sub(raw.get().as_ptr() as usize)?;
    let _ = input;
    Some(base + rel)
}

fn read_claim(
    input: &str,
    base: usize,
    raw: &RawValue,
    at: &dyn Fn(usize, String) -> ClaimsError,
) -> Result<Claim, ClaimsError> {
    let s = raw.get();
    if !s.starts_with('{') {
        return Err(at(
            base,
            "a claim must be a JSON object with `id` and `text`".into(),
        ));
    }
    let fields = parse_object(s).map_err(|e| serde_error(input, base, s, &e, at))?;
    let pos = |v: &RawValue| base + (v.get().as_ptr() as usize).saturating_sub(s.as_ptr() as usize);
    let (line, column) = {
        let e = at(base, String::new());
        (e.line, e.column)
    };
    let mut id = None;
    let mut text = None;
    let mut expect = None;
    for (k, v) in &fields {
        let p = pos(v);
        match k.as_str() {
            "id" => {
                let value: String = serde_json::from_str(v.get())
                    .map_err(|_| at(p, "`id` must be a string".into()))?;
                if value.trim().is_empty() {
                    return Err(at(p, "`id` must not be empty".into()));
                }
                id = Some(value);
            }
            "text" => {
                let value: String = serde_json::from_str(v.get())
                    .map_err(|_| at(p, "`text` must be a string".into()))?;
                if value.trim().is_empty() {
                    return Err(at(p, "`text` must not be empty".into()));
                }
                text = Some(value);
            }
            "expect" => {
                let value: String = serde_json::from_str(v.get()).map_err(|_| {
                    at(
                        p,
                        "`expect` must be one of \"supported\", \"contradicted\", \"unverified\""
                            .into(),
                    )
                })?;
                let verdict = Verdict::parse(&value).ok_or_else(|| {
                    at(
                        p,
                        format!(
                            "bad `expect` word {value:?}: use \"supported\", \"contradicted\" or \"unverified\""
                        ),
                    )
                })?;
                expect = Some(verdict);
            }
            other => {
                let off = key_offset(input, base, p, other);
                return Err(at(
                    off,
                    format!(
                        "unknown field `{other}` (a claim has {})",
                        FIELDS
                            .iter()
                            .map(|f| format!("`{f}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                ));
            }
        }
    }
    let id = id.ok_or_else(|| at(base, "missing field `id`".into()))?;
    let text = text.ok_or_else(|| at(base, "missing field `text`".into()))?;
    Ok(Claim {
        id,
        text,
        expect,
        line,
        column,
        problem: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The file's error, or else the first claim's problem.
    fn err(input: &str) -> String {
        match parse(input, Format::Auto) {
            Err(e) => e.to_string(),
            Ok(claims) => claims
                .iter()
                .find_map(|c| c.problem.as_ref())
                .map_or_else(|| "no error".into(), ToString::to_string),
        }
    }

    #[test]
    fn a_claims_file_may_name_its_article() {
        let json = r#"{"article": "story.txt", "claims": [{"id": "a", "text": "X said Y."}]}"#;
        let f = parse_file(json, Format::Auto).expect("parses");
        assert_eq!(f.article.as_deref(), Some("story.txt"));
        assert_eq!(f.claims.len(), 1);
        let jsonl = "{\"article\": \"../story.txt\"}\n{\"id\": \"a\", \"text\": \"X said Y.\"}\n";
        let f = parse_file(jsonl, Format::JsonLines).expect("parses");
        assert_eq!(f.article.as_deref(), Some("../story.txt"));
        assert_eq!(f.claims[0].line, 2);
        let bad = r#"{"article": 3, "claims": [{"id": "a", "text": "X said Y."}]}"#;
        let e = parse_file(bad, Format::Auto).expect_err("article must be a string");
        assert_eq!((e.line, e.column), (1, 13));
        assert!(parse_file(r#"{"article": "s.txt"}"#, Format::Auto).is_err());
    }

    #[test]
    fn a_claims_file_pairs_with_the_article_of_its_name() {
        assert_eq!(
            paired_article("story.claims.jsonl").as_deref(),
            Some("story.txt")
        );
        assert_eq!(
            paired_article("a.b.claims.json").as_deref(),
            Some("a.b.txt")
        );
        assert_eq!(
            paired_article("story.claims.ndjson").as_deref(),
            Some("story.txt")
        );
        for other in [
            "story.jsonl",
            ".claims.jsonl",
            "claims.json",
            "story.claims.txt",
            "-",
        ] {
            assert_eq!(paired_article(other), None, "{other}");
        }
    }

    #[test]
    fn reads_json_and_jsonl() {
        let json = r#"{"claims": [{"id": "a", "text": "One.", "expect": "supported"}, {"id": "b", "text": "Two."}]}"#;
        let c = parse(json, Format::Auto).unwrap();
        assert_eq!(c.len(), 2);
        assert_eq!(c[0].expect, Some(Verdict::Supported));
        assert_eq!((c[1].line, c[1].column), (1, 65));
        let jsonl = "{\"id\": \"a\", \"text\": \"One.\"}\n\n{\"id\": \"b\", \"text\": \"Two.\"}\n";
        let c = parse(jsonl, Format::Auto).unwrap();
        assert_eq!((c[1].id.as_str(), c[1].line), ("b", 3));
    }

    #[test]
    fn errors_name_line_and_column() {
        assert_eq!(
            err("{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": \"a\", \"text\": \"y\"}"),
            "2:8: duplicate id \"a\" (first used at 1:1)"
        );
        assert_eq!(
            err("{\"claims\": [\n  {\"id\": \"a\", \"txt\": \"x\"}\n]}"),
            "2:15: unknown field `txt` (a claim has `id`, `text`, `expect`)"
        );
        assert_eq!(
            err("{\"id\": \"a\", \"text\": \"  \"}"),
            "1:21: `text` must not be empty"
        );
        assert!(
            err("{\"id\": \"a\", \"text\": \"x\", \"expect\": \"true\"}")
                .starts_with("1:36: bad `expect` word \"true\"")
        );
        assert!(
            err("{\"claims\": [{\"id\": 1, \"text\": \"x\"}]}").contains("`id` must be a string")
        );
        assert!(err("{\"claims\": [ {\"id\": \"a\" \"text\": \"x\"} ]}").starts_with("1:25:"));
        assert_eq!(err(""), "1:1: the claims file is empty");
    }

    #[test]
    fn text_that_is_not_json_is_named_as_such() {
        // A JSON Lines line: that claim's problem, at its line.
        let jsonl =
            "{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": \"b\", \"text\": \"y\"}\nnot json at all\n";
        let claims = parse(jsonl, Format::JsonLines).expect("the other lines are read");
        assert_eq!(
            claims[2]
                .problem
                .as_ref()
                .map(ToString::to_string)
                .as_deref(),
            Some(
                "3:1: not a JSON object: \"not json at all\" \
                 (each line is one claim, {\"id\": ..., \"text\": ...})"
            )
        );
        // Indented, and cut when long.
        let long = format!(
            "{{\"id\": \"a\", \"text\": \"x\"}}\n  {}\n",
            "word ".repeat(20)
        );
        let p = parse(&long, Format::JsonLines).expect("read")[1]
            .problem
            .clone()
            .expect("a problem");
        assert_eq!((p.line, p.column), (2, 3));
        assert!(
            p.message
                .contains("\"word word word word word word word word…\""),
            "{p}"
        );
        // A JSON file whose top level is not an object.
        assert_eq!(
            err("hello"),
            "1:1: not a JSON object: \"hello\" (a claims file is {\"claims\": [...]}, or JSON Lines)"
        );
        let e = parse_file("\n  nope, not JSON\n", Format::Json).expect_err("not JSON");
        assert_eq!((e.line, e.column), (2, 3));
        assert!(
            e.message
                .starts_with("not a JSON object: \"nope, not JSON\""),
            "{e}"
        );
        // A broken object keeps serde's message, which says what is wrong.
        assert_eq!(
            err("{\"id\": \"a\" \"text\": \"x\"}\n{\"id\": \"b\", \"text\": \"y\"}"),
            "1:12: expected `,` or `}`"
        );
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let deep = format!(
            "{{\"claims\": {}{}}}",
            "[".repeat(10_000),
            "]".repeat(10_000)
        );
        assert_eq!(
            err(&deep),
            "1:13: a claim must be a JSON object with `id` and `text`"
        );
        let deep_claim = format!(
            "{{\"claims\": [{{\"id\": \"a\", \"text\": {}\"x\"{}}}]}}",
            "[".repeat(10_000),
            "]".repeat(10_000)
        );
        assert_eq!(err(&deep_claim), "1:33: `text` must be a string");
    }

    #[test]
    fn a_bad_claim_keeps_its_place_and_the_others_are_read() {
        let jsonl = "{\"id\": \"a\", \"text\": \"One.\"}\n\
                     {\"id\": 7, \"text\": \"Two.\"}\n\
                     {\"id\": \"c\", \"text\": \"Three.\"\n\
                     [1, 2]\n\
                     {\"id\": \"a\", \"text\": \"Five.\"}\n\
                     {\"id\": \"f\", \"text\": \"Six.\", \"expect\": \"yes\"}\n\
                     {\"id\": \"g\", \"text\": \"Seven.\"}\n";
        let claims = parse(jsonl, Format::JsonLines).expect("the file is read");
        let got: Vec<(&str, usize, Option<String>)> = claims
            .iter()
            .map(|c| {
                (
                    c.id.as_str(),
                    c.line,
                    c.problem.as_ref().map(|p| p.to_string()),
                )
            })
            .collect();
        assert_eq!(got.len(), 7);
        assert_eq!(got[0], ("a", 1, None));
        assert_eq!(got[1], ("#2", 2, Some("2:8: `id` must be a string".into())));
        assert_eq!(got[2].0, "#3");
        assert!(got[2].2.as_deref().is_some_and(|p| p.starts_with("3:")));
        assert_eq!(
            got[3].2.as_deref(),
            Some("4:1: a claim must be a JSON object with `id` and `text`")
        );
        assert_eq!(
            got[4].2.as_deref(),
            Some("5:8: duplicate id \"a\" (first used at 1:1)")
        );
        assert_eq!(got[5].0, "f");
        assert!(
            got[5]
                .2
                .as_deref()
                .is_some_and(|p| p.contains("bad `expect` word"))
        );
        assert_eq!(got[6], ("g", 7, None));
        // A readable text is kept even when another field is wrong.
        assert_eq!(claims[5].text, "Six.");
    }

    #[test]
    fn limits_are_errors_not_exhaustion() {
        let long = format!(
            "{{\"id\": \"a\", \"text\": \"{}\"}}",
            "word ".repeat(MAX_CLAIM_CHARS)
        );
        assert!(
            err(&long).starts_with("1:21: the claim's text is 25000 characters long"),
            "{}",
            err(&long)
        );
        let many: String = (0..=MAX_CLAIMS)
            .map(|i| format!("{{\"id\": \"c{i}\", \"text\": \"x\"}}\n"))
            .collect();
        assert!(err(&many).contains("the limit is 250000"), "{}", err(&many));
    }
}
