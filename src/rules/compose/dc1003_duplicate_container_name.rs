//! DC1003 `duplicate-container-name`: two services with the same `container_name`.

use super::ComposeCtx;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DC1003",
        name: "duplicate-container-name",
        severity: Severity::Error,
        origin: Origin::Dclint,
        aliases: &["no-duplicate-container-names"],
        target: crate::diagnostic::Target::Compose,
        summary: doc(Text {
            en: "Two services have the same container_name",
            zh: "两个服务的 container_name 相同",
        }),
        why: doc(Text {
            en: "A container name is unique on a Docker engine: `docker compose up` creates the first container and fails on the second with \"the container name is already in use\".",
            zh: "容器名在一个 Docker 引擎上必须唯一：`docker compose up` 创建了第一个容器之后，创建第二个时会失败，报错“the container name is already in use”（容器名已被占用）。",
        }),
        fix: doc(Text {
            en: "Give each service its own container_name, or remove container_name and let Compose name the containers.",
            zh: "给每个服务起不同的 container_name，或者删掉 container_name，让 Compose 自动命名容器。",
        }),
        differs: doc_opt(Some(Text {
            en: "Names are compared after interpolation. dclint reports some findings a line early (a flow collection such as ports: [\"80\"], or a comment between a key and its list) and does not see keys merged in with <<; dockplay points at the token itself.",
            zh: "容器名按插值之后的值比较。dclint 有时把报告位置提前一行（例如 ports: [\"80\"] 这样的流式集合，或者键与列表之间有注释时），也看不到用 << 合并进来的键；dockplay 指向具体的那个标记。",
        })),
        bad: doc_str("services:\n  web:\n    image: nginx:1.27\n    container_name: app\n  api:\n    image: myapi:1.0\n    container_name: app\n"),
        good: doc_str("services:\n  web:\n    image: nginx:1.27\n    container_name: app-web\n  api:\n    image: myapi:1.0\n    container_name: app-api\n"),
        ..Code::BASE
    },
    check: Check::Compose(check),
};

fn check(cx: &ComposeCtx, out: &mut Out) {
    // In the order the files write the services: the first one keeps the name.
    let mut seen: std::collections::HashMap<&str, &str> = Default::default();
    for s in cx.services() {
        let Some(v) = s.body.get("container_name") else {
            continue;
        };
        let Some(name) = v.as_str().filter(|n| !n.is_empty()) else {
            continue;
        };
        match seen.get(name) {
            Some(first) if *first != s.name => {
                let (service, first) = (s.name, *first);
                out.report_at(
                    s.loc(v.span),
                    crate::text!(
                        "container_name \"{name}\" of service \"{service}\" is already used by service \"{first}\"",
                        "服务 \"{service}\" 的 container_name \"{name}\" 已经被服务 \"{first}\" 使用"
                    ),
                    Some(crate::text!(
                        "give each service its own container name",
                        "给每个服务起不同的容器名"
                    )),
                );
            }
            Some(_) => {}
            None => {
                seen.insert(name, s.name);
            }
        }
    }
}
