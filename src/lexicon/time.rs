//! Time words: weekdays, months, parts of the day and relative expressions
//! ("yesterday", "last week", "this weekend").

pub const WEEKDAYS: &[(&str, u8)] = &[
    ("monday", 0),
    ("tuesday", 1),
    ("wednesday", 2),
    ("thursday", 3),
    ("friday", 4),
    ("saturday", 5),
    ("sunday", 6),
    ("mon.", 0),
    ("tue.", 1),
    ("tues.", 1),
    ("wed.", 2),
    ("thu.", 3),
    ("thur.", 3),
    ("thurs.", 3),
    ("fri.", 4),
    ("sat.", 5),
    ("sun.", 6),
];

/// Month names; `may` is read as a month only when capitalised next to a
/// number or after "in"/"of"/"since" (see `time.rs` in the reader).
pub const MONTHS: &[(&str, u8)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan.", 1),
    ("feb.", 2),
    ("mar.", 3),
    ("apr.", 4),
    ("jun.", 6),
    ("jul.", 7),
    ("aug.", 8),
    ("sep.", 9),
    ("sept.", 9),
    ("oct.", 10),
    ("nov.", 11),
    ("dec.", 12),
];

/// Era markers written after a year (or "AD" before it): the first
/// before the common era ("480 BCE", "300 B.C."), the second in it ("250
/// CE", "AD 40").
pub const ERAS_BEFORE_COMMON: &[&str] = &["bc", "b.c.", "bce", "b.c.e."];
pub const ERAS_COMMON: &[&str] = &["ad", "a.d.", "ce", "c.e."];

/// Parts of the day that may follow a weekday ("Thursday afternoon").
pub const DAY_PARTS: &[&str] = &["morning", "afternoon", "evening", "night", "overnight"];

/// Abbreviated time zones written after a time of day ("10:15 a.m. ET",
/// "14:00 GMT"): the common zones of English-language news, read as part
/// of the time (a time is compared by its clock alone).
pub const TIME_ZONES: &[&str] = &[
    "gmt", "utc", "bst", "cet", "cest", "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt",
    "pt", "pst", "pdt", "aest", "ist", "jst",
];

/// Relative day words and their offset in days from the publication date.
pub const RELATIVE_DAYS: &[(&[&str], i32)] = &[
    (&["today"], 0),
    (&["tonight"], 0),
    (&["this", "morning"], 0),
    (&["this", "afternoon"], 0),
    (&["this", "evening"], 0),
    (&["earlier", "today"], 0),
    (&["yesterday"], -1),
    (&["last", "night"], -1),
    (&["tomorrow"], 1),
    (&["the", "day", "before", "yesterday"], -2),
];

/// Relative periods: (words, unit, offset). "last week" is the week before
/// the week of publication.
pub const RELATIVE_PERIODS: &[(&[&str], PeriodUnit, i32)] = &[
    (&["this", "week"], PeriodUnit::Week, 0),
    (&["earlier", "this", "week"], PeriodUnit::Week, 0),
    (&["later", "this", "week"], PeriodUnit::Week, 0),
    (&["last", "week"], PeriodUnit::Week, -1),
    (&["next", "week"], PeriodUnit::Week, 1),
    (&["this", "weekend"], PeriodUnit::Weekend, 0),
    (&["last", "weekend"], PeriodUnit::Weekend, -1),
    (&["next", "weekend"], PeriodUnit::Weekend, 1),
    (&["this", "month"], PeriodUnit::Month, 0),
    (&["earlier", "this", "month"], PeriodUnit::Month, 0),
    (&["last", "month"], PeriodUnit::Month, -1),
    (&["next", "month"], PeriodUnit::Month, 1),
    (&["this", "year"], PeriodUnit::Year, 0),
    (&["earlier", "this", "year"], PeriodUnit::Year, 0),
    (&["last", "year"], PeriodUnit::Year, -1),
    (&["next", "year"], PeriodUnit::Year, 1),
    (&["last", "summer"], PeriodUnit::Season, -1),
    (&["this", "summer"], PeriodUnit::Season, 0),
    (&["next", "summer"], PeriodUnit::Season, 1),
];

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PeriodUnit {
    Week,
    Weekend,
    Month,
    Year,
    Season,
}
