//! Helpers for rule tests: check a claim against a small article and look
//! at what a rule found.

use crate::index::Index;
use crate::verdict::{self, Options, Outcome};

pub fn judge(article: &str, claim: &str) -> Outcome {
    let index = Index::build(article, None);
    verdict::judge(claim, &index, &Options::default())
}

/// Whether the rule named `rule` reported on any candidate statement.
fn fired(rule: &str, article: &str, claim: &str) -> (bool, Outcome) {
    let o = judge(article, claim);
    let hit = o
        .candidates
        .iter()
        .any(|c| c.findings.iter().any(|f| f.rule.name == rule))
        || o.decided_by.name == rule;
    (hit, o)
}

pub fn assert_fires(rule: &str, article: &str, claim: &str) {
    let (hit, o) = fired(rule, article, claim);
    assert!(
        hit,
        "{rule} did not fire for {claim:?}; verdict {} by {}",
        o.verdict, o.decided_by.name
    );
}

pub fn assert_silent(rule: &str, article: &str, claim: &str) {
    let (hit, o) = fired(rule, article, claim);
    assert!(
        !hit,
        "{rule} fired for {claim:?}; verdict {} by {}",
        o.verdict, o.decided_by.name
    );
}
