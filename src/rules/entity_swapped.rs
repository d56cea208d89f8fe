use super::{Context, Finding, Rule, RuleMeta, declare_rule};
use crate::align::structure::Side;

declare_rule! {
    /// The claim puts another name or place where the article's statement has one.
    ///
    /// ## What it does
    /// Fires when the claim matches a statement except for one name, place
    /// or body that stands where the statement has exactly one other,
    /// unmatched, in the same clause ("under NATO command" for "under UN
    /// command", "Japan would carry" for "Asia would carry"): between the
    /// words the claim's neighbours met, or right beside the word its
    /// neighbour met, on the same side and through the same words ("living
    /// in Devon while out on licence" for "out on licence ... and living in
    /// Kent"; not "living near Devon"). A name found only that way is never
    /// taken for the same name written otherwise, and a name's initials
    /// ("HDF" for "Harbor Defence Force") are that name. A name the
    /// statement has elsewhere counts as unmatched where the word right
    /// beside it in the claim stands beside another name in the statement
    /// ("offered to the god Velos" for "offered to the god Tarun, ..., the
    /// way Velos is shown"). When the
    /// statement lists several unmatched names (a list of countries), the
    /// claim only adds a party and the rule stays silent. A place never
    /// stands for a person, nor for an organisation's name ("the Harbor
    /// Court" for "Norway"); two parts of one name in the article ("Dorn"
    /// for "Pavel", where the article names Pavel Dorn) are one person.
    /// A possessor ("Norway's fleet") is no alternative to a name that owns
    /// nothing in the claim.
    ///
    /// ## Why it matters
    /// Swapping who did what, or where, keeps a sentence plausible while
    /// changing its facts.
    ///
    /// ## Example
    /// Article: One option was to send Canadian monitors to Haiti but keep
    /// them under UN command, officials said.
    /// Claim: One option was to send Canadian monitors to Haiti under NATO
    /// command. → contradicted.
    pub struct EntitySwapped {
        id: "E001",
        name: "entity-swapped",
        effect: Conflicts,
    }
}

impl Rule for EntitySwapped {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context) -> Option<Finding> {
        let a = cx.alignment;
        let swap = a.swaps.first()?;
        let solid = a.pairs.iter().filter(|p| !p.relation.is_conflict()).count();
        if solid < 2
            || !cx.close(&[])
            || !cx.speakers_agree()
            || a.polarity_conflict
            || a.hedge_conflict
            || !same_slot(cx, swap)
        {
            return None;
        }
        let join = |spans: Vec<&str>| spans.join(" ");
        let c: Vec<&str> = swap.claim.iter().map(|&i| cx.claim_text(i)).collect();
        let e: Vec<&str> = swap.evidence.iter().map(|&i| cx.evidence_text(i)).collect();
        Some(
            Finding::new(
                &Self::META,
                format!(
                    "the claim names \u{201c}{}\u{201d} where the article has \u{201c}{}\u{201d}",
                    join(c),
                    join(e)
                ),
            )
            .claim(swap.claim.iter().map(|&i| cx.claim_span(i)))
            .evidence(swap.evidence.iter().map(|&i| cx.evidence_span(i))),
        )
    }
}

