//! The `claimcheck` command: parse arguments, run, map the result to an
//! exit code (0 nothing failed, 1 a claim failed, 2 usage or input error).

mod cli;

fn main() {
    std::process::exit(cli::run());
}
