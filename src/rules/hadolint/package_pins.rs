//! hadolint rules about package managers other than apt: pip, npm, apk, gem, yum, zypper, dnf,
//! yarn, go.

use super::{meta, t};
use crate::diagnostic::Severity::*;
use crate::dockerfile::model::{Instr, RunCommand};
use crate::dockerfile::run_script::ShellCommand;
use crate::dockerfile::Keyword;
use crate::rules::{Ctx, Out, Rule};
use crate::text;

/// Positional arguments after the subcommand `sub` (options taking a value in `with_value` skipped).
pub(crate) fn after<'c>(
    c: &'c ShellCommand,
    subs: &[&str],
    with_value: &[&str],
) -> Option<Vec<(usize, &'c String)>> {
    let mut out = Vec::new();
    let mut seen = false;
    let mut skip = false;
    for (i, a) in c.args.iter().enumerate() {
        if skip {
            skip = false;
            continue;
        }
        if with_value.contains(&a.as_str()) {
            skip = true;
            continue;
        }
        if a.starts_with('-') {
            continue;
        }
        if !seen {
            if !subs.contains(&a.as_str()) {
                return None;
            }
            seen = true;
            continue;
        }
        out.push((i, a));
    }
    seen.then_some(out)
}

fn is_pip(c: &ShellCommand) -> bool {
    matches!(c.name.as_str(), "pip" | "pip3" | "pip2")
        || (matches!(c.name.as_str(), "python" | "python3") && c.args.iter().any(|a| a == "pip"))
}

fn pip_install(c: &ShellCommand) -> Option<Vec<(usize, &String)>> {
    if !is_pip(c) {
        return None;
    }
    let args: Vec<&String> = c.args.iter().collect();
    let start = args.iter().position(|a| *a == "install")?;
    const WITH_VALUE: &[&str] = &[
        "-r",
        "--requirement",
        "-c",
        "--constraint",
        "-i",
        "--index-url",
        "--extra-index-url",
        "-f",
        "--find-links",
        "--trusted-host",
        "-t",
        "--target",
        "--prefix",
        "--root",
        "--platform",
        "--python-version",
        "--implementation",
        "--abi",
        "--src",
        "--progress-bar",
        "--log",
        "--proxy",
        "--retries",
        "--timeout",
        "--exists-action",
        "--cert",
        "--client-cert",
        "--cache-dir",
        "-e",
        "--editable",
        "--no-binary",
        "--only-binary",
    ];
    let mut out = Vec::new();
    let mut skip = false;
    for (i, a) in c.args.iter().enumerate().skip(start + 1) {
        if skip {
            skip = false;
            continue;
        }
        if WITH_VALUE.contains(&a.as_str()) {
            skip = true;
            continue;
        }
        if !a.starts_with('-') {
            out.push((i, a));
        }
    }
    Some(out)
}

/// Report every package of `pkgs` that `pinned` rejects.
fn unpinned(
    out: &mut Out,
    c: &ShellCommand,
    pkgs: Vec<(usize, &String)>,
    pinned: impl Fn(&str) -> bool,
    how: &str,
) {
    for (i, p) in pkgs {
        if p.contains('$') || pinned(p) {
            continue;
        }
        out.report(
            c.arg_spans[i],
            text!(
                "pin the version of \"{p}\" ({how})",
                "请固定 \"{p}\" 的版本（{how}）"
            ),
            None,
        );
    }
}

pub static DL3013: Rule = Rule {
    meta: meta(
        "DL3013",
        "pip-pin-versions",
        Warning,
        &[],
        t("Pin versions in pip install", "pip install 应固定版本"),
        t(
            "Unpinned packages install whatever is newest at build time.",
            "不固定版本时，会安装构建时最新的版本。",
        ),
        t(
            "Write package==version, or install from a requirements file.",
            "写成 包名==版本，或用 requirements 文件安装。",
        ),
        Some(t(
            "dockplay finds the install subcommand after pip's own options (python3 -m pip --no-cache-dir install jupyter); hadolint only sees it right after pip and misses that form.",
            "dockplay 能识别 pip 自身选项之后的 install 子命令（如 python3 -m pip --no-cache-dir install jupyter）；hadolint 只认紧跟在 pip 后面的 install，会漏掉这种写法。",
        )),
        "FROM python:3.12-slim\nRUN pip install --no-cache-dir flask\n",
        "FROM python:3.12-slim\nRUN pip install --no-cache-dir flask==3.1.0\n",
    ),
    check: |cx, out| {
        for (_, c) in cx.run_commands() {
            if let Some(pkgs) = pip_install(c) {
                let pinned = |p: &str| {
                    ["==", ">", "<", "~=", "!=", "@"]
                        .iter()
                        .any(|op| p.contains(op))
                        || p.starts_with('.')
                        || p.starts_with('/')
                        || p.contains("://")
                        || p.ends_with(".whl")
                        || p.ends_with(".tar.gz")
                        || p.ends_with(".zip")
                };
                unpinned(out, c, pkgs, pinned, "package==version");
            }
        }
    },
};

