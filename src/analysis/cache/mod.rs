//! The layer-cache simulator: which build steps BuildKit would take from its cache and which it
//! would run again after a change (context files, the Dockerfile, build arguments, the base image,
//! `--no-cache-filter`). Steps and keys follow BuildKit's Dockerfile-to-LLB conversion
//! (`../shared/reference/cache-model.md`): only FROM, RUN, COPY/ADD and WORKDIR make steps; a
//! step's key is its definition plus the key of the step before it (the chain) plus, for COPY,
//! ADD and bind mounts, the content of what it reads. The previous and the current build are both
//! keyed; a current step whose key the previous build produced is cached.

mod checks;
pub mod codes;
mod context;
mod judge;
mod keys;
mod reasons;

pub use context::{normalize, selects, Context};

use crate::diagnostic::{Diagnostic, Fix};
use crate::dockerignore::DockerIgnore;
use crate::i18n::{Lang, Text};
use crate::pairs::Pairs;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// What changed since the previous build, and how the build is run.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct CacheOptions {
    /// Language of `reason` and `message`.
    pub lang: Lang,
    /// Context files whose content changed.
    pub changed: Vec<String>,
    /// Context files added since the previous build.
    pub added: Vec<String>,
    /// Context files removed since the previous build.
    pub removed: Vec<String>,
    /// The Dockerfile of the previous build (default: the same text).
    pub previous: Option<String>,
    /// Other files of the build context (inferred from COPY/ADD sources when empty).
    pub context: Vec<String>,
    /// The `.dockerignore` text.
    pub dockerignore: Option<String>,
    /// `--build-arg K=V` of this build.
    #[serde(deserialize_with = "crate::pairs::deserialize")]
    pub build_args: Pairs,
    /// `--build-arg K=V` of the previous build (default: the same as this build).
    #[serde(deserialize_with = "crate::pairs::deserialize_opt")]
    pub previous_build_args: Option<Pairs>,
    /// Build arguments whose value changed since the previous build (value not needed).
    pub changed_build_args: Vec<String>,
    /// Base images whose tag now points at a new digest (`*` for all).
    pub base_moved: Vec<String>,
    /// `--no-cache-filter` stages (names or indexes).
    pub no_cache_filter: Vec<String>,
    /// `--target` stage (default: the last stage).
    pub target: Option<String>,
    /// The Dockerfile's file name in the context (default `Dockerfile`).
    pub dockerfile_name: Option<String>,
}

/// What happens to a step in this build.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Taken from the cache.
    Cached,
    /// Runs again unless what it reads from another stage or the network comes out identical.
    Maybe,
    /// Runs again.
    Rebuilt,
    /// Not built: its stage is not needed for the target.
    Skipped,
}

/// One build step.
#[derive(Debug, Clone, PartialEq)]
pub struct SimStep {
    /// 1-based first line of the instruction.
    pub line: usize,
    /// Last line.
    pub end_line: usize,
    /// Upper-case keyword.
    pub keyword: &'static str,
    /// The instruction as written, on one line.
    pub instruction: String,
    /// What happens to it.
    pub status: Status,
    /// Why, in both languages (none for a plain cache hit).
    pub reason: Option<Text>,
    /// The line whose change causes this (its own line when it changed itself).
    pub cause_line: Option<usize>,
    /// Whether the step adds a layer to the image (FROM brings the base image's layers).
    pub layer: bool,
}

/// One stage and its steps.
#[derive(Debug, Clone, PartialEq)]
pub struct SimStage {
    /// `AS name`, if any.
    pub name: Option<String>,
    /// 0-based index.
    pub index: usize,
    /// The base image or stage.
    pub base: String,
    /// Whether the target needs it.
    pub reachable: bool,
    /// 1-based line of its FROM.
    pub line: usize,
    /// The stage it builds on (`FROM earlier-stage`), if any.
    pub base_stage: Option<usize>,
    /// The other stages it copies or mounts from (`COPY --from`, `RUN --mount=from=`; its base
    /// stage is not repeated here).
    pub copies_from: Vec<usize>,
    /// Its build steps.
    pub steps: Vec<SimStep>,
}

/// A build argument the Dockerfile declares (`ARG`), in file order, each name once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct BuildArg {
    /// The name.
    pub name: String,
    /// The default written in the Dockerfile, if any.
    pub default: Option<String>,
    /// 1-based line of its first ARG.
    pub line: usize,
}

