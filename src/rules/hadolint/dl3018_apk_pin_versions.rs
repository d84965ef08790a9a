//! DL3018 `apk-pin-versions`: Pin versions in apk add.

use super::package_checks::unpinned;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3018",
        name: "apk-pin-versions",
        severity: Severity::Warning,
        origin: Origin::Hadolint,
        summary: doc(Text {
            en: "Pin versions in apk add",
            zh: "apk add 应固定版本",
        }),
        why: doc(Text {
            en: "Unpinned packages change with every rebuild.",
            zh: "不固定版本时，每次重新构建装到的版本都可能不同。",
        }),
        fix: doc(Text {
            en: "Write package=version.",
            zh: "写成 包名=版本。",
        }),
        bad: doc_str("FROM alpine:3.22\nRUN apk add --no-cache curl\n"),
        good: doc_str("FROM alpine:3.22\nRUN apk add --no-cache curl=8.14.1-r1\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (_, _, p) in cx.package_commands() {
        if p.manager != Manager::Apk || !p.is(&["add"]) {
            continue;
        }
        let pinned = |p: &str| {
            p.contains(['=', '<', '>', '~'])
                || p.ends_with(".apk")
                || p.starts_with('/')
                || p.starts_with("./")
        };
        unpinned(out, p, pinned, "package=version");
    }
}
