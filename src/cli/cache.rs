//! `dockplay cache`: simulate BuildKit's layer cache, what runs again after a change.

use super::{input, json, print, Failure, LangArg, Outcome};
use clap::ValueEnum;
use dockplay::analysis::cache::CacheOptions;
use dockplay::diagnostic::Severity;
use dockplay::report::cache::to_text;

/// `--format` of `cache`.
#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

/// The arguments of `cache`.
#[derive(clap::Args)]
pub struct Args {
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
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
    #[arg(long = "build-arg", value_name = "KEY=VALUE", value_parser = super::key_value)]
    build_arg: Vec<(String, String)>,
    /// A build argument of the previous build, KEY=VALUE (repeatable; default: the same).
    #[arg(long = "previous-build-arg", value_name = "KEY=VALUE", value_parser = super::key_value)]
    previous_build_arg: Vec<(String, String)>,
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
}

/// Run `cache`: exit 1 when the input has an error.
pub fn run(args: Args) -> Outcome {
    let text = input::read_text(&args.file)?;
    let previous = match args.previous.as_deref() {
        Some(p) => {
            let bytes = input::read_raw(p)
                .map_err(|e| Failure::Usage(format!("cannot read the previous Dockerfile: {e}")))?;
            Some(dockplay::dockerfile::decode(&bytes).text)
        }
        None => None,
    };
    let dockerignore = match &args.dockerignore {
        Some(p) => Some(String::from_utf8_lossy(&input::read(p)?).into_owned()),
        None if args.file != "-" => input::dockerignore_beside(&args.file),
        None => None,
    };
    let name = std::path::Path::new(&args.file)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .filter(|_| args.file != "-");
    let opts = CacheOptions {
        lang: args.lang.into(),
        changed: args.changed,
        added: args.added,
        removed: args.removed,
        previous,
        context: args.context_file,
        dockerignore,
        build_args: args.build_arg,
        previous_build_args: (!args.previous_build_arg.is_empty())
            .then_some(args.previous_build_arg),
        changed_build_args: args.changed_build_arg,
        base_moved: args.base_moved,
        no_cache_filter: args.no_cache_filter,
        target: args.target,
        dockerfile_name: name,
    };
    let report = dockplay::simulate_cache(&text, &opts);
    print(&match args.format {
        Format::Json => json(&report)?,
        Format::Text => to_text(&report, &args.file),
    })?;
    if report
        .diagnostics
        .iter()
        .any(|d| d.severity == Severity::Error)
    {
        Err(Failure::Findings)
    } else {
        Ok(())
    }
}
