//! Small helpers several rules of different origins share.

use crate::diagnostic::Fix;
use crate::dockerfile::model::Instr;
use crate::dockerfile::syntax::Node;
use crate::dockerfile::Instruction;
use crate::text::Span;

pub(crate) use crate::suggest::did_you_mean;

/// The names an ARG or ENV instruction defines, with their spans (empty for other instructions).
pub(crate) fn arg_env_names(ins: &Instruction) -> Vec<(&str, Span)> {
    match &ins.kind {
        Instr::Arg(defs) => defs
            .iter()
            .map(|d| (d.name.value.as_str(), d.name.span))
            .collect(),
        Instr::Env(kvs) => kvs
            .iter()
            .map(|kv| (kv.key.value.as_str(), kv.key.span))
            .collect(),
        _ => Vec::new(),
    }
}

/// Whether a container path is absolute (or starts with a variable, or a Windows drive).
pub(crate) fn is_absolute_path(p: &str) -> bool {
    p.starts_with('/') || p.starts_with('$') || (p.len() >= 2 && p.as_bytes()[1] == b':')
}

/// `"…"` with `"` and `\\` escaped, as a Dockerfile double-quoted word.
pub(crate) fn dq(v: &str) -> String {
    format!("\"{}\"", v.replace('\\', "\\\\").replace('"', "\\\""))
}

/// The fix shared by DL4000 and MaintainerDeprecated: the instruction becomes an authors label.
pub(crate) fn maintainer_to_label(node: &Node) -> Fix {
    let who = node.rest().trim();
    let label = if node.keyword.value == node.keyword.value.to_lowercase() {
        "label"
    } else {
        "LABEL"
    };
    Fix::replace(
        crate::text!(
            "replace with LABEL org.opencontainers.image.authors",
            "改为 LABEL org.opencontainers.image.authors"
        ),
        Span::new(node.keyword.span.start, node.rest_span.end),
        format!("{label} org.opencontainers.image.authors={}", dq(who)),
    )
}

/// Whether an instruction's stage is the final stage or one it builds on: what a cleanup rule
/// protects (a builder stage's caches never reach the image). Instructions outside any stage
/// count as final.
pub(crate) fn reaches_final(cx: &crate::rules::Ctx, ins: &Instruction) -> bool {
    let Some(stage) = ins.stage else {
        return true;
    };
    cx.stage_index()
        .reaches_final
        .get(stage)
        .copied()
        .unwrap_or(true)
}

/// The last SHELL instruction before `ins` in its stage or, failing that, in the stages it
/// builds on (a stage inherits its base stage's shell); `None` when the default `/bin/sh -c`
/// is in effect.
pub(crate) fn shell_in_effect<'a>(
    cx: &crate::rules::Ctx<'a>,
    ins: &Instruction,
) -> Option<&'a Node> {
    let stage = ins.stage?;
    let at = ins.node;
    let idx = cx.stage_index();
    for (k, st) in cx.model.stage_chain(stage).into_iter().enumerate() {
        let shells = idx.shells.get(st)?;
        // In the stage itself, the last SHELL before the instruction; in a base stage, its last.
        let last = if k == 0 {
            shells
                .partition_point(|&i| i < at)
                .checked_sub(1)
                .map(|p| shells[p])
        } else {
            shells.last().copied()
        };
        if let Some(i) = last {
            return cx.model.parsed.nodes.get(i);
        }
    }
    None
}

/// Whether `name` is declared by an ARG or ENV before `ins` in its stage or in a stage it
/// builds on.
pub(crate) fn declared_before(cx: &crate::rules::Ctx, ins: &Instruction, name: &str) -> bool {
    let Some(stage) = ins.stage else { return false };
    let at = ins.node;
    let idx = cx.stage_index();
    cx.model
        .stage_chain(stage)
        .into_iter()
        .enumerate()
        .any(|(k, st)| {
            idx.declared
                .get(st)
                .and_then(|m| m.get(name))
                .is_some_and(|&i| k > 0 || i < at)
        })
}

/// The program name of a SHELL (`bash` for `["/bin/bash", "-c"]`, `pwsh` for `pwsh.exe`),
/// lowercased.
pub(crate) fn shell_name(shell: &Node) -> String {
    let first = shell.args.first().map(|a| a.value.as_str()).unwrap_or("");
    let base = first
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(first)
        .to_ascii_lowercase();
    base.trim_end_matches(".exe").to_string()
}

/// Whether a RUN mount (cache, tmpfs or bind: what is written there stays out of the layer)
/// covers `dir`: the mount's target is `dir`, a directory inside it, or one of its parents.
pub(crate) fn mount_covers(mounts: &[crate::dockerfile::flags::Mount], dir: &str) -> bool {
    let dir = dir.trim_end_matches('/');
    mounts.iter().filter_map(|m| m.get("target")).any(|t| {
        let t = t.trim_end_matches('/');
        t == dir
            || t.is_empty()
            || dir.starts_with(&format!("{t}/"))
            || t.starts_with(&format!("{dir}/"))
    })
}
