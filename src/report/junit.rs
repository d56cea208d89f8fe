//! JUnit XML: one test case per claim, named by its id, in one test suite
//! per claims file. A claim that fails the run (contradicted, or its
//! `expect` differs) is a `<failure>` with the deciding rule and evidence;
//! CI systems show these like failing tests.

use super::CheckReport;
use std::fmt::Write;

/// Escapes text for XML content and attribute values.
pub(crate) fn escape(s: &str) -> String {
    super::escape_markup(s, "&apos;")
}

pub fn render(report: &CheckReport) -> String {
    let mut out = String::new();
    let s = &report.summary;
    let _ = writeln!(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    let _ = writeln!(
        out,
        "<testsuites name=\"claimcheck\" tests=\"{}\" failures=\"{}\">",
        s.claims, s.failed
    );
    let _ = writeln!(
        out,
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"0\">",
        escape(&report.claims_file),
        s.claims,
        s.failed
    );
    let _ = writeln!(
        out,
        "    <properties><property name=\"article\" value=\"{}\"/></properties>",
        escape(&report.article)
    );
    for r in &report.results {
        let _ = write!(
            out,
            "    <testcase classname=\"{}\" name=\"{}\" file=\"{}\" line=\"{}\"",
            escape(&report.claims_file),
            escape(&r.id),
            escape(&report.claims_file),
            r.line
        );
        if !r.failed {
            let _ = writeln!(out, "/>");
            continue;
        }
        let expected = match r.expect {
            Some(e) => format!("expected {e}, got {}", r.verdict),
            None => format!("{}", r.verdict),
        };
        let mut body = format!(
            "claim: {}\nrule: {} {}: {}\n",
            r.text, r.rule.id, r.rule.name, r.rule.message
        );
        if let Some(e) = &r.evidence {
            let _ = writeln!(body, "evidence {}:{}: {}", e.line, e.column, e.sentence);
        }
        let _ = writeln!(out, ">");
        let _ = writeln!(
            out,
            "      <failure message=\"{}\" type=\"{}\">{}</failure>",
            escape(&format!("{}: {}", expected, r.rule.message)),
            escape(r.rule.name),
            escape(&body)
        );
        let _ = writeln!(out, "    </testcase>");
    }
    let _ = writeln!(out, "  </testsuite>");
    let _ = writeln!(out, "</testsuites>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_shows_control_characters() {
        assert_eq!(
            escape("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&apos;"
        );
        // XML 1.0 cannot hold U+0001: it is shown as its control picture.
        assert_eq!(escape("a\u{1}b"), "a\u{2401}b");
    }
}
