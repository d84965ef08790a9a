//! DL3055 `label-not-git-hash`: A label of type hash is not a git commit hash.

use super::label_schema::{typed, SCHEMA};
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3055",
        name: "label-not-git-hash",
        severity: Severity::Warning,
        origin: Origin::Hadolint,
        summary: doc(Text { en: "A label of type hash is not a git commit hash", zh: "hash 类型的 label 不是 git 提交哈希" }),
        why: doc(Text { en: "The revision label ties the image to the commit it was built from.", zh: "revision label 把镜像和构建它的提交对应起来。" }),
        fix: doc(Text { en: "Use the output of git rev-parse HEAD (or its short form).", zh: "使用 git rev-parse HEAD 的输出（或其短格式）。" }),
        differs: doc_opt(Some(Text { en: "Any git object name counts: lowercase hexadecimal, 7 to 40 characters, or 64 for SHA-256 repositories; hadolint accepts only 7 or 40 characters.", zh: "任何 git 对象名都算：小写十六进制，7 到 40 个字符，SHA-256 仓库为 64 个字符；hadolint 只接受 7 或 40 个字符。" })),
        bad: doc_str("FROM alpine:3.22\nLABEL org.opencontainers.image.revision=\"main\"\n"),
        good: doc_str("FROM alpine:3.22\nLABEL org.opencontainers.image.revision=\"0a1b2c3d\"\n"),
        example_config: Some(SCHEMA),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

pub(crate) fn valid_git_hash(v: &str) -> bool {
    ((7..=40).contains(&v.len()) || v.len() == 64)
        && v.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

fn check(cx: &Ctx, out: &mut Out) {
    typed(
        cx,
        out,
        "hash",
        valid_git_hash,
        ("a git commit hash", "git 提交哈希"),
    );
}
