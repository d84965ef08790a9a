//! DC1302 `undeclared-build-arg`: a `build.args` entry the Dockerfile never declares with ARG.

use super::{image, ComposeCtx};
use crate::dockerfile::model::Instr;
use crate::rules::prelude::*;
use crate::yaml::Node;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DC1302",
        name: "undeclared-build-arg",
        severity: Severity::Warning,
        target: crate::diagnostic::Target::Compose,
        summary: doc(Text {
            en: "A build argument the Dockerfile never declares",
            zh: "Dockerfile 没有声明的构建参数",
        }),
        why: doc(Text {
            en: "A build argument reaches the build only where the Dockerfile declares it with ARG; otherwise BuildKit ignores it (and warns that it was not consumed), so the value you set changes nothing.",
            zh: "构建参数只有在 Dockerfile 用 ARG 声明过的地方才会生效；否则 BuildKit 会忽略它（并警告它没有被使用），所以你设置的值不起任何作用。",
        }),
        fix: doc(Text {
            en: "Declare it in the Dockerfile (ARG NAME) in the stage that uses it, or remove it from build.args.",
            zh: "在 Dockerfile 中用到它的阶段里用 ARG NAME 声明它，或者从 build.args 中删掉它。",
        }),
        bad: doc_str("services:\n  web:\n    build:\n      context: .\n      args:\n        PYTHON_VERSION: \"3.12\"\n      dockerfile_inline: |\n        FROM python:3.12-slim\n        CMD [\"python\", \"app.py\"]\n"),
        good: doc_str("services:\n  web:\n    build:\n      context: .\n      args:\n        PYTHON_VERSION: \"3.12\"\n      dockerfile_inline: |\n        ARG PYTHON_VERSION=3.12\n        FROM python:${PYTHON_VERSION}-slim\n        CMD [\"python\", \"app.py\"]\n"),
        ..Code::BASE
    },
    check: Check::Compose(check),
};

/// Arguments BuildKit defines without an ARG.
fn predefined(name: &str) -> bool {
    let n = name.to_ascii_uppercase();
    matches!(
        n.as_str(),
        "HTTP_PROXY" | "HTTPS_PROXY" | "FTP_PROXY" | "NO_PROXY" | "ALL_PROXY"
    ) || n.starts_with("BUILDKIT_")
        || name.starts_with("SOURCE_DATE_EPOCH")
}

fn check(cx: &ComposeCtx, out: &mut Out) {
    for b in cx.builds {
        let Some(m) = image::model(cx, b) else {
            continue;
        };
        let declared: Vec<&str> = m
            .instructions
            .iter()
            .filter_map(|i| match &i.kind {
                Instr::Arg(defs) => Some(defs.iter().map(|d| d.name.value.as_str())),
                _ => None,
            })
            .flatten()
            .collect();
        let Some(s) = cx.service_of(b) else {
            continue;
        };
        let Some(args) = s.body.get("build").and_then(|x| x.get("args")) else {
            continue;
        };
        let nodes: Vec<(&str, &Node)> = match (args.as_map(), args.as_seq()) {
            (Some(map), _) => map
                .iter()
                .filter_map(|(k, _)| Some((k.as_str()?, k)))
                .collect(),
            (_, Some(items)) => items
                .iter()
                .filter_map(|i| Some((i.as_str()?.split('=').next()?, i)))
                .collect(),
            _ => continue,
        };
        for (name, node) in nodes {
            if declared.contains(&name) || predefined(name) {
                continue;
            }
            let (service, path) = (&b.service, &b.path);
            out.report_at(
                s.loc(node.span),
                crate::text!(
                    "build argument {name} of service \"{service}\" is never declared in {path}: the build ignores it",
                    "服务 \"{service}\" 的构建参数 {name} 在 {path} 中没有声明：构建时会被忽略"
                ),
                Some(crate::text!(
                    "add ARG {name} to the stage that uses it",
                    "在用到它的阶段里加上 ARG {name}"
                )),
            );
        }
    }
}
