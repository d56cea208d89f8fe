//! Numbers and quantities: digits and number words, vague amounts ("tens of
//! millions", "a few hundred"), shares ("the majority of", "58%"), ages
//! ("two-and-a-half-year-old"), durations, money and multiples, each read
//! as a range of values with the noun it counts.

use crate::doc::Doc;
use crate::read::{Unit, UnitKind};
use crate::lexicon::Phrases;
use crate::lexicon::numbers::{self as words, Bound};
use crate::text::TokenKind;
use std::sync::LazyLock;

type Proportion = (&'static [&'static str], f64, f64);
static PROPORTIONS: LazyLock<Phrases<Proportion>> =
    LazyLock::new(|| Phrases::new(words::PROPORTIONS, |e| e.0));
static BOUNDS: LazyLock<Phrases<(&'static [&'static str], Bound)>> =
    LazyLock::new(|| Phrases::new(words::BOUNDS, |e| e.0));
static VAGUE_COUNTS: LazyLock<Phrases<Proportion>> =
    LazyLock::new(|| Phrases::new(words::VAGUE_COUNTS, |e| e.0));
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuantityKind {
    Count,
    /// A share of a whole, from 0 to 1 (percentages included).
    Share,
    /// An age, in years.
    Age,
    /// A length of time, in years.
    Duration,
    Money,
    /// "18-fold".
    Multiple,
    /// A score or a tally, both sides kept in order: "4-2", "230-to-198",
    /// "won 4 to 2" (`lo` and `hi` hold the first and second figure).
    Score,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Quantity {
    pub kind: QuantityKind,
    pub lo: f64,
    pub hi: f64,
    /// Keys of the words the quantity counts ("troop" in "5,000 troops").
    pub unit: Vec<String>,
    /// Currency code for money.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<&'static str>,
    /// A bare "one" ("one of the routes", "one way"): at least one, not
    /// exactly one.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub existential: bool,
    /// The figure an approximate amount is stated with ("some 12,000").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approx: Option<f64>,
    /// A length of time a superlative runs over ("the deadliest war *in
    /// eight decades*", "the highest rate *in 20 years*"): the span the
    /// comparison covers, not a length or age of anything.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub window: bool,
    /// A length of time counted from a point of the story ("the last five
    /// months of her life"): compared with other lengths of time, never
    /// with an age.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub relative: bool,
    /// A length of time between an event and another point ("*within
    /// a few years* it built a harbour", "two years *later*",
    /// "three weeks *ago*"): how soon or how long since, never compared
    /// with how long something lasted ("ran the club for 20 years").
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub elapsed: bool,
    /// How long something lasted: "ran the club *for* 20 years". Never compared
    /// with an elapsed length (see [`Quantity::elapsed`]).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub lasting: bool,
    /// A count of part of a set the text has named ("seven *of the*
    /// passengers"): at most the set's own count, never a rival to it.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub part: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuantityRelation {
    Agrees,
    Conflicts,
    Unknown,
}

impl Quantity {
    /// An age of `lo` to `hi` years.
    fn age(lo: f64, hi: f64) -> Quantity {
        Quantity::plain(QuantityKind::Age, lo, hi, Vec::new())
    }

    /// A quantity of `kind` from `lo` to `hi` of `unit`, exact, in no
    /// currency, standing for itself.
    fn plain(kind: QuantityKind, lo: f64, hi: f64, unit: Vec<String>) -> Quantity {
        Quantity {
            kind,
            lo,
            hi,
            unit,
            currency: None,
            existential: false,
            approx: None,
            window: false,
            relative: false,
            elapsed: false,
            lasting: false,
            part: false,
        }
    }

    /// Whether the quantity counts times ("twice", "three times").
    pub fn is_frequency(&self) -> bool {
        let times = crate::lexicon::key("times");
        self.unit.contains(&times)
    }

    /// Whether the article's quantity `e` supports this (the claim's).
    pub fn compare(&self, e: &Quantity) -> QuantityRelation {
        let relation = self.compare_values(e);
        // "seven of the passengers" against "12 passengers": a part is at most its
        // whole, and no rival to it ("six of those who died" and "six
        // deaths" still agree).
        if relation == QuantityRelation::Conflicts
            && self.part != e.part
            && self.kind == QuantityKind::Count
        {
            let (part, whole) = if self.part { (self, e) } else { (e, self) };
            if part.lo <= whole.hi {
                return QuantityRelation::Unknown;
            }
        }
        relation
    }

    /// [`Quantity::compare`] by value alone.
    fn compare_values(&self, e: &Quantity) -> QuantityRelation {
        let spans_differ = (self.elapsed && e.lasting) || (self.lasting && e.elapsed);
        if self.window != e.window || spans_differ {
            return QuantityRelation::Unknown;
        }
        let kinds_match = self.kind == e.kind
            || !(self.relative || e.relative) && matches!(
                (self.kind, e.kind),
                (QuantityKind::Age, QuantityKind::Duration)
                    | (QuantityKind::Duration, QuantityKind::Age)
            );
        if !kinds_match || self.currency != e.currency {
            return QuantityRelation::Unknown;
        }
        if self.kind == QuantityKind::Score {
            return if (self.lo, self.hi) == (e.lo, e.hi) {
                QuantityRelation::Agrees
            } else {
                QuantityRelation::Conflicts
            };
        }
        // An exact figure stands for what rounds to it at the precision it
        // is written with ("21,001" is not confirmed by "21,000", "120"
        // and "124" do not conflict), but agrees only within a thousandth:
        // "120" for 124 is a rounding the reader cannot confirm.
        let tol = |lo: f64, hi: f64| {
            let w = 1e-9 + if lo == hi { precision(lo) / 2.0 } else { 0.0 };
            (lo - w, hi + w)
        };
        let close = |lo: f64, hi: f64| {
            let w = 1e-9
                + if lo == hi {
                    (lo.abs() * 0.001).min(precision(lo) / 2.0)
                } else {
                    0.0
                };
            (lo - w, hi + w)
        };
        // "more than three million" for "more than three billion": both lower
        // bounds, ten times apart or more, misstate the figure even though
        // one entails the other.
        let both_lower = self.hi.is_infinite() && e.hi.is_infinite() && self.lo > 0.0 && e.lo > 0.0;
        if both_lower && (e.lo / self.lo >= 10.0 || self.lo / e.lo >= 10.0) {
            return QuantityRelation::Conflicts;
        }
        // "over 134,000 euros" for "over 314,000 euros", "over 800" for
        // "over 900": a bound the claim states with another figure is not
        // the article's figure, even when the article's entails it, unless
        // it is that figure rounded ("over 310,000" for "over 314,000").
        let rounds_to =
            |claim: f64, article: f64| (claim - article).abs() <= precision(claim) / 2.0;
        let both_upper = self.lo == 0.0 && e.lo == 0.0 && self.hi.is_finite() && e.hi.is_finite();
        if (both_lower && !rounds_to(self.lo, e.lo))
            || (both_upper && self.hi > 0.0 && e.hi > 0.0 && !rounds_to(self.hi, e.hi))
        {
            return QuantityRelation::Unknown;
        }
        let (clo, chi) = if self.existential && e.lo != e.hi {
            close(self.lo, f64::INFINITY)
        } else {
            close(self.lo, self.hi)
        };
        let (rlo, rhi) = tol(self.lo, self.hi);
        // "some 15,000" and "some 12,000": two round figures, each
        // approximate, that are not the same figure.
        if let (Some(a), Some(b)) = (self.approx, e.approx)
            && (a - b).abs() > 0.1 * a.abs().max(b.abs())
        {
            return QuantityRelation::Conflicts;
        }
        let (elo, ehi) = tol(e.lo, e.hi);
        // The article's figure must lie within the claim's (with the claim's
        // rounding): "as many as 8000" holds for "8000".
        // They conflict when neither figure rounds to the other: "60" and
        // "70" conflict; "21,001" and the article's rounder "21,000" do not.
        if clo <= e.lo && e.hi <= chi {
            QuantityRelation::Agrees
        } else if (rhi < e.lo || e.hi < rlo) && (self.hi < elo || ehi < self.lo) {
            QuantityRelation::Conflicts
        } else {
            QuantityRelation::Unknown
        }
    }

    pub fn describe(&self) -> String {
        let fmt = |v: f64| {
            if v.is_infinite() {
                "∞".to_string()
            } else if self.kind == QuantityKind::Share {
                format!("{}%", trim(v * 100.0))
            } else {
                trim(v)
            }
        };
        if self.lo == self.hi {
            fmt(self.lo)
        } else {
            format!("{}–{}", fmt(self.lo), fmt(self.hi))
        }
    }
}

fn trim(v: f64) -> String {
    let r = (v * 100.0).round() / 100.0;
    if r.fract() == 0.0 && r.abs() < 1e15 {
        format!("{}", r as i64)
    } else {
        format!("{r}")
    }
}

fn cardinal(w: &str) -> Option<f64> {
    static CARDINALS: LazyLock<foldhash::HashMap<&'static str, f64>> =
        LazyLock::new(|| words::CARDINALS.iter().rev().copied().collect());
    CARDINALS.get(w).copied()
}

fn scale(w: &str) -> Option<f64> {
    words::SCALES.iter().find(|(c, _)| *c == w).map(|&(_, v)| v)
}

fn vague_scale(w: &str) -> Option<f64> {
    words::VAGUE_SCALES
        .iter()
        .find(|(c, _)| *c == w)
        .map(|&(_, v)| v)
}

fn fraction(w: &str) -> Option<f64> {
    words::FRACTIONS
        .iter()
        .find(|(c, _)| *c == w)
        .map(|&(_, v)| v)
}

fn duration_unit(w: &str) -> Option<f64> {
    words::DURATION_UNITS
        .iter()
        .find(|(c, _)| *c == w)
        .map(|&(_, v)| v)
}

/// Value of a number word made of parts: "forty-two", "two-and-a-half".
fn word_number(w: &str) -> Option<f64> {
    if let Some(v) = cardinal(w) {
        return Some(v);
    }
    if !w.contains('-') {
        return None;
    }
    let parts: Vec<&str> = w.split('-').collect();
    let mut total = 0.0;
    let mut k = 0;
    while k < parts.len() {
        let p = parts[k];
        if p == "and" {
            k += 1;
            continue;
        }
        if p == "a" && parts.get(k + 1) == Some(&"half") {
            total += 0.5;
            k += 2;
            continue;
        }
        if p == "half" {
            total += 0.5;
            k += 1;
            continue;
        }
        if let Some(s) = scale(p) {
            total = if total == 0.0 { s } else { total * s };
            k += 1;
            continue;
        }
        total += cardinal(p).filter(|_| p != "a" && p != "an")?;
        k += 1;
    }
    Some(total)
}

/// Value of a digit token: "57,318", "2.5", "64%" (as 64).
fn digits(norm: &str) -> Option<f64> {
    if !norm
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b',' | b'%'))
    {
        return None;
    }
    let s = norm.trim_end_matches('%').replace(',', "");
    if s.is_empty() || !s.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return None;
    }
    s.parse().ok()
}

