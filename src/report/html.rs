//! The HTML review report: one self-contained page (inline CSS and script,
//! nothing fetched) for editors. A summary bar by verdict with filters; a
//! card per claim with its verdict, deciding rule, the evidence sentence
//! with matched words highlighted and conflicting words marked, the word
//! diff, and the speaker, cue, time and source; the article itself with
//! every sentence holding an indexed statement highlighted and linked to
//! the claims that cite it. Keys: j / k move between visible cards, 1–4
//! filter (all, supported, contradicted, unverified), f shows failing
//! claims, Enter jumps to the evidence; `#filter=contradicted` in the
//! address opens the page filtered (the keys' hint is hidden on touch
//! screens). On a narrow screen the article falls below the cards under
//! its heading. In folder mode the page first lists the files that were
//! not checked, and why. A print stylesheet prints the cards. Everything
//! taken from the input is escaped.

use super::{CheckReport, ClaimResult, DiffTag, Unchecked};
use std::fmt::Write;

/// Escapes text for HTML content and attribute values.
pub(crate) fn escape(s: &str) -> String {
    super::escape_markup(s, "&#39;")
}

const STYLE: &str = r#"
:root { --sup: #1a7f37; --con: #cf222e; --unv: #9a6700; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: #f6f8fa; }
header { position: sticky; top: 0; z-index: 2; background: #fff; border-bottom: 1px solid var(--line); padding: .6rem 1rem; }
h1 { font-size: 1.05rem; margin: 0 0 .4rem; }
.bar { display: flex; height: .6rem; border-radius: .3rem; overflow: hidden; background: var(--line); margin: .3rem 0 .5rem; }
.bar span { display: block; }
.bar .supported, .badge.supported { background: var(--sup); }
.bar .contradicted, .badge.contradicted { background: var(--con); }
.bar .unverified, .badge.unverified { background: var(--unv); }
.filters button { font: inherit; border: 1px solid var(--line); background: #fff; border-radius: 1rem; padding: .1rem .7rem; cursor: pointer; }
.filters button[aria-pressed="true"] { background: var(--ink); color: #fff; }
.keys { color: var(--muted); font-size: .8rem; margin-left: .6rem; }
h2.file { font-size: 1rem; margin: 1rem 1rem 0; overflow-wrap: anywhere; }
main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1rem; padding: 1rem; }
.card { background: #fff; border: 1px solid var(--line); border-left: .35rem solid var(--line); border-radius: .4rem; padding: .6rem .8rem; margin-bottom: .8rem; }
.card.supported { border-left-color: var(--sup); } .card.contradicted { border-left-color: var(--con); } .card.unverified { border-left-color: var(--unv); }
.card:focus { outline: 3px solid #0969da; }
.card.hidden { display: none; }
.badge { color: #fff; border-radius: .3rem; padding: 0 .4rem; font-size: .8rem; text-transform: uppercase; letter-spacing: .03em; }
.failed { color: var(--con); font-weight: 600; font-size: .85rem; }
.claim { font-size: 1.02rem; margin: .3rem 0; }
.rule code { font-size: .85rem; }
blockquote { margin: .4rem 0; padding: .3rem .6rem; border-left: 3px solid var(--line); background: #f6f8fa; }
mark { background: #fff3b0; } mark.conflict { background: #ffd1d1; text-decoration: underline wavy var(--con); }
.meta { color: var(--muted); font-size: .85rem; }
.diff del { background: #ffebe9; } .diff ins { background: #dafbe1; text-decoration: none; }
.article { background: #fff; border: 1px solid var(--line); border-radius: .4rem; padding: .8rem 1rem; position: sticky; top: 7rem; max-height: calc(100vh - 8rem); overflow: auto; }
.article .text { white-space: pre-wrap; }
h2.pane { font-size: .95rem; margin: 0 0 .5rem; }
h2.pane .meta { font-weight: normal; }
.unchecked { background: #fff8c5; border: 1px solid var(--line); border-radius: .4rem; margin: 1rem 1rem 0; padding: .6rem 1rem; }
.unchecked h2 { font-size: 1rem; margin: 0 0 .3rem; }
.unchecked ul { margin: 0; padding-left: 1.2rem; }
.unchecked code, h2.pane .meta { overflow-wrap: anywhere; }
.st { background: #eef3f8; } .st.attributed { background: #ddf4ff; }
.st:target, .st.current { outline: 2px solid #0969da; }
.st a { font-size: .7rem; vertical-align: super; margin-left: .15rem; }
@media (max-width: 900px) {
  main { grid-template-columns: 1fr; }
  .article { position: static; max-height: none; border-top: .3rem solid var(--ink); }
  h2.pane { font-size: 1.1rem; }
}
@media (hover: none), (pointer: coarse) { .keys { display: none; } }
@media print {
  header { position: static; } .filters, .keys, .article { display: none; }
  main { display: block; padding: 0; } .card, .card.hidden { display: block; break-inside: avoid; }
  body { background: #fff; }
}
"#;

const SCRIPT: &str = r#"
(function () {
  var cards = Array.prototype.slice.call(document.querySelectorAll('.card'));
  var buttons = Array.prototype.slice.call(document.querySelectorAll('.filters button'));
  function apply(filter) {
    cards.forEach(function (c) {
      var show = filter === 'all' || c.dataset.verdict === filter || (filter === 'failed' && c.dataset.failed === 'true');
      c.classList.toggle('hidden', !show);
    });
    buttons.forEach(function (b) { b.setAttribute('aria-pressed', String(b.dataset.filter === filter)); });
  }
  buttons.forEach(function (b) { b.addEventListener('click', function () { apply(b.dataset.filter); }); });
  // A link may open the page filtered: report.html#filter=contradicted.
  var m = /filter=(\w+)/.exec(location.hash);
  if (m) { apply(m[1]); }
  function visible() { return cards.filter(function (c) { return !c.classList.contains('hidden'); }); }
  function move(step) {
    var v = visible(); if (!v.length) return;
    var i = v.indexOf(document.activeElement);
    var next = v[Math.max(0, Math.min(v.length - 1, i < 0 ? 0 : i + step))];
    next.focus(); next.scrollIntoView({ block: 'nearest' });
  }
  document.addEventListener('keydown', function (e) {
    if (e.target && /INPUT|TEXTAREA/.test(e.target.tagName)) return;
    var keys = { '1': 'all', '2': 'supported', '3': 'contradicted', '4': 'unverified', 'f': 'failed' };
    if (keys[e.key]) { apply(keys[e.key]); }
    else if (e.key === 'j' || e.key === 'ArrowDown') { e.preventDefault(); move(1); }
    else if (e.key === 'k' || e.key === 'ArrowUp') { e.preventDefault(); move(-1); }
    else if (e.key === 'Enter' && document.activeElement && document.activeElement.dataset.sentence) {
      var s = document.getElementById(document.activeElement.dataset.sentence);
      if (s) { document.querySelectorAll('.st.current').forEach(function (x) { x.classList.remove('current'); }); s.classList.add('current'); s.scrollIntoView({ block: 'center' }); }
    }
  });
})();
"#;

/// The evidence sentence with its marks as `<mark>` elements.
fn marked(sentence: &str, marks: &[super::Mark]) -> String {
    let mut out = String::new();
    let mut at = 0;
    let mut marks: Vec<&super::Mark> = marks.iter().collect();
    marks.sort_by_key(|m| m.start);
    for m in marks {
        if m.start < at
            || m.end > sentence.len()
            || !sentence.is_char_boundary(m.start)
            || !sentence.is_char_boundary(m.end)
        {
            continue;
        }
        out.push_str(&escape(&sentence[at..m.start]));
        let class = if m.conflict {
            " class=\"conflict\""
        } else {
            ""
        };
        let _ = write!(
            out,
            "<mark{class}>{}</mark>",
            escape(&sentence[m.start..m.end])
        );
        at = m.end;
    }
    out.push_str(&escape(&sentence[at.min(sentence.len())..]));
    out
}

fn sentence_id(prefix: &str, start: usize) -> String {
    format!("{prefix}s{start}")
}

fn card(out: &mut String, prefix: &str, i: usize, r: &ClaimResult) {
    let v = r.verdict.as_str();
    let sentence = r
        .evidence
        .as_ref()
        .map(|e| sentence_id(prefix, e.span.start));
    let _ = write!(
        out,
        "<article class=\"card {v}\" id=\"{prefix}claim-{i}\" tabindex=\"0\" data-verdict=\"{v}\" data-failed=\"{}\"{}>",
        r.failed,
        sentence
            .as_ref()
            .map(|s| format!(" data-sentence=\"{s}\""))
            .unwrap_or_default()
    );
    let _ = write!(
        out,
        "<div><span class=\"badge {v}\">{v}</span> <strong>{}</strong>",
        escape(&r.id)
    );
    if let Some(e) = r.expect {
        if e == r.verdict {
            let _ = write!(out, " <span class=\"meta\">as expected</span>");
        } else {
            let _ = write!(out, " <span class=\"failed\">expected {e}</span>");
        }
    } else if r.failed {
        let _ = write!(out, " <span class=\"failed\">fails the run</span>");
    }
    let _ = write!(
        out,
        " <span class=\"meta\">line {}:{}</span></div>",
        r.line, r.column
    );
    let _ = write!(out, "<p class=\"claim\">{}</p>", escape(&r.text));
    let _ = write!(
        out,
        "<p class=\"rule\"><code>{} {}</code> {}</p>",
        escape(r.rule.id),
        escape(r.rule.name),
        escape(&r.rule.message)
    );
    if let Some(e) = &r.evidence {
        let mut meta = vec![format!("article {}:{}", e.line, e.column)];
        match &e.speaker {
            Some(sp) => meta.push(format!("speaker: {}", sp.resolved)),
            None => meta.push("the article's own voice".into()),
        }
        if let Some(c) = &e.cue {
            meta.push(format!("cue: {c}"));
        }
        if let Some(rc) = &e.recipient {
            meta.push(format!("to: {rc}"));
        }
        for t in &e.when {
            meta.push(match &t.dates {
                Some((a, b)) if a == b => format!("when: {} ({a})", t.text),
                Some((a, b)) => format!("when: {} ({a}..{b})", t.text),
                None => format!("when: {}", t.text),
            });
        }
        if let Some(src) = &r.attribution {
            meta.push(src.clone());
        }
        let _ = write!(
            out,
            "<blockquote>{}</blockquote><p class=\"meta\">{} · <a href=\"#{}\">show in article</a></p>",
            marked(&e.sentence, &e.marks),
            escape(&meta.join(" · ")),
            sentence_id(prefix, e.span.start)
        );
        for c in &e.context {
            let _ = write!(
                out,
                "<p class=\"meta\">read with {}:{}: {}</p>",
                c.line,
                c.column,
                escape(&c.sentence)
            );
        }
    }
    if !r.diff.is_empty() {
        let _ = write!(out, "<p class=\"diff meta\">diff: ");
        for d in &r.diff {
            let _ = match d.op {
                DiffTag::Equal => write!(out, "{} ", escape(&d.text)),
                DiffTag::Delete => write!(out, "<del>{}</del> ", escape(&d.text)),
                DiffTag::Insert => write!(out, "<ins>{}</ins> ", escape(&d.text)),
            };
        }
        let _ = write!(out, "</p>");
    }
    if r.findings.len() > 1 {
        let _ = write!(
            out,
            "<details class=\"meta\"><summary>all findings</summary><ul>"
        );
        for f in &r.findings {
            let _ = write!(
                out,
                "<li><code>{} {}</code> {}</li>",
                escape(f.id),
                escape(f.name),
                escape(&f.message)
            );
        }
        let _ = write!(out, "</ul></details>");
    }
    let _ = writeln!(out, "</article>");
}

/// The article under its heading, with each sentence holding statements
/// highlighted and linked to the cards citing it. The heading tells the
/// pane from the cards where it falls below them (a narrow screen).
fn article(out: &mut String, prefix: &str, report: &CheckReport) {
    let text = &report.source.text;
    let mut at = 0;
    let _ = write!(
        out,
        "<section class=\"article\" id=\"{prefix}article\" aria-labelledby=\"{prefix}article-heading\">\
         <h2 class=\"pane\" id=\"{prefix}article-heading\">Article <span class=\"meta\">{}</span></h2>\
         <div class=\"text\">",
        escape(&report.article)
    );
    for s in &report.source.sentences {
        let (a, b) = (s.span.start, s.span.end);
        if a < at || b > text.len() || !text.is_char_boundary(a) || !text.is_char_boundary(b) {
            continue;
        }
        out.push_str(&escape(&text[at..a]));
        let class = if s.attributed { "st attributed" } else { "st" };
        let title = escape(&s.speakers.join("; "));
        let _ = write!(
            out,
            "<span class=\"{class}\" id=\"{}\" title=\"{title}\">{}",
            sentence_id(prefix, a),
            escape(&text[a..b])
        );
        for (i, r) in report.results.iter().enumerate() {
            if r.evidence.as_ref().is_some_and(|e| e.span.start == a) {
                let _ = write!(out, "<a href=\"#{prefix}claim-{i}\">{}</a>", escape(&r.id));
            }
        }
        out.push_str("</span>");
        at = b;
    }
    out.push_str(&escape(&text[at.min(text.len())..]));
    let _ = write!(out, "</div></section>");
}

/// The folder's claims files that were not checked, with the reason.
fn unchecked_list(out: &mut String, unchecked: &[Unchecked]) {
    if unchecked.is_empty() {
        return;
    }
    let _ = write!(
        out,
        "<section class=\"unchecked\" aria-labelledby=\"unchecked-heading\"><h2 id=\"unchecked-heading\">Not checked</h2><ul>"
    );
    for u in unchecked {
        let _ = write!(
            out,
            "<li><code>{}</code> <strong>{}</strong>: {}</li>",
            escape(&u.claims_file),
            u.status(),
            escape(&u.reason)
        );
    }
    let _ = writeln!(out, "</ul></section>");
}

pub fn render(report: &CheckReport) -> String {
    render_many(std::slice::from_ref(report), &[])
}

/// One page for one claims file, or for several (folder mode): a section
/// per file, with its own cards and article, under one summary and filter,
/// and first the folder's files that were not checked.
pub fn render_many(reports: &[CheckReport], unchecked: &[Unchecked]) -> String {
    let mut s = super::Summary::default();
    for r in reports {
        s.claims += r.summary.claims;
        s.supported += r.summary.supported;
        s.contradicted += r.summary.contradicted;
        s.unverified += r.summary.unverified;
        s.failed += r.summary.failed;
    }
    let title = match reports {
        [one] => format!("{} · {}", one.claims_file, one.article),
        _ => format!("{} claims files", reports.len()),
    };
    let mut out = String::new();
    let _ = write!(
        out,
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>claimcheck: {}</title><style>{STYLE}</style></head><body>\n",
        escape(&title)
    );
    let _ = write!(out, "<header><h1>claimcheck: {}</h1>", escape(&title));
    let pct = |n: usize| {
        if s.claims == 0 {
            0.0
        } else {
            100.0 * n as f64 / s.claims as f64
        }
    };
    let _ = write!(
        out,
        "<div class=\"bar\" role=\"img\" aria-label=\"{} supported, {} contradicted, {} unverified\"><span class=\"supported\" style=\"width:{:.2}%\"></span><span class=\"contradicted\" style=\"width:{:.2}%\"></span><span class=\"unverified\" style=\"width:{:.2}%\"></span></div>",
        s.supported,
        s.contradicted,
        s.unverified,
        pct(s.supported),
        pct(s.contradicted),
        pct(s.unverified)
    );
    let _ = writeln!(
        out,
        "<div class=\"filters\"><button data-filter=\"all\" aria-pressed=\"true\">all {}</button> <button data-filter=\"supported\" aria-pressed=\"false\">supported {}</button> <button data-filter=\"contradicted\" aria-pressed=\"false\">contradicted {}</button> <button data-filter=\"unverified\" aria-pressed=\"false\">unverified {}</button> <button data-filter=\"failed\" aria-pressed=\"false\">failing {}</button><span class=\"keys\">keys: j/k move · 1–4 filter · f failing · Enter shows the evidence</span></div></header>",
        s.claims, s.supported, s.contradicted, s.unverified, s.failed
    );
    unchecked_list(&mut out, unchecked);
    for (k, report) in reports.iter().enumerate() {
        // Ids stay unique across files; one file keeps plain ids.
        let prefix = if reports.len() == 1 {
            String::new()
        } else {
            format!("f{k}-")
        };
        if reports.len() > 1 {
            let _ = write!(
                out,
                "<h2 class=\"file\">{} · {}</h2>",
                escape(&report.claims_file),
                escape(&report.article)
            );
        }
        let _ = writeln!(out, "<main><section aria-label=\"claims\">");
        for (i, r) in report.results.iter().enumerate() {
            card(&mut out, &prefix, i, r);
        }
        let _ = write!(out, "</section>");
        article(&mut out, &prefix, report);
        let _ = writeln!(out, "</main>");
    }
    let _ = writeln!(out, "<script>{SCRIPT}</script></body></html>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape("<script>\"a\" & 'b'"),
            "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;"
        );
    }

    #[test]
    fn marks_stay_on_character_boundaries() {
        let m = [super::super::Mark {
            start: 0,
            end: 2,
            conflict: false,
        }];
        // "é" is two bytes: a mark ending inside a character is skipped.
        assert_eq!(marked("é<b", &m), "<mark>é</mark>&lt;b");
        let bad = [super::super::Mark {
            start: 0,
            end: 1,
            conflict: true,
        }];
        assert_eq!(marked("é", &bad), "é");
    }
}