/// One entry of the final image's history.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct Layer {
    /// 1-based line.
    pub line: usize,
    /// The instruction on one line.
    pub instruction: String,
    /// What the entry adds to the image.
    pub kind: LayerKind,
    /// The step's status, for base and layer entries.
    pub status: Option<Status>,
}

/// What a history entry of the image adds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LayerKind {
    /// The base image's layers (FROM).
    Base,
    /// A filesystem layer.
    Layer,
    /// A history entry that changes only the image configuration.
    Config,
}

/// The reordering that keeps a dependency install cached.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    /// What to do and why.
    pub message: Text,
    /// The edit (the same fix DP1001 offers).
    pub fix: Fix,
    /// The whole Dockerfile with the edit applied.
    pub reordered: String,
}

/// How many steps of each status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, serde::Deserialize)]
pub struct Counts {
    /// Cached steps.
    pub cached: usize,
    /// Steps that may re-run.
    pub maybe: usize,
    /// Steps that re-run.
    pub rebuilt: usize,
    /// Steps of stages the target does not need.
    pub skipped: usize,
}

/// The simulator's answer, in core types (the report renders it: `report::cache`).
#[derive(Debug, Clone, PartialEq)]
pub struct Simulation {
    /// The Dockerfile text the diagnostics' spans refer to (BOM removed).
    pub text: String,
    /// The target stage's index.
    pub target: Option<usize>,
    /// Stages in file order.
    pub stages: Vec<SimStage>,
    /// The target image's history, base first.
    pub layers: Vec<Layer>,
    /// A BuildKit-style progress log.
    pub log: Vec<String>,
    /// Step counts.
    pub counts: Counts,
    /// The virtual build context used (sorted).
    pub context: Vec<String>,
    /// The build arguments the Dockerfile declares.
    pub args: Vec<BuildArg>,
    /// How to keep an expensive step cached, when a frequent change rebuilds it.
    pub suggestion: Option<Suggestion>,
    /// Problems with the input (parse errors, unknown target, stage references).
    pub diagnostics: Vec<Diagnostic>,
}

/// Run the simulator on `text` (the current Dockerfile).
pub fn simulate(text: &str, opts: &CacheOptions) -> Simulation {
    if let Some(d) = crate::dockerfile::too_large(text.len()) {
        return Simulation {
            text: String::new(),
            target: None,
            stages: Vec::new(),
            layers: Vec::new(),
            log: Vec::new(),
            counts: Counts::default(),
            context: Vec::new(),
            args: Vec::new(),
            suggestion: None,
            diagnostics: vec![d],
        };
    }
    let ignore = opts.dockerignore.as_deref().map(DockerIgnore::parse);
    let args = opts.build_args.clone();
    let prev_args = previous_build_args(opts);
    let prev_text = opts.previous.as_deref().unwrap_or(text);
    let (src, model) = crate::dockerfile::analyze_text(
        text,
        &crate::dockerfile::BuildOptions {
            build_args: args.clone(),
        },
    );
    // The previous build reads the same text with the same arguments unless told otherwise:
    // then its model is this one, not a second parse.
    let prev_parsed;
    let (prev_src, prev_model) = if prev_text == text && prev_args == args {
        (&src, &model)
    } else {
        prev_parsed = crate::dockerfile::analyze_text(
            prev_text,
            &crate::dockerfile::BuildOptions {
                build_args: prev_args,
            },
        );
        (&prev_parsed.0, &prev_parsed.1)
    };
    let (prev_ctx, cur_ctx) = contexts(opts, &model, prev_model, src != *prev_src);
    let moved = |image: &str| {
        opts.base_moved.iter().any(|m| {
            m == "*"
                || m == image
                || image
                    .strip_prefix(m.as_str())
                    .is_some_and(|r| r.starts_with(':'))
        })
    };
    let never = |_: &str| false;

    let mut diagnostics = checks::stage_order(&model);
    diagnostics.extend(checks::self_copies(&model));
    let target = checks::target(&model, opts.target.as_deref(), &mut diagnostics);
    let prev_target = match &opts.target {
        Some(t) => prev_model.stage_ref(t),
        None => prev_model.stages.len().checked_sub(1),
    };
    let no_cache = checks::no_cache_filter(&model, &opts.no_cache_filter, &mut diagnostics);

    let prev = keys::build(
        prev_model,
        &prev_ctx,
        ignore.as_ref(),
        &never,
        0,
        prev_target,
    );
    let cur = keys::build(&model, &cur_ctx, ignore.as_ref(), &moved, 1, target);
    let inputs = judge::Inputs {
        model: &model,
        cur: &cur,
        prev: &prev,
        prev_ctx: &prev_ctx,
        cur_ctx: &cur_ctx,
        ignore: ignore.as_ref(),
        no_cache: &no_cache,
    };
    let mut out = judge::judge(&inputs);
    out.target = target;
    out.context = cur_ctx.files.keys().cloned().collect();
    out.args = declared_args(&model);
    out.diagnostics = model
        .parsed
        .diagnostics
        .iter()
        .chain(&model.diagnostics)
        .filter(|d| d.severity == crate::diagnostic::Severity::Error)
        .cloned()
        .chain(diagnostics)
        .chain(
            ignore
                .as_ref()
                .and_then(|i| i.budget_diagnostic(crate::text::Span::empty(0))),
        )
        .collect();
    out.suggestion = reasons::suggestion(&src, &model, &out);
    out.text = src;
    out
}

