//! One report for several claims files (folder mode): each format's own
//! way of holding many — a section per file and a total for text and
//! Markdown, a `files` array for JSON, one SARIF run, one JUnit
//! `<testsuites>`, one ClaimReview `@graph` (HTML: see `html::render_many`).
//! Text, Markdown, JSON and HTML also list the folder's files that were
//! not checked, with the reason.

use super::{CheckReport, Unchecked, text::Style};
use serde_json::{Value, json};

fn totals(reports: &[CheckReport]) -> super::Summary {
    let mut t = super::Summary::default();
    for r in reports {
        let s = &r.summary;
        t.claims += s.claims;
        t.supported += s.supported;
        t.contradicted += s.contradicted;
        t.unverified += s.unverified;
        t.unreadable += s.unreadable;
        t.with_expect += s.with_expect;
        t.as_expected += s.as_expected;
        t.failed += s.failed;
    }
    t
}

/// The reports one after another, with a line of totals.
pub fn concat(reports: &[CheckReport], render: fn(&CheckReport) -> String) -> String {
    let mut out: Vec<String> = reports.iter().map(render).collect();
    out.push(total_line(reports));
    out.join("\n")
}

fn total_line(reports: &[CheckReport]) -> String {
    totals_line(reports) + "\n"
}

/// The line of totals that ends the text and Markdown reports.
pub fn totals_line(reports: &[CheckReport]) -> String {
    let t = totals(reports);
    format!(
        "{} claims files, {} claims: {} supported, {} contradicted, {} unverified; {} failed",
        reports.len(),
        t.claims,
        t.supported,
        t.contradicted,
        t.unverified,
        t.failed
    )
}

pub fn text(reports: &[CheckReport], unchecked: &[Unchecked], style: Style) -> String {
    let mut out: Vec<String> = reports
        .iter()
        .map(|r| {
            format!(
                "== {} (article {})\n\n{}",
                r.claims_file,
                r.article,
                super::text::render(r, style)
            )
        })
        .collect();
    if !unchecked.is_empty() {
        let mut s = String::from("== not checked\n\n");
        for u in unchecked {
            s.push_str(&format!(
                "{}  {}: {}\n",
                u.claims_file,
                u.status(),
                u.reason
            ));
        }
        out.push(s);
    }
    out.push(total_line(reports));
    out.join("\n")
}

/// The Markdown reports one after another, the files not checked, and a
/// line of totals.
pub fn markdown(reports: &[CheckReport], unchecked: &[Unchecked]) -> String {
    let mut out: Vec<String> = reports.iter().map(super::markdown::render).collect();
    if !unchecked.is_empty() {
        let mut s = String::from("## Not checked\n\n");
        for u in unchecked {
            s.push_str(&format!(
                "- {} {}: {}\n",
                super::markdown::escape(&u.claims_file),
                u.status(),
                super::markdown::escape(&u.reason)
            ));
        }
        out.push(s);
    }
    out.push(total_line(reports));
    out.join("\n")
}

fn parse(s: &str) -> Value {
    serde_json::from_str(s).unwrap_or(Value::Null)
}

/// `{"version", "tool", "summary", "files": [report, ...], "unchecked":
/// [{"claims", "status", "reason"}, ...]}`.
pub fn json(reports: &[CheckReport], unchecked: &[Unchecked]) -> String {
    let t = totals(reports);
    let doc = json!({
        "version": super::json::VERSION,
        "tool": concat!("claimcheck ", env!("CARGO_PKG_VERSION")),
        "summary": {
            "files": reports.len(),
            "claims": t.claims,
            "supported": t.supported,
            "contradicted": t.contradicted,
            "unverified": t.unverified,
            "unreadable": t.unreadable,
            "with_expect": t.with_expect,
            "as_expected": t.as_expected,
            "failed": t.failed,
        },
        "files": reports.iter().map(|r| parse(&super::json::render(r))).collect::<Vec<_>>(),
        "unchecked": unchecked
            .iter()
            .map(|u| json!({ "claims": u.claims_file, "status": u.status(), "reason": u.reason }))
            .collect::<Vec<_>>(),
    });
    pretty(&doc)
}

fn pretty(v: &Value) -> String {
    let mut s = serde_json::to_string_pretty(v).unwrap_or_default();
    s.push('\n');
    s
}

/// One SARIF run holding the results of every file.
pub fn sarif(reports: &[CheckReport]) -> String {
    let mut docs = reports.iter().map(|r| parse(&super::sarif::render(r)));
    let Some(mut first) = docs.next() else {
        return String::new();
    };
    let mut merged = first["runs"][0]["results"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    for d in docs {
        merged.extend(
            d["runs"][0]["results"]
                .as_array()
                .cloned()
                .unwrap_or_default(),
        );
    }
    first["runs"][0]["results"] = Value::Array(merged);
    pretty(&first)
}

/// One `<testsuites>` with a `<testsuite>` per file.
pub fn junit(reports: &[CheckReport]) -> String {
    let t = totals(reports);
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(&format!(
        "<testsuites name=\"claimcheck\" tests=\"{}\" failures=\"{}\">\n",
        t.claims, t.failed
    ));
    for r in reports {
        let one = super::junit::render(r);
        let suites: Vec<&str> = one
            .lines()
            .skip_while(|l| !l.trim_start().starts_with("<testsuite "))
            .take_while(|l| !l.trim_start().starts_with("</testsuites>"))
            .collect();
        for l in suites {
            out.push_str(l);
            out.push('\n');
        }
    }
    out.push_str("</testsuites>\n");
    out
}

/// One `@graph` with every review.
pub fn claimreview(reports: &[CheckReport]) -> String {
    let graph: Vec<Value> = reports
        .iter()
        .flat_map(|r| {
            parse(&super::claimreview::render(r))["@graph"]
                .as_array()
                .cloned()
                .unwrap_or_default()
        })
        .collect();
    pretty(&json!({ "@context": "https://schema.org", "@graph": graph }))
}
