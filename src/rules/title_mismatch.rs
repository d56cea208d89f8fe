use super::{Context, Finding, Rule, RuleMeta, declare_rule};
use crate::read::UnitKind;

declare_rule! {
    /// The claim gives a person a title or role the article does not give them.
    ///
    /// ## What it does
    /// Checks the titles a claim writes before a name ("Finance Minister
    /// Tomas Varga") or sets off after it ("Priya Natarajan, France's trade
    /// minister") against the titles the article gives the same person
    /// (allowing synonyms and broader words: "official" for "adviser"). It
    /// contradicts, when the rest of the claim is in the statement, where
    /// the claim's title is another value of the same one: the same office
    /// with another place or qualifier than the article gives ("France's
    /// trade minister" for "UK Trade Minister"), or a title the article
    /// gives someone else. A description of another kind ("a founding party
    /// member" for a former mayor) is no conflict: it is a further part of
    /// the claim, supported only if the article says it. A relative clause,
    /// a phrase or a list of names after the comma is no title.
    ///
    /// ## Why it matters
    /// Summaries often shuffle the titles in a list of officials: every name
    /// and every title is in the article, just not together.
    ///
    /// ## Example
    /// Article: Varga met UK Trade Minister Priya Natarajan.
    /// Claim: Varga met Priya Natarajan, France's trade minister. →
    /// contradicted.
    pub struct TitleMismatch {
        id: "E002",
        name: "title-mismatch",
        effect: Conflicts,
    }
}

impl Rule for TitleMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context) -> Option<Finding> {
        let rc = cx.claim.role_conflicts.first()?;
        // The statement must mention the person.
        let mentions = cx.alignment.pairs.iter().any(|p| {
            matches!(cx.evidence_unit(p.evidence).kind, UnitKind::Person { id, .. } if id == rc.person)
        });
        if !mentions || !cx.close(&[]) || !cx.speakers_agree() {
            return None;
        }
        let person = &cx.index.people.persons[rc.person];
        Some(
            Finding::new(
                &Self::META,
                format!(
                    "the claim calls {} \u{201c}{}\u{201d}; the article calls them \u{201c}{}\u{201d}",
                    person.name,
                    cx.claim.doc.slice(rc.span),
                    person.titles.join("\u{201d}, \u{201c}")
                ),
            )
            .claim([rc.span]),
        )
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_fires, assert_silent};

    #[test]
    fn a_description_beside_a_title_of_tenure_is_no_conflict() {
        // "Former" and a place say nothing about which office; the
        // claim's words are left to be found.
        let article = "Former US Senator Ana Ruiz died on Monday. Ruiz, the state's first \
            female Democratic senator, was 66.";
        assert_silent(
            "title-mismatch",
            article,
            "Ruiz, the state's first female Democratic senator, was 66.",
        );
        let trade = "Former UK Trade Minister Priya Natarajan met Varga.";
        assert_fires(
            "title-mismatch",
            trade,
            "Former UK Finance Minister Priya Natarajan met Varga.",
        );
    }

    #[test]
    fn a_role_of_a_named_group_is_not_the_groups_title() {
        // "member of Al Vexa" is a role someone holds in Al Vexa, not
        // Al Vexa's own title.
        let article = "Even Varga's lawyer in 1999 said that Ruiz and Varga were likely to use \
            the weapons they held given the pressure senior Al Vexa leaders faced. While it's not \
            easy to separate fact from fiction, Minister Lind and Director Berg have confirmed \
            Mira is still being sought. The reports say she is suspected of having been a member \
            of Al Vexa's \"Finance Wing.\"";
        assert_silent(
            "title-mismatch",
            article,
            "The reports say she is suspected of having been a member of Al Vexa's \"Finance Wing.\"",
        );
    }

    const ARTICLE: &str = "A city official confirmed that Varga met UK Trade Minister Priya Natarajan and two envoys from France.";

    #[test]
    fn flags_a_wrong_title() {
        assert_fires(
            "title-mismatch",
            ARTICLE,
            "A city official confirmed Varga met Priya Natarajan, France's trade minister.",
        );
    }

    const OFFICIALS: &str = "Varga met UK Trade Minister Priya Natarajan on Monday. \
        He also met Finance Minister Tomas Berg. \
        Tomas Berg, a founding party member, grew up in Marlowe.";

    #[test]
    fn flags_a_title_the_article_gives_another_person() {
        assert_fires(
            "title-mismatch",
            OFFICIALS,
            "He also met Tomas Berg, the UK trade minister.",
        );
    }

    #[test]
    fn a_description_of_another_kind_is_no_conflict() {
        // Not an office: a further fact, to be found in the article.
        assert_silent(
            "title-mismatch",
            OFFICIALS,
            "Tomas Berg, a founding party member, grew up in Marlowe.",
        );
        // A relative clause after the name is no title.
        assert_silent(
            "title-mismatch",
            OFFICIALS,
            "Tomas Berg, who grew up in Marlowe, is a founding party member.",
        );
    }

    #[test]
    fn a_clause_after_the_name_is_no_title() {
        let sentence = "Per request of Norway Prime Minister Ana Ruiz, the King suspended \
            parliament for five weeks yesterday.";
        assert_silent("title-mismatch", sentence, sentence);
    }

    #[test]
    fn does_not_flag_the_right_title() {
        assert_silent(
            "title-mismatch",
            ARTICLE,
            "A city official confirmed Varga met Priya Natarajan, the UK's trade minister.",
        );
        assert_silent(
            "title-mismatch",
            ARTICLE,
            "Varga met British Trade Minister Priya Natarajan.",
        );
    }
}
