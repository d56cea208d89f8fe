//! The attribution reader: finds who said what in each sentence.
//!
//! Shapes it reads (X a speaker, Q a quotation, Y reported content):
//! `X said (that) Y` · `Y, X said` · `"Q," X said` · `"Q," said X` ·
//! `"Q," X said, adding that Y` · `according to X, Y` · `Y, according to X` ·
//! `Per X, Y` · `Per figures released by X, Y` · `Z was told by X of "Q"` ·
//! `X told OUTLET (that) Y` · `X's statement/comment (on DAY) that Y` ·
//! `a statement by X that Y` · `A ministry statement indicated that Y` ·
//! `X and Z have both opposed Y` · `X stated: "Q"` · `with X stating: "Q"` ·
//! `(part of) X's statement reads "Q"` · `a letter from X read: "Q"` ·
//! and a quotation continued in the next sentence or paragraph.
//!
//! Each sentence yields its attributed statements and, for what is left, a
//! statement in the article's own voice. Speakers given as pronouns, as
//! "the source" or by surname are resolved in a second pass (`resolve`).

pub mod parsed;
pub mod resolve;
mod sentence;
pub mod speaker;

pub use sentence::read_sentence;

use crate::doc::Doc;
use crate::lexicon::{self, CueClass, words};
use crate::text::{QuoteDir, TokenKind};
use std::ops::Range;

/// How the cue was expressed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CueForm {
    /// said, told, stated ...
    Verb,
    /// a statement, his remarks, a comment
    Noun,
    /// according to
    AccordingTo,
    /// the quotation continues from an earlier sentence
    Continuation,
}

/// One attribution found in a sentence, before speakers are resolved.
#[derive(Clone, Debug)]
pub struct Raw {
    /// The speaker as written; `None` when it is inherited ("adding that").
    pub speaker: Option<Range<usize>>,
    /// Take the speaker of the statement with this index in the sentence.
    pub inherit: Option<usize>,
    pub cue: Range<usize>,
    pub cue_key: String,
    pub class: CueClass,
    pub form: CueForm,
    pub recipient: Option<Range<usize>>,
    pub content: Vec<Range<usize>>,
    /// Tokens whose words count as this statement's evidence.
    pub region: Vec<Range<usize>>,
    /// Appositive roles written next to the speaker ("spokesman for the
    /// Chilean navy").
    pub roles: Vec<Range<usize>>,
}

fn norm(doc: &Doc, i: usize) -> &str {
    doc.tokens.get(i).map_or("", |t| t.norm.as_str())
}

fn in_quote(doc: &Doc, i: usize) -> bool {
    doc.quote_of[i].is_some()
}

fn is_open_quote(doc: &Doc, i: usize) -> bool {
    let t = &doc.tokens[i];
    matches!(t.kind, TokenKind::Quote { .. }) && doc.quote_opened_at(i).is_some()
}

fn is_close_quote(doc: &Doc, i: usize) -> bool {
    matches!(doc.tokens[i].kind, TokenKind::Quote { .. }) && doc.quote_closed_at(i).is_some()
}

const DETERMINERS_POSS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "your", "this", "that", "these",
    "those", "my",
];

/// Words that stop a speaker phrase read leftwards.
const LEFT_STOPS: &[&str] = &[
    "that",
    "which",
    "who",
    "whom",
    "while",
    "whereas",
    "but",
    "because",
    "although",
    "though",
    "if",
    "when",
    "after",
    "before",
    "since",
    "so",
    "where",
    "whether",
    "than",
    "said",
    "says",
    "told",
    "according",
    "also",
    "as",
    "then",
    "yet",
    "once",
    "unless",
    "until",
    "however",
];

const PREPOSITIONS: &[&str] = &[
    "with", "by", "for", "from", "in", "on", "at", "to", "of", "into", "during", "amid", "about",
    "over",
];

/// Whether token `i` is a verb or auxiliary, by the tagger: a finite verb
/// or a participle, not a gerund ("*including*", "*according*"), not a
/// participle between a determiner and its noun ("the *gathered* crowd"),
/// and not a capitalised word.
pub(crate) fn is_verbish(doc: &Doc, i: usize) -> bool {
    let t = &doc.tokens[i];
    if !t.is_word() || t.cap {
        return false;
    }
    let Some((upos, penn)) = doc.tags(i) else {
        return false;
    };
    if penn == "VBG" {
        return false;
    }
    // "The city *reasoned*": the tagger takes an -ed word it has not seen
    // for an adjective, but straight after its subject it is the verb.
    let after_subject = || {
        i > 0
            && penn == "JJ"
            && t.norm.ends_with("ed")
            && doc.upos(i - 1).is_some_and(|u| matches!(u, "NOUN" | "PROPN" | "PRON"))
    };
    // "will *hand* over": the word after a modal is a verb.
    let after_modal = || {
        (i.saturating_sub(2)..i)
            .rev()
            .take_while(|&k| k + 1 == i || doc.upos(k + 1) == Some("ADV"))
            .any(|k| doc.tags(k).is_some_and(|(_, p)| p == "MD"))
    };
    if !(matches!(upos, "VERB" | "AUX") || after_subject() || after_modal()) {
        return false;
    }
    let attributive = i > 0
        && (DETERMINERS_POSS.contains(&doc.tokens[i - 1].norm.as_str())
            || doc.tokens[i - 1].is_possessive())
        && doc.upos(i + 1).is_some_and(|u| matches!(u, "NOUN" | "PROPN" | "ADJ"));
    !attributive
}

/// Whether the verb at `k` is a participle right after its noun ("a
/// statement *delivered* by"), which the tagger may take for a past tense.
fn reduced_relative(doc: &Doc, k: usize) -> bool {
    k > 0
        && doc.upos(k - 1) == Some("NOUN")
        && doc.tags(k).is_some_and(|(_, penn)| matches!(penn, "VBN" | "VBD"))
}

/// The comma that opens a prepositional phrase set off by commas and
/// ending just before `j` (", in a statement on Monday,", ", via a
/// spokesman,"), when a word ends the phrase before it. The phrase may
/// hold a participle ("delivered by his secretary") but no other verb and
/// no quotation.
fn aside_before(doc: &Doc, a: usize, j: usize) -> Option<usize> {
    if j < a + 4 || !doc.tokens[j - 1].is_punct(",") {
        return None;
    }
    let c = (j.saturating_sub(14).max(a + 1)..j - 1)
        .rev()
        .find(|&k| doc.tokens[k].is_punct(","))?;
    let prep = matches!(
        norm(doc, c + 1),
        "in" | "on" | "via" | "through" | "during" | "at" | "from" | "over"
    );
    let plain = (c + 1..j - 1).all(|k| {
        !in_quote(doc, k)
            && !doc.tokens[k].is_quote()
            && (!is_verbish(doc, k) || reduced_relative(doc, k))
    });
    let word_before = doc.tokens[c - 1].is_wordlike() && !in_quote(doc, c - 1);
    (prep && plain && word_before && c + 2 < j - 1).then_some(c)
}

