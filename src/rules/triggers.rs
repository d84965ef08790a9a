//! The instruction rules on ONBUILD triggers, as hadolint runs them.

use super::{run, Ctx};
use crate::diagnostic::{Diagnostic, Origin, Scope};
use crate::text::Span;

/// Rules whose question has no answer in the stage a trigger is written in: `COPY --from`
/// names a stage of the downstream build (DL3022, DL3023), a MAINTAINER trigger is already
/// an error of its own (DL3043, not DL4000), and curl and wget in a trigger run in another
/// image than the stage's other RUNs (DL4001).
const NOT_ON_TRIGGERS: &[&str] = &["DL3022", "DL3023", "DL4000", "DL4001"];

/// Run the instruction rules on ONBUILD triggers: each trigger is judged as if it stood in the
/// stage where it is written. Stage-level rules and BuildKit's checks do not look inside
/// triggers.
pub(crate) fn run_on_triggers(ctx: &Ctx) -> Vec<Diagnostic> {
    let nodes = &ctx.model.parsed.nodes;
    let triggers: Vec<(Span, Span)> = nodes
        .iter()
        .filter_map(|n| n.sub.as_ref().map(|s| (n.keyword.span, s.span)))
        .collect();
    if triggers.is_empty() {
        return Vec::new();
    }
    // Blank out each ONBUILD keyword: the trigger becomes an instruction at the same offsets.
    let mut bytes = ctx.src.as_bytes().to_vec();
    for (kw, _) in &triggers {
        bytes[kw.start..kw.end].fill(b' ');
    }
    let Ok(text) = String::from_utf8(bytes) else {
        return Vec::new();
    };
    let mut items = ctx.with_text(&text, |vctx| {
        // The same offsets, or the findings could not be placed.
        if vctx.src.len() != ctx.src.len() {
            return Vec::new();
        }
        run(vctx)
    });
    items.retain(|d| {
        !NOT_ON_TRIGGERS.contains(&d.code.id)
            && d.code.origin != Origin::Buildkit
            && d.code.scope == Scope::Instruction
            && triggers
                .iter()
                .any(|(_, t)| t.start <= d.span.start && d.span.end <= t.end)
    });
    items
}
