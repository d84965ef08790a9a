//! DL3007 `latest-tag`: Do not use the latest tag.

use super::base_images::{images, tag_of};
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3007",
        name: "latest-tag",
        severity: Severity::Warning,
        origin: Origin::Hadolint,
        summary: doc(Text { en: "Do not use the latest tag", zh: "不要使用 latest 标签" }),
        why: doc(Text { en: "latest changes whenever a new version is pushed, so builds are not reproducible.", zh: "只要推送新版本，latest 就会变化，构建无法复现。" }),
        fix: doc(Text { en: "Pin a specific version tag.", zh: "写明具体的版本标签。" }),
        differs: doc_opt(Some(Text { en: "Judged after ARG expansion: ARG VARIANT=latest with FROM elixir:${VARIANT} uses latest (hadolint does not see it).", zh: "按 ARG 展开后的结果判断：ARG VARIANT=latest 配合 FROM elixir:${VARIANT} 就是在用 latest（hadolint 看不出来）。" })),
        bad: doc_str("FROM node:latest\n"),
        good: doc_str("FROM node:22\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (img, expanded) in images(cx) {
        if tag_of(expanded) == Some("latest") && !expanded.contains('@') {
            out.report(
                img.span,
                text!(
                    "\"{expanded}\" uses the latest tag",
                    "\"{expanded}\" 使用了 latest 标签"
                ),
                Some(text!("pin a specific version", "请写明具体版本")),
            );
        }
    }
}
