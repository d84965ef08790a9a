//! The `dockplay` command line: its arguments, its error type, and one module per subcommand.

pub mod cache;
pub mod check;
pub mod convert;
pub mod explain;
mod fix;
pub mod help_zh;
mod input;
pub mod network;
pub mod parse;
pub mod rules;
pub mod usage;

use clap::{Parser, Subcommand, ValueEnum};
use dockplay::diagnostic::Severity;
use dockplay::i18n::Lang;
use std::io::Write;
use std::process::ExitCode;

/// Check Dockerfiles and compose files; explain them in English or Chinese.
#[derive(Parser)]
#[command(
    name = "dockplay",
    version,
    about = "Check Dockerfiles and compose files; explain them in English or Chinese"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Cmd,
}

/// The subcommands.
#[derive(Subcommand)]
pub enum Cmd {
    /// Report problems in Dockerfiles and compose files.
    Check(check::Args),
    /// Show a compose project's networks, who can reach whom by which names, and its published ports.
    Network(network::Args),
    /// List every code with its default severity and bilingual documentation.
    Rules(rules::Args),
    /// Simulate BuildKit's layer cache: what runs again after a change.
    Cache(cache::Args),
    /// Parse a Dockerfile and print its syntax tree.
    Parse(parse::Args),
    /// Explain every instruction, compose key and docker run flag, in English or Chinese.
    Explain(explain::Args),
    /// Convert docker run lines to a compose file, or a compose file to docker run lines.
    Convert(convert::Args),
}

/// Why a command stopped, with the exit code it asks for.
#[derive(Debug)]
pub enum Failure {
    /// Findings at or above the fail level (exit 1); the report was printed.
    Findings,
    /// Usage or I/O error (exit 2), with its message.
    Usage(String),
}

/// What a subcommand returns.
pub type Outcome = Result<(), Failure>;

impl From<std::io::Error> for Failure {
    fn from(e: std::io::Error) -> Self {
        Failure::Usage(e.to_string())
    }
}

/// The exit code of an outcome (printing a usage error's message on standard error).
pub fn exit(outcome: Outcome) -> ExitCode {
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Findings) => ExitCode::from(1),
        Err(Failure::Usage(message)) => {
            eprintln!("dockplay: {message}");
            ExitCode::from(2)
        }
    }
}

/// Write `text` to standard output (a closed pipe is not an error worth reporting).
fn print(text: &str) -> Outcome {
    match std::io::stdout().write_all(text.as_bytes()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
}

/// Pretty JSON of `value`, newline-terminated.
fn json<T: serde::Serialize>(value: &T) -> Result<String, Failure> {
    serde_json::to_string_pretty(value)
        .map(|s| s + "\n")
        .map_err(|e| Failure::Usage(format!("cannot serialize the result: {e}")))
}

/// `--lang`.
#[derive(Clone, Copy, ValueEnum)]
pub enum LangArg {
    En,
    Zh,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::En => Lang::En,
            LangArg::Zh => Lang::Zh,
        }
    }
}

/// `--fail-level`.
#[derive(Clone, Copy, ValueEnum)]
pub enum Level {
    Error,
    Warning,
    Info,
    Style,
}

impl From<Level> for Severity {
    fn from(l: Level) -> Severity {
        match l {
            Level::Error => Severity::Error,
            Level::Warning => Severity::Warning,
            Level::Info => Severity::Info,
            Level::Style => Severity::Style,
        }
    }
}

/// A `KEY=VALUE` argument.
fn key_value(s: &str) -> Result<(String, String), String> {
    Ok(dockplay::pairs::parse_pair(s))
}

/// Compose settings shared by `check` and `network`.
#[derive(clap::Args, Clone, Default)]
pub struct ComposeArgs {
    /// Compose project name (default: the `name:` key, else the directory name).
    #[arg(long = "project-name", short = 'p')]
    pub project_name: Option<String>,
    /// Read variables from this file (default: `.env` beside the first compose file).
    #[arg(long = "env-file")]
    pub env_file: Vec<String>,
    /// A variable for interpolation, KEY=VALUE (repeatable; wins over env files).
    #[arg(long = "env", value_name = "KEY=VALUE", value_parser = key_value)]
    pub env: Vec<(String, String)>,
    /// Enable services of this profile (repeatable; `*` enables all).
    #[arg(long = "profile")]
    pub profile: Vec<String>,
}
