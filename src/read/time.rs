//! Time expressions: weekdays, dates, years, clock times, relative days and
//! periods, and ranges between them ("from Thursday to Saturday").
//!
//! `parse_at` reads one expression starting at a token; `compare` says
//! whether a claim's time agrees with the article's.

use crate::doc::Doc;
use crate::lexicon::Phrases;
use crate::lexicon::time::{self as words, PeriodUnit};
use std::sync::LazyLock;

static RELATIVE_DAYS: LazyLock<Phrases<(&'static [&'static str], i32)>> =
    LazyLock::new(|| Phrases::new(words::RELATIVE_DAYS, |e| e.0));
static RELATIVE_PERIODS: LazyLock<Phrases<(&'static [&'static str], PeriodUnit, i32)>> =
    LazyLock::new(|| Phrases::new(words::RELATIVE_PERIODS, |e| e.0));
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TimeValue {
    Weekday {
        day: u8,
    },
    Date {
        year: Option<i32>,
        month: u8,
        day: Option<u8>,
    },
    Year {
        year: i32,
    },
    Clock {
        minutes: u16,
    },
    RelativeDay {
        offset: i32,
    },
    RelativePeriod {
        unit: PeriodUnit,
        offset: i32,
    },
    Range {
        from: Box<TimeValue>,
        to: Box<TimeValue>,
    },
}

