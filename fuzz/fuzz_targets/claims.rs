#![no_main]

use claimcheck::claims::{self, Format};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = std::hint::black_box(claims::parse(text, Format::Auto));
    let _ = std::hint::black_box(claims::parse(text, Format::JsonLines));
});
