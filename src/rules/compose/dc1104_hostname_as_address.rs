//! DC1104 `hostname-as-address`: another service's `hostname:` used as its address; it sets only
//! the name a container sees for itself, which peers cannot resolve.

use super::{addresses, ComposeCtx};
use crate::analysis::network::{Resolution, Resolver};
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DC1104",
        name: "hostname-as-address",
        severity: Severity::Warning,
        target: crate::diagnostic::Target::Compose,
        summary: doc(Text {
            en: "An address uses another service's hostname:, which other containers cannot resolve",
            zh: "地址用了另一个服务的 hostname:，而其他容器解析不到这个名字",
        }),
        why: doc(Text {
            en: "hostname: sets the name a container sees for itself (in /etc/hostname and its own /etc/hosts). Compose's DNS does not register it: other services reach a service by its service name, its container_name or a network alias.",
            zh: "hostname: 只设置容器看到的自己的名字（写进它自己的 /etc/hostname 和 /etc/hosts）。Compose 的 DNS 不会登记它：其他服务要用服务名、container_name 或网络别名来访问它。",
        }),
        fix: doc(Text {
            en: "Address the service by its service name, or give it a network alias with that name.",
            zh: "用服务名访问它，或者给它加一个同名的网络别名（aliases）。",
        }),
        bad: doc_str("services:\n  web:\n    image: myapp:1.0\n    environment:\n      DB_HOST: database\n  db:\n    image: postgres:16\n    hostname: database\n"),
        good: doc_str("services:\n  web:\n    image: myapp:1.0\n    environment:\n      DB_HOST: db\n  db:\n    image: postgres:16\n    hostname: database\n"),
        ..Code::BASE
    },
    check: Check::Compose(check),
};

fn check(cx: &ComposeCtx, out: &mut Out) {
    let Some(project) = cx.project else { return };
    let resolver = Resolver::new(project);
    let mut by_hostname: std::collections::HashMap<&str, Vec<&str>> = Default::default();
    for s in &project.services {
        if let Some(h) = &s.hostname {
            by_hostname.entry(h.as_str()).or_default().push(&s.name);
        }
    }
    for a in addresses(cx) {
        let host = a.host.as_str();
        let owners = by_hostname.get(host).map(Vec::as_slice).unwrap_or(&[]);
        let Some(owner) = owners.iter().find(|o| **o != a.service.name) else {
            continue;
        };
        let Some(s) = project.service(a.service.name) else {
            continue;
        };
        if !matches!(resolver.resolve(s, host), Resolution::Unknown) {
            continue;
        }
        let (var, to) = (&a.var.name, owner);
        out.report_at(
            a.service.loc(a.span()),
            crate::text!(
                "{var} points at \"{host}\", the hostname: of {to}: other containers cannot resolve it",
                "{var} 指向 \"{host}\"，而这是 {to} 用 hostname: 设置的名字，其他容器解析不到它"
            ),
            Some(crate::text!(
                "use the service name {to}",
                "改用服务名 {to}"
            )),
        );
    }
}
