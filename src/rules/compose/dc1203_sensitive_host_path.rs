//! DC1203 `sensitive-host-path`: a host system directory bind-mounted writable.

use super::ComposeCtx;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DC1203",
        name: "sensitive-host-path",
        severity: Severity::Warning,
        target: crate::diagnostic::Target::Compose,
        summary: doc(Text {
            en: "A host system directory is mounted writable",
            zh: "以可写方式挂载了宿主机的系统目录",
        }),
        why: doc(Text {
            en: "A writable bind mount of /, /etc, /root, /boot, /proc, /sys, /dev, /usr, /lib or /var/lib/docker lets the container change the host itself: add a user, replace a binary, rewrite another container's files.",
            zh: "以可写方式绑定挂载 /、/etc、/root、/boot、/proc、/sys、/dev、/usr、/lib 或 /var/lib/docker，容器就能修改宿主机本身：添加用户、替换程序、改写其他容器的文件。",
        }),
        fix: doc(Text {
            en: "Mount only the file the service needs, and read-only (:ro).",
            zh: "只挂载服务需要的那个文件，并以只读方式（:ro）挂载。",
        }),
        bad: doc_str("services:\n  agent:\n    image: myagent:1.0\n    volumes:\n      - /etc:/host/etc\n"),
        good: doc_str("services:\n  agent:\n    image: myagent:1.0\n    volumes:\n      - /etc/hostname:/host/etc/hostname:ro\n"),
        ..Code::BASE
    },
    check: Check::Compose(check),
};

const SYSTEM: &[&str] = &[
    "/",
    "/etc",
    "/root",
    "/boot",
    "/proc",
    "/sys",
    "/dev",
    "/usr",
    "/bin",
    "/sbin",
    "/lib",
    "/lib64",
    "/var/lib/docker",
    "/var/lib/containerd",
    "/var/lib/kubelet",
    "/etc/docker",
];

fn check(cx: &ComposeCtx, out: &mut Out) {
    let Some(p) = cx.project else { return };
    for s in p.services.iter().filter(|s| s.active) {
        for m in s.mounts.iter().filter(|m| m.kind == "bind" && !m.read_only) {
            let Some(src) = m.source.as_deref() else {
                continue;
            };
            let norm = if src == "/" {
                "/"
            } else {
                src.trim_end_matches('/')
            };
            if !SYSTEM.contains(&norm) || super::dc1202_docker_socket_mounted::is_engine_socket(src)
            {
                continue;
            }
            let name = &s.name;
            out.report_at(
                m.loc,
                crate::text!(
                    "service \"{name}\" mounts the host's {norm} writable: it can change the host itself",
                    "服务 \"{name}\" 以可写方式挂载了宿主机的 {norm}：它能修改宿主机本身"
                ),
                Some(crate::text!(
                    "mount only what it needs, read-only (:ro)",
                    "只挂载需要的部分，并设为只读（:ro）"
                )),
            );
        }
    }
}