/// Whether the two names stand in the same kind of place in their
/// sentences: both own something, or neither does. "Skyways is operating
/// in Europe" does not swap "Skyways" for the "Norway" of "it has Norway's
/// largest fleet, and is operating in Europe": there "Norway" owns the
/// fleet, and the one operating is "it". A group of names owns when each of them does
/// ("the City Museum's Harbor Wing" does not). Only the possessive is compared: the parse is
/// not sure enough of subjects and prepositions in long sentences for
/// their difference to silence a conflict. Where either sentence does not
/// parse, the places are not known to differ.
fn same_slot(cx: &Context, swap: &crate::align::Swap) -> bool {
    let claim = Side::new(&cx.claim.doc);
    let article = Side::new(&cx.index.doc);
    // Whether every name of the group is a possessor; `None` where one
    // does not parse.
    let owns = |side: &Side, units: Vec<&crate::read::Unit>| {
        units.into_iter().try_fold(true, |all, u| {
            Some(all && side.deprel(side.head_word(u)?) == "nmod:poss")
        })
    };
    let c = owns(
        &claim,
        swap.claim.iter().map(|&i| cx.claim_unit(i)).collect(),
    );
    let e = owns(
        &article,
        swap.evidence.iter().map(|&i| cx.evidence_unit(i)).collect(),
    );
    match (c, e) {
        (Some(c), Some(e)) => c == e,
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_fires, assert_silent};

    #[test]
    fn a_place_beside_the_same_word_is_swapped_wherever_the_rest_stands() {
        let article = "Omar Diaz was released in 2018 and has been out on probation, working \
                       nights and living in Kent.";
        assert_fires(
            "entity-swapped",
            article,
            "Omar Diaz had been living in Devon while out on probation.",
        );
        assert_silent(
            "entity-swapped",
            article,
            "Omar Diaz had been living in Kent while out on probation.",
        );
        // A name's initials are that name.
        assert_silent(
            "entity-swapped",
            "Omar Diaz was held by the Harbor Defence Force in Kent.",
            "Omar Diaz was held by the HDF in Kent.",
        );
        // Through other words the name has another part: "living near
        // Devon" is no rival to "living in Kent".
        assert_silent(
            "entity-swapped",
            article,
            "Omar Diaz had been living near Devon while out on probation.",
        );
    }

    #[test]
    fn a_possessor_is_no_alternative_to_the_doer() {
        let article = "Skyways Air was banned on Monday. The ban takes effect at once.\n\n\
            It has Norway's largest fleet, and is still operating in Europe with destinations \
            including Spain, Greece, France, and Italy.";
        assert_silent(
            "entity-swapped",
            article,
            "Skyways is still operating in Europe, with destinations including Spain, Greece, \
             France and Italy.",
        );
        assert_fires(
            "entity-swapped",
            "Skyways has Norway's largest fleet.",
            "Skyways has Sweden's largest fleet.",
        );
    }

    #[test]
    fn an_organisation_is_no_alternative_to_a_place() {
        assert_silent(
            "entity-swapped",
            "Serial thief Tomas Berg pleads guilty to eight thefts\n\nFriday, February 1, 2019\n\
             Tomas Berg, from Lakeside, Norway, on Tuesday admitted his guilt in eight thefts. \
             Berg pleaded guilty to each crime at the Harbor Court.",
            "Tomas Berg of Lakeside pleaded guilty at the Harbor Court on Tuesday to eight thefts.",
        );
    }

    #[test]
    fn two_parts_of_one_name_are_one_person() {
        let article = "An Australian, Pavel Dorn, aged 28, appeared in court on Saturday. \
            According to Prime Minister Ana Ruiz, Pavel had a licence for the five rifles he \
            allegedly used.";
        assert_silent(
            "entity-swapped",
            article,
            "According to Prime Minister Ana Ruiz, Dorn had a licence for the five rifles he allegedly used.",
        );
        assert_fires(
            "entity-swapped",
            article,
            "According to Prime Minister Ana Ruiz, Ruiz had a licence for the five rifles he allegedly used.",
        );
    }

    #[test]
    fn names_joined_by_a_possessive_swap_as_one() {
        assert_fires(
            "entity-swapped",
            "Finally, the Nova engine will go on show at the Lakeside Rail Center following its last run.",
            "The Nova engine will go on show at Marlowe's Harbor Center after its last run.",
        );
    }

    #[test]
    fn a_misspelt_name_is_no_swap() {
        let article = "Chile and Peru have kept a policy of closing ports to cargo ships which, according to \
                       AFP, the United Sattes and the European Union have both criticised.";
        for claim in [
            "AFP reported that the United States and the EU have both criticised Chile and Peru's policy of closing ports to cargo ships.",
            "AFP reported that the US and the EU have both criticised Chile and Peru's policy of closing ports to cargo ships.",
        ] {
            assert_silent("entity-swapped", article, claim);
        }
    }

    #[test]
    fn flags_a_swapped_place() {
        assert_fires(
            "entity-swapped",
            "Okafor said Asia would have to carry most of the repair bill.",
            "Okafor said Japan would carry most of the repair bill.",
        );
    }

    #[test]
    fn does_not_flag_an_added_party_to_a_list() {
        assert_silent(
            "entity-swapped",
            "Health ministers from Norway, Chile, Kenya and Japan met in Rome.",
            "Health ministers from Peru met in Rome.",
        );
    }
}
