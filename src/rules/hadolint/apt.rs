//! hadolint rules about apt-get.

use super::{meta, t};
use crate::diagnostic::Severity::*;
use crate::dockerfile::model::{Instr, RunCommand};
use crate::dockerfile::run_script::ShellCommand;
use crate::rules::Rule;
use crate::text;

/// Options of apt-get that take a value.
const WITH_VALUE: &[&str] = &[
    "-o",
    "-t",
    "-c",
    "--target-release",
    "--option",
    "--config-file",
];

/// `apt-get install` packages (positional words after `install`).
pub(crate) fn apt_packages(c: &ShellCommand) -> Option<Vec<(usize, &String)>> {
    if c.name != "apt-get" && c.name != "apt" {
        return None;
    }
    super::package_pins::after(c, &["install"], WITH_VALUE)
}

pub static DL3008: Rule = Rule {
    meta: meta(
        "DL3008",
        "apt-get-pin-versions",
        Warning,
        &[],
        t("Pin versions in apt-get install", "apt-get install 应固定软件包版本"),
        t("Unpinned packages change with every rebuild.", "不固定版本时，每次重新构建装到的版本都可能不同。"),
        t("Write package=version, e.g. curl=8.5.0-2.", "写成 软件包=版本，例如 curl=8.5.0-2。"),
        None,
        "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n",
        "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 && rm -rf /var/lib/apt/lists/*\n",
    ),
    check: |cx, out| {
        for (_, c) in cx.run_commands() {
            let Some(pkgs) = apt_packages(c) else { continue };
            for (i, p) in pkgs {
                if p.contains('=') || p.ends_with(".deb") || p.contains('$') || p.contains('/') {
                    continue;
                }
                out.report(c.arg_spans[i], text!("pin the version of \"{p}\": {p}=<version>", "请固定 \"{p}\" 的版本：{p}=<版本>"), None);
            }
        }
    },
};

fn removes_lists(cmds: &[ShellCommand]) -> bool {
    cmds.iter()
        .any(|c| c.name == "rm" && c.args.iter().any(|a| a.starts_with("/var/lib/apt/lists")))
}

pub static DL3009: Rule = Rule {
    meta: meta(
        "DL3009",
        "apt-lists-not-deleted",
        Info,
        &[],
        t("Delete the apt lists after installing", "安装后应删除 apt 的软件包列表"),
        t("/var/lib/apt/lists adds tens of MB to the layer and is useless at run time.", "/var/lib/apt/lists 会给该层增加几十 MB，而运行时毫无用处。"),
        t("End the RUN with && rm -rf /var/lib/apt/lists/*.", "在 RUN 的最后加上 && rm -rf /var/lib/apt/lists/*。"),
        Some(t(
            "Not reported when the lists live in a cache mount (RUN --mount=type=cache,target=/var/lib/apt/lists), nor in stages that do not end up in the final image (hadolint reports both). hadolint accepts any rm -rf in the RUN as cleanup (rm -rf \"$GNUPGHOME\" too); dockplay needs /var/lib/apt/lists removed, so it reports RUNs hadolint misses.",
            "当软件包列表位于缓存挂载中（RUN --mount=type=cache,target=/var/lib/apt/lists），或在不会进入最终镜像的阶段中时，不报告（hadolint 会报告）。hadolint 把 RUN 中任意 rm -rf（包括 rm -rf \"$GNUPGHOME\"）都当作清理；dockplay 要求确实删除了 /var/lib/apt/lists，因此会报告 hadolint 漏掉的情况。",
        )),
        "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8\n",
        "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 && rm -rf /var/lib/apt/lists/*\n",
    ),
    check: |cx, out| {
        let m = cx.model;
        let Some(last) = m.stages.last() else { return };
        let final_chain = m.stage_chain(last.index);
        for (ins, _) in cx.instructions() {
            let Instr::Run(RunCommand { mounts, .. }) = &ins.kind else { continue };
            if !ins.stage.is_some_and(|s| final_chain.contains(&s)) {
                continue;
            }
            if mounts.iter().any(|mt| mt.get("target").is_some_and(|tg| tg.starts_with("/var/lib/apt"))) {
                continue;
            }
            let Some(script) = cx.script(ins) else { continue };
            let update = script.commands.iter().find(|c| c.is_sub("apt-get", &["update"]));
            if let Some(u) = update {
                if !removes_lists(&script.commands) {
                    out.report(u.name_span, text!("apt lists are not deleted after apt-get update", "apt-get update 之后没有删除软件包列表"), Some(text!("add && rm -rf /var/lib/apt/lists/*", "加上 && rm -rf /var/lib/apt/lists/*")));
                }
            }
        }
    },
};

