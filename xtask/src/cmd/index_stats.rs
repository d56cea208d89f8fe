//! Prints what the index of an article holds and the size of its parts, for
//! the memory notes in PERFORMANCE.md: `cargo xtask index-stats
//! article.txt` (run it under `/usr/bin/time -f %M` for the peak).

use claimcheck::Article;
use std::mem::size_of;

pub fn main(args: Vec<String>) {
    let Some(path) = args.into_iter().next() else {
        eprintln!("usage: index_stats ARTICLE");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    };
    let article = match Article::parse(&text, None) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    };
    let ix = article.index();
    let units: usize = ix.units().iter().map(Vec::len).sum();
    println!("bytes       {:>10}", text.len());
    println!(
        "tokens      {:>10}  ({} bytes each)",
        ix.doc().tokens.len(),
        size_of::<claimcheck::text::Token>()
    );
    println!("sentences   {:>10}", ix.doc().sentences.len());
    println!("quotations  {:>10}", ix.doc().quotes.len());
    println!(
        "units       {:>10}  ({} bytes each)",
        units,
        size_of::<claimcheck::read::Unit>()
    );
    println!(
        "statements  {:>10}  ({} bytes each)",
        ix.statements().len(),
        size_of::<claimcheck::index::Statement>()
    );
    println!("people      {:>10}", ix.people().persons.len());
    println!("postings    {:>10}", ix.postings().len());
}
