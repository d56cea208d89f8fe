//! Lexical relations that WordNet (see [`super::wordnet`]) does not hold,
//! by key (see `stem::key`):
//!
//! * synonym groups: any member may stand for any other;
//! * broader terms: a claim may use the broader word for the article's
//!   narrower one (the article's "minister" supports a claim's "official"),
//!   not the reverse;
//! * antonym pairs: aligning one with the other flips polarity
//!   (supported / opposed, continues / stopped);
//! * alternatives: sets of which naming one conflicts with another;
//! * phrases: multi-word expressions read as one concept, so that
//!   "kept the door open" can meet "signalled openness".
//!
//! Every entry is here because WordNet lacks it (a test checks that no
//! synonym, broader or antonym pair is one WordNet already gives) and
//! because it holds for English news copy in general, as its comment says.
//! Words are written as plain English; they are turned into keys when the
//! tables are loaded.

/// Groups of words with the same meaning in news copy.
pub const SYNONYMS: &[&[&str]] = &[
    // Sending troops or officials somewhere.
    &["send", "deploy", "dispatch"],
    // Headline verbs of intent: X aims / seeks / bids to do Y.
    &["aim", "seek", "bid"],
    // The phrasal verb and its one-word equivalents.
    &["retrieve", "collect", "@pick-up"],
    // "back" as the verb of support, which WordNet ranks below the noun.
    &["support", "back"],
    // Bearing a cost or burden.
    &["shoulder", "bear"],
    // A list introduced by "such as" names what something includes.
    &["include", "@such-as"],
    // The press is its reporters.
    &["reporter", "journalist", "press"],
    // A clipped form.
    &["prep", "prepare"],
    // Prepositions of time order.
    &["following", "after"],
    // The phrasal verb of retaliation.
    &["retaliate", "@hit-back"],
    // Phrasal prepositions and their one-word equivalents.
    &["before", "@ahead-of"],
    &["instead", "@in-place-of"],
    // Names of a negotiated agreement (WordNet puts "deal" below
    // "agreement"; in news copy a deal is any agreement between parties).
    &["deal", "agreement", "accord"],
    // Troops are soldiers.
    &["troop", "soldier"],
    // A military attack.
    &["attack", "assault"],
    // The head of an organisation leads it and is its chief (WordNet's
    // sense of "head" for a leader is too rare to pass its sense filter).
    &["leader", "head"],
    &["chief", "head"],
    // What a study or document makes known.
    &["show", "reveal"],
    // Diplomatic meetings are called talks.
    &["meeting", "talks"],
    // Permission.
    &["allow", "let"],
    // Receiving something ("get" itself never links through WordNet).
    &["receive", "get"],
    &["obtain", "get"],
    // Giving a permission, sum or status.
    &["give", "grant"],
    &["provide", "give"],
    // Refusing a request.
    &["deny", "refuse"],
    &["whole", "entire"],
    &["quick", "fast", "swift", "rapid"],
    &["big", "major"],
    // An artillery shell is a round.
    &["shell", "round"],
    // British and American spelling.
    &["judgement", "judgment"],
    &["firm", "company"],
    // "played a part" is "played a role".
    &["role", "part"],
    // Paying for something.
    &["fund", "finance"],
    // Headline word for an investigation.
    &["inquiry", "probe"],
    &["choice", "option"],
    &["guarantee", "assurance"],
    &["move", "relocate"],
    // Starting again.
    &["resume", "restart"],
    // What a symbol does.
    &["represent", "symbolise", "@stand-for"],
    // Receiving or winning a prize is being awarded it.
    &["receive", "@be-awarded"],
    &["win", "@be-awarded"],
    // Headline verbs for ending a plan.
    &["scrap", "abandon", "axe", "cancel"],
    // British and American names of a public plan.
    &["scheme", "programme"],
    // In an election, to win is to be elected.
    &["win", "@be-elected"],
    // Holding a suspect.
    &["arrest", "detain"],
    // Hiring and appointing.
    &["hire", "recruit"],
    &["appoint", "nominate"],
    // Ending someone's employment.
    &["dismiss", "sack", "fire"],
    &["resign", "quit"],
    &["discover", "uncover"],
    &["announce", "unveil"],
    // Passing a law is approving it.
    &["approve", "pass"],
    // Headline verb of condemnation.
    &["condemn", "slam"],
    // Seeing something for the first time.
    &["notice", "spot", "sight"],
    &["improve", "boost"],
    // Sharp rises and falls.
    &["surge", "soar", "jump"],
    &["plunge", "slump", "tumble"],
    // Halting for a time.
    &["suspend", "halt"],
    &["extend", "expand"],
    // A public protest is a demonstration.
    &["protest", "demonstrate"],
    // An unproven assertion.
    &["allege", "claim"],
    &["crucial", "vital", "essential", "key"],
    &["huge", "massive", "enormous"],
    &["tiny", "minuscule"],
    &["difficult", "tough"],
    &["easy", "simple"],
    &["dangerous", "risky", "unsafe"],
    &["wealthy", "rich"],
    // An armed conflict.
    &["conflict", "war"],
    // Money made available.
    &["money", "funding"],
    &["problem", "issue"],
    &["attempt", "bid"],
    &["proposal", "plan"],
    // A court's decision (WordNet puts "ruling" below "judgment").
    &["ruling", "judgment", "verdict"],
    // Of a figure, to rise is to increase and to fall to decrease: WordNet
    // puts "rise", "climb", "fall" and "drop" below "increase" and
    // "decrease", but a number that increased has risen.
    &["rise", "increase", "climb"],
    &["fall", "decrease", "drop", "decline"],
    // Winning against someone (WordNet puts "beat" below "defeat").
    &["beat", "defeat"],
    // "in the form of" and "a form of X" name a way of X.
    &["way", "form"],
    // Ways of voting.
    &["vote", "ballot", "poll"],
    // Phrasal verbs of consequence.
    &["@result-in", "@lead-to"],
];

