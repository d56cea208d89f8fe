//! The terminal report: a summary line, then each claim with its verdict,
//! the deciding rule, the evidence sentence (matched words marked when
//! colour is on) with its line and column, speaker, cue, time and source,
//! and a word diff for near misses.

use super::{CheckReport, ClaimResult, DiffTag, EvidenceView, shown};
use crate::claims::Verdict;
use std::fmt::Write;

/// ANSI styling, or none.
#[derive(Clone, Copy, Debug)]
pub struct Style {
    pub color: bool,
}

impl Style {
    fn paint(&self, code: &str, s: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }

    fn verdict(&self, v: Verdict) -> String {
        let code = match v {
            Verdict::Supported => "1;32",
            Verdict::Contradicted => "1;31",
            Verdict::Unverified => "1;33",
        };
        self.paint(code, v.as_str())
    }

    fn dim(&self, s: &str) -> String {
        self.paint("2", s)
    }
}

pub fn render(report: &CheckReport, style: Style) -> String {
    let mut out = String::new();
    for r in &report.results {
        claim(&mut out, r, style);
        out.push('\n');
    }
    out.push_str(&summary_line(report));
    out.push('\n');
    out
}

/// The report's last line: the counts of verdicts, and of claims as
/// expected and failed when there are any.
pub fn summary_line(report: &CheckReport) -> String {
    let s = &report.summary;
    let mut out = format!(
        "{} claims: {} supported, {} contradicted, {} unverified",
        s.claims, s.supported, s.contradicted, s.unverified
    );
    if s.unreadable > 0 {
        let _ = write!(out, " ({} unreadable)", s.unreadable);
    }
    if s.with_expect > 0 {
        let _ = write!(out, "; {}/{} as expected", s.as_expected, s.with_expect);
    }
    if s.failed > 0 {
        let _ = write!(out, "; {} failed", s.failed);
    }
    out
}

fn claim(out: &mut String, r: &ClaimResult, style: Style) {
    let expect = match r.as_expected() {
        Some(true) => "  (as expected)".to_string(),
        Some(false) => format!(
            "  {}",
            style.paint(
                "1;31",
                &format!("(expected {})", r.expect.map_or("", |e| e.as_str()))
            )
        ),
        None => String::new(),
    };
    let _ = writeln!(
        out,
        "{}  {}{}",
        style.paint("1", &shown(&r.id)),
        style.verdict(r.verdict),
        expect
    );
    let _ = writeln!(out, "  claim     {}", shown(&r.text));
    let _ = writeln!(
        out,
        "  rule      {} {}: {}",
        r.rule.id,
        r.rule.name,
        shown(&r.rule.message)
    );
    for (i, p) in r.parts.iter().enumerate() {
        let at = p
            .evidence
            .map_or(String::new(), |(l, c)| format!(" (line {l}, column {c})"));
        let _ = writeln!(
            out,
            "  clause {}  {} {}: {}{}",
            i + 1,
            style.verdict(p.verdict),
            p.rule,
            shown(&p.text),
            style.dim(&at)
        );
    }
    if let Some(ev) = &r.evidence {
        evidence(out, ev, style);
    }
    if let Some(a) = &r.attribution {
        let _ = writeln!(out, "  source    {}", shown(a));
    }
    for f in &r.findings {
        // Other findings of the deciding kind: what blocks support does not
        // matter once the claim is contradicted.
        let relevant = match r.verdict {
            Verdict::Contradicted => f.effect == crate::rules::Effect::Conflicts,
            Verdict::Unverified => f.effect == crate::rules::Effect::Blocks,
            Verdict::Supported => false,
        };
        if relevant && f.name != r.rule.name {
            let _ = writeln!(
                out,
                "  {}  {} {}: {}",
                style.dim("also"),
                f.id,
                f.name,
                shown(&f.message)
            );
        }
    }
    if !r.diff.is_empty() {
        let d: Vec<String> = r
            .diff
            .iter()
            .map(|o| match o.op {
                DiffTag::Equal => shown(&o.text).into_owned(),
                DiffTag::Delete => style.paint("31", &format!("[-{}-]", shown(&o.text))),
                DiffTag::Insert => style.paint("32", &format!("{{+{}+}}", shown(&o.text))),
            })
            .collect();
        let _ = writeln!(out, "  diff      {}", d.join(" "));
    }
}

fn evidence(out: &mut String, ev: &EvidenceView, style: Style) {
    let mut who = Vec::new();
    if let Some(sp) = &ev.speaker {
        if sp.resolved != sp.text {
            who.push(format!("{} (\u{201c}{}\u{201d})", sp.resolved, sp.text));
        } else {
            who.push(sp.resolved.clone());
        }
    } else {
        who.push("the article's own voice".to_string());
    }
    if let Some(c) = &ev.cue {
        who.push(format!("cue: {c}"));
    }
    if let Some(r) = &ev.recipient {
        who.push(format!("to: {r}"));
    }
    for t in &ev.when {
        match &t.dates {
            Some((a, b)) if a == b => who.push(format!("when: {} ({a})", t.text)),
            Some((a, b)) => who.push(format!("when: {} ({a}..{b})", t.text)),
            None => who.push(format!("when: {}", t.text)),
        }
    }
    let _ = writeln!(
        out,
        "  evidence  {}:{}  {}",
        ev.line,
        ev.column,
        shown(&who.join(" · "))
    );
    let _ = writeln!(out, "            {}", marked(ev, style));
    if !ev.matches.is_empty() {
        let _ = writeln!(
            out,
            "  matched   {}",
            shown(&super::matches_line(&ev.matches))
        );
    }
    for c in &ev.context {
        let _ = writeln!(
            out,
            "  read with {}:{}  {}",
            c.line,
            c.column,
            shown(&c.sentence)
        );
    }
}

/// The sentence with matched words bold and conflicting words red.
fn marked(ev: &EvidenceView, style: Style) -> String {
    if !style.color {
        return shown(&ev.sentence).into_owned();
    }
    let mut out = String::new();
    let mut at = 0;
    for m in &ev.marks {
        if m.start < at
            || m.end > ev.sentence.len()
            || !ev.sentence.is_char_boundary(m.start)
            || !ev.sentence.is_char_boundary(m.end)
        {
            continue;
        }
        out.push_str(&shown(&ev.sentence[at..m.start]));
        let code = if m.conflict { "1;31;4" } else { "1" };
        out.push_str(&style.paint(code, &shown(&ev.sentence[m.start..m.end])));
        at = m.end;
    }
    out.push_str(&shown(&ev.sentence[at..]));
    out
}
