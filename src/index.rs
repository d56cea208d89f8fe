//! The attributed-statement index of an article: every statement with its
//! speaker, cue, recipient, content, quotations and times, the units the
//! reader found in each sentence, and postings from unit keys to statements
//! for retrieving candidate evidence.

use crate::doc::Doc;
use crate::extract::{self, CueForm, speaker::Profile};
use crate::lexicon::CueClass;
use crate::read::people::People;
use crate::read::time::{self, Date, TimeValue};
use crate::read::{self, Context, Unit, UnitKind};
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

/// How a speaker's mention was resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Via {
    /// Named in full where it speaks.
    Direct,
    /// A surname or shorter name of a person named earlier.
    Name,
    /// he, she, it, they.
    Pronoun,
    /// "the source", "the newspaper", "the minister".
    Definite,
    /// The quotation continues from an earlier sentence.
    Continuation,
    /// A pronoun or description with nothing to resolve it to.
    Unresolved,
}

#[derive(Clone, Debug)]
pub struct Speaker {
    /// Tokens of the mention in its sentence (none for a continuation).
    pub mention: Option<Range<usize>>,
    /// The mention as written.
    pub text: String,
    /// The resolved name ("Tomas Varga", "A source close to the talks").
    pub resolved: String,
    pub via: Via,
    /// Titles and roles ("Chilean Finance Minister").
    pub roles: Vec<String>,
    pub profile: Profile,
}

#[derive(Clone, Debug)]
pub struct Cue {
    pub tokens: Option<Range<usize>>,
    pub text: String,
    pub key: String,
    pub class: CueClass,
    pub form: CueForm,
}

#[derive(Clone, Debug)]
pub struct Recipient {
    pub tokens: Range<usize>,
    pub text: String,
    pub profile: Profile,
}

#[derive(Clone, Debug)]
pub struct Statement {
    pub id: usize,
    pub sentence: usize,
    /// `None` when the article says it in its own voice.
    pub speaker: Option<Speaker>,
    pub cue: Option<Cue>,
    /// The outlet or person told ("told Bloomberg").
    pub recipient: Option<Recipient>,
    /// Token ranges of what was said.
    pub content: Vec<Range<usize>>,
    /// Token ranges whose words count as evidence (content, cue, times).
    pub region: Vec<Range<usize>>,
    /// Indices into the document's quotations.
    pub quotes: Vec<usize>,
    /// For a quotation running over several sentences: the statement where
    /// it is attributed (or begins). The statements of one quotation form
    /// one attribution.
    pub part_of: Option<usize>,
}

impl Statement {
    pub fn in_region(&self, tokens: &Range<usize>) -> bool {
        self.region
            .iter()
            .any(|r| r.start <= tokens.start && tokens.end <= r.end)
    }
}

/// A built index.
pub struct Index {
    pub doc: Doc,
    pub people: People,
    pub statements: Vec<Statement>,
    /// Units of each sentence.
    pub units: Vec<Vec<Unit>>,
    /// Publication date, from the dateline or given by the user.
    pub published: Option<Date>,
    /// Unit key → statements whose region holds it.
    pub postings: BTreeMap<String, Vec<usize>>,
    /// Sentences that are the dateline.
    pub dateline: Vec<usize>,
}

/// The posting key of a unit, if it is worth retrieving by.
pub fn posting_key(u: &UnitKind) -> Option<String> {
    match u {
        UnitKind::Word { key, .. } => Some(key.clone()),
        UnitKind::Place { key, .. } => Some(format!("place:{key}")),
        UnitKind::Person { id, .. } => Some(format!("person:{id}")),
        UnitKind::Concept { key } => Some(key.clone()),
        UnitKind::Quantity(_) | UnitKind::Ordinal { .. } | UnitKind::Time(_) => None,
    }
}

