//! Figures written another way: "ten storeys high" for "the ten-storey
//! building". The claim writes what its figure counts as a word of its
//! own; the article writes it into the figure's word.

use super::{ClaimReading, Relation};
use crate::lexicon;
use crate::read::{Unit, UnitKind};

/// A claim's word for what its figure counts ("ten *storeys*") meets the
/// statement's figure that counts the same thing, written into one word
/// ("the ten-storey building"): the figures are compared, and the word
/// is the unit both count. So does a dimension after the claim's measure
/// ("ten storeys *high*").
pub(super) fn match_counted_words(
    claim: &ClaimReading,
    units: &[Unit],
    chosen: &mut [Option<(usize, Relation)>],
) {
    let counted = |u: &Unit, key: &str| matches!(&u.kind, UnitKind::Quantity(q) if q.unit.iter().any(|k| k == key));
    if !claim.units.iter().any(|u| matches!(u.kind, UnitKind::Quantity(_))) {
        return;
    }
    for ci in 0..claim.units.len() {
        let UnitKind::Word { key, proper: false, .. } = &claim.units[ci].kind else {
            continue;
        };
        if chosen[ci].is_some() {
            continue;
        }
        // "ten storeys high": the dimension goes with the measure.
        let dimension = lexicon::words::DIMENSIONS.contains(&key.as_str());
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
            (figures && shared && same_polarity && (counted(&units[ei], key) || dimension && counted(cu, key)))
                .then_some(ei)
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
    fn another_figure_of_the_same_unit_contradicts() {
        let claim = "Rescuers searched a building twelve storeys high on Monday.";
        assert_eq!(judge(ARTICLE, claim).verdict, Verdict::Contradicted);
        // Another unit is not met.
        let claim = "Rescuers searched a building ten metres high on Monday.";
        assert_ne!(judge(ARTICLE, claim).verdict, Verdict::Supported);
    }
}