/// Whether the "and" at `i` joins two adjectives of one noun ("*legal and
/// religious* groups"), by the tagger.
fn and_joins_adjectives(doc: &Doc, i: usize) -> bool {
    i > 0 && doc.upos(i - 1) == Some("ADJ") && doc.upos(i + 1) == Some("ADJ")
}

/// Reads a speaker phrase leftwards, ending just before `j`. Returns its
/// start, or `None` if there is none.
/// An adverb in -ly between a speaker and the cue ("Varga allegedly
/// replied", "officials privately conceded"); not nouns like "family" or
/// "assembly".
fn is_ly_adverb(n: &str) -> bool {
    n.len() > 5
        && [
            "edly", "ously", "ately", "ently", "antly", "icly", "ively", "ally",
        ]
        .iter()
        .any(|s| n.ends_with(s))
}

fn np_backward(doc: &Doc, floor: usize, j: usize) -> Option<usize> {
    let mut k = j;
    while k > floor {
        let t = &doc.tokens[k - 1];
        let n = t.norm.as_str();
        // "A leaked letter seen by the Ledger says": a participle naming who
        // saw or published the document belongs to its phrase.
        let by_participle = k < j
            && doc.tokens[k].norm == "by"
            && k - 1 > floor
            && words::DOCUMENT_PARTICIPLES.contains(&n);
        if by_participle {
            k -= 1;
            continue;
        }
        let ok = match t.kind {
            TokenKind::Word if is_acronym(doc, k - 1) => true,
            TokenKind::Word => {
                !LEFT_STOPS.contains(&n)
                    && !is_verbish(doc, k - 1)
                    && (n != "and" || and_joins_names(doc, k - 1) || and_joins_adjectives(doc, k - 1))
                    && !(lexicon::cue_verb(doc.key(k - 1)).is_some()
                        && !t.cap
                        && verb_form(doc, k - 1))
            }
            TokenKind::Possessive => true,
            TokenKind::Number => true,
            TokenKind::Punct => n == "&",
            TokenKind::Quote { .. } => false,
        };
        if !ok || in_quote(doc, k - 1) {
            break;
        }
        k -= 1;
    }
    // Drop leading prepositions and conjunctions: "with Okafor" -> "Okafor",
    // and a time before the speaker: "on February 1 the agency
    // acknowledged", "said on Monday they believe".
    while k < j && (PREPOSITIONS.contains(&norm(doc, k)) || norm(doc, k) == "and") {
        k += 1;
    }
    let mut past_time = k;
    while past_time < j && is_time_word(doc, past_time) {
        past_time += 1;
    }
    if past_time > k && past_time < j && !PREPOSITIONS.contains(&norm(doc, past_time)) {
        k = past_time;
    }
    // ", pushing asylum claims above 150,000": a participle clause, not a
    // speaker ("leading experts say" is one).
    if k < j
        && k > 0
        && doc.tokens[k - 1].is_punct(",")
        && !doc.tokens[k].cap
        && norm(doc, k).ends_with("ing")
        && !lexicon::words::ING_ADJECTIVES.contains(&norm(doc, k))
    {
        return None;
    }
    // A phrase must contain a noun-like word.
    let has_word = (k..j).any(|x| {
        doc.tokens[x].is_word() && !lexicon::is_stopword(&doc.tokens[x].norm)
            || is_acronym(doc, x)
            || matches!(norm(doc, x), "he" | "she" | "they" | "it" | "we" | "i")
    });
    if k < j && has_word && j - k <= 14 {
        Some(k)
    } else {
        None
    }
}

/// A word of a date or day ("February", "1", "Monday", "yesterday") that
/// cannot begin a speaker's phrase: a weekday, a month, a relative day, a
/// number beside a month ("February 1", "1 February"), or a year after a
/// preposition.
fn is_time_word(doc: &Doc, i: usize) -> bool {
    use lexicon::time::{MONTHS, RELATIVE_DAYS, WEEKDAYS};
    let month = |k: usize| {
        doc.tokens
            .get(k)
            .is_some_and(|t| t.cap && MONTHS.iter().any(|(m, _)| *m == t.norm))
    };
    let n = norm(doc, i);
    WEEKDAYS.iter().any(|(d, _)| *d == n)
        || month(i)
        || RELATIVE_DAYS.iter().any(|(w, _)| w.len() == 1 && w[0] == n)
        || (doc.tokens[i].kind == TokenKind::Number && (month(i + 1) || i > 0 && month(i - 1)))
        || year_after_preposition(doc, i)
}

/// A year after "in", "since", "by" or "until" ("*In 1962* Ana Ruiz
/// recommended ...").
fn year_after_preposition(doc: &Doc, i: usize) -> bool {
    let t = &doc.tokens[i];
    let year = t.kind == TokenKind::Number
        && t.norm.len() == 4
        && t.norm.parse::<u32>().is_ok_and(|y| (1000..=2100).contains(&y));
    year && i > 0 && matches!(norm(doc, i - 1), "in" | "since" | "by" | "until")
}

/// A word in capitals ("WHO", "US"): a name, even where its lowercase form
/// is a function word.
fn is_acronym(doc: &Doc, i: usize) -> bool {
    let t = &doc.tokens[i];
    let text = doc.slice(t.span);
    t.is_word() && text.len() >= 2 && text.chars().all(|c| c.is_ascii_uppercase())
}

/// "Dunmore and its neighbours", "Varga and Canadian Prime Minister Ana Ruiz":
/// an "and" between two names keeps the phrase together.
fn and_joins_names(doc: &Doc, i: usize) -> bool {
    if i == 0 || i + 1 >= doc.tokens.len() {
        return false;
    }
    let left = &doc.tokens[i - 1];
    let right = &doc.tokens[i + 1];
    let left_ok = left.is_word()
        && (left.cap
            || doc.proper[i - 1]
            || lexicon::is_anonymous_head(doc.key(i - 1))
            || lexicon::is_role_head(&left.norm));
    let right_ok = right.is_word()
        && (right.cap
            || matches!(
                right.norm.as_str(),
                "its" | "his" | "her" | "their" | "the" | "other"
            ));
    // "trade and industry commissioner": two words sharing the title
    // after them.
    let shared_title = left.is_word()
        && !left.cap
        && !lexicon::is_stopword(&left.norm)
        && !is_verbish(doc, i - 1)
        && right.is_word()
        && !right.cap
        && doc
            .tokens
            .get(i + 2)
            .is_some_and(|t| t.is_word() && lexicon::is_title_word(&t.norm));
    (left_ok && right_ok) || shared_title
}

