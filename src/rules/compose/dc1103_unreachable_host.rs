//! DC1103 `unreachable-host`: an environment value addresses a service this service shares no
//! network with, or a name that looks like a service but is none.

use super::{addresses, ComposeCtx};
use crate::analysis::network::{Resolution, Resolver};
use crate::compose::address::{is_ip, is_loopback};
use crate::compose::model::{Project, Service};
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DC1103",
        name: "unreachable-host",
        severity: Severity::Warning,
        target: crate::diagnostic::Target::Compose,
        summary: doc(Text {
            en: "An address in the environment names a service that cannot be reached from here, or no service at all",
            zh: "环境变量中的地址指向一个从这里访问不到的服务，或者根本不存在的服务",
        }),
        why: doc(Text {
            en: "Compose's DNS answers a service's name only on the networks it shares with the asking service: a service on the backend network is unknown to one attached only to the frontend network, and a container with network_mode: none has no network at all. A host that is a misspelt service name fails the same way, at run time, with \"could not resolve host\".",
            zh: "Compose 的 DNS 只在两个服务共同所在的网络上解析服务名：只接入 frontend 网络的服务不认识 backend 网络上的服务，network_mode: none 的容器则完全没有网络。如果主机名是拼错了的服务名，也会以同样的方式失败，而且要到运行时才报错“could not resolve host”（无法解析主机）。",
        }),
        fix: doc(Text {
            en: "Attach both services to a common network, or correct the host to the service's name.",
            zh: "让两个服务接入同一个网络，或者把主机名改成正确的服务名。",
        }),
        bad: doc_str("services:\n  web:\n    image: myapp:1.0\n    networks: [frontend]\n    environment:\n      DB_HOST: db\n  db:\n    image: postgres:16\n    networks: [backend]\nnetworks:\n  frontend:\n  backend:\n"),
        good: doc_str("services:\n  web:\n    image: myapp:1.0\n    networks: [frontend, backend]\n    environment:\n      DB_HOST: db\n  db:\n    image: postgres:16\n    networks: [backend]\nnetworks:\n  frontend:\n  backend:\n"),
        ..Code::BASE
    },
    check: Check::Compose(check),
};

/// Names of services (and their images) that `host` is one or two edits away from.
fn near_service<'p>(p: &'p Project, host: &str) -> Option<&'p str> {
    if host.len() > 64 || p.services.len() > 1000 {
        return None;
    }
    let host = host.to_ascii_lowercase();
    p.services
        .iter()
        .filter(|s| s.active)
        .flat_map(|s| {
            let image = s.image.as_deref().map(image_name);
            [Some(s.name.as_str()), image]
                .into_iter()
                .flatten()
                .map(move |n| (s, n))
        })
        .find(|(_, n)| {
            let d = crate::suggest::edit_distance(&host, &n.to_ascii_lowercase());
            d <= if n.len() > 4 { 2 } else { 1 }
        })
        .map(|(s, _)| s.name.as_str())
}

/// `library/postgres:16` → `postgres`.
fn image_name(image: &str) -> &str {
    let path = image.split(['@']).next().unwrap_or(image);
    let last = path.rsplit('/').next().unwrap_or(path);
    last.split(':').next().unwrap_or(last)
}

/// Whether the service can reach names this file does not declare: the host's network, an
/// external network, extra_hosts or external_links.
fn may_reach_others(p: &Project, s: &Service, host: &str) -> bool {
    s.network_mode
        .as_ref()
        .is_some_and(|(m, _)| m == "host" || m.starts_with("container:"))
        || s.networks
            .iter()
            .any(|n| p.network(&n.name).is_some_and(|n| n.external))
        || s.external_links
            .iter()
            .any(|l| l.split(':').any(|x| x == host))
}

fn check(cx: &ComposeCtx, out: &mut Out) {
    let Some(project) = cx.project else { return };
    let resolver = Resolver::new(project);
    let hostnames: std::collections::HashSet<&str> = project
        .services
        .iter()
        .filter_map(|s| s.hostname.as_deref())
        .collect();
    for a in addresses(cx) {
        let (host, var, service) = (a.host.as_str(), &a.var.name, a.service.name);
        if is_loopback(host) || is_ip(host) || host.contains('.') || host.contains('$') {
            continue;
        }
        let Some(s) = project.service(service).filter(|s| s.active) else {
            continue;
        };
        if s.network_mode.as_ref().is_some_and(|(m, _)| m == "none") {
            out.report_at(
                a.service.loc(a.span()),
                crate::text!(
                    "{var} points at \"{host}\", but {service} has network_mode: none: it has no network to reach it over",
                    "{var} 指向 \"{host}\"，但 {service} 设置了 network_mode: none：它没有任何网络可以访问对方"
                ),
                Some(crate::text!("remove network_mode: none", "去掉 network_mode: none")),
            );
            continue;
        }
        match resolver.resolve(s, host) {
            Resolution::Reaches => {}
            Resolution::Unreachable(target) => {
                let nets = |x: &Service| {
                    x.networks
                        .iter()
                        .map(|n| n.name.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                let (to, mine, theirs) = (&target.name, nets(s), nets(target));
                out.report_at(
                    a.service.loc(a.span()),
                    crate::text!(
                        "{var} points at \"{host}\", but {service} (networks: {mine}) shares no network with {to} (networks: {theirs}): the name does not resolve",
                        "{var} 指向 \"{host}\"，但 {service}（网络：{mine}）与 {to}（网络：{theirs}）没有共同的网络：这个名字解析不到"
                    ),
                    Some(crate::text!(
                        "attach {service} to one of {to}'s networks",
                        "让 {service} 也接入 {to} 所在的某个网络"
                    )),
                );
            }
            Resolution::Unknown => {
                if may_reach_others(project, s, host) || hostnames.contains(host) {
                    continue;
                }
                let Some(near) = near_service(project, host) else {
                    continue;
                };
                out.report_at(
                    a.service.loc(a.span()),
                    crate::text!(
                        "{var} points at \"{host}\", but no service of this file is called {host}",
                        "{var} 指向 \"{host}\"，但本文件中没有叫 {host} 的服务"
                    ),
                    Some(crate::text!(
                        "did you mean the service {near}?",
                        "是不是想写服务 {near}？"
                    )),
                );
            }
        }
    }
}