pub static DL3042: Rule = Rule {
    meta: meta(
        "DL3042",
        "pip-no-cache-dir",
        Warning,
        &[],
        t("Use pip install --no-cache-dir", "pip install 应使用 --no-cache-dir"),
        t("pip keeps downloaded wheels in ~/.cache/pip, which stays in the layer.", "pip 会把下载的 wheel 留在 ~/.cache/pip，它会留在镜像层中。"),
        t("Add --no-cache-dir (or set ENV PIP_NO_CACHE_DIR=1).", "加上 --no-cache-dir（或设置 ENV PIP_NO_CACHE_DIR=1）。"),
        Some(t(
            "Not reported when PIP_NO_CACHE_DIR is set in the stage or the pip cache is a cache mount.",
            "当本阶段设置了 PIP_NO_CACHE_DIR，或 pip 缓存位于缓存挂载中时，不报告。",
        )),
        "FROM python:3.12-slim\nRUN pip install flask==3.1.0\n",
        "FROM python:3.12-slim\nRUN pip install --no-cache-dir flask==3.1.0\n",
    ),
    check: |cx, out| {
        for (ins, _) in cx.instructions() {
            let Instr::Run(RunCommand { mounts, .. }) = &ins.kind else { continue };
            if mounts.iter().any(|m| m.get("target").is_some_and(|t| t.contains(".cache/pip") || t.contains(".cache"))) {
                continue;
            }
            let env_off = ins.stage.is_some_and(|s| {
                cx.model.stage_chain(s).into_iter().any(|st| {
                    cx.stage_instructions(&cx.model.stages[st]).any(|(i, _)| match &i.kind {
                        Instr::Env(kvs) | Instr::Label(kvs) if i.is(Keyword::Env) => kvs.iter().any(|kv| kv.key.value == "PIP_NO_CACHE_DIR"),
                        _ => false,
                    })
                })
            });
            if env_off {
                continue;
            }
            let Some(script) = cx.script(ins) else { continue };
            for c in &script.commands {
                if pip_install(c).is_some() && !c.args.iter().any(|a| a == "--no-cache-dir") {
                    out.report(c.name_span, text!("pip install without --no-cache-dir keeps its download cache in the image", "pip install 没有 --no-cache-dir，下载缓存会留在镜像中"), None);
                }
            }
        }
    },
};

pub static DL3016: Rule = Rule {
    meta: meta(
        "DL3016",
        "npm-pin-versions",
        Warning,
        &[],
        t("Pin versions in npm install", "npm install 应固定版本"),
        t(
            "npm install <package> takes the newest version at build time.",
            "npm install <包名> 会安装构建时的最新版本。",
        ),
        t(
            "Write package@version, or install from package-lock.json with npm ci.",
            "写成 包名@版本，或用 npm ci 按 package-lock.json 安装。",
        ),
        None,
        "FROM node:22\nRUN npm install -g typescript\n",
        "FROM node:22\nRUN npm install -g typescript@5.6.3\n",
    ),
    check: |cx, out| {
        for (_, c) in cx.run_commands() {
            if c.name != "npm" {
                continue;
            }
            if let Some(pkgs) = after(
                c,
                &["install", "i", "add"],
                &["--prefix", "--registry", "--cache"],
            ) {
                let pinned = |p: &str| {
                    let body = p.strip_prefix('@').unwrap_or(p);
                    body.contains('@')
                        || p.starts_with('.')
                        || p.starts_with('/')
                        || p.contains("://")
                        || p.ends_with(".tgz")
                        || p.contains("github:")
                        || p.contains('#')
                };
                unpinned(out, c, pkgs, pinned, "package@version");
            }
        }
    },
};