/// Reads a speaker phrase rightwards from `i` (for `"Q," said X`). Returns
/// its end.
fn np_forward(doc: &Doc, i: usize, end: usize) -> Option<usize> {
    let first = doc.tokens.get(i)?;
    if i >= end
        || first.norm == "that"
        || !(first.cap
            || doc.proper[i]
            || DETERMINERS_POSS.contains(&first.norm.as_str())
            || matches!(
                first.norm.as_str(),
                "he" | "she" | "it" | "they" | "we" | "i"
            ))
    {
        return None;
    }
    let mut k = i;
    while k < end {
        let t = &doc.tokens[k];
        let n = t.norm.as_str();
        let ok = match t.kind {
            TokenKind::Word => {
                !(k > i
                    && (matches!(
                        n,
                        "to" | "in"
                            | "on"
                            | "at"
                            | "that"
                            | "during"
                            | "after"
                            | "before"
                            | "when"
                            | "as"
                    ) || is_verbish(doc, k)))
            }
            TokenKind::Possessive | TokenKind::Number => true,
            _ => false,
        };
        if !ok {
            break;
        }
        k += 1;
    }
    if k > i && k - i <= 12 { Some(k) } else { None }
}

/// Whether a clause (subject then verb) starts at `k`: "she will not attend",
/// "member states would pay".
fn clause_follows(doc: &Doc, k: usize, end: usize) -> bool {
    if k >= end {
        return false;
    }
    if PREPOSITIONS.contains(&norm(doc, k)) {
        return false;
    }
    for x in k..end.min(k + 10) {
        let t = &doc.tokens[x];
        // "tweeted the response "required all hands"": a subject, then
        // its predicate quoted.
        if t.is_quote() && x > k && is_open_quote(doc, x) {
            continue;
        }
        if t.is_punct(",") || t.is_punct(".") || t.is_quote() {
            return false;
        }
        if is_verbish(doc, x) && x > k {
            return true;
        }
    }
    false
}

/// Whether the cue word at `i` is used as a verb.
fn verb_form(doc: &Doc, i: usize) -> bool {
    let t = &doc.tokens[i];
    if t.cap
        && i > 0
        && !matches!(
            doc.tokens[i - 1].kind,
            TokenKind::Quote { .. } | TokenKind::Punct
        )
    {
        return false;
    }
    let prev = if i > 0 {
        doc.tokens[i - 1].norm.as_str()
    } else {
        ""
    };
    if DETERMINERS_POSS.contains(&prev) || (i > 0 && doc.tokens[i - 1].is_possessive()) {
        return false;
    }
    if PREPOSITIONS.contains(&prev) && prev != "to" {
        return false;
    }
    // "instead of being called for interviews": a passive participle
    // after "being" says nothing its subject said.
    if prev == "being" {
        return false;
    }
    // "her repeated calls for": a determiner two words back makes a noun.
    let prev2 = if i > 1 {
        doc.tokens[i - 2].norm.as_str()
    } else {
        ""
    };
    let past = t.norm.ends_with("ed") || lexicon::stem::is_irregular_verb_form(&t.norm);
    if !past
        && (DETERMINERS_POSS.contains(&prev2) || (i > 1 && doc.tokens[i - 2].is_possessive()))
        && i > 0
        && !is_verbish(doc, i - 1)
        && !doc.proper[i - 1]
        && !lexicon::is_anonymous_head(doc.key(i - 1))
    {
        return false;
    }
    // "Rust Belt states underscored": a plural noun followed by a verb.
    let n = t.norm.as_str();
    // "estimates suggest": a plural noun before a cue verb's base form.
    if n.ends_with('s')
        && !n.ends_with("ss")
        && i + 1 < doc.tokens.len()
        && (is_verbish(doc, i + 1)
            || (lexicon::cue_verb(doc.key(i + 1)).is_some()
                && !doc.tokens[i + 1].cap
                && !doc.tokens[i + 1].norm.ends_with('s')))
    {
        return false;
    }
    // "too soon to say", "expected to announce": an infinitive reports
    // nothing said, except "the first to report".
    if prev == "to" {
        let ordinal_before = (i.saturating_sub(4)..i)
            .any(|k| matches!(doc.tokens[k].norm.as_str(), "first" | "last" | "only"));
        // "declined to comment", "refused to say": a refusal is read too.
        let refusal = i >= 2 && words::VERBAL_NEGATORS.contains(&doc.tokens[i - 2].norm.as_str());
        // "was prompted to say, 'So far ...'": quoted words follow.
        let quoted = (i + 1..(i + 3).min(doc.tokens.len())).any(|k| doc.tokens[k].is_quote());
        // "went on to say": then said.
        let then = i >= 3 && went_on(doc, i - 2);
        if !ordinal_before && !refusal && !quoted && !then {
            return false;
        }
    }
    // A bare base form ("support", "call") is a verb only after an
    // auxiliary, "to", or a plural subject ("officials tell"): otherwise it
    // is a noun ("public support", "phone call").
    let inflected = n.ends_with('s')
        || n.ends_with("ed")
        || n.ends_with("ing")
        || doc.key(i) != lexicon::key(n)
        || crate::lexicon::stem::is_irregular(n);
    if !inflected {
        let plural_subject = prev.ends_with('s')
            && !prev.ends_with("ss")
            && !matches!(
                prev,
                "news" | "series" | "politics" | "its" | "his" | "this"
            )
            && i > 0
            && doc.tokens[i - 1].is_word()
            || matches!(prev, "they" | "we" | "i" | "you")
            // "WHO say": an organisation's initials take a plural verb.
            || (i > 0 && is_acronym(doc, i - 1));
        let aux = matches!(
            prev,
            "to" | "will"
                | "would"
                | "could"
                | "might"
                | "may"
                | "must"
                | "should"
                | "can"
                | "did"
                | "do"
                | "does"
                | "also"
                | "both"
                | "not"
                | "n't"
                | "all"
                | "often"
                | "always"
                | "never"
                | "repeatedly"
        );
        // "would later say", "will also tell": an adverb between the
        // auxiliary and the verb.
        let adverb_after_aux = i >= 2
            && doc.tags(i - 1).is_some_and(|(_, penn)| matches!(penn, "RB" | "RBR"))
            && (doc.tags(i - 2).is_some_and(|(_, penn)| penn == "MD")
                || matches!(doc.tokens[i - 2].norm.as_str(), "did" | "does" | "do"));
        return plural_subject || aux || adverb_after_aux;
    }
    true
}

