//! Development aid: prints the raw attributions of a text.
fn main() {
    let text = std::env::args().nth(1).unwrap();
    let doc = claimcheck::doc::Doc::parse(&text, None);
    for s in &doc.sentences {
        for r in claimcheck::extract::read_sentence(
            &doc,
            s.tokens.clone(),
            claimcheck::extract::Mode::Article,
        ) {
            println!(
                "speaker={:?} cue={:?} roles={:?} content={:?}",
                r.speaker.clone().map(|x| doc.range_text(x)),
                doc.range_text(r.cue.clone()),
                r.roles
                    .iter()
                    .map(|x| doc.range_text(x.clone()))
                    .collect::<Vec<_>>(),
                r.content
                    .iter()
                    .map(|x| doc.range_text(x.clone()))
                    .collect::<Vec<_>>()
            );
        }
    }
}