/// A figure written close with its scale: "2.5bn", "1.2tn". ("300m" may
/// be metres, and is left alone.)
fn scaled(norm: &str) -> Option<f64> {
    let (num, scale) = [("bn", 1e9), ("tn", 1e12)]
        .into_iter()
        .find_map(|(suffix, s)| Some((norm.strip_suffix(suffix)?, s)))?;
    (!num.is_empty()).then_some(())?;
    Some(digits(num)? * scale)
}

/// Splits a hyphenated token such as "two-and-a-half-year-old",
/// "12-year", "18-fold" or "five-member" into its number and suffix.
fn compound(norm: &str) -> Option<(f64, Vec<&str>)> {
    if !norm.contains('-') {
        return None;
    }
    // "three-and-a-half" is a number of its own, which a scale may follow
    // ("three-and-a-half million").
    if word_number(norm).is_some() {
        return None;
    }
    let parts: Vec<&str> = norm.split('-').collect();
    // The longest prefix that reads as a number and does not end inside
    // one ("three-and" of "three-and-a-half-year").
    for cut in (1..parts.len()).rev() {
        if matches!(parts[cut - 1], "and" | "a" | "an") {
            continue;
        }
        let head = parts[..cut].join("-");
        let v = digits(&head).or_else(|| word_number(&head));
        if let Some(v) = v {
            if cut == 1 && (parts[0] == "a" || parts[0] == "an") {
                continue;
            }
            return Some((v, parts[cut..].to_vec()));
        }
    }
    None
}

struct Reader<'a> {
    doc: &'a Doc,
    end: usize,
}

impl<'a> Reader<'a> {
    fn norm(&self, i: usize) -> &str {
        if i < self.end {
            &self.doc.tokens[i].norm
        } else {
            ""
        }
    }

    /// The word at `i`, or `None` past the end (for [`Phrases`]).
    fn word(&self, i: usize) -> Option<&'a str> {
        (i < self.end).then(|| self.doc.tokens[i].norm.as_str())
    }

    fn seq(&self, i: usize, seq: &[&str]) -> bool {
        i + seq.len() <= self.end && seq.iter().enumerate().all(|(k, w)| self.norm(i + k) == *w)
    }

    /// A plain number at `i` (digits or words, with scales): value, tokens.
    fn number(&self, i: usize) -> Option<(f64, usize)> {
        if i >= self.end {
            return None;
        }
        let t = &self.doc.tokens[i];
        let (mut v, mut used) = match t.kind {
            TokenKind::Number
                if !t.norm.contains(':')
                    && !t.norm.ends_with("th")
                    && !t.norm.ends_with("st")
                    && !t.norm.ends_with("nd")
                    && !t.norm.ends_with("rd") =>
            {
                (digits(&t.norm).or_else(|| scaled(&t.norm))?, 1)
            }
            // "a hundred thousand", "a million": one of the scale.
            TokenKind::Word
                if matches!(t.norm.as_str(), "a" | "an")
                    && scale(self.norm(i + 1)).is_some()
                    && self.norm(i + 1) != "m" =>
            {
                (1.0, 1)
            }
            TokenKind::Word if t.norm != "a" && t.norm != "an" => (word_number(&t.norm)?, 1),
            _ => return None,
        };
        if t.norm.ends_with('%') {
            return Some((v, used));
        }
        // "2 p.m.": a time of day, not a count; "480 BCE" a year ("AD"
        // after a number is no era: "40 ads").
        let next = self.norm(i + 1);
        let era = crate::lexicon::time::ERAS_BEFORE_COMMON.contains(&next)
            || matches!(next, "ce" | "c.e.");
        if matches!(next, "a.m." | "p.m." | "am" | "pm") || era {
            return None;
        }
        // "two billion", "5 million", "three hundred thousand".
        while let Some(s) = scale(self.norm(i + used)) {
            if self.norm(i + used) == "m" && !self.doc.tokens[i + used].space_before {
                // "5m" is tokenized as one token already; "5 m" is metres.
                break;
            }
            v *= s;
            used += 1;
        }
        // "two and a half"
        if self.seq(i + used, &["and", "a", "half"]) {
            v += 0.5;
            used += 3;
        }
        Some((v, used))
    }

    /// The counted noun after a quantity: up to three content words, after an
    /// optional "of" and determiner.
    fn unit(&self, mut i: usize) -> Vec<String> {
        // "Of the 12 passengers, seven were men": a count that is the subject
        // of "were" counts the plural noun after it.
        if matches!(self.norm(i), "were" | "are")
            && i + 1 < self.end
            && self.doc.tags(i + 1) == Some(("NOUN", "NNS"))
        {
            return vec![self.doc.key(i + 1).to_string()];
        }
        if self.norm(i) == "of" {
            i += 1;
        }
        while matches!(
            self.norm(i),
            "the" | "a" | "an" | "its" | "their" | "his" | "her" | "any" | "all"
        ) {
            i += 1;
        }
        // "200 more (people)": "more" adds to a count; it is not counted.
        if matches!(
            self.norm(i),
            "more" | "fewer" | "additional" | "extra" | "others"
        ) {
            i += 1;
        }
        let mut out = Vec::new();
        while i < self.end && out.len() < 3 {
            let t = &self.doc.tokens[i];
            // "lost $2.5 billion last year": a time is not what is counted.
            if !t.is_word()
                || crate::read::time::parse_at(self.doc, i, self.end).is_some()
                || crate::lexicon::is_stopword(&t.norm)
                || matches!(
                    t.norm.as_str(),
                    "after" | "before" | "since" | "until" | "when" | "while" | "because" | "than"
                )
            {
                break;
            }
            // "About 5,000 came to the march": a verb after the figure is
            // its predicate, not what it counts.
            if self.doc.tags(i).is_some_and(|(upos, penn)| {
                matches!(upos, "VERB" | "AUX") && !matches!(penn, "VBG" | "VBN")
            }) {
                break;
            }
            // "half of the country's schools" counts schools: a possessor
            // is no part of the counted noun.
            let possessor = self
                .doc
                .tokens
                .get(i + 1)
                .is_some_and(|n| n.kind == crate::text::TokenKind::Possessive);
            if possessor {
                out.clear();
                i += 2;
                continue;
            }
            out.push(self.doc.key(i).to_string());
            i += 1;
        }
        // "3,000 job seekers" and "3,000 job hunters" count the
        // same people.
        let concepts = super::phrase_concepts(&out);
        out.extend(concepts);
        out
    }
}

