//! The `dockplay` command line.

use clap::{Parser, Subcommand, ValueEnum};
use dockplay::diagnostic::Severity;
use dockplay::i18n::Lang;
use dockplay::report::{self, FileKind};
use dockplay::{analyze_file, Options};
use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "dockplay",
    version,
    about = "Check Dockerfiles and compose files; explain them in English or Chinese"
)]
struct Cli {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
    Sarif,
}

#[derive(Clone, Copy, ValueEnum)]
enum LangArg {
    En,
    Zh,
}

#[derive(Clone, Copy, ValueEnum)]
enum KindArg {
    Dockerfile,
    Compose,
}

#[derive(Clone, Copy, ValueEnum)]
enum Level {
    Error,
    Warning,
    Info,
    Style,
}

#[derive(Subcommand)]
enum Cmd {
    /// Report problems in Dockerfiles and compose files.
    Check {
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
        #[arg(long = "build-arg", value_name = "KEY=VALUE")]
        build_arg: Vec<String>,
        /// Exit with 1 when a finding is at or above this level.
        #[arg(long = "fail-level", value_enum, default_value = "warning")]
        fail_level: Level,
        /// Files to check; `-` reads standard input (as a Dockerfile unless --kind says otherwise).
        #[arg(required = true)]
        files: Vec<String>,
    },
    /// Parse a Dockerfile and print its syntax tree.
    Parse {
        /// Print BuildKit's AST dump format.
        #[arg(long)]
        dump: bool,
        /// The Dockerfile (`-` for standard input).
        file: String,
    },
}

fn read_input(path: &str) -> std::io::Result<Vec<u8>> {
    if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf)?;
        Ok(buf)
    } else {
        std::fs::read(path)
    }
}

/// The ignore file BuildKit would use for this Dockerfile: `<name>.dockerignore` beside it, else `.dockerignore`.
fn read_dockerignore(dockerfile: &str) -> Option<String> {
    let path = std::path::Path::new(dockerfile);
    let dir = path.parent().unwrap_or(std::path::Path::new(""));
    let name = path.file_name()?.to_string_lossy();
    [
        dir.join(format!("{name}.dockerignore")),
        dir.join(".dockerignore"),
    ]
    .iter()
    .find_map(|p| std::fs::read(p).ok())
    .map(|b| String::from_utf8_lossy(&b).into_owned())
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Cmd::Check {
            format,
            lang,
            kind,
            build_arg,
            fail_level,
            files,
        } => {
            let opts = Options {
                lang: match lang {
                    LangArg::En => Lang::En,
                    LangArg::Zh => Lang::Zh,
                },
                kind: kind.map(|k| match k {
                    KindArg::Dockerfile => FileKind::Dockerfile,
                    KindArg::Compose => FileKind::Compose,
                }),
                build_args: build_arg,
                dockerignore: None,
            };
            let mut reports = Vec::new();
            for f in &files {
                let bytes = match read_input(f) {
                    Ok(b) => b,
                    Err(e) => {
                        eprintln!("dockplay: cannot read {f}: {e}");
                        return ExitCode::from(2);
                    }
                };
                let mut o = opts.clone();
                if f == "-" && o.kind.is_none() {
                    o.kind = Some(FileKind::Dockerfile);
                }
                if f != "-" {
                    o.dockerignore = read_dockerignore(f);
                }
                reports.push(analyze_file(f, &bytes, &o));
            }
            let report = report::Report {
                version: report::SCHEMA_VERSION,
                lang: opts.lang,
                files: reports,
            };
            let out = match format {
                Format::Text => report::to_text(&report, std::io::stdout().is_terminal()),
                Format::Json => report.to_json() + "\n",
                Format::Sarif => {
                    serde_json::to_string_pretty(&report::to_sarif(&report)).unwrap_or_default()
                        + "\n"
                }
            };
            let _ = std::io::stdout().write_all(out.as_bytes());
            let level = match fail_level {
                Level::Error => Severity::Error,
                Level::Warning => Severity::Warning,
                Level::Info => Severity::Info,
                Level::Style => Severity::Style,
            };
            if report.has_at_least(level) {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
        Cmd::Parse { dump, file } => {
            let bytes = match read_input(&file) {
                Ok(b) => b,
                Err(e) => {
                    eprintln!("dockplay: cannot read {file}: {e}");
                    return ExitCode::from(2);
                }
            };
            let decoded = dockplay::dockerfile::decode(&bytes);
            let parsed = dockplay::dockerfile::parser::parse_text(&decoded.text);
            if dump {
                print!("{}", dockplay::dockerfile::dump::dump(&parsed.nodes));
            } else {
                let json: Vec<_> = parsed.nodes.iter().collect();
                println!(
                    "{}",
                    serde_json::to_string_pretty(&json).unwrap_or_default()
                );
            }
            match parsed.rejection {
                Some(e) => {
                    eprintln!("dockplay: {file}: {e}");
                    ExitCode::from(1)
                }
                None => ExitCode::SUCCESS,
            }
        }
    }
}