/// (narrower, broader): the article's narrower word supports a claim's
/// broader one.
pub const BROADER: &[(&str, &str)] = &[
    // Soldiers make up a force.
    ("soldier", "force"),
    // Artillery is a weapon.
    ("artillery", "weapon"),
    // Holders of public office are officials.
    ("minister", "official"),
    ("secretary", "official"),
    ("adviser", "official"),
    ("spokesperson", "official"),
    ("spokesman", "official"),
    ("spokeswoman", "official"),
    // Heads of government and state are leaders.
    ("president", "leader"),
    ("chancellor", "leader"),
    ("premier", "leader"),
    // Killing a person unlawfully is a crime.
    ("manslaughter", "crime"),
    ("murder", "crime"),
    // A mile is a distance.
    ("mile", "distance"),
    // People seeking asylum are people.
    ("@asylum-seeker", "people"),
    // Armed services are the military.
    ("navy", "military"),
    ("army", "military"),
    // A medal is a prize.
    ("medal", "prize"),
    // A website is a site.
    ("website", "site"),
    // Forms and documents.
    ("questionnaire", "form"),
    ("form", "document"),
    ("letter", "document"),
    ("memo", "document"),
];

/// Pairs of words or concepts with opposite meaning.
pub const ANTONYMS: &[(&str, &str)] = &[
    // Taking a thing into account and leaving it out of account.
    ("consider", "ignore"),
    // Stances for and against.
    ("support", "oppose"),
    ("support", "reject"),
    ("support", "criticise"),
    ("back", "oppose"),
    ("endorse", "oppose"),
    ("welcome", "criticise"),
    ("welcome", "condemn"),
    ("welcome", "@concern"),
    ("welcome", "critical"),
    ("praise", "condemn"),
    ("praise", "@concern"),
    ("praise", "critical"),
    ("applaud", "criticise"),
    ("applaud", "critical"),
    ("applaud", "condemn"),
    ("@open-to", "@concern"),
    // Going on against ending.
    ("continue", "end"),
    ("continue", "halt"),
    ("continue", "@over"),
    ("continue", "scrap"),
    ("continue", "abandon"),
    // Directions of change.
    ("increase", "reduce"),
    ("increase", "cut"),
    ("increase", "lower"),
    ("rise", "decline"),
    ("rise", "lower"),
    ("expand", "reduce"),
    ("expand", "shrink"),
    ("gain", "loss"),
    ("improve", "deteriorate"),
    ("improve", "@get-worse"),
    ("@get-worse", "recover"),
    // Permission against prohibition.
    ("allow", "ban"),
    ("allow", "block"),
    ("permit", "ban"),
    ("grant", "refuse"),
    ("approve", "deny"),
    ("voluntary", "mandatory"),
    ("voluntary", "compulsory"),
    // Affirming against denying, obeying against refusing.
    ("confirm", "deny"),
    ("comply", "refuse"),
    ("comply", "defy"),
    // Order in time.
    ("before", "after"),
    ("still", "already"),
    ("yet", "already"),
    // Manner and degree.
    ("easily", "hardly"),
    ("slight", "severe"),
    // Arriving against leaving.
    ("arrive", "depart"),
    ("entry", "exit"),
    ("safe", "unsafe"),
    // Election results.
    ("elect", "defeat"),
    // Feelings about an outcome.
    ("pleased", "disappointed"),
    ("happy", "disappointed"),
    ("satisfied", "disappointed"),
    ("delighted", "disappointed"),
    // Relations between parties.
    ("ally", "enemy"),
    ("friend", "enemy"),
    ("wartime", "peacetime"),
    // Keeping against losing.
    ("retain", "lose"),
    ("keep", "lose"),
    ("maintain", "lose"),
    // Easing against tightening a policy.
    ("relax", "crackdown"),
    ("ease", "crackdown"),
    ("tighten", "relax"),
    ("tighten", "ease"),
    // Negative prefixes WordNet does not list as antonyms.
    ("clear", "unclear"),
    ("sustainable", "unsustainable"),
    // Making known against keeping back.
    ("share", "withhold"),
    ("reveal", "withhold"),
    ("reveal", "conceal"),
    ("disclose", "withhold"),
];

