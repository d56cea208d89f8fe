//! Word relations: how a claim unit meets an article unit (the same word, a
//! synonym or broader word from WordNet and the tables, agreeing or
//! conflicting numbers, times and ranks, an antonym), and how a pair is
//! explained in a report.

use super::*;

/// How a claim unit met an article unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    Same,
    Synonym,
    /// The claim's word is broader than the article's ("forces" for "troops").
    Broader,
    /// Numbers or times that agree.
    Agrees,
    Antonym,
    NumberConflict,
    TimeConflict,
    OrdinalConflict,
}

impl Relation {
    pub fn is_conflict(self) -> bool {
        matches!(
            self,
            Relation::NumberConflict | Relation::TimeConflict | Relation::OrdinalConflict
        )
    }

    pub(super) fn score(self) -> u32 {
        match self {
            Relation::Same | Relation::Agrees => 4,
            Relation::Synonym | Relation::Broader => 3,
            Relation::Antonym => 2,
            _ => 1,
        }
    }
}

/// A slip of the keyboard between two long words: two neighbouring letters
/// swapped in words of six letters or more ("becuase", "Intenrational Red Cross"),
/// or one letter left out of a word of seven or more ("Univrsity"). The
/// first letter must agree.
pub(super) fn is_typo(a: &str, b: &str) -> bool {
    if a.len().abs_diff(b.len()) > 4 || a.len().min(b.len()) < 6 {
        // More than one character apart, or shorter than six characters
        // (a character is at most four bytes).
        return false;
    }
    if a.is_ascii() && b.is_ascii() {
        one_slip(a.as_bytes(), b.as_bytes())
    } else {
        let (x, y): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        one_slip(&x, &y)
    }
}

/// Whether two words of six letters or more with the same first letter
/// differ by two neighbours swapped or by one letter more.
pub(super) fn one_slip<T: PartialEq>(x: &[T], y: &[T]) -> bool {
    if x.len().min(y.len()) < 6 || x.first() != y.first() {
        return false;
    }
    if x.len() == y.len() {
        let Some(i) = (0..x.len()).find(|&i| x[i] != y[i]) else {
            return false;
        };
        return i + 1 < x.len() && x[i] == y[i + 1] && x[i + 1] == y[i] && x[i + 2..] == y[i + 2..];
    }
    let (short, long) = if x.len() < y.len() { (x, y) } else { (y, x) };
    if long.len() != short.len() + 1 {
        return false;
    }
    let i = (0..short.len())
        .find(|&i| short[i] != long[i])
        .unwrap_or(short.len());
    short[i..] == long[i + 1..]
}

/// How claim unit `c` meets article unit `e`, if at all, given the claim
/// unit's partners in the relation tables (see [`relations_of`]).
pub fn relate(
    c: &Unit,
    relations: &WordRelations,
    e: &Unit,
    index: &Index,
    claim_pub: Option<time::Date>,
) -> Option<Relation> {
    relate_with(c, relations, e, None, index, claim_pub)
}

/// [`relate`], given the article unit's WordNet senses when the caller has
/// looked them up once for many claim units (see [`lexicon::article_word`]).
pub(super) fn relate_with(
    c: &Unit,
    relations: &WordRelations,
    e: &Unit,
    e_word: Option<&lexicon::wordnet::Word>,
    index: &Index,
    claim_pub: Option<time::Date>,
) -> Option<Relation> {
    use UnitKind as K;
    let wordnet = |norm: &Norm| {
        match e_word {
            Some(w) => relations.wordnet_link_to(w),
            None => relations.wordnet_link(norm),
        }
        .and_then(wordnet_relation)
    };
    let person = |id: usize| &index.people.persons[id];
    match (&c.kind, &e.kind) {
        (
            K::Word {
                key: a,
                proper: pa,
                norm: na,
            },
            K::Word {
                key: b,
                proper: pb,
                norm: nb,
            },
        ) => relate_words((a, *pa, na), (b, *pb, nb), relations, || wordnet(nb)),
        (
            K::Word {
                key, proper: true, ..
            },
            K::Person { id, .. },
        ) => person(*id)
            .words
            .iter()
            .any(|w| *w == *key)
            .then_some(Relation::Same),
        (
            K::Word {
                key, proper: false, ..
            },
            K::Person { id, .. },
        ) => person(*id)
            .title_keys
            .iter()
            .any(|w| *w == *key)
            .then_some(Relation::Same),
        (
            K::Person { id, .. },
            K::Word {
                key, proper: true, ..
            },
        ) => person(*id)
            .words
            .iter()
            .any(|w| *w == *key)
            .then_some(Relation::Same),
        (K::Person { id: a, .. }, K::Person { id: b, .. }) => (a == b).then_some(Relation::Same),
        (K::Place { key: a, .. }, K::Place { key: b, .. }) => (a == b).then_some(Relation::Same),
        (K::Place { key, .. }, K::Person { id, .. }) => {
            person(*id).places.contains(key).then_some(Relation::Same)
        }
        (K::Quantity(a), K::Quantity(b)) => relate_quantities(a, b),
        (K::Ordinal { rank: a }, K::Ordinal { rank: b }) => Some(if a == b {
            Relation::Same
        } else {
            Relation::OrdinalConflict
        }),
        // "for three days" against "from Tuesday through Thursday".
        (K::Quantity(q), K::Time(t)) if q.kind == crate::read::quantity::QuantityKind::Duration => {
            duration_fits(q, t, index.published).then_some(Relation::Agrees)
        }
        // "countries" for a country the article names.
        (
            K::Word {
                key, proper: false, ..
            },
            K::Place {
                place: lexicon::places::PlaceKind::Country,
                adjective: false,
                ..
            },
        ) if lexicon::is_country_noun(key) => Some(Relation::Broader),
        // "the city" for "Paris": a place is an instance of its class.
        (K::Word { proper: false, .. }, K::Place { key: place, .. })
            if relations.wordnet_place(place) == Some(lexicon::wordnet::Link::Broader) =>
        {
            Some(Relation::Broader)
        }
        (K::Time(a), K::Time(b)) => match time::compare(a, b, claim_pub, index.published) {
            TimeRelation::Agrees => Some(Relation::Agrees),
            TimeRelation::Conflicts => Some(Relation::TimeConflict),
            TimeRelation::Unknown => None,
        },
        (K::Concept { key: a, .. }, K::Concept { key: b, word: nb })
        | (
            K::Concept { key: a, .. },
            K::Word {
                key: b,
                proper: false,
                norm: nb,
            },
        )
        | (
            K::Word {
                key: a,
                proper: false,
                ..
            },
            K::Concept { key: b, word: nb },
        ) => {
            if a == b {
                Some(Relation::Same)
            } else if relations.synonym(b) {
                Some(Relation::Synonym)
            } else if relations.broader_than(b) {
                Some(Relation::Broader)
            } else if relations.opposite(b) {
                Some(Relation::Antonym)
            } else if nb.is_empty() {
                None
            } else {
                wordnet(nb)
            }
        }
        _ => None,
    }
}

