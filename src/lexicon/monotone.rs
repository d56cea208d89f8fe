//! Which deletions generalise: the words that set the direction of the
//! positions in their scope, as natural logic reads them (Sánchez Valencia
//! 1991; MacCartney and Manning 2008). Leaving out a modifier generalises
//! where the position is upward ("sold tickets *at the gate*" → "sold
//! tickets") and narrows where it is downward ("did not sell tickets *at
//! the gate*" does not give "did not sell tickets"). A negation, "no",
//! "few", the restrictor of "every", the antecedent of "if" and the object
//! of "without" are downward (Ladusaw 1979, Barwise and Cooper 1981).
//! Non-intersective adjectives never generalise when left out (Kamp and
//! Partee 1995): a former minister is not a minister.

/// Adverbs that negate the clause they modify, or make it downward
/// ("*rarely* agreed with").
pub const NEGATORS: &[&str] = &[
    "not", "n't", "never", "rarely", "seldom", "hardly", "barely", "scarcely",
];

/// Determiners whose noun's modifiers are in a downward position: "every
/// player *in the team*" restricts who is counted, so dropping it claims
/// more.
pub const RESTRICTORS: &[&str] = &["every", "each", "all", "no", "neither"];

/// Pronouns that are a negative quantifier by themselves: the clause they
/// are an argument of is downward ("*nobody* was hurt in the crash").
pub const NEGATIVE_PRONOUNS: &[&str] = &["nobody", "nothing", "none", "noone", "nowhere"];

/// Markers and prepositions whose clause or phrase is downward: a
/// condition ("*if* it rains on Monday") and an absence ("*without* a
/// permit from the city").
/// Marks of a concession, which grants what its clause holds anyway: a
/// negation of that clause does not reach into it ("*although* tired, he
/// did not stop").
pub const CONCESSIVE_MARKS: &[&str] = &["although", "though", "despite", "notwithstanding"];

pub const DOWNWARD_MARKS: &[&str] = &["if", "unless", "without"];

/// Words around which a deletion is neither entailed nor excluded: "only"
/// and "exactly" (non-monotone), an open question ("whether"), a bound in
/// time ("before", "until"), a comparison ("than") or an exception
/// ("except", "instead", "rather"), a free-choice "any", and adjectives of
/// unlikelihood.
pub const NON_MONOTONE: &[&str] = &[
    "only",
    "just",
    "exactly",
    "whether",
    "before",
    "until",
    "than",
    "except",
    "instead",
    "rather",
    "any",
    "unlikely",
    "impossible",
];

/// Predicates whose complement is denied or kept from happening ("denied
/// that", "refused to", "failed to"): downward or neither, by the sense of
/// each; a deletion below one is judged neither way.
pub const NEGATIVE_PREDICATES: &[&str] = &[
    "deny", "refuse", "doubt", "fail", "prevent", "forbid", "ban", "stop", "avoid", "reject",
    "lack", "oppose", "decline", "prohibit", "block", "bar", "halt", "cease", "neglect",
    "absence", "dispute", "resist", "forget", "quit", "abandon",
];

/// Adjectives whose noun need not be what the two say together: privative
/// ("former", "fake") and modal ("alleged", "possible", "would-be")
/// adjectives. Leaving one out never generalises: "the former minister
/// said" does not give "the minister said".
pub const NON_INTERSECTIVE: &[&str] = &[
    "former",
    "alleged",
    "would-be",
    "fake",
    "false",
    "so-called",
    "supposed",
    "suspected",
    "possible",
    "potential",
    "probable",
    "presumed",
    "apparent",
    "purported",
    "future",
    "prospective",
    "virtual",
    "mock",
    "counterfeit",
    "fictional",
    "imaginary",
    "fictitious",
    "nominal",
    "acting",
    "putative",
    "self-proclaimed",
    "self-styled",
    "onetime",
    "erstwhile",
    "artificial",
];

/// Adverbs that hedge, approximate or restrict what they modify ("*nearly*
/// won", "*allegedly* stole", "*formerly* ran"): the sentence without them
/// says more, not less, in any context.
pub const RESTRICTING_ADVERBS: &[&str] = &[
    "allegedly",
    "reportedly",
    "supposedly",
    "apparently",
    "probably",
    "possibly",
    "likely",
    "seemingly",
    "nearly",
    "hardly",
    "barely",
    "scarcely",
    "falsely",
    "only",
    "merely",
    "rarely",
    "partly",
    "partially",
    "potentially",
    "virtually",
    "arguably",
    "presumably",
    "theoretically",
    "hopefully",
    "ostensibly",
    "purportedly",
    "mistakenly",
    "wrongly",
    "practically",
    "largely",
    "mostly",
    "roughly",
    "approximately",
    "nominally",
    "technically",
    "conceivably",
    "relatively",
    "fairly",
    "slightly",
    "occasionally",
    "sometimes",
    "formerly",
    "previously",
    "originally",
    "initially",
];

/// Adverbs that a negated clause may drop without saying more: "has not
/// *yet* decided" and "has not decided" say the same of now, as do "still",
/// "ever" and "so far"; additive and focus words ("also", "either", "even",
/// "too") add nothing to what is denied. Not "really" or "clearly", which
/// weaken a negation after it: "not *really* hard" is not "not hard",
/// and "did not *clearly* say" is not "did not say".
pub const NEUTRAL_UNDER_NEGATION: &[&str] = &[
    "yet", "still", "ever", "also", "either", "even", "too", "so", "far", "anymore", "then",
    "now", "currently", "actually", "certainly",
];

/// Whether dropping adjective `lemma` never generalises (see
/// [`NON_INTERSECTIVE`]).
pub fn non_intersective(lemma: &str) -> bool {
    NON_INTERSECTIVE.contains(&lemma)
}