/// The noun a quantifier floated after its subject counts: "the players
/// were *all* fined" counts the players, as "all the players were fined"
/// does. The quantifier follows an auxiliary that follows the subject's
/// noun, or the noun itself before a verb ("the players all agreed").
/// ("Both" and "each" are read as counts, not shares.)
fn floated_unit(r: &Reader, i: usize) -> Option<Vec<String>> {
    const AUXILIARIES: &[&str] = &[
        "are", "were", "is", "was", "have", "has", "had", "will", "would", "can", "could",
        "should", "must", "may", "might",
    ];
    if r.norm(i) != "all" || i == 0 {
        return None;
    }
    let after_aux = AUXILIARIES.contains(&r.norm(i - 1));
    let noun = if after_aux { i.checked_sub(2)? } else { i - 1 };
    let t = &r.doc.tokens[noun];
    let nominal = t.is_word() && !t.cap && !crate::lexicon::is_stopword(&t.norm);
    let verb_next = i + 1 < r.end && crate::extract::is_verbish(r.doc, i + 1);
    (nominal && verb_next && (after_aux || t.norm.ends_with('s'))).then(|| r.unit(noun))
}

/// Words after which a bare figure is compared with another: "6.05
/// hectares, up *from* 2.48", "rose *to* 300", "compared *with* 12".
const COMPARED_AFTER: &[&str] = &["from", "to", "with", "against", "versus", "vs", "than"];

/// A figure written without the noun it counts, compared with a figure
/// that has one ("occupied 6.05 hectares, up from 2.48"; "from 40 to 55
/// members"), counts the same thing: English leaves the noun out the
/// second time. It takes the unit of the nearest such figure within
/// twelve tokens that is not set off in brackets (a conversion: "6.05
/// hectares (14.95 acres)").
pub fn share_elided_units(doc: &Doc, units: &mut [Unit]) {
    let bracketed = |u: &Unit| {
        let before = doc.tokens[..u.tokens.start].iter().rev().take(12);
        let mut depth = 0i32;
        for t in before {
            match t.norm.as_str() {
                ")" => depth += 1,
                "(" if depth == 0 => return true,
                "(" => depth -= 1,
                _ => {}
            }
        }
        false
    };
    let quantities: Vec<usize> = (0..units.len())
        .filter(|&k| matches!(units[k].kind, UnitKind::Quantity(_)))
        .collect();
    for &k in &quantities {
        let UnitKind::Quantity(q) = &units[k].kind else { continue };
        let start = units[k].tokens.start;
        let bare = q.kind == QuantityKind::Count && q.unit.is_empty() && q.currency.is_none();
        let compared = start > 0 && COMPARED_AFTER.contains(&doc.tokens[start - 1].norm.as_str());
        if !bare || !compared || bracketed(&units[k]) {
            continue;
        }
        // The noun is written with the first figure ("55 members, up from
        // 40"), or with the second of "from 40 to 55 members".
        let near = |o: &usize| {
            let t = &units[*o].tokens;
            (t.end <= start && start - t.end <= 12)
                || (t.start >= units[k].tokens.end
                    && t.start - units[k].tokens.end == 1
                    && doc.tokens[t.start - 1].norm == "to")
        };
        let source = quantities
            .iter()
            .filter(|&&o| o != k && near(&o) && !bracketed(&units[o]))
            .filter_map(|&o| match &units[o].kind {
                UnitKind::Quantity(p) if p.kind == q.kind && !p.unit.is_empty() && !p.is_frequency() => {
                    Some((units[o].tokens.start.abs_diff(start), p.unit.clone()))
                }
                _ => None,
            })
            .min_by_key(|(d, _)| *d);
        if let (Some((_, unit)), UnitKind::Quantity(q)) = (source, &mut units[k].kind) {
            q.unit = unit;
        }
    }
}

/// Reads a quantity starting at token `i`. Returns it and the number of
/// tokens it spans (not counting the unit noun, which stays a word).
/// Verbs after which "N to M" is a result, not a range: a match or a vote
/// ("won 4 to 2", "passed 230 to 198", "ended 1 to 1").
const RESULT_VERBS: &[&str] = &[
    "won", "lost", "beat", "defeated", "drew", "tied", "ended", "finished", "passed", "approved",
    "rejected", "voted", "led", "trailed",
];

/// Verbs of a change in value, whose "from N to M" gives the value before
/// and the value after, not a range ("rose from 40 to 55", "cut the rate
/// from 5% to 4%"). Irregular forms are listed; the others are matched by
/// their key.
const CHANGE_VERBS: &[&str] = &[
    "rise", "rose", "risen", "increase", "grow", "grew", "grown", "fall", "fell", "fallen", "drop",
    "decline", "climb", "jump", "surge", "soar", "plunge", "plummet", "slip", "dip", "sink",
    "sank", "shrink", "shrank", "swell", "double", "triple", "raise", "cut", "reduce", "lower",
    "boost", "expand", "tumble", "slide", "slid", "slump", "rebound", "change", "shift",
];

static CHANGE_KEYS: LazyLock<Vec<String>> =
    LazyLock::new(|| CHANGE_VERBS.iter().map(|w| crate::lexicon::key(w)).collect());

/// Whether the "from" at token `from` gives a value before a change: a
/// verb of change within the four words before it ("rose *from*",
/// "raised the rate *from*").
fn change_from(doc: &Doc, from: usize) -> bool {
    doc.tokens.get(from).is_some_and(|t| t.norm == "from")
        && (from.saturating_sub(4)..from).any(|k| CHANGE_KEYS.iter().any(|c| c == doc.key(k)))
}

