//! The metamorphic cases: each sentence of a document, taken as a claim
//! against its own document, unchanged (expect `supported`) and changed in
//! one way that makes it no longer follow from the document (expect
//! anything but `supported`):
//!
//! - `negated`: the main clause's auxiliary or copula negated, or its
//!   negation removed; a verb with no auxiliary takes "do" ("nominated" →
//!   "did not nominate");
//! - `number`: a number changed ("15" → "16", "two" → "three");
//! - `date`: a weekday or month changed ("Tuesday" → "Wednesday");
//! - `name`: a proper name replaced by another name of the same document
//!   that the sentence does not hold;
//! - `swap`: a verb's subject and object swapped, each with all its words,
//!   where both are nouns or names ("the court fined the company" → "the
//!   company fined the court");
//! - `moved`: a time or place moved to the verb of a neighbouring clause
//!   ("said on Monday that they left" → "said that they left on Monday"),
//!   or a possessor moved to another noun ("Kim's brother met the
//!   minister" → "the brother met Kim's minister");
//! - `drop-up` and `drop-down`: one optional dependent deleted where its
//!   context is upward monotone (expect `supported`: "sold tickets at the
//!   gate" → "sold tickets") or downward (expect anything else: "did not
//!   sell tickets at the gate" → "did not sell tickets"), or a
//!   non-intersective adjective dropped ("the former minister"); see
//!   [`drop`]. Treebank sentences only.
//!
//! Treebank sentences are changed where their gold parse says (the root's
//! auxiliary, a word tagged NUM, a run of PROPN words, a verb's nsubj and
//! obj, an obl or nmod:poss). An article without a parse is changed by the
//! shape of its words (the first auxiliary, a numeral, a name as the
//! reader marks it), and for `swap` and `moved` by claimcheck's own parse
//! of it.
//!
//! Shared by `cargo xtask metamorphic` (the whole suite) and
//! `tests/metamorphic.rs` (a sample).

use crate::conllu::{Document, Sentence, Word};

pub mod drop;

/// How a case was made from its sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Unchanged,
    Negated,
    Number,
    Date,
    Name,
    Swap,
    Moved,
    DropUp,
    DropDown,
}

impl Kind {
    pub const ALL: [Kind; 9] = [
        Kind::Unchanged,
        Kind::Negated,
        Kind::Number,
        Kind::Date,
        Kind::Name,
        Kind::Swap,
        Kind::Moved,
        Kind::DropUp,
        Kind::DropDown,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Kind::Unchanged => "unchanged",
            Kind::Negated => "negated",
            Kind::Number => "number",
            Kind::Date => "date",
            Kind::Name => "name",
            Kind::Swap => "swap",
            Kind::Moved => "moved",
            Kind::DropUp => "drop-up",
            Kind::DropDown => "drop-down",
        }
    }

    /// Whether the case's claim follows from its article.
    pub fn expects_support(self) -> bool {
        matches!(self, Kind::Unchanged | Kind::DropUp)
    }
}

/// One claim to check against its article.
#[derive(Clone, Debug)]
pub struct Case {
    pub kind: Kind,
    /// The sentence the claim was made from.
    pub sentence: String,
    pub claim: String,
}

/// An article and the cases made from its sentences.
#[derive(Clone, Debug)]
pub struct Article {
    pub name: String,
    pub text: String,
    pub cases: Vec<Case>,
}

impl Article {
    /// The cases as claims to check, in order, each on its own line.
    pub fn claims(&self) -> Vec<claimcheck::claims::Claim> {
        self.cases
            .iter()
            .enumerate()
            .map(|(i, c)| claimcheck::claims::Claim {
                id: format!("{}-{i}", c.kind.name()),
                text: c.claim.clone(),
                expect: None,
                line: i + 1,
                column: 1,
                problem: None,
            })
            .collect()
    }
}

/// The cases of a treebank document, changed where its gold parse says.
pub fn from_treebank(doc: &Document) -> Article {
    article(&doc.id, doc.text(), &doc.sentences, &doc.sentences, true)
}

