//! The Markdown report, for pull-request comments: a summary table, then a
//! section per claim with the evidence in a quotation. Text from the input
//! is escaped so it cannot break the table or inject markup.

use super::{CheckReport, DiffTag};
use std::fmt::Write;

/// Escapes Markdown and HTML metacharacters in text from the input.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '~' | '>' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '&' => out.push_str("&amp;"),
            '\n' | '\r' => out.push(' '),
            c => match super::visible(c) {
                Some(v) => out.push_str(&v),
                None => out.push(c),
            },
        }
    }
    out
}

fn icon(v: crate::claims::Verdict) -> &'static str {
    match v {
        crate::claims::Verdict::Supported => "✅",
        crate::claims::Verdict::Contradicted => "❌",
        crate::claims::Verdict::Unverified => "❔",
    }
}

pub fn render(report: &CheckReport) -> String {
    let mut out = String::new();
    let s = &report.summary;
    let _ = writeln!(out, "## claimcheck: {}\n", escape(&report.article));
    let _ = writeln!(
        out,
        "**{}** claims: **{}** supported, **{}** contradicted, **{}** unverified{}{}\n",
        s.claims,
        s.supported,
        s.contradicted,
        s.unverified,
        if s.with_expect > 0 {
            format!(", {}/{} as expected", s.as_expected, s.with_expect)
        } else {
            String::new()
        },
        if s.failed > 0 {
            format!(", **{} failed**", s.failed)
        } else {
            String::new()
        }
    );
    out.push_str("| | claim | verdict | rule | evidence |\n|---|---|---|---|---|\n");
    for r in &report.results {
        let ev = r.evidence.as_ref().map_or("—".to_string(), |e| {
            format!("line {}:{}", e.line, e.column)
        });
        let mark = match r.as_expected() {
            Some(false) => " ⚠️ expected ".to_string() + r.expect.map_or("", |e| e.as_str()),
            _ => String::new(),
        };
        let _ = writeln!(
            out,
            "| {} | **{}** {} | {}{} | `{}` | {} |",
            icon(r.verdict),
            escape(&r.id),
            escape(&r.text),
            r.verdict,
            mark,
            r.rule.name,
            ev
        );
    }
    out.push('\n');
    for r in &report.results {
        let _ = writeln!(
            out,
            "### {} {} — {}\n",
            icon(r.verdict),
            escape(&r.id),
            r.verdict
        );
        let _ = writeln!(out, "> {}\n", escape(&r.text));
        let _ = writeln!(
            out,
            "- **rule** `{}` {}: {}",
            r.rule.id,
            r.rule.name,
            escape(&r.rule.message)
        );
        if let Some(e) = &r.evidence {
            let who = e
                .speaker
                .as_ref()
                .map_or("the article's own voice".to_string(), |s| {
                    escape(&s.resolved)
                });
            let cue = e
                .cue
                .as_ref()
                .map_or(String::new(), |c| format!(" · cue: {}", escape(c)));
            let to = e
                .recipient
                .as_ref()
                .map_or(String::new(), |c| format!(" · to: {}", escape(c)));
            let when: String = e
                .when
                .iter()
                .map(|t| format!(" · when: {}", escape(&t.text)))
                .collect();
            let _ = writeln!(
                out,
                "- **evidence** line {}:{} · {}{}{}{}",
                e.line, e.column, who, cue, to, when
            );
            let _ = writeln!(out, "  > {}", escape(&e.sentence));
            for c in &e.context {
                let _ = writeln!(
                    out,
                    "- **read with** line {}:{}\n  > {}",
                    c.line,
                    c.column,
                    escape(&c.sentence)
                );
            }
        }
        if let Some(a) = &r.attribution {
            let _ = writeln!(out, "- **source** {}", escape(a));
        }
        if !r.diff.is_empty() {
            let d: Vec<String> = r
                .diff
                .iter()
                .map(|o| match o.op {
                    DiffTag::Equal => escape(&o.text),
                    DiffTag::Delete => format!("~~{}~~", escape(&o.text)),
                    DiffTag::Insert => format!("**{}**", escape(&o.text)),
                })
                .collect();
            let _ = writeln!(out, "- **diff** {}", d.join(" "));
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escapes_markup() {
        assert_eq!(escape("<script>|*x*"), "&lt;script\\>\\|\\*x\\*");
    }
}