/// Sets of alternatives: naming one member where the article names another
/// conflicts, like an antonym ("a bronze medal" for "a gold medal").
pub const ALTERNATIVES: &[&[&str]] = &[
    // A medal is of one metal.
    &["gold", "silver", "bronze"],
    // A thing described by one colour is not another.
    &[
        "red", "orange", "yellow", "green", "blue", "purple", "black", "white", "pink", "brown",
        "gray",
    ],
    &["upstairs", "downstairs"],
    // Parts of one day, and seasons of one year.
    &["morning", "afternoon", "evening", "night"],
    &["spring", "summer", "autumn", "winter"],
    // Kin terms that differ by sex.
    &["male", "female"],
    &["son", "daughter"],
    &["brother", "sister"],
    &["father", "mother"],
    &["husband", "wife"],
    &["boy", "girl"],
    // Rival parties.
    &["democrat", "republican"],
    &["conservative", "liberal", "labour"],
    // Someone under arms is not a civilian.
    &["civilian", "soldier"],
];

/// Phrases read as one concept (a key starting with `@`) or as the one word
/// they stand for, written as word sequences. Longest match wins. WordNet's
/// multiword lemmas are not read yet; these are the news phrases the
/// matcher needs most.
pub const PHRASES: &[(&[&str], &str)] = &[
    // Openness to an option, said as an idiom.
    (&["leave", "the", "door", "open"], "@open-to"),
    (&["keep", "the", "door", "open"], "@open-to"),
    (&["door", "open"], "@open-to"),
    (&["signal", "openness"], "@open-to"),
    (&["open", "to"], "@open-to"),
    // Expressing concern, said with a support verb or an adjective.
    (&["express", "concern"], "@concern"),
    (&["voice", "concern"], "@concern"),
    (&["raise", "concern"], "@concern"),
    (&["be", "concerned"], "@concern"),
    (&["be", "worried"], "@concern"),
    // Being over is having ended.
    (&["be", "over"], "@over"),
    // Phrasal verbs and idioms that stand for one verb.
    (&["come", "to", "an", "end"], "end"),
    (&["take", "part"], "participate"),
    (&["draw", "up"], "create"),
    // "is yet to" is "still has not".
    (&["yet", "to"], "still"),
    // A list of examples.
    (&["such", "as"], "@such-as"),
    (&["including"], "@such-as"),
    // Phrases of cause.
    (&["due", "to"], "@cause"),
    (&["linked", "to"], "@cause"),
    (&["link", "to"], "@cause"),
    (&["because", "of"], "@cause"),
    (&["caused", "by"], "@cause"),
    (&["owing", "to"], "@cause"),
    (&["attributed", "to"], "@cause"),
    (&["the", "result", "of"], "@cause"),
    // Retaliation (see the synonym group).
    (&["hit", "back"], "@hit-back"),
    // Phrasal prepositions (see the synonym groups).
    (&["prior", "to"], "@ahead-of"),
    (&["ahead", "of"], "@ahead-of"),
    (&["in", "place", "of"], "@in-place-of"),
    (&["instead", "of"], "@in-place-of"),
    // Phrasal verbs and the one verb each stands for.
    (&["lift", "off"], "launch"),
    (&["come", "up", "with"], "devise"),
    (&["take", "place"], "happen"),
    (&["set", "up"], "establish"),
    (&["turn", "down"], "reject"),
    (&["turn", "away"], "reject"),
    (&["look", "into"], "investigate"),
    (&["carry", "out"], "conduct"),
    (&["put", "forward"], "propose"),
    (&["step", "down"], "resign"),
    (&["pull", "out"], "withdraw"),
    (&["shut", "down"], "close"),
    // Raising how much is done ("stepped up patrols").
    (&["step", "up"], "increase"),
    // Halving, said with a phrase.
    (&["cut", "by", "half"], "halve"),
    (&["cut", "in", "half"], "halve"),
    (&["reduce", "by", "half"], "halve"),
    // A negation of continuing, read by the polarity rules.
    (&["no", "longer"], "@no-longer"),
    // What a symbol does (see the synonym group).
    (&["stand", "for"], "@stand-for"),
    // More phrasal verbs and the one word each stands for.
    (&["crack", "down"], "crackdown"),
    (&["leave", "out"], "exclude"),
    (&["pick", "up"], "@pick-up"),
    (&["hold", "on", "to"], "keep"),
    (&["be", "critical", "of"], "criticise"),
    (&["be", "supportive", "of"], "support"),
    (&["return", "fire"], "retaliate"),
    (&["fire", "back"], "retaliate"),
    (&["hang", "on", "to"], "keep"),
    // One who seeks asylum, in the ways English writes it.
    (&["asylum", "seeker"], "@asylum-seeker"),
    (&["people", "seeking", "asylum"], "@asylum-seeker"),
    (&["those", "seeking", "asylum"], "@asylum-seeker"),
    (&["migrants", "seeking", "asylum"], "@asylum-seeker"),
    // Getting worse or better.
    (&["get", "worse"], "@get-worse"),
    (&["get", "better"], "improve"),
    // Everywhere.
    (&["around", "the", "world"], "worldwide"),
    (&["across", "the", "world"], "worldwide"),
    (&["all", "over", "the", "world"], "worldwide"),
    // Passives and phrases of winning and awards (see the synonym groups).
    (&["be", "awarded"], "@be-awarded"),
    (&["be", "elected"], "@be-elected"),
    (&["get", "elected"], "@be-elected"),
    (&["win", "election"], "@be-elected"),
    (&["win", "the", "election"], "@be-elected"),
    (&["be", "re-elected"], "@be-re-elected"),
    (&["get", "re-elected"], "@be-re-elected"),
    (&["win", "re-election"], "@be-re-elected"),
    (&["win", "reelection"], "@be-re-elected"),
    (&["be", "reelected"], "@be-re-elected"),
    // Taking a thing into account is considering it.
    (&["take", "account", "of"], "consider"),
    (&["take", "into", "account"], "consider"),
    // Being a part of a whole: "oxygen *makes up* 0.1% of the air" is
    // "0.1% of the air is oxygen".
    (&["make", "up"], "constitute"),
    // How often, said with a phrase or with one adverb.
    (&["each", "day"], "daily"),
    (&["every", "day"], "daily"),
    (&["per", "day"], "daily"),
    (&["on", "a", "daily", "basis"], "daily"),
    (&["each", "week"], "weekly"),
    (&["every", "week"], "weekly"),
    (&["per", "week"], "weekly"),
    (&["on", "a", "weekly", "basis"], "weekly"),
    (&["each", "month"], "monthly"),
    (&["every", "month"], "monthly"),
    (&["per", "month"], "monthly"),
    (&["on", "a", "monthly", "basis"], "monthly"),
    (&["each", "year"], "annually"),
    (&["every", "year"], "annually"),
    (&["per", "year"], "annually"),
    (&["on", "an", "annual", "basis"], "annually"),
    // Phrasal verbs of consequence (see the synonym group).
    (&["result", "in"], "@result-in"),
    (&["lead", "to"], "@lead-to"),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::wordnet::{self, Link};
    use std::collections::HashSet;

    fn words() -> Vec<&'static str> {
        let mut all: Vec<&str> = SYNONYMS.iter().flat_map(|g| g.iter().copied()).collect();
        for (a, b) in BROADER.iter().chain(ANTONYMS) {
            all.extend([*a, *b]);
        }
        all.extend(ALTERNATIVES.iter().flat_map(|g| g.iter().copied()));
        all
    }

    fn link(claim: &str, article: &str) -> Option<Link> {
        let wn = wordnet::wordnet();
        let (c, a) = (wn.word(claim), wn.word(article));
        (!claim.starts_with('@') && !article.starts_with('@'))
            .then(|| wordnet::link(&c, &a))
            .flatten()
    }

    #[test]
    fn taking_account_of_is_considering_and_not_ignoring() {
        use crate::claims::Verdict;
        use crate::rules::testing::judge;
        let article = "The survey ignores the seasons.";
        let claim = "The survey takes account of the seasons.";
        assert_eq!(judge(article, claim).verdict, Verdict::Contradicted);
        let article = "The survey takes account of the seasons.";
        let claim = "The survey considers the seasons.";
        assert_eq!(judge(article, claim).verdict, Verdict::Supported);
    }

    #[test]
    fn stepping_up_is_increasing_and_cutting_by_half_is_halving() {
        use crate::claims::Verdict;
        use crate::rules::testing::judge;
        let article = "The port has stepped up patrols along the coast.";
        let claim = "The port has increased patrols along the coast.";
        assert_eq!(judge(article, claim).verdict, Verdict::Supported);
        let article = "Ferry traffic was cut by half after the storm.";
        assert_eq!(
            judge(article, "Ferry traffic was halved after the storm.").verdict,
            Verdict::Supported
        );
        assert_ne!(
            judge(article, "Ferry traffic was doubled after the storm.").verdict,
            Verdict::Supported
        );
    }

    #[test]
    fn making_up_a_share_is_being_it() {
        use crate::claims::Verdict;
        use crate::rules::testing::judge;
        let article = "Only 0.145% of the thin air is oxygen.";
        let claim = "Oxygen makes up 0.145% of the thin air.";
        assert_eq!(judge(article, claim).verdict, Verdict::Supported);
        let claim = "Oxygen makes up 1.45% of the thin air.";
        assert_eq!(judge(article, claim).verdict, Verdict::Contradicted);
    }

    #[test]
    fn how_often_is_one_concept_however_written() {
        use crate::claims::Verdict;
        use crate::rules::testing::judge;
        let article = "The ferry crosses the bay twice on a daily basis.";
        for claim in [
            "The ferry crosses the bay twice each day.",
            "The ferry crosses the bay twice every day.",
            "The ferry crosses the bay twice daily.",
        ] {
            assert_eq!(judge(article, claim).verdict, Verdict::Supported, "{claim}");
        }
        let claim = "The ferry crosses the bay twice each week.";
        assert_ne!(judge(article, claim).verdict, Verdict::Supported);
    }

    #[test]
    fn no_entry_is_a_stopword_or_listed_twice() {
        let stop: Vec<&str> = words()
            .into_iter()
            .filter(|w| crate::lexicon::is_stopword(w))
            .collect();
        assert!(stop.is_empty(), "stopwords: {stop:?}");
        for g in SYNONYMS.iter().chain(ALTERNATIVES) {
            let set: HashSet<&str> = g.iter().copied().collect();
            assert_eq!(set.len(), g.len(), "a word twice in {g:?}");
            assert!(g.len() >= 2, "{g:?}");
        }
        let mut seen = HashSet::new();
        for g in SYNONYMS {
            let mut sorted = g.to_vec();
            sorted.sort_unstable();
            assert!(seen.insert(sorted), "group twice: {g:?}");
        }
        for table in [BROADER, ANTONYMS] {
            let mut pairs = HashSet::new();
            for &(a, b) in table {
                assert_ne!(a, b);
                assert!(pairs.insert((a, b)), "({a}, {b}) twice");
            }
            for &(a, b) in table {
                assert!(!pairs.contains(&(b, a)), "({a}, {b}) listed both ways");
            }
        }
    }

    #[test]
    fn no_phrase_is_listed_twice_or_stands_for_itself() {
        let mut seen = HashSet::new();
        for (words, concept) in PHRASES {
            assert!(seen.insert(*words), "{words:?} twice");
            assert!(!words.is_empty());
            assert_ne!(words, &[*concept], "{words:?} stands for itself");
        }
    }

    #[test]
    fn curated_synonyms_are_no_wordnet_synonyms() {
        let mut known = Vec::new();
        for g in SYNONYMS {
            for (i, a) in g.iter().enumerate() {
                for b in &g[i + 1..] {
                    if matches!(link(a, b), Some(Link::Synonym | Link::Derived)) {
                        known.push((*a, *b));
                    }
                }
            }
        }
        assert!(known.is_empty(), "WordNet already has these: {known:?}");
    }

    #[test]
    fn curated_broader_terms_and_antonyms_are_not_in_wordnet() {
        let known: Vec<_> = BROADER
            .iter()
            .filter(|(narrow, broad)| {
                matches!(link(broad, narrow), Some(Link::Broader | Link::Synonym))
            })
            .collect();
        assert!(known.is_empty(), "WordNet already has these: {known:?}");
        let known: Vec<_> = ANTONYMS
            .iter()
            .filter(|(a, b)| link(a, b) == Some(Link::Antonym))
            .collect();
        assert!(known.is_empty(), "WordNet already has these: {known:?}");
    }
}