pub static DL3018: Rule = Rule {
    meta: meta(
        "DL3018",
        "apk-pin-versions",
        Warning,
        &[],
        t("Pin versions in apk add", "apk add 应固定版本"),
        t(
            "Unpinned packages change with every rebuild.",
            "不固定版本时，每次重新构建装到的版本都可能不同。",
        ),
        t("Write package=version.", "写成 包名=版本。"),
        None,
        "FROM alpine:3.22\nRUN apk add --no-cache curl\n",
        "FROM alpine:3.22\nRUN apk add --no-cache curl=8.14.1-r1\n",
    ),
    check: |cx, out| {
        for (_, c) in cx.run_commands() {
            if c.name != "apk" {
                continue;
            }
            if let Some(pkgs) = after(
                c,
                &["add"],
                &["-t", "--virtual", "--repository", "-X", "--root", "-p"],
            ) {
                unpinned(
                    out,
                    c,
                    pkgs,
                    |p| {
                        p.contains('=') || p.contains('<') || p.contains('>') || p.ends_with(".apk")
                    },
                    "package=version",
                );
            }
        }
    },
};

pub static DL3019: Rule = Rule {
    meta: meta(
        "DL3019",
        "apk-no-cache",
        Info,
        &[],
        t("Use apk add --no-cache", "apk add 应使用 --no-cache"),
        t(
            "Without it the package index stays in /var/cache/apk inside the layer.",
            "不加时，软件包索引会留在镜像层的 /var/cache/apk 中。",
        ),
        t("Write apk add --no-cache ….", "写成 apk add --no-cache …。"),
        Some(t(
            "Not reported when /var/cache/apk is a cache mount.",
            "当 /var/cache/apk 位于缓存挂载中时不报告。",
        )),
        "FROM alpine:3.22\nRUN apk add curl=8.14.1-r1\n",
        "FROM alpine:3.22\nRUN apk add --no-cache curl=8.14.1-r1\n",
    ),
    check: |cx, out| {
        for (ins, _) in cx.instructions() {
            let Instr::Run(RunCommand { mounts, .. }) = &ins.kind else {
                continue;
            };
            if mounts.iter().any(|m| {
                m.get("target").is_some_and(|t| {
                    t.starts_with("/var/cache/apk") || t.starts_with("/etc/apk/cache")
                })
            }) {
                continue;
            }
            let Some(script) = cx.script(ins) else {
                continue;
            };
            for c in &script.commands {
                if c.name == "apk"
                    && c.is_sub("apk", &["add"])
                    && !c.args.iter().any(|a| a == "--no-cache")
                {
                    out.report(
                        c.name_span,
                        text!(
                            "apk add without --no-cache leaves the index in the image",
                            "apk add 没有 --no-cache，索引会留在镜像中"
                        ),
                        None,
                    );
                }
            }
        }
    },
};

pub static DL3028: Rule = Rule {
    meta: meta(
        "DL3028",
        "gem-pin-versions",
        Warning,
        &[],
        t("Pin versions in gem install", "gem install 应固定版本"),
        t(
            "gem install <gem> takes the newest version at build time.",
            "gem install <gem> 会安装构建时的最新版本。",
        ),
        t(
            "Write gem install <gem>:<version> or use -v.",
            "写成 gem install <gem>:<版本>，或使用 -v。",
        ),
        None,
        "FROM ruby:3.4\nRUN gem install bundler\n",
        "FROM ruby:3.4\nRUN gem install bundler:2.5.22\n",
    ),
    check: |cx, out| {
        for (_, c) in cx.run_commands() {
            if c.name != "gem"
                || c.args
                    .iter()
                    .any(|a| a == "-v" || a == "--version" || a.starts_with("--version="))
            {
                continue;
            }
            if let Some(pkgs) = after(
                c,
                &["install", "i"],
                &["-s", "--source", "-i", "--install-dir", "-n", "--bindir"],
            ) {
                unpinned(
                    out,
                    c,
                    pkgs,
                    |p| p.contains(':') || p.ends_with(".gem"),
                    "gem:version",
                );
            }
        }
    },
};

/// A `yes` flag check shared by yum, dnf and zypper.
fn needs_yes(
    out: &mut Out,
    cx: &Ctx,
    names: &[&str],
    subs: &[&str],
    yes: &[&str],
    en: &str,
    zh: &str,
) {
    for (_, c) in cx.run_commands() {
        if !names.contains(&c.name.as_str()) || after(c, subs, &[]).is_none() {
            continue;
        }
        if !c.args.iter().any(|a| yes.contains(&a.as_str())) {
            out.report(c.name_span, text!("{en}", "{zh}"), None);
        }
    }
}

