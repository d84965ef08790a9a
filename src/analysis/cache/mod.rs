//! The layer-cache simulator: which build steps BuildKit would take from its cache and which it
//! would run again after a change (context files, the Dockerfile, build arguments, the base image,
//! `--no-cache-filter`). Steps and keys follow BuildKit's Dockerfile-to-LLB conversion
//! (`../shared/reference/cache-model.md`): only FROM, RUN, COPY/ADD and WORKDIR make steps; a
//! step's key is its definition plus the key of the step before it (the chain) plus, for COPY,
//! ADD and bind mounts, the content of what it reads. The previous and the current build are both
//! keyed; a current step whose key the previous build produced is cached.

pub mod codes;
mod context;
mod keys;
mod reasons;

pub use context::{normalize, selects, Context};

use crate::diagnostic::{Diagnostic, Fix};
use crate::dockerfile::model::CopyCommand;
use crate::dockerignore::DockerIgnore;
use crate::i18n::{Lang, Text};
use crate::pairs::Pairs;
use keys::{Build, Step};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

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
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
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
    /// Its build steps.
    pub steps: Vec<SimStep>,
}

/// One entry of the final image's history.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Layer {
    /// 1-based line.
    pub line: usize,
    /// The instruction on one line.
    pub instruction: String,
    /// `base` (the base image's layers), `layer` (a filesystem layer) or `config` (a history
    /// entry that changes only the image configuration).
    pub kind: &'static str,
    /// The step's status, for base and layer entries.
    pub status: Option<Status>,
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
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
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
    /// How to keep an expensive step cached, when a frequent change rebuilds it.
    pub suggestion: Option<Suggestion>,
    /// Problems with the input (parse errors, unknown target, stage references).
    pub diagnostics: Vec<Diagnostic>,
}

