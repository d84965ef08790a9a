//! DL3048 `invalid-label-key`: Invalid label key.

use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3048",
        name: "invalid-label-key",
        severity: Severity::Style,
        origin: Origin::Hadolint,
        summary: doc(Text { en: "Invalid label key", zh: "label 键不合规范" }),
        why: doc(Text { en: "Label keys should be lowercase reverse-DNS names (letters, digits, dots, dashes), and the com.docker.*, io.docker.* and org.dockerproject.* prefixes are reserved.", zh: "label 键应是小写的反向域名形式（字母、数字、点和连字符），且 com.docker.*、io.docker.*、org.dockerproject.* 前缀为保留前缀。" }),
        fix: doc(Text { en: "Use keys like org.opencontainers.image.title.", zh: "使用类似 org.opencontainers.image.title 的键。" }),
        differs: doc_opt(Some(Text { en: "ONBUILD LABEL triggers are checked too, and a key with a variable is only known at build time, so it is not judged.", zh: "ONBUILD 中的 LABEL 也会检查；含变量的键要到构建时才确定，因此不作判断。" })),
        bad: doc_str("FROM alpine:3.22\nLABEL com.docker.version=1\n"),
        good: doc_str("FROM alpine:3.22\nLABEL org.opencontainers.image.version=1\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

pub(crate) fn valid_label_key(k: &str) -> bool {
    let reserved = ["com.docker.", "io.docker.", "org.dockerproject."];
    if reserved.iter().any(|r| k.starts_with(r)) {
        return false;
    }
    // Docker's guideline, as hadolint 2.15 reads it: start with a lowercase letter, end with a
    // letter or digit; lowercase letters, digits, `.`, `-`, `_` and `/` between.
    if k.is_empty()
        || !k.starts_with(|c: char| c.is_ascii_lowercase())
        || !k.ends_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
    {
        return false;
    }
    !k.contains("..")
        && !k.contains("--")
        && k.chars().all(|c| {
            c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '-' | '_' | '/')
        })
}

fn check(cx: &Ctx, out: &mut Out) {
    for kv in cx.pairs(Keyword::Label) {
        let k = kv.key.value.trim_matches('"');
        if k.contains('$') || valid_label_key(k) {
            continue;
        }
        out.report(
            kv.key.span,
            text!("invalid label key \"{k}\"", "label 键 \"{k}\" 不合规范"),
            None,
        );
    }
}
