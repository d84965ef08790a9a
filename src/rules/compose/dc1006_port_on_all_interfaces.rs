//! DC1006 `port-on-all-interfaces`: a published port without a host address listens on every
//! interface of the host.

use super::ComposeCtx;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DC1006",
        name: "port-on-all-interfaces",
        severity: Severity::Info,
        origin: Origin::Dclint,
        aliases: &["no-unbound-port-interfaces"],
        target: crate::diagnostic::Target::Compose,
        summary: doc(Text {
            en: "A published port listens on every network interface of the host",
            zh: "发布的端口监听宿主机的所有网卡",
        }),
        why: doc(Text {
            en: "\"5432:5432\" publishes the port on all of the host's addresses, so every machine that can reach the host can connect, and Docker's own firewall rules let the traffic past ufw and firewalld. A database or an admin port meant for your own machine should be bound to 127.0.0.1.",
            zh: "\"5432:5432\" 会在宿主机的所有地址上发布这个端口，任何能访问宿主机的机器都能连进来，而且 Docker 自己添加的防火墙规则会让这些流量绕过 ufw 和 firewalld。只给本机用的数据库或管理端口应该绑定到 127.0.0.1。",
        }),
        fix: doc(Text {
            en: "Write the host address in front: \"127.0.0.1:5432:5432\" (or 0.0.0.0 on purpose, to say so).",
            zh: "在前面写上宿主机地址：\"127.0.0.1:5432:5432\"（确实要对外开放时写 0.0.0.0，表明是有意的）。",
        }),
        differs: doc_opt(Some(Text {
            en: "Information rather than dclint's error: publishing on all interfaces is how most development setups work. An explicit 0.0.0.0 counts as a choice and is not reported. Each mapping is reported on its own line (dclint reports them all on the ports: line). dclint reports some findings a line early (a flow collection such as ports: [\"80\"], or a comment between a key and its list) and does not see keys merged in with <<; dockplay points at the token itself.",
            zh: "级别为提示，而 dclint 报告为错误：大多数开发环境就是这样发布端口的。明确写出 0.0.0.0 视为有意的选择，不报告。每个映射分别报告在它所在的行上（dclint 把它们都报告在 ports: 这一行）。dclint 有时把报告位置提前一行（例如 ports: [\"80\"] 这样的流式集合，或者键与列表之间有注释时），也看不到用 << 合并进来的键；dockplay 指向具体的那个标记。",
        })),
        bad: doc_str("services:\n  db:\n    image: postgres:16\n    ports:\n      - \"5432:5432\"\n"),
        good: doc_str("services:\n  db:\n    image: postgres:16\n    ports:\n      - \"127.0.0.1:5432:5432\"\n"),
        ..Code::BASE
    },
    check: Check::Compose(check),
};

fn check(cx: &ComposeCtx, out: &mut Out) {
    let Some(project) = cx.project else { return };
    for s in project.services.iter().filter(|s| s.active) {
        for p in &s.ports {
            if p.mapping.host_ip.is_some() {
                continue;
            }
            let (service, target) = (&s.name, p.mapping.target);
            let host = p.mapping.published.as_deref().unwrap_or("?");
            out.report_at(
                p.loc,
                crate::text!(
                    "port {target} of service \"{service}\" is published on every interface of the host (host port {host})",
                    "服务 \"{service}\" 的端口 {target} 发布在宿主机的所有网卡上（宿主机端口 {host}）"
                ),
                Some(crate::text!(
                    "bind it to an address, e.g. \"127.0.0.1:{host}:{target}\"",
                    "绑定到一个地址，例如 \"127.0.0.1:{host}:{target}\""
                )),
            );
        }
    }
}