/// Run the simulator on `text` (the current Dockerfile).
pub fn simulate(text: &str, opts: &CacheOptions) -> Simulation {
    let ignore = opts.dockerignore.as_deref().map(DockerIgnore::parse);
    let args = opts.build_args.clone();
    let mut prev_args = opts
        .previous_build_args
        .clone()
        .unwrap_or_else(|| args.clone());
    for name in &opts.changed_build_args {
        let old = args
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| format!("{v} (before the change)"))
            .unwrap_or_else(|| "(a value before the change)".into());
        prev_args.retain(|(k, _)| k != name);
        prev_args.push((name.clone(), old));
    }
    let prev_text = opts.previous.as_deref().unwrap_or(text);
    let dockerfile_name = normalize(opts.dockerfile_name.as_deref().unwrap_or("Dockerfile"));

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

    // The virtual context, in both builds.
    let mut names: Vec<String> = opts.context.iter().map(|p| normalize(p)).collect();
    names.extend(opts.changed.iter().map(|p| normalize(p)));
    names.extend(keys::literal_sources(&model));
    names.extend(keys::literal_sources(prev_model));
    names.push(dockerfile_name.clone());
    if let Some(di) = &opts.dockerignore {
        if !di.is_empty() {
            names.push(".dockerignore".into());
        }
    }
    let added: HashSet<String> = opts.added.iter().map(|p| normalize(p)).collect();
    let removed: HashSet<String> = opts.removed.iter().map(|p| normalize(p)).collect();
    let mut changed: HashSet<String> = opts.changed.iter().map(|p| normalize(p)).collect();
    if src != *prev_src {
        changed.insert(dockerfile_name.clone());
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

    let mut diagnostics = Vec::new();
    // `FROM a` where stage "a" is this one or comes later: BuildKit sees only the stages above,
    // so this pulls an image named "a", which is rarely what was meant.
    for st in &model.stages {
        let base = st.base.to_lowercase();
        let later = model.stages[st.index..]
            .iter()
            .any(|o| o.name.as_deref() == Some(base.as_str()));
        if st.base_stage.is_none() && later {
            let node = &model.parsed.nodes[model.instructions[st.from].node];
            let b = &st.base;
            let mut d = crate::diagnostic::Diagnostic::new(
                &codes::STAGE_NOT_ABOVE,
                node.args.first().map_or(node.keyword.span, |a| a.span),
                Text::new(
                    format!("FROM {b}: no stage \"{b}\" is defined above this line, so BuildKit pulls an image named \"{b}\" instead (a stage can build only on a stage before it)"),
                    format!("FROM {b}：这一行之前没有名为 \"{b}\" 的阶段，所以 BuildKit 会去拉取名为 \"{b}\" 的镜像（阶段只能基于它之前定义的阶段）"),
                ),
            );
            d.severity = crate::diagnostic::Severity::Warning;
            diagnostics.push(d);
        }
    }
    // `COPY --from` its own stage: BuildKit stops with a circular dependency.
    for ins in &model.instructions {
        if let Some(CopyCommand { from: Some(f), .. }) = ins.copy() {
            if ins.stage.is_some() && model.stage_ref(&f.value) == ins.stage {
                let v = &f.value;
                diagnostics.push(crate::diagnostic::Diagnostic::new(
                    &crate::dockerfile::codes::INVALID_STAGE_REFERENCE,
                    f.span,
                    Text::new(
                        format!("COPY --from={v} inside stage \"{v}\": a stage cannot copy from itself (BuildKit reports a circular dependency)"),
                        format!("在阶段 \"{v}\" 中使用 COPY --from={v}：阶段不能从自身复制（BuildKit 会报告循环依赖）"),
                    ),
                ));
            }
        }
    }
    let mut report_error = |en: String, zh: String| {
        diagnostics.push(crate::diagnostic::Diagnostic::new(
            &codes::UNKNOWN_STAGE,
            crate::text::Span::new(0, 0),
            Text::new(en, zh),
        ));
    };
    let target = match &opts.target {
        Some(t) => {
            let found = model.stage_ref(t);
            if found.is_none() {
                report_error(
                    format!("target stage \"{t}\" not found"),
                    format!("找不到目标阶段 \"{t}\""),
                );
            }
            found
        }
        None => model.stages.len().checked_sub(1),
    };
    let prev_target = match &opts.target {
        Some(t) => prev_model.stage_ref(t),
        None => prev_model.stages.len().checked_sub(1),
    };
    let mut no_cache: HashSet<usize> = HashSet::new();
    for f in &opts.no_cache_filter {
        match model.stage_ref(f) {
            Some(i) => {
                no_cache.insert(i);
            }
            None => report_error(
                format!("--no-cache-filter: no stage \"{f}\""),
                format!("--no-cache-filter：没有名为 \"{f}\" 的阶段"),
            ),
        }
    }

    let prev = keys::build(
        prev_model,
        &prev_ctx,
        ignore.as_ref(),
        &never,
        0,
        prev_target,
    );
    let cur = keys::build(&model, &cur_ctx, ignore.as_ref(), &moved, 1, target);

    let mut out = judge(
        &model,
        &cur,
        &prev,
        &prev_ctx,
        &cur_ctx,
        ignore.as_ref(),
        &no_cache,
    );
    out.target = target;
    out.context = cur_ctx.files.keys().cloned().collect();
    let mut diags: Vec<crate::diagnostic::Diagnostic> = model
        .parsed
        .diagnostics
        .iter()
        .chain(&model.diagnostics)
        .filter(|d| d.severity == crate::diagnostic::Severity::Error)
        .cloned()
        .collect();
    diags.extend(diagnostics);
    out.diagnostics = diags;
    out.suggestion = reasons::suggestion(&src, &model, &out);
    out.text = src;
    out
}

