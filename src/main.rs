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
enum RulesFormat {
    Text,
    Json,
    /// The rule reference (`docs/rules.md` is this output).
    Markdown,
}

#[derive(Clone, Copy, ValueEnum)]
enum CacheFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum NetFormat {
    Text,
    Json,
    Dot,
}

/// Compose settings shared by `check` and `network`.
#[derive(clap::Args, Clone, Default)]
struct ComposeArgs {
    /// Compose project name (default: the `name:` key, else the directory name).
    #[arg(long = "project-name", short = 'p')]
    project_name: Option<String>,
    /// Read variables from this file (default: `.env` beside the first compose file).
    #[arg(long = "env-file")]
    env_file: Vec<String>,
    /// A variable for interpolation, KEY=VALUE (repeatable; wins over env files).
    #[arg(long = "env", value_name = "KEY=VALUE")]
    env: Vec<String>,
    /// Enable services of this profile (repeatable; `*` enables all).
    #[arg(long = "profile")]
    profile: Vec<String>,
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
        /// Exit with 1 when a finding is at or above this level [default: the config's
        /// failure-threshold, else warning].
        #[arg(long = "fail-level", value_enum)]
        fail_level: Option<Level>,
        /// Rule configuration (.hadolint.yaml format); default: .hadolint.yaml or .hadolint.yml
        /// beside the Dockerfile, else in the current directory.
        #[arg(long = "config", short = 'c', value_name = "FILE")]
        config: Option<String>,
        #[command(flatten)]
        compose: ComposeArgs,
        /// Files to check; `-` reads standard input (as a Dockerfile unless --kind says otherwise).
        #[arg(required = true)]
        files: Vec<String>,
    },
    /// Show a compose project's networks, who can reach whom by which names, and its published ports.
    Network {
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: NetFormat,
        /// Language of the text format.
        #[arg(long, value_enum, default_value = "en")]
        lang: LangArg,
        #[command(flatten)]
        compose: ComposeArgs,
        /// Compose files, merged in order like `docker compose -f a.yml -f b.yml`.
        #[arg(required = true)]
        files: Vec<String>,
    },
    /// List every rule with its code, default severity and bilingual documentation.
    Rules {
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: RulesFormat,
        /// Language of the text format.
        #[arg(long, value_enum, default_value = "en")]
        lang: LangArg,
    },
    /// Simulate BuildKit's layer cache: what runs again after a change.
    Cache {
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: CacheFormat,
        /// Language of the reasons.
        #[arg(long, value_enum, default_value = "en")]
        lang: LangArg,
        /// A context file whose content changed (repeatable).
        #[arg(long, value_name = "PATH")]
        changed: Vec<String>,
        /// A context file added since the previous build (repeatable).
        #[arg(long, value_name = "PATH")]
        added: Vec<String>,
        /// A context file removed since the previous build (repeatable).
        #[arg(long, value_name = "PATH")]
        removed: Vec<String>,
        /// The Dockerfile of the previous build.
        #[arg(long, value_name = "OLD_DOCKERFILE")]
        previous: Option<String>,
        /// Another file of the build context (repeatable; inferred from COPY/ADD when absent).
        #[arg(long = "context-file", value_name = "PATH")]
        context_file: Vec<String>,
        /// The .dockerignore to use (default: the one beside the Dockerfile).
        #[arg(long, value_name = "FILE")]
        dockerignore: Option<String>,
        /// A build argument of this build, KEY=VALUE (repeatable).
        #[arg(long = "build-arg", value_name = "KEY=VALUE")]
        build_arg: Vec<String>,
        /// A build argument of the previous build, KEY=VALUE (repeatable; default: the same).
        #[arg(long = "previous-build-arg", value_name = "KEY=VALUE")]
        previous_build_arg: Vec<String>,
        /// A build argument whose value changed since the previous build (repeatable).
        #[arg(long = "changed-build-arg", value_name = "KEY")]
        changed_build_arg: Vec<String>,
        /// A base image whose tag moved to a new digest (`*` for all; repeatable).
        #[arg(long = "base-moved", value_name = "IMAGE")]
        base_moved: Vec<String>,
        /// Run every step of this stage again (repeatable).
        #[arg(long = "no-cache-filter", value_name = "STAGE")]
        no_cache_filter: Vec<String>,
        /// The stage to build (default: the last).
        #[arg(long)]
        target: Option<String>,
        /// The Dockerfile (`-` for standard input).
        file: String,
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

/// The rule reference in one language: every rule's docs, grouped by origin.
fn rules_markdown(rules: &[dockplay::rules::RuleInfo], zh: bool) -> String {
    use dockplay::rules::Origin;
    let mut s = String::from(if zh {
        "# dockplay 规则\n\n本文件由 `dockplay rules --format markdown --lang zh` 生成。\n"
    } else {
        "# dockplay rules\n\nGenerated by `dockplay rules --format markdown`.\n"
    });
    let groups: [(Origin, &str, &str); 3] = [
        (Origin::Hadolint, "hadolint rules", "hadolint 规则"),
        (
            Origin::Buildkit,
            "BuildKit build checks",
            "BuildKit 构建检查",
        ),
        (Origin::Dockplay, "Teaching rules", "教学规则"),
    ];
    for (origin, en, zh_title) in groups {
        s.push_str(&format!("\n## {}\n", if zh { zh_title } else { en }));
        for r in rules.iter().filter(|r| r.meta.origin == origin) {
            let sev = r.severity.as_str();
            let off = match (r.enabled_by_default, zh) {
                (true, _) => "",
                (false, true) => "，默认关闭",
                (false, false) => ", off by default",
            };
            s.push_str(&format!(
                "\n{}\n_{}{off}_\n",
                dockplay::rules::doc_markdown(&r.meta, zh),
                if zh {
                    format!("默认级别：{sev}")
                } else {
                    format!("Default severity: {sev}")
                }
            ));
        }
    }
    s
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

/// Read a rule configuration file (.hadolint.yaml format).
fn load_config(path: &str) -> Result<dockplay::rules::Config, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    dockplay::rules::Config::from_yaml(&text).map_err(|e| format!("{path}: {e}"))
}

/// `.hadolint.yaml`/`.hadolint.yml` beside the Dockerfile, else in the current directory.
fn find_config(dockerfile: &str) -> Option<String> {
    let beside = if dockerfile == "-" {
        std::path::PathBuf::new()
    } else {
        dir_of(dockerfile)
    };
    for dir in [beside, std::path::PathBuf::from(".")] {
        for name in [".hadolint.yaml", ".hadolint.yml"] {
            let p = dir.join(name);
            if p.is_file() {
                return Some(p.to_string_lossy().into_owned());
            }
        }
    }
    None
}

/// The directory a file is in (absolute when possible).
fn dir_of(path: &str) -> std::path::PathBuf {
    let p = std::path::Path::new(path);
    let abs = std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    abs.parent().map(|d| d.to_path_buf()).unwrap_or_default()
}

/// Fill the compose part of `opts` for compose files at `first`: env files, project name fallback,
/// and a disk check for referenced files.
fn compose_options(opts: &mut Options, args: &ComposeArgs, first: &str) -> Result<(), String> {
    let dir = dir_of(first);
    let mut env = Vec::new();
    if args.env_file.is_empty() {
        if let Ok(t) = std::fs::read_to_string(dir.join(".env")) {
            env.extend(dockplay::compose::interpolate::parse_env_file(&t));
        }
    } else {
        for f in &args.env_file {
            let t = std::fs::read_to_string(f).map_err(|e| format!("cannot read {f}: {e}"))?;
            env.extend(dockplay::compose::interpolate::parse_env_file(&t));
        }
    }
    opts.env = env
        .into_iter()
        .map(|(k, v)| format!("{k}={v}"))
        .chain(args.env.iter().cloned())
        .collect();
    opts.project_name = args.project_name.clone();
    opts.fallback_project_name = dir.file_name().map(|n| n.to_string_lossy().into_owned());
    opts.profiles = args.profile.clone();
    if first != "-" {
        let base = dir.clone();
        opts.file_exists = Some(std::sync::Arc::new(move |p: &str| {
            let path = std::path::Path::new(p);
            if path.is_absolute() {
                path.exists()
            } else {
                base.join(path).exists()
            }
        }));
    }
    Ok(())
}

fn lang_of(l: LangArg) -> Lang {
    match l {
        LangArg::En => Lang::En,
        LangArg::Zh => Lang::Zh,
    }
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
            config,
            compose,
            files,
        } => {
            let explicit_config = match config.as_deref().map(load_config) {
                Some(Err(e)) => {
                    eprintln!("dockplay: {e}");
                    return ExitCode::from(2);
                }
                Some(Ok(c)) => Some(c),
                None => None,
            };
            let mut threshold: Option<Severity> = None;
            let opts = Options {
                lang: lang_of(lang),
                kind: kind.map(|k| match k {
                    KindArg::Dockerfile => FileKind::Dockerfile,
                    KindArg::Compose => FileKind::Compose,
                }),
                build_args: build_arg,
                ..Options::default()
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
                let cfg = match &explicit_config {
                    Some(c) => Some(c.clone()),
                    None => match find_config(f).map(|p| load_config(&p)) {
                        Some(Err(e)) => {
                            eprintln!("dockplay: {e}");
                            return ExitCode::from(2);
                        }
                        Some(Ok(c)) => Some(c),
                        None => None,
                    },
                };
                if let Some(c) = &cfg {
                    threshold = threshold.or(c.failure_threshold);
                }
                o.rules = cfg;
                if o.kind.or_else(|| FileKind::detect(f)) == Some(FileKind::Compose) {
                    if let Err(e) = compose_options(&mut o, &compose, f) {
                        eprintln!("dockplay: {e}");
                        return ExitCode::from(2);
                    }
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
                Some(Level::Error) => Severity::Error,
                Some(Level::Warning) => Severity::Warning,
                Some(Level::Info) => Severity::Info,
                Some(Level::Style) => Severity::Style,
                None => threshold.unwrap_or(Severity::Warning),
            };
            if report.has_at_least(level) {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
        Cmd::Cache {
            format,
            lang,
            changed,
            added,
            removed,
            previous,
            context_file,
            dockerignore,
            build_arg,
            previous_build_arg,
            changed_build_arg,
            base_moved,
            no_cache_filter,
            target,
            file,
        } => {
            let read_text = |p: &str| read_input(p).map(|b| dockplay::dockerfile::decode(&b).text);
            let text = match read_text(&file) {
                Ok(t) => t,
                Err(e) => {
                    eprintln!("dockplay: cannot read {file}: {e}");
                    return ExitCode::from(2);
                }
            };
            let previous = match previous.as_deref().map(read_text) {
                Some(Err(e)) => {
                    eprintln!("dockplay: cannot read the previous Dockerfile: {e}");
                    return ExitCode::from(2);
                }
                Some(Ok(t)) => Some(t),
                None => None,
            };
            let dockerignore = match dockerignore {
                Some(p) => match std::fs::read(&p) {
                    Ok(b) => Some(String::from_utf8_lossy(&b).into_owned()),
                    Err(e) => {
                        eprintln!("dockplay: cannot read {p}: {e}");
                        return ExitCode::from(2);
                    }
                },
                None if file != "-" => read_dockerignore(&file),
                None => None,
            };
            let name = std::path::Path::new(&file)
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .filter(|_| file != "-");
            let opts = dockplay::analysis::cache::CacheOptions {
                lang: lang_of(lang),
                changed,
                added,
                removed,
                previous,
                context: context_file,
                dockerignore,
                build_args: build_arg,
                previous_build_args: (!previous_build_arg.is_empty()).then_some(previous_build_arg),
                changed_build_args: changed_build_arg,
                base_moved,
                no_cache_filter,
                target,
                dockerfile_name: name,
            };
            let report = dockplay::analysis::cache::simulate(&text, &opts);
            let out = match format {
                CacheFormat::Json => {
                    serde_json::to_string_pretty(&report).unwrap_or_default() + "\n"
                }
                CacheFormat::Text => dockplay::analysis::cache::to_text(&report, &file),
            };
            print!("{out}");
            let errors = report
                .diagnostics
                .iter()
                .any(|d| d.severity == dockplay::diagnostic::Severity::Error);
            if !errors {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        Cmd::Network {
            format,
            lang,
            compose,
            files,
        } => {
            let mut inputs = Vec::new();
            for f in &files {
                match read_input(f) {
                    Ok(b) => inputs.push(dockplay::compose::ComposeFile {
                        name: f.clone(),
                        text: dockplay::dockerfile::decode(&b).text,
                    }),
                    Err(e) => {
                        eprintln!("dockplay: cannot read {f}: {e}");
                        return ExitCode::from(2);
                    }
                }
            }
            let mut opts = Options {
                lang: lang_of(lang),
                ..Options::default()
            };
            if let Err(e) = compose_options(&mut opts, &compose, &files[0]) {
                eprintln!("dockplay: {e}");
                return ExitCode::from(2);
            }
            let mut analysis = dockplay::compose::analyze(&inputs, &opts.compose_options());
            if let Some(exists) = &opts.file_exists {
                analysis.check_files(exists.as_ref());
            }
            // Problems go to stderr in the usual text format, so stdout stays machine-readable.
            let reports: Vec<_> = inputs
                .iter()
                .enumerate()
                .map(|(i, f)| {
                    let diags: Vec<_> = analysis
                        .sink
                        .items
                        .iter()
                        .filter(|(fi, _)| *fi == i)
                        .map(|(_, d)| d.clone())
                        .collect();
                    report::FileReport {
                        path: f.name.clone(),
                        kind: Some(FileKind::Compose),
                        diagnostics: report::resolve(&f.text, &diags, opts.lang),
                        dockerfile: None,
                        network: None,
                    }
                })
                .collect();
            let problems = report::Report {
                version: report::SCHEMA_VERSION,
                lang: opts.lang,
                files: reports,
            };
            eprint!(
                "{}",
                report::to_text(&problems, std::io::stderr().is_terminal())
            );
            let Some(project) = &analysis.project else {
                return ExitCode::from(1);
            };
            let names: Vec<String> = inputs.iter().map(|f| f.name.clone()).collect();
            let texts: Vec<String> = inputs.iter().map(|f| f.text.clone()).collect();
            let net = dockplay::analysis::network::report(project, &names, &texts);
            let out = match format {
                NetFormat::Json => serde_json::to_string_pretty(&net).unwrap_or_default() + "\n",
                NetFormat::Text => {
                    dockplay::analysis::network::to_text(&net, matches!(lang, LangArg::Zh))
                }
                NetFormat::Dot => dockplay::analysis::network::to_dot(&net),
            };
            let _ = std::io::stdout().write_all(out.as_bytes());
            if analysis.rejected() {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
        Cmd::Rules { format, lang } => {
            let rules = dockplay::rules::registry();
            let out = match format {
                RulesFormat::Json => {
                    serde_json::to_string_pretty(&rules).unwrap_or_default() + "\n"
                }
                RulesFormat::Markdown => {
                    let zh = matches!(lang, LangArg::Zh);
                    rules_markdown(&rules, zh)
                }
                RulesFormat::Text => {
                    let zh = matches!(lang, LangArg::Zh);
                    let mut s = String::new();
                    for r in &rules {
                        let pick = |t: dockplay::rules::T| if zh { t.zh } else { t.en };
                        let aliases = if r.meta.aliases.is_empty() {
                            String::new()
                        } else {
                            format!(" ({})", r.meta.aliases.join(", "))
                        };
                        s.push_str(&format!(
                            "{:<34} {:<8} {}{}\n",
                            r.id,
                            r.severity.as_str(),
                            pick(r.meta.summary),
                            aliases
                        ));
                    }
                    s
                }
            };
            let _ = std::io::stdout().write_all(out.as_bytes());
            ExitCode::SUCCESS
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
