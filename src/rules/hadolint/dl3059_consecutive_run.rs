//! DL3059 `consecutive-run`: Multiple consecutive RUN instructions.

use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3059",
        name: "consecutive-run",
        severity: Severity::Info,
        origin: Origin::Hadolint,
        summary: doc(Text { en: "Multiple consecutive RUN instructions", zh: "连续多个 RUN 指令" }),
        why: doc(Text { en: "Each RUN is a layer; files deleted in a later RUN still take space in the earlier layer.", zh: "每个 RUN 都是一层；后面的 RUN 删除的文件仍占用前面那一层的空间。" }),
        fix: doc(Text { en: "Join related commands with && in one RUN.", zh: "把相关命令用 && 合并到一个 RUN 中。" }),
        bad: doc_str("FROM debian:12\nRUN mkdir /data\nRUN chown 1000 /data\n"),
        good: doc_str("FROM debian:12\nRUN mkdir /data && chown 1000 /data\n"),
        scope: Scope::Stage,
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    // Like hadolint: only when both RUNs hold a single command and use the same flags.
    let single = |ins: &crate::dockerfile::model::Instruction| {
        cx.script(ins)
            .is_some_and(|s| s.commands.len() == 1 && !s.has_pipe)
    };
    for stage in &cx.model.stages {
        let mut prev: Option<(
            &crate::dockerfile::model::Instruction,
            &crate::dockerfile::syntax::Node,
        )> = None;
        for (ins, node) in cx.stage_instructions(stage) {
            if ins.is(Keyword::Run) {
                if let Some((pi, p)) = prev {
                    let same_flags = p
                        .flags
                        .iter()
                        .map(|f| &f.raw)
                        .eq(node.flags.iter().map(|f| &f.raw));
                    if same_flags && single(pi) && single(ins) {
                        out.report(
                            node.keyword.span,
                            text!(
                                "consecutive RUN instructions; consider joining them",
                                "连续的 RUN 指令，建议合并"
                            ),
                            None,
                        );
                    }
                }
                prev = Some((ins, node));
            } else {
                prev = None;
            }
        }
    }
}
