//! schema.org ClaimReview as JSON-LD, the form fact-checking publishers and
//! search engines consume: one `ClaimReview` per claim in a `@graph`.
//!
//! The rating scale is documented in each review: `ratingValue` 1 means
//! contradicted, 2 unverified and 3 supported (`worstRating` 1,
//! `bestRating` 3); `alternateName` is the verdict in words. `reviewBody`
//! gives the deciding rule and the evidence, `itemReviewed` the claim and,
//! when the article names one, who made the statement it rests on.

use super::CheckReport;
use crate::claims::Verdict;
use serde_json::{Value, json};

/// The numeric rating of a verdict (see the module documentation).
pub(crate) fn rating(v: Verdict) -> u8 {
    match v {
        Verdict::Contradicted => 1,
        Verdict::Unverified => 2,
        Verdict::Supported => 3,
    }
}

fn alternate_name(v: Verdict) -> &'static str {
    match v {
        Verdict::Supported => "Supported",
        Verdict::Contradicted => "Contradicted",
        Verdict::Unverified => "Unverified",
    }
}

pub fn render(report: &CheckReport) -> String {
    let graph: Vec<Value> = report
        .results
        .iter()
        .map(|r| {
            let mut body = format!("{} {}: {}", r.rule.id, r.rule.name, r.rule.message);
            if let Some(e) = &r.evidence {
                body.push_str(&format!(
                    ". Evidence ({}, line {}, column {}): {}",
                    report.article, e.line, e.column, e.sentence
                ));
            }
            let mut item = json!({
                "@type": "Claim",
                "text": r.text,
                "appearance": {
                    "@type": "CreativeWork",
                    "name": report.claims_file,
                },
            });
            // A named speaker is the claim's author; anonymous sources and
            // groups are not named as one.
            if let Some(sp) = r.evidence.as_ref().and_then(|e| e.speaker.as_ref()) {
                let kind = match sp.kind.as_str() {
                    "person" => Some("Person"),
                    "organisation" | "outlet" => Some("Organization"),
                    _ => None,
                };
                if let Some(kind) = kind {
                    item["author"] = json!({ "@type": kind, "name": sp.resolved });
                }
            }
            let mut review = json!({
                "@type": "ClaimReview",
                "identifier": r.id,
                "claimReviewed": r.text,
                "reviewRating": {
                    "@type": "Rating",
                    "ratingValue": rating(r.verdict),
                    "worstRating": 1,
                    "bestRating": 3,
                    "alternateName": alternate_name(r.verdict),
                    "ratingExplanation": "1 = contradicted, 2 = unverified, 3 = supported by the article",
                },
                "reviewBody": body,
                "itemReviewed": item,
                "author": {
                    "@type": "Organization",
                    "name": "claimcheck",
                },
            });
            if let Some(d) = &report.published {
                review["datePublished"] = json!(d);
            }
            review
        })
        .collect();
    let doc = json!({
        "@context": "https://schema.org",
        "@graph": graph,
    });
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rating_scale_orders_the_verdicts() {
        assert!(rating(Verdict::Contradicted) < rating(Verdict::Unverified));
        assert!(rating(Verdict::Unverified) < rating(Verdict::Supported));
    }
}
