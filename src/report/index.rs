//! Renders the attributed-statement index (`claimcheck index`) as text or
//! JSON: every statement with its speaker (as written and resolved), cue,
//! recipient, content, quotations, times and location.

use crate::index::{Index, Statement};
use crate::read::UnitKind;
use crate::read::time;
use serde::Serialize;
use std::fmt::Write;

#[derive(Serialize)]
struct Document<'a> {
    version: &'static str,
    article: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    published: Option<String>,
    people: Vec<Person<'a>>,
    /// Each distinct speaker once, with every place the article names it;
    /// a statement's speaker refers here by `entry`.
    speakers: Vec<SpeakerEntry<'a>>,
    statements: Vec<StatementOut<'a>>,
}

#[derive(Serialize)]
struct SpeakerEntry<'a> {
    name: &'a str,
    kind: crate::extract::speaker::SpeakerKind,
    mentions: Vec<MentionOut<'a>>,
}

#[derive(Serialize)]
struct Person<'a> {
    name: &'a str,
    titles: &'a [String],
    mentions: usize,
}

#[derive(Serialize)]
struct SpeakerOut<'a> {
    text: &'a str,
    resolved: &'a str,
    kind: crate::extract::speaker::SpeakerKind,
    via: crate::index::Via,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    roles: &'a [String],
    /// The speaker's place in the document's `speakers`.
    entry: usize,
}

#[derive(Serialize)]
struct MentionOut<'a> {
    text: &'a str,
    line: usize,
    column: usize,
}

#[derive(Serialize)]
struct CueOut<'a> {
    text: &'a str,
    class: &'static str,
    form: crate::extract::CueForm,
    /// Present (and true) only for a negated cue: "did not say".
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    negated: bool,
}

#[derive(Serialize)]
struct WhenOut {
    text: String,
    value: time::TimeValue,
    #[serde(skip_serializing_if = "Option::is_none")]
    from: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    to: Option<String>,
}

#[derive(Serialize)]
struct StatementOut<'a> {
    id: usize,
    sentence: usize,
    line: usize,
    column: usize,
    span: [usize; 2],
    /// `null` for the article's own voice.
    speaker: Option<SpeakerOut<'a>>,
    cue: Option<CueOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    recipient: Option<&'a str>,
    content: String,
    quotes: Vec<&'a str>,
    when: Vec<WhenOut>,
    text: &'a str,
}

fn class_name(c: crate::lexicon::CueClass) -> &'static str {
    use crate::lexicon::CueClass::*;
    match c {
        Assertive => "assertive",
        Belief => "belief",
        Directive => "directive",
        Stance => "stance",
        Denial => "denial",
    }
}

/// The distinct speakers of the index, in order of first statement, and
/// each statement's entry among them.
fn speakers(index: &Index) -> (Vec<SpeakerEntry<'_>>, Vec<usize>) {
    let doc = &index.doc;
    let mut entries: Vec<SpeakerEntry> = Vec::new();
    // Token ranges naming each entry: the person's name mentions and the
    // speaker phrases ("he", "the minister") of its statements.
    let mut ranges: Vec<Vec<std::ops::Range<usize>>> = Vec::new();
    let mut of_statement = vec![0; index.statements.len()];
    let mut seen: std::collections::HashMap<(&str, Option<usize>), usize> =
        std::collections::HashMap::new();
    for (i, st) in index.statements.iter().enumerate() {
        let Some(sp) = &st.speaker else { continue };
        let entry = *seen
            .entry((sp.resolved.as_str(), sp.profile.person))
            .or_insert_with(|| {
                entries.push(SpeakerEntry {
                    name: &sp.resolved,
                    kind: sp.profile.kind,
                    mentions: Vec::new(),
                });
                ranges.push(
                    sp.profile
                        .person
                        .map_or_else(Vec::new, |id| index.people.persons[id].mentions.clone()),
                );
                entries.len() - 1
            });
        ranges[entry].extend(sp.mention.clone());
        of_statement[i] = entry;
    }
    for (entry, mut rs) in entries.iter_mut().zip(ranges) {
        rs.sort_by_key(|r| (r.start, r.end));
        rs.dedup_by(|b, a| b.start < a.end);
        entry.mentions = rs
            .into_iter()
            .map(|r| {
                let (line, column) = doc.line_col(doc.tokens[r.start].span.start);
                MentionOut {
                    text: doc.range_text(r),
                    line,
                    column,
                }
            })
            .collect();
    }
    (entries, of_statement)
}

