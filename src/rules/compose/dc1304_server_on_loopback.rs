//! DC1304 `server-on-loopback`: a published service whose server listens on 127.0.0.1 inside the
//! container, where no published port reaches it (`flask run`'s default).

use super::{image, ComposeCtx};
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DC1304",
        name: "server-on-loopback",
        severity: Severity::Warning,
        target: crate::diagnostic::Target::Compose,
        summary: doc(Text {
            en: "The server listens on 127.0.0.1 inside the container, out of reach of its published port",
            zh: "服务器程序在容器里监听 127.0.0.1，通过发布的端口访问不到它",
        }),
        why: doc(Text {
            en: "A published port forwards to the container's own network interface, not to its loopback: a server listening on 127.0.0.1 (the default of flask run, manage.py runserver, gunicorn without -b and uvicorn without --host) accepts no connection from outside the container, neither from the host nor from other services.",
            zh: "发布的端口转发到容器自己的网卡，而不是它的回环地址：监听 127.0.0.1 的服务器程序（flask run、manage.py runserver、不带 -b 的 gunicorn、不带 --host 的 uvicorn 默认都是这样）不接受来自容器外部的任何连接，宿主机和其他服务都连不上。",
        }),
        fix: doc(Text {
            en: "Make the server listen on all interfaces: flask run --host=0.0.0.0, gunicorn -b 0.0.0.0:8000, uvicorn --host 0.0.0.0.",
            zh: "让服务器程序监听所有网卡：flask run --host=0.0.0.0、gunicorn -b 0.0.0.0:8000、uvicorn --host 0.0.0.0。",
        }),
        bad: doc_str("services:\n  web:\n    build:\n      context: .\n      dockerfile_inline: |\n        FROM python:3.12-slim\n        CMD [\"flask\", \"run\"]\n    ports:\n      - \"8000:5000\"\n"),
        good: doc_str("services:\n  web:\n    build:\n      context: .\n      dockerfile_inline: |\n        FROM python:3.12-slim\n        CMD [\"flask\", \"run\", \"--host=0.0.0.0\"]\n    ports:\n      - \"8000:5000\"\n"),
        ..Code::BASE
    },
    check: Check::Compose(check),
};

fn check(cx: &ComposeCtx, out: &mut Out) {
    for b in cx.builds {
        let Some(s) = cx.service_of(b) else {
            continue;
        };
        let Some(l) = super::dc1303_port_not_listened::server(cx, b, s.body) else {
            continue;
        };
        if !image::loopback(&l.host) {
            continue;
        }
        let ports = super::dc1303_port_not_listened::container_ports(s.body);
        let Some((port, node)) = ports.into_iter().find(|(p, _)| *p == l.port) else {
            continue;
        };
        let (service, server, host) = (&b.service, &l.server, l.host.as_deref().unwrap_or(""));
        out.report_at(
            s.loc(node.span),
            crate::text!(
                "service \"{service}\" runs {server}, which listens on {host}:{port} inside the container: the published port reaches nothing",
                "服务 \"{service}\" 运行的 {server} 在容器里监听 {host}:{port}：通过发布的端口什么也访问不到"
            ),
            Some(crate::text!(
                "make {server} listen on 0.0.0.0",
                "让 {server} 监听 0.0.0.0"
            )),
        );
    }
}