/// Whether the figure at token `i` is the term of a comparison, the same
/// measure at another time or place: "up *from 2.48*", "down from",
/// "rose from", "compared with", "than", "versus".
pub fn compared_figure(doc: &Doc, i: usize) -> bool {
    let norm = |k: usize| doc.tokens.get(k).map_or("", |t| t.norm.as_str());
    let Some(p) = i.checked_sub(1) else {
        return false;
    };
    match norm(p) {
        "from" => {
            matches!(norm(p.wrapping_sub(1)), "up" | "down") || change_from(doc, p)
        }
        "with" | "to" => p > 0 && matches!(norm(p - 1), "compared" | "comparison"),
        "than" | "versus" | "vs" | "vs." => true,
        _ => false,
    }
}

/// A score or a tally: one token "4-2" or "230-to-198" whose first figure
/// is at least its second (written winner first, as results are; "8-10"
/// is a range), or "N to M" after a verb of result and its object.
fn score_at(doc: &Doc, i: usize, end: usize) -> Option<(Quantity, usize)> {
    let t = doc.tokens.get(i)?;
    let score = |a: f64, b: f64, used: usize| {
        let q = Quantity {
            kind: QuantityKind::Score,
            lo: a,
            hi: b,
            unit: Vec::new(),
            currency: None,
            existential: false,
            approx: None,
            window: false,
            relative: false,
            elapsed: false,
            lasting: false,
            part: false,
        };
        Some((q, used))
    };
    if t.kind == TokenKind::Number {
        let parts: Vec<&str> = t.norm.split('-').filter(|p| *p != "to").collect();
        if let [a, b] = parts[..]
            && t.norm.contains('-')
            && let (Ok(a), Ok(b)) = (a.parse::<f64>(), b.parse::<f64>())
            && a >= b
        {
            return score(a, b, 1);
        }
    }
    // The verb just before, or before its object ("won the final 4 to 2").
    let after_result = doc.tokens[i.saturating_sub(3)..i]
        .iter()
        .rev()
        .take_while(|t| t.kind != TokenKind::Punct)
        .any(|t| RESULT_VERBS.contains(&t.norm.as_str()));
    let number = |k: usize| {
        (k < end)
            .then(|| doc.tokens.get(k))
            .flatten()
            .filter(|t| t.kind == TokenKind::Number)
            .and_then(|t| t.norm.parse::<f64>().ok())
    };
    if after_result
        && let (Some(a), Some(b)) = (number(i), number(i + 2))
        && doc.tokens.get(i + 1).is_some_and(|t| t.norm == "to")
    {
        return score(a, b, 3);
    }
    // "won 4–2", "4 – 2": a dash between the figures, after a verb of
    // result, or written close with the winner's figure first.
    let dash = doc.tokens.get(i + 1).filter(|t| {
        t.kind == TokenKind::Punct && matches!(t.norm.as_str(), "-" | "--" | "–" | "—")
    });
    if let (Some(d), Some(a), Some(b)) = (dash, number(i), number(i + 2)) {
        let close = !d.space_before && !doc.tokens[i + 2].space_before;
        if after_result || (close && a >= b) {
            return score(a, b, 3);
        }
    }
    None
}

/// An age written with words before it ("at the age of 95", "died at
/// 95", "aged 29", "age 29"), the words read with the figure: they mark it
/// an age and say nothing more, so "aged 29" meets "age 29" and
/// "29-year-old". (A bare
/// figure after a name, "Tom Reyes, 45,", is left a number: read as an age,
/// it meets any other age of the sentence, and the matcher may pair the
/// wrong person's.)
fn age_at(r: &Reader, i: usize) -> Option<(Quantity, usize)> {
    let doc = r.doc;
    let lead = if r.seq(i, &["at", "the", "age", "of"]) {
        4
    } else if r.norm(i) == "at"
        && i > 0
        && matches!(doc.tokens[i - 1].norm.as_str(), "died" | "dies" | "die")
        && matches!(r.norm(i + 2), "," | "." | ";" | "on" | "in" | "at" | "after" | "and" | "")
    {
        // "died at 95": the age at death.
        1
    } else if matches!(r.norm(i), "aged" | "age")
        && doc
            .tokens
            .get(i + 1)
            .is_some_and(|t| t.kind == TokenKind::Number || word_number(&t.norm).is_some())
    {
        // "aged 29", "age 29": the word only marks the figure an age.
        1
    } else {
        0
    };
    if lead == 0 {
        return None;
    }
    // The figure after the word, read as any other: "aged 8–10 years",
    // "at the age of four months".
    let (q, n) = parse_at(doc, i + lead, r.end)?;
    let bare = q.kind == QuantityKind::Count && q.unit.is_empty() && q.currency.is_none();
    if !(bare || matches!(q.kind, QuantityKind::Age | QuantityKind::Duration)) {
        return None;
    }
    Some((Quantity::age(q.lo, q.hi), lead + n))
}

pub fn parse_at(doc: &Doc, i: usize, end: usize) -> Option<(Quantity, usize)> {
    if list_marker(doc, i) {
        return None;
    }
    let (mut q, n) = figure_at(doc, i, end)?;
    q.window = q.kind == QuantityKind::Duration
        && after_superlative(doc, i);
    q.relative = q.kind == QuantityKind::Duration && relative_span(doc, i);
    q.elapsed = q.kind == QuantityKind::Duration && elapsed_span(doc, i, i + n);
    q.lasting = q.kind == QuantityKind::Duration && i > 0 && doc.tokens[i - 1].norm == "for";
    Some((q, n))
}

/// Whether the number at token `i` numbers an item of a list: it opens
/// its line and a "." or ")" follows ("10. Jack Welch, CEO", "2) Swap
/// with ..."). It counts nothing.
pub(crate) fn list_marker(doc: &Doc, i: usize) -> bool {
    let t = &doc.tokens[i];
    let opens_line = i == 0 || doc.tokens[i - 1].para != t.para;
    opens_line
        && t.kind == crate::text::TokenKind::Number
        && doc
            .tokens
            .get(i + 1)
            .is_some_and(|n| n.para == t.para && (n.is_punct(".") || n.is_punct(")")))
}

/// Whether a length of time at token `i` is a span counted from a point
/// of the story ("the last five months of her life", "its first two
/// years", "the next three weeks"): a part of some time line, no age of
/// anything.
fn relative_span(doc: &Doc, i: usize) -> bool {
    let norm = |k: usize| doc.tokens[k].norm.as_str();
    i >= 2
        && matches!(
            norm(i - 1),
            "last" | "past" | "next" | "coming" | "previous" | "preceding" | "following" | "final" | "first"
        )
        && matches!(
            norm(i - 2),
            "the" | "its" | "his" | "her" | "their" | "our" | "my" | "your" | "this" | "these" | "those"
        )
}

/// Whether the length of time at tokens `i..j` is the time between an
/// event and another point: "within" or "after" before it, or "later",
/// "earlier", "ago", "thereafter", "afterwards", "before", "after",
/// "prior" or "in advance" right after it.
fn elapsed_span(doc: &Doc, i: usize, j: usize) -> bool {
    use crate::lexicon::numbers::{ELAPSED_AFTER, ELAPSED_BEFORE};
    let word = |k: usize| doc.tokens.get(k).map_or("", |t| t.norm.as_str());
    let before = i > 0 && ELAPSED_BEFORE.contains(&word(i - 1));
    let after =
        ELAPSED_AFTER.contains(&word(j)) || (word(j) == "in" && word(j + 1) == "advance");
    before || after
}

/// Whether a length of time at token `i` is the span a superlative runs
/// over: "in" or "over" before it, and a superlative ("deadliest", "most
/// deadly", "first", "worst") among the six words before that, with no
/// clause break between.
fn after_superlative(doc: &Doc, i: usize) -> bool {
    let Some(prep) = (i.saturating_sub(3)..i)
        .rev()
        .find(|&k| matches!(doc.tokens[k].norm.as_str(), "in" | "over"))
    else {
        return false;
    };
    (prep.saturating_sub(6)..prep)
        .rev()
        .take_while(|&k| doc.tokens[k].is_word())
        .any(|k| {
            matches!(doc.tokens[k].norm.as_str(), "first" | "most" | "least")
                || doc.tags(k).is_some_and(|(_, penn)| matches!(penn, "JJS" | "RBS"))
        })
}

