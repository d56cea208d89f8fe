//! Training and scoring the grammar models that `claimcheck` ships in
//! `data/tagger.bin` and `data/parser.bin`.

pub mod bin;
pub mod eval;
pub mod model;
pub mod parser;
pub mod tagger;
pub mod train;
