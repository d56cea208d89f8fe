#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(article) = claimcheck::Article::parse(text, None) {
        let json = claimcheck::report::index::json(article.index(), "a.txt");
        std::hint::black_box(json);
    }
});
