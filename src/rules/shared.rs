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
