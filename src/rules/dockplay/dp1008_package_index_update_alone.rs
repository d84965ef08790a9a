//! DP1008: `apt-get update` in a RUN of its own.

use crate::diagnostic::Severity;
use crate::dockerfile::model::{Instr, RunCommand};
use crate::dockerfile::run_script::ShellCommand;
use crate::rules::prelude::*;
use crate::text;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DP1008",
        name: "package-index-update-alone",
        severity: Severity::Warning,
        origin: Origin::Dockplay,
        summary: doc(Text {
            en: "The package index is updated in a RUN of its own, so later installs can use a stale cached index",
            zh: "单独用一个 RUN 更新软件包索引，之后的安装可能用到缓存中过期的索引",
        }),
        why: doc(Text {
            en: "RUN apt-get update is cached like any step: once built, it is never run again while the line stays the same. A later RUN apt-get install then works from an old index and fails when the mirror drops the old package versions.",
            zh: "RUN apt-get update 和其他步骤一样会被缓存：只要这一行不变，构建过一次后就不会再执行。之后的 RUN apt-get install 使用的是旧索引，镜像源删除旧版本后就会安装失败。",
        }),
        fix: doc(Text {
            en: "Update and install in the same RUN: RUN apt-get update && apt-get install -y … && rm -rf /var/lib/apt/lists/*.",
            zh: "在同一个 RUN 中更新并安装：RUN apt-get update && apt-get install -y … && rm -rf /var/lib/apt/lists/*。",
        }),
        bad: doc_str("FROM debian:12\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl\n"),
        good: doc_str("FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

/// Whether a package command refreshes the package index.
fn is_update(c: &ShellCommand, p: &PackageCommand) -> bool {
    matches!(
        (c.name.as_str(), p.subcommand.as_str()),
        ("apt-get" | "apt", "update")
            | ("apk", "update")
            | ("yum" | "dnf", "makecache")
            | ("zypper", "refresh" | "ref")
    )
}

/// Whether a package command installs or upgrades packages.
fn is_install(c: &ShellCommand, p: &PackageCommand) -> bool {
    matches!(
        (c.name.as_str(), p.subcommand.as_str()),
        ("apt-get" | "apt", "install" | "upgrade" | "dist-upgrade")
            | ("apk", "add" | "upgrade")
            | ("yum" | "dnf" | "zypper", "install" | "update" | "upgrade")
    )
}

fn check(cx: &Ctx, out: &mut Out) {
    for (ins, _) in cx.instructions() {
        let Instr::Run(RunCommand { .. }) = ins.kind else {
            continue;
        };
        let Some(script) = cx.script(ins) else {
            continue;
        };
        let packages = cx.packages(ins);
        let command = |p: &PackageCommand| &script.commands[p.command];
        let Some(update) = packages
            .iter()
            .map(|p| (command(p), p))
            .find(|(c, p)| is_update(c, p))
            .map(|(c, _)| c)
        else {
            continue;
        };
        if packages.iter().any(|p| is_install(command(p), p)) {
            continue;
        }
        let cmd = format!("{} {}", update.name, update.args.join(" "));
        out.report(
            update.name_span,
            text!(
                "\"{cmd}\" runs in a RUN without any install: its cached result goes stale",
                "\"{cmd}\" 所在的 RUN 中没有安装任何软件包：它的缓存结果会过期"
            ),
            Some(text!(
                "update and install in one RUN: RUN {cmd} && … install …",
                "在同一个 RUN 中更新并安装：RUN {cmd} && … install …"
            )),
        );
    }
}
