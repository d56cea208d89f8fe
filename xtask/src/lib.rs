//! claimcheck's developer tools, kept out of the runtime crate: training and
//! scoring the grammar models, compiling WordNet into its table, reading
//! treebanks, and the metamorphic suite's cases. The command-line front is
//! `cargo xtask COMMAND` (see `main.rs`).

pub mod conllu;
pub mod grammar;
pub mod metamorphic;
pub mod wordnet;