/// The cases of a plain article, its sentences split and its names marked
/// by claimcheck's own reader.
pub fn from_text(name: &str, text: &str) -> Article {
    let doc = claimcheck::doc::Doc::parse(text, None);
    let in_place = claimcheck::read::places::place_mask(&doc);
    let sentences: Vec<Sentence> = doc
        .sentences
        .iter()
        .map(|s| {
            let words = s
                .tokens
                .clone()
                .map(|i| {
                    let t = &doc.tokens[i];
                    let next = doc.tokens.get(i + 1).map_or(t.span.end, |n| n.span.start);
                    // Places are left out of the names: "American" and
                    // "United States" are one place, which a name swap
                    // must not take for two.
                    let name = doc.proper[i] && !in_place[i];
                    Word {
                        form: doc.token_text(i).to_string(),
                        lemma: String::new(),
                        upos: if name { "PROPN" } else { "" }.to_string(),
                        xpos: String::new(),
                        feats: String::new(),
                        head: None,
                        deprel: String::new(),
                        space_after: next > t.span.end,
                    }
                })
                .collect();
            Sentence {
                id: String::new(),
                text: doc.slice(s.span).to_string(),
                words,
                new_paragraph: false,
            }
        })
        .collect();
    let parsed: Vec<Sentence> = (0..doc.sentences.len())
        .map(|s| parsed_sentence(&doc, s))
        .collect();
    article(name, text.to_string(), &sentences, &parsed, false)
}

/// Sentence `s` of `doc` as claimcheck's grammar reads it: its treebank
/// words with their tags and tree.
fn parsed_sentence(doc: &claimcheck::doc::Doc, s: usize) -> Sentence {
    let Some(p) = doc.grammar(s) else {
        return Sentence::default();
    };
    let words = p
        .words
        .iter()
        .zip(&p.analysis.words)
        .enumerate()
        .map(|(i, (piece, w))| {
            let next = p.words.get(i + 1).map_or(piece.span.end, |n| n.span.start);
            Word {
                form: doc.slice(piece.span).to_string(),
                lemma: w.lemma.clone(),
                upos: w.upos.to_string(),
                xpos: w.xpos.to_string(),
                feats: String::new(),
                head: w.head,
                deprel: w.deprel.to_string(),
                space_after: next > piece.span.end,
            }
        })
        .collect();
    Sentence {
        text: doc.slice(doc.sentences[s].span).to_string(),
        words,
        ..Sentence::default()
    }
}

/// The cases of a document's sentences; `parsed` holds the same sentences
/// with a tree, for the changes a tree decides.
fn article(
    name: &str,
    text: String,
    sentences: &[Sentence],
    parsed: &[Sentence],
    gold: bool,
) -> Article {
    let names = name_runs(sentences);
    let known: std::collections::HashSet<String> =
        sentences.iter().map(|s| squash(&s.text)).collect();
    let mut cases = Vec::new();
    for (s, tree) in sentences.iter().zip(parsed) {
        if !eligible(s, gold) {
            continue;
        }
        cases.push(Case {
            kind: Kind::Unchanged,
            sentence: s.text.clone(),
            claim: s.text.clone(),
        });
        let changed = [
            (Kind::Negated, negate(s, gold)),
            (Kind::Number, number(s, gold)),
            (Kind::Date, date(s, gold)),
            (Kind::Name, name_swap(s, &names)),
            (Kind::Swap, swap_roles(tree)),
            (Kind::Moved, move_modifier(tree)),
            (
                Kind::DropUp,
                gold.then(|| drop::drop_dependent(s, false)).flatten(),
            ),
            (
                Kind::DropDown,
                gold.then(|| drop::drop_dependent(s, true)).flatten(),
            ),
        ];
        for (kind, words) in changed {
            let Some(words) = words else { continue };
            let claim = surface(&words);
            // A change that gives another sentence of the document is
            // supported by it, rightly.
            if known.contains(&squash(&claim)) {
                continue;
            }
            cases.push(Case {
                kind,
                sentence: s.text.clone(),
                claim,
            });
        }
    }
    Article {
        name: name.to_string(),
        text,
        cases,
    }
}

