//! DL3028 `gem-pin-versions`: Pin versions in gem install.

use super::package_checks::unpinned;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3028",
        name: "gem-pin-versions",
        severity: Severity::Warning,
        origin: Origin::Hadolint,
        summary: doc(Text {
            en: "Pin versions in gem install",
            zh: "gem install 应固定版本",
        }),
        why: doc(Text {
            en: "gem install <gem> takes the newest version at build time.",
            zh: "gem install <gem> 会安装构建时的最新版本。",
        }),
        fix: doc(Text {
            en: "Write gem install <gem>:<version> or use -v.",
            zh: "写成 gem install <gem>:<版本>，或使用 -v。",
        }),
        differs: doc_opt(Some(Text { en: "Values of gem's options (--install-dir DIR) and everything after -- (the build flags) are not read as gems; a local .gem file needs no pin.", zh: "gem 选项的取值（--install-dir 目录）和 -- 之后的内容（编译参数）不会被当作 gem；本地 .gem 文件不需要固定版本。" })),
        bad: doc_str("FROM ruby:3.4\nRUN gem install bundler\n"),
        good: doc_str("FROM ruby:3.4\nRUN gem install bundler:2.5.22\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (_, c, p) in cx.package_commands() {
        let versioned = c
            .args
            .iter()
            .any(|a| a == "-v" || a == "--version" || a.starts_with("--version="));
        if p.manager != Manager::Gem || versioned || !p.is(&["install", "i"]) {
            continue;
        }
        let pinned = |p: &str| p.contains(':') || p.ends_with(".gem");
        unpinned(out, p, pinned, "gem:version");
    }
}
