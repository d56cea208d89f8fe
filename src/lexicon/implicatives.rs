//! Which clauses hold when the clause above them holds, as natural logic
//! reads them (MacCartney and Manning 2008; Nairn, Condoravdi and
//! Karttunen 2006). An infinitive holds under an implicative verb
//! ("managed to leave" → left; Karttunen 1971) or a verb of perception
//! ("were found swimming"), and not under a verb of wanting, trying,
//! planning or asking ("wanted to leave", "was asked to leave"). A "that"
//! clause holds under a verb that reports or presupposes it ("said that",
//! "knew that"; Kiparsky and Kiparsky 1970), and not under one of belief,
//! hope, fear, doubt or request ("feared that the dam would collapse").
//!
//! The tables list the verbs that hold a clause back; a verb not listed
//! is taken at its word. That errs towards support for a rare verb, but a
//! word the tagger takes for a verb by mistake ("Results show ...") then
//! holds nothing back. Left out on purpose:
//!
//! - negative implicatives ("failed to", "refused to", "declined to"),
//!   which the reader reads as negations;
//! - "need to", whose clause the parser often misplaces (a gap).
//!
//! Inchoatives ("began to withdraw", "started to") are listed: they say the
//! act started, not that it was done.

/// Verbs whose infinitive nobody asserts by using them: wanting, trying,
/// planning, promising, agreeing, asking, ordering, allowing, seeming.
pub const CONTROL: &[&str] = &[
    "want",
    "wish",
    "hope",
    "try",
    "attempt",
    "seek",
    "plan",
    "intend",
    "aim",
    "mean",
    "expect",
    "agree",
    "decide",
    "promise",
    "threaten",
    "offer",
    "prepare",
    "vow",
    "pledge",
    "propose",
    "ask",
    "tell",
    "order",
    "urge",
    "require",
    "allow",
    "permit",
    "encourage",
    "invite",
    "advise",
    "instruct",
    "seem",
    "appear",
    "set",
    "schedule",
    "begin",
    "start",
];

/// Verbs whose "that" clause nobody asserts by using them: beliefs, hopes,
/// fears, doubts, questions, requests and proposals. A verb not listed is
/// taken at its word: most such verbs report ("said that", "found that") or
/// presuppose ("knew that", "regretted that").
pub const NON_VERIDICAL: &[&str] = &[
    "hope",
    "wish",
    "fear",
    "doubt",
    "wonder",
    "suspect",
    "expect",
    "believe",
    "think",
    "imagine",
    "suppose",
    "assume",
    "guess",
    "predict",
    "worry",
    "ask",
    "demand",
    "request",
    "propose",
    "recommend",
    "suggest",
    "speculate",
    "estimate",
    "pretend",
    "dream",
];

/// Adjectives whose complement nobody asserts ("it is *possible* that",
/// "*unclear* whether", "is *likely* to", "is *due* to").
pub const NON_VERIDICAL_ADJECTIVES: &[&str] = &[
    "due",
    "possible",
    "likely",
    "unlikely",
    "unclear",
    "uncertain",
    "probable",
    "conceivable",
];

/// Words that open a complement nobody asserts: an embedded question ("did
/// not say *whether* they left", "asked *if* they had left").
pub const QUESTION_MARKS: &[&str] = &["whether", "if"];

/// Words that open an adverbial clause nobody asserts: a condition ("*if*
/// they leave", "*unless*"). A purpose ("held a call *to* discuss the
/// options") is left to the reader: news states it as what was done. So is
/// "whether ... or not", which asserts neither side but says the clause
/// it hangs from holds either way, a reach the parser often gets wrong.
pub const OPEN_MARKS: &[&str] = &["if", "unless", "lest"];

/// Words that make what they qualify downward without negating it: "*few*
/// residents supported the plan" does not say residents supported it, nor
/// does "residents *rarely* supported it" (Barwise and Cooper 1981;
/// natural logic's downward-monotone quantifiers). "A few" and "a
/// little" are upward and not meant.
pub const DOWNWARD: &[&str] = &[
    "few", "little", "rarely", "seldom", "hardly", "barely", "scarcely",
];

/// Nouns that stand for the noun after their "of" as the holder of a role:
/// a kind, a part or a count of it ("this *kind* of activity is
/// considered ...", "*some* of the schools pay ...", "a *group* of
/// soldiers attacked ..."). Any other noun is a holder of its own ("the
/// *head* of the ministry was arrested" is not the ministry).
pub const PARTITIVES: &[&str] = &[
    "kind",
    "type",
    "sort",
    "form",
    "number",
    "group",
    "part",
    "majority",
    "minority",
    "most",
    "some",
    "all",
    "many",
    "several",
    "each",
    "one",
    "none",
    "half",
    "rest",
    "percent",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
];

/// Whether noun `lemma` stands for the noun after its "of" (see
/// [`PARTITIVES`]).
pub fn partitive(lemma: &str) -> bool {
    PARTITIVES.contains(&lemma)
}

/// Whether `lemma` makes what it qualifies downward (see [`DOWNWARD`]).
pub fn downward(lemma: &str) -> bool {
    DOWNWARD.contains(&lemma)
}

/// Whether verb `lemma` leaves its infinitive unasserted.
pub fn control(lemma: &str) -> bool {
    CONTROL.contains(&lemma)
}

/// Whether verb or adjective `lemma` leaves its "that" clause unasserted.
pub fn non_veridical(lemma: &str) -> bool {
    NON_VERIDICAL.contains(&lemma) || NON_VERIDICAL_ADJECTIVES.contains(&lemma)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_hold_base_forms_once() {
        for table in [
            CONTROL,
            NON_VERIDICAL,
            NON_VERIDICAL_ADJECTIVES,
            DOWNWARD,
            PARTITIVES,
        ] {
            let mut seen = std::collections::HashSet::new();
            for w in table {
                assert!(w.chars().all(|c| c.is_ascii_lowercase()), "{w}");
                assert!(seen.insert(w), "{w} twice");
            }
        }
        // Implicatives and factives hold their complement: never listed.
        for w in [
            "manage", "succeed", "know", "realize", "regret", "find", "see",
        ] {
            assert!(!control(w) && !non_veridical(w), "{w}");
        }
    }
}
