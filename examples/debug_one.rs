//! Development aid: judges one claim against an article given inline.
use claimcheck::index::Index;
use claimcheck::verdict::{self, Options};
fn main() {
    let a: Vec<String> = std::env::args().collect();
    let index = Index::build(&a[1], None);
    for p in &index.people.persons {
        println!("PERSON {} {:?}", p.name, p.titles);
    }
    for st in &index.statements {
        println!(
            "#{} {:?} {:?} region={:?}",
            st.id,
            st.speaker.as_ref().map(|s| (&s.resolved, &s.profile)),
            st.cue.as_ref().map(|c| &c.text),
            st.region
                .iter()
                .map(|r| index.doc.range_text(r.clone()))
                .collect::<Vec<_>>()
        );
    }
    let o = verdict::judge(&a[2], &index, &Options::default());
    println!("verdict {} by {}", o.verdict, o.decided_by.name);
    println!(
        "claim speaker {:?}",
        o.reading.speaker.as_ref().map(|s| (&s.text, &s.profile))
    );
    println!(
        "units {:?}",
        o.reading
            .units
            .iter()
            .map(|u| format!(
                "{}{}{}",
                u.describe(&o.reading.doc),
                if u.negated { "[neg]" } else { "" },
                if u.hedged { "[h]" } else { "" }
            ))
            .collect::<Vec<_>>()
    );
    for c in &o.candidates {
        println!(
            " cand #{} score {} sp {:?} unaligned {:?} pairs {:?}",
            c.statement(),
            c.alignment.score,
            c.alignment.speaker,
            c.alignment.unaligned,
            c.alignment
                .pairs
                .iter()
                .map(|p| (p.claim, p.evidence, p.relation))
                .collect::<Vec<_>>()
        );
        for f in &c.findings {
            println!("   - {} {}", f.rule.name, f.message);
        }
    }
}