/// Two words: the same key, a typo or derived form, and for common words
/// the tables' synonyms, broader words and opposites, then WordNet. Each
/// side is its key, whether it is a name, and its written form.
fn relate_words(
    (a, pa, na): (&str, bool, &Norm),
    (b, pb, nb): (&str, bool, &Norm),
    relations: &WordRelations,
    wordnet: impl FnOnce() -> Option<Relation>,
) -> Option<Relation> {
    if a == b {
        Some(Relation::Same)
    } else if pa != pb && (lexicon::stem::key_is(a, b) || lexicon::stem::key_is(b, a)) {
        // A common word capitalised on one side ("Experts say Salt
        // intake is ...").
        Some(Relation::Same)
    } else if (pa == pb && (is_typo(a, b) || is_typo(na, nb)))
        || (!pa && !pb && lexicon::derived(a, b))
    {
        Some(Relation::Synonym)
    } else if pa || pb {
        None
    } else if relations.synonym(b) {
        Some(Relation::Synonym)
    } else if relations.broader_than(b) {
        Some(Relation::Broader)
    } else if relations.opposite(b) {
        Some(Relation::Antonym)
    } else {
        wordnet()
    }
}

/// Two quantities that count the same kind of thing, compared.
fn relate_quantities(
    a: &crate::read::quantity::Quantity,
    b: &crate::read::quantity::Quantity,
) -> Option<Relation> {
    // "twice" counts times, not the things "six" counts.
    if a.is_frequency() != b.is_frequency() {
        return None;
    }
    let units_fit = a.unit.is_empty()
        || b.unit.is_empty()
        || a.unit
            .iter()
            .any(|x| b.unit.iter().any(|y| lexicon::stands_for(y, x)));
    if !units_fit {
        return None;
    }
    match a.compare(b) {
        QuantityRelation::Agrees => Some(Relation::Agrees),
        QuantityRelation::Conflicts => Some(Relation::NumberConflict),
        QuantityRelation::Unknown => None,
    }
}

/// Whether a duration ("for three days") fits a span of days ("from
/// Tuesday through Thursday").
fn duration_fits(
    q: &crate::read::quantity::Quantity,
    t: &time::TimeValue,
    published: Option<time::Date>,
) -> bool {
    let days = match (t, time::resolve(t, published)) {
        (_, Some((from, to))) => (to.days() - from.days() + 1) as f64,
        // "from Tuesday to Thursday" without a date: three days.
        (time::TimeValue::Range { from, to }, None) => match (&**from, &**to) {
            (time::TimeValue::Weekday { day: a }, time::TimeValue::Weekday { day: b }) => {
                f64::from((7 + b - a) % 7 + 1)
            }
            _ => return false,
        },
        _ => return false,
    };
    let (lo, hi) = (q.lo * 365.0, q.hi * 365.0);
    days > 1.0 && lo - 0.5 <= days && days <= hi + 0.5
}