/// The ARG names of the file, each once, with its first default (bounded by the file: one
/// entry per ARG name).
fn declared_args(model: &crate::dockerfile::Dockerfile) -> Vec<BuildArg> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for ins in &model.instructions {
        if let crate::dockerfile::Instr::Arg(defs) = &ins.kind {
            let line = model.parsed.nodes[ins.node].start_line;
            for d in defs {
                if seen.insert(d.name.value.clone()) {
                    out.push(BuildArg {
                        name: d.name.value.clone(),
                        default: d.default.clone(),
                        line,
                    });
                }
            }
        }
    }
    out
}

/// Ends the made-up previous value of a `--changed-build-arg` (its real value is not known).
pub(crate) const CHANGED_MARK: &str = " (before the change)";

/// The previous build's arguments: given, or this build's; a `--changed-build-arg` gets a value
/// that differs.
fn previous_build_args(opts: &CacheOptions) -> Pairs {
    let args = &opts.build_args;
    let mut prev_args = opts
        .previous_build_args
        .clone()
        .unwrap_or_else(|| args.clone());
    for name in &opts.changed_build_args {
        let old = args
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| format!("{v}{CHANGED_MARK}"))
            .unwrap_or_else(|| CHANGED_MARK.trim_start().into());
        prev_args.retain(|(k, _)| k != name);
        prev_args.push((name.clone(), old));
    }
    prev_args
}

/// The virtual build context of the previous and the current build: the files named by the
/// options, the literal COPY/ADD and bind-mount sources of both Dockerfiles, the Dockerfile
/// itself (changed when its text changed) and the `.dockerignore`.
fn contexts(
    opts: &CacheOptions,
    model: &crate::dockerfile::Dockerfile,
    prev_model: &crate::dockerfile::Dockerfile,
    dockerfile_changed: bool,
) -> (Context, Context) {
    let dockerfile_name = normalize(opts.dockerfile_name.as_deref().unwrap_or("Dockerfile"));
    let mut names: Vec<String> = opts.context.iter().map(|p| normalize(p)).collect();
    names.extend(opts.changed.iter().map(|p| normalize(p)));
    names.extend(keys::literal_sources(model));
    names.extend(keys::literal_sources(prev_model));
    names.push(dockerfile_name.clone());
    if opts
        .dockerignore
        .as_deref()
        .is_some_and(|di| !di.is_empty())
    {
        names.push(".dockerignore".into());
    }
    let added: HashSet<String> = opts.added.iter().map(|p| normalize(p)).collect();
    let removed: HashSet<String> = opts.removed.iter().map(|p| normalize(p)).collect();
    let mut changed: HashSet<String> = opts.changed.iter().map(|p| normalize(p)).collect();
    if dockerfile_changed {
        changed.insert(dockerfile_name);
    }
    let mut cur_ctx = Context::default();
    let mut prev_ctx = Context::default();
    for n in names.iter().chain(&added).chain(&removed) {
        if n.is_empty() || n == "." {
            continue;
        }
        if !removed.contains(n) {
            cur_ctx
                .files
                .insert(n.clone(), u32::from(changed.contains(n)));
        }
        if !added.contains(n) {
            prev_ctx.files.insert(n.clone(), 0);
        }
    }
    (prev_ctx, cur_ctx)
}
