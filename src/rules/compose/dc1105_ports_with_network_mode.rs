//! DC1105 `ports-with-network-mode`: `ports` on a service that uses the host's or another
//! container's network stack, where publishing does nothing or fails.

use super::ComposeCtx;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DC1105",
        name: "ports-with-network-mode",
        severity: Severity::Warning,
        target: crate::diagnostic::Target::Compose,
        summary: doc(Text {
            en: "ports on a service whose network_mode is host, service: or container:",
            zh: "network_mode 为 host、service: 或 container: 的服务写了 ports",
        }),
        why: doc(Text {
            en: "Publishing maps a host port to the container's own network namespace. With network_mode: host the container has none (Docker discards published ports: the server listens on the host directly); with service: or container: it shares another container's namespace and Docker refuses to create it (\"conflicting options: port publishing and the container type network mode\").",
            zh: "发布端口就是把宿主机端口映射到容器自己的网络命名空间。network_mode: host 时容器没有自己的命名空间（Docker 会丢弃端口映射，容器里的程序直接在宿主机上监听）；service: 或 container: 时它共用另一个容器的命名空间，Docker 会拒绝创建它（“conflicting options: port publishing and the container type network mode”）。",
        }),
        fix: doc(Text {
            en: "Remove ports (with host, the server's port is already the host's); with service:, publish the ports on that service.",
            zh: "删掉 ports（host 模式下程序监听的端口本来就是宿主机的端口）；service: 模式下，把端口映射写在被共用的那个服务上。",
        }),
        bad: doc_str("services:\n  web:\n    image: nginx:1.27\n    network_mode: host\n    ports:\n      - \"80:80\"\n"),
        good: doc_str("services:\n  web:\n    image: nginx:1.27\n    network_mode: host\n"),
        ..Code::BASE
    },
    check: Check::Compose(check),
};

fn check(cx: &ComposeCtx, out: &mut Out) {
    for s in cx.services() {
        let (Some((ports_key, ports)), Some(mode)) =
            (s.body.entry("ports"), s.body.get("network_mode"))
        else {
            continue;
        };
        if ports.as_seq().is_none_or(<[_]>::is_empty) {
            continue;
        }
        let Some(mode) = mode.as_str() else { continue };
        let name = s.name;
        let message = if mode == "host" {
            crate::text!(
                "service \"{name}\" has network_mode: host, so Docker discards its published ports: the server listens on the host directly",
                "服务 \"{name}\" 设置了 network_mode: host，Docker 会丢弃它的端口映射：程序直接在宿主机上监听"
            )
        } else if mode.starts_with("service:") || mode.starts_with("container:") {
            crate::text!(
                "service \"{name}\" shares the network stack of {mode}: Docker refuses to publish ports on it",
                "服务 \"{name}\" 共用 {mode} 的网络栈：Docker 拒绝为它发布端口"
            )
        } else {
            continue;
        };
        out.report_at(
            s.loc(ports_key.span),
            message,
            Some(crate::text!(
                "remove ports, or publish them on the service that owns the network stack",
                "删掉 ports，或者把端口写在拥有这个网络栈的服务上"
            )),
        );
    }
}
