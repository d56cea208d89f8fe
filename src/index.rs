//! The attributed-statement index of an article: every statement with its
//! speaker, cue, recipient, content, quotations and times, the units the
//! reader found in each sentence, and postings from unit keys to statements
//! for retrieving candidate evidence.

use crate::doc::Doc;
use crate::extract::{self, CueForm, speaker::Profile};
use crate::lexicon::{self, CueClass};
use crate::read::people::People;
use crate::read::time::{self, Date, TimeValue};
use crate::read::{self, Context, Unit, UnitKind};
use foldhash::{HashMap, HashMapExt, HashSet};
use std::collections::BTreeMap;
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

/// Who says a statement.
#[derive(Clone, Debug)]
pub struct Speaker {
    /// Tokens of the mention in its sentence (none for a continuation).
    pub(crate) mention: Option<Range<usize>>,
    /// The mention as written.
    pub text: String,
    /// The resolved name ("Tomas Varga", "A source close to the talks").
    pub resolved: String,
    pub via: Via,
    /// Titles and roles ("Chilean Finance Minister").
    pub roles: Vec<String>,
    pub(crate) profile: Profile,
}

/// The words that attribute a statement: a reporting verb ("said",
/// "told"), a phrase ("according to") or a noun ("a statement").
#[derive(Clone, Debug)]
pub struct Cue {
    pub(crate) tokens: Option<Range<usize>>,
    /// The cue as written.
    pub text: String,
    pub(crate) key: String,
    pub(crate) class: CueClass,
    pub(crate) form: CueForm,
    /// Whether the reporting verb is negated ("did not say", "never
    /// claimed", "declined to confirm"): then the speaker did not say what
    /// follows.
    pub negated: bool,
}

impl Cue {
    /// The cue as written, with its negation when it is negated ("have not
    /// said"), so that a reader sees what the speaker did not say.
    pub(crate) fn written(&self, doc: &crate::doc::Doc) -> String {
        match (&self.tokens, self.negated) {
            (Some(r), true) => {
                let from = crate::read::cue_negation_span(doc, r.clone()).start;
                doc.range_text(from..r.end).to_string()
            }
            _ => self.text.clone(),
        }
    }
}

/// Who was told: an outlet or a person ("told Bloomberg").
#[derive(Clone, Debug)]
pub struct Recipient {
    pub(crate) tokens: Range<usize>,
    /// The recipient as written.
    pub text: String,
    pub(crate) profile: Profile,
}

/// One statement of the article: what is said, by whom (or in the
/// article's own voice), through which cue and to whom.
/// `claimcheck index --format json` shows every field with its text and
/// location.
#[derive(Clone, Debug)]
pub struct Statement {
    /// Its number in the index, from 0.
    pub id: usize,
    /// The sentence it is in, from 0.
    pub sentence: usize,
    /// `None` when the article says it in its own voice.
    pub speaker: Option<Speaker>,
    pub cue: Option<Cue>,
    /// The outlet or person told ("told Bloomberg").
    pub recipient: Option<Recipient>,
    /// Token ranges of what was said.
    pub(crate) content: Vec<Range<usize>>,
    /// Token ranges whose words count as evidence (content, cue, times).
    pub(crate) region: Vec<Range<usize>>,
    /// Indices into the document's quotations.
    pub(crate) quotes: Vec<usize>,
    /// For a quotation running over several sentences: the statement where
    /// it is attributed (or begins). The statements of one quotation form
    /// one attribution.
    pub part_of: Option<usize>,
}

/// What the developer tools (`xtask/`) read of a speaker and a cue; not an
/// API.
#[cfg(feature = "internals")]
#[doc(hidden)]
impl Speaker {
    pub fn mention(&self) -> Option<&Range<usize>> {
        self.mention.as_ref()
    }

    pub fn profile(&self) -> &Profile {
        &self.profile
    }
}

#[cfg(feature = "internals")]
#[doc(hidden)]
impl Cue {
    pub fn tokens(&self) -> Option<&Range<usize>> {
        self.tokens.as_ref()
    }
}