/// A sentence worth a claim: three words or more, not a question, and
/// saying something of what it names: a word that is not a name (a
/// signature line "Steven J Kean" or a byline "By Juan Cole" claims
/// nothing).
fn eligible(s: &Sentence, gold: bool) -> bool {
    let words = s
        .words
        .iter()
        .filter(|w| w.form.chars().any(char::is_alphanumeric))
        .count();
    let says = s.words.iter().any(|w| {
        if gold {
            matches!(
                w.upos.as_str(),
                "VERB" | "AUX" | "NOUN" | "ADJ" | "NUM" | "ADV"
            )
        } else {
            w.upos != "PROPN" && w.form.chars().all(char::is_lowercase) && w.form.len() >= 3
        }
    });
    words >= 3 && says && !s.text.trim_end().ends_with('?') && s.text.len() <= 1000
}

fn squash(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

pub fn surface(words: &[Word]) -> String {
    let s = Sentence {
        words: words.to_vec(),
        ..Sentence::default()
    };
    s.surface()
}

fn plain(form: &str) -> Word {
    Word {
        form: form.to_string(),
        lemma: String::new(),
        upos: String::new(),
        xpos: String::new(),
        feats: String::new(),
        head: None,
        deprel: String::new(),
        space_after: true,
    }
}

fn lower(w: &Word) -> String {
    w.form.to_lowercase()
}

/// Auxiliaries and copulas that take "not" after them.
const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "am", "has", "have", "had", "will", "would", "can", "could",
    "should", "may", "might", "must", "shall", "does", "do", "did",
];

/// Contracted negative auxiliaries and their positive forms.
const CONTRACTED: &[(&str, &str)] = &[
    ("isn't", "is"),
    ("aren't", "are"),
    ("wasn't", "was"),
    ("weren't", "were"),
    ("hasn't", "has"),
    ("haven't", "have"),
    ("hadn't", "had"),
    ("won't", "will"),
    ("wouldn't", "would"),
    ("can't", "can"),
    ("cannot", "can"),
    ("couldn't", "could"),
    ("shouldn't", "should"),
    ("mustn't", "must"),
    ("doesn't", "does"),
    ("don't", "do"),
    ("didn't", "did"),
];

/// The stem left when "n't" is split off ("ca" + "n't").
fn positive_stem(stem: &str) -> Option<&'static str> {
    Some(match stem.to_lowercase().as_str() {
        "ca" => "can",
        "wo" => "will",
        "sha" => "shall",
        "ai" => return None,
        _ => return Some(""),
    })
}

fn is_negator(form: &str) -> bool {
    matches!(form.to_lowercase().as_str(), "not" | "n't" | "never")
}

/// Removes the negator at `neg`, mending "ca" + "n't" and the space.
fn remove_negator(words: &[Word], neg: usize) -> Option<Vec<Word>> {
    let mut out = words.to_vec();
    let removed = out.remove(neg);
    if neg > 0 {
        let prev = &mut out[neg - 1];
        if removed.form.eq_ignore_ascii_case("n't") {
            match positive_stem(&prev.form)? {
                "" => {}
                full => prev.form = keep_case(&prev.form, full),
            }
        }
        prev.space_after = removed.space_after;
    } else if let Some(first) = out.first_mut() {
        first.form = capitalised(&first.form);
    }
    Some(out)
}

