//! A fragment without FROM (what a learner pastes: `RUN apt-get install python`) is checked as
//! one stage: BuildKit's "no FROM" error stays, and every rule also runs on the text with a
//! `FROM scratch` line put before the first instruction, its findings moved back to the
//! fragment's own offsets.

use super::{run, run_on_triggers, Ctx};
use crate::diagnostic::Diagnostic;
use crate::text::Span;

/// The line put before a fragment's first instruction.
const STAGE: &str = "FROM scratch\n";

/// The rules' findings on a Dockerfile that has instructions but no FROM, as if it were one
/// stage; empty for every other Dockerfile.
pub(crate) fn run_on_fragment(ctx: &Ctx) -> Vec<Diagnostic> {
    let model = ctx.model;
    if !model.stages.is_empty() {
        return Vec::new();
    }
    let Some(first) = model.instructions.first() else {
        return Vec::new();
    };
    let at = model.parsed.nodes[first.node].span.start;
    let text = format!("{}{STAGE}{}", &ctx.src[..at], &ctx.src[at..]);
    let items = ctx.with_text(&text, |vctx| {
        if vctx.model.stages.len() != 1 {
            return Vec::new();
        }
        let mut items = run(vctx);
        items.extend(run_on_triggers(vctx));
        items
    });
    let n = STAGE.len();
    let back = |s: Span| -> Option<Span> {
        let map = |o: usize| match o {
            o if o <= at => Some(o),
            o if o >= at + n => Some(o - n),
            _ => None,
        };
        Some(Span::new(map(s.start)?, map(s.end)?))
    };
    items
        .into_iter()
        .filter_map(|mut d| {
            d.span = back(d.span)?;
            if let Some(f) = &mut d.fix {
                for e in &mut f.edits {
                    e.span = back(e.span)?;
                }
            }
            Some(d)
        })
        .collect()
}