/// "read" after a document that carries a statement: "the judge's
/// statement reads: ...", "a letter from the ministry read ...". The verb
/// is a cue only there (a person who reads a letter says nothing), and,
/// like "wrote", only before a clear complement.
fn document_reads(doc: &Doc, i: usize) -> Option<(usize, String, CueClass, bool)> {
    if !matches!(doc.tokens[i].norm.as_str(), "read" | "reads") || i == 0 {
        return None;
    }
    let floor = doc.sentences[doc.sentence_of[i] as usize].tokens.start;
    let document = (floor.max(i.saturating_sub(6))..i)
        .rev()
        .take_while(|&k| doc.tokens[k].is_word() || doc.tokens[k].norm == "'s")
        .any(|k| lexicon::is_cue_noun(doc.key(k)));
    document.then(|| (1, "read".to_string(), CueClass::Assertive, true))
}

/// The cue starting at token `i`: (length, key, class, needs complement).
fn cue_at(doc: &Doc, i: usize, end: usize) -> Option<(usize, String, CueClass, bool)> {
    if let Some((len, key, class)) = lexicon::cue_phrase(|k| (i + k < end).then(|| doc.key(i + k)))
    {
        return Some((len, key.to_string(), class, false));
    }
    let norm = doc.tokens[i].norm.as_str();
    if lexicon::is_negator(norm) {
        return None;
    }
    if let Some(cue) = document_reads(doc, i) {
        return Some(cue);
    }
    let (class, strict) = lexicon::cue_verb(doc.key(i))?;
    Some((1, doc.key(i).to_string(), class, strict))
}

/// Skips what may stand between a cue and its content: a recipient for
/// "told", a time or place phrase before "that", "that" itself, a colon or
/// comma before a quotation.
fn content_start(
    doc: &Doc,
    after_cue: usize,
    end: usize,
    key: &str,
) -> (usize, Option<Range<usize>>) {
    let mut k = after_cue;
    let mut recipient = None;
    // A programme or outlet named in quotation marks: told "Meet the Press".
    if matches!(key, "tell" | "inform" | "brief")
        && k < end
        && is_open_quote(doc, k)
        && let Some(q) = doc.quote_opened_at(k)
        && q.tokens.len() <= 5
        && q.close.is_some_and(|c| c + 1 < end)
    {
        let close = q.close.unwrap_or(k);
        return (close + 1, Some(k + 1..close));
    }
    if matches!(
        key,
        "tell" | "inform" | "assur" | "brief" | "warn" | "urg" | "ask" | "advis"
    ) && k < end
    {
        // The recipient: a name run or "the NOUN".
        let t = &doc.tokens[k];
        if words::AUDIENCES.contains(&t.norm.as_str()) {
            // "told reporters the team was ...".
            recipient = Some(k..k + 1);
            k += 1;
        } else if let Some(e) = (k + 1..end.min(k + 6))
            .take_while(|&x| {
                doc.tokens[x].is_word() && !is_verbish(doc, x) && norm(doc, x) != "that"
            })
            .find(|&x| {
                norm(doc, x) == "to"
                    || (matches!(norm(doc, x), "not" | "never") && norm(doc, x + 1) == "to")
            })
            .filter(|_| {
                t.is_word()
                    && !is_verbish(doc, k)
                    && !matches!(t.norm.as_str(), "that" | "to" | "not")
            })
        {
            // "asked regional governments not to turn boats away",
            // "warned people never to": the people asked, up to the
            // infinitive and its negation.
            recipient = Some(k..e);
            k = e;
        } else if t.is_word()
            && (doc.proper[k] || t.cap || DETERMINERS_POSS.contains(&t.norm.as_str()))
            && t.norm != "that"
        {
            let mut e = k + 1;
            if DETERMINERS_POSS.contains(&t.norm.as_str()) {
                // "the press", "the Northern Harbor Safety Board":
                // a few words, or a longer name in capitals.
                // ... up to another determiner, which begins what was
                // said ("told a hearing *the* driver fled").
                while e < end
                    && doc.tokens[e].is_word()
                    && (e < k + 4 || (doc.tokens[e].cap && e < k + 9))
                    && !matches!(norm(doc, e), "that" | "to" | "of")
                    && !DETERMINERS_POSS.contains(&norm(doc, e))
                    && !is_verbish(doc, e)
                {
                    e += 1;
                }
            } else {
                while e < end && doc.tokens[e].is_word() && (doc.tokens[e].cap || doc.proper[e]) {
                    e += 1;
                }
            }
            // "told The Star-Ledger of Newark last week she ...".
            while e + 1 < end && norm(doc, e) == "of" && doc.proper[e + 1] {
                e += 2;
                while e < end && doc.proper[e] {
                    e += 1;
                }
            }
            recipient = Some(k..e);
            k = e;
            while let Some((_, n)) = crate::read::time::parse_at(doc, k, end) {
                k += n;
            }
        }
    }
    // "said in a statement that", "stated on Monday that".
    let phrase_start = k < end
        && (PREPOSITIONS.contains(&norm(doc, k))
            || crate::read::time::parse_at(doc, k, end).is_some()
            || matches!(
                norm(doc, k),
                "last"
                    | "this"
                    | "earlier"
                    | "later"
                    | "yesterday"
                    | "today"
                    | "also"
                    | "again"
                    | "publicly"
                    | "repeatedly"
                    | "first"
            ));
    if phrase_start {
        let that = (k..end.min(k + 8))
            .take_while(|&x| !doc.tokens[x].is_quote() && !is_verbish(doc, x))
            .find(|&x| norm(doc, x) == "that" && !in_quote(doc, x));
        if let Some(x) = that {
            k = x;
        } else if let Some(q) = (k..end.min(k + 8))
            .take_while(|&x| !is_verbish(doc, x) && !doc.tokens[x].is_punct("."))
            .find(|&x| is_open_quote(doc, x))
            // A quoted sentence, not a quoted title ("his "Keepin' It
            // Real" radio program").
            .filter(|&x| doc.quote_opened_at(x).is_some_and(|q| q.tokens.len() >= 5))
        {
            // "writing on a forum "We have ...": the quotation after
            // the circumstance is the content.
            k = q;
        }
    }
    while (k < end && matches!(norm(doc, k), "that" | ":"))
        || (k + 1 < end && doc.tokens[k].is_punct(",") && doc.tokens[k + 1].is_quote())
    {
        k += 1;
    }
    (k, recipient)
}