fn keep_case(old: &str, new: &str) -> String {
    if old.chars().next().is_some_and(char::is_uppercase) {
        capitalised(new)
    } else {
        new.to_string()
    }
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Inserts "not" after word `at`.
fn insert_not(words: &[Word], at: usize) -> Vec<Word> {
    let mut out = words.to_vec();
    let mut not = plain("not");
    not.space_after = out[at].space_after;
    out[at].space_after = true;
    out.insert(at + 1, not);
    out
}

/// The sentence with its main clause's polarity reversed.
pub fn negate(s: &Sentence, gold: bool) -> Option<Vec<Word>> {
    if gold {
        negate_gold(s)
    } else {
        negate_plain(&s.words)
    }
}

/// Words that already make a clause negative or downward ("no", "few"):
/// a second negation would make a double negative, not an opposite.
const NEGATIVE_WORDS: &[&str] = &[
    "no", "nothing", "none", "nobody", "neither", "nor", "nowhere", "few", "hardly", "barely",
    "scarcely", "rarely", "seldom", "without", "only",
];

/// Whether a negator at `at` belongs to "not only", "not just", "not
/// until" or "not even", which do not reverse the clause.
fn focus_negation(words: &[Word], at: usize) -> bool {
    words.get(at + 1).is_some_and(|w| {
        matches!(
            w.form.to_lowercase().as_str(),
            "only" | "just" | "until" | "even" | "merely" | "simply" | "all" | "always"
        )
    })
}

fn negate_gold(s: &Sentence) -> Option<Vec<Word>> {
    let root = s.root()?;
    let kids: Vec<usize> = s.children(root).collect();
    // A clause with a negative word in it, or near its arguments.
    let near = |k: usize| {
        std::iter::once(k)
            .chain(s.children(k))
            .any(|w| NEGATIVE_WORDS.contains(&s.words[w].form.to_lowercase().as_str()))
    };
    if kids.iter().any(|&k| near(k)) {
        return None;
    }
    if let Some(&neg) = kids
        .iter()
        .find(|&&k| s.words[k].deprel == "advmod" && is_negator(&s.words[k].form))
    {
        if focus_negation(&s.words, neg) {
            return None;
        }
        return remove_negator(&s.words, neg);
    }
    // A subject after the auxiliary is a question or an inversion.
    let subject = kids
        .iter()
        .copied()
        .find(|&k| s.words[k].deprel.starts_with("nsubj") || s.words[k].deprel == "expl");
    let aux = kids.iter().copied().find(|&k| {
        let w = &s.words[k];
        matches!(w.deprel.as_str(), "aux" | "aux:pass" | "cop")
            && matches!(w.xpos.as_str(), "MD" | "VBZ" | "VBP" | "VBD")
    });
    if let Some(a) = aux {
        if subject.is_some_and(|sub| sub > a)
            || s.words[a].form.contains('\'') && a == 0
            || focus_negation(&s.words, a)
        {
            return None;
        }
        return Some(insert_not(&s.words, a));
    }
    let r = &s.words[root];
    let support = match r.xpos.as_str() {
        "VBD" => "did",
        "VBZ" => "does",
        "VBP" => "do",
        _ => return None,
    };
    if r.upos != "VERB" || subject.is_none_or(|sub| sub > root) || r.lemma == "be" {
        return None;
    }
    let mut out = s.words.clone();
    let lemma = if r.form.chars().next().is_some_and(char::is_uppercase) && root > 0 {
        capitalised(&r.lemma)
    } else {
        r.lemma.clone()
    };
    out[root].form = lemma;
    out.insert(root, plain("not"));
    out.insert(root, plain(support));
    Some(out)
}

fn negate_plain(words: &[Word]) -> Option<Vec<Word>> {
    if words
        .iter()
        .any(|w| NEGATIVE_WORDS.contains(&w.form.to_lowercase().as_str()))
    {
        return None;
    }
    for (i, w) in words.iter().enumerate() {
        let l = lower(w).replace('\u{2019}', "'");
        if let Some((_, pos)) = CONTRACTED.iter().find(|(c, _)| *c == l) {
            let mut out = words.to_vec();
            out[i].form = keep_case(&w.form, pos);
            return Some(out);
        }
        if AUXILIARIES.contains(&l.as_str()) && w.form != "May" {
            if words.get(i + 1).is_some_and(|n| is_negator(&n.form)) {
                if focus_negation(words, i + 1) {
                    return None;
                }
                return remove_negator(words, i + 1);
            }
            if i == 0 || focus_negation(words, i) {
                // "Has the ...": a question or an inversion.
                return None;
            }
            return Some(insert_not(words, i));
        }
    }
    None
}

const NUMBER_WORDS: &[(&str, &str)] = &[
    ("one", "two"),
    ("two", "three"),
    ("three", "four"),
    ("four", "five"),
    ("five", "six"),
    ("six", "seven"),
    ("seven", "eight"),
    ("eight", "nine"),
    ("nine", "ten"),
    ("ten", "eleven"),
    ("eleven", "twelve"),
    ("twelve", "eleven"),
    ("twenty", "thirty"),
    ("thirty", "forty"),
    ("forty", "fifty"),
    ("fifty", "sixty"),
    ("sixty", "seventy"),
    ("seventy", "eighty"),
    ("eighty", "ninety"),
    ("ninety", "eighty"),
    ("hundred", "thousand"),
    ("thousand", "million"),
    ("million", "billion"),
    ("billion", "million"),
];

/// A numeral with another value at the same precision: the last nonzero
/// digit moved by one ("15,000" → "16,000", "1179" → "1178"), or the next
/// number word.
fn changed_number(form: &str, gold_num: bool) -> Option<String> {
    if form.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        if !form
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        {
            return None;
        }
        let last = form.rfind(|c: char| c.is_ascii_digit() && c != '0')?;
        let d = form.as_bytes()[last] - b'0';
        let nd = if d == 9 { 8 } else { d + 1 };
        let mut out = form.to_string();
        out.replace_range(last..last + 1, &nd.to_string());
        return Some(out);
    }
    let l = form.to_lowercase();
    // "one" is a pronoun as often as a number: only where a parse says.
    if l == "one" && !gold_num {
        return None;
    }
    NUMBER_WORDS
        .iter()
        .find(|(w, _)| *w == l)
        .map(|(_, n)| keep_case(form, n))
}

