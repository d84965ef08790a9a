//! DL3013 `pip-pin-versions`: Pin versions in pip install.

use super::package_checks::unpinned;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3013",
        name: "pip-pin-versions",
        severity: Severity::Warning,
        origin: Origin::Hadolint,
        summary: doc(Text { en: "Pin versions in pip install", zh: "pip install 应固定版本" }),
        why: doc(Text { en: "Unpinned packages install whatever is newest at build time.", zh: "不固定版本时，会安装构建时最新的版本。" }),
        fix: doc(Text { en: "Write package==version, or install from a requirements file.", zh: "写成 包名==版本，或用 requirements 文件安装。" }),
        differs: doc_opt(Some(Text { en: "dockplay finds the install subcommand after pip's own options (python3 -m pip --no-cache-dir install jupyter); hadolint only sees it right after pip and misses that form.", zh: "dockplay 能识别 pip 自身选项之后的 install 子命令（如 python3 -m pip --no-cache-dir install jupyter）；hadolint 只认紧跟在 pip 后面的 install，会漏掉这种写法。" })),
        bad: doc_str("FROM python:3.12-slim\nRUN pip install --no-cache-dir flask\n"),
        good: doc_str("FROM python:3.12-slim\nRUN pip install --no-cache-dir flask==3.1.0\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (_, c, p) in cx.package_commands() {
        if p.manager != Manager::Pip || !p.is(&["install"]) {
            continue;
        }
        // With a constraints file the versions come from it.
        if c.args
            .iter()
            .any(|a| a == "-c" || a == "--constraint" || a.starts_with("--constraint="))
        {
            continue;
        }
        let pinned = |p: &str| {
            ["==", ">", "<", "~=", "!=", "@"]
                .iter()
                .any(|op| p.contains(op))
                || p.starts_with('.')
                || p.starts_with('/')
                || p.starts_with("~/")
                || p.contains("://")
                || p.ends_with(".whl")
                || p.ends_with(".tar.gz")
                || p.ends_with(".zip")
        };
        unpinned(out, p, pinned, "package==version");
    }
}
