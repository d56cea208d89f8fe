//! Number and quantity words: cardinals, scales, fractions, ordinals, vague
//! amounts ("tens of millions", "a few hundred", "the majority") and the
//! words that bound them ("more than", "about", "almost").

/// Cardinal words and their values.
pub const CARDINALS: &[(&str, f64)] = &[
    ("zero", 0.0),
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
    ("a", 1.0),
    ("an", 1.0),
    ("single", 1.0),
    ("couple", 2.0),
    ("pair", 2.0),
    ("dozen", 12.0),
];

/// Multipliers that follow a number: "five hundred", "2 million".
pub const SCALES: &[(&str, f64)] = &[
    ("hundred", 100.0),
    ("thousand", 1_000.0),
    ("million", 1_000_000.0),
    ("billion", 1_000_000_000.0),
    ("trillion", 1_000_000_000_000.0),
    ("dozen", 12.0),
    ("m", 1_000_000.0),
    ("bn", 1_000_000_000.0),
];

/// Fractions, as shares of a whole.
pub const FRACTIONS: &[(&str, f64)] = &[
    ("half", 0.5),
    ("third", 1.0 / 3.0),
    ("thirds", 1.0 / 3.0),
    ("quarter", 0.25),
    ("quarters", 0.25),
    ("fifth", 0.2),
    ("fifths", 0.2),
    ("tenth", 0.1),
];

/// Ordinal words and their rank; `last` and `final` rank last.
pub const ORDINALS: &[(&str, u32)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("twentieth", 20),
    ("thirtieth", 30),
    ("fortieth", 40),
    ("fiftieth", 50),
    ("hundredth", 100),
    ("last", u32::MAX),
    ("final", u32::MAX),
    ("latest", u32::MAX),
];

/// Vague plural amounts of a scale: "thousands" means 1,000 to 9,999;
/// "tens of millions" 10,000,000 to 99,999,999 (see `quantity.rs`).
pub const VAGUE_SCALES: &[(&str, f64)] = &[
    ("tens", 10.0),
    ("dozens", 12.0),
    ("scores", 20.0),
    ("hundreds", 100.0),
    ("thousands", 1_000.0),
    ("millions", 1_000_000.0),
    ("billions", 1_000_000_000.0),
];

/// Words for a vague small or middling count, with a range.
pub const VAGUE_COUNTS: &[(&[&str], f64, f64)] = &[
    (&["a", "few"], 2.0, 5.0),
    (&["a", "handful", "of"], 2.0, 6.0),
    (&["several"], 3.0, 9.0),
    (&["a", "couple", "of"], 2.0, 3.0),
    (&["numerous"], 5.0, f64::INFINITY),
    (&["dozens", "of"], 24.0, 99.0),
];

/// Words that make a length of time the time between an event and
/// another point: before it ("*within* a few years", "*after* two
/// weeks") or right after it ("two years *later*", "three weeks *ago*").
/// ("in advance" after it is read with them.)
pub const ELAPSED_BEFORE: &[&str] = &["within", "after"];
pub const ELAPSED_AFTER: &[&str] = &[
    "later",
    "earlier",
    "ago",
    "thereafter",
    "afterwards",
    "afterward",
    "before",
    "after",
    "prior",
];

