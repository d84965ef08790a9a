//! DL3061 `instruction-before-from`: An instruction other than ARG comes before the first FROM.

use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3061",
        name: "instruction-before-from",
        severity: Severity::Error,
        origin: Origin::Hadolint,
        summary: doc(Text { en: "An instruction other than ARG comes before the first FROM", zh: "第一个 FROM 之前出现了 ARG 以外的指令" }),
        why: doc(Text { en: "Every instruction but ARG belongs to a stage, and a stage starts with FROM. BuildKit stops the build.", zh: "除 ARG 外的每条指令都属于某个阶段，而阶段从 FROM 开始。BuildKit 会直接终止构建。" }),
        fix: doc(Text { en: "Move the instruction below FROM; only ARGs used in FROM lines may stand above it.", zh: "把该指令移到 FROM 之后；FROM 之前只能放供 FROM 使用的 ARG。" }),
        bad: doc_str("LABEL org.opencontainers.image.title=app\nFROM python:3.12-slim\n"),
        good: doc_str("FROM python:3.12-slim\nLABEL org.opencontainers.image.title=app\n"),
        scope: Scope::Stage,
        takes_over: true,
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (ins, node) in cx.instructions() {
        if ins.stage.is_none() && !ins.is(Keyword::From) && !ins.is(Keyword::Arg) {
            let k = node.name();
            out.report(
                node.keyword.span,
                text!(
                    "{k} comes before the first FROM; only ARG may stand there",
                    "{k} 出现在第一个 FROM 之前；FROM 之前只能有 ARG"
                ),
                None,
            );
        }
    }
}