/// How a claim unit met an article unit, for the report: the relation's
/// name and the source of the knowledge behind it ("curated" table,
/// "wordnet", a "derived" word form or a "spelling" slip), or `None` for
/// the same word or an agreeing figure, which need no explaining.
pub fn explain_pair(
    c: &Unit,
    relations: &WordRelations,
    e: &Unit,
    relation: Relation,
) -> Option<(&'static str, &'static str)> {
    let mut name = match relation {
        Relation::Same | Relation::Agrees => return None,
        Relation::Synonym => "synonym",
        Relation::Broader => "broader term",
        Relation::Antonym => "antonym",
        Relation::NumberConflict => "different number",
        Relation::TimeConflict => "different time",
        Relation::OrdinalConflict => "different rank",
    };
    let words = |u: &Unit| match &u.kind {
        UnitKind::Word { key, norm, .. } => Some((key.clone(), norm.clone())),
        UnitKind::Concept { key, word } => Some((key.clone(), word.clone())),
        _ => None,
    };
    let source = match (words(c), words(e)) {
        (Some((a, _)), Some((b, nb))) => {
            if relations.synonym(&b) || relations.broader_than(&b) || relations.opposite(&b) {
                "curated"
            } else if let Some(link) = relations.wordnet_link(&nb) {
                if link == lexicon::wordnet::Link::Derived {
                    name = "related form";
                }
                "wordnet"
            } else if lexicon::derived(&a, &b) {
                "derived"
            } else {
                "spelling"
            }
        }
        // "the city" for "Paris" (a country noun is the reader's own).
        (Some((a, _)), None)
            if matches!(e.kind, UnitKind::Place { .. }) && !lexicon::is_country_noun(&a) =>
        {
            "wordnet"
        }
        _ => "reading",
    };
    Some((name, source))
}

/// The matcher's relation for a WordNet link: equivalence and forward
/// entailment support, negation contradicts, and reverse entailment and
/// alternation (sister terms) neither support nor contradict.
pub(super) fn wordnet_relation(link: lexicon::wordnet::Link) -> Option<Relation> {
    use lexicon::wordnet::Link;
    match link {
        Link::Synonym | Link::Derived => Some(Relation::Synonym),
        Link::Broader => Some(Relation::Broader),
        Link::Antonym => Some(Relation::Antonym),
        Link::Narrower | Link::Sister => None,
    }
}

/// Whether two names are the same words but for slips of the keyboard in
/// some of them ("International Red Cross" and
/// "Intenrational Red Cross").
pub(super) fn misspelt(a: &str, b: &str) -> bool {
    let (wa, wb): (Vec<&str>, Vec<&str>) = (
        a.split_whitespace().collect(),
        b.split_whitespace().collect(),
    );
    wa.len() == wb.len() && wa != wb && wa.iter().zip(&wb).all(|(x, y)| x == y || is_typo(x, y))
}

pub(super) fn kinds_fit(c: &Unit, e: &Unit) -> bool {
    use UnitKind as K;
    !matches!(
        (&c.kind, &e.kind),
        (K::Person { .. }, K::Place { .. }) | (K::Place { .. }, K::Person { .. })
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_preposition_takes_wordnet_opposites_but_not_its_adverbs() {
        use crate::claims::Verdict;
        use crate::rules::testing::judge;
        // "after" in WordNet is the adverb "later", which names no second
        // party: the order of the two events is not compared.
        let article = "The first storm preceded another one less than a day later in Dover.";
        let claim = "The first storm came less than a day after another storm in Dover.";
        assert_ne!(judge(article, claim).verdict, Verdict::Supported);
        // Opposite prepositions still contradict.
        let article = "The club held its ceremony outside the hangar.";
        let claim = "The club held its ceremony inside the hangar.";
        assert_eq!(judge(article, claim).verdict, Verdict::Contradicted);
    }

    #[test]
    fn typos_are_swapped_or_dropped_letters_in_long_words() {
        assert!(is_typo("becuase", "because"));
        assert!(misspelt("international red cross", "intenrational red cross"));
        assert!(!misspelt("international red cross", "international red cross"));
        assert!(!misspelt("international red crescent", "intenrational red cross"));
        assert!(is_typo("intenrational", "international"));
        assert!(is_typo("univrsity", "university"));
        assert!(!is_typo("trial", "trail"));
        assert!(!is_typo("million", "billion"));
        assert!(!is_typo("marched", "matched"));
        assert!(!is_typo("affect", "effect"));
        // Letters, not bytes: an accented letter is one letter.
        assert!(is_typo("bécause", "bécuase"));
        assert!(is_typo("généralité", "généraliét"));
        assert!(!is_typo("éeeeee", "eeeeee"));
        assert!(!is_typo("résumé", "résumé"));
    }

    #[test]
    fn acronyms_meet_the_names_they_stand_for() {
        let index = Index::build(
            "Crews at the Lowell Research Center (LRC) in Ohio finished the work. \
             The LRC will receive two new engines.",
            None,
        );
        assert_eq!(
            index.acronyms.get("lrc"),
            Some(&vec![
                "lowell".to_string(),
                "research".into(),
                "center".into()
            ])
        );
        let o = crate::verdict::judge(
            "The Lowell Research Center will receive two new engines.",
            &index,
            &crate::verdict::Options::default(),
        );
        assert_eq!(o.verdict, crate::claims::Verdict::Supported);
    }
}
