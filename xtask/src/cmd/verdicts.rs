//! Development aid: one line per claim (expected and given verdict, the
//! deciding rule) and each finding below it.
//!
//!     cargo xtask verdicts ARTICLE CLAIMS [ID]

use claimcheck::Article;
use claimcheck::claims::{self, Format};
use claimcheck::verdict::Options;

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| {
        eprintln!("error: {path}: {e}");
        std::process::exit(2);
    })
}

pub fn main(args: Vec<String>) {
    let [article, claims, ..] = args.as_slice() else {
        eprintln!("usage: cargo xtask verdicts ARTICLE CLAIMS [ID]");
        std::process::exit(2);
    };
    let text = read(article);
    let claims = claims::parse(&read(claims), Format::Auto).unwrap_or_else(|e| {
        eprintln!("error: {e}");
        std::process::exit(2);
    });
    let only = args.get(2);
    let article = Article::parse(&text, None).unwrap_or_else(|e| {
        eprintln!("error: {e}");
        std::process::exit(2);
    });
    let index = article.index();
    let mut ok = 0;
    for c in &claims {
        if let Some(o) = only
            && &c.id != o
        {
            continue;
        }
        let out = claimcheck::check(index, std::slice::from_ref(c), &Options::default())
            .pop()
            .expect("one outcome a claim");
        let good = c.expect == Some(out.verdict);
        if good {
            ok += 1;
        }
        let mark = if good { "  " } else { "XX" };
        println!(
            "{mark} {} expect={:?} got={} by={}",
            c.id,
            c.expect.map(|v| v.to_string()),
            out.verdict,
            out.decided_by.name
        );
        if !good || only.is_some() {
            println!("     claim: {}", c.text);
            if let Some(sp) = &out.reading().speaker {
                println!(
                    "     claim speaker: {} {:?} {:?}",
                    sp.text,
                    sp.profile().kind,
                    sp.profile().names
                );
            }
            let units: Vec<String> = out
                .reading()
                .units
                .iter()
                .map(|u| {
                    format!(
                        "{}{}{}",
                        u.describe(&out.reading().doc),
                        if u.negated { "[neg]" } else { "" },
                        if u.hedged { "[h]" } else { "" }
                    )
                })
                .collect();
            println!("     units: {:?}", units);
            for (i, cand) in out.candidates().iter().enumerate() {
                if only.is_none() && Some(i) != out.evidence_index() {
                    continue;
                }
                let st = &index.statements()[cand.statement()];
                let s = &index.doc().sentences[st.sentence];
                println!(
                    "     cand #{} score={} sp={:?} unaligned={:?} swaps={} flip={} hedge={}: {}",
                    st.id,
                    cand.alignment.score,
                    cand.alignment.speaker,
                    cand.alignment
                        .unaligned
                        .iter()
                        .map(|&u| out.reading().units[u].describe(&out.reading().doc))
                        .collect::<Vec<_>>(),
                    cand.alignment.swaps.len(),
                    cand.alignment.polarity_conflict,
                    cand.alignment.hedge_conflict,
                    &index.doc().text[s.span.start..s.span.end]
                        .chars()
                        .take(140)
                        .collect::<String>()
                );
                for f in &cand.findings {
                    println!("        - {} {}", f.rule.name, f.message);
                }
            }
        }
    }
    println!("{ok}/{} as expected", claims.len());
}