/// What the developer tools (`xtask/`) read of a statement; not an API.
#[cfg(feature = "internals")]
#[doc(hidden)]
impl Statement {
    pub fn content(&self) -> &[Range<usize>] {
        &self.content
    }

    pub fn quotes(&self) -> &[usize] {
        &self.quotes
    }
}

impl Statement {
    pub(crate) fn in_region(&self, tokens: &Range<usize>) -> bool {
        self.region
            .iter()
            .any(|r| r.start <= tokens.start && tokens.end <= r.end)
    }
}

/// The index of an article's attributed statements: what
/// [`crate::Article::parse`] builds and [`crate::check`] reads.
///
/// ```
/// let article = claimcheck::Article::parse("Police said two men were arrested.", None).unwrap();
/// let statements = article.index().statements();
/// assert_eq!(statements.len(), 1);
/// assert_eq!(statements[0].speaker.as_ref().unwrap().text, "Police");
/// ```
pub struct Index {
    pub(crate) doc: Doc,
    pub(crate) people: People,
    pub(crate) statements: Vec<Statement>,
    /// Units of each sentence.
    pub(crate) units: Vec<Vec<Unit>>,
    /// Publication date, from the dateline or given by the user.
    pub(crate) published: Option<Date>,
    /// Unit key → statements whose region holds it.
    pub(crate) postings: HashMap<String, Vec<usize>>,
    /// For each sentence, the sentences it is read with (see
    /// [`link_sentences`]): the one its opening "the forms", "it" or "they"
    /// refers back to, and that one's own antecedents.
    pub(crate) links: Vec<Vec<usize>>,
    /// For each sentence, the place phrase that frames it: a paragraph
    /// opening "In the northern district, ..." sets where the
    /// sentences after it happen, until one opens with its own (see
    /// [`find_frames`]). The sentence and the phrase's tokens.
    pub(crate) frames: Vec<Option<(usize, Range<usize>)>>,
    /// Acronyms the article defines ("Lowell Research Center (LRC)"): the
    /// acronym's key → the keys of the name's words.
    pub(crate) acronyms: BTreeMap<String, Vec<String>>,
    /// For each head word, every place the article names it with names
    /// before it ("the Dutch team", "the Friday vote", "the city's
    /// new stadium"): the modifiers' keys (see [`modifier_key`])
    /// with the sentence and unit of each.
    pub(crate) attributes: BTreeMap<String, Vec<Vec<Attribute>>>,
    /// The article's name words and its lowercase words, which decide how
    /// a claim's capitalised words are read; gathered once, not per claim.
    pub(crate) proper_words: HashSet<String>,
    pub(crate) common_words: HashSet<String>,
    /// The sentences that say what the article is about: the first
    /// sentence of each of its first two paragraphs, a dateline left
    /// out (the headline and the lead, or the lead and the next
    /// paragraph's opening). See [`topic_sentences`].
    pub(crate) topic: Vec<usize>,
    /// The words of every quotation and sentence, for finding a claim's
    /// quotation; built on the first claim that has one.
    pub(crate) quote_pool: std::sync::OnceLock<crate::align::QuotePool>,
}

/// The posting key of a unit, if it is worth retrieving by.
pub(crate) fn posting_key(u: &UnitKind) -> Option<String> {
    match u {
        UnitKind::Word { key, .. } => Some(key.to_string()),
        UnitKind::Place { key, .. } => Some(format!("place:{key}")),
        UnitKind::Person { id, .. } => Some(format!("person:{id}")),
        UnitKind::Concept { key, .. } => Some(key.to_string()),
        UnitKind::Quantity(_) | UnitKind::Ordinal { .. } | UnitKind::Time(_) => None,
    }
}

