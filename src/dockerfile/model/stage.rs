//! Build stages, the whole model, and how stages refer to each other.

use super::instruction::{Instr, Instruction};
use crate::diagnostic::Diagnostic;
use crate::dockerfile::codes;
use crate::dockerfile::parser::ParsedFile;
use crate::text;
use std::collections::{BTreeSet, HashMap};

/// A build stage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stage {
    /// 0-based index.
    pub index: usize,
    /// `AS name`, lower-cased as BuildKit matches it.
    pub name: Option<String>,
    /// The base image after expansion (or the stage it builds on).
    pub base: String,
    /// The stage index this one builds on (`FROM earlier-stage`).
    pub base_stage: Option<usize>,
    /// Index of the FROM instruction.
    pub from: usize,
    /// Indices of its instructions (FROM first).
    pub instructions: Vec<usize>,
    /// Stages it copies or mounts from.
    pub deps: BTreeSet<usize>,
}

/// A Dockerfile: its syntax tree and its semantic model.
#[derive(Debug, Clone)]
pub struct Dockerfile {
    /// The parse.
    pub parsed: ParsedFile,
    /// Typed instructions, parallel to `parsed.nodes`.
    pub instructions: Vec<Instruction>,
    /// Stages in order.
    pub stages: Vec<Stage>,
    /// Problems found by the model (the parser's are in `parsed.diagnostics`).
    pub diagnostics: Vec<Diagnostic>,
    /// Each stage name (lower case) with its first stage's index.
    pub stage_names: HashMap<String, usize>,
}

impl Dockerfile {
    /// The stage a `--from` or `FROM` reference names: a stage name (case-insensitive) or a
    /// stage index, as BuildKit resolves it. `None` means an image.
    pub fn stage_ref(&self, reference: &str) -> Option<usize> {
        self.stage_names
            .get(&reference.to_lowercase())
            .copied()
            .or_else(|| stage_index(reference, self.stages.len()))
    }

    /// `stage` and the stages it builds on, nearest first (bounded: cycles cannot loop).
    pub fn stage_chain(&self, stage: usize) -> Vec<usize> {
        let mut out = vec![stage];
        let mut seen = vec![false; self.stages.len()];
        seen[stage] = true;
        let mut cur = self.stages[stage].base_stage;
        while let Some(s) = cur {
            if s >= seen.len() || seen[s] {
                break;
            }
            seen[s] = true;
            out.push(s);
            cur = self.stages[s].base_stage;
        }
        out
    }

    /// Which stages building `target` builds: the target, the stages it builds on, and every
    /// stage it copies or mounts from, transitively (BuildKit skips the others).
    pub fn needed_stages(&self, target: usize) -> Vec<bool> {
        let mut needed = vec![false; self.stages.len()];
        let mut queue = vec![target];
        while let Some(s) = queue.pop() {
            if s >= needed.len() || needed[s] {
                continue;
            }
            needed[s] = true;
            let st = &self.stages[s];
            queue.extend(st.base_stage.into_iter().chain(st.deps.iter().copied()));
        }
        needed
    }

    /// The instructions of a stage, FROM first.
    pub fn stage_instructions(&self, stage: usize) -> impl Iterator<Item = &Instruction> + '_ {
        self.stages[stage]
            .instructions
            .iter()
            .map(|&i| &self.instructions[i])
    }
}

/// A stage named by its index (`--from=0`), when that index exists.
fn stage_index(reference: &str, count: usize) -> Option<usize> {
    if !reference.is_empty() && reference.bytes().all(|b| b.is_ascii_digit()) {
        reference.parse::<usize>().ok().filter(|i| *i < count)
    } else {
        None
    }
}

/// What an instruction copies or mounts files from, as written: `COPY`/`ADD --from` and
/// `RUN --mount=from=` (a stage name or index, or an image).
pub fn copied_from(ins: &Instruction) -> Vec<&str> {
    match &ins.kind {
        Instr::Copy(c) | Instr::Add(c) => c.from.iter().map(|f| f.value.as_str()).collect(),
        Instr::Run(r) => r.mounts.iter().filter_map(|m| m.get("from")).collect(),
        _ => Vec::new(),
    }
}

/// Resolve `COPY --from` and `RUN --mount=from=` to stages (copying from a stage's own name is
/// hadolint's DL3023, not a dependency).
pub(super) fn resolve_deps(
    stages: &mut [Stage],
    instructions: &[Instruction],
    by_name: &HashMap<String, usize>,
) {
    for si in 0..stages.len() {
        let mut deps = Vec::new();
        for &ii in &stages[si].instructions {
            for r in copied_from(&instructions[ii]) {
                let target = by_name
                    .get(&r.to_lowercase())
                    .copied()
                    .or_else(|| stage_index(r, stages.len()));
                if let Some(t) = target.filter(|t| *t != si) {
                    deps.push(t);
                }
            }
        }
        stages[si].deps.extend(deps);
    }
}

/// Report every cycle between stage dependencies (iterative depth-first search).
pub(super) fn report_cycles(stages: &[Stage], parsed: &ParsedFile, diags: &mut Vec<Diagnostic>) {
    let n = stages.len();
    let mut colour = vec![0u8; n];
    for start in 0..n {
        if colour[start] != 0 {
            continue;
        }
        let mut stack: Vec<(usize, Vec<usize>)> =
            vec![(start, stages[start].deps.iter().copied().collect())];
        colour[start] = 1;
        while let Some((node, pending)) = stack.last_mut() {
            let node = *node;
            match pending.pop() {
                Some(next) if colour[next] == 1 => {
                    let name = stages[next]
                        .name
                        .clone()
                        .unwrap_or_else(|| next.to_string());
                    let span = parsed.nodes[stages[node].from].keyword.span;
                    diags.push(Diagnostic::new(
                        &codes::INVALID_STAGE_REFERENCE,
                        span,
                        text!(
                            "circular dependency detected on stage \"{name}\"",
                            "阶段 \"{name}\" 存在循环依赖"
                        ),
                    ));
                }
                Some(next) if colour[next] == 0 => {
                    colour[next] = 1;
                    stack.push((next, stages[next].deps.iter().copied().collect()));
                }
                Some(_) => {}
                None => {
                    colour[node] = 2;
                    stack.pop();
                }
            }
        }
    }
}