fn statement<'a>(index: &'a Index, st: &'a Statement, entry: usize) -> StatementOut<'a> {
    let doc = &index.doc;
    let s = &doc.sentences[st.sentence];
    let (line, column) = doc.line_col(s.span.start);
    let when = index.units[st.sentence]
        .iter()
        .filter(|u| st.in_region(&u.tokens))
        .filter_map(|u| match &u.kind {
            UnitKind::Time(t) => {
                let dates = time::resolve(t, index.published);
                Some(WhenOut {
                    text: doc.range_text(u.tokens.clone()).to_string(),
                    value: t.clone(),
                    from: dates.map(|d| d.0.to_string()),
                    to: dates.map(|d| d.1.to_string()),
                })
            }
            _ => None,
        })
        .collect();
    StatementOut {
        id: st.id,
        sentence: st.sentence,
        line,
        column,
        span: [s.span.start, s.span.end],
        speaker: st.speaker.as_ref().map(|sp| SpeakerOut {
            text: &sp.text,
            resolved: &sp.resolved,
            kind: sp.profile.kind,
            via: sp.via,
            roles: &sp.roles,
            entry,
        }),
        cue: st.cue.as_ref().map(|c| CueOut {
            text: &c.text,
            class: class_name(c.class),
            form: c.form,
            negated: c.negated,
        }),
        recipient: st.recipient.as_ref().map(|r| r.text.as_str()),
        content: st
            .content
            .iter()
            .map(|r| doc.range_text(r.clone()))
            .collect::<Vec<_>>()
            .join(" … "),
        quotes: st
            .quotes
            .iter()
            .map(|&q| doc.slice(doc.quotes[q].inner))
            .collect(),
        when,
        text: doc.slice(s.span),
    }
}

pub fn json(index: &Index, article: &str) -> String {
    let (speakers, entries) = speakers(index);
    let doc = Document {
        version: super::json::VERSION,
        article,
        published: index.published.map(|d| d.to_string()),
        people: index
            .people
            .persons
            .iter()
            .map(|p| Person {
                name: &p.name,
                titles: &p.titles,
                mentions: p.mentions.len(),
            })
            .collect(),
        speakers,
        statements: (index.statements.iter().zip(entries))
            .map(|(st, entry)| statement(index, st, entry))
            .collect(),
    };
    let mut out = serde_json::to_string_pretty(&doc).unwrap_or_default();
    out.push('\n');
    out
}

pub fn text(index: &Index, article: &str) -> String {
    let mut out = String::new();
    let attributed = index
        .statements
        .iter()
        .filter(|s| s.speaker.is_some())
        .count();
    let _ = writeln!(
        out,
        "{article}: {} statements ({attributed} attributed){}\n",
        index.statements.len(),
        index
            .published
            .map_or(String::new(), |d| format!(", published {d}"))
    );
    for st in &index.statements {
        let o = statement(index, st, 0);
        let who = match &o.speaker {
            Some(sp) if sp.text != sp.resolved => format!(
                "{} (\u{201c}{}\u{201d}, {:?})",
                sp.resolved, sp.text, sp.via
            )
            .to_lowercase_via(),
            Some(sp) => sp.resolved.to_string(),
            None => "(article)".to_string(),
        };
        let _ = write!(out, "#{:<3} {}:{}  {}", o.id, o.line, o.column, who);
        if let Some(c) = &o.cue {
            let _ = write!(out, " · {}", c.text);
            if c.negated {
                let _ = write!(out, " (negated)");
            }
        }
        if let Some(r) = o.recipient {
            let _ = write!(out, " · to {r}");
        }
        for w in &o.when {
            match (&w.from, &w.to) {
                (Some(a), Some(b)) if a == b => {
                    let _ = write!(out, " · {} ({a})", w.text);
                }
                (Some(a), Some(b)) => {
                    let _ = write!(out, " · {} ({a}..{b})", w.text);
                }
                _ => {
                    let _ = write!(out, " · {}", w.text);
                }
            }
        }
        let _ = writeln!(out);
        let _ = writeln!(out, "      {}", o.content);
    }
    out
}

trait LowerVia {
    fn to_lowercase_via(self) -> String;
}

impl LowerVia for String {
    /// Writes the resolution kind in lower case: `(“he”, pronoun)`.
    fn to_lowercase_via(self) -> String {
        match self.rfind(", ") {
            Some(i) => format!("{}{}", &self[..i], self[i..].to_lowercase()),
            None => self,
        }
    }
}
