//! DC1106 `ports-on-internal-network`: published ports on a service attached only to internal
//! networks, which the host cannot reach.

use super::ComposeCtx;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DC1106",
        name: "ports-on-internal-network",
        severity: Severity::Warning,
        target: crate::diagnostic::Target::Compose,
        summary: doc(Text {
            en: "Published ports on a service attached only to internal networks",
            zh: "只接入内部网络的服务发布了端口",
        }),
        why: doc(Text {
            en: "An internal: true network has no route to the outside, in either direction: Docker publishes no port of a container that is attached only to internal networks, so the mapping does nothing.",
            zh: "internal: true 的网络与外部之间没有路由，双向都不通：只接入内部网络的容器，Docker 不会为它发布任何端口，所以这个端口映射不起作用。",
        }),
        fix: doc(Text {
            en: "Also attach the service to a network that is not internal, or remove ports.",
            zh: "让这个服务再接入一个非内部网络，或者删掉 ports。",
        }),
        bad: doc_str("services:\n  api:\n    image: myapi:1.0\n    networks: [backend]\n    ports:\n      - \"8000:8000\"\nnetworks:\n  backend:\n    internal: true\n"),
        good: doc_str("services:\n  api:\n    image: myapi:1.0\n    networks: [backend, public]\n    ports:\n      - \"8000:8000\"\nnetworks:\n  backend:\n    internal: true\n  public:\n"),
        ..Code::BASE
    },
    check: Check::Compose(check),
};

fn check(cx: &ComposeCtx, out: &mut Out) {
    let Some(p) = cx.project else { return };
    for s in p
        .services
        .iter()
        .filter(|s| s.active && s.network_mode.is_none())
    {
        let Some(first) = s.ports.first() else {
            continue;
        };
        let internal: Vec<&str> = s
            .networks
            .iter()
            .filter(|n| p.network(&n.name).is_some_and(|x| x.internal))
            .map(|n| n.name.as_str())
            .collect();
        if internal.is_empty() || internal.len() < s.networks.len() {
            continue;
        }
        let (name, nets) = (&s.name, internal.join(", "));
        out.report_at(
            first.loc,
            crate::text!(
                "service \"{name}\" is attached only to internal networks ({nets}): its published ports are unreachable from the host",
                "服务 \"{name}\" 只接入了内部网络（{nets}）：从宿主机访问不到它发布的端口"
            ),
            Some(crate::text!(
                "also attach it to a network that is not internal",
                "再让它接入一个非内部网络"
            )),
        );
    }
}
