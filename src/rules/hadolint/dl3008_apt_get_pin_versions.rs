//! DL3008 `apt-get-pin-versions`: Pin versions in apt-get install.

use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3008",
        name: "apt-get-pin-versions",
        severity: Severity::Warning,
        origin: Origin::Hadolint,
        summary: doc(Text { en: "Pin versions in apt-get install", zh: "apt-get install 应固定软件包版本" }),
        why: doc(Text { en: "Unpinned packages change with every rebuild.", zh: "不固定版本时，每次重新构建装到的版本都可能不同。" }),
        fix: doc(Text { en: "Write package=version, e.g. curl=8.5.0-2.", zh: "写成 软件包=版本，例如 curl=8.5.0-2。" }),
        bad: doc_str("FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n"),
        good: doc_str("FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 && rm -rf /var/lib/apt/lists/*\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (_, _, p) in cx.package_commands() {
        if p.manager != Manager::Apt || !p.is(&["install"]) {
            continue;
        }
        for pkg in &p.packages {
            let n = &pkg.name;
            if n.contains('=') || n.ends_with(".deb") || n.contains('$') || n.contains('/') {
                continue;
            }
            out.report(
                pkg.span,
                text!(
                    "pin the version of \"{n}\": {n}=<version>",
                    "请固定 \"{n}\" 的版本：{n}=<版本>"
                ),
                None,
            );
        }
    }
}
