//! Figures written another way: "ten storeys high" for "the ten-storey
//! building". The claim writes what its figure counts as a word of its
//! own; the article writes it into the figure's word.

use super::{ClaimReading, Relation};
use crate::doc::Doc;
use crate::lexicon;
use crate::read::{Unit, UnitKind};

/// Nouns that say only that what a figure counts is people: English counts
/// people with a bare numeral ("39 are confirmed dead", "killing 12"),
/// and "39 people" says no more.
const PEOPLE: &[&str] = &["people", "persons", "individuals"];

/// Whether the statement's figure `e` stands as a noun phrase of its own,
/// counting no written noun: "*39* are confirmed dead", "killing *12*".
fn bare_count(doc: &Doc, e: &Unit) -> bool {
    let UnitKind::Quantity(q) = &e.kind else {
        return false;
    };
    let next = doc.upos(e.tokens.end);
    q.unit.is_empty()
        && q.currency.is_none()
        && !matches!(next, Some("NOUN" | "PROPN" | "ADJ" | "NUM"))
}

/// A claim's word for what its figure counts ("ten *storeys*") meets the
/// statement's figure that counts the same thing, written into one word
/// ("the ten-storey building"): the figures are compared, and the word
/// is the unit both count. So does a dimension after the claim's measure
/// ("ten storeys *high*").
pub(super) fn match_counted_words(
    claim: &ClaimReading,
    doc: &Doc,
    units: &[Unit],
    chosen: &mut [Option<(usize, Relation)>],
) {
    let counted = |u: &Unit, key: &str| matches!(&u.kind, UnitKind::Quantity(q) if q.unit.iter().any(|k| k == key));
    if !claim.units.iter().any(|u| matches!(u.kind, UnitKind::Quantity(_))) {
        return;
    }
    for ci in 0..claim.units.len() {
        let UnitKind::Word { key, proper: false, norm } = &claim.units[ci].kind else {
            continue;
        };
        if chosen[ci].is_some() {
            continue;
        }
        // "ten storeys high": the dimension goes with the measure.
        let dimension = lexicon::words::DIMENSIONS.contains(&key.as_str());
        let people = PEOPLE.contains(&norm.as_str());
        let met = claim.units.iter().zip(chosen.iter()).find_map(|(cu, c)| {
            let (ei, rel) = (*c)?;
            let UnitKind::Quantity(q) = &cu.kind else { return None };
            let shared = q.unit.iter().any(|k| counted(&units[ei], k));
            // Met whether the figures agree or not: the word is the unit
            // both count, and a figure that differs is then plain to see.
            let figures = matches!(rel, Relation::Agrees | Relation::Same | Relation::NumberConflict);
            // A word under a negation the figure is not under ("denied
            // three *times*" for "twice denied") stays for the rules.
            let same_polarity = claim.units[ci].negated == units[ei].negated;
            let written = shared && (counted(&units[ei], key) || dimension && counted(cu, key));
            // "39 people" for the bare "39 are confirmed dead".
            let of_people = people && counted(cu, key) && bare_count(doc, &units[ei]);
            (figures && same_polarity && (written || of_people)).then_some(ei)
        });
        if let Some(ei) = met {
            chosen[ci] = Some((ei, Relation::Same));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::claims::Verdict;
    use crate::rules::testing::judge;

    const ARTICLE: &str = "Rescuers searched the ten-storey building on Monday.";

    #[test]
    fn the_counted_word_meets_the_figure_written_as_one_word() {
        for claim in [
            "Rescuers searched the ten storey building on Monday.",
            "Rescuers searched the building of ten storeys on Monday.",
            "Rescuers searched a building ten storeys high on Monday.",
        ] {
            assert_eq!(judge(ARTICLE, claim).verdict, Verdict::Supported, "{claim}");
        }
    }

    #[test]
    fn people_counted_by_a_bare_figure() {
        let article = "A total of 39 are confirmed dead, officials said.";
        let claim = "39 people are confirmed dead, officials said.";
        assert_eq!(judge(article, claim).verdict, Verdict::Supported);
        let claim = "40 people are confirmed dead, officials said.";
        assert_eq!(judge(article, claim).verdict, Verdict::Contradicted);
        // A figure with its own noun counts that, not people.
        let article = "A total of 39 buildings are confirmed destroyed, officials said.";
        let claim = "39 people are confirmed destroyed, officials said.";
        assert_ne!(judge(article, claim).verdict, Verdict::Supported);
    }

    #[test]
    fn another_figure_of_the_same_unit_contradicts() {
        let claim = "Rescuers searched a building twelve storeys high on Monday.";
        assert_eq!(judge(ARTICLE, claim).verdict, Verdict::Contradicted);
        // Another unit is not met.
        let claim = "Rescuers searched a building ten metres high on Monday.";
        assert_ne!(judge(ARTICLE, claim).verdict, Verdict::Supported);
    }
}
