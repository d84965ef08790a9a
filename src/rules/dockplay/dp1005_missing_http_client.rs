//! DP1005: curl or wget used in a stage whose base image does not ship it.

use crate::diagnostic::Severity;
use crate::dockerfile::model::{Command, CopyCommand, Health, Instr, RunCommand};
use crate::dockerfile::run_script::analyze_run;
use crate::rules::prelude::*;
use crate::text;
use crate::text::Span;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DP1005",
        name: "missing-http-client",
        severity: Severity::Warning,
        origin: Origin::Dockplay,
        summary: doc(Text {
            en: "curl or wget is used, but the base image does not include it and no step installs it",
            zh: "用到了 curl 或 wget，但基础镜像里没有它，也没有任何步骤安装它",
        }),
        why: doc(Text {
            en: "Slim, Alpine and distroless images leave out tools to stay small. A RUN that calls the missing tool fails the build; a HEALTHCHECK that calls it fails every time, so the container is reported unhealthy even though the app works.",
            zh: "slim、Alpine 和 distroless 等镜像为了体积小，会去掉这些工具。RUN 调用缺失的工具会让构建失败；HEALTHCHECK 调用它则每次都失败，即使应用正常，容器也会被标记为 unhealthy。",
        }),
        fix: doc(Text {
            en: "Install it in this stage (apt-get install -y --no-install-recommends curl, apk add --no-cache curl), or check health with a tool the image has (python -c …, wget on Alpine).",
            zh: "在本阶段安装它（apt-get install -y --no-install-recommends curl，或 apk add --no-cache curl），或改用镜像中已有的工具做健康检查（python -c …；Alpine 上可用 wget）。",
        }),
        differs: doc_opt(Some(Text {
            en: "Based on a table of official images as of November 2026 (slim, alpine, distroless, scratch, debian, ubuntu, python, node, golang, busybox); other images are not judged.",
            zh: "依据 2026 年 11 月官方镜像的内容表（slim、alpine、distroless、scratch、debian、ubuntu、python、node、golang、busybox）；其他镜像不做判断。",
        })),
        bad: doc_str("FROM python:3.12-slim\nHEALTHCHECK CMD curl -f http://localhost:8000/ || exit 1\n"),
        good: doc_str("FROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nHEALTHCHECK CMD curl -f http://localhost:8000/ || exit 1\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

/// Whether an image ships `tool`: `Some(true/false)` when known, `None` for images not in the table.
pub(crate) fn image_has(image: &str, tool: &str) -> Option<bool> {
    let (name, tag) = super::image_name_tag(image);
    let curl = tool == "curl";
    if name == "scratch" || name.contains("distroless") {
        return Some(false);
    }
    if name == "busybox" {
        return Some(!curl);
    }
    if name == "alpine" || tag.contains("alpine") {
        // BusyBox provides wget; curl is not installed.
        return Some(!curl);
    }
    if tag.contains("slim") {
        return Some(false);
    }
    match name.as_str() {
        "debian" | "ubuntu" => Some(false),
        // The full official language images are built on buildpack-deps, which has both.
        "python" | "node" | "golang" | "ruby" | "buildpack-deps" | "rust" | "perl" => Some(true),
        _ => None,
    }
}

/// Whether the image that `stage` builds has `tool`: installed by a RUN or copied in by this stage
/// or one it builds on, else what its base image ships (`None` when unknown).
pub(crate) fn stage_has(cx: &Ctx, stage: usize, tool: &str) -> Option<bool> {
    let m = cx.model;
    for s in m.stage_chain(stage) {
        for (ins, _) in cx.stage_instructions(&m.stages[s]) {
            let added = match &ins.kind {
                Instr::Run(_) => cx.packages(ins).iter().any(|p| installs(p, tool)),
                Instr::Copy(CopyCommand { dest: Some(d), .. })
                | Instr::Add(CopyCommand { dest: Some(d), .. }) => {
                    d.value.ends_with(&format!("/{tool}")) || d.value.ends_with("/bin/")
                }
                _ => false,
            };
            if added {
                return Some(true);
            }
        }
    }
    image_has(super::root_image(m, stage), tool)
}

/// Whether an operating-system package manager installs `tool` (`apt-get install -y curl`,
/// `apk add curl=8.14.1-r1`).
fn installs(p: &PackageCommand, tool: &str) -> bool {
    let system = matches!(
        p.manager,
        Manager::Apt | Manager::Apk | Manager::Yum | Manager::Dnf | Manager::Zypper
    );
    system
        && p.is(&["install", "add"])
        && p.packages
            .iter()
            .any(|k| k.name == tool || k.name.starts_with(&format!("{tool}=")))
}

fn check(cx: &Ctx, out: &mut Out) {
    let m = cx.model;
    // Tools installed per stage (stages see what the stages they build on installed).
    let mut installed: Vec<Vec<&str>> = vec![Vec::new(); m.stages.len()];
    for stage in &m.stages {
        let mut have: Vec<&str> = stage
            .base_stage
            .map(|b| installed[b].clone())
            .unwrap_or_default();
        let image = super::root_image(m, stage.index).to_string();
        for (ins, node) in cx.stage_instructions(stage) {
            let mut uses: Vec<(&'static str, Span)> = Vec::new();
            match &ins.kind {
                Instr::Run(RunCommand { .. }) => {
                    for p in cx.packages(ins) {
                        have.extend(["curl", "wget"].into_iter().filter(|t| installs(p, t)));
                    }
                    if let Some(script) = cx.script(ins) {
                        for c in &script.commands {
                            for tool in ["curl", "wget"] {
                                if c.name == tool || c.name.ends_with(&format!("/{tool}")) {
                                    uses.push((tool, c.name_span));
                                }
                            }
                        }
                    }
                }
                Instr::Copy(CopyCommand { dest: Some(d), .. })
                | Instr::Add(CopyCommand { dest: Some(d), .. }) => {
                    for tool in ["curl", "wget"] {
                        if d.value.ends_with(&format!("/{tool}")) || d.value.ends_with("/bin/") {
                            have.push(tool);
                        }
                    }
                }
                Instr::Healthcheck(Health::Cmd(cmd)) => match cmd {
                    Command::Exec(words) => {
                        if let Some(w) = words.first() {
                            let base = w.value.rsplit('/').next().unwrap_or(&w.value);
                            if let Some(tool) = ["curl", "wget"].into_iter().find(|t| *t == base) {
                                uses.push((tool, w.span));
                            } else if matches!(base, "sh" | "bash") {
                                if let Some(script) = words.get(2) {
                                    for tool in ["curl", "wget"] {
                                        if script.value.split_whitespace().any(|x| x == tool) {
                                            uses.push((tool, script.span));
                                        }
                                    }
                                }
                            }
                        }
                    }
                    Command::Shell(s) => {
                        let mut shell_node = node.clone();
                        shell_node.rest_span = s.span;
                        match analyze_run(cx.src, &shell_node).filter(|sc| !sc.unparsed) {
                            Some(script) => {
                                for c in &script.commands {
                                    if let Some(tool) =
                                        ["curl", "wget"].into_iter().find(|t| c.name == *t)
                                    {
                                        uses.push((tool, c.name_span));
                                    }
                                }
                            }
                            None => {
                                for tool in ["curl", "wget"] {
                                    if s.value.split_whitespace().any(|x| x == tool) {
                                        uses.push((tool, s.span));
                                    }
                                }
                            }
                        }
                    }
                    Command::Empty => {}
                },
                _ => {}
            }
            for (tool, span) in uses {
                if have.contains(&tool) || image_has(&image, tool) != Some(false) {
                    continue;
                }
                let kw = ins.keyword_str();
                let install_en = if image.contains("alpine") {
                    format!("apk add --no-cache {tool}")
                } else {
                    format!("apt-get install -y --no-install-recommends {tool}")
                };
                out.report(
                    span,
                    text!(
                        "{kw} uses {tool}, but the base image \"{image}\" does not include it and this stage does not install it",
                        "{kw} 用到了 {tool}，但基础镜像 \"{image}\" 中没有它，本阶段也没有安装"
                    ),
                    Some(text!(
                        "install it first (RUN {install_en}) or use a tool the image has",
                        "先安装它（RUN {install_en}），或改用镜像中已有的工具"
                    )),
                );
            }
        }
        installed[stage.index] = have;
    }
}
