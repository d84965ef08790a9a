//! DC1102 `localhost-as-service-address`: an environment value addresses `localhost` (or
//! `127.0.0.1`) while another service is meant: inside a container that is the container itself.

use super::{addresses, ComposeCtx};
use crate::compose::address::is_loopback;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DC1102",
        name: "localhost-as-service-address",
        severity: Severity::Warning,
        target: crate::diagnostic::Target::Compose,
        summary: doc(Text {
            en: "An address in the environment points at localhost, which inside a container is the container itself",
            zh: "环境变量中的地址指向 localhost，而在容器里它指的是容器自己",
        }),
        why: doc(Text {
            en: "Each container has its own network namespace: localhost and 127.0.0.1 inside the web container reach the web container, not the database container and not the host. On a Compose network every service is reachable by its service name, so a database URL should name the database service.",
            zh: "每个容器都有自己的网络命名空间：web 容器里的 localhost 和 127.0.0.1 指向 web 容器本身，既不是数据库容器，也不是宿主机。在 Compose 网络中，每个服务都可以用服务名访问，所以数据库地址应该写数据库服务的名字。",
        }),
        fix: doc(Text {
            en: "Write the other service's name instead of localhost (for example db:5432).",
            zh: "把 localhost 换成对方服务的名字（例如 db:5432）。",
        }),
        bad: doc_str("services:\n  web:\n    image: myapp:1.0\n    environment:\n      DATABASE_URL: postgresql://app@localhost:5432/app\n  db:\n    image: postgres:16\n"),
        good: doc_str("services:\n  web:\n    image: myapp:1.0\n    environment:\n      DATABASE_URL: postgresql://app@db:5432/app\n  db:\n    image: postgres:16\n"),
        ..Code::BASE
    },
    check: Check::Compose(check),
};

fn check(cx: &ComposeCtx, out: &mut Out) {
    let Some(project) = cx.project else { return };
    if project.services.len() < 2 {
        return;
    }
    let names: Vec<&str> = project
        .services
        .iter()
        .filter(|o| o.active)
        .map(|o| o.name.as_str())
        .collect();
    for a in addresses(cx) {
        if !is_loopback(&a.host) {
            continue;
        }
        // Sharing another service's network stack (or the host's), localhost is right.
        let Some(s) = project.service(a.service.name) else {
            continue;
        };
        if s.network_mode.is_some() {
            continue;
        }
        let mut others: Vec<&str> = names
            .iter()
            .copied()
            .filter(|n| *n != s.name)
            .take(11)
            .collect();
        if others.len() > 10 {
            others[10] = "…";
        }
        let (var, host, service) = (&a.var.name, &a.host, a.service.name);
        let (names_en, names_zh) = (others.join(", "), others.join("、"));
        out.report_at(
            a.service.loc(a.span()),
            crate::text!(
                "{var} points at \"{host}\": inside the {service} container that is {service} itself, not another service",
                "{var} 指向 \"{host}\"：在 {service} 容器里，它指的是 {service} 自己，而不是其他服务"
            ),
            Some(Text::new(
                format!("use the service's name as the host (this file's services: {names_en})"),
                format!("把主机名换成对方的服务名（本文件中的服务：{names_zh}）"),
            )),
        );
    }
}
