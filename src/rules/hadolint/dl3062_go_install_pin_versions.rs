//! DL3062 `go-install-pin-versions`: Pin versions in go install.

use super::package_checks::unpinned;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3062",
        name: "go-install-pin-versions",
        severity: Severity::Warning,
        origin: Origin::Hadolint,
        summary: doc(Text {
            en: "Pin versions in go install",
            zh: "go install 应固定版本",
        }),
        why: doc(Text {
            en: "go install <pkg> without @version is not reproducible.",
            zh: "go install <包> 不带 @版本 时无法复现。",
        }),
        fix: doc(Text {
            en: "Write go install <pkg>@<version>.",
            zh: "写成 go install <包>@<版本>。",
        }),
        differs: doc_opt(Some(Text { en: "go run is checked like go install; std (the standard library) and local paths need no version.", zh: "go run 与 go install 一样检查；std（标准库）和本地路径不需要版本。" })),
        bad: doc_str("FROM golang:1.26\nRUN go install golang.org/x/tools/gopls@latest\n"),
        good: doc_str("FROM golang:1.26\nRUN go install golang.org/x/tools/gopls@v0.17.1\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (_, c, p) in cx.package_commands() {
        if c.name == "go" && p.is(&["install", "get", "run"]) {
            let pinned = |p: &str| {
                p.contains('@') && !p.ends_with("@latest")
                    || p.starts_with('.')
                    || p.starts_with('/')
                    || !p.contains('/')
            };
            unpinned(out, p, pinned, "package@version");
        }
    }
}
