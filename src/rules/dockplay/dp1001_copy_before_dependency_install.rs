//! DP1001: dependencies installed after copying the whole build context.

use crate::diagnostic::Severity;
use crate::rules::prelude::*;
use crate::text;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DP1001",
        name: "copy-before-dependency-install",
        severity: Severity::Warning,
        origin: Origin::Dockplay,
        summary: doc(Text {
            en: "Dependencies are installed after COPY . ., so every code change reinstalls them",
            zh: "在 COPY . . 之后安装依赖，每次改代码都会重新安装全部依赖",
        }),
        why: doc(Text {
            en: "Docker reuses a cached layer only while everything before it is unchanged. COPY . . changes whenever any file changes, so the install step after it runs again on every edit, downloading every package anew.",
            zh: "只有前面的步骤都没变，Docker 才会复用缓存层。任何文件一改，COPY . . 就变了，它之后的安装步骤每次都要重新执行，重新下载所有依赖包。",
        }),
        fix: doc(Text {
            en: "Copy only the dependency manifest first (requirements.txt, package.json and its lock file, go.mod/go.sum, …), install, then COPY . . for the code.",
            zh: "先只复制依赖清单（requirements.txt、package.json 及其锁文件、go.mod/go.sum 等）并安装依赖，再用 COPY . . 复制代码。",
        }),
        bad: doc_str("FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nCMD [\"python\", \"app.py\"]\n"),
        good: doc_str("FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nCMD [\"python\", \"app.py\"]\n"),
        fixable: true,
        unsafe_fix: true,
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

/// The dependency manifest to copy first for an install command, if it is one.
fn check(cx: &Ctx, out: &mut Out) {
    use crate::analysis::cache_order::{late_installs, reorder_fix};
    let lates = late_installs(cx.model, |i| cx.script(i).map(std::borrow::Cow::Borrowed));
    for late in &lates {
        let copy_node = cx.node(&cx.model.instructions[late.copy]);
        let line = copy_node.start_line;
        let copy = format!(
            "{} {}",
            cx.model.instructions[late.copy].keyword_str(),
            copy_node
                .rest()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        );
        let c = &late.command;
        let (manifest, manifest_zh) = (late.manifests.join(" and "), late.manifests.join(" 和 "));
        let cmd = std::iter::once(c.name.as_str())
            .chain(c.args.iter().map(String::as_str).take(2))
            .collect::<Vec<_>>()
            .join(" ");
        let message = text!(
            "\"{cmd}\" runs after \"{copy}\" (line {line}): any change to any file reinstalls all dependencies",
            "\"{cmd}\" 在 \"{copy}\"（第 {line} 行）之后执行：任何文件改动都会导致重新安装全部依赖"
        );
        let help = Some(text!(
            "copy {manifest} first, install, then copy the rest of the code",
            "先只复制 {manifest_zh} 并安装依赖，再复制其余代码"
        ));
        // One fix per RUN: the first install of that RUN carries it.
        let first_of_run = lates
            .iter()
            .find(|l| l.run == late.run)
            .map(|l| l.command.name_span)
            == Some(c.name_span);
        match reorder_fix(cx.src, cx.model, late).filter(|_| first_of_run) {
            Some(fix) => out.report_fix(c.name_span, message, help, fix),
            None => out.report(c.name_span, message, help),
        }
    }
}