/// A "clean after use" check shared by yum, dnf, zypper and yarn.
#[allow(clippy::too_many_arguments)]
fn needs_clean(
    out: &mut Out,
    cx: &Ctx,
    names: &[&str],
    subs: &[&str],
    clean: &dyn Fn(&ShellCommand) -> bool,
    cache_prefix: &str,
    en: &str,
    zh: &str,
) {
    for (ins, _) in cx.instructions() {
        let Instr::Run(RunCommand { mounts, .. }) = &ins.kind else {
            continue;
        };
        if mounts
            .iter()
            .any(|m| m.get("target").is_some_and(|t| t.starts_with(cache_prefix)))
        {
            continue;
        }
        let Some(script) = cx.script(ins) else {
            continue;
        };
        let Some(first) = script
            .commands
            .iter()
            .find(|c| names.contains(&c.name.as_str()) && after(c, subs, &[]).is_some())
        else {
            continue;
        };
        if !script.commands.iter().any(clean) {
            out.report(first.name_span, text!("{en}", "{zh}"), None);
        }
    }
}

fn version_dash(p: &str) -> bool {
    p.char_indices()
        .any(|(i, c)| c == '-' && p[i + 1..].starts_with(|d: char| d.is_ascii_digit()))
        || p.ends_with(".rpm")
}

macro_rules! simple_rule {
    ($name:ident, $id:literal, $kebab:literal, $sev:ident, $sum:expr, $why:expr, $fix:expr, $bad:literal, $good:literal, $check:expr) => {
        pub static $name: Rule = Rule {
            meta: meta($id, $kebab, $sev, &[], $sum, $why, $fix, None, $bad, $good),
            check: $check,
        };
    };
}

simple_rule!(
    DL3030,
    "DL3030",
    "yum-yes",
    Warning,
    t(
        "Use the -y switch with yum install",
        "yum install 应使用 -y"
    ),
    t(
        "Without -y, yum waits for a confirmation and the build fails.",
        "不加 -y 时 yum 会等待确认，构建因此失败。"
    ),
    t("Write yum install -y ….", "写成 yum install -y …。"),
    "FROM rockylinux:9\nRUN yum install httpd-2.4.62 && yum clean all\n",
    "FROM rockylinux:9\nRUN yum install -y httpd-2.4.62 && yum clean all\n",
    |cx, out| needs_yes(
        out,
        cx,
        &["yum"],
        &["install", "groupinstall", "localinstall"],
        &["-y", "--assumeyes"],
        "yum install without -y waits for a confirmation",
        "yum install 没有 -y，会等待确认"
    )
);

simple_rule!(
    DL3032,
    "DL3032",
    "yum-clean-all",
    Warning,
    t(
        "Run yum clean all after yum install",
        "yum install 之后应执行 yum clean all"
    ),
    t(
        "yum's cache stays in the layer otherwise.",
        "否则 yum 的缓存会留在镜像层中。"
    ),
    t(
        "Add && yum clean all to the same RUN.",
        "在同一个 RUN 中加上 && yum clean all。"
    ),
    "FROM rockylinux:9\nRUN yum install -y httpd-2.4.62\n",
    "FROM rockylinux:9\nRUN yum install -y httpd-2.4.62 && yum clean all\n",
    |cx, out| needs_clean(
        out,
        cx,
        &["yum"],
        &["install", "groupinstall", "localinstall"],
        &|c| c.name == "yum" && c.args.iter().any(|a| a == "clean"),
        "/var/cache/yum",
        "yum clean all is missing after yum install",
        "yum install 之后缺少 yum clean all"
    )
);

simple_rule!(
    DL3033,
    "DL3033",
    "yum-pin-versions",
    Warning,
    t(
        "Specify versions with yum install",
        "yum install 应指定版本"
    ),
    t(
        "Unpinned packages change with every rebuild.",
        "不固定版本时，每次重新构建装到的版本都可能不同。"
    ),
    t("Write package-version.", "写成 包名-版本。"),
    "FROM rockylinux:9\nRUN yum install -y httpd && yum clean all\n",
    "FROM rockylinux:9\nRUN yum install -y httpd-2.4.62 && yum clean all\n",
    |cx, out| for (_, c) in cx.run_commands() {
        if c.name == "yum" {
            if let Some(p) = after(c, &["install"], &[]) {
                unpinned(out, c, p, version_dash, "package-version");
            }
        }
    }
);

