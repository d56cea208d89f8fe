//! Retrieving candidates: the statements whose postings share the claim's
//! rarest unit keys, best first.

use super::*;

/// Statements worth aligning with the claim, best first: retrieved through
/// the postings of the claim's units and speaker, weighted by rarity.
pub fn candidates(claim: &ClaimReading, index: &Index, limit: usize) -> Vec<usize> {
    let n = index.statements.len().max(1) as f64;
    let mut scores: BTreeMap<usize, f64> = BTreeMap::new();
    let mut add = |key: &str, weight: f64| {
        if let Some(list) = index.postings.get(key) {
            let idf = (1.0 + n / list.len() as f64).ln();
            for &st in list {
                *scores.entry(st).or_default() += weight * idf;
            }
        }
    };
    for (u, relations) in claim.units.iter().zip(&claim.relations) {
        if let Some(k) = posting_key(&u.kind) {
            add(&k, 1.0);
        }
        // Synonyms and antonyms reach statements that use the other word.
        if let UnitKind::Word {
            key, proper: false, ..
        } = &u.kind
        {
            // In key order, so that the scores add up the same way
            // whatever order the tables give.
            for other in relations.keys() {
                if !other.contains(':') && other != key {
                    add(other, 0.8);
                }
            }
        }
    }
    if let Some(sp) = &claim.speaker {
        for name in &sp.profile.names {
            add(&format!("speaker:{name}"), 0.5);
        }
    }
    let mut ranked: Vec<(usize, f64)> = scores.into_iter().collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    ranked.into_iter().take(limit).map(|(s, _)| s).collect()
}
