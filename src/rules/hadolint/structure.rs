//! hadolint rules about where instructions may stand (DL3043, DL3061). BuildKit refuses both
//! outright; the model reports them as invalid instructions, and these rules take those reports
//! over so that hadolint's IDs, pragmas and configuration apply.

use super::{meta, t};
use crate::diagnostic::Severity::*;
use crate::dockerfile::Keyword;
use crate::rules::Rule;
use crate::text;

pub static DL3043: Rule = Rule {
    meta: meta(
        "DL3043",
        "onbuild-invalid-trigger",
        Error,
        &[],
        t("ONBUILD with FROM, MAINTAINER or another ONBUILD as its trigger", "ONBUILD 的触发指令是 FROM、MAINTAINER 或另一个 ONBUILD"),
        t("A trigger runs in the build of a child image, inside its stage: it cannot start a stage, set the deprecated author field or chain another trigger. BuildKit stops the build.", "触发指令在子镜像构建时、在它的阶段内执行：不能开始新阶段、不能设置已弃用的作者字段，也不能再串联触发指令。BuildKit 会直接终止构建。"),
        t("Trigger RUN, COPY, ENV and the like; use a LABEL for the author.", "让 ONBUILD 触发 RUN、COPY、ENV 等指令；作者信息用 LABEL 表示。"),
        None,
        "FROM python:3.12-slim\nONBUILD FROM alpine:3.22\n",
        "FROM python:3.12-slim\nONBUILD COPY requirements.txt /app/\n",
    ),
    check: |cx, out| {
        for (_, node) in cx.instructions() {
            let Some(sub) = node.sub.as_deref() else { continue };
            let k = sub.name();
            if matches!(k.as_str(), "ONBUILD" | "FROM" | "MAINTAINER") {
                out.report(
                    sub.keyword.span,
                    text!("{k} isn't allowed as an ONBUILD trigger", "{k} 不能作为 ONBUILD 的触发指令"),
                    None,
                );
            }
        }
    },
};

pub static DL3061: Rule = Rule {
    meta: meta(
        "DL3061",
        "instruction-before-from",
        Error,
        &[],
        t("An instruction other than ARG comes before the first FROM", "第一个 FROM 之前出现了 ARG 以外的指令"),
        t("Every instruction but ARG belongs to a stage, and a stage starts with FROM. BuildKit stops the build.", "除 ARG 外的每条指令都属于某个阶段，而阶段从 FROM 开始。BuildKit 会直接终止构建。"),
        t("Move the instruction below FROM; only ARGs used in FROM lines may stand above it.", "把该指令移到 FROM 之后；FROM 之前只能放供 FROM 使用的 ARG。"),
        None,
        "LABEL org.opencontainers.image.title=app\nFROM python:3.12-slim\n",
        "FROM python:3.12-slim\nLABEL org.opencontainers.image.title=app\n",
    ),
    check: |cx, out| {
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
    },
};
