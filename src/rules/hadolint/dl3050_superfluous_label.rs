//! DL3050 `superfluous-label`: A label that the schema does not list (strict-labels).

use super::label_schema::{key, SCHEMA};
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3050",
        name: "superfluous-label",
        severity: Severity::Info,
        origin: Origin::Hadolint,
        summary: doc(Text { en: "A label that the schema does not list (strict-labels)", zh: "label 不在 label 模式中（strict-labels）" }),
        why: doc(Text { en: "With strict-labels, the schema is the complete list of labels; anything else is likely a typo or a leftover.", zh: "开启 strict-labels 时，label 模式就是完整的 label 清单；其他 label 多半是拼写错误或遗留内容。" }),
        fix: doc(Text { en: "Remove the label or add it to label-schema.", zh: "删除该 label，或把它加入 label-schema。" }),
        differs: doc_opt(Some(Text { en: "hadolint reports the LABEL line once; dockplay points at each extra key.", zh: "hadolint 对整条 LABEL 只报告一次；dockplay 逐个指出多余的键。" })),
        bad: doc_str("FROM alpine:3.22\nLABEL org.opencontainers.image.version=\"1.4.0\" build-host=\"ci-7\"\n"),
        good: doc_str("FROM alpine:3.22\nLABEL org.opencontainers.image.version=\"1.4.0\"\n"),
        example_config: Some(SCHEMA),
        scope: Scope::Stage,
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    if cx.config.label_schema.is_empty() || !cx.config.strict_labels {
        return;
    }
    for kv in cx.pairs(Keyword::Label) {
        let k = key(kv);
        if !cx.config.label_schema.iter().any(|(s, _)| s == k) {
            out.report(
                kv.key.span,
                text!(
                    "label \"{k}\" is not in the label schema",
                    "label \"{k}\" 不在 label 模式中"
                ),
                None,
            );
        }
    }
}