simple_rule!(
    DL3034,
    "DL3034",
    "zypper-non-interactive",
    Warning,
    t(
        "Use a non-interactive switch with zypper",
        "zypper 应使用非交互参数"
    ),
    t(
        "Without it zypper waits for a confirmation.",
        "不加时 zypper 会等待确认。"
    ),
    t(
        "Write zypper install -y (or --non-interactive).",
        "写成 zypper install -y（或 --non-interactive）。"
    ),
    "FROM opensuse/leap:15.6\nRUN zypper install curl=8.6.0 && zypper clean\n",
    "FROM opensuse/leap:15.6\nRUN zypper install -y curl=8.6.0 && zypper clean\n",
    |cx, out| needs_yes(
        out,
        cx,
        &["zypper"],
        &[
            "install",
            "in",
            "remove",
            "rm",
            "source-install",
            "si",
            "patch"
        ],
        &["-n", "--non-interactive", "-y", "--no-confirm"],
        "zypper without a non-interactive switch waits for a confirmation",
        "zypper 没有非交互参数，会等待确认"
    )
);

simple_rule!(
    DL3035,
    "DL3035",
    "zypper-dist-upgrade",
    Warning,
    t(
        "Do not use zypper dist-upgrade",
        "不要使用 zypper dist-upgrade"
    ),
    t(
        "A distribution upgrade inside an image belongs in a new base image.",
        "发行版升级应通过更换基础镜像来完成。"
    ),
    t("Use a newer base image instead.", "改用更新的基础镜像。"),
    "FROM opensuse/leap:15.6\nRUN zypper dist-upgrade -y\n",
    "FROM opensuse/leap:15.6\nRUN zypper refresh\n",
    |cx, out| for (_, c) in cx.run_commands() {
        if c.name == "zypper" && c.args.iter().any(|a| a == "dist-upgrade" || a == "dup") {
            out.report(
                c.name_span,
                text!(
                    "do not use zypper dist-upgrade",
                    "不要使用 zypper dist-upgrade"
                ),
                None,
            );
        }
    }
);

simple_rule!(
    DL3036,
    "DL3036",
    "zypper-clean",
    Warning,
    t(
        "Run zypper clean after zypper use",
        "使用 zypper 后应执行 zypper clean"
    ),
    t(
        "zypper's cache stays in the layer otherwise.",
        "否则 zypper 的缓存会留在镜像层中。"
    ),
    t(
        "Add && zypper clean to the same RUN.",
        "在同一个 RUN 中加上 && zypper clean。"
    ),
    "FROM opensuse/leap:15.6\nRUN zypper install -y curl=8.6.0\n",
    "FROM opensuse/leap:15.6\nRUN zypper install -y curl=8.6.0 && zypper clean\n",
    |cx, out| needs_clean(
        out,
        cx,
        &["zypper"],
        &["install", "in"],
        &|c| c.name == "zypper" && c.args.iter().any(|a| a == "clean" || a == "cc"),
        "/var/cache/zypp",
        "zypper clean is missing after zypper install",
        "zypper install 之后缺少 zypper clean"
    )
);

simple_rule!(
    DL3037,
    "DL3037",
    "zypper-pin-versions",
    Warning,
    t(
        "Specify versions with zypper install",
        "zypper install 应指定版本"
    ),
    t(
        "Unpinned packages change with every rebuild.",
        "不固定版本时，每次重新构建装到的版本都可能不同。"
    ),
    t("Write package=version.", "写成 包名=版本。"),
    "FROM opensuse/leap:15.6\nRUN zypper install -y curl && zypper clean\n",
    "FROM opensuse/leap:15.6\nRUN zypper install -y curl=8.6.0 && zypper clean\n",
    |cx, out| for (_, c) in cx.run_commands() {
        if c.name == "zypper" {
            if let Some(p) = after(c, &["install", "in"], &[]) {
                unpinned(
                    out,
                    c,
                    p,
                    |p| {
                        p.contains('=') || p.contains('>') || p.contains('<') || p.ends_with(".rpm")
                    },
                    "package=version",
                );
            }
        }
    }
);

