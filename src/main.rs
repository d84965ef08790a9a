//! The `dockplay` command line: parse the arguments, run the subcommand, exit with its code.

mod cli;

use clap::Parser;
use cli::{Cli, Cmd};

fn main() -> std::process::ExitCode {
    let cli = Cli::try_parse().unwrap_or_else(|e| {
        let args: Vec<String> = std::env::args().collect();
        match cli::usage::chinese(&e).filter(|_| cli::usage::wants_chinese(&args)) {
            Some(text) => {
                eprint!("{text}");
                std::process::exit(e.exit_code());
            }
            None => e.exit(),
        }
    });
    cli::exit(match cli.command {
        Cmd::Check(args) => cli::check::run(args),
        Cmd::Network(args) => cli::network::run(args),
        Cmd::Rules(args) => cli::rules::run(args),
        Cmd::Cache(args) => cli::cache::run(args),
        Cmd::Parse(args) => cli::parse::run(args),
        Cmd::Explain(args) => cli::explain::run(args),
        Cmd::Convert(args) => cli::convert::run(args),
    })
}
