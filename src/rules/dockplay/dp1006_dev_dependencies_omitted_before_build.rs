//! DP1006: production-only install followed by a build script in the same stage.

use crate::diagnostic::Severity;
use crate::dockerfile::model::{Instr, RunCommand};
use crate::dockerfile::run_script::ShellCommand;
use crate::rules::prelude::*;
use crate::text;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DP1006",
        name: "dev-dependencies-omitted-before-build",
        severity: Severity::Warning,
        origin: Origin::Dockplay,
        summary: doc(Text {
            en: "Development dependencies are left out, but a build step in the same stage needs them",
            zh: "没有安装开发依赖，但同一阶段后面的构建步骤需要它们",
        }),
        why: doc(Text {
            en: "npm ci --omit=dev (or --only=production, --production) skips devDependencies, where build tools such as webpack, vite and typescript live, so npm run build fails.",
            zh: "npm ci --omit=dev（或 --only=production、--production）会跳过 devDependencies，而 webpack、vite、typescript 等构建工具就在其中，所以 npm run build 会失败。",
        }),
        fix: doc(Text {
            en: "Install all dependencies in the build stage and keep --omit=dev for the runtime stage that only runs the built output.",
            zh: "在构建阶段安装全部依赖；只在仅运行构建产物的运行阶段使用 --omit=dev。",
        }),
        bad: doc_str("FROM node:22-alpine AS build\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\nRUN npm run build\n"),
        good: doc_str("FROM node:22-alpine AS build\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn production_only(c: &ShellCommand) -> bool {
    let (name, args) = (c.name.as_str(), c.args.as_slice());
    let first = c.subcommand();
    let npm = name == "npm" && matches!(first, "ci" | "install" | "i");
    let yarn = name == "yarn" && (first.is_empty() || first == "install");
    let flags = args.iter().any(|a| {
        a == "--production"
            || a == "--omit=dev"
            || a.starts_with("--only=prod")
            || a == "--prod"
            || a == "--production=true"
    }) || args.windows(2).any(|w| w[0] == "--omit" && w[1] == "dev");
    (npm || yarn || (name == "pnpm" && matches!(first, "install" | "i"))) && flags
}

fn builds(c: &ShellCommand) -> Option<String> {
    let (name, args) = (c.name.as_str(), c.args.as_slice());
    let first = c.subcommand();
    match name {
        "npm" | "pnpm" if first == "run" => args
            .iter()
            .filter(|a| !a.starts_with('-'))
            .nth(1)
            .filter(|s| s.contains("build"))
            .map(|s| format!("{name} run {s}")),
        "yarn" if first.contains("build") => Some(format!("yarn {first}")),
        "npx" | "tsc" | "vite" | "webpack" | "next"
            if name != "npx" || ["tsc", "vite", "webpack", "next", "ng"].contains(&first) =>
        {
            Some(format!("{name} {first}").trim().to_string())
        }
        _ => None,
    }
}

fn check(cx: &Ctx, out: &mut Out) {
    for stage in &cx.model.stages {
        let mut prod: Option<(String, crate::text::Span, usize)> = None;
        for (ins, node) in cx.stage_instructions(stage) {
            let Instr::Run(RunCommand { .. }) = ins.kind else {
                continue;
            };
            let Some(script) = cx.script(ins) else {
                continue;
            };
            for c in &script.commands {
                if production_only(c) {
                    prod = Some((
                        format!("{} {}", c.name, c.args.join(" ")),
                        c.name_span,
                        node.start_line,
                    ));
                } else if let (Some(b), Some((install, span, _))) = (builds(c), &prod) {
                    let line = node.start_line;
                    out.report(
                        *span,
                        text!(
                            "\"{install}\" skips devDependencies, but \"{b}\" on line {line} usually needs them (webpack, vite, typescript …)",
                            "\"{install}\" 跳过了 devDependencies，但第 {line} 行的 \"{b}\" 通常需要它们（webpack、vite、typescript 等）"
                        ),
                        Some(text!(
                            "install all dependencies in this build stage; use --omit=dev only in the runtime stage",
                            "在这个构建阶段安装全部依赖；只在运行阶段使用 --omit=dev"
                        )),
                    );
                    prod = None;
                }
            }
        }
    }
}
