//! DL3043 `onbuild-invalid-trigger`: ONBUILD with FROM, MAINTAINER or another ONBUILD as its trigger.

use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3043",
        name: "onbuild-invalid-trigger",
        severity: Severity::Error,
        origin: Origin::Hadolint,
        summary: doc(Text { en: "ONBUILD with FROM, MAINTAINER or another ONBUILD as its trigger", zh: "ONBUILD 的触发指令是 FROM、MAINTAINER 或另一个 ONBUILD" }),
        why: doc(Text { en: "A trigger runs in the build of a child image, inside its stage: it cannot start a stage, set the deprecated author field or chain another trigger. BuildKit stops the build.", zh: "触发指令在子镜像构建时、在它的阶段内执行：不能开始新阶段、不能设置已弃用的作者字段，也不能再串联触发指令。BuildKit 会直接终止构建。" }),
        fix: doc(Text { en: "Trigger RUN, COPY, ENV and the like; use a LABEL for the author.", zh: "让 ONBUILD 触发 RUN、COPY、ENV 等指令；作者信息用 LABEL 表示。" }),
        bad: doc_str("FROM python:3.12-slim\nONBUILD FROM alpine:3.22\n"),
        good: doc_str("FROM python:3.12-slim\nONBUILD COPY requirements.txt /app/\n"),
        scope: Scope::Stage,
        takes_over: true,
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (_, node) in cx.instructions() {
        let Some(sub) = node.sub.as_deref() else {
            continue;
        };
        let k = sub.name();
        if matches!(k.as_str(), "ONBUILD" | "FROM" | "MAINTAINER") {
            out.report(
                sub.keyword.span,
                text!(
                    "{k} isn't allowed as an ONBUILD trigger",
                    "{k} 不能作为 ONBUILD 的触发指令"
                ),
                None,
            );
        }
    }
}