/// Whether the sentence ends (or only a participle clause follows) at `k`.
fn ends_here(doc: &Doc, k: usize, end: usize) -> bool {
    let mut k = k;
    // A trailing place, manner or time phrase: "said Okafor to the waiting
    // reporters", "said when asked about the plan", "said on Tuesday".
    let adverbial = k < end
        && (matches!(
            norm(doc, k),
            "to" | "in"
                | "on"
                | "at"
                | "during"
                | "when"
                | "while"
                | "as"
                | "after"
                | "before"
                | "last"
                | "this"
                | "earlier"
                | "later"
                | "yesterday"
                | "today"
                | "tonight"
                | "recently"
                | "referring"
                | "speaking"
                | "in an interview"
                | "late"
                | "early"
        ) || crate::read::time::parse_at(doc, k, end).is_some());
    if adverbial {
        let stop = (k..end).find(|&x| {
            doc.tokens[x].is_punct(",")
                || doc.tokens[x].is_punct(";")
                || doc.tokens[x].is_punct(":")
        });
        let rest = k..stop.unwrap_or(end);
        // "said on Tuesday that ...": content follows, not an adverbial end.
        if rest
            .clone()
            .any(|x| norm(doc, x) == "that" || doc.tokens[x].is_quote())
        {
            return false;
        }
        k = rest.end;
    } else if k < end {
        // "said onstage Tuesday night": a short tail without a verb.
        let stop = (k..end)
            .find(|&x| doc.tokens[x].is_punct(",") || doc.tokens[x].is_punct(";"))
            .unwrap_or(end);
        let tail = k..stop;
        let verbless = !tail.clone().any(|x| {
            is_verbish(doc, x) || doc.tokens[x].is_quote() || matches!(norm(doc, x), "that" | ":")
        });
        if verbless
            && tail.len() <= 5
            && !doc.proper[k]
            && !DETERMINERS_POSS.contains(&norm(doc, k))
        {
            k = stop;
        }
    }
    if k < end
        && doc.tokens[k].is_punct(",")
        && k + 1 < end
        && (doc.tokens[k + 1].is_quote() || norm(doc, k + 1) == "that")
    {
        // `said, "Q"` opens content rather than ending the sentence.
        return false;
    }
    k >= end || doc.tokens[k].is_punct(",") || doc.tokens[k].is_punct(";")
}

/// The end of a sentence's content: before the final full stop.
fn content_end(doc: &Doc, s: Range<usize>) -> usize {
    let mut e = s.end;
    while e > s.start
        && matches!(doc.tokens[e - 1].kind, TokenKind::Punct)
        && matches!(doc.tokens[e - 1].norm.as_str(), "." | "!" | "?" | ";" | ":")
    {
        e -= 1;
    }
    e
}

/// Trims punctuation and quotation marks from both ends of a range, keeping
/// quotation marks that belong to a quotation inside.
/// A sentence that opens with its reporting verb, its speaker after it,
/// then a comma or colon and a quotation to the end (`Remarked X, "Q"`,
/// `Added the minister: "Q"`): the order of a quotation set after its
/// speaker, inverted.
fn inverted_cue(doc: &Doc, a: usize, end: usize) -> Option<Raw> {
    let (len, key, class, _) = cue_at(doc, a, end)?;
    let after = a + len;
    let t = &doc.tokens[a];
    if !t.cap || class == CueClass::Stance || !(t.norm.ends_with("ed") || t.norm == "said") {
        return None;
    }
    let se = np_forward(doc, after, end)?;
    let mark = doc.tokens.get(se)?;
    let quote = se + 1;
    if !(mark.is_punct(",") || mark.is_punct(":")) || quote >= end || !is_open_quote(doc, quote) {
        return None;
    }
    let content: Vec<Range<usize>> = doc
        .quotes_within(quote..end)
        .map(|q| trim(doc, q.tokens.clone()))
        .filter(|q| !q.is_empty())
        .collect();
    if content.is_empty() {
        return None;
    }
    let mut region = content.clone();
    region.push(a..after);
    Some(Raw {
        speaker: Some(after..se),
        inherit: None,
        cue: a..after,
        cue_key: key,
        class,
        form: CueForm::Verb,
        recipient: None,
        content,
        region,
        roles: trailing_role(doc, se, end).into_iter().collect(),
    })
}

/// The role set off by a comma after a speaker named after the cue:
/// `"Q," said X, a spokeswoman for the ministry.` A noun phrase opened by
/// an article or a title word, without a verb or a time.
fn trailing_role(doc: &Doc, se: usize, end: usize) -> Option<Range<usize>> {
    if se + 1 >= end || !doc.tokens[se].is_punct(",") {
        return None;
    }
    let stop = (se + 1..end)
        .find(|&x| {
            doc.tokens[x].is_punct(",") || doc.tokens[x].is_punct(";") || doc.tokens[x].is_quote()
        })
        .unwrap_or(end);
    let r = trim(doc, se + 1..stop);
    let opens = matches!(norm(doc, r.start), "a" | "an" | "the")
        || lexicon::is_title_word(norm(doc, r.start));
    let noun_phrase = !r.clone().any(|k| is_verbish(doc, k) || in_quote(doc, k))
        && crate::read::time::parse_at(doc, r.start, r.end).is_none();
    (!r.is_empty() && r.len() <= 12 && opens && noun_phrase).then_some(r)
}

fn trim(doc: &Doc, r: Range<usize>) -> Range<usize> {
    let (mut a, mut b) = (r.start, r.end);
    while a < b && matches!(doc.tokens[a].kind, TokenKind::Punct) {
        a += 1;
    }
    while b > a
        && (matches!(doc.tokens[b - 1].kind, TokenKind::Punct) || (is_open_quote(doc, b - 1)))
    {
        b -= 1;
    }
    a..b
}

/// What the sentence is read for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// An article sentence.
    Article,
    /// A claim: "a spokesperson declined to comment" still names its
    /// speaker, and may say nothing else.
    Claim,
}

/// The length of the "according to" cue at token `i` of the sentence
/// starting at `a`: "according to", or "per" opening the sentence or a
/// clause ("Per the agency, ...", "..., per court records,"), where it
/// cannot be a rate ("$5 per person").
/// The source named after a "citing" or "quoting" at token `k`: up to the
/// next comma outside parentheses ("quoting the agency (KCNA), ..."), or
/// to `end`.
fn cited_source(doc: &Doc, k: usize, end: usize) -> Option<Range<usize>> {
    if !matches!(norm(doc, k), "citing" | "quoting") {
        return None;
    }
    let mut e = k + 1;
    let mut depth = 0i32;
    while e < end && !(depth == 0 && doc.tokens[e].is_punct(",")) {
        match norm(doc, e) {
            "(" => depth += 1,
            ")" => depth -= 1,
            _ => {}
        }
        e += 1;
    }
    (e > k + 1).then_some(k + 1..e)
}

/// Whether token `on` is the "on" of "went on" ("went on to say": then
/// said), with a form of "go" before it.
fn went_on(doc: &Doc, on: usize) -> bool {
    on > 0
        && norm(doc, on) == "on"
        && matches!(norm(doc, on - 1), "go" | "goes" | "went" | "gone" | "going")
}

