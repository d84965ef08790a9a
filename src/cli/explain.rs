//! `dockplay explain`: what every line of Dockerfiles, compose files and `docker run` lines does.

use super::{check, input, json, print, ComposeArgs, LangArg, Outcome};
use clap::ValueEnum;
use dockplay::explain::Catalogue;
use dockplay::report::explain::to_text;
use dockplay::report::FileKind;
use dockplay::Options;
use std::io::IsTerminal;

/// `--format` of `explain`.
#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

/// The arguments of `explain`.
#[derive(clap::Args)]
pub struct Args {
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    /// Language of the explanations.
    #[arg(long, value_enum, default_value = "en")]
    lang: LangArg,
    /// Treat every file as this kind instead of detecting it from the name.
    #[arg(long, value_enum)]
    kind: Option<check::KindArg>,
    /// A build argument, KEY=VALUE (repeatable).
    #[arg(long = "build-arg", value_name = "KEY=VALUE", value_parser = super::key_value)]
    build_arg: Vec<(String, String)>,
    #[command(flatten)]
    compose: ComposeArgs,
    /// Files to explain: Dockerfiles, compose files, or shell files of docker run lines; `-`
    /// reads standard input (as a Dockerfile unless --kind says otherwise).
    #[arg(required = true)]
    files: Vec<String>,
}

/// Run `explain`.
pub fn run(args: Args) -> Outcome {
    let base = Options {
        lang: args.lang.into(),
        kind: args.kind.map(FileKind::from),
        build_args: args.build_arg.clone(),
        ..Options::default()
    };
    let mut files = Vec::new();
    let mut texts = Vec::new();
    for f in &args.files {
        let bytes = input::read(f)?;
        let config = input::find_config(f)
            .map(|p| input::load_config(&p))
            .transpose()?;
        let opts = check::file_options(&base, f, &bytes, config, &args.compose)?;
        files.push(dockplay::explain::file(
            f,
            &bytes,
            &opts,
            Catalogue::builtin(),
        ));
        texts.push(dockplay::dockerfile::decode(&bytes).text);
    }
    let report = dockplay::report::explain::ExplainReport {
        version: dockplay::report::explain::EXPLAIN_VERSION,
        lang: base.lang,
        files,
    };
    print(&match args.format {
        Format::Text => to_text(&report, &texts, std::io::stdout().is_terminal()),
        Format::Json => json(&report)?,
    })
}
