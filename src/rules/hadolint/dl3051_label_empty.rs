//! DL3051 `label-empty`: A label the schema lists is set to an empty value.

use super::label_schema::{key, schema_pairs, NEEDS_SCHEMA, SCHEMA};
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3051",
        name: "label-empty",
        severity: Severity::Warning,
        origin: Origin::Hadolint,
        summary: doc(Text { en: "A label the schema lists is set to an empty value", zh: "label 模式中的 label 值为空" }),
        why: doc(Text { en: "An empty value usually means a build argument was not passed (LABEL version=$VERSION without --build-arg).", zh: "空值通常意味着没有传入构建参数（写了 LABEL version=$VERSION 却没有 --build-arg）。" }),
        fix: doc(Text { en: "Give the label a value.", zh: "给 label 一个值。" }),
        differs: doc_opt(Some(NEEDS_SCHEMA)),
        bad: doc_str("FROM alpine:3.22\nLABEL org.opencontainers.image.authors=\"\"\n"),
        good: doc_str("FROM alpine:3.22\nLABEL org.opencontainers.image.authors=\"Ann\"\n"),
        example_config: Some(SCHEMA),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (kv, _) in schema_pairs(cx) {
        if kv.expanded.is_empty() {
            let k = key(kv);
            out.report(
                kv.value.span,
                text!("label \"{k}\" is empty", "label \"{k}\" 的值为空"),
                None,
            );
        }
    }
}