fn figure_at(doc: &Doc, i: usize, end: usize) -> Option<(Quantity, usize)> {
    let end = end.min(doc.tokens.len());
    if i >= end {
        return None;
    }
    let r = Reader { doc, end };
    if let Some(score) = score_at(doc, i, end) {
        return Some(score);
    }
    if let Some(age) = age_at(&r, i) {
        return Some(age);
    }
    // Shares: "the majority of", "almost half", "a small share of".
    let best = PROPORTIONS.longest(|k| r.word(i + k));
    if let Some(((_, lo, hi), used)) = best {
        let (lo, hi) = (*lo, *hi);
        // "the most votes" is a superlative, not a share.
        let superlative = r.norm(i) == "most" && i > 0 && doc.tokens[i - 1].norm == "the";
        // "every day", "every year": how often, not a share of all days.
        let how_often = r.norm(i) == "every"
            && matches!(r.norm(i + 1), "day" | "week" | "month" | "year");
        if how_often {
            return None;
        }
        let most_adj = r.norm(i) == "most"
            && r.norm(i + 1) != "of"
            && doc
                .tokens
                .get(i + 1)
                .is_some_and(|t| !t.norm.ends_with('s'));
        if !superlative && !most_adj && let Some(count) = share_of_scale(&r, i, i + used, lo, hi) {
            return Some(count);
        }
        if !superlative && !most_adj {
            return Some((
                Quantity {
                    kind: QuantityKind::Share,
                    lo,
                    hi,
                    unit: floated_unit(&r, i).unwrap_or_else(|| r.unit(i + used)),
                    currency: None,
                    existential: false,
                    approx: None,
            window: false,
            relative: false,
            elapsed: false,
            lasting: false,
            part: false,
                },
                used,
            ));
        }
    }

    // "once", "twice", "three times".
    if let Some(n) = match r.norm(i) {
        "once" => Some(1.0),
        "twice" => Some(2.0),
        "thrice" => Some(3.0),
        _ => None,
    } {
        return Some((
            Quantity {
                kind: QuantityKind::Count,
                lo: n,
                hi: n,
                unit: vec![crate::lexicon::key("times")],
                currency: None,
                existential: false,
                approx: None,
            window: false,
            relative: false,
            elapsed: false,
            lasting: false,
            part: false,
            },
            1,
        ));
    }
    // A bounding word: "more than", "about", "almost".
    let mut bound = None;
    let mut j = i;
    if let Some(((_, b), n)) = BOUNDS.longest(|k| r.word(i + k)) {
        bound = Some((*b, n));
    }
    if let Some((_, n)) = bound {
        j += n;
        // "fewer than a third": the share after its article.
        if matches!(r.norm(j), "a" | "one") && fraction(r.norm(j + 1)).is_some() {
            j += 1;
        }
    }
    let bound = bound.map(|(b, _)| b);

    // Currency symbol before the number.
    let mut currency = None;
    if let Some(&(_, code)) = words::CURRENCIES
        .iter()
        .find(|(w, _)| *w == r.norm(j) && w.len() <= 3 && !w.chars().all(char::is_alphabetic))
    {
        currency = Some(code);
        j += 1;
    }

    let (mut lo, mut hi, mut used, mut kind, mut unit_start);

    // Vague amounts: "tens of millions", "hundreds", "several thousand",
    // "a few hundred", "dozens of".
    if let Some((vlo, vhi, n)) = vague(&r, j) {
        lo = vlo;
        hi = vhi;
        used = n;
        kind = QuantityKind::Count;
        unit_start = j + n;
    } else if let Some((v, n, rest)) = r
        .doc
        .tokens
        .get(j)
        .filter(|_| j < end)
        .and_then(|t| compound(&t.norm).map(|(v, rest)| (v, 1usize, rest)))
    {
        // "two-and-a-half-year-old", "12-year", "18-fold", "five-member".
        lo = v;
        hi = v;
        used = n;
        unit_start = j + 1;
        match rest.as_slice() {
            [u, "old"] | [u, "olds"] if duration_unit(u).is_some() => {
                let f = duration_unit(u).unwrap_or(1.0);
                lo *= f;
                hi *= f;
                kind = QuantityKind::Age;
            }
            [u] if duration_unit(u).is_some() => {
                let f = duration_unit(u).unwrap_or(1.0);
                lo *= f;
                hi *= f;
                kind = QuantityKind::Duration;
            }
            ["fold"] => kind = QuantityKind::Multiple,
            ["thirds"] | ["third"] => {
                lo /= 3.0;
                hi = lo;
                kind = QuantityKind::Share;
            }
            [] => kind = QuantityKind::Count,
            _ => {
                // "six-member team": the suffix names the unit.
                return Some((
                    Quantity {
                        kind: QuantityKind::Count,
                        lo,
                        hi,
                        unit: rest.iter().map(|w| crate::lexicon::key(w)).collect(),
                        currency,
                        existential: false,
                        approx: None,
            window: false,
            relative: false,
            elapsed: false,
            lasting: false,
            part: false,
                    },
                    j - i + 1,
                ));
            }
        }
    } else if let Some((v, n)) = r.number(j) {
        lo = v;
        hi = v;
        used = n;
        kind = QuantityKind::Count;
        unit_start = j + n;
        let t = &doc.tokens[j];
        if t.norm.ends_with('%') {
            kind = QuantityKind::Share;
            lo /= 100.0;
            hi /= 100.0;
        }
        // Ranges: "30 to 60", "five to 12", "6--9", "two or three".
        let k = j + used;
        let change = r.norm(k) == "to" && j > 0 && change_from(doc, j - 1);
        if matches!(r.norm(k), "to" | "--" | "or")
            && !change
            && let Some((v2, n2)) = r.number(k + 1)
            && v2 > v
        {
            hi = v2;
            used += 1 + n2;
            unit_start = j + used;
        }
    } else if let Some(f) = fraction(r.norm(j)).filter(|_| {
        j > i
            || matches!(r.norm(j + 1), "of")
            || (j > 0 && matches!(doc.tokens[j - 1].norm.as_str(), "a" | "one"))
            || (r.norm(j + 1) == "a" && scale(r.norm(j + 2)).is_some())
    }) {
        lo = f;
        hi = f;
        used = 1;
        kind = QuantityKind::Share;
        unit_start = j + 1;
        // "a quarter million", "a quarter of a million": a number.
        if let Some((count, n)) = share_of_scale(&r, j, j + 1, f, f) {
            (lo, hi, kind) = (count.lo, count.hi, QuantityKind::Count);
            used = n;
            unit_start = j + n;
        }
    } else {
        return None;
    }

    // "per cent", "percent", "%".
    if kind == QuantityKind::Count {
        if r.seq(unit_start, &["per", "cent"]) {
            kind = QuantityKind::Share;
            lo /= 100.0;
            hi /= 100.0;
            used += 2;
            unit_start += 2;
        } else if matches!(r.norm(unit_start), "percent" | "%") {
            kind = QuantityKind::Share;
            lo /= 100.0;
            hi /= 100.0;
            used += 1;
            unit_start += 1;
        }
    }
    // Currency word after the number: "314,000 euros".
    if currency.is_none()
        && let Some(&(_, code)) = words::CURRENCIES
            .iter()
            .find(|(w, _)| *w == r.norm(unit_start))
    {
        currency = Some(code);
        used += 1;
        unit_start += 1;
    }
    if currency.is_some() {
        kind = QuantityKind::Money;
    }
    // Ages and durations: "two years old", "aged 7", "36 hours".
    if kind == QuantityKind::Count {
        // An optional adjective between number and unit: "15 working days".
        // Not a time after the figure: "2.5 billion last year".
        let skip = usize::from(
            duration_unit(r.norm(unit_start)).is_none()
                && duration_unit(r.norm(unit_start + 1)).is_some()
                && doc.tokens.get(unit_start).is_some_and(|t| t.is_word())
                && crate::read::time::parse_at(doc, unit_start, r.end).is_none(),
        );
        if let Some(f) = duration_unit(r.norm(unit_start + skip)) {
            lo *= f;
            hi *= f;
            used = unit_start + skip + 1 - j;
            unit_start += skip + 1;
            if r.norm(unit_start) == "old" {
                kind = QuantityKind::Age;
                used += 1;
                unit_start += 1;
            } else if r.seq(unit_start, &["of", "age"]) {
                // "four months of age": an age, as "four months old".
                kind = QuantityKind::Age;
                used += 2;
                unit_start += 2;
            } else {
                kind = QuantityKind::Duration;
            }
        } else if i > 0 && matches!(doc.tokens[i - 1].norm.as_str(), "aged" | "age") {
            kind = QuantityKind::Age;
        }
    }

    let widen = |v: f64, w: f64| (v * (1.0 - w), v * (1.0 + w));
    let approx = (bound == Some(Bound::About) && lo == hi).then_some(lo);
    match bound {
        Some(Bound::Lower) => hi = f64::INFINITY,
        Some(Bound::Upper) => lo = 0.0,
        Some(Bound::About) => {
            let (a, _) = widen(lo, 0.15);
            let (_, b) = widen(hi, 0.15);
            lo = a;
            hi = b;
        }
        Some(Bound::Almost) => {
            lo *= 0.85;
        }
        None => {}
    }
    let unit = if matches!(
        kind,
        QuantityKind::Age | QuantityKind::Duration | QuantityKind::Multiple
    ) {
        Vec::new()
    } else {
        r.unit(unit_start)
    };
    let existential = bound.is_none()
        && kind == QuantityKind::Count
        && doc.tokens[j].norm == "one"
        && !(j > 0
            && matches!(
                doc.tokens[j - 1].norm.as_str(),
                "only" | "just" | "single" | "exactly"
            ));
    Some((
        Quantity {
            kind,
            lo,
            hi,
            unit,
            currency,
            existential,
            approx,
            window: false,
            relative: false,
            elapsed: false,
            lasting: false,
            part: kind == QuantityKind::Count && partitive(&r, unit_start),
        },
        (unit_start - i).max(used + (j - i)),
    ))
}

