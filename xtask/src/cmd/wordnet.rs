//! Compiles WordNet 3.0 into `data/wordnet.bin`, the table claimcheck reads
//! its English lexical knowledge from (see `src/lexicon/wordnet/`).
//!
//!     apt-get install wordnet-base        # WordNet 3.0 in /usr/share/wordnet
//!     cargo xtask wordnet [WORDNET_DIR [OUT]]
//!
//! The same files give the same bytes. Nothing else reads the Debian
//! package: builds and tests use the committed table.

use std::path::{Path, PathBuf};
use xtask::wordnet::{Sources, compile};

fn read(dir: &Path, name: &str) -> String {
    let path = dir.join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("error: cannot read {}: {e}", path.display());
        std::process::exit(2);
    })
}

pub fn main(args: Vec<String>) {
    let mut args = args.into_iter();
    let dir = PathBuf::from(args.next().unwrap_or("/usr/share/wordnet".into()));
    let out = PathBuf::from(args.next().unwrap_or("data/wordnet.bin".into()));
    let parts = ["noun", "verb", "adj", "adv"];
    let data = parts.map(|p| read(&dir, &format!("data.{p}")));
    let index = parts.map(|p| read(&dir, &format!("index.{p}")));
    let exceptions = parts.map(|p| read(&dir, &format!("{p}.exc")));
    let cntlist = read(&dir, "cntlist.rev");
    let bytes = compile(&Sources {
        data: data.each_ref().map(String::as_str),
        index: index.each_ref().map(String::as_str),
        exceptions: exceptions.each_ref().map(String::as_str),
        cntlist: &cntlist,
    });
    if let Err(e) = std::fs::write(&out, &bytes) {
        eprintln!("error: cannot write {}: {e}", out.display());
        std::process::exit(2);
    }
    println!("wrote {} ({} bytes)", out.display(), bytes.len());
}
