//! DL3006 `untagged-image`: Always tag the version of an image explicitly.

use super::base_images::{images, tag_of};
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3006",
        name: "untagged-image",
        severity: Severity::Warning,
        origin: Origin::Hadolint,
        summary: doc(Text { en: "Always tag the version of an image explicitly", zh: "基础镜像应明确写出版本标签" }),
        why: doc(Text { en: "Without a tag Docker uses latest, which moves: the same Dockerfile builds something different next month.", zh: "不写标签时 Docker 使用 latest，而它会变：同一个 Dockerfile 下个月构建出的东西就不一样了。" }),
        fix: doc(Text { en: "Pin a tag (python:3.12-slim) or a digest.", zh: "写明标签（如 python:3.12-slim）或摘要。" }),
        differs: doc_opt(Some(Text { en: "FROM ${BASE} is judged on the ARG's expanded default (a tagged default is not flagged; name-${VARIANT} that resolves to a stage is a stage); stage names are compared case-insensitively, as BuildKit does; in localhost:5000/app the :5000 is the registry's port, not a tag.", zh: "FROM ${BASE} 按 ARG 展开后的默认值判断（默认值带标签时不报告；name-${VARIANT} 展开后是阶段名时按阶段处理）；与 BuildKit 一样不区分大小写地比较阶段名；localhost:5000/app 中的 :5000 是镜像仓库的端口，不是标签。" })),
        bad: doc_str("FROM ubuntu\n"),
        good: doc_str("FROM ubuntu:24.04\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (img, expanded) in images(cx) {
        if tag_of(expanded).is_none() && !expanded.contains('@') && !expanded.contains('$') {
            out.report(
                img.span,
                text!(
                    "image \"{expanded}\" has no tag, so it means \"{expanded}:latest\"",
                    "镜像 \"{expanded}\" 没有标签，等同于 \"{expanded}:latest\""
                ),
                Some(text!(
                    "pin a version, e.g. \"{expanded}:<version>\"",
                    "请写明版本，例如 \"{expanded}:<版本>\""
                )),
            );
        }
    }
}
