fn main() {
    let text = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    let a = claimcheck::Article::parse(&text, None).unwrap();
    let ix = a.index();
    let units: usize = ix.units.iter().map(|u| u.len()).sum();
    println!(
        "bytes {} tokens {} sentences {} statements {} units {} quotes {}",
        text.len(),
        ix.doc.tokens.len(),
        ix.doc.sentences.len(),
        ix.statements.len(),
        units,
        ix.doc.quotes.len()
    );
    println!(
        "Token {} Unit {} Statement {} Sentence {}",
        std::mem::size_of::<claimcheck::text::Token>(),
        std::mem::size_of::<claimcheck::read::Unit>(),
        std::mem::size_of::<claimcheck::index::Statement>(),
        std::mem::size_of::<claimcheck::text::Sentence>()
    );
    println!("persons {} mentions {}", ix.people.persons.len(), 0);
}