impl Index {
    pub fn build(text: &str, published: Option<Date>) -> Index {
        let doc = Doc::parse(text, None);
        let mut people = People::build(&doc);
        let raws = extract::resolve::read_all(&doc, &mut people);
        let (dateline, found) = find_dateline(&doc);
        let published = published.or(found);
        let statements = extract::resolve::statements(&doc, &people, &raws, &dateline);
        let ctx = Context {
            people: &people,
            same_doc: true,
        };
        let mut units: Vec<Vec<Unit>> = doc
            .sentences
            .iter()
            .map(|s| read::read_units(&doc, s.tokens.clone(), &ctx))
            .collect();
        resolve_they(&doc, &mut units);
        let mut postings: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
        for st in &statements {
            for u in &units[st.sentence] {
                if st.in_region(&u.tokens)
                    && let Some(k) = posting_key(&u.kind)
                {
                    postings.entry(k).or_default().insert(st.id);
                }
            }
            if let Some(sp) = &st.speaker {
                for n in &sp.profile.names {
                    postings
                        .entry(format!("speaker:{n}"))
                        .or_default()
                        .insert(st.id);
                }
            }
            for q in &st.quotes {
                postings
                    .entry(format!("quote:{q}"))
                    .or_default()
                    .insert(st.id);
            }
        }
        Index {
            postings: postings
                .into_iter()
                .map(|(k, v)| (k, v.into_iter().collect()))
                .collect(),
            doc,
            people,
            statements,
            units,
            published,
            dateline,
        }
    }

    /// The units of a statement: those of its sentence inside its region.
    pub fn statement_units(&self, st: &Statement) -> Vec<&Unit> {
        self.units[st.sentence]
            .iter()
            .filter(|u| st.in_region(&u.tokens))
            .collect()
    }

    /// Times mentioned in a statement's region.
    pub fn statement_times(&self, st: &Statement) -> Vec<&TimeValue> {
        self.statement_units(st)
            .into_iter()
            .filter_map(|u| match &u.kind {
                UnitKind::Time(t) => Some(t),
                _ => None,
            })
            .collect()
    }

    /// Number of statements a posting key occurs in.
    pub fn frequency(&self, key: &str) -> usize {
        self.postings.get(key).map_or(0, Vec::len)
    }
}

/// "Harbor pilots ... have been drafting a safety code. They presented
/// it ...": a sentence that opens with "They" refers to the subject of the
/// sentence before it. The subject's units are copied onto "They", so a
/// claim naming the harbor pilots can meet the second sentence.
fn resolve_they(doc: &Doc, units: &mut [Vec<Unit>]) {
    for si in 1..doc.sentences.len() {
        let s = &doc.sentences[si];
        let first = s.tokens.start;
        if doc.tokens[first].norm != "they" {
            continue;
        }
        let prev = &doc.sentences[si - 1];
        if prev.para + 1 < s.para {
            continue;
        }
        // The previous sentence's subject: from its start to its first verb.
        let verb = (prev.tokens.clone()).find(|&k| crate::extract::is_verbish(doc, k));
        let Some(v) = verb else { continue };
        if v == prev.tokens.start || v - prev.tokens.start > 14 {
            continue;
        }
        let subject: Vec<Unit> = units[si - 1]
            .iter()
            .filter(|u| u.tokens.start >= prev.tokens.start && u.tokens.end <= v)
            .cloned()
            .collect();
        let plural = (prev.tokens.start..v).any(|k| {
            let n = &doc.tokens[k].norm;
            doc.tokens[k].is_word() && n.ends_with('s') && !n.ends_with("ss") && !doc.proper[k]
        });
        if subject.is_empty() || !plural {
            continue;
        }
        let segment = units[si].first().map_or(0, |u| u.segment);
        for mut u in subject {
            u.tokens = first..first + 1;
            u.segment = segment;
            u.negated = false;
            u.hedged = false;
            units[si].push(u);
        }
        units[si].sort_by_key(|u| u.tokens.start);
    }
}

/// The dateline: a line near the top that is only a date ("Tuesday, March
/// 10, 2020"). Returns its sentences and the date.
fn find_dateline(doc: &Doc) -> (Vec<usize>, Option<Date>) {
    for (si, s) in doc.sentences.iter().enumerate().take(4) {
        let n = s.tokens.end;
        let mut i = s.tokens.start;
        while i < n && !doc.tokens[i].is_wordlike() {
            i += 1;
        }
        if let Some((v, used)) = time::parse_at(doc, i, n) {
            let rest = (i + used..n).all(|k| !doc.tokens[k].is_wordlike());
            if rest
                && let TimeValue::Date {
                    year: Some(y),
                    month,
                    day: Some(d),
                } = v
                && Date::valid(y, month, d)
            {
                return (
                    vec![si],
                    Some(Date {
                        year: y,
                        month,
                        day: d,
                    }),
                );
            }
        }
    }
    (Vec::new(), None)
}
