//! The cache contract (`dockplay cache --format json`, `simulateCache` in the JS API): the
//! simulation rendered in one language, with both languages beside, and its text format.

use super::{fix_out, resolve, DiagnosticOut, FixOut};
use crate::analysis::cache::{Counts, Layer, Simulation, Status};
use crate::i18n::{Lang, Text};
use crate::text::LineIndex;
use serde::Serialize;

/// One build step.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct StepOut {
    /// 1-based first line of the instruction.
    pub line: usize,
    /// Last line.
    pub end_line: usize,
    /// Upper-case keyword.
    pub keyword: String,
    /// The instruction as written, on one line.
    pub instruction: String,
    /// What happens to it.
    pub status: Status,
    /// Why, in the chosen language (none for a plain cache hit).
    pub reason: Option<String>,
    /// Why, in both languages.
    pub reason_i18n: Option<Text>,
    /// The line whose change causes this (its own line when it changed itself).
    pub cause_line: Option<usize>,
    /// Whether the step adds a layer to the image (FROM brings the base image's layers).
    pub layer: bool,
}

/// One stage.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct StageOut {
    /// `AS name`, if any.
    pub name: Option<String>,
    /// 0-based index.
    pub index: usize,
    /// The base image or stage.
    pub base: String,
    /// Whether the target needs it.
    pub reachable: bool,
    /// 1-based line of its FROM.
    #[serde(default)]
    pub line: usize,
    /// The stage it builds on (`FROM earlier-stage`), if any.
    #[serde(default)]
    pub base_stage: Option<usize>,
    /// The other stages it copies or mounts from (`COPY --from`, `RUN --mount=from=`; its base
    /// stage is not repeated here).
    #[serde(default)]
    pub copies_from: Vec<usize>,
    /// Its build steps.
    pub steps: Vec<StepOut>,
}

/// The reordering that keeps a dependency install cached.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct SuggestionOut {
    /// What to do, in the chosen language.
    pub message: String,
    /// What to do, in both languages.
    pub message_i18n: Text,
    /// The edit (the same fix DP1001 offers).
    pub fix: FixOut,
    /// The whole Dockerfile with the edit applied.
    pub reordered: String,
}

/// The cache report.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct CacheReport {
    /// Contract version.
    pub version: u32,
    /// Language of the single-language fields.
    pub lang: Lang,
    /// The target stage's index.
    pub target: Option<usize>,
    /// Stages in file order.
    pub stages: Vec<StageOut>,
    /// The target image's history, base first.
    pub layers: Vec<Layer>,
    /// A BuildKit-style progress log.
    pub log: Vec<String>,
    /// Step counts.
    pub counts: Counts,
    /// The virtual build context used (sorted).
    pub context: Vec<String>,
    /// The build arguments the Dockerfile declares, in file order.
    #[serde(default)]
    pub args: Vec<crate::analysis::cache::BuildArg>,
    /// How to keep an expensive step cached, when a frequent change rebuilds it.
    pub suggestion: Option<SuggestionOut>,
    /// Problems with the input (parse errors, unknown target).
    pub diagnostics: Vec<DiagnosticOut>,
}

impl CacheReport {
    /// Render a simulation in `lang`.
    pub fn new(sim: Simulation, lang: Lang) -> CacheReport {
        let stages = sim
            .stages
            .into_iter()
            .map(|st| StageOut {
                name: st.name,
                index: st.index,
                base: st.base,
                reachable: st.reachable,
                line: st.line,
                base_stage: st.base_stage,
                copies_from: st.copies_from,
                steps: st
                    .steps
                    .into_iter()
                    .map(|s| StepOut {
                        line: s.line,
                        end_line: s.end_line,
                        keyword: s.keyword.to_string(),
                        instruction: s.instruction,
                        status: s.status,
                        reason: s.reason.as_ref().map(|r| r.get(lang).to_string()),
                        reason_i18n: s.reason,
                        cause_line: s.cause_line,
                        layer: s.layer,
                    })
                    .collect(),
            })
            .collect();
        let idx = LineIndex::new(&sim.text);
        let suggestion = sim.suggestion.map(|s| SuggestionOut {
            message: s.message.get(lang).to_string(),
            // Reordering instructions changes what the build does.
            fix: fix_out(&sim.text, &idx, &s.fix, false, lang),
            message_i18n: s.message,
            reordered: s.reordered,
        });
        CacheReport {
            version: super::SCHEMA_VERSION,
            lang,
            target: sim.target,
            stages,
            layers: sim.layers,
            log: sim.log,
            counts: sim.counts,
            context: sim.context,
            args: sim.args,
            suggestion,
            diagnostics: resolve(&sim.text, &sim.diagnostics, lang),
        }
    }
}

/// The report as text: each stage's steps with their status and reason, the log, the suggestion.
pub fn to_text(report: &CacheReport, path: &str) -> String {
    let lang = report.lang;
    let zh = lang == Lang::Zh;
    let mut s = String::new();
    for d in &report.diagnostics {
        s.push_str(&format!(
            "{path}:{}:{}: {}: {} [{}]\n",
            d.line,
            d.column,
            d.severity.as_str(),
            d.message,
            d.rule
        ));
    }
    for st in &report.stages {
        let name = st
            .name
            .clone()
            .map(|n| format!(" \"{n}\""))
            .unwrap_or_default();
        let note = match (st.reachable, zh) {
            (true, _) => String::new(),
            (false, false) => " (not needed for the target)".into(),
            (false, true) => "（目标不需要）".into(),
        };
        let stage_word = if zh { "阶段" } else { "stage" };
        s.push_str(&format!(
            "{stage_word} {}{name}: {}{note}\n",
            st.index, st.base
        ));
        for step in &st.steps {
            let status = match (step.status, zh) {
                (Status::Cached, false) => "CACHED ",
                (Status::Maybe, false) => "MAYBE  ",
                (Status::Rebuilt, false) => "RE-RUNS",
                (Status::Skipped, false) => "SKIPPED",
                (Status::Cached, true) => "命中缓存",
                (Status::Maybe, true) => "可能重建",
                (Status::Rebuilt, true) => "重新执行",
                (Status::Skipped, true) => "跳过    ",
            };
            s.push_str(&format!(
                "  {:>4}  {status}  {}\n",
                step.line, step.instruction
            ));
            if let (Some(r), false) = (&step.reason, step.status == Status::Skipped) {
                s.push_str(&format!("              {r}\n"));
            }
        }
    }
    let c = &report.counts;
    s.push_str(&if zh {
        format!(
            "\n{} 步命中缓存，{} 步重新执行，{} 步可能重建，{} 步跳过\n",
            c.cached, c.rebuilt, c.maybe, c.skipped
        )
    } else {
        format!(
            "\n{} cached, {} re-run, {} maybe, {} skipped\n",
            c.cached, c.rebuilt, c.maybe, c.skipped
        )
    });
    if let Some(sug) = &report.suggestion {
        s.push_str(&format!(
            "\n{}: {}\n\n{}",
            if zh { "建议" } else { "suggestion" },
            sug.message,
            sug.reordered
        ));
    }
    s
}