impl Index {
    pub(crate) fn build(text: &str, published: Option<Date>) -> Index {
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
            .map(|s| {
                let mut units = read::read_units(&doc, s.tokens.clone(), &ctx);
                units.shrink_to_fit();
                units
            })
            .collect();
        resolve_they(&doc, &mut units);
        let attributes = find_attributes(&doc, &units);
        let mut links = link_sentences(&doc, &dateline);
        // A quotation continued over sentences is one speech: each later
        // sentence is read with the one that says who spoke, where and how
        // ("In a statement, the governor said, ...").
        for st in &statements {
            if let Some(root) = st.part_of {
                let rs = statements[root].sentence;
                if rs != st.sentence && !links[st.sentence].contains(&rs) {
                    links[st.sentence].push(rs);
                }
            }
        }
        let acronyms = find_acronyms(&doc);
        let frames = find_frames(&doc);
        let topic = topic_sentences(&doc, &dateline);
        // Statements come in id order, so each list is built sorted: a
        // statement is added once, after those before it.
        let mut postings: HashMap<String, Vec<usize>> = HashMap::new();
        let mut post = |key: String, id: usize| {
            let list = postings.entry(key).or_default();
            if list.last() != Some(&id) {
                list.push(id);
            }
        };
        for st in &statements {
            for u in &units[st.sentence] {
                if st.in_region(&u.tokens)
                    && let Some(k) = posting_key(&u.kind)
                {
                    post(k, st.id);
                }
            }
            if let Some(sp) = &st.speaker {
                for n in &sp.profile.names {
                    post(format!("speaker:{n}"), st.id);
                }
            }
            for q in &st.quotes {
                post(format!("quote:{q}"), st.id);
            }
        }
        Index {
            quote_pool: std::sync::OnceLock::new(),
            proper_words: doc.proper_vocabulary(),
            common_words: doc.common_vocabulary(),
            postings,
            doc,
            people,
            statements,
            units,
            published,
            links,
            frames,
            topic,
            acronyms,
            attributes,
        }
    }

    /// The units of a statement: those of its sentence inside its region.
    /// The attributed statements, in the order of the article.
    pub fn statements(&self) -> &[Statement] {
        &self.statements
    }

    /// The article's text as read (without a byte-order mark).
    pub fn text(&self) -> &str {
        &self.doc.text
    }