pub fn number(s: &Sentence, gold: bool) -> Option<Vec<Word>> {
    for (i, w) in s.words.iter().enumerate() {
        if gold && w.upos != "NUM" {
            continue;
        }
        // "10. Jack Welch, CEO": the number of a list's item counts
        // nothing, so another number there changes no fact.
        let list_marker = i == 0
            && s.words
                .get(1)
                .is_some_and(|n| n.form == "." || n.form == ")");
        if list_marker {
            continue;
        }
        if let Some(n) = changed_number(&w.form, gold) {
            let mut out = s.words.clone();
            out[i].form = n;
            return Some(out);
        }
    }
    None
}

const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

fn is_calendar_word(form: &str) -> bool {
    let l = form.to_lowercase();
    WEEKDAYS.contains(&l.as_str()) || MONTHS.contains(&l.as_str())
}

/// The next weekday or month, for a capitalised weekday or month name
/// ("May" only where a parse says it is a name).
fn changed_date(w: &Word, gold: bool) -> Option<String> {
    if !w.form.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let l = w.form.to_lowercase();
    if l == "may" && (!gold || w.upos != "PROPN") {
        return None;
    }
    for list in [WEEKDAYS, MONTHS] {
        if let Some(p) = list.iter().position(|d| *d == l) {
            return Some(capitalised(list[(p + 1) % list.len()]));
        }
    }
    None
}

pub fn date(s: &Sentence, gold: bool) -> Option<Vec<Word>> {
    let held: std::collections::HashSet<String> = s.words.iter().map(lower).collect();
    for (i, w) in s.words.iter().enumerate() {
        // Not to a day or month the sentence already names ("June and
        // July" → "July and July" says less, not something else).
        if let Some(d) = changed_date(w, gold).filter(|d| !held.contains(&d.to_lowercase())) {
            let mut out = s.words.clone();
            out[i].form = d;
            return Some(out);
        }
    }
    None
}