simple_rule!(
    DL3038,
    "DL3038",
    "dnf-yes",
    Warning,
    t(
        "Use the -y switch with dnf install",
        "dnf install 应使用 -y"
    ),
    t(
        "Without -y, dnf waits for a confirmation and the build fails.",
        "不加 -y 时 dnf 会等待确认，构建因此失败。"
    ),
    t("Write dnf install -y ….", "写成 dnf install -y …。"),
    "FROM fedora:41\nRUN dnf install httpd-2.4.62 && dnf clean all\n",
    "FROM fedora:41\nRUN dnf install -y httpd-2.4.62 && dnf clean all\n",
    |cx, out| needs_yes(
        out,
        cx,
        &["dnf", "microdnf"],
        &["install", "groupinstall", "localinstall"],
        &["-y", "--assumeyes"],
        "dnf install without -y waits for a confirmation",
        "dnf install 没有 -y，会等待确认"
    )
);

simple_rule!(
    DL3040,
    "DL3040",
    "dnf-clean-all",
    Warning,
    t(
        "Run dnf clean all after dnf install",
        "dnf install 之后应执行 dnf clean all"
    ),
    t(
        "dnf's cache stays in the layer otherwise.",
        "否则 dnf 的缓存会留在镜像层中。"
    ),
    t(
        "Add && dnf clean all to the same RUN.",
        "在同一个 RUN 中加上 && dnf clean all。"
    ),
    "FROM fedora:41\nRUN dnf install -y httpd-2.4.62\n",
    "FROM fedora:41\nRUN dnf install -y httpd-2.4.62 && dnf clean all\n",
    |cx, out| needs_clean(
        out,
        cx,
        &["dnf", "microdnf"],
        &["install", "groupinstall", "localinstall"],
        &|c| matches!(c.name.as_str(), "dnf" | "microdnf") && c.args.iter().any(|a| a == "clean"),
        "/var/cache/dnf",
        "dnf clean all is missing after dnf install",
        "dnf install 之后缺少 dnf clean all"
    )
);

simple_rule!(
    DL3041,
    "DL3041",
    "dnf-pin-versions",
    Warning,
    t(
        "Specify versions with dnf install",
        "dnf install 应指定版本"
    ),
    t(
        "Unpinned packages change with every rebuild.",
        "不固定版本时，每次重新构建装到的版本都可能不同。"
    ),
    t("Write package-version.", "写成 包名-版本。"),
    "FROM fedora:41\nRUN dnf install -y httpd && dnf clean all\n",
    "FROM fedora:41\nRUN dnf install -y httpd-2.4.62 && dnf clean all\n",
    |cx, out| for (_, c) in cx.run_commands() {
        if matches!(c.name.as_str(), "dnf" | "microdnf") {
            if let Some(p) = after(c, &["install"], &[]) {
                unpinned(out, c, p, version_dash, "package-version");
            }
        }
    }
);

simple_rule!(
    DL3060,
    "DL3060",
    "yarn-cache-clean",
    Info,
    t(
        "Run yarn cache clean after yarn install",
        "yarn install 之后应执行 yarn cache clean"
    ),
    t(
        "yarn's cache stays in the layer otherwise.",
        "否则 yarn 的缓存会留在镜像层中。"
    ),
    t(
        "Add && yarn cache clean to the same RUN.",
        "在同一个 RUN 中加上 && yarn cache clean。"
    ),
    "FROM node:22\nRUN yarn install --frozen-lockfile\n",
    "FROM node:22\nRUN yarn install --frozen-lockfile && yarn cache clean\n",
    |cx, out| needs_clean(
        out,
        cx,
        &["yarn"],
        &["install"],
        &|c| c.name == "yarn" && c.args.iter().any(|a| a == "cache"),
        "/usr/local/share/.cache/yarn",
        "yarn cache clean is missing after yarn install",
        "yarn install 之后缺少 yarn cache clean"
    )
);

simple_rule!(
    DL3062,
    "DL3062",
    "go-install-pin-versions",
    Warning,
    t("Pin versions in go install", "go install 应固定版本"),
    t(
        "go install <pkg> without @version is not reproducible.",
        "go install <包> 不带 @版本 时无法复现。"
    ),
    t(
        "Write go install <pkg>@<version>.",
        "写成 go install <包>@<版本>。"
    ),
    "FROM golang:1.26\nRUN go install golang.org/x/tools/gopls@latest\n",
    "FROM golang:1.26\nRUN go install golang.org/x/tools/gopls@v0.17.1\n",
    |cx, out| for (_, c) in cx.run_commands() {
        if c.name == "go" {
            if let Some(p) = after(c, &["install", "get"], &[]) {
                unpinned(
                    out,
                    c,
                    p,
                    |p| {
                        p.contains('@') && !p.ends_with("@latest")
                            || p.starts_with('.')
                            || !p.contains('/')
                    },
                    "package@version",
                );
            }
        }
    }
);