    /// The publication date: given, or read from the dateline.
    pub fn published(&self) -> Option<Date> {
        self.published
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

/// A name put before a word: its modifier key (see [`modifier_key`]), the
/// sentence and the unit.
pub(crate) type Attribute = (String, usize, usize);

/// The key a name, place or person has as a modifier.
pub(crate) fn modifier_key(u: &UnitKind) -> Option<String> {
    match u {
        UnitKind::Word {
            key, proper: true, ..
        } => Some(key.to_string()),
        UnitKind::Place { key, .. } => Some(format!("place:{key}")),
        UnitKind::Person { id, pronoun: false } => Some(format!("person:{id}")),
        _ => None,
    }
}

/// Whether the tokens between two units may sit inside one name: a
/// possessive, "and", "of", an initial.
fn same_phrase(doc: &Doc, from: usize, to: usize) -> bool {
    to >= from
        && to - from <= 2
        && (from..to).all(|k| {
            let t = &doc.tokens[k];
            t.is_possessive()
                || matches!(t.norm.as_str(), "and" | "of" | "&")
                || (t.is_word() && t.cap)
        })
}

/// Every head word with the names the article puts before it (see
/// [`Index::attributes`]).
fn find_attributes(doc: &Doc, units: &[Vec<Unit>]) -> BTreeMap<String, Vec<Vec<Attribute>>> {
    let mut out: BTreeMap<String, Vec<Vec<Attribute>>> = BTreeMap::new();
    for (si, us) in units.iter().enumerate() {
        for (hi, h) in us.iter().enumerate() {
            let UnitKind::Word { key, .. } = &h.kind else {
                continue;
            };
            let mut group = Vec::new();
            let mut at = h.tokens.start;
            for mi in (0..hi).rev() {
                let m = &us[mi];
                if m.tokens.end > at || !same_phrase(doc, m.tokens.end, at) {
                    break;
                }
                let Some(mk) = modifier_key(&m.kind) else {
                    break;
                };
                group.push((mk, si, mi));
                at = m.tokens.start;
            }
            out.entry(key.to_string()).or_default().push(group);
        }
    }
    out
}

/// Acronyms defined in parentheses after a name: "the Lowell Research Center
/// (LRC)", "Council of Northern Bishops (CNB)". The name's capitalised
/// words (with "of", "and", "for", "the" between them) must start with the
/// acronym's first letter and hold all its letters as initials.
pub(crate) fn find_acronyms(doc: &Doc) -> BTreeMap<String, Vec<String>> {
    let mut out = BTreeMap::new();
    for k in 1..doc.tokens.len().saturating_sub(2) {
        // "Lowell Research Center (LRC)", "the Coastal People's Militia [CPM]".
        let paren = doc.tokens[k].is_punct("(") && doc.tokens[k + 2].is_punct(")");
        let bracket = doc.tokens[k].is_punct("[") && doc.tokens[k + 2].is_punct("]");
        if !paren && !bracket {
            continue;
        }
        let acr = doc.slice(doc.tokens[k + 1].span);
        let letters: Vec<char> = acr.chars().filter(|c| c.is_alphabetic()).collect();
        if letters.len() < 2 || !acr.chars().all(|c| c.is_ascii_uppercase() || c == '&') {
            continue;
        }
        let mut start = k;
        while start > 0 && k - start < 10 {
            let t = &doc.tokens[start - 1];
            let joins = matches!(t.norm.as_str(), "of" | "and" | "for" | "the" | "&");
            if !(t.is_word() && (t.cap || joins)) && !t.is_punct("&") && !t.is_possessive() {
                break;
            }
            start -= 1;
        }
        while start < k && !doc.tokens[start].cap {
            start += 1;
        }
        let words: Vec<usize> = (start..k)
            .filter(|&x| doc.tokens[x].is_word() && doc.tokens[x].cap)
            .collect();
        let initials: Vec<char> = words
            .iter()
            .filter_map(|&x| doc.slice(doc.tokens[x].span).chars().next())
            .map(|c| c.to_ascii_uppercase())
            .collect();
        // Trim leading words until the first initial is the acronym's.
        let Some(first) = initials.iter().position(|&c| c == letters[0]) else {
            continue;
        };
        let words = &words[first..];
        let initials = &initials[first..];
        if words.len() < 2 || !letters.iter().all(|c| initials.contains(c)) {
            continue;
        }
        out.entry(doc.key(k + 1).to_string())
            .or_insert_with(|| words.iter().map(|&x| doc.key(x).to_string()).collect());
    }
    out
}

/// How far back an opening definite noun phrase looks for its antecedent.
const ANTECEDENT_WINDOW: usize = 3;

/// Links each sentence that opens by referring back ("The forms are part
/// of ...", "It must be returned ...", "They were twice refused ...") to the
/// sentence it refers to, so that a claim which names what the article
/// left to a pronoun or a general noun can meet both. A definite noun
/// phrase ("the", "this", "these", "those", "such" and a common noun) links
/// to the nearest of the last few sentences that uses the same noun, a
/// synonym or a narrower one ("questionnaires" for "the forms"); a pronoun
/// links to the sentence just before. The lead sentence is linked to the
/// headline. Links follow the antecedent's own links (a pronoun after "The
/// document ..." reaches the sentence that named the questionnaire). They
/// run backwards only: a sentence is read with what it refers to, never
/// with what a later sentence says about it ("They were released" does not
/// lend its verb to "Police arrested two men on Monday").
/// The opening place phrase of a sentence: "In the Lakeside West
/// electoral district," — "In" or "At", then up to eight words with
/// a capitalised one, then a comma.
fn opening_place(doc: &Doc, si: usize) -> Option<Range<usize>> {
    let s = &doc.sentences[si];
    let a = s.tokens.start;
    if !matches!(doc.tokens.get(a)?.norm.as_str(), "in" | "at") {
        return None;
    }
    let comma = (a + 1..s.tokens.end.min(a + 10)).find(|&k| doc.tokens[k].is_punct(","))?;
    let named = (a + 1..comma).any(|k| doc.proper[k]);
    let plain = (a + 1..comma).all(|k| doc.tokens[k].is_word() || doc.tokens[k].is_possessive());
    // "In 2016," or "In a statement," set a time or a manner, not a place.
    (named && plain && crate::read::time::parse_at(doc, a + 1, comma).is_none())
        .then_some(a + 1..comma)
}

/// The place phrase framing each later sentence of its paragraph (see
/// [`Index::frames`]).
pub(crate) fn find_frames(doc: &Doc) -> Vec<Option<(usize, Range<usize>)>> {
    let mut out = vec![None; doc.sentences.len()];
    let mut current: Option<(usize, Range<usize>)> = None;
    for (si, slot) in out.iter_mut().enumerate() {
        if current
            .as_ref()
            .is_some_and(|(f, _)| doc.sentences[*f].para != doc.sentences[si].para)
        {
            current = None;
        }
        match opening_place(doc, si) {
            Some(r) => current = Some((si, r)),
            None => *slot = current.clone(),
        }
    }
    out
}

pub(crate) fn link_sentences(doc: &Doc, dateline: &[usize]) -> Vec<Vec<usize>> {
    let n = doc.sentences.len();
    let mut back: Vec<Option<usize>> = vec![None; n];
    for (si, slot) in back.iter_mut().enumerate().skip(1) {
        if dateline.contains(&si) {
            continue;
        }
        let s = &doc.sentences[si];
        let mut f = s.tokens.start;
        // "But the forms ...", "However, they ..."
        if matches!(
            doc.tokens[f].norm.as_str(),
            "but" | "and" | "however" | "yet" | "so"
        ) {
            f += 1;
            if f < s.tokens.end && doc.tokens[f].is_punct(",") {
                f += 1;
            }
        }
        if f >= s.tokens.end || !doc.tokens[f].is_word() {
            continue;
        }
        let earlier = |k: usize| {
            (si.saturating_sub(k)..si)
                .rev()
                .filter(|&p| !dateline.contains(&p))
                .filter(|&p| doc.sentences[p].para + 2 >= s.para)
        };
        let first = doc.tokens[f].norm.as_str();
        if matches!(
            first,
            "it" | "they" | "he" | "she" | "its" | "their" | "his" | "her"
        ) {
            *slot = earlier(1).next();
            continue;
        }
        // "By this time, ...", "At that point, ...", "By then": the time of
        // the sentence before.
        let word = |k: usize| doc.tokens.get(k).map_or("", |t| t.norm.as_str());
        let back_in_time = matches!(first, "by" | "at")
            && (matches!(word(f + 1), "then")
                || (matches!(word(f + 1), "this" | "that" | "the")
                    && matches!(word(f + 2), "time" | "point" | "stage")));
        if back_in_time {
            *slot = earlier(1).next();
            continue;
        }
        if !matches!(first, "the" | "this" | "these" | "those" | "such") {
            continue;
        }
        // The head: the last word of the noun phrase, before a verb, a
        // preposition or punctuation.
        let mut h = None;
        for k in f + 1..s.tokens.end.min(f + 5) {
            let t = &doc.tokens[k];
            if !t.is_word() || crate::extract::is_verbish(doc, k) || lexicon::is_stopword(&t.norm) {
                break;
            }
            h = Some(k);
        }
        let Some(h) = h else { continue };
        if (f + 1..=h).any(|k| doc.proper[k]) {
            continue;
        }
        let head = doc.key(h);
        let place_noun =
            h == f + 1 && lexicon::words::PLACE_NOUNS.contains(&doc.tokens[h].norm.as_str());
        *slot = earlier(ANTECEDENT_WINDOW).find(|&p| {
            let r = doc.sentences[p].tokens.clone();
            // "The city" after a named place or "the Municipality of X".
            if place_noun
                && r.clone().any(|k| {
                    crate::read::places::place_at(doc, k, r.end).is_some()
                        || lexicon::words::PLACE_NOUNS.contains(&doc.tokens[k].norm.as_str())
                })
            {
                return true;
            }
            doc.sentences[p].tokens.clone().any(|k| {
                let key = doc.key(k);
                doc.tokens[k].is_word()
                    && !doc.proper[k]
                    && !lexicon::is_stopword(&doc.tokens[k].norm)
                    && lexicon::stands_for(key, head)
            })
        });
    }
    // The lead refers to the headline above the dateline.
    if let Some(&d) = dateline.first()
        && d >= 1
        && d + 1 < n
        && back[d + 1].is_none()
    {
        back[d + 1] = Some(d - 1);
    }
    (0..n)
        .map(|si| {
            let mut chain = Vec::new();
            let mut at = si;
            for _ in 0..ANTECEDENT_WINDOW {
                let Some(p) = back[at] else { break };
                if p == si || chain.contains(&p) {
                    break;
                }
                chain.push(p);
                at = p;
            }
            chain
        })
        .collect()
}

/// The first sentence of each of the article's first two paragraphs, a
/// dateline left out: the headline and the lead, which name the event
/// and the people the rest of the article tells of.
fn topic_sentences(doc: &Doc, dateline: &[usize]) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::new();
    let mut last_para = None;
    for (si, s) in doc.sentences.iter().enumerate() {
        if dateline.contains(&si) || last_para == Some(s.para) {
            continue;
        }
        if out.len() == 2 {
            break;
        }
        out.push(si);
        last_para = Some(s.para);
    }
    out
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
        // A weekday before the date ("Tuesday, March 10, 2020") is read on
        // its own.
        if let Some((TimeValue::Weekday { .. }, used)) = time::parse_at(doc, i, n) {
            i += used;
            while i < n && !doc.tokens[i].is_wordlike() {
                i += 1;
            }
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

/// What the developer tools (`xtask/`) read of an index; not an API.
#[cfg(feature = "internals")]
#[doc(hidden)]
impl Index {
    pub fn doc(&self) -> &Doc {
        &self.doc
    }

    pub fn people(&self) -> &People {
        &self.people
    }

    pub fn units(&self) -> &[Vec<Unit>] {
        &self.units
    }

    pub fn postings(&self) -> &HashMap<String, Vec<usize>> {
        &self.postings
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn links(text: &str) -> Vec<Vec<usize>> {
        Index::build(text, None).links
    }

    #[test]
    fn a_definite_noun_links_to_the_sentence_naming_it() {
        let l = links(
            "The ministry sent questionnaires to applicants. Officials met on Monday. \
             The forms must be returned within ten days. It also must be signed.",
        );
        assert_eq!(l[2], vec![0]);
        // The pronoun reaches the forms, then the questionnaires.
        assert_eq!(l[3], vec![2, 0]);
        assert!(l[1].is_empty());
    }

    #[test]
    fn a_name_or_an_unrelated_noun_does_not_link() {
        let l = links(
            "The ministry sent questionnaires to applicants. The United Nations welcomed the plan. \
             The weather was cold.",
        );
        assert!(l[1].is_empty());
        assert!(l[2].is_empty());
    }

    #[test]
    fn a_place_noun_links_to_the_place_named_before() {
        let l = links(
            "The request was made by the Municipality of Tarrow in 2010. The city reasoned that fees apply.",
        );
        assert_eq!(l[1], vec![0]);
    }

    #[test]
    fn acronyms_in_parentheses_or_brackets() {
        let index = Index::build(
            "Staff of the Harbor Safety Board (HSB) met. The order came from the Northern People's Guard [NPG].",
            None,
        );
        assert!(index.acronyms.contains_key(&lexicon::key("hsb")));
        assert!(index.acronyms.contains_key(&lexicon::key("npg")));
    }

    #[test]
    fn by_this_time_links_to_the_sentence_before() {
        let l = links(
            "The boy was taken to the clinic on Monday. By this time, his fever was high. \
             At the weekend, the clinic closed.",
        );
        assert_eq!(l[1], vec![0]);
        assert!(l[2].is_empty());
    }

    #[test]
    fn a_paragraph_opening_place_frames_the_rest_of_it() {
        let index = Index::build(
            "In the Lakeside district, Ana Ruiz won. Li Wen lost.\n\nTurnout rose.",
            None,
        );
        let f: Vec<Option<usize>> = index
            .frames
            .iter()
            .map(|f| f.as_ref().map(|x| x.0))
            .collect();
        assert_eq!(f, [None, Some(0), None]);
    }

    #[test]
    fn the_lead_links_to_the_headline() {
        let l = links("Storm closes harbor\n\nMonday, March 9, 2020\nA storm hit the coast.");
        assert_eq!(l[2], vec![0]);
    }
}
