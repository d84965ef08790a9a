//! `dockplay check`: report problems in Dockerfiles and compose files.

use super::{input, json, print, ComposeArgs, Failure, LangArg, Level, Outcome};
use clap::ValueEnum;
use dockplay::diagnostic::Severity;
use dockplay::report::{self, FileKind, Report};
use dockplay::rules::Config;
use dockplay::{analyze_file, Options};
use std::io::IsTerminal;

/// `--format` of `check`.
#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    Text,
    Json,
    Sarif,
}

/// `--kind`.
#[derive(Clone, Copy, ValueEnum)]
pub enum KindArg {
    Dockerfile,
    Compose,
    DockerRun,
}

impl From<KindArg> for FileKind {
    fn from(k: KindArg) -> FileKind {
        match k {
            KindArg::Dockerfile => FileKind::Dockerfile,
            KindArg::Compose => FileKind::Compose,
            KindArg::DockerRun => FileKind::DockerRun,
        }
    }
}

/// The arguments of `check`.
#[derive(clap::Args)]
pub struct Args {
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    /// Message language.
    #[arg(long, value_enum, default_value = "en")]
    lang: LangArg,
    /// Treat every file as this kind instead of detecting it from the name.
    #[arg(long, value_enum)]
    kind: Option<KindArg>,
    /// A build argument, KEY=VALUE (repeatable).
    #[arg(long = "build-arg", value_name = "KEY=VALUE", value_parser = super::key_value)]
    build_arg: Vec<(String, String)>,
    /// Exit with 1 when a finding is at or above this level [default: the config's
    /// failure-threshold, else warning].
    #[arg(long = "fail-level", value_enum)]
    fail_level: Option<Level>,
    /// Rule configuration (.hadolint.yaml, or dclint's .dclintrc); default: beside each file,
    /// else in the current directory, .dclintrc[.json|.yaml|.yml] (compose files) then
    /// .hadolint.yaml or .hadolint.yml.
    #[arg(long = "config", short = 'c', value_name = "FILE")]
    config: Option<String>,
    /// Apply every safe fix to the files in place (written atomically), then report what is left.
    #[arg(long)]
    fix: bool,
    /// With --fix: print the changes as a unified diff instead of writing them (exit 1 when a
    /// file would change).
    #[arg(long = "dry-run", requires = "fix")]
    dry_run: bool,
    /// With --fix: also apply fixes that can change what the file does.
    #[arg(long = "unsafe-fixes", requires = "fix")]
    unsafe_fixes: bool,
    #[command(flatten)]
    compose: ComposeArgs,
    /// Files to check; `-` reads standard input (as a Dockerfile unless --kind says otherwise).
    #[arg(required = true)]
    files: Vec<String>,
}

/// Run `check`.
pub fn run(args: Args) -> Outcome {
    let explicit = args.config.as_deref().map(input::load_config).transpose()?;
    let base = Options {
        lang: args.lang.into(),
        kind: args.kind.map(FileKind::from),
        build_args: args.build_arg.clone(),
        ..Options::default()
    };
    let mut threshold: Option<Severity> = None;
    let mut files = Vec::new();
    let mut would_change = false;
    for f in &args.files {
        let bytes = input::read(f)?;
        let config = match &explicit {
            Some(c) => Some(c.clone()),
            None => input::find_config(f)
                .map(|p| input::load_config(&p))
                .transpose()?,
        };
        threshold = threshold.or(config.as_ref().and_then(|c| c.failure_threshold));
        let mut opts = file_options(&base, f, &bytes, config, &args.compose)?;
        with_given_dockerfiles(&mut opts, &args.files, base.kind);
        if args.fix && f != "-" {
            let (report, changed) =
                super::fix::fix_file(f, &bytes, &opts, args.dry_run, args.unsafe_fixes)?;
            would_change |= changed && args.dry_run;
            files.push(report);
        } else {
            files.push(analyze_file(f, &bytes, &opts));
        }
    }
    if args.dry_run {
        return if would_change {
            Err(Failure::Findings)
        } else {
            Ok(())
        };
    }
    let report = Report {
        version: report::SCHEMA_VERSION,
        lang: base.lang,
        files,
    };
    print(&match args.format {
        Format::Text => report::to_text(&report, std::io::stdout().is_terminal()),
        Format::Json => json(&report)?,
        Format::Sarif => json(&report::to_sarif(&report))?,
    })?;
    let level = args
        .fail_level
        .map(Severity::from)
        .or(threshold)
        .unwrap_or(Severity::Warning);
    if report.has_at_least(level) {
        Err(Failure::Findings)
    } else {
        Ok(())
    }
}

/// Let a compose file's builds find the Dockerfiles given on the same command line when they
/// are not on disk where the build says: the one whose path ends with the build's, else the
/// only Dockerfile given.
fn with_given_dockerfiles(opts: &mut Options, files: &[String], kind: Option<FileKind>) {
    let given: Vec<String> = files
        .iter()
        .filter(|f| *f != "-" && kind.or_else(|| FileKind::detect(f)) == Some(FileKind::Dockerfile))
        .cloned()
        .collect();
    let Some(disk) = opts.read_file.clone() else {
        return;
    };
    if given.is_empty() {
        return;
    }
    opts.read_file = Some(std::sync::Arc::new(move |p: &str| {
        disk(p).or_else(|| {
            let named = given
                .iter()
                .find(|g| g.replace('\\', "/").ends_with(&format!("/{p}")) || g.as_str() == p);
            let only = (given.len() == 1).then(|| &given[0]);
            named.or(only).and_then(|g| std::fs::read(g).ok())
        })
    }));
}

/// The options for one file: its kind, the `.dockerignore` beside it, its rule configuration,
/// and for a compose file its variables and project settings.
pub(super) fn file_options(
    base: &Options,
    path: &str,
    bytes: &[u8],
    config: Option<Config>,
    compose: &ComposeArgs,
) -> Result<Options, Failure> {
    let mut o = base.clone();
    if path == "-" && o.kind.is_none() {
        o.kind = Some(FileKind::Dockerfile);
    }
    if path != "-" {
        o.dockerignore = input::dockerignore_beside(path);
    }
    o.rules = config;
    let sniff = || FileKind::sniff_bytes(bytes);
    if o.kind.or_else(|| FileKind::detect(path)).or_else(sniff) == Some(FileKind::Compose) {
        input::compose_options(&mut o, compose, path)?;
    }
    Ok(o)
}
