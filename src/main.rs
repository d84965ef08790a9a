//! The `dockplay` command line: parse the arguments, run the subcommand, exit with its code.

mod cli;

use cli::Cmd;

fn main() -> std::process::ExitCode {
    let cli = cli::usage::parse();
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
