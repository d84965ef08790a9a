//! The `dockplay` command line: parse the arguments, run the subcommand, exit with its code.

mod cli;

use clap::{CommandFactory, FromArgMatches, Parser};
use cli::{Cli, Cmd};

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let chinese = cli::usage::wants_chinese(&args);
    // With `--lang zh` the help pages are in Chinese too.
    let parsed = if chinese {
        cli::help_zh::localize(Cli::command())
            .try_get_matches_from(cli::help_zh::help_request(&args))
            .and_then(|m| Cli::from_arg_matches(&m))
    } else {
        Cli::try_parse()
    };
    let cli = parsed.unwrap_or_else(|e| match cli::usage::chinese(&e).filter(|_| chinese) {
        Some(text) => {
            eprint!("{text}");
            std::process::exit(e.exit_code());
        }
        None => e.exit(),
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
