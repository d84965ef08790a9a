//! DL3041 `dnf-pin-versions`: Specify versions with dnf install.

use super::package_checks::{rpm_pinned as pinned, unpinned};
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3041",
        name: "dnf-pin-versions",
        severity: Severity::Warning,
        origin: Origin::Hadolint,
        summary: doc(Text {
            en: "Specify versions with dnf install",
            zh: "dnf install 应指定版本",
        }),
        why: doc(Text {
            en: "Unpinned packages change with every rebuild.",
            zh: "不固定版本时，每次重新构建装到的版本都可能不同。",
        }),
        fix: doc(Text {
            en: "Write package-version.",
            zh: "写成 包名-版本。",
        }),
        differs: doc_opt(Some(Text { en: "As DL3033 for dnf: option values are not packages, version globs and local .rpm files count as pinned, dnf in is install, and dnf module install asks for name:stream.", zh: "与 DL3033 相同，针对 dnf：选项取值不是包名，版本通配符和本地 .rpm 文件算已固定，dnf in 即 install，dnf module install 要求写成 名称:流。" })),
        bad: doc_str("FROM fedora:41\nRUN dnf install -y httpd && dnf clean all\n"),
        good: doc_str("FROM fedora:41\nRUN dnf install -y httpd-2.4.62 && dnf clean all\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (_, c, p) in cx.package_commands() {
        if matches!(c.name.as_str(), "dnf" | "microdnf") && p.is(&["install"]) {
            unpinned(out, p, |n| pinned(p, n), "package-version");
        }
    }
}
