//! Claims files: JSON (`{"claims": [...]}`) and JSON Lines (one claim
//! object per line). Every problem is reported with its line and column:
//! unknown fields, duplicate ids, an empty `text` or a bad `expect` word are
//! errors, so that a typo never silently turns a check off.

use crate::text::LineIndex;
use serde::Serialize;
use serde::de::{Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;
use std::collections::HashMap;
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
    pub id: String,
    pub text: String,
    pub expect: Option<Verdict>,
    /// Where the claim's object starts in the claims file (1-based).
    pub line: usize,
    pub column: usize,
}

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
pub fn parse(input: &str, format: Format) -> Result<Vec<Claim>, ClaimsError> {
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
    let objects: Vec<(usize, &RawValue)> = match format {
        Format::Json | Format::Auto => json_objects(input, &at)?,
        Format::JsonLines => jsonl_objects(input, &at)?,
    };
    if objects.is_empty() {
        return Err(at(0, "the claims file holds no claims".into()));
    }
    let mut claims = Vec::with_capacity(objects.len());
    let mut seen: HashMap<String, (usize, usize)> = HashMap::new();
    for (offset, raw) in objects {
        let claim = read_claim(input, offset, raw, &at)?;
        if let Some((l, c)) = seen.get(&claim.id) {
            let id_offset = field_offset(input, offset, raw, "id").unwrap_or(offset);
            return Err(at(
                id_offset,
                format!("duplicate id {:?} (first used at {l}:{c})", claim.id),
            ));
        }
        seen.insert(claim.id.clone(), (claim.line, claim.column));
        claims.push(claim);
    }
    Ok(claims)
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

fn json_objects<'a>(
    input: &'a str,
    at: &dyn Fn(usize, String) -> ClaimsError,
) -> Result<Vec<(usize, &'a RawValue)>, ClaimsError> {
    let trimmed = input.trim_start();
    let lead = input.len() - trimmed.len();
    if trimmed.starts_with('[') {
        let list: Vec<&RawValue> =
            serde_json::from_str(input).map_err(|e| serde_error(input, 0, input, &e, at))?;
        return Ok(list.into_iter().map(|r| (offset_of(input, r), r)).collect());
    }
    let top: Vec<(String, &RawValue)> =
        parse_object(input).map_err(|e| serde_error(input, 0, input, &e, at))?;
    let mut claims = None;
    for (k, v) in &top {
        if k != "claims" {
            let off = key_offset(input, lead, offset_of(input, v), k);
            return Err(at(off, format!("unknown field `{k}` (expected `claims`)")));
        }
        claims = Some(*v);
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
    Ok(items
        .into_iter()
        .map(|r| {
            let off = (r.get().as_ptr() as usize).saturating_sub(list.get().as_ptr() as usize);
            let raw_in_input: &RawValue = r;
            (base + off, raw_in_input)
        })
        .collect())
}

fn jsonl_objects<'a>(
    input: &'a str,
    at: &dyn Fn(usize, String) -> ClaimsError,
) -> Result<Vec<(usize, &'a RawValue)>, ClaimsError> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in input.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        if !body.trim().is_empty() {
            let raw: &RawValue =
                serde_json::from_str(body).map_err(|e| serde_error(input, offset, body, &e, at))?;
            let lead = body.len() - body.trim_start().len();
            out.push((offset + lead, raw));
        }
        offset += line.len();
    }
    Ok(out)
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
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(input: &str) -> String {
        parse(input, Format::Auto).unwrap_err().to_string()
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
    fn deep_nesting_is_an_error_not_a_crash() {
        let deep = format!(
            "{{\"claims\": {}{}}}",
            "[".repeat(10_000),
            "]".repeat(10_000)
        );
        assert!(parse(&deep, Format::Auto).is_err());
    }
}
