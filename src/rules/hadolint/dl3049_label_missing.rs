//! DL3049 `label-missing`: A label the schema requires is missing from the final image.

use super::label_schema::{key, SCHEMA};
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3049",
        name: "label-missing",
        severity: Severity::Info,
        origin: Origin::Hadolint,
        summary: doc(Text { en: "A label the schema requires is missing from the final image", zh: "最终镜像缺少 label 模式要求的 label" }),
        why: doc(Text { en: "Tools that read image metadata (registries, scanners, deploy scripts) expect the labels your schema lists.", zh: "读取镜像元数据的工具（镜像仓库、扫描器、部署脚本）依赖 label 模式中列出的 label。" }),
        fix: doc(Text { en: "Add the label to the final stage or to a stage it builds on.", zh: "在最终阶段或它所基于的阶段中加上该 label。" }),
        differs: doc_opt(Some(Text { en: "hadolint checks every stage that no other stage builds on, including builder stages whose labels never reach the image; dockplay checks the final stage, counting labels it inherits through FROM <stage>.", zh: "hadolint 会检查所有没有被其他阶段作为基础的阶段，包括 label 根本不会进入镜像的构建阶段；dockplay 只检查最终阶段，并把通过 FROM <阶段> 继承来的 label 算在内。" })),
        bad: doc_str("FROM alpine:3.22\nLABEL org.opencontainers.image.authors=\"Ann\" org.opencontainers.image.url=\"https://example.com\" org.opencontainers.image.created=\"2026-01-02T03:04:05Z\" org.opencontainers.image.licenses=\"MIT\" org.opencontainers.image.revision=\"0a1b2c3d\" maintainer=\"ann@example.com\"\n"),
        good: doc_str("FROM alpine:3.22\nLABEL org.opencontainers.image.authors=\"Ann\" org.opencontainers.image.url=\"https://example.com\" org.opencontainers.image.created=\"2026-01-02T03:04:05Z\" org.opencontainers.image.licenses=\"MIT\" org.opencontainers.image.revision=\"0a1b2c3d\" org.opencontainers.image.version=\"1.4.0\" maintainer=\"ann@example.com\"\n"),
        example_config: Some(SCHEMA),
        scope: Scope::Stage,
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

/// Every LABEL pair of a stage and the stages it builds on, nearest last (later ones win).
fn stage_labels<'a>(cx: &Ctx<'a>, stage: usize) -> Vec<&'a KeyValue> {
    let mut out = Vec::new();
    for s in cx.model.stage_chain(stage).into_iter().rev() {
        for (ins, _) in cx.stage_instructions(&cx.model.stages[s]) {
            if let Instr::Label(kvs) = &ins.kind {
                out.extend(kvs.iter());
            }
        }
    }
    out
}

fn check(cx: &Ctx, out: &mut Out) {
    if cx.config.label_schema.is_empty() {
        return;
    }
    let Some(last) = cx.model.stages.last() else {
        return;
    };
    let have = stage_labels(cx, last.index);
    for (k, _) in &cx.config.label_schema {
        if !have.iter().any(|kv| key(kv) == k) {
            let from = cx.node(&cx.model.instructions[last.from]);
            out.report(
                from.keyword.span,
                text!(
                    "label \"{k}\" is missing from the final stage",
                    "最终阶段缺少 label \"{k}\""
                ),
                Some(text!("add LABEL {k}=…", "加上 LABEL {k}=…")),
            );
        }
    }
}
