//! DP1001: dependencies installed after copying the whole build context.

use crate::analysis::shell::ShellCommand;
use crate::diagnostic::Severity;
use crate::dockerfile::model::Detail;
use crate::rules::{Ctx, Meta, Origin, Out, Rule, T};
use crate::text;

pub static RULE: Rule = Rule {
    meta: Meta {
        code: super::code("DP1001", "copy-before-dependency-install", Severity::Warning),
        origin: Origin::Dockplay,
        aliases: &[],
        summary: T {
            en: "Dependencies are installed after COPY . ., so every code change reinstalls them",
            zh: "在 COPY . . 之后安装依赖，每次改代码都会重新安装全部依赖",
        },
        why: T {
            en: "Docker reuses a cached layer only while everything before it is unchanged. COPY . . changes whenever any file changes, so the install step after it runs again on every edit, downloading every package anew.",
            zh: "只有前面的步骤都没变，Docker 才会复用缓存层。任何文件一改，COPY . . 就变了，它之后的安装步骤每次都要重新执行，重新下载所有依赖包。",
        },
        fix: T {
            en: "Copy only the dependency manifest first (requirements.txt, package.json and its lock file, go.mod/go.sum, …), install, then COPY . . for the code.",
            zh: "先只复制依赖清单（requirements.txt、package.json 及其锁文件、go.mod/go.sum 等）并安装依赖，再用 COPY . . 复制代码。",
        },
        differs: None,
        bad: "FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nCMD [\"python\", \"app.py\"]\n",
        good: "FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nCMD [\"python\", \"app.py\"]\n",
        example_dockerignore: None,
        example_config: None,
        fixable: false,
    },
    check,
};

/// The dependency manifest to copy first for an install command, if it is one.
pub(crate) fn dependency_install(c: &ShellCommand) -> Option<&'static [&'static str]> {
    let (name, args) = (c.name.as_str(), c.args.as_slice());
    let first = c.subcommand();
    let has = |s: &str| args.iter().any(|a| a == s);
    match name {
        "pip" | "pip3" | "pip2" if first == "install" => Some(&["requirements.txt"]),
        "python" | "python3" if has("-m") && has("pip") && has("install") => {
            Some(&["requirements.txt"])
        }
        "pipenv" if first == "install" || first == "sync" => Some(&["Pipfile", "Pipfile.lock"]),
        "poetry" if first == "install" => Some(&["pyproject.toml", "poetry.lock"]),
        "uv" if first == "sync" || (first == "pip" && has("install")) => {
            Some(&["pyproject.toml", "uv.lock"])
        }
        "npm" if matches!(first, "install" | "i" | "ci") => {
            Some(&["package.json", "package-lock.json"])
        }
        "yarn" if first.is_empty() || first == "install" => Some(&["package.json", "yarn.lock"]),
        "pnpm" if matches!(first, "install" | "i") => Some(&["package.json", "pnpm-lock.yaml"]),
        "go" if first == "mod" && has("download") => Some(&["go.mod", "go.sum"]),
        "bundle" if first.is_empty() || first == "install" => Some(&["Gemfile", "Gemfile.lock"]),
        "composer" if first == "install" => Some(&["composer.json", "composer.lock"]),
        "mvn" | "./mvnw" if args.iter().any(|a| a.starts_with("dependency:")) => Some(&["pom.xml"]),
        "cargo" if first == "fetch" => Some(&["Cargo.toml", "Cargo.lock"]),
        _ => None,
    }
}

/// Whether a COPY/ADD source is the whole context.
fn whole_context(src: &str) -> bool {
    matches!(src.trim_end_matches('/'), "." | "" | "./" | "*" | "./*")
}

fn check(cx: &Ctx, out: &mut Out) {
    for stage in &cx.model.stages {
        let mut broad: Option<(usize, String)> = None;
        for (ins, node) in cx.stage_instructions(stage) {
            match &ins.detail {
                Detail::Copy {
                    sources,
                    from: None,
                    ..
                } if broad.is_none() && sources.iter().any(|s| whole_context(&s.value)) => {
                    let shown = format!(
                        "{} {}",
                        ins.keyword,
                        node.rest().split_whitespace().collect::<Vec<_>>().join(" ")
                    );
                    broad = Some((node.start_line, shown));
                }
                Detail::Run { .. } => {
                    let Some((line, copy)) = &broad else { continue };
                    let Some(script) = cx.script(ins) else {
                        continue;
                    };
                    for c in &script.commands {
                        if let Some(files) = dependency_install(c) {
                            let (manifest, manifest_zh) = (files.join(" and "), files.join(" 和 "));
                            let cmd = std::iter::once(c.name.as_str())
                                .chain(c.args.iter().map(String::as_str).take(2))
                                .collect::<Vec<_>>()
                                .join(" ");
                            out.report(
                                c.name_span,
                                text!(
                                    "\"{cmd}\" runs after \"{copy}\" (line {line}): any change to any file reinstalls all dependencies",
                                    "\"{cmd}\" 在 \"{copy}\"（第 {line} 行）之后执行：任何文件改动都会导致重新安装全部依赖"
                                ),
                                Some(text!(
                                    "copy {manifest} first, install, then copy the rest of the code",
                                    "先只复制 {manifest_zh} 并安装依赖，再复制其余代码"
                                )),
                            );
                        }
                    }
                }
                _ => {}
            }
        }
    }
}
