//! Lemmas from a word's tag: WordNet's morphy rules for the tag's part of
//! speech, and for what those miss (pronouns, contractions, forms WordNet
//! does not hold) the lemma the treebank gives the form with that tag.

use crate::lexicon::wordnet::{self, ADJ, ADV, NOUN, VERB, WordNet};

/// Comparative and superlative endings, which WordNet's morphy reads for
/// adjectives and adverbs and claimcheck's matcher deliberately does not
/// (see [`wordnet::morphy`]); a lemma wants them.
const DEGREE_RULES: &[(u8, &str, &str)] = &[
    (ADJ, "er", ""),
    (ADJ, "est", ""),
    (ADJ, "er", "e"),
    (ADJ, "est", "e"),
    (ADJ, "ier", "y"),
    (ADJ, "iest", "y"),
    (ADV, "er", ""),
    (ADV, "est", ""),
];

/// The WordNet part of speech whose rules an inflected Penn tag needs;
/// `None` for base forms and closed classes.
fn inflected(xpos: &str) -> Option<u8> {
    match xpos {
        "NNS" => Some(NOUN),
        "VBD" | "VBG" | "VBN" | "VBZ" => Some(VERB),
        "JJR" | "JJS" => Some(ADJ),
        "RBR" | "RBS" => Some(ADV),
        _ => None,
    }
}

/// The lemma of a form the treebank table does not list.
pub fn by_rule(form: &str, upos: &str, xpos: &str) -> String {
    if matches!(upos, "PROPN" | "NUM" | "PUNCT" | "SYM" | "X") {
        return form.to_string();
    }
    let lower = super::lex::lower(form);
    let Some(pos) = inflected(xpos) else {
        return lower;
    };
    let wn = wordnet::wordnet();
    morphy(wn, &lower, pos)
        .or_else(|| {
            // "re-elected" → "re-elect": a hyphenated word inflects its
            // last part.
            let (head, last) = lower.rsplit_once('-')?;
            Some(format!("{head}-{}", morphy(wn, last, pos)?))
        })
        .unwrap_or_else(|| fallback(&lower, pos))
}

/// WordNet's base form of `lower` in part of speech `pos`.
fn morphy(wn: &WordNet, lower: &str, pos: u8) -> Option<String> {
    let exception = wn
        .exceptions(lower)
        .into_iter()
        .find(|&id| wn.pos(id) & pos != 0 && wn.lemma(id) != lower);
    if let Some(id) = exception.filter(|_| pos != VERB || wn.is_verb_exception(lower)) {
        return Some(wn.lemma(id).to_string());
    }
    let rules = wordnet::morphy::RULES.iter().chain(DEGREE_RULES);
    for &(p, ending, with) in rules.filter(|r| r.0 == pos) {
        let Some(stem) = lower.strip_suffix(ending).filter(|s| s.len() >= 2) else {
            continue;
        };
        let candidates = [
            Some(format!("{stem}{with}")),
            wordnet::morphy::undouble(stem, with),
        ];
        if let Some(c) = candidates
            .into_iter()
            .flatten()
            .find(|c| wn.lemma_id(c).is_some_and(|id| wn.pos(id) & p != 0))
        {
            return Some(c);
        }
    }
    None
}

/// A plural WordNet does not know loses its "s"; other forms stay.
fn fallback(lower: &str, pos: u8) -> String {
    if pos == NOUN && !lower.ends_with("ss") && !lower.ends_with("us") {
        if let Some(stem) = lower.strip_suffix("ies").filter(|s| s.len() >= 2) {
            return format!("{stem}y");
        }
        if let Some(stem) = lower.strip_suffix('s').filter(|s| s.len() >= 2) {
            return stem.to_string();
        }
    }
    lower.to_string()
}

/// The table's key for a form and tag.
pub fn key(form: &str, xpos: &str) -> String {
    format!("{}\t{xpos}", super::lex::lower(form))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_follow_the_tag() {
        assert_eq!(by_rule("Running", "VERB", "VBG"), "run");
        assert_eq!(by_rule("went", "VERB", "VBD"), "go");
        assert_eq!(by_rule("children", "NOUN", "NNS"), "child");
        assert_eq!(by_rule("larger", "ADJ", "JJR"), "large");
        assert_eq!(by_rule("Paris", "PROPN", "NNP"), "Paris");
        assert_eq!(by_rule("blorfs", "NOUN", "NNS"), "blorf");
        assert_eq!(by_rule("meeting", "NOUN", "NN"), "meeting");
        assert_eq!(by_rule("re-elected", "VERB", "VBN"), "re-elect");
        assert_eq!(by_rule("long-term", "ADJ", "JJ"), "long-term");
    }
}
