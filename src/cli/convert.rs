//! `dockplay convert`: `docker run` lines to a compose file, or a compose file to `docker run`
//! lines; the result on standard output, the notes on standard error.

use super::{input, json, print, ComposeArgs, Failure, LangArg, Outcome};
use clap::ValueEnum;
use dockplay::diagnostic::Severity;
use dockplay::docker_run::convert::{to_compose, to_run, Conversion, Status};
use dockplay::report::FileKind;
use dockplay::Options;

/// `--to`.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum To {
    /// A compose file.
    Compose,
    /// docker run lines.
    Run,
}

/// `--format` of `convert`.
#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

/// The arguments of `convert`.
#[derive(clap::Args)]
pub struct Args {
    /// What to make [default: run lines from a compose file, else a compose file].
    #[arg(long, value_enum)]
    to: Option<To>,
    /// Output format: the result alone (notes on standard error), or both as JSON.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    /// Language of the notes.
    #[arg(long, value_enum, default_value = "en")]
    lang: LangArg,
    #[command(flatten)]
    compose: ComposeArgs,
    /// A shell file of docker run lines or a compose file; `-` reads standard input.
    file: String,
}

/// Run `convert`.
pub fn run(args: Args) -> Outcome {
    let text = input::read_text(&args.file)?;
    let lang = args.lang.into();
    let to = args.to.unwrap_or_else(|| {
        let compose = FileKind::detect(&args.file) == Some(FileKind::Compose)
            || (args.file == "-" && text.lines().any(|l| l.starts_with("services:")));
        if compose {
            To::Run
        } else {
            To::Compose
        }
    });
    let conv: Conversion = match to {
        To::Compose => to_compose(&text, lang),
        To::Run => {
            let mut opts = Options {
                lang,
                kind: Some(FileKind::Compose),
                ..Options::default()
            };
            input::compose_options(&mut opts, &args.compose, &args.file)?;
            let name = if args.file == "-" {
                "compose.yaml"
            } else {
                args.file.as_str()
            };
            to_run(&text, name, &opts)
        }
    };
    match args.format {
        Format::Json => print(&json(&conv)?)?,
        Format::Text => {
            print(&conv.output)?;
            let mut err = String::new();
            for d in &conv.diagnostics {
                err.push_str(&format!(
                    "{}:{}:{}: {}: {} [{}]\n",
                    args.file,
                    d.line,
                    d.column,
                    d.severity.as_str(),
                    d.message,
                    d.rule
                ));
            }
            for n in &conv.notes {
                let status = match n.status {
                    Status::Mapped => "mapped",
                    Status::Differs => "differs",
                    Status::Dropped => "dropped",
                };
                err.push_str(&format!(
                    "{}:{}: {status}: {}: {}\n",
                    args.file, n.line, n.subject, n.message
                ));
            }
            eprint!("{err}");
        }
    }
    if conv
        .diagnostics
        .iter()
        .any(|d| d.severity == Severity::Error)
    {
        Err(Failure::Findings)
    } else {
        Ok(())
    }
}
