//! GitHub Actions workflow commands: one annotation per claim that is not
//! supported, pointing at the claim's line in the claims file. A claim that
//! fails the run is an `::error`; one that does not (it was expected, or the
//! run does not fail on it) is a `::notice`. Supported claims print nothing.
//!
//! Escaping follows the workflow-command rules: `%`, carriage returns and
//! newlines in the message; also `:` and `,` in property values.

use super::CheckReport;
use crate::claims::Verdict;
use std::fmt::Write;

fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

pub fn render(report: &CheckReport) -> String {
    let mut out = String::new();
    for r in &report.results {
        if r.verdict == Verdict::Supported && !r.failed {
            continue;
        }
        let level = if r.failed { "error" } else { "notice" };
        let expected = match r.expect {
            Some(e) if e != r.verdict => format!(" (expected {e})"),
            _ => String::new(),
        };
        let evidence = r
            .evidence
            .as_ref()
            .map(|e| format!(" [article {}:{}]", e.line, e.column))
            .unwrap_or_default();
        let title = format!("claimcheck: {} {}{}", r.id, r.verdict, expected);
        let message = format!(
            "{} — {} {}: {}{}",
            r.text, r.rule.id, r.rule.name, r.rule.message, evidence
        );
        let _ = writeln!(
            out,
            "::{level} file={},line={},col={},title={}::{}",
            escape_property(&report.claims_file),
            r.line,
            r.column,
            escape_property(&title),
            escape_data(&message)
        );
    }
    let s = &report.summary;
    let _ = writeln!(
        out,
        "claimcheck: {} claims: {} supported, {} contradicted, {} unverified; {} failed",
        s.claims, s.supported, s.contradicted, s.unverified, s.failed
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_workflow_command_metacharacters() {
        assert_eq!(escape_data("50% done\nnext"), "50%25 done%0Anext");
        assert_eq!(escape_property("a:b,c"), "a%3Ab%2Cc");
    }
}