/// The sources a speaker quotes ("Yonhap, citing KCNA, reported that P";
/// "Citing KCNA, Yonhap reported that P"; "P, Yonhap reported, citing
/// KCNA"): each says what the speaker says, through "citing" or
/// "quoting". A speaker read as "citing KCNA" is the name before it.
fn quoted_sources(doc: &Doc, a: usize, end: usize, raws: &mut Vec<Raw>) {
    let quoting = |k: usize| matches!(norm(doc, k), "citing" | "quoting");
    let source = |k: usize| {
        cited_source(doc, k, end)
            .filter(|src| src.len() <= 9)
            .map(|src| trim(doc, src))
    };
    let mut added = Vec::new();
    for r in raws.iter_mut().filter(|r| r.form == CueForm::Verb) {
        let Some(sp) = r.speaker.clone() else { continue };
        let at = if quoting(sp.start) && sp.start > a + 1 && doc.tokens[sp.start - 1].is_punct(",") {
            // "Yonhap, citing KCNA, reported": the speaker is Yonhap.
            let Some(s0) = np_backward(doc, a, sp.start - 1) else { continue };
            r.speaker = Some(s0..sp.start - 1);
            sp.start
        } else if quoting(a) && sp.start > a + 2 && doc.tokens[sp.start - 1].is_punct(",") {
            a
        } else if sp.end + 1 < end && doc.tokens[sp.end].is_punct(",") && quoting(sp.end + 1) {
            sp.end + 1
        } else {
            let k = r.cue.end + usize::from(doc.tokens.get(r.cue.end).is_some_and(|t| t.is_punct(",")));
            if k >= end || !quoting(k) {
                continue;
            }
            k
        };
        // A source is a name or an unnamed speaker ("citing officials"),
        // not a reason ("Citing privacy rules, officials have not said").
        let speaks = |s: &Range<usize>| {
            s.clone().any(|k| doc.proper[k])
                || s.end > s.start && lexicon::is_anonymous_head(doc.key(s.end - 1))
        };
        let Some(src) = source(at).filter(|s| !s.is_empty() && speaks(s)) else { continue };
        if crate::read::cue_negated(doc, r.cue.clone(), r.class) {
            continue;
        }
        let mut region = r.region.clone();
        region.push(at..at + 1);
        added.push(Raw {
            speaker: Some(src),
            inherit: None,
            cue: at..at + 1,
            cue_key: lexicon::key(norm(doc, at)),
            class: CueClass::Assertive,
            form: CueForm::Verb,
            recipient: None,
            content: r.content.clone(),
            region,
            roles: Vec::new(),
        });
    }
    raws.extend(added);
}

fn according_to(doc: &Doc, a: usize, i: usize) -> Option<usize> {
    if in_quote(doc, i) {
        return None;
    }
    if norm(doc, i) == "according" && norm(doc, i + 1) == "to" {
        return Some(2);
    }
    // "in the words of X, Y": X's words, as "according to X".
    if (i..i + 4).map(|k| norm(doc, k)).eq(["in", "the", "words", "of"]) {
        return Some(4);
    }
    let opens = i == a || doc.tokens[i - 1].is_punct(",");
    (norm(doc, i) == "per" && opens).then_some(1)
}

/// A statement told in the passive with its speaker after "by" ("he was
/// told by the minister of "Q"", "staff were informed by the ministry
/// that Y"): the speaker after "by", the hearer before the verb, and what
/// follows "of", "that" or a colon. Only for a verb of saying after a
/// form of "be".
fn passive_agent(
    doc: &Doc,
    a: usize,
    cue: Range<usize>,
    end: usize,
    (key, class): (&str, CueClass),
) -> Option<Raw> {
    let i = cue.start;
    let be = (i > a).then(|| i - 1).filter(|&b| {
        matches!(norm(doc, b), "was" | "were" | "is" | "are" | "been" | "being")
    })?;
    if class != CueClass::Assertive {
        return None;
    }
    let sp = cue.end + 1;
    let mut se = np_forward(doc, sp, end)?;
    if se > sp + 1 && norm(doc, se - 1) == "of" {
        se -= 1;
    }
    let mut cs = se;
    while cs < end && matches!(norm(doc, cs), "of" | "that" | ":" | ",") {
        cs += 1;
    }
    if cs >= end || cs == se && !is_open_quote(doc, cs) {
        return None;
    }
    // A quotation ends what was said: "of "Q", while ..." goes on in the
    // article's voice.
    let ce = doc
        .quote_opened_at(cs)
        .and_then(|q| q.close)
        .map_or(end, |c| (c + 1).min(end));
    let content = vec![trim(doc, cs..ce)];
    let mut region = content.clone();
    region.push(cue.clone());
    Some(Raw {
        speaker: Some(sp..se),
        inherit: None,
        cue,
        cue_key: key.to_string(),
        class,
        form: CueForm::Verb,
        recipient: hearer(doc, a, be),
        content,
        region,
        roles: Vec::new(),
    })
}

/// Who heard a passive statement: the pronoun or phrase before the form
/// of "be" at `be`.
fn hearer(doc: &Doc, a: usize, be: usize) -> Option<Range<usize>> {
    let pronoun = be > a && matches!(norm(doc, be - 1), "he" | "she" | "they" | "we" | "i");
    if pronoun {
        return Some(be - 1..be);
    }
    np_backward(doc, a, be).map(|r| r..be)
}

/// The phrase that opens the sentence at `a` before a speaker at
/// `intro_end`, which dates or places what the speaker says, or tells how
/// it was said: "On Monday, X told ...", "During the debate, X said",
/// "After the vote, X stated", "Writing in a weekly column, X dubbed",
/// "Asked about costs, X noted", "When interviewed by the BBC, X said",
/// "Upon arrival, X told", after a sentence adverb ("However, as part of
/// her ruling, X stated"); or a time alone, with or without its comma
/// ("On June 12, minutes before the vote, X claimed", "On Friday X
/// announced"). Not a clause of its own ("After the vote passed, ...").
fn opening_phrase(doc: &Doc, a: usize, intro_end: usize) -> Option<Range<usize>> {
    // "However, ...": a sentence adverb and its comma.
    let a = if a + 2 < intro_end && doc.tokens[a + 1].is_punct(",") && doc.upos(a) == Some("ADV") {
        a + 2
    } else {
        a
    };
    if intro_end <= a + 1 {
        return None;
    }
    // "Late on Sunday,", "Early in the day,": the time's own adverb.
    let start = a;
    let a = if matches!(norm(doc, a), "late" | "early") && a + 2 < intro_end {
        a + 1
    } else {
        a
    };
    opening_phrase_from(doc, a, intro_end).map(|r| start..r.end)
}