pub static DL3014: Rule = Rule {
    meta: meta(
        "DL3014",
        "apt-get-yes",
        Warning,
        &[],
        t(
            "Use the -y switch with apt-get install",
            "apt-get install 应使用 -y",
        ),
        t(
            "Without -y, apt-get waits for a confirmation that never comes and the build fails.",
            "不加 -y 时 apt-get 会等待确认，而构建中没人回答，于是构建失败。",
        ),
        t("Write apt-get install -y ….", "写成 apt-get install -y …。"),
        None,
        "FROM debian:12\nRUN apt-get install --no-install-recommends curl=7.88.1-10+deb12u8\n",
        "FROM debian:12\nRUN apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8\n",
    ),
    check: |cx, out| {
        for (_, c) in cx.run_commands() {
            if apt_packages(c).is_none() || c.name != "apt-get" {
                continue;
            }
            let yes = c.args.iter().any(|a| {
                matches!(
                    a.as_str(),
                    "-y" | "--yes" | "--assume-yes" | "-qq" | "-q=2" | "--quiet=2"
                ) || (a.starts_with('-') && !a.starts_with("--") && a.contains('y'))
            });
            if !yes {
                out.report(
                    c.name_span,
                    text!(
                        "apt-get install without -y waits for a confirmation",
                        "apt-get install 没有 -y，会等待确认"
                    ),
                    Some(text!("add -y", "加上 -y")),
                );
            }
        }
    },
};

pub static DL3015: Rule = Rule {
    meta: super::fixable(meta(
        "DL3015",
        "apt-get-no-install-recommends",
        Info,
        &[],
        t(
            "Avoid extra packages with --no-install-recommends",
            "用 --no-install-recommends 避免安装多余的软件包",
        ),
        t(
            "apt-get installs recommended packages by default, which can double the image size.",
            "apt-get 默认会安装推荐的软件包，可能使镜像体积翻倍。",
        ),
        t(
            "Add --no-install-recommends.",
            "加上 --no-install-recommends。",
        ),
        None,
        "FROM debian:12\nRUN apt-get install -y curl=7.88.1-10+deb12u8\n",
        "FROM debian:12\nRUN apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8\n",
    )),
    check: |cx, out| {
        for (_, c) in cx.run_commands() {
            if apt_packages(c).is_none() || c.name != "apt-get" {
                continue;
            }
            let ok = c.args.iter().any(|a| {
                a == "--no-install-recommends"
                    || a.contains("Install-Recommends=false")
                    || a.contains("Install-Recommends=0")
            });
            if !ok {
                let message = text!(
                    "apt-get install without --no-install-recommends",
                    "apt-get install 没有加 --no-install-recommends"
                );
                // Insert the flag right after the `install` word, when it is written plainly.
                let install = c
                    .args
                    .iter()
                    .zip(&c.arg_spans)
                    .find(|(a, s)| *a == "install" && cx.src.get(s.start..s.end) == Some("install"))
                    .map(|(_, s)| *s);
                match install {
                    Some(s) => out.report_fix(
                        c.name_span,
                        message,
                        None,
                        crate::diagnostic::Fix::replace(
                            text!(
                                "add --no-install-recommends",
                                "加上 --no-install-recommends"
                            ),
                            crate::text::Span::new(s.end, s.end),
                            " --no-install-recommends",
                        ),
                    ),
                    None => out.report(c.name_span, message, None),
                }
            }
        }
    },
};

pub static DL3027: Rule = Rule {
    meta: meta(
        "DL3027",
        "use-apt-get",
        Warning,
        &[],
        t("Use apt-get or apt-cache instead of apt", "应使用 apt-get 或 apt-cache，而不是 apt"),
        t("apt is meant for people at a terminal; its output and behaviour are not stable for scripts.", "apt 面向终端用户，其输出和行为对脚本来说并不稳定。"),
        t("Replace apt with apt-get.", "把 apt 换成 apt-get。"),
        None,
        "FROM debian:12\nRUN apt install -y curl\n",
        "FROM debian:12\nRUN apt-get install -y curl\n",
    ),
    check: |cx, out| {
        for (_, c) in cx.run_commands() {
            if c.name == "apt" {
                out.report(c.name_span, text!("use apt-get instead of apt", "请用 apt-get 代替 apt"), None);
            }
        }
    },
};
