//! DL3056 `label-not-semver`: A label of type semver is not a semantic version.

use super::label_schema::{typed, NEEDS_SCHEMA, SCHEMA};
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3056",
        name: "label-not-semver",
        severity: Severity::Warning,
        origin: Origin::Hadolint,
        summary: doc(Text {
            en: "A label of type semver is not a semantic version",
            zh: "semver 类型的 label 不是语义化版本",
        }),
        why: doc(Text {
            en: "Release tooling compares versions by the semantic versioning rules.",
            zh: "发布工具按语义化版本规则比较版本。",
        }),
        fix: doc(Text {
            en: "Write MAJOR.MINOR.PATCH, e.g. 1.4.0 or 2.0.0-rc.1 (no leading v).",
            zh: "写成 主版本.次版本.修订号，例如 1.4.0 或 2.0.0-rc.1（不要前缀 v）。",
        }),
        differs: doc_opt(Some(NEEDS_SCHEMA)),
        bad: doc_str("FROM alpine:3.22\nLABEL org.opencontainers.image.version=\"v1.4\"\n"),
        good: doc_str("FROM alpine:3.22\nLABEL org.opencontainers.image.version=\"1.4.0\"\n"),
        example_config: Some(SCHEMA),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

pub(crate) fn valid_semver(v: &str) -> bool {
    semver::Version::parse(v).is_ok()
}

fn check(cx: &Ctx, out: &mut Out) {
    typed(
        cx,
        out,
        "semver",
        valid_semver,
        ("a semantic version", "语义化版本号"),
    )
}
