//! What the simulator reports about its input before keying: stage references BuildKit would
//! read differently, and `--target` / `--no-cache-filter` stages that do not exist.

use super::codes;
use crate::diagnostic::{Diagnostic, Severity};
use crate::dockerfile::model::CopyCommand;
use crate::dockerfile::Dockerfile;
use crate::i18n::Text;
use crate::text::Span;
use std::collections::HashSet;

/// `FROM a` where stage "a" is this one or comes later: BuildKit sees only the stages above, so
/// this pulls an image named "a", which is rarely what was meant (DP0011).
pub(super) fn stage_order(model: &Dockerfile) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for st in &model.stages {
        let base = st.base.to_lowercase();
        let later = model.stages[st.index..]
            .iter()
            .any(|o| o.name.as_deref() == Some(base.as_str()));
        if st.base_stage.is_none() && later {
            let node = &model.parsed.nodes[model.instructions[st.from].node];
            let b = &st.base;
            let mut d = Diagnostic::new(
                &codes::STAGE_NOT_ABOVE,
                node.args.first().map_or(node.keyword.span, |a| a.span),
                Text::new(
                    format!("FROM {b}: no stage \"{b}\" is defined above this line, so BuildKit pulls an image named \"{b}\" instead (a stage can build only on a stage before it)"),
                    format!("FROM {b}：这一行之前没有名为 \"{b}\" 的阶段，所以 BuildKit 会去拉取名为 \"{b}\" 的镜像（阶段只能基于它之前定义的阶段）"),
                ),
            );
            d.severity = Severity::Warning;
            out.push(d);
        }
    }
    out
}

/// `COPY --from` its own stage: BuildKit stops with a circular dependency (DP0007).
pub(super) fn self_copies(model: &Dockerfile) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for ins in &model.instructions {
        let Some(CopyCommand { from: Some(f), .. }) = ins.copy() else {
            continue;
        };
        if ins.stage.is_some() && model.stage_ref(&f.value) == ins.stage {
            let v = &f.value;
            out.push(Diagnostic::new(
                &crate::dockerfile::codes::INVALID_STAGE_REFERENCE,
                f.span,
                Text::new(
                    format!("COPY --from={v} inside stage \"{v}\": a stage cannot copy from itself (BuildKit reports a circular dependency)"),
                    format!("在阶段 \"{v}\" 中使用 COPY --from={v}：阶段不能从自身复制（BuildKit 会报告循环依赖）"),
                ),
            ));
        }
    }
    out
}

/// An unknown stage named by an option (DP0010, at the start of the file).
fn unknown_stage(en: String, zh: String) -> Diagnostic {
    Diagnostic::new(&codes::UNKNOWN_STAGE, Span::new(0, 0), Text::new(en, zh))
}

/// The stage built: `--target`, else the last.
pub(super) fn target(
    model: &Dockerfile,
    target: Option<&str>,
    out: &mut Vec<Diagnostic>,
) -> Option<usize> {
    let Some(t) = target else {
        return model.stages.len().checked_sub(1);
    };
    let found = model.stage_ref(t);
    if found.is_none() {
        out.push(unknown_stage(
            format!("target stage \"{t}\" not found"),
            format!("找不到目标阶段 \"{t}\""),
        ));
    }
    found
}

/// The stages `--no-cache-filter` names.
pub(super) fn no_cache_filter(
    model: &Dockerfile,
    filter: &[String],
    out: &mut Vec<Diagnostic>,
) -> HashSet<usize> {
    let mut stages = HashSet::new();
    for f in filter {
        match model.stage_ref(f) {
            Some(i) => {
                stages.insert(i);
            }
            None => out.push(unknown_stage(
                format!("--no-cache-filter: no stage \"{f}\""),
                format!("--no-cache-filter：没有名为 \"{f}\" 的阶段"),
            )),
        }
    }
    stages
}
