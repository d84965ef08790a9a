//! Shared by several hadolint rules.

use crate::rules::prelude::*;

/// The expanded image of each FROM that names an image (not a stage, not scratch).
pub(super) fn images<'a>(
    cx: &'a Ctx,
) -> impl Iterator<Item = (&'a crate::dockerfile::syntax::Spanned, &'a str)> + 'a {
    cx.instructions().filter_map(|(ins, _)| match &ins.kind {
        Instr::From(FromCommand {
            image, expanded, ..
        }) => {
            let st = ins.stage?;
            (cx.model.stages[st].base_stage.is_none()
                && expanded != "scratch"
                && !expanded.is_empty())
            .then_some((image, expanded.as_str()))
        }
        _ => None,
    })
}

pub(super) fn tag_of(image: &str) -> Option<&str> {
    let name = image.split('@').next().unwrap_or(image);
    match name.rfind(':') {
        Some(i) if !name[i..].contains('/') => Some(&name[i + 1..]),
        _ => None,
    }
}