/// [`opening_phrase`] past a sentence adverb and a time's own adverb.
fn opening_phrase_from(doc: &Doc, a: usize, intro_end: usize) -> Option<Range<usize>> {
    if !doc.tokens[intro_end - 1].is_punct(",") {
        // "On Friday X announced": a time with its preposition that runs
        // up to the speaker.
        let (stop, preposition) = time_phrase(doc, a, intro_end)?;
        return (stop == intro_end && preposition).then_some(a..intro_end);
    }
    let intro = a..intro_end - 1;
    // "Asked about costs,": a past form opening the sentence, its subject
    // after the comma, is a participle, whichever form the tagger gives.
    let participle = doc.tokens[a].cap
        && (doc.tokens[a].norm.ends_with("ing")
            || doc.tags(a).is_some_and(|(_, penn)| matches!(penn, "VBN" | "VBD")));
    // "When interviewed", "while speaking": a participle after the
    // subordinator is the phrase's own.
    let when_participle = matches!(norm(doc, a), "when" | "once")
        && doc.tags(a + 1).is_some_and(|(_, penn)| matches!(penn, "VBN" | "VBG"));
    let fits = PREPOSITIONS.contains(&norm(doc, a))
        || matches!(
            norm(doc, a),
            "after" | "before" | "following" | "since" | "despite" | "amid" | "as" | "upon"
        )
        || participle
        || when_participle
        || crate::read::time::parse_at(doc, a, intro_end).is_some_and(|(_, n)| {
            // "Yesterday afternoon,": a part of the day after the time.
            let part_of_day = matches!(
                doc.tokens[a + n].norm.as_str(),
                "morning" | "afternoon" | "evening" | "night"
            );
            a + n + usize::from(part_of_day) == intro_end - 1
        });
    let own_verb = |k: usize| (participle && k == a) || (when_participle && k == a + 1);
    let clause = intro
        .clone()
        .any(|k| (is_verbish(doc, k) && !own_verb(k)) || doc.tokens[k].is_punct(","));
    if fits && !clause {
        return Some(intro);
    }
    opening_time(doc, a, intro_end - 1)
}

/// A time that opens the sentence at `a` and ends at a comma before
/// `end`, with its preposition: "On June 12," "In 2019,". Returns its
/// tokens, without the comma.
fn opening_time(doc: &Doc, a: usize, end: usize) -> Option<Range<usize>> {
    let (stop, _) = time_phrase(doc, a, end)?;
    (stop < end && doc.tokens[stop].is_punct(",")).then_some(a..stop)
}

/// A time at token `a`, with the preposition before it if there is one
/// ("On June 12", "In 2019", "Friday"), ending before `end`: where it
/// stops, and whether a preposition led it.
fn time_phrase(doc: &Doc, a: usize, end: usize) -> Option<(usize, bool)> {
    let lead = matches!(norm(doc, a), "on" | "in" | "at" | "since" | "by");
    let (_, n) = crate::read::time::parse_at(doc, a + usize::from(lead), end)?;
    Some((a + usize::from(lead) + n, lead))
}

/// Who speaks through a document given as the speaker ("... reads",
/// "... said"): its possessor ("(part of) *the judge*'s statement"), or
/// the party it comes from ("a letter *from the ministry*", "a statement
/// *by the club*"); without either, the document itself ("the ruling").
pub(crate) fn document_owner(doc: &Doc, sp: Range<usize>) -> Range<usize> {
    let from = |k: usize| k + 2 < sp.end && matches!(norm(doc, k + 1), "from" | "by");
    let Some(noun) = sp
        .clone()
        .rev()
        .find(|&k| lexicon::is_cue_noun(doc.key(k)))
        .filter(|&k| k + 1 == sp.end || from(k))
    else {
        return sp;
    };
    if let Some(poss) = (sp.start..noun).rev().find(|&k| doc.tokens[k].is_possessive()) {
        // "the judge's": the possessor's phrase, after any "part of".
        let mut start = sp.start;
        while let Some(of) = (start..poss).find(|&k| norm(doc, k) == "of") {
            start = of + 1;
        }
        let end = if doc.tokens[poss].norm == "'s" { poss } else { poss + 1 };
        if start < end {
            return start..end;
        }
    }
    if from(noun) {
        return noun + 2..sp.end;
    }
    sp
}

/// The subject of the clause that ends before token `k`: the phrase before
/// its last verb ("The mayor defended the plan" → "The mayor").
fn clause_subject(doc: &Doc, a: usize, k: usize) -> Option<Range<usize>> {
    // The last finite verb: not an infinitive or gerund after "to" ("One
    // member admitted to being part of it, writing ...": "admitted").
    let v = (a..k).rev().find(|&x| {
        is_verbish(doc, x)
            && !in_quote(doc, x)
            && !(x > a && norm(doc, x - 1) == "to")
            && norm(doc, x) != "being"
    })?;
    let mut j = v;
    while j > a && words::SPEAKER_CUE_FILLERS.contains(&norm(doc, j - 1)) {
        j -= 1;
    }
    let sp = np_backward(doc, a, j)?;
    // A plausible speaker: a name, a pronoun or a noun phrase at the start.
    let pronoun = j - sp == 1 && matches!(norm(doc, sp), "he" | "she" | "they" | "it" | "we");
    let named = (sp..j).any(|x| doc.proper[x]);
    (sp == a || pronoun || named).then_some(sp..j)
}

