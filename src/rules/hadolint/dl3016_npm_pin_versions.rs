//! DL3016 `npm-pin-versions`: Pin versions in npm install.

use super::package_checks::unpinned;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3016",
        name: "npm-pin-versions",
        severity: Severity::Warning,
        origin: Origin::Hadolint,
        summary: doc(Text {
            en: "Pin versions in npm install",
            zh: "npm install 应固定版本",
        }),
        why: doc(Text {
            en: "npm install <package> takes the newest version at build time.",
            zh: "npm install <包名> 会安装构建时的最新版本。",
        }),
        fix: doc(Text {
            en: "Write package@version, or install from package-lock.json with npm ci.",
            zh: "写成 包名@版本，或用 npm ci 按 package-lock.json 安装。",
        }),
        differs: doc_opt(Some(Text { en: "npm i and npm add are read as install, and the subcommand is found after npm's options (--prefix DIR, --loglevel LEVEL take a value); a git repository (URL, github:user/repo, user/repo) is pinned only by a #ref; local paths and .tgz files need no pin.", zh: "npm i 和 npm add 按 install 处理，写在 npm 选项之后的子命令也能识别（--prefix 目录、--loglevel 级别 这类选项带取值）；git 仓库（URL、github:用户/仓库、用户/仓库）只有写了 #引用（分支、标签或提交）才算固定；本地路径和 .tgz 文件不需要固定版本。" })),
        bad: doc_str("FROM node:22\nRUN npm install -g typescript\n"),
        good: doc_str("FROM node:22\nRUN npm install -g typescript@5.6.3\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (_, _, p) in cx.package_commands() {
        if p.manager != Manager::Npm || !p.is(&["install", "i", "add"]) {
            continue;
        }
        let pinned = |p: &str| {
            let body = p.strip_prefix('@').unwrap_or(p);
            let local = p.starts_with('.')
                || p.starts_with('/')
                || p.starts_with("~/")
                || p.starts_with("file:");
            let archive = p.ends_with(".tgz") || p.ends_with(".tar.gz");
            // A git repository (URL, github:user/repo, user/repo) is pinned by a #ref.
            let git = p.contains("://")
                || p.starts_with("github:")
                || (!p.starts_with('@') && p.contains('/'));
            local || archive || p.contains('#') || (!git && body.contains('@'))
        };
        unpinned(out, p, pinned, "package@version");
    }
}