/// Whether the words at `i` name the set a count is part of: "of the",
/// "of these", "of their".
fn partitive(r: &Reader, i: usize) -> bool {
    r.norm(i) == "of"
        && matches!(
            r.norm(i + 1),
            "the" | "these" | "those" | "its" | "their" | "his" | "her" | "our" | "my" | "your"
        )
}

/// A share of a scale is a number: "a quarter million", "half a
/// million", "a quarter of a million". `k` is the token after the share.
fn share_of_scale(r: &Reader, i: usize, mut k: usize, lo: f64, hi: f64) -> Option<(Quantity, usize)> {
    if r.norm(k) == "of" {
        k += 1;
    }
    if matches!(r.norm(k), "a" | "an") {
        k += 1;
    }
    let s = scale(r.norm(k)).filter(|_| lo == hi && lo > 0.0)?;
    let count = Quantity::plain(QuantityKind::Count, lo * s, lo * s, r.unit(k + 1));
    Some((count, k + 1 - i))
}

/// Vague amounts: (lo, hi, tokens).
fn vague(r: &Reader, j: usize) -> Option<(f64, f64, usize)> {
    // "several thousand", "a few hundred", "a couple of dozen".
    if let Some(((seq, lo, hi), _)) = VAGUE_COUNTS.matches(|k| r.word(j + k)).next() {
        let k = j + seq.len();
        if let Some(s) = scale(r.norm(k)) {
            return Some((lo * s, hi * s, seq.len() + 1));
        }
        if let Some(s) = vague_scale(r.norm(k)) {
            return Some((lo * s, hi * s * 10.0, seq.len() + 1));
        }
        return Some((*lo, *hi, seq.len()));
    }
    // "tens of millions", "hundreds of thousands", "thousands".
    let first = vague_scale(r.norm(j))?;
    let mut mult = first;
    let mut n = 1;
    while r.norm(j + n) == "of" {
        match vague_scale(r.norm(j + n + 1)) {
            Some(s) if r.norm(j + n + 1) != "dozens" => {
                mult *= s;
                n += 2;
            }
            _ => break,
        }
    }
    let (lo, hi) = if r.norm(j) == "dozens" && n == 1 {
        (24.0, 99.0)
    } else {
        (mult, mult * 10.0 - 1.0)
    };
    Some((lo, hi, n))
}

