//! The JSON report: one document with a schema `version`, a `summary` and a
//! `results` array. These wire types are separate from the internal model
//! so that the model can change without breaking users; `version` changes
//! when a field is removed or changes meaning.

use super::{CheckReport, ClaimResult, DiffOp};
use crate::claims::Verdict;
use crate::rules::Effect;
use serde::Serialize;

/// The report schema version.
pub const VERSION: &str = "1";

#[derive(Serialize)]
struct Document<'a> {
    version: &'static str,
    tool: &'static str,
    article: &'a str,
    claims: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    published: Option<&'a str>,
    summary: Summary,
    results: Vec<Result<'a>>,
}

#[derive(Serialize)]
struct Summary {
    claims: usize,
    supported: usize,
    contradicted: usize,
    unverified: usize,
    /// Of the unverified, entries that could not be read as claims.
    unreadable: usize,
    with_expect: usize,
    as_expected: usize,
    failed: usize,
}

#[derive(Serialize)]
struct RuleRef<'a> {
    id: &'a str,
    name: &'a str,
    effect: Effect,
    message: &'a str,
}

#[derive(Serialize)]
struct Speaker<'a> {
    text: &'a str,
    resolved: &'a str,
    kind: &'a str,
    via: &'a str,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    roles: &'a [String],
}

#[derive(Serialize)]
struct When<'a> {
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    from: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    to: Option<&'a str>,
}

#[derive(Serialize)]
struct Mark {
    start: usize,
    end: usize,
    conflict: bool,
}

#[derive(Serialize)]
struct Evidence<'a> {
    statement: usize,
    sentence: &'a str,
    line: usize,
    column: usize,
    span: [usize; 2],
    #[serde(skip_serializing_if = "Option::is_none")]
    speaker: Option<Speaker<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    cue: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    recipient: Option<&'a str>,
    when: Vec<When<'a>>,
    marks: Vec<Mark>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    matches: Vec<Match<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    context: Vec<Context<'a>>,
}

/// A claim part met by a different statement part, and how.
#[derive(Serialize)]
struct Match<'a> {
    claim: &'a str,
    article: &'a str,
    relation: &'a str,
    source: &'a str,
}

/// A linked sentence that met part of the claim.
#[derive(Serialize)]
struct Context<'a> {
    sentence: &'a str,
    line: usize,
    column: usize,
    span: [usize; 2],
}

#[derive(Serialize)]
struct Result<'a> {
    id: &'a str,
    text: &'a str,
    line: usize,
    column: usize,
    verdict: Verdict,
    #[serde(skip_serializing_if = "Option::is_none")]
    expect: Option<Verdict>,
    failed: bool,
    rule: RuleRef<'a>,
    rules: Vec<RuleRef<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    evidence: Option<Evidence<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    attribution: Option<&'a str>,
    #[serde(skip_serializing_if = "<[DiffOp]>::is_empty")]
    diff: &'a [DiffOp],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    clauses: Vec<Part<'a>>,
}

/// One clause of a claim judged clause by clause.
#[derive(Serialize)]
struct Part<'a> {
    text: &'a str,
    verdict: Verdict,
    rule: &'a str,
    message: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    column: Option<usize>,
}

fn result(r: &ClaimResult) -> Result<'_> {
    Result {
        id: &r.id,
        text: &r.text,
        line: r.line,
        column: r.column,
        verdict: r.verdict,
        expect: r.expect,
        failed: r.failed,
        rule: RuleRef {
            id: r.rule.id,
            name: r.rule.name,
            effect: r.rule.effect,
            message: &r.rule.message,
        },
        rules: r
            .findings
            .iter()
            .map(|f| RuleRef {
                id: f.id,
                name: f.name,
                effect: f.effect,
                message: &f.message,
            })
            .collect(),
        evidence: r.evidence.as_ref().map(|e| Evidence {
            statement: e.statement,
            sentence: &e.sentence,
            line: e.line,
            column: e.column,
            span: [e.span.start, e.span.end],
            speaker: e.speaker.as_ref().map(|s| Speaker {
                text: &s.text,
                resolved: &s.resolved,
                kind: &s.kind,
                via: &s.via,
                roles: &s.roles,
            }),
            cue: e.cue.as_deref(),
            recipient: e.recipient.as_deref(),
            when: e
                .when
                .iter()
                .map(|t| When {
                    text: &t.text,
                    from: t.dates.as_ref().map(|d| d.0.as_str()),
                    to: t.dates.as_ref().map(|d| d.1.as_str()),
                })
                .collect(),
            marks: e
                .marks
                .iter()
                .map(|m| Mark {
                    start: m.start,
                    end: m.end,
                    conflict: m.conflict,
                })
                .collect(),
            matches: e
                .matches
                .iter()
                .map(|m| Match {
                    claim: &m.claim,
                    article: &m.article,
                    relation: m.relation,
                    source: m.source,
                })
                .collect(),
            context: e
                .context
                .iter()
                .map(|c| Context {
                    sentence: &c.sentence,
                    line: c.line,
                    column: c.column,
                    span: [c.span.start, c.span.end],
                })
                .collect(),
        }),
        attribution: r.attribution.as_deref(),
        diff: &r.diff,
        clauses: r
            .parts
            .iter()
            .map(|p| Part {
                text: &p.text,
                verdict: p.verdict,
                rule: p.rule,
                message: &p.message,
                line: p.evidence.map(|e| e.0),
                column: p.evidence.map(|e| e.1),
            })
            .collect(),
    }
}

pub fn render(report: &CheckReport) -> String {
    let s = &report.summary;
    let doc = Document {
        version: VERSION,
        tool: concat!("claimcheck ", env!("CARGO_PKG_VERSION")),
        article: &report.article,
        claims: &report.claims_file,
        published: report.published.as_deref(),
        summary: Summary {
            claims: s.claims,
            supported: s.supported,
            contradicted: s.contradicted,
            unverified: s.unverified,
            unreadable: s.unreadable,
            with_expect: s.with_expect,
            as_expected: s.as_expected,
            failed: s.failed,
        },
        results: report.results.iter().map(result).collect(),
    };
    let mut out = serde_json::to_string_pretty(&doc).unwrap_or_default();
    out.push('\n');
    out
}