/// Runs of consecutive PROPN words (the reader's names, for an article
/// without a parse) that are not weekdays or months: (start, end).
fn runs(s: &Sentence) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.words.len() {
        if s.words[i].upos != "PROPN" {
            i += 1;
            continue;
        }
        let start = i;
        while i < s.words.len() && s.words[i].upos == "PROPN" {
            i += 1;
        }
        let letters = s.words[start..i]
            .iter()
            .any(|w| w.form.chars().any(char::is_alphabetic));
        if letters && !s.words[start..i].iter().any(|w| is_calendar_word(&w.form)) {
            out.push((start, i));
        }
    }
    out
}

/// Every name run of the document, as its words, in order of first use.
fn name_runs(sentences: &[Sentence]) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = Vec::new();
    for s in sentences {
        for (a, b) in runs(s) {
            let words: Vec<String> = s.words[a..b].iter().map(|w| w.form.clone()).collect();
            if !out.contains(&words) {
                out.push(words);
            }
        }
    }
    out
}

/// The sentence with its first name replaced by the first other name of the
/// document that shares no word with the sentence.
pub fn name_swap(s: &Sentence, names: &[Vec<String>]) -> Option<Vec<Word>> {
    let words: std::collections::HashSet<String> = s.words.iter().map(lower).collect();
    let (a, b) = *runs(s).first()?;
    let letters = |ws: &[String]| -> String {
        ws.iter()
            .flat_map(|w| w.chars())
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let own: Vec<String> = s.words[a..b].iter().map(|w| w.form.clone()).collect();
    // Another name, written in letters (not "U.K." for "UK", not a web
    // address), sharing no word with the sentence.
    let other = names.iter().find(|n| {
        n.iter().all(|w| !words.contains(&w.to_lowercase()))
            && n.iter().any(|w| w.chars().any(char::is_alphabetic))
            && n.iter().all(|w| {
                w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\''))
            })
            && letters(n) != letters(&own)
    })?;
    let mut out = s.words[..a].to_vec();
    for (k, w) in other.iter().enumerate() {
        let mut x = plain(w);
        x.upos = "PROPN".to_string();
        if k + 1 == other.len() {
            x.space_after = s.words[b - 1].space_after;
        }
        out.push(x);
    }
    out.extend_from_slice(&s.words[b..]);
    Some(out)
}

/// The span of the words under `head`, itself included, when they are
/// contiguous.
fn subtree(s: &Sentence, head: usize) -> Option<(usize, usize)> {
    let n = s.words.len();
    let under = |mut k: usize| {
        for _ in 0..=n {
            if k == head {
                return true;
            }
            match s.words[k].head {
                Some(h) if h < n => k = h,
                _ => return false,
            }
        }
        false
    };
    let inside: Vec<usize> = (0..n).filter(|&i| under(i)).collect();
    let (a, b) = (*inside.first()?, *inside.last()? + 1);
    (inside.len() == b - a).then_some((a, b))
}

fn nominal(w: &Word) -> bool {
    matches!(w.upos.as_str(), "NOUN" | "PROPN")
}

/// After a move: the sentence's new first word takes a capital, and its
/// old first word, when moved and not a name, a small letter.
fn recase(out: &mut [Word], first: &Word) {
    if out.first() != Some(first)
        && let Some(k) = out.iter().position(|w| w == first)
        && first.upos != "PROPN"
        && first.form != "I"
    {
        out[k].form = out[k].form.to_lowercase();
    }
    if let Some(w) = out.first_mut() {
        w.form = capitalised(&w.form);
    }
}

