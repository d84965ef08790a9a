//! DL3037 `zypper-pin-versions`: Specify versions with zypper install.

use super::package_checks::unpinned;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3037",
        name: "zypper-pin-versions",
        severity: Severity::Warning,
        origin: Origin::Hadolint,
        summary: doc(Text {
            en: "Specify versions with zypper install",
            zh: "zypper install 应指定版本",
        }),
        why: doc(Text {
            en: "Unpinned packages change with every rebuild.",
            zh: "不固定版本时，每次重新构建装到的版本都可能不同。",
        }),
        fix: doc(Text {
            en: "Write package=version.",
            zh: "写成 包名=版本。",
        }),
        differs: doc_opt(Some(Text { en: "Values of zypper's options (--from REPO, -r REPO, -t TYPE) are not read as packages.", zh: "zypper 选项的取值（--from 仓库、-r 仓库、-t 类型）不会被当作包名。" })),
        bad: doc_str("FROM opensuse/leap:15.6\nRUN zypper install -y curl && zypper clean\n"),
        good: doc_str(
            "FROM opensuse/leap:15.6\nRUN zypper install -y curl=8.6.0 && zypper clean\n",
        ),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (_, c, p) in cx.package_commands() {
        if c.name == "zypper" && p.is(&["install", "in"]) {
            let pinned = |p: &str| {
                p.contains('=') || p.contains('>') || p.contains('<') || p.ends_with(".rpm")
            };
            unpinned(out, p, pinned, "package=version");
        }
    }
}