/// A calendar date (proleptic Gregorian).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Days since 1970-01-01.
    pub fn days(self) -> i64 {
        let (y, m, d) = (self.year as i64, self.month as i64, self.day as i64);
        let y = if m <= 2 { y - 1 } else { y };
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }

    pub fn from_days(z: i64) -> Date {
        let z = z + 719468;
        let era = if z >= 0 { z } else { z - 146096 } / 146097;
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let y = yoe + era * 400;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        Date {
            year: (if m <= 2 { y + 1 } else { y }) as i32,
            month: m,
            day: d,
        }
    }

    /// Monday = 0.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (3).
        ((self.days() + 3).rem_euclid(7)) as u8
    }

    pub fn valid(year: i32, month: u8, day: u8) -> bool {
        if !(1..=12).contains(&month) || day == 0 {
            return false;
        }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let max = match month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        day <= max
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeRelation {
    /// The article's time entails the claim's.
    Agrees,
    /// They name different times of the same kind.
    Conflicts,
    /// Neither: different kinds, or the claim is more specific.
    Unknown,
}

fn weekday(norm: &str) -> Option<u8> {
    words::WEEKDAYS
        .iter()
        .find(|(w, _)| *w == norm)
        .map(|&(_, d)| d)
}

fn month(doc: &Doc, i: usize) -> Option<u8> {
    let t = &doc.tokens[i];
    let m = words::MONTHS
        .iter()
        .find(|(w, _)| *w == t.norm)
        .map(|&(_, m)| m)?;
    if !t.cap {
        return None;
    }
    if m == 5 || m == 3 {
        // "May" and "March" are months only next to a number or after a
        // preposition of time.
        let next_num = doc
            .tokens
            .get(i + 1)
            .is_some_and(|n| n.kind == crate::text::TokenKind::Number);
        let prev_prep = i > 0
            && matches!(
                doc.tokens[i - 1].norm.as_str(),
                "in" | "of" | "since" | "until" | "by" | "early" | "late" | "mid" | "last" | "next"
            );
        if !next_num && !prev_prep {
            return None;
        }
    }
    Some(m)
}

fn small_int(doc: &Doc, i: usize) -> Option<u32> {
    let t = doc.tokens.get(i)?;
    if t.kind != crate::text::TokenKind::Number {
        return None;
    }
    let digits = t
        .norm
        .trim_end_matches("st")
        .trim_end_matches("nd")
        .trim_end_matches("rd")
        .trim_end_matches("th");
    if digits.chars().all(|c| c.is_ascii_digit()) && !digits.is_empty() && digits.len() <= 4 {
        digits.parse().ok()
    } else {
        None
    }
}

fn year_at(doc: &Doc, i: usize) -> Option<i32> {
    let y = small_int(doc, i)?;
    let t = &doc.tokens[i];
    if t.norm.len() == 4 && (1800..=2100).contains(&y) {
        Some(y as i32)
    } else {
        None
    }
}

/// A year written with its era, of any length: "480 BCE", "480 b.c.e.",
/// "300 BC", "250 CE", "AD 40". Years before the common era are negative.
fn era_year(doc: &Doc, i: usize, end: usize) -> Option<(TimeValue, usize)> {
    let norm = |k: usize| if k < end { doc.tokens[k].norm.as_str() } else { "" };
    let before = |w: &str| words::ERAS_BEFORE_COMMON.contains(&w);
    let common = |w: &str| words::ERAS_COMMON.contains(&w);
    let year = |k: usize| small_int(doc, k).filter(|y| (1..=9999).contains(y));
    if common(norm(i)) && doc.tokens[i].cap {
        return Some((TimeValue::Year { year: year(i + 1)? as i32 }, 2));
    }
    let y = year(i)? as i32;
    match norm(i + 1) {
        w if before(w) => Some((TimeValue::Year { year: -y }, 2)),
        w if common(w) => Some((TimeValue::Year { year: y }, 2)),
        _ => None,
    }
}

/// One time expression without ranges: (value, tokens used).
fn atom(doc: &Doc, i: usize, end: usize) -> Option<(TimeValue, usize)> {
    if i >= end {
        return None;
    }
    let t = &doc.tokens[i];
    // Relative days and periods (longest first).
    let word = |k: usize| (i + k < end).then(|| doc.tokens[i + k].norm.as_str());
    let mut best: Option<(TimeValue, usize)> = RELATIVE_DAYS
        .longest(word)
        .map(|((_, offset), n)| (TimeValue::RelativeDay { offset: *offset }, n));
    if let Some(((_, unit, offset), n)) = RELATIVE_PERIODS.longest(word)
        && best.as_ref().is_none_or(|b| n > b.1)
    {
        best = Some((
            TimeValue::RelativePeriod {
                unit: *unit,
                offset: *offset,
            },
            n,
        ));
    }
    if best.is_some() {
        return best;
    }
    // "last Monday", "next Friday", "this Thursday".
    if matches!(t.norm.as_str(), "last" | "next" | "this")
        && i + 1 < end
        && let Some(d) = weekday(&doc.tokens[i + 1].norm)
    {
        return Some((TimeValue::Weekday { day: d }, 2 + day_part(doc, i + 2, end)));
    }
    if let Some(d) = weekday(&t.norm) {
        // "Tuesday, March 10, 2020": the weekday is a fact of its own, read
        // before the date, so that "Wednesday, March 10" is not the same
        // time.
        return Some((TimeValue::Weekday { day: d }, 1 + day_part(doc, i + 1, end)));
    }
    if let Some(r) = date(doc, i, end) {
        return Some(r);
    }
    if let Some(r) = era_year(doc, i, end) {
        return Some(r);
    }
    if let Some(y) = year_at(doc, i) {
        // Not a count: "2000 troops" has a plural noun after it.
        let next_plural = doc.tokens.get(i + 1).is_some_and(|n| {
            n.is_word() && !n.cap && n.norm.ends_with('s') && !n.norm.ends_with("ss")
        });
        let prev_bound = i > 0
            && matches!(
                doc.tokens[i - 1].norm.as_str(),
                "over" | "than" | "about" | "around" | "nearly" | "almost" | "some" | "least"
            );
        if !next_plural && !prev_bound {
            return Some((TimeValue::Year { year: y }, 1));
        }
    }
    if let Some(r) = clock(doc, i, end) {
        return Some(r);
    }
    None
}

/// Hours and minutes from "10:15", "6" or "10.30" (with `pm`, twelve
/// hours on), if they are a time of day.
fn hours_minutes(text: &str, pm: Option<bool>) -> Option<u16> {
    let (h, m) = match text.split_once([':', '.']) {
        Some((h, m)) if m.len() == 2 => (h.parse::<u16>().ok()?, m.parse::<u16>().ok()?),
        Some(_) => return None,
        None => (text.parse::<u16>().ok()?, 0),
    };
    let h = match pm {
        Some(_) if !(1..=12).contains(&h) => return None,
        Some(true) if h < 12 => h + 12,
        Some(false) if h == 12 => 0,
        _ => h,
    };
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// A time of day: "10:15", "10:15 a.m.", "2 p.m.", "6am", "10.30pm", with
/// the zone it is given in ("local time", "ET", "Eastern time", "GMT"),
/// which is read over, not compared.
fn clock(doc: &Doc, i: usize, end: usize) -> Option<(TimeValue, usize)> {
    let norm = |k: usize| if k < end { doc.tokens[k].norm.as_str() } else { "" };
    let meridiem = |w: &str| match w {
        "a.m." | "am" => Some(false),
        "p.m." | "pm" => Some(true),
        _ => None,
    };
    let t = &doc.tokens[i];
    let (minutes, mut used) = if let Some(pm) = meridiem(norm(i + 1)) {
        (hours_minutes(&t.norm, Some(pm))?, 2)
    } else if let Some((num, pm)) = ["am", "pm", "a.m.", "p.m."]
        .iter()
        .find_map(|m| Some((t.norm.strip_suffix(m)?, meridiem(m)?)))
        .filter(|(num, _)| num.starts_with(|c: char| c.is_ascii_digit()))
    {
        (hours_minutes(num, Some(pm))?, 1)
    } else if t.kind == crate::text::TokenKind::Number && t.norm.contains(':') {
        (hours_minutes(&t.norm, None)?, 1)
    } else {
        return None;
    };
    let zone = |k: usize| {
        if words::TIME_ZONES.contains(&norm(k)) {
            1
        } else if matches!(
            norm(k),
            "local" | "eastern" | "pacific" | "central" | "mountain" | "atlantic"
        ) && norm(k + 1) == "time"
        {
            2
        } else {
            0
        }
    };
    used += zone(i + used);
    Some((TimeValue::Clock { minutes }, used))
}

fn day_part(doc: &Doc, i: usize, end: usize) -> usize {
    usize::from(i < end && words::DAY_PARTS.contains(&doc.tokens[i].norm.as_str()))
}

/// Month-day(-year), day-month(-year) and month-year dates.
fn date(doc: &Doc, i: usize, end: usize) -> Option<(TimeValue, usize)> {
    if i >= end {
        return None;
    }
    if let Some(m) = month(doc, i) {
        // "March 10, 2020", "March 10", "March 2020", "March".
        if let Some(d) = small_int(doc, i + 1).filter(|d| (1..=31).contains(d) && i + 1 < end) {
            let mut used = 2;
            let mut year = None;
            let mut j = i + 2;
            if j < end && doc.tokens[j].is_punct(",") {
                j += 1;
            }
            if j < end
                && let Some(y) = year_at(doc, j)
            {
                year = Some(y);
                used = j - i + 1;
            }
            return Some((
                TimeValue::Date {
                    year,
                    month: m,
                    day: Some(d as u8),
                },
                used,
            ));
        }
        if i + 1 < end
            && let Some(y) = year_at(doc, i + 1)
        {
            return Some((
                TimeValue::Date {
                    year: Some(y),
                    month: m,
                    day: None,
                },
                2,
            ));
        }
        return Some((
            TimeValue::Date {
                year: None,
                month: m,
                day: None,
            },
            1,
        ));
    }
    // "10 March 2020", "10 March".
    if let Some(d) = small_int(doc, i).filter(|d| (1..=31).contains(d))
        && i + 1 < end
        && let Some(m) = month(doc, i + 1)
    {
        let mut used = 2;
        let mut year = None;
        if i + 2 < end
            && let Some(y) = year_at(doc, i + 2)
        {
            year = Some(y);
            used = 3;
        }
        return Some((
            TimeValue::Date {
                year,
                month: m,
                day: Some(d as u8),
            },
            used,
        ));
    }
    None
}

/// Reads a time expression at token `i` (before `end`): a range ("from
/// Thursday to Saturday", "between May 2011 and June 2012", "2004 to
/// 2009") or a single time. Returns the value and the number of tokens.
pub fn parse_at(doc: &Doc, i: usize, end: usize) -> Option<(TimeValue, usize)> {
    if i >= end.min(doc.tokens.len()) {
        return None;
    }
    let t = &doc.tokens[i];
    let (lead, joiner) = match t.norm.as_str() {
        "from" => (1, "to"),
        "between" => (1, "and"),
        _ => (0, "to"),
    };
    if let Some((a, used_a)) = atom(doc, i + lead, end) {
        let j = i + lead + used_a;
        let is_join = |k: usize| {
            k < end && {
                let n = &doc.tokens[k].norm;
                n == joiner
                    || n == "--"
                    || (lead == 0 && (n == "to" || n == "through" || n == "until"))
            }
        };
        if is_join(j)
            && let Some((b, used_b)) = atom(doc, j + 1, end)
            && same_kind(&a, &b)
        {
            let (a, b) = complete_range(a, b);
            return Some((
                TimeValue::Range {
                    from: Box::new(a),
                    to: Box::new(b),
                },
                lead + used_a + 1 + used_b,
            ));
        }
        if lead == 0 {
            return Some((a, used_a));
        }
    }
    None
}

fn same_kind(a: &TimeValue, b: &TimeValue) -> bool {
    std::mem::discriminant(a) == std::mem::discriminant(b)
}

/// "July 8 to 10": the second end borrows the first's month and year.
fn complete_range(a: TimeValue, b: TimeValue) -> (TimeValue, TimeValue) {
    match (&a, &b) {
        (
            TimeValue::Date {
                year: ya,
                month: ma,
                ..
            },
            TimeValue::Date {
                year: None,
                month: mb,
                day: db,
            },
        ) => {
            let b = TimeValue::Date {
                year: *ya,
                month: *mb,
                day: *db,
            };
            let _ = ma;
            (a, b)
        }
        _ => (a, b),
    }
}

/// Resolves a time to a span of calendar days, given the publication date.
pub fn resolve(v: &TimeValue, published: Option<Date>) -> Option<(Date, Date)> {
    let p = published;
    match v {
        TimeValue::Weekday { day } => {
            // The most recent such weekday on or before publication.
            let p = p?;
            let back = (p.weekday() as i64 - *day as i64).rem_euclid(7);
            let d = Date::from_days(p.days() - back);
            Some((d, d))
        }
        TimeValue::Date { year, month, day } => {
            let year = match year {
                Some(y) => *y,
                None => {
                    let p = p?;
                    // A month later than publication usually means last year.
                    if *month > p.month + 1 {
                        p.year - 1
                    } else {
                        p.year
                    }
                }
            };
            match day {
                Some(d) if Date::valid(year, *month, *d) => {
                    let d = Date {
                        year,
                        month: *month,
                        day: *d,
                    };
                    Some((d, d))
                }
                Some(_) => None,
                None => {
                    let first = Date {
                        year,
                        month: *month,
                        day: 1,
                    };
                    let last_day = (28..=31).rev().find(|&d| Date::valid(year, *month, d))?;
                    Some((
                        first,
                        Date {
                            year,
                            month: *month,
                            day: last_day,
                        },
                    ))
                }
            }
        }
        TimeValue::Year { year } => Some((
            Date {
                year: *year,
                month: 1,
                day: 1,
            },
            Date {
                year: *year,
                month: 12,
                day: 31,
            },
        )),
        TimeValue::RelativeDay { offset } => {
            let d = Date::from_days(p?.days() + *offset as i64);
            Some((d, d))
        }
        TimeValue::RelativePeriod { unit, offset } => {
            let p = p?;
            match unit {
                PeriodUnit::Week | PeriodUnit::Weekend => {
                    let monday = p.days() - p.weekday() as i64 + 7 * *offset as i64;
                    let (a, b) = if *unit == PeriodUnit::Week {
                        (0, 6)
                    } else {
                        (5, 6)
                    };
                    Some((Date::from_days(monday + a), Date::from_days(monday + b)))
                }
                PeriodUnit::Month => {
                    let total = p.year * 12 + (p.month as i32 - 1) + offset;
                    let (y, m) = (total.div_euclid(12), (total.rem_euclid(12) + 1) as u8);
                    resolve(
                        &TimeValue::Date {
                            year: Some(y),
                            month: m,
                            day: None,
                        },
                        None,
                    )
                }
                PeriodUnit::Year => resolve(
                    &TimeValue::Year {
                        year: p.year + offset,
                    },
                    None,
                ),
                PeriodUnit::Season => None,
            }
        }
        TimeValue::Range { from, to } => {
            let (a, _) = resolve(from, published)?;
            let (_, b) = resolve(to, published)?;
            if a <= b { Some((a, b)) } else { None }
        }
        TimeValue::Clock { .. } => None,
    }
}

/// Whether the article's time `e` supports the claim's time `c`.
pub fn compare(
    c: &TimeValue,
    e: &TimeValue,
    c_pub: Option<Date>,
    e_pub: Option<Date>,
) -> TimeRelation {
    use TimeRelation::*;
    use TimeValue as T;
    let same = |x: bool| if x { Agrees } else { Conflicts };
    match (c, e) {
        (T::Weekday { day: a }, T::Weekday { day: b }) => same(a == b),
        (T::Weekday { day }, T::Range { from, to }) => {
            if let (T::Weekday { day: a }, T::Weekday { day: b }) = (&**from, &**to) {
                same(a <= day && day <= b)
            } else {
                by_dates(c, e, c_pub, e_pub)
            }
        }
        (T::Range { from: ca, to: cb }, T::Range { from: ea, to: eb })
            if same_kind(ca, ea) && same_kind(cb, eb) =>
        {
            match (compare(ca, ea, c_pub, e_pub), compare(cb, eb, c_pub, e_pub)) {
                (Agrees, Agrees) => Agrees,
                (Conflicts, _) | (_, Conflicts) => Conflicts,
                _ => Unknown,
            }
        }
        // A claim's span ("from Monday to Wednesday", "1961 to 1985") is
        // not entailed by one time inside it: that says when something was,
        // not that it lasted the span.
        (T::Range { .. }, e) if !matches!(e, T::Range { .. }) => match by_dates(c, e, c_pub, e_pub) {
            Conflicts => Conflicts,
            _ => Unknown,
        },
        (
            T::Date {
                year: cy,
                month: cm,
                day: cd,
            },
            T::Date {
                year: ey,
                month: em,
                day: ed,
            },
        ) => {
            if cm != em {
                return Conflicts;
            }
            if let (Some(a), Some(b)) = (cy, ey)
                && a != b
            {
                return Conflicts;
            }
            if let (Some(a), Some(b)) = (cd, ed)
                && a != b
            {
                return Conflicts;
            }
            if (cy.is_some() && ey.is_none()) || (cd.is_some() && ed.is_none()) {
                return by_dates(c, e, c_pub, e_pub);
            }
            Agrees
        }
        (T::Year { year: a }, T::Year { year: b }) => same(a == b),
        (T::Year { year: a }, T::Date { year: Some(b), .. }) => same(a == b),
        (T::Date { year: Some(a), .. }, T::Year { year: b }) => {
            if a != b {
                Conflicts
            } else {
                Unknown
            }
        }
        (T::Clock { minutes: a }, T::Clock { minutes: b }) => same(a == b),
        (T::RelativeDay { offset: a }, T::RelativeDay { offset: b }) => same(a == b),
        (
            T::RelativePeriod {
                unit: ua,
                offset: a,
            },
            T::RelativePeriod {
                unit: ub,
                offset: b,
            },
        ) if ua == ub => same(a == b),
        _ => by_dates(c, e, c_pub, e_pub),
    }
}

/// Compares two times by the calendar days they resolve to. Two relative
/// times ("last month", "this week") compare even without a publication
/// date: they are read against the same, typical, day.
fn by_dates(
    c: &TimeValue,
    e: &TimeValue,
    c_pub: Option<Date>,
    e_pub: Option<Date>,
) -> TimeRelation {
    let relative = |v: &TimeValue| {
        matches!(
            v,
            TimeValue::RelativeDay { .. } | TimeValue::RelativePeriod { .. }
        )
    };
    let (c_pub, e_pub) = if c_pub.is_none() && e_pub.is_none() && relative(c) && relative(e) {
        // A Wednesday in the middle of a month.
        let typical = Some(Date {
            year: 2001,
            month: 1,
            day: 17,
        });
        (typical, typical)
    } else {
        (c_pub, e_pub)
    };
    let (Some((ca, cb)), Some((ea, eb))) = (resolve(c, c_pub.or(e_pub)), resolve(e, e_pub)) else {
        return TimeRelation::Unknown;
    };
    if ca <= ea && eb <= cb {
        TimeRelation::Agrees
    } else if cb < ea || eb < ca {
        TimeRelation::Conflicts
    } else {
        TimeRelation::Unknown
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Option<TimeValue> {
        let doc = Doc::parse(text, None);
        let n = doc.tokens.len();
        (0..n).find_map(|i| parse_at(&doc, i, n).map(|(v, _)| v))
    }

    #[test]
    fn reads_times_of_day_in_their_written_forms() {
        let clock = |text: &str| {
            let doc = Doc::parse(text, None);
            let n = doc.tokens.len();
            (0..n).find_map(|i| parse_at(&doc, i, n))
        };
        let at = |minutes: u16| Some(TimeValue::Clock { minutes });
        assert_eq!(parse("at 10:15 a.m. ET"), at(10 * 60 + 15));
        assert_eq!(parse("at 2 p.m. local time"), at(14 * 60));
        assert_eq!(parse("at 6am"), at(6 * 60));
        assert_eq!(parse("at 10.30pm"), at(22 * 60 + 30));
        assert_eq!(parse("at 12 a.m."), at(0));
        assert_eq!(parse("at 14:00"), at(14 * 60));
        // The zone is read with the time: nothing of it is left over.
        assert_eq!(clock("at 10:15 a.m. Eastern time").map(|(_, n)| n), Some(4));
        assert_eq!(parse("13 p.m."), None);
    }

    #[test]
    fn reads_years_with_their_era() {
        let year = |year: i32| Some(TimeValue::Year { year });
        assert_eq!(parse("from about 480 BCE"), year(-480));
        assert_eq!(parse("from about 480 b.c.e."), year(-480));
        assert_eq!(parse("in 300 BC"), year(-300));
        assert_eq!(parse("by 250 c.e."), year(250));
        assert_eq!(parse("in AD 40"), year(40));
        // A count is no year: "40 ads".
        assert_eq!(parse("40 ads ran"), None);
    }

    #[test]
    fn reads_weekdays_dates_and_ranges() {
        assert_eq!(parse("on Thursday"), Some(TimeValue::Weekday { day: 3 }));
        assert_eq!(
            parse("from Thursday to Saturday"),
            Some(TimeValue::Range {
                from: Box::new(TimeValue::Weekday { day: 3 }),
                to: Box::new(TimeValue::Weekday { day: 5 })
            })
        );
        assert_eq!(
            parse("on March 4, 2009 when"),
            Some(TimeValue::Date {
                year: Some(2009),
                month: 3,
                day: Some(4)
            })
        );
        assert_eq!(parse("in 2010 the"), Some(TimeValue::Year { year: 2010 }));
        assert_eq!(parse("5,000 visitors"), None);
        assert_eq!(parse("you may go"), None);
    }

    #[test]
    fn a_weekday_before_a_date_is_read_on_its_own() {
        assert_eq!(
            parse("Tuesday, March 10, 2020"),
            Some(TimeValue::Weekday { day: 1 })
        );
        assert_eq!(
            parse("March 10, 2020"),
            Some(TimeValue::Date {
                year: Some(2020),
                month: 3,
                day: Some(10)
            })
        );
    }

    #[test]
    fn one_year_inside_a_span_does_not_make_the_span() {
        let span = parse("1961 until 1985").unwrap();
        let inside = parse("1972").unwrap();
        let outside = parse("1990").unwrap();
        assert_eq!(compare(&span, &inside, None, None), TimeRelation::Unknown);
        assert_eq!(compare(&span, &outside, None, None), TimeRelation::Conflicts);
        assert_eq!(compare(&span, &span, None, None), TimeRelation::Agrees);
    }

    #[test]
    fn compares_times() {
        let thu = TimeValue::Weekday { day: 3 };
        let fri = TimeValue::Weekday { day: 4 };
        let thu_sat = parse("from Thursday to Saturday").unwrap();
        let fri_sun = parse("from Friday to Sunday").unwrap();
        assert_eq!(compare(&thu, &thu, None, None), TimeRelation::Agrees);
        assert_eq!(compare(&fri, &thu, None, None), TimeRelation::Conflicts);
        assert_eq!(
            compare(&fri_sun, &thu_sat, None, None),
            TimeRelation::Conflicts
        );
        assert_eq!(
            compare(&TimeValue::Weekday { day: 4 }, &thu_sat, None, None),
            TimeRelation::Agrees
        );
    }

    #[test]
    fn resolves_against_publication_date() {
        let published = Date {
            year: 2020,
            month: 3,
            day: 10,
        }; // a Tuesday
        assert_eq!(published.weekday(), 1);
        let mon = resolve(&TimeValue::Weekday { day: 0 }, Some(published)).unwrap();
        assert_eq!(mon.0.to_string(), "2020-03-09");
        let mar9 = TimeValue::Date {
            year: None,
            month: 3,
            day: Some(9),
        };
        assert_eq!(
            compare(
                &mar9,
                &TimeValue::Weekday { day: 0 },
                Some(published),
                Some(published)
            ),
            TimeRelation::Agrees
        );
        assert_eq!(
            compare(
                &TimeValue::RelativeDay { offset: -1 },
                &TimeValue::Weekday { day: 0 },
                Some(published),
                Some(published)
            ),
            TimeRelation::Agrees
        );
    }
}