/// Subject and object of one verb swapped, each with all its words: "The
/// court fined the company" → "The company fined the court".
pub fn swap_roles(s: &Sentence) -> Option<Vec<Word>> {
    let words =
        |(a, b): (usize, usize)| -> Vec<String> { s.words[a..b].iter().map(lower).collect() };
    for v in 0..s.words.len() {
        if s.words[v].upos != "VERB" {
            continue;
        }
        let kid = |rel: &str| s.children(v).find(|&k| s.words[k].deprel == rel);
        let (Some(subj), Some(obj)) = (kid("nsubj"), kid("obj")) else {
            continue;
        };
        if !nominal(&s.words[subj]) || !nominal(&s.words[obj]) {
            continue;
        }
        let (Some(a), Some(b)) = (subtree(s, subj), subtree(s, obj)) else {
            continue;
        };
        if a.1 > v || b.0 <= v || words(a) == words(b) {
            continue;
        }
        let mut out = s.words[..a.0].to_vec();
        out.extend_from_slice(&s.words[b.0..b.1]);
        out.extend_from_slice(&s.words[a.1..b.0]);
        out.extend_from_slice(&s.words[a.0..a.1]);
        out.extend_from_slice(&s.words[b.1..]);
        recase(&mut out, &s.words[0]);
        // Spacing stays with the place, not the word.
        for (k, w) in out.iter_mut().enumerate() {
            w.space_after = s.words[k].space_after;
        }
        return Some(out);
    }
    None
}

/// Clause links a time or place may be moved across. Coordinated clauses
/// are left out: a phrase at the end of "A and B" may belong to both.
const CLAUSE_LINKS: &[&str] = &["ccomp", "advcl"];

/// A modifier moved to another word: a time or place given to the verb of
/// a neighbouring clause ("He said on Monday that they had left" → "He
/// said that they had left on Monday"), or else a possessor given to
/// another noun ("Kim's brother met the minister" → "The brother met
/// Kim's minister").
pub fn move_modifier(s: &Sentence) -> Option<Vec<Word>> {
    (0..s.words.len())
        .find_map(|m| move_oblique(s, m))
        .or_else(|| (0..s.words.len()).find_map(|m| move_possessor(s, m)))
}

/// The words at `order`, indices into the sentence's words and then into
/// `extra`: a word keeps its spacing before its old neighbour and takes a
/// space before any other word but closing punctuation.
fn assemble(s: &Sentence, extra: &[Word], order: &[usize]) -> Vec<Word> {
    let n = s.words.len();
    let word = |i: usize| if i < n { &s.words[i] } else { &extra[i - n] };
    let mut out: Vec<Word> = order.iter().map(|&i| word(i).clone()).collect();
    for k in 0..order.len() {
        let Some(&next) = order.get(k + 1) else {
            break;
        };
        if next != order[k] + 1 || order[k] >= n {
            let w = word(next);
            out[k].space_after = !(w.upos == "PUNCT"
                && matches!(w.form.as_str(), "." | "," | ";" | ":" | "!" | "?" | ")"));
        }
    }
    recase(&mut out, &s.words[0]);
    out
}

/// Word `m`, a time or place with its preposition, moved from its verb to
/// the verb of a clause below it (just after the clause's "that" or
/// "because", where it can belong to nothing else) or above it (just before
/// the clause it heads).
fn move_oblique(s: &Sentence, m: usize) -> Option<Vec<Word>> {
    let w = &s.words[m];
    let oblique = matches!(w.deprel.as_str(), "obl" | "obl:tmod");
    if !oblique || !matches!(w.upos.as_str(), "NOUN" | "PROPN" | "NUM") {
        return None;
    }
    let verb = w.head?;
    if s.words[verb].upos != "VERB" {
        return None;
    }
    let (a, mut b) = subtree(s, m)?;
    let punct = |k: usize| s.words.get(k).is_some_and(|w| w.upos == "PUNCT");
    // A leading "On Monday," takes its comma along.
    if a == 0 && s.words.get(b).is_some_and(|w| w.form == ",") {
        b += 1;
    } else if (a > 0 && punct(a - 1)) || (punct(b) && s.words[b].form != ".") {
        return None;
    }
    let up = || {
        (!ends_adverbial(s, verb, b))
            .then(|| clause_start_above(s, verb, a))
            .flatten()
    };
    let to = clause_start_below(s, verb, b).or_else(up)?;
    let mut order: Vec<usize> = Vec::new();
    let span = (a..b).filter(|&k| s.words[k].form != ",");
    for k in 0..s.words.len() {
        if k == to {
            order.extend(span.clone());
        }
        if !(a..b).contains(&k) {
            order.push(k);
        }
    }
    if to == s.words.len() {
        order.extend(span);
    }
    Some(assemble(s, &[], &order))
}

