//! The statuses of the current build's steps against the previous build's keys: a step is
//! cached when its chain key was built before, re-runs when its own key is new or a step before
//! it re-ran, and "maybe" when only another stage's output or a download might differ.

use super::context::Context;
use super::keys::{self, Build, Content, Step};
use super::reasons::{self, Explainer};
use super::{Counts, SimStage, SimStep, Simulation, Status};
use crate::dockerfile::{Dockerfile, Stage};
use crate::dockerignore::DockerIgnore;
use crate::i18n::Text;
use std::collections::{HashMap, HashSet};

/// What judging reads.
pub(super) struct Inputs<'a> {
    pub model: &'a Dockerfile,
    pub cur: &'a Build,
    pub prev: &'a Build,
    pub prev_ctx: &'a Context,
    pub cur_ctx: &'a Context,
    pub ignore: Option<&'a DockerIgnore>,
    pub no_cache: &'a HashSet<usize>,
}

/// A step's status, its reason, and the line that causes it.
type Verdict = (Status, Option<Text>, Option<usize>);

/// The judge's state while it walks the stages.
struct Judge<'a> {
    inputs: &'a Inputs<'a>,
    explainer: Explainer<'a>,
    /// Chain keys the previous build made.
    prev_chain: HashSet<u64>,
    /// Own keys the previous build made.
    prev_own: HashSet<u64>,
    /// Per stage: the dirt at its end (status, cause line).
    stage_dirty: Vec<Option<(Status, usize)>>,
    counts: Counts,
    log: Vec<String>,
    /// The next log entry's number.
    n: usize,
}

/// Judge every step of the current build.
pub(super) fn judge(inputs: &Inputs) -> Simulation {
    let model = inputs.model;
    // Only what the previous build built is in the cache.
    let built: Vec<&Step> = inputs
        .prev
        .steps
        .iter()
        .filter(|s| inputs.prev.reachable[s.stage])
        .collect();
    let mut prev_by_parent: HashMap<u64, Vec<&Step>> = HashMap::new();
    let mut prev_by_kind: HashMap<(usize, &str), Vec<&Step>> = HashMap::new();
    for s in &built {
        prev_by_parent.entry(s.parent).or_default().push(s);
        prev_by_kind
            .entry((s.stage, s.keyword))
            .or_default()
            .push(s);
    }
    let mut j = Judge {
        inputs,
        explainer: Explainer {
            model,
            prev_ctx: inputs.prev_ctx,
            cur_ctx: inputs.cur_ctx,
            ignore: inputs.ignore,
            prev_by_parent,
            prev_by_kind,
        },
        prev_chain: built.iter().map(|s| s.chain).collect(),
        prev_own: built.iter().map(|s| s.own).collect(),
        stage_dirty: vec![None; model.stages.len()],
        counts: Counts::default(),
        log: vec![
            "#1 [internal] load build definition from Dockerfile".to_string(),
            "#2 [internal] load .dockerignore".to_string(),
        ],
        n: 3,
    };
    let stages: Vec<SimStage> = model.stages.iter().map(|st| j.stage(st)).collect();
    if inputs.cur.target.is_some() {
        j.log.push(format!("#{} exporting to image", j.n));
    }
    let layers = reasons::layers(model, inputs.cur.target, &stages);
    Simulation {
        text: String::new(),
        target: inputs.cur.target,
        stages,
        layers,
        args: Vec::new(),
        log: j.log,
        counts: j.counts,
        context: Vec::new(),
        suggestion: None,
        diagnostics: Vec::new(),
    }
}

