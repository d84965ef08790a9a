//! DC1202 `docker-socket-mounted`: the Docker (or containerd, Podman) socket mounted into a
//! container.

use super::ComposeCtx;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DC1202",
        name: "docker-socket-mounted",
        severity: Severity::Warning,
        target: crate::diagnostic::Target::Compose,
        summary: doc(Text {
            en: "The Docker socket is mounted into a container",
            zh: "把 Docker 套接字挂载进了容器",
        }),
        why: doc(Text {
            en: "Whoever can write to /var/run/docker.sock controls the Docker engine: they can start a privileged container that mounts the host's root filesystem. Mounting it read-only does not help, since the API is used over the socket. Tools that need it (Traefik, Portainer) should get a filtering socket proxy instead.",
            zh: "能写 /var/run/docker.sock 的人就能控制 Docker 引擎：可以启动一个挂载宿主机根文件系统的特权容器。只读挂载也没用，因为 API 就是通过这个套接字调用的。确实需要它的工具（如 Traefik、Portainer）应该改为通过一个会过滤请求的套接字代理访问。",
        }),
        fix: doc(Text {
            en: "Remove the mount, or put a socket proxy that allows only the calls needed in front of it.",
            zh: "删掉这个挂载，或者在前面加一个只放行必要调用的套接字代理。",
        }),
        bad: doc_str("services:\n  proxy:\n    image: traefik:3.1\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock\n"),
        good: doc_str("services:\n  proxy:\n    image: traefik:3.1\n    volumes:\n      - ./traefik.yml:/etc/traefik/traefik.yml:ro\n"),
        ..Code::BASE
    },
    check: Check::Compose(check),
};

/// Engine sockets.
pub(crate) fn is_engine_socket(path: &str) -> bool {
    let p = path.trim_end_matches('/');
    [
        "/var/run/docker.sock",
        "/run/docker.sock",
        "/var/run/docker",
        "/run/containerd/containerd.sock",
        "/var/run/containerd/containerd.sock",
        "/run/podman/podman.sock",
        "/var/run/crio/crio.sock",
        "//./pipe/docker_engine",
        "\\\\.\\pipe\\docker_engine",
    ]
    .contains(&p)
}

fn check(cx: &ComposeCtx, out: &mut Out) {
    let Some(p) = cx.project else { return };
    for s in p.services.iter().filter(|s| s.active) {
        for m in &s.mounts {
            let Some(src) = m.source.as_deref().filter(|x| is_engine_socket(x)) else {
                continue;
            };
            let name = &s.name;
            out.report_at(
                m.loc,
                crate::text!(
                    "service \"{name}\" mounts the engine socket {src}: whoever controls the container controls the host",
                    "服务 \"{name}\" 挂载了引擎套接字 {src}：控制了这个容器就等于控制了宿主机"
                ),
                Some(crate::text!(
                    "remove it, or use a socket proxy that allows only what is needed",
                    "删掉它，或者使用只放行必要调用的套接字代理"
                )),
            );
        }
    }
}
