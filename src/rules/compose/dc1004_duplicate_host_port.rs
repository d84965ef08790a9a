//! DC1004 `duplicate-host-port`: two mappings publish the same host port (same protocol and
//! host address), ranges included.

use super::ComposeCtx;
use crate::compose::model::Port;
use crate::rules::prelude::*;
use std::collections::HashMap;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DC1004",
        name: "duplicate-host-port",
        severity: Severity::Error,
        origin: Origin::Dclint,
        aliases: &["no-duplicate-exported-ports"],
        target: crate::diagnostic::Target::Compose,
        summary: doc(Text {
            en: "Two port mappings publish the same host port",
            zh: "两个端口映射发布了同一个宿主机端口",
        }),
        why: doc(Text {
            en: "Only one container can listen on a host port (per protocol and host address; an address of all interfaces clashes with every other). Compose accepts the file, and `docker compose up` fails on the second container with \"port is already allocated\".",
            zh: "一个宿主机端口只能被一个容器监听（按协议和宿主机地址区分；监听所有网卡的映射与任何地址都冲突）。Compose 能读取这个文件，但 `docker compose up` 启动第二个容器时会失败，报错“port is already allocated”（端口已被占用）。",
        }),
        fix: doc(Text {
            en: "Publish each service on its own host port (the left-hand number).",
            zh: "给每个服务分配不同的宿主机端口（冒号左边的数字）。",
        }),
        differs: doc_opt(Some(Text {
            en: "Also compares protocol and host address (8080/tcp and 8080/udp, or 127.0.0.1:8080 and 127.0.0.2:8080, do not clash), and mappings within one service; a host range to pick one port from (8000-8010:80) clashes with nothing. dclint takes a bare container port (- \"80\") for host port 80 and reports clashes that are none; it reports on the ports: line.",
            zh: "还比较协议和宿主机地址（8080/tcp 与 8080/udp、127.0.0.1:8080 与 127.0.0.2:8080 不冲突），也检查同一服务内的映射；宿主机端口范围（8000-8010:80，Docker 从中挑选一个端口）不与任何映射冲突。dclint 把只写了容器端口的条目（- \"80\"）当作宿主机端口 80，会报告并不存在的冲突；它把结果报告在 ports: 这一行。",
        })),
        bad: doc_str("services:\n  web:\n    image: nginx:1.27\n    ports:\n      - \"8080:80\"\n  api:\n    image: myapi:1.0\n    ports:\n      - \"8080:8000\"\n"),
        good: doc_str("services:\n  web:\n    image: nginx:1.27\n    ports:\n      - \"8080:80\"\n  api:\n    image: myapi:1.0\n    ports:\n      - \"8081:8000\"\n"),
        ..Code::BASE
    },
    check: Check::Compose(check),
};

/// The host ports a mapping holds, when fixed: `(first, last)`.
fn host_range(p: &Port) -> Option<(u32, u32)> {
    let published = p.mapping.published.as_deref()?;
    let (a, b) = match published.split_once('-') {
        Some((a, b)) => (a.parse().ok()?, b.parse().ok()?),
        None => {
            let n = published.parse().ok()?;
            (n, n)
        }
    };
    let one_container_port = p.mapping.target == p.mapping.target_end;
    (!(one_container_port && a != b)).then_some((a, b))
}

fn check(cx: &ComposeCtx, out: &mut Out) {
    let Some(project) = cx.project else { return };
    let mut all: Vec<(u32, u32, &str, &str, &str, &Port)> = Vec::new();
    for s in project.services.iter().filter(|s| s.active) {
        for p in &s.ports {
            if let Some((a, b)) = host_range(p) {
                let ip = p.mapping.host_ip.as_deref().unwrap_or("");
                let ip = if matches!(ip, "0.0.0.0" | "::" | "[::]") {
                    ""
                } else {
                    ip
                };
                all.push((a, b, ip, &p.mapping.protocol, &s.name, p));
            }
        }
    }
    crate::sort::sort_by_key(&mut all, |x| (x.0, x.1));
    // Per (protocol, address): the mapping seen so far that reaches furthest.
    let mut furthest: HashMap<(&str, &str), (u32, &str, u32)> = HashMap::new();
    for &(a, b, ip, proto, service, port) in &all {
        let clash = furthest
            .iter()
            .filter(|((pr, addr), _)| {
                *pr == proto && (ip.is_empty() || addr.is_empty() || *addr == ip)
            })
            .map(|(_, v)| *v)
            .filter(|(end, _, _)| *end >= a)
            .max_by_key(|(end, _, _)| *end);
        if let Some((_, first, first_port)) = clash {
            let host = if a == b {
                a.to_string()
            } else {
                format!("{a}-{b}")
            };
            let at = if first == service {
                Text::new(
                    format!("host port {host}/{proto} of service \"{service}\" is published twice in that service (also at {first_port})"),
                    format!("服务 \"{service}\" 把宿主机端口 {host}/{proto} 发布了两次（另一处是 {first_port}）"),
                )
            } else {
                Text::new(
                    format!("host port {host}/{proto} of service \"{service}\" is already published by service \"{first}\""),
                    format!("服务 \"{service}\" 的宿主机端口 {host}/{proto} 已经被服务 \"{first}\" 发布"),
                )
            };
            out.report_at(
                port.loc,
                at,
                Some(crate::text!(
                    "publish it on a free host port",
                    "换一个空闲的宿主机端口"
                )),
            );
        }
        let e = furthest.entry((proto, ip)).or_insert((b, service, a));
        if b > e.0 {
            *e = (b, service, a);
        }
    }
}
