//! DC1306 `healthcheck-tool-missing`: a compose healthcheck runs curl or wget, which the image
//! the service builds does not have (the check DP1005 makes for a Dockerfile's HEALTHCHECK).

use super::{image, ComposeCtx};
use crate::rules::prelude::*;
use crate::yaml::Node;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DC1306",
        name: "healthcheck-tool-missing",
        severity: Severity::Warning,
        target: crate::diagnostic::Target::Compose,
        summary: doc(Text {
            en: "The healthcheck runs curl or wget, which the image does not have",
            zh: "健康检查用到了 curl 或 wget，而镜像里没有它",
        }),
        why: doc(Text {
            en: "A healthcheck runs inside the container. Slim and Alpine images ship without curl (Alpine has BusyBox's wget): the command fails with \"not found\" every time, the service is reported unhealthy forever, and every service waiting on condition: service_healthy never starts.",
            zh: "健康检查在容器内部运行。slim 和 Alpine 镜像不带 curl（Alpine 只有 BusyBox 的 wget）：命令每次都会报错“not found”而失败，服务一直被判定为不健康，所有等待 condition: service_healthy 的服务也永远不会启动。",
        }),
        fix: doc(Text {
            en: "Install the tool in the Dockerfile (apt-get install -y curl), or check with a tool the image has (python -c \"import urllib.request…\").",
            zh: "在 Dockerfile 中安装这个工具（apt-get install -y curl），或者改用镜像里已有的工具做检查（例如 python -c \"import urllib.request…\"）。",
        }),
        bad: doc_str("services:\n  web:\n    build:\n      context: .\n      dockerfile_inline: |\n        FROM python:3.12-slim\n        CMD [\"python\", \"-m\", \"http.server\"]\n    healthcheck:\n      test: [\"CMD\", \"curl\", \"-f\", \"http://localhost:8000/\"]\n"),
        good: doc_str("services:\n  web:\n    build:\n      context: .\n      dockerfile_inline: |\n        FROM python:3.12-slim\n        RUN apt-get update && apt-get install -y --no-install-recommends curl\n        CMD [\"python\", \"-m\", \"http.server\"]\n    healthcheck:\n      test: [\"CMD\", \"curl\", \"-f\", \"http://localhost:8000/\"]\n"),
        ..Code::BASE
    },
    check: Check::Compose(check),
};

/// The curl or wget a healthcheck test runs, with its node.
fn tool_of(test: &Node) -> Option<(&'static str, &Node)> {
    let find = |s: &str| {
        s.split(|c: char| c.is_whitespace() || c == ';' || c == '&' || c == '|')
            .map(|w| w.rsplit('/').next().unwrap_or(w))
            .find_map(|w| ["curl", "wget"].into_iter().find(|t| *t == w))
    };
    match (test.as_str(), test.as_seq()) {
        (Some(s), _) => find(s).map(|t| (t, test)),
        (_, Some(items)) => {
            let kind = items.first()?.as_str()?;
            let rest = items.get(1)?;
            match kind {
                "CMD" => {
                    let w = rest.as_str()?;
                    let base = w.rsplit('/').next().unwrap_or(w);
                    ["curl", "wget"]
                        .into_iter()
                        .find(|t| *t == base)
                        .map(|t| (t, rest))
                }
                "CMD-SHELL" => find(rest.as_str()?).map(|t| (t, rest)),
                _ => None,
            }
        }
        _ => None,
    }
}

fn check(cx: &ComposeCtx, out: &mut Out) {
    let config = crate::rules::Config::default();
    // Many services may build one Dockerfile: judge each (Dockerfile, stage, tool) once.
    let mut known: std::collections::HashMap<(usize, usize, &str), Option<bool>> =
        Default::default();
    for b in cx.builds {
        let Some(s) = cx.service_of(b) else {
            continue;
        };
        let Some(test) = s.body.get("healthcheck").and_then(|h| h.get("test")) else {
            continue;
        };
        let Some((tool, node)) = tool_of(test) else {
            continue;
        };
        let (Some(df), Some(m)) = (cx.dockerfiles.get(b.dockerfile), image::model(cx, b)) else {
            continue;
        };
        let Some(stage) = image::target_stage(m, b.spec.target.as_deref()) else {
            continue;
        };
        let has = *known.entry((b.dockerfile, stage, tool)).or_insert_with(|| {
            let dcx = crate::rules::Ctx::new(&df.text, m, None, &config, &[]);
            crate::rules::dockplay::dp1005_missing_http_client::stage_has(&dcx, stage, tool)
        });
        if has != Some(false) {
            continue;
        }
        let (service, base) = (&b.service, crate::rules::dockplay::root_image(m, stage));
        out.report_at(
            s.loc(node.span),
            crate::text!(
                "the healthcheck of service \"{service}\" runs {tool}, but its image (built FROM {base}) has no {tool}: the check always fails",
                "服务 \"{service}\" 的健康检查运行 {tool}，但它的镜像（基于 {base} 构建）里没有 {tool}：检查永远失败"
            ),
            Some(crate::text!(
                "install {tool} in the Dockerfile, or check with a tool the image has",
                "在 Dockerfile 中安装 {tool}，或者改用镜像里已有的工具"
            )),
        );
    }
}