/// The statuses of the current build's steps against the previous build's keys.
#[allow(clippy::too_many_arguments)]
fn judge(
    model: &crate::dockerfile::Dockerfile,
    cur: &Build,
    prev: &Build,
    prev_ctx: &Context,
    cur_ctx: &Context,
    ignore: Option<&DockerIgnore>,
    no_cache: &HashSet<usize>,
) -> Simulation {
    // Only what the previous build built is in the cache.
    let built: Vec<&Step> = prev
        .steps
        .iter()
        .filter(|s| prev.reachable[s.stage])
        .collect();
    let prev_chain: HashSet<u64> = built.iter().map(|s| s.chain).collect();
    let prev_own: HashSet<u64> = built.iter().map(|s| s.own).collect();
    let mut prev_by_parent: HashMap<u64, Vec<&Step>> = HashMap::new();
    let mut prev_by_stage: HashMap<usize, Vec<&Step>> = HashMap::new();
    for s in built {
        prev_by_parent.entry(s.parent).or_default().push(s);
        prev_by_stage.entry(s.stage).or_default().push(s);
    }
    let node_of = |ins: usize| &model.parsed.nodes[model.instructions[ins].node];
    // Per stage: the dirt at its end (status, cause line).
    let mut stage_dirty: Vec<Option<(Status, usize)>> = vec![None; model.stages.len()];
    let mut stages = Vec::with_capacity(model.stages.len());
    let mut counts = Counts::default();
    let mut log = vec![
        "#1 [internal] load build definition from Dockerfile".to_string(),
        "#2 [internal] load .dockerignore".to_string(),
    ];
    let mut n = 3;
    let multi = model.stages.len() > 1;
    for stage in &model.stages {
        let reachable = cur.reachable.get(stage.index).copied().unwrap_or(false);
        let mut steps_out = Vec::new();
        let mut dirty: Option<(Status, usize)> = stage
            .base_stage
            .filter(|&b| b < stage.index)
            .and_then(|b| stage_dirty[b]);
        let ids = &cur.stage_steps[stage.index];
        let total = ids.len();
        let label = match (&stage.name, multi) {
            (Some(name), _) => format!("{name} "),
            (None, true) => format!("stage-{} ", stage.index),
            (None, false) => String::new(),
        };
        for (k, &si) in ids.iter().enumerate() {
            let step = &cur.steps[si];
            let node = node_of(step.ins);
            let line = node.start_line;
            let instruction = keys::one_line(&node.original);
            if !reachable {
                counts.skipped += 1;
                steps_out.push(SimStep {
                    line,
                    end_line: node.end_line,
                    keyword: step.keyword,
                    instruction,
                    status: Status::Skipped,
                    reason: Some(reasons::skipped()),
                    cause_line: None,
                    layer: step.layer,
                });
                continue;
            }
            let own_cause: Option<(Status, Text)> = if no_cache.contains(&stage.index) {
                Some((Status::Rebuilt, reasons::no_cache(stage)))
            } else if !prev_own.contains(&step.own)
                || step.contents.iter().any(|c| {
                    matches!(c, keys::Content::Stage(s) if stage_dirty.get(*s).copied().flatten().is_some())
                })
            {
                Some(reasons::own_change(
                    model, step, prev_ctx, cur_ctx, ignore, &prev_by_parent, &prev_by_stage, &stage_dirty,
                ))
            } else {
                None
            };
            let (status, reason, cause) = match (&own_cause, dirty) {
                (None, Some((_, from))) if step.link => {
                    (Status::Cached, Some(reasons::link_reused(from)), None)
                }
                (Some((Status::Rebuilt, why)), _) => {
                    dirty = Some((Status::Rebuilt, line));
                    (Status::Rebuilt, Some(why.clone()), Some(line))
                }
                (_, Some((Status::Rebuilt, from))) => (
                    Status::Rebuilt,
                    Some(reasons::after_miss(from, false)),
                    Some(from),
                ),
                (Some((_, why)), d) => {
                    if d.is_none() {
                        dirty = Some((Status::Maybe, line));
                    }
                    (Status::Maybe, Some(why.clone()), Some(line))
                }
                (None, Some((_, from))) => (
                    Status::Maybe,
                    Some(reasons::after_miss(from, true)),
                    Some(from),
                ),
                (None, None) if !prev_chain.contains(&step.chain) => {
                    dirty = Some((Status::Rebuilt, line));
                    (
                        Status::Rebuilt,
                        Some(reasons::position_changed()),
                        Some(line),
                    )
                }
                (None, None) => (Status::Cached, None, None),
            };
            match status {
                Status::Cached => counts.cached += 1,
                Status::Maybe => counts.maybe += 1,
                Status::Rebuilt => counts.rebuilt += 1,
                Status::Skipped => counts.skipped += 1,
            }
            log.push(format!("#{n} [{label}{}/{total}] {instruction}", k + 1));
            log.push(match status {
                Status::Cached => format!("#{n} CACHED"),
                Status::Maybe => format!("#{n} DONE (or CACHED if what it reads is unchanged)"),
                _ => format!("#{n} DONE"),
            });
            n += 1;
            steps_out.push(SimStep {
                line,
                end_line: node.end_line,
                keyword: step.keyword,
                instruction,
                status,
                reason,
                cause_line: cause,
                layer: step.layer,
            });
        }
        stage_dirty[stage.index] = dirty;
        stages.push(SimStage {
            name: stage.name.clone(),
            index: stage.index,
            base: stage.base.clone(),
            reachable,
            steps: steps_out,
        });
    }
    if cur.target.is_some() {
        log.push(format!("#{n} exporting to image"));
    }
    let layers = reasons::layers(model, cur.target, &stages);
    Simulation {
        text: String::new(),
        target: cur.target,
        stages,
        layers,
        log,
        counts,
        context: Vec::new(),
        suggestion: None,
        diagnostics: Vec::new(),
    }
}