/// The place of a figure's last significant digit, as its value shows it,
/// keeping at least two significant digits: 21,001 → 1, 21,000 → 1,000,
/// 3,300,000 → 100,000, 0.437 → 0.001, and 20 → 1 ("twenty years" is not
/// a rounding of seventeen).
pub fn precision(v: f64) -> f64 {
    let v = v.abs();
    if v == 0.0 || !v.is_finite() {
        return 1.0;
    }
    let mut p = 10f64.powi(15);
    while p > 1e-9 {
        let q = (v / p).round();
        if q >= 10.0 && (q * p - v).abs() <= v * 1e-9 {
            return p;
        }
        p /= 10.0;
    }
    1e-9
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(text: &str) -> Quantity {
        let doc = Doc::parse(text, None);
        let n = doc.tokens.len();
        (0..n)
            .find_map(|i| parse_at(&doc, i, n))
            .map(|(q, _)| q)
            .unwrap_or_else(|| panic!("no quantity in {text:?}"))
    }

    #[test]
    fn a_verb_after_a_figure_is_not_what_it_counts() {
        assert!(q("About 5,000 came to the march.").unit.is_empty());
        assert!(q("At least 12 died in the fire.").unit.is_empty());
        assert_eq!(q("At least 12 miners died.").unit, [crate::lexicon::key("miners")]);
    }

    #[test]
    fn a_list_items_number_counts_nothing() {
        let doc = Doc::parse("3. The team won 4 games.\n2) Another item", None);
        let figures: Vec<f64> = (0..doc.tokens.len())
            .filter_map(|i| parse_at(&doc, i, doc.tokens.len()).map(|(q, _)| q.lo))
            .collect();
        assert_eq!(figures, [4.0]);
    }

    #[test]
    fn a_span_a_superlative_runs_over_is_no_age_or_length() {
        let window = q("It is the deadliest war in eight decades.");
        assert!(window.window);
        let age = q("It ended the three-year-old war.");
        assert_eq!(window.compare(&age), QuantityRelation::Unknown);
        assert!(q("The highest rate in 20 years was recorded.").window);
        // A length of time of the thing itself is compared as before.
        let lasted = q("The war lasted eight decades.");
        assert!(!lasted.window);
        assert_eq!(lasted.compare(&age), QuantityRelation::Conflicts);
        // A span counted from a point of the story is no age either, but
        // a length of time.
        let last = q("She spent the last five months of her life in pain.");
        assert!(last.relative);
        assert_eq!(last.compare(&q("a four-month-old girl")), QuantityRelation::Unknown);
        assert_eq!(last.compare(&q("for nine months")), QuantityRelation::Conflicts);
        assert!(q("in its first two years").relative);
        assert!(!q("two years").relative);
    }

    #[test]
    fn how_long_it_lasted_is_not_how_soon_it_came() {
        let lasted = q("She ran the club for 20 years.");
        assert!(lasted.lasting && !lasted.elapsed);
        let soon = q("Within a few years it built a harbour.");
        assert!(soon.elapsed);
        assert_eq!(lasted.compare(&soon), QuantityRelation::Unknown);
        assert!(q("two years later").elapsed);
        assert!(q("four months in advance of the race").elapsed);
        // A plain length agrees or conflicts with either.
        assert_eq!(q("20 years").compare(&lasted), QuantityRelation::Agrees);
        assert_eq!(q("three years").compare(&q("two years later")), QuantityRelation::Conflicts);
    }

    #[test]
    fn a_bound_before_a_share_with_its_article() {
        let fewer = q("Fewer than a third of residents were vaccinated.");
        assert_eq!(fewer.kind, QuantityKind::Share);
        assert!(fewer.lo == 0.0 && (fewer.hi - 1.0 / 3.0).abs() < 1e-9);
        assert_eq!(fewer.compare(&q("25 percent of residents")), QuantityRelation::Agrees);
        assert_eq!(fewer.compare(&q("40 percent of residents")), QuantityRelation::Conflicts);
        // A year with its era is no count.
        assert!(parse_at(&Doc::parse("480 BCE", None), 0, 2).is_none());
    }

    #[test]
    fn a_before_a_scale_is_one_of_it() {
        let crowd = q("an audience of a hundred thousand");
        assert_eq!((crowd.lo, crowd.hi), (100_000.0, 100_000.0));
        let m = q("a million people");
        assert_eq!(m.lo, 1_000_000.0);
    }

    #[test]
    fn scores_and_tallies_keep_both_figures_in_order() {
        let won = q("The home side won the final 4 to 2.");
        assert_eq!((won.kind, won.lo, won.hi), (QuantityKind::Score, 4.0, 2.0));
        let vote = q("The bill passed 230-to-198.");
        assert_eq!((vote.kind, vote.lo, vote.hi), (QuantityKind::Score, 230.0, 198.0));
        assert_eq!(q("The side won 4-2.").compare(&won), QuantityRelation::Agrees);
        assert_eq!(q("The side won 4-1.").compare(&won), QuantityRelation::Conflicts);
        assert_eq!(q("The bill passed 230 to 189.").compare(&vote), QuantityRelation::Conflicts);
    }

    #[test]
    fn a_floated_quantifier_counts_its_subject() {
        assert_eq!(q("The players were all fined.").unit, ["player"]);
        assert_eq!(q("The ministers all resigned.").unit, ["minister"]);
        assert_eq!(q("All the players were fined.").unit, ["player"]);
        // Not after a pronoun, nor before what is not a verb.
        assert!(q("They were all fined.").unit != ["they"]);
        assert_ne!(q("The players were all smiles.").unit, ["player"]);
    }

    #[test]
    fn a_score_may_be_written_with_a_dash() {
        let won = q("The home side won the final 4 to 2.");
        for text in ["The side won 4–2.", "The side won 4 – 2 on Sunday.", "It ended 4—2."] {
            assert_eq!(q(text).compare(&won), QuantityRelation::Agrees, "{text}");
        }
        assert_eq!(q("The side won 4–1.").compare(&won), QuantityRelation::Conflicts);
        // A range with a dash stays a range.
        assert_ne!(q("in the years 2010–2012").kind, QuantityKind::Score);
    }

    #[test]
    fn money_is_read_however_it_is_written() {
        let article = q("The company lost $2.5 billion last year.");
        assert_eq!((article.kind, article.lo), (QuantityKind::Money, 2.5e9));
        assert!(article.unit.is_empty(), "{:?}", article.unit);
        for text in ["lost $2.5bn last year", "lost 2.5 billion dollars"] {
            assert_eq!(q(text).compare(&article), QuantityRelation::Agrees, "{text}");
        }
        assert_eq!(q("lost $3bn").compare(&article), QuantityRelation::Conflicts);
        let wall = Doc::parse("a 5m wall", None);
        let n = wall.tokens.len();
        assert!((0..n).all(|i| parse_at(&wall, i, n).is_none_or(|(q, _)| q.lo != 5e6)));
    }

    #[test]
    fn a_range_is_no_score() {
        assert_ne!(q("children aged 8-10").kind, QuantityKind::Score);
        assert_ne!(q("prices fell from 4 to 2 dollars").kind, QuantityKind::Score);
    }

    #[test]
    fn more_after_a_number_is_not_counted() {
        let a = q("rescued 40 more after they were spotted");
        assert_eq!((a.lo, a.hi), (40.0, 40.0));
        assert!(a.unit.is_empty(), "{:?}", a.unit);
        let b = q("rescued 40 more people");
        assert_eq!(b.unit, ["people"]);
        assert_eq!(a.compare(&b), QuantityRelation::Agrees);
    }

    #[test]
    fn a_frequency_counts_times() {
        assert!(q("were refused entry twice").is_frequency());
        assert!(q("it rose three times").is_frequency());
        assert!(!q("The four - member crew").is_frequency());
    }

    #[test]
    fn a_possessor_is_not_the_counted_noun() {
        let a = q("almost half of Denmark's primary school children");
        assert_eq!(
            a.unit,
            ["primary", "school", "children"].map(crate::lexicon::key)
        );
        let b = q("almost half of all Danish primary school children");
        assert!(
            b.unit.contains(&crate::lexicon::key("primary")),
            "{:?}",
            b.unit
        );
        let c = q("a third of the region's schools");
        assert_eq!(c.unit, [crate::lexicon::key("schools")]);
    }

    #[test]
    fn a_figure_covers_what_rounds_to_it() {
        assert_eq!(precision(21_001.0), 1.0);
        assert_eq!(precision(21_000.0), 1000.0);
        assert_eq!(precision(3_300_000.0), 100_000.0);
        assert_eq!(precision(0.437), 0.001);
        assert_eq!(precision(20.0), 1.0);
        assert_eq!(precision(50_000.0), 1000.0);
        let q = |v: f64| Quantity {
            kind: QuantityKind::Count,
            lo: v,
            hi: v,
            unit: Vec::new(),
            currency: None,
            existential: false,
            approx: None,
            window: false,
            relative: false,
            elapsed: false,
            lasting: false,
            part: false,
        };
        // The claim's figure first.
        assert_eq!(q(21_000.0).compare(&q(21_001.0)), QuantityRelation::Agrees);
        // A figure more precise than the article's is neither.
        assert_eq!(q(21_001.0).compare(&q(21_000.0)), QuantityRelation::Unknown);
        assert_eq!(q(60.0).compare(&q(70.0)), QuantityRelation::Conflicts);
        assert_eq!(q(20.0).compare(&q(17.0)), QuantityRelation::Conflicts);
        assert_eq!(q(1178.0).compare(&q(1179.0)), QuantityRelation::Conflicts);
        // A rounder figure than the article's is neither confirmed by it
        // nor contradicted; within a thousandth it agrees.
        assert_eq!(
            q(3_300_000.0).compare(&q(3_312_000.0)),
            QuantityRelation::Unknown
        );
        assert_eq!(q(120.0).compare(&q(124.0)), QuantityRelation::Unknown);
        assert_eq!(q(2_000.0).compare(&q(2_049.0)), QuantityRelation::Unknown);
        assert_eq!(q(2_000.0).compare(&q(2_001.0)), QuantityRelation::Agrees);
    }

    #[test]
    fn two_approximate_figures_conflict_when_they_differ() {
        let a = q("some 12,000 applicants");
        assert_eq!(a.approx, Some(12_000.0));
        assert_eq!(
            q("some 15,000 applicants").compare(&a),
            QuantityRelation::Conflicts
        );
        assert_eq!(
            q("about 12,000 applicants").compare(&a),
            QuantityRelation::Agrees
        );
        assert_eq!(
            q("some 12,500 applicants").compare(&a),
            QuantityRelation::Unknown
        );
    }

    #[test]
    fn a_minority_is_a_share_only_with_a_size() {
        let doc = Doc::parse("a landless minority of farmers", None);
        assert!(parse_at(&doc, 1, doc.tokens.len()).is_none());
        let small = q("a small minority of voters");
        assert_eq!((small.lo, small.hi), (0.0, 0.2));
    }

    #[test]
    fn a_bound_holds_for_its_own_figure() {
        let exact = q("8000 migrants");
        assert_eq!(
            q("as many as 8000 migrants").compare(&exact),
            QuantityRelation::Agrees
        );
        assert_eq!(
            q("up to 8000 migrants").compare(&exact),
            QuantityRelation::Agrees
        );
        assert_eq!(
            q("at least 8000 migrants").compare(&exact),
            QuantityRelation::Agrees
        );
        assert_eq!(
            q("up to 7000 migrants").compare(&exact),
            QuantityRelation::Conflicts
        );
    }

    #[test]
    fn vague_amounts_are_ranges() {
        let tens = q("tens of millions of viewers");
        assert_eq!((tens.lo, tens.hi), (10_000_000.0, 99_999_999.0));
        assert_eq!(tens.unit, ["viewer"]);
        let hundreds = q("hundreds of millions of viewers");
        assert_eq!(tens.compare(&hundreds), QuantityRelation::Conflicts);
        assert_eq!(
            q("5,000,000 viewers").compare(&tens),
            QuantityRelation::Conflicts
        );
        let few = q("a few hundred people");
        assert_eq!((few.lo, few.hi), (200.0, 500.0));
    }

    #[test]
    fn a_share_of_a_scale_is_a_number() {
        let clips = q("some 250,000 letters");
        for text in [
            "a quarter million letters",
            "a quarter of a million letters",
        ] {
            let x = q(text);
            assert_eq!((x.kind, x.lo), (QuantityKind::Count, 250_000.0), "{text}");
            assert_eq!(x.unit, clips.unit, "{text}");
            assert_eq!(clips.compare(&x), QuantityRelation::Agrees, "{text}");
        }
        assert_eq!(q("half a million people").lo, 500_000.0);
        assert_eq!(q("a quarter of the votes").kind, QuantityKind::Share);
    }

    #[test]
    fn a_count_before_were_counts_the_noun_after_it() {
        assert_eq!(q("seven were men").unit, ["man"]);
        assert_eq!(
            q("seven were men").compare(&q("five men")),
            QuantityRelation::Conflicts
        );
        assert!(q("five were killed").unit.is_empty());
    }

    #[test]
    fn a_part_is_no_rival_to_its_whole() {
        let part = q("seven of the passengers");
        assert!(part.part);
        assert_eq!(part.compare(&q("12 passengers")), QuantityRelation::Unknown);
        assert_eq!(q("12 passengers").compare(&part), QuantityRelation::Unknown);
        assert_eq!(part.compare(&q("seven passengers")), QuantityRelation::Agrees);
        assert_eq!(
            q("30 of the passengers").compare(&q("12 passengers")),
            QuantityRelation::Conflicts
        );
    }

    #[test]
    fn a_hyphenated_fraction_takes_its_scale() {
        let a = q("a herd of over three-and-a-half million sheep");
        assert_eq!((a.lo, a.unit.as_slice()), (3_500_000.0, ["sheep".to_string()].as_slice()));
        let b = q("more than 3.5 million sheep");
        assert_eq!(a.compare(&b), QuantityRelation::Agrees);
        assert_eq!(q("a two-and-a-half-hour wait").lo, q("a 2.5-hour wait").lo);
    }

    #[test]
    fn ages_and_durations() {
        let a = q("Peru's four-and-a-half-year-old drought");
        assert_eq!((a.kind, a.lo), (QuantityKind::Age, 4.5));
        let b = q("is two years old");
        assert_eq!((b.kind, b.lo), (QuantityKind::Age, 2.0));
        assert_eq!(b.compare(&a), QuantityRelation::Conflicts);
        let d = q("within 36 hours");
        assert_eq!(d.kind, QuantityKind::Duration);
        let w = q("within fifteen working days");
        assert_eq!(w.kind, QuantityKind::Duration);
        // "of age" makes a length of time an age, never a span of a life.
        let months = q("fell ill at four months of age");
        assert_eq!((months.kind, months.lo), (QuantityKind::Age, 4.0 / 12.0));
        let span = q("the last five months of her life");
        assert_eq!(months.compare(&span), QuantityRelation::Unknown);
    }

    #[test]
    fn ages_take_the_words_before_them() {
        // The words are read with the figure: "at the age of 95" meets
        // "died at 95".
        let span = |text: &str| {
            let doc = Doc::parse(text, None);
            let n = doc.tokens.len();
            (0..n)
                .find_map(|i| parse_at(&doc, i, n).map(|(q, used)| (q, doc.range_text(i..i + used).to_string())))
                .unwrap_or_else(|| panic!("no quantity in {text:?}"))
        };
        let (aged, words) = span("the eldest, aged 29, weighed 82 pounds");
        assert_eq!((aged.kind, aged.lo, words.as_str()), (QuantityKind::Age, 29.0, "aged 29"));
        let (age, words) = span("the eldest, age 29, weighed 82 pounds");
        assert_eq!((age.compare(&aged), words.as_str()), (QuantityRelation::Agrees, "age 29"));
        assert_eq!(q("a 29-year-old woman").compare(&aged), QuantityRelation::Agrees);
        let (of, words) = span("she died at the age of 95");
        assert_eq!((of.lo, words.as_str()), (95.0, "at the age of 95"));
        let (at, _) = span("she died at 95 on Monday");
        assert_eq!(at.compare(&of), QuantityRelation::Agrees);
        let (months, _) = span("eczema at the age of four months");
        assert!((months.lo - 4.0 / 12.0).abs() < 1e-9, "{months:?}");
        // "at 3" after another verb is no age.
        assert_ne!(q("they met at 3 on Monday").kind, QuantityKind::Age);
    }

    #[test]
    fn bounds_and_shares() {
        let over = q("over 900 dock workers");
        assert_eq!((over.lo, over.hi), (900.0, f64::INFINITY));
        assert_eq!(over.unit, ["dock", "worker"]);
        assert_eq!(
            q("more than 900 people").compare(&over),
            QuantityRelation::Agrees
        );
        // The article's figure rounded (to two significant digits) is a
        // rounding ...
        assert_eq!(
            q("over 310,000 euros").compare(&q("over 314,000 euros")),
            QuantityRelation::Agrees
        );
        // ... but another figure as the bound is not the article's, even
        // close to it or entailed by it.
        assert_eq!(
            q("more than 850 people").compare(&over),
            QuantityRelation::Unknown
        );
        assert_eq!(
            q("more than 600 people").compare(&over),
            QuantityRelation::Unknown
        );
        assert_eq!(
            q("over 134,000 euros").compare(&q("over 314,000 euros")),
            QuantityRelation::Unknown
        );
        let most = q("the majority of the members");
        assert_eq!(most.kind, QuantityKind::Share);
        assert_eq!(
            q("58% of voters").compare(&q("a small share of voters")),
            QuantityRelation::Conflicts
        );
        let pct = q("15 per cent of rice");
        assert!((pct.lo - 0.15).abs() < 1e-9);
    }

    #[test]
    fn money_and_ranges() {
        let m = q("over 314,000 euros in arrears");
        assert_eq!((m.kind, m.currency), (QuantityKind::Money, Some("eur")));
        let r = q("from five to 12 forms");
        assert_eq!((r.lo, r.hi), (5.0, 12.0));
        let r = q("one or two goals");
        assert_eq!((r.lo, r.hi), (1.0, 2.0));
        assert_eq!(
            q("one way").compare(&q("several ways")),
            QuantityRelation::Agrees
        );
        assert_eq!(
            q("only one way").compare(&q("several ways")),
            QuantityRelation::Conflicts
        );
    }
}
