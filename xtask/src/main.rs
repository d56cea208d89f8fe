//! `cargo xtask COMMAND [ARGS]`: claimcheck's developer tools.

mod cmd {
    pub mod accuracy;
    pub mod grammar;
    pub mod index_stats;
    pub mod metamorphic;
    pub mod polnear;
    pub mod verdicts;
    pub mod wordnet;
}

/// A command's entry point: it takes the arguments after its name.
type Run = fn(Vec<String>);

/// Each command: its name, what it does, and its entry point.
const COMMANDS: &[(&str, &str, Run)] = &[
    (
        "accuracy",
        "[FILES] verdicts against `expect` in claims/ and eval/ (or FILES)",
        cmd::accuracy::main,
    ),
    (
        "grammar",
        "train | eval [dev|test] | misses [dev|train]   the tagger and parser on data/en_ewt",
        cmd::grammar::main,
    ),
    (
        "index-stats",
        "ARTICLE   what an article's index holds, and its size",
        cmd::index_stats::main,
    ),
    (
        "metamorphic",
        "[--show KIND] [PATHS]   the metamorphic suite's table",
        cmd::metamorphic::main,
    ),
    (
        "polnear",
        "DIR   attribution scores on PolNeAR (not vendored: give its path)",
        cmd::polnear::main,
    ),
    (
        "verdicts",
        "ARTICLE CLAIMS [ID]   one line per claim with its findings",
        cmd::verdicts::main,
    ),
    (
        "wordnet",
        "[WORDNET_DIR [OUT]]   compile WordNet 3.0 into data/wordnet.bin",
        cmd::wordnet::main,
    ),
];

fn usage() -> String {
    let mut s = String::from("usage: cargo xtask COMMAND [ARGS]\n\ncommands:\n");
    for (name, what, _) in COMMANDS {
        s.push_str(&format!("  {name:<12} {what}\n"));
    }
    s
}

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(name) = args.next() else {
        eprint!("{}", usage());
        std::process::exit(2);
    };
    if matches!(name.as_str(), "help" | "-h" | "--help") {
        print!("{}", usage());
        return;
    }
    match COMMANDS.iter().find(|(n, _, _)| *n == name) {
        Some((_, _, run)) => run(args.collect()),
        None => {
            eprint!("error: no command {name:?}\n\n{}", usage());
            std::process::exit(2);
        }
    }
}