impl Judge<'_> {
    /// One stage's steps, counted and logged.
    fn stage(&mut self, stage: &Stage) -> SimStage {
        let model = self.inputs.model;
        let cur = self.inputs.cur;
        let reachable = cur.reachable.get(stage.index).copied().unwrap_or(false);
        let mut steps = Vec::new();
        let mut dirty: Option<(Status, usize)> = stage
            .base_stage
            .filter(|&b| b < stage.index)
            .and_then(|b| self.stage_dirty[b]);
        let ids = &cur.stage_steps[stage.index];
        let label = match (&stage.name, model.stages.len() > 1) {
            (Some(name), _) => format!("{name} "),
            (None, true) => format!("stage-{} ", stage.index),
            (None, false) => String::new(),
        };
        for (k, &si) in ids.iter().enumerate() {
            let step = &cur.steps[si];
            let node = &model.parsed.nodes[model.instructions[step.ins].node];
            let instruction = keys::one_line(&node.original);
            let (status, reason, cause_line) = if reachable {
                let verdict = self.verdict(stage, step, node.start_line, &mut dirty);
                // BuildKit's log names the base image after variables are expanded.
                let shown = match (step.keyword, stage.base_stage) {
                    ("FROM", None) => format!("FROM {}", stage.base),
                    _ => instruction.clone(),
                };
                self.log_step(&label, k + 1, ids.len(), &shown, verdict.0);
                verdict
            } else {
                (Status::Skipped, Some(reasons::skipped()), None)
            };
            self.count(status);
            steps.push(SimStep {
                line: node.start_line,
                end_line: node.end_line,
                keyword: step.keyword,
                instruction,
                status,
                reason,
                cause_line,
                layer: step.layer,
            });
        }
        self.stage_dirty[stage.index] = dirty;
        SimStage {
            name: stage.name.clone(),
            index: stage.index,
            base: stage.base.clone(),
            reachable,
            line: model.parsed.nodes[model.instructions[stage.from].node].start_line,
            base_stage: stage.base_stage,
            copies_from: stage
                .deps
                .iter()
                .copied()
                .filter(|&d| Some(d) != stage.base_stage)
                .collect(),
            steps,
        }
    }

    /// What happens to one step of a needed stage; `dirty` carries the stage's first re-run.
    fn verdict(
        &self,
        stage: &Stage,
        step: &Step,
        line: usize,
        dirty: &mut Option<(Status, usize)>,
    ) -> Verdict {
        let own_cause: Option<(Status, Text)> = if self.inputs.no_cache.contains(&stage.index) {
            Some((Status::Rebuilt, reasons::no_cache(stage)))
        } else if !self.prev_own.contains(&step.own)
            || step.contents.iter().any(|c| {
                matches!(c, Content::Stage(s) if self.stage_dirty.get(*s).copied().flatten().is_some())
            })
        {
            Some(self.explainer.own_change(step, &self.stage_dirty))
        } else {
            None
        };
        match (own_cause, *dirty) {
            (None, Some((_, from))) if step.link => {
                (Status::Cached, Some(reasons::link_reused(from)), None)
            }
            (Some((Status::Rebuilt, why)), _) => {
                *dirty = Some((Status::Rebuilt, line));
                (Status::Rebuilt, Some(why), Some(line))
            }
            (_, Some((Status::Rebuilt, from))) => (
                Status::Rebuilt,
                Some(reasons::after_miss(from, false)),
                Some(from),
            ),
            (Some((_, why)), d) => {
                if d.is_none() {
                    *dirty = Some((Status::Maybe, line));
                }
                (Status::Maybe, Some(why), Some(line))
            }
            (None, Some((_, from))) => (
                Status::Maybe,
                Some(reasons::after_miss(from, true)),
                Some(from),
            ),
            (None, None) if !self.prev_chain.contains(&step.chain) => {
                *dirty = Some((Status::Rebuilt, line));
                (
                    Status::Rebuilt,
                    Some(reasons::position_changed()),
                    Some(line),
                )
            }
            (None, None) => (Status::Cached, None, None),
        }
    }

    fn count(&mut self, status: Status) {
        match status {
            Status::Cached => self.counts.cached += 1,
            Status::Maybe => self.counts.maybe += 1,
            Status::Rebuilt => self.counts.rebuilt += 1,
            Status::Skipped => self.counts.skipped += 1,
        }
    }

    /// BuildKit's progress lines for a step: `#N [stage k/total] INSTRUCTION`, then its end.
    fn log_step(&mut self, label: &str, k: usize, total: usize, instruction: &str, status: Status) {
        let n = self.n;
        self.log
            .push(format!("#{n} [{label}{k}/{total}] {instruction}"));
        self.log.push(match status {
            Status::Cached => format!("#{n} CACHED"),
            Status::Maybe => format!("#{n} DONE (or CACHED if what it reads is unchanged)"),
            _ => format!("#{n} DONE"),
        });
        self.n += 1;
    }
}
