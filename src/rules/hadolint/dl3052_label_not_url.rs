//! DL3052 `label-not-url`: A label of type url is not a URL.

use super::label_schema::{typed, NEEDS_SCHEMA, SCHEMA};
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3052",
        name: "label-not-url",
        severity: Severity::Warning,
        origin: Origin::Hadolint,
        summary: doc(Text {
            en: "A label of type url is not a URL",
            zh: "url 类型的 label 不是有效的 URL",
        }),
        why: doc(Text {
            en: "Consumers open the value as a link.",
            zh: "使用者会把这个值当作链接打开。",
        }),
        fix: doc(Text {
            en: "Write an absolute URL with a scheme, e.g. https://example.com/docs.",
            zh: "写出带协议的完整 URL，例如 https://example.com/docs。",
        }),
        differs: doc_opt(Some(NEEDS_SCHEMA)),
        bad: doc_str("FROM alpine:3.22\nLABEL org.opencontainers.image.url=\"example.com/docs\"\n"),
        good: doc_str(
            "FROM alpine:3.22\nLABEL org.opencontainers.image.url=\"https://example.com/docs\"\n",
        ),
        example_config: Some(SCHEMA),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

/// An absolute URI: a scheme, `:`, and a non-empty rest without spaces or control characters.
pub(crate) fn valid_url(v: &str) -> bool {
    let Some((scheme, rest)) = v.split_once(':') else {
        return false;
    };
    let scheme_ok = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    let rest_ok = !rest.is_empty()
        && rest.chars().all(|c| {
            c.is_ascii_graphic()
                && !matches!(c, '<' | '>' | '"' | '{' | '}' | '|' | '\\' | '^' | '`')
        });
    // `file:///path` has an empty host (RFC 8089); other schemes name one.
    let host_ok = !rest.starts_with("//")
        || rest.len() > 2 && !rest[2..].starts_with('/')
        || scheme.eq_ignore_ascii_case("file") && rest.len() > 3;
    scheme_ok && rest_ok && host_ok
}

fn check(cx: &Ctx, out: &mut Out) {
    typed(cx, out, "url", valid_url, ("a URL", "有效的 URL"));
}
