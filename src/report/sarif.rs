//! SARIF 2.1.0, the static-analysis interchange format that GitHub code
//! scanning and other tools read: one run whose driver lists every rule of
//! the registry, and one result per claim that fails the run. A result
//! points at the claim's line and column in the claims file and, as a
//! related location, at the evidence sentence in the article.

use super::CheckReport;
use crate::rules::{Effect, RULES};
use serde_json::{Value, json};

fn level(effect: Effect) -> &'static str {
    match effect {
        Effect::Conflicts => "error",
        Effect::Blocks => "warning",
        Effect::Supports | Effect::Notes => "note",
    }
}

pub fn render(report: &CheckReport) -> String {
    let rules: Vec<Value> = RULES
        .iter()
        .map(|r| {
            let m = r.meta();
            json!({
                "id": m.id,
                "name": m.name,
                "shortDescription": { "text": m.summary() },
                "fullDescription": { "text": m.doc.trim() },
                "defaultConfiguration": { "level": level(m.effect) },
            })
        })
        .collect();
    let index_of = |id: &str| RULES.iter().position(|r| r.meta().id == id);
    let results: Vec<Value> = report
        .results
        .iter()
        .filter(|r| r.failed)
        .map(|r| {
            let expected = match r.expect {
                Some(e) if e != r.verdict => format!(" (expected {e})"),
                _ => String::new(),
            };
            let mut result = json!({
                "ruleId": r.rule.id,
                "level": "error",
                "message": {
                    "text": format!("{}: {}{} — {}", r.id, r.verdict, expected, r.rule.message)
                },
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": { "uri": report.claims_file },
                        "region": { "startLine": r.line, "startColumn": r.column }
                    }
                }],
                "properties": {
                    "claimId": r.id,
                    "claim": r.text,
                    "verdict": r.verdict.as_str(),
                },
            });
            if let Some(i) = index_of(r.rule.id) {
                result["ruleIndex"] = json!(i);
            }
            if let Some(e) = &r.evidence {
                result["relatedLocations"] = json!([{
                    "id": 1,
                    "message": { "text": format!("evidence: {}", e.sentence) },
                    "physicalLocation": {
                        "artifactLocation": { "uri": report.article },
                        "region": { "startLine": e.line, "startColumn": e.column }
                    }
                }]);
            }
            result
        })
        .collect();
    let doc = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "claimcheck",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": rules,
                }
            },
            "results": results,
        }]
    });
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}