/// Shares of a whole, as a range between 0 and 1. Longest match wins.
pub const PROPORTIONS: &[(&[&str], f64, f64)] = &[
    (&["the", "majority", "of"], 0.5, 1.0),
    (&["a", "majority", "of"], 0.5, 1.0),
    (&["the", "majority"], 0.5, 1.0),
    (&["majority", "of"], 0.5, 1.0),
    (&["the", "bulk", "of"], 0.6, 1.0),
    (&["most", "of"], 0.5, 1.0),
    (&["most"], 0.5, 1.0),
    (&["almost", "all"], 0.85, 1.0),
    (&["nearly", "all"], 0.85, 1.0),
    (&["virtually", "all"], 0.9, 1.0),
    (&["all", "of"], 1.0, 1.0),
    (&["all"], 1.0, 1.0),
    (&["every"], 1.0, 1.0),
    // The pronouns of a whole group of people: "everyone in the hall" is
    // "all in the hall".
    (&["everyone"], 1.0, 1.0),
    (&["everybody"], 1.0, 1.0),
    (&["a", "minority", "of"], 0.0, 0.5),
    (&["the", "minority", "of"], 0.0, 0.5),
    // A bare "minority of" names a group more often than a share ("a
    // landless minority of farmers"): only a size makes it a share.
    (&["a", "small", "minority", "of"], 0.0, 0.2),
    (&["a", "tiny", "minority", "of"], 0.0, 0.1),
    (&["a", "large", "minority", "of"], 0.25, 0.5),
    (&["a", "significant", "minority", "of"], 0.1, 0.5),
    (&["a", "sizeable", "minority", "of"], 0.1, 0.5),
    (&["a", "small", "share", "of"], 0.0, 0.3),
    (&["a", "small", "part", "of"], 0.0, 0.3),
    (&["a", "small", "portion", "of"], 0.0, 0.3),
    (&["a", "small", "fraction", "of"], 0.0, 0.3),
    (&["a", "small", "number", "of"], 0.0, 0.3),
    (&["a", "small", "share"], 0.0, 0.3),
    (&["a", "small", "part"], 0.0, 0.3),
    (&["a", "tiny", "share", "of"], 0.0, 0.15),
    (&["a", "fraction", "of"], 0.0, 0.3),
    (&["only", "a", "small", "share", "of"], 0.0, 0.3),
    (&["a", "large", "share", "of"], 0.4, 1.0),
    (&["a", "large", "part", "of"], 0.4, 1.0),
    (&["a", "large", "portion", "of"], 0.4, 1.0),
    (&["the", "largest", "share", "of"], 0.34, 1.0),
    (&["the", "lion", "'s", "share", "of"], 0.5, 1.0),
    (&["the", "lion", "'s", "share"], 0.5, 1.0),
    (&["the", "biggest", "share", "of"], 0.34, 1.0),
    (&["almost", "half", "of"], 0.4, 0.5),
    (&["almost", "half"], 0.4, 0.5),
    (&["nearly", "half", "of"], 0.4, 0.5),
    (&["nearly", "half"], 0.4, 0.5),
    (&["about", "half", "of"], 0.4, 0.6),
    (&["about", "half"], 0.4, 0.6),
    (&["around", "half"], 0.4, 0.6),
    (&["half", "of"], 0.5, 0.5),
    (&["more", "than", "half", "of"], 0.5, 1.0),
    (&["more", "than", "half"], 0.5, 1.0),
    (&["less", "than", "half", "of"], 0.0, 0.5),
    (&["less", "than", "half"], 0.0, 0.5),
    (&["few", "if", "any"], 0.0, 0.1),
];

/// Words before a number that bound it. `Lower` means the number is a
/// lower bound ("more than 700": above 700).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bound {
    Lower,
    Upper,
    About,
    Almost,
}

pub const BOUNDS: &[(&[&str], Bound)] = &[
    (&["more", "than"], Bound::Lower),
    (&["over"], Bound::Lower),
    (&["above"], Bound::Lower),
    (&["at", "least"], Bound::Lower),
    (&["upwards", "of"], Bound::Lower),
    (&["in", "excess", "of"], Bound::Lower),
    (&["just", "over"], Bound::Lower),
    (&["greater", "than"], Bound::Lower),
    (&["higher", "than"], Bound::Lower),
    (&["less", "than"], Bound::Upper),
    (&["as", "many", "as"], Bound::Upper),
    (&["as", "much", "as"], Bound::Upper),
    (&["fewer", "than"], Bound::Upper),
    (&["under"], Bound::Upper),
    (&["below"], Bound::Upper),
    (&["up", "to"], Bound::Upper),
    (&["at", "most"], Bound::Upper),
    (&["no", "more", "than"], Bound::Upper),
    (&["just", "under"], Bound::Upper),
    (&["about"], Bound::About),
    (&["around"], Bound::About),
    (&["roughly"], Bound::About),
    (&["approximately"], Bound::About),
    (&["approx."], Bound::About),
    (&["some"], Bound::About),
    (&["an", "estimated"], Bound::About),
    (&["estimated"], Bound::About),
    (&["close", "to"], Bound::Almost),
    (&["nearly"], Bound::Almost),
    (&["almost"], Bound::Almost),
    (&["just", "short", "of"], Bound::Almost),
];

/// Currency words and symbols.
pub const CURRENCIES: &[(&str, &str)] = &[
    ("$", "usd"),
    ("dollar", "usd"),
    ("dollars", "usd"),
    ("usd", "usd"),
    ("€", "eur"),
    ("euro", "eur"),
    ("euros", "eur"),
    ("eur", "eur"),
    ("£", "gbp"),
    ("pound", "gbp"),
    ("pounds", "gbp"),
    ("gbp", "gbp"),
    ("¥", "jpy"),
    ("yen", "jpy"),
    ("yuan", "cny"),
    ("rupee", "inr"),
    ("rupees", "inr"),
];

/// Units of age and duration, with their length in years for comparison.
pub const DURATION_UNITS: &[(&str, f64)] = &[
    ("year", 1.0),
    ("years", 1.0),
    ("month", 1.0 / 12.0),
    ("months", 1.0 / 12.0),
    ("week", 1.0 / 52.0),
    ("weeks", 1.0 / 52.0),
    ("day", 1.0 / 365.0),
    ("days", 1.0 / 365.0),
    ("decade", 10.0),
    ("decades", 10.0),
    ("century", 100.0),
    ("centuries", 100.0),
    ("hour", 1.0 / 8760.0),
    ("hours", 1.0 / 8760.0),
];