/// A subject written as a name and roles set off by commas, ending at `j`
/// (just before the cue): "NAME, ROLE, ROLE said" or "ROLE, NAME said",
/// after any introductory phrase ("In a statement, ...", "Asked about the
/// delay, ..."). Returns the name and the roles.
fn appositive_subject(doc: &Doc, a: usize, j: usize) -> Option<(Range<usize>, Vec<Range<usize>>)> {
    // After a quotation that ends before the cue, the subject starts anew.
    let a = (a..j)
        .filter(|&k| {
            is_close_quote(doc, k)
                || (doc.tokens[k].is_quote() && in_quote(doc, k.saturating_sub(1)))
        })
        .map(|k| k + 1)
        .max()
        .unwrap_or(a);
    let mut segs: Vec<Range<usize>> = Vec::new();
    let mut s = a;
    for k in a..j {
        if doc.tokens[k].is_punct(",") && !in_quote(doc, k) {
            segs.push(s..k);
            s = k + 1;
        }
    }
    segs.push(s..j);
    segs.retain(|r| !r.is_empty());
    // Introductory phrases: a preposition, a participle or a time.
    while segs.len() > 1 {
        let mut fs = segs[0].start;
        if matches!(doc.tokens[fs].norm.as_str(), "and" | "but" | "so" | "yet")
            && fs + 1 < segs[0].end
        {
            fs += 1;
        }
        let first = &doc.tokens[fs];
        let intro = PREPOSITIONS.contains(&first.norm.as_str())
            || matches!(
                first.norm.as_str(),
                "during" | "after" | "before" | "speaking" | "writing"
            )
            || first.norm.ends_with("ing")
            || crate::read::time::parse_at(doc, fs, segs[0].end).is_some();
        if !intro {
            break;
        }
        segs.remove(0);
    }
    if segs.is_empty() || segs.len() > 4 {
        return None;
    }
    let name_like = |r: &Range<usize>| {
        r.len() <= 10
            && r.clone().any(|k| doc.proper[k])
            && !r
                .clone()
                .any(|k| is_verbish(doc, k) || in_quote(doc, k) || doc.tokens[k].is_quote())
            && !PREPOSITIONS.contains(&norm(doc, r.start))
    };
    let clean = |r: &Range<usize>| {
        !r.clone()
            .any(|k| is_verbish(doc, k) || in_quote(doc, k) || doc.tokens[k].is_quote())
            && crate::read::time::parse_at(doc, r.start, r.end).is_none()
    };
    // A person's name: two or more name words, not part of an
    // organisation's name ("the National Coastal Erosion study"), nor a
    // possessor ("Mayor Tomas Varga's spokesperson" names the
    // spokesperson's employer, not the spokesperson).
    let has_name = |r: &Range<usize>| {
        r.clone().any(|k| {
            let e = crate::read::people::name_run(doc, k, r.end);
            let prev = if k > 0 { norm(doc, k - 1) } else { "" };
            e >= k + 2
                && !(e < r.end && doc.tokens[e].is_possessive())
                && (k == r.start || !doc.proper[k - 1] || lexicon::is_title_word(prev))
                && !matches!(prev, "the" | "of" | "for" | "a" | "an")
                && !(k..(e + 1).min(r.end)).any(|x| lexicon::is_org_word(&doc.tokens[x].norm))
        })
    };
    let role_like = |r: &Range<usize>| {
        let mut r = r.clone();
        if norm(doc, r.start) == "and" {
            r.start += 1;
        }
        // "Ada Ruiz, 57,", "Ada Ruiz, D-Ore.,": an age or a party label.
        if r.len() <= 3
            && r.clone().all(|k| {
                let t = &doc.tokens[k];
                t.kind == TokenKind::Number || (t.is_word() && t.cap) || t.is_punct(".")
            })
            && !has_name(&r)
        {
            return true;
        }
        // "Steele, who was governor when ...,": a relative clause.
        if matches!(norm(doc, r.start), "who" | "whose" | "who's" | "which") && r.len() <= 20 {
            return !r.clone().any(|k| doc.tokens[k].is_quote());
        }
        !r.is_empty()
            && r.len() <= 14
            && clean(&r)
            && !has_name(&r)
            && (is_role_phrase(doc, r.clone())
                || matches!(norm(doc, r.start), "of" | "for" | "from" | "at")
                || r.clone().any(|k| {
                    lexicon::is_role_head(&doc.tokens[k].norm)
                        || lexicon::is_org_word(&doc.tokens[k].norm)
                }))
    };
    let first = segs[0].clone();
    let last = segs[segs.len() - 1].clone();
    // A subject set off by a comma from its verb starts the sentence.
    let starts_ok = first.start == a || doc.tokens[first.start - 1].is_punct(",");
    if !starts_ok {
        return None;
    }
    // A named person first, then anything said about them: "State Senator
    // Ruth Okafor, Democrat from Ohio, issued a statement".
    if segs.len() >= 2
        && name_like(&first)
        && has_name(&first)
        && segs[1..]
            .iter()
            .all(|r| clean(r) && r.len() <= 12 && !has_name(r))
    {
        return Some((first, segs[1..].to_vec()));
    }
    if name_like(&first) && segs[1..].iter().all(role_like) && !is_role_phrase(doc, first.clone()) {
        return Some((first, segs[1..].to_vec()));
    }
    if name_like(&last)
        && segs[..segs.len() - 1].iter().all(role_like)
        && !is_role_phrase(doc, last.clone())
    {
        return Some((last, segs[..segs.len() - 1].to_vec()));
    }
    if segs.len() == 1 && name_like(&first) {
        return Some((first, Vec::new()));
    }
    None
}

/// Whether a phrase names a role rather than a person: "the Interior
/// Ministry Spokesperson", "spokesman for the Chilean navy", "Chile's
/// Finance Minister".
fn is_role_phrase(doc: &Doc, r: Range<usize>) -> bool {
    let has_role = r
        .clone()
        .any(|k| lexicon::is_role_head(&doc.tokens[k].norm));
    let first = &doc.tokens[r.start];
    let starts_lower = !first.cap || DETERMINERS_POSS.contains(&first.norm.as_str());
    let ends_title = r.end > r.start && lexicon::is_title_word(&doc.tokens[r.end - 1].norm);
    has_role && (starts_lower || ends_title)
}

/// The content before a trailing attribution: the quotations that end there,
/// or the clause from the sentence start.
fn quote_or_clause_before(doc: &Doc, a: usize, k: usize) -> Vec<Range<usize>> {
    let quotes: Vec<Range<usize>> = doc.quotes_within(a..k).map(|q| q.tokens.clone()).collect();
    let clause = trim(doc, a..k);
    let outside_words = clause
        .clone()
        .filter(|&x| doc.tokens[x].is_wordlike() && !in_quote(doc, x))
        .count();
    if !quotes.is_empty() && outside_words <= 2 {
        return quotes
            .into_iter()
            .map(|q| trim(doc, q))
            .filter(|q| !q.is_empty())
            .collect();
    }
    if clause.is_empty() {
        Vec::new()
    } else {
        vec![clause]
    }
}

/// Whether a sentence continues an open quotation: it starts with an
/// opening quotation mark or inside a quotation, and has no cue of its own.
pub fn continues_quote(doc: &Doc, s: Range<usize>) -> bool {
    let first = s.start;
    if first >= s.end {
        return false;
    }
    let t = &doc.tokens[first];
    let opens = matches!(
        t.kind,
        TokenKind::Quote {
            dir: QuoteDir::Open | QuoteDir::Either,
            ..
        }
    );
    let inside = in_quote(doc, first);
    if !(opens || inside) {
        return false;
    }
    // Mostly quoted words.
    let words: Vec<usize> = s.clone().filter(|&k| doc.tokens[k].is_wordlike()).collect();
    let quoted = words.iter().filter(|&&k| in_quote(doc, k)).count();
    !words.is_empty() && quoted * 10 >= words.len() * 8
}

#[cfg(test)]
mod tests;
