//! Development aid: prints the people found in a text.
fn main() {
    let text = std::env::args().nth(1).unwrap();
    let doc = claimcheck::doc::Doc::parse(&text, None);
    println!(
        "proper {:?}",
        doc.tokens
            .iter()
            .zip(&doc.proper)
            .map(|(t, p)| format!("{}:{}", t.norm, p))
            .collect::<Vec<_>>()
    );
    let people = claimcheck::read::people::People::build(&doc);
    for p in &people.persons {
        println!("{} {:?}", p.name, p.titles);
    }
    println!(
        "run at 2: {}",
        claimcheck::read::people::name_run(&doc, 2, doc.tokens.len())
    );
}