/// Where a modifier moved down from `verb` goes: just after the marker
/// ("that", "because") that opens the first clause below it, when that
/// clause starts after `after`.
fn clause_start_below(s: &Sentence, verb: usize, after: usize) -> Option<usize> {
    let c = s.children(verb).find(|&k| finite_clause(s, k))?;
    let (ca, _) = subtree(s, c)?;
    let mark = &s.words[ca];
    let opens =
        mark.deprel == "mark" && mark.head == Some(c) && !mark.form.eq_ignore_ascii_case("to");
    (opens && ca >= after).then_some(ca + 1)
}

/// Where a modifier moved up from `verb` goes: just before the clause
/// `verb` heads, when the verb above comes first and the clause starts
/// before `before`.
fn clause_start_above(s: &Sentence, verb: usize, before: usize) -> Option<usize> {
    let up = s.words[verb].head?;
    if !finite_clause(s, verb) || s.words[up].upos != "VERB" || up > verb {
        return None;
    }
    let (ca, _) = subtree(s, verb)?;
    (ca > up && ca < before).then_some(ca)
}

/// Whether word `k` heads a finite clause (one with a subject) joined to
/// its head by a clause link.
fn finite_clause(s: &Sentence, k: usize) -> bool {
    s.words[k].upos == "VERB"
        && CLAUSE_LINKS.contains(&s.words[k].deprel.as_str())
        && s.children(k)
            .any(|d| matches!(s.words[d].deprel.as_str(), "nsubj" | "nsubj:pass"))
}

/// Whether the phrase ending at word `b` (exclusive) ends its sentence,
/// punctuation aside, inside an adverbial clause: "killed him after
/// kidnapping him *in Mosul*" may place the killing too, so moving the
/// phrase up changes nothing a reader can be sure of.
fn ends_adverbial(s: &Sentence, verb: usize, b: usize) -> bool {
    let last = s.words[b..].iter().all(|w| w.upos == "PUNCT");
    last && matches!(s.words[verb].deprel.as_str(), "advcl" | "acl")
}

/// Word `m`, a possessor ("Kim's", "his"), moved from its noun to another
/// noun of the sentence that has "the", which it replaces; the first noun
/// takes "the".
fn move_possessor(s: &Sentence, m: usize) -> Option<Vec<Word>> {
    let w = &s.words[m];
    let noun = w.head?;
    if w.deprel != "nmod:poss" || s.words[noun].upos != "NOUN" {
        return None;
    }
    let (a, b) = subtree(s, m)?;
    let (na, nb) = subtree(s, noun)?;
    let the = |n: usize| {
        s.children(n)
            .find(|&d| s.words[d].deprel == "det" && s.words[d].form.eq_ignore_ascii_case("the"))
    };
    let (det, _) = (0..s.words.len()).find_map(|n2| {
        let free = n2 != noun
            && s.words[n2].upos == "NOUN"
            && !(na..nb).contains(&n2)
            && subtree(s, n2).is_some_and(|(x, y)| !(x..y).contains(&noun));
        free.then(|| the(n2)).flatten().map(|d| (d, n2))
    })?;
    let mut order = Vec::new();
    for k in 0..s.words.len() {
        if k == a {
            order.push(s.words.len());
        } else if k == det {
            order.extend(a..b);
        } else if !(a..b).contains(&k) {
            order.push(k);
        }
    }
    Some(assemble(s, &[plain("the")], &order))
}
