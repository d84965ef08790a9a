//! Shared by several hadolint rules.

use crate::rules::prelude::*;

/// hadolint's rules about one instruction kept once per stage (the later ones are reported).
pub(super) fn multiple(cx: &Ctx, out: &mut Out, kw: Keyword) {
    for stage in &cx.model.stages {
        let all: Vec<_> = cx
            .stage_instructions(stage)
            .filter(|(i, _)| i.is(kw))
            .collect();
        for (_, node) in all.iter().skip(1) {
            let first = all[0].1.start_line;
            out.report(
                node.keyword.span,
                text!(
                    "multiple {kw} instructions in one stage (the first is on line {first}); only the last one takes effect",
                    "同一阶段中有多个 {kw}（第一个在第 {first} 行），只有最后一个生效"
                ),
                None,
            );
        }
    }
}
