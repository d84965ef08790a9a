//! DC1303 `port-not-listened`: a service publishes or exposes a container port its image does not
//! listen on (by the Dockerfile's EXPOSE and the server command's port).

use super::image::{self, Listen};
use super::{ComposeCtx, LinkedBuild};
use crate::dockerfile::model::Instr;
use crate::rules::prelude::*;
use crate::yaml::Node;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DC1303",
        name: "port-not-listened",
        severity: Severity::Warning,
        target: crate::diagnostic::Target::Compose,
        summary: doc(Text {
            en: "A container port the image does not listen on",
            zh: "镜像并不监听这个容器端口",
        }),
        why: doc(Text {
            en: "In \"8000:5000\" the right-hand number is the port inside the container: it must be the port the server listens on. If the Dockerfile runs gunicorn -b 0.0.0.0:8000, mapping container port 5000 reaches nothing and the browser gets \"connection reset\".",
            zh: "在 \"8000:5000\" 中，右边的数字是容器里的端口，它必须是服务器程序实际监听的端口。如果 Dockerfile 运行的是 gunicorn -b 0.0.0.0:8000，映射容器端口 5000 就什么也访问不到，浏览器会提示“连接被重置”。",
        }),
        fix: doc(Text {
            en: "Map to the port the server listens on (\"8000:8000\"), or make the server listen on the mapped port.",
            zh: "映射到服务器程序实际监听的端口（\"8000:8000\"），或者让服务器程序监听映射的那个端口。",
        }),
        bad: doc_str("services:\n  web:\n    build:\n      context: .\n      dockerfile_inline: |\n        FROM python:3.12-slim\n        CMD [\"gunicorn\", \"-b\", \"0.0.0.0:8000\", \"app:app\"]\n    ports:\n      - \"8000:5000\"\n"),
        good: doc_str("services:\n  web:\n    build:\n      context: .\n      dockerfile_inline: |\n        FROM python:3.12-slim\n        CMD [\"gunicorn\", \"-b\", \"0.0.0.0:8000\", \"app:app\"]\n    ports:\n      - \"8000:8000\"\n"),
        ..Code::BASE
    },
    check: Check::Compose(check),
};

/// Where the service's server listens: the compose `command` when it sets one, else the image's
/// CMD and ENTRYPOINT.
pub(crate) fn server(cx: &ComposeCtx, b: &LinkedBuild, body: &Node) -> Option<Listen> {
    let m = image::model(cx, b)?;
    let stage = image::target_stage(m, b.spec.target.as_deref())?;
    let mut words: Vec<String> = Vec::new();
    let entrypoint = image::in_effect(m, stage, |k| match k {
        Instr::Entrypoint(c) => Some(c),
        _ => None,
    });
    words.extend(entrypoint.map(|(_, c)| image::words(c)).unwrap_or_default());
    match body.get("command") {
        Some(c) => match (c.as_str(), c.as_seq()) {
            (Some(s), _) => words.extend(s.split_whitespace().map(String::from)),
            (_, Some(items)) => {
                words.extend(items.iter().filter_map(|i| i.as_str().map(String::from)))
            }
            _ => {}
        },
        None => {
            let cmd = image::in_effect(m, stage, |k| match k {
                Instr::Cmd(c) => Some(c),
                _ => None,
            });
            words.extend(cmd.map(|(_, c)| image::words(c)).unwrap_or_default());
        }
    }
    image::listen(&words)
}

/// The container ports a service body publishes or exposes, with their nodes.
pub(crate) fn container_ports(body: &Node) -> Vec<(u16, &Node)> {
    let mut out = Vec::new();
    for key in ["ports", "expose"] {
        for item in body.get(key).and_then(Node::as_seq).unwrap_or(&[]) {
            let port = match item.as_str() {
                Some(v) => {
                    let v = v.split('/').next().unwrap_or(v);
                    let last = v.rsplit(':').next().unwrap_or(v);
                    last.split('-').next().unwrap_or(last).parse().ok()
                }
                None => item
                    .get("target")
                    .and_then(Node::as_str)
                    .and_then(|t| t.parse().ok()),
            };
            out.extend(port.map(|p| (p, item)));
        }
    }
    out
}

fn check(cx: &ComposeCtx, out: &mut Out) {
    for (b, s, m, stage) in image::targets(cx) {
        let exposed = image::exposed(m, stage);
        let listen = server(cx, b, s.body);
        if exposed.is_empty() && listen.is_none() {
            continue;
        }
        let mut known: Vec<u16> = exposed.clone();
        known.extend(listen.as_ref().map(|l| l.port));
        for (port, node) in container_ports(s.body) {
            if known.contains(&port) {
                continue;
            }
            let (service, path) = (&b.service, &b.path);
            let (en, zh) = match &listen {
                Some(l) => (
                    format!("its server ({}) listens on {}", l.server, l.port),
                    format!("它的服务器程序（{}）监听的是 {}", l.server, l.port),
                ),
                None => {
                    let list: Vec<String> = exposed.iter().map(u16::to_string).collect();
                    (
                        format!("{path} EXPOSEs {}", list.join(", ")),
                        format!("在 {path} 中 EXPOSE 的是 {}", list.join("、")),
                    )
                }
            };
            let Some(want) = listen.as_ref().map(|l| l.port).or(exposed.first().copied()) else {
                continue;
            };
            out.report_at(
                s.loc(node.span),
                Text::new(
                    format!("service \"{service}\" uses container port {port}, but {en}"),
                    format!("服务 \"{service}\" 用的是容器端口 {port}，但{zh}"),
                ),
                Some(crate::text!(
                    "use container port {want}",
                    "改用容器端口 {want}"
                )),
            );
        }
    }
}
