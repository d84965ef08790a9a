//! `dockplay network`: a compose project's networks, who reaches whom by which names, and its
//! published ports. Problems go to standard error in the text format, so standard output stays
//! machine-readable.

use super::{input, json, print, ComposeArgs, Failure, LangArg, Outcome};
use clap::ValueEnum;
use dockplay::analysis::network;
use dockplay::compose::ComposeFile;
use dockplay::i18n::Lang;
use dockplay::report::{self, FileKind, FileReport, Report};
use dockplay::Options;
use std::io::IsTerminal;

/// `--format` of `network`.
#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    Text,
    Json,
    Dot,
    /// The network picture as an SVG document (in `--lang`).
    Svg,
}

/// The arguments of `network`.
#[derive(clap::Args)]
pub struct Args {
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    /// Language of the text format and of the picture.
    #[arg(long, value_enum, default_value = "en")]
    lang: LangArg,
    #[command(flatten)]
    compose: ComposeArgs,
    /// Compose files, merged in order like `docker compose -f a.yml -f b.yml`.
    #[arg(required = true)]
    files: Vec<String>,
}

/// Run `network`: exit 1 when Compose would reject the files.
pub fn run(args: Args) -> Outcome {
    let mut inputs = Vec::new();
    for f in &args.files {
        inputs.push(ComposeFile {
            name: f.clone(),
            text: input::read_text(f)?,
        });
    }
    let lang = Lang::from(args.lang);
    let mut opts = Options {
        lang,
        ..Options::default()
    };
    input::compose_options(&mut opts, &args.compose, &args.files[0])?;
    let mut analysis = dockplay::compose::analyze(&inputs, &opts.compose_options());
    if let Some(exists) = &opts.file_exists {
        analysis.check_files(exists.as_ref());
    }
    let problems = Report {
        version: report::SCHEMA_VERSION,
        lang,
        files: inputs
            .iter()
            .enumerate()
            .map(|(i, f)| FileReport {
                path: f.name.clone(),
                kind: Some(FileKind::Compose),
                diagnostics: report::resolve(&f.text, &analysis.diagnostics_of(i), lang),
                dockerfile: None,
                network: None,
            })
            .collect(),
    };
    eprint!(
        "{}",
        report::to_text(&problems, std::io::stderr().is_terminal())
    );
    let Some(project) = &analysis.project else {
        return Err(Failure::Findings);
    };
    let names: Vec<String> = inputs.iter().map(|f| f.name.clone()).collect();
    let texts: Vec<String> = inputs.iter().map(|f| f.text.clone()).collect();
    let net = network::report(project, &names, &texts);
    print(&match args.format {
        Format::Json => json(&net)?,
        Format::Text => network::to_text(&net, lang == Lang::Zh),
        Format::Dot => network::to_dot(&net),
        Format::Svg => dockplay::analysis::picture::svg(project, &net, lang).ok_or_else(|| {
            Failure::Usage(format!(
                "more than {} services: too many for a picture; use --format text or json",
                dockplay::analysis::picture::MAX_SERVICES
            ))
        })?,
    })?;
    if analysis.rejected() {
        Err(Failure::Findings)
    } else {
        Ok(())
    }
}
