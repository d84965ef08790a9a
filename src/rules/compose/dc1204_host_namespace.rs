//! DC1204 `host-namespace`: `network_mode`, `pid`, `ipc`, `uts` or `userns_mode` set to `host`.

use super::ComposeCtx;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DC1204",
        name: "host-namespace",
        severity: Severity::Warning,
        target: crate::diagnostic::Target::Compose,
        summary: doc(Text {
            en: "A service shares one of the host's namespaces",
            zh: "服务共用了宿主机的某个命名空间",
        }),
        why: doc(Text {
            en: "Namespaces are what isolate a container. network_mode: host puts it on the host's network (every host port, no isolation from local services); pid: host lets it see and signal every host process; ipc: host shares the host's shared memory; uts: host lets it change the host's name; userns_mode: host turns off user-namespace remapping, so root inside is root outside.",
            zh: "命名空间正是隔离容器的机制。network_mode: host 让容器直接使用宿主机网络（能使用宿主机的所有端口，与本机上的服务之间没有隔离）；pid: host 让它能看到宿主机的所有进程，并能向它们发信号；ipc: host 共用宿主机的共享内存；uts: host 让它能修改宿主机的主机名；userns_mode: host 关闭用户命名空间映射，容器里的 root 就是宿主机的 root。",
        }),
        fix: doc(Text {
            en: "Remove the setting; publish ports instead of network_mode: host.",
            zh: "删掉这个设置；用端口映射代替 network_mode: host。",
        }),
        bad: doc_str("services:\n  monitor:\n    image: mymonitor:1.0\n    pid: host\n"),
        good: doc_str("services:\n  monitor:\n    image: mymonitor:1.0\n"),
        ..Code::BASE
    },
    check: Check::Compose(check),
};

fn check(cx: &ComposeCtx, out: &mut Out) {
    for s in cx.services() {
        for key in ["network_mode", "pid", "ipc", "uts", "userns_mode"] {
            let Some(v) = s.body.get(key) else { continue };
            if v.as_str() != Some("host") {
                continue;
            }
            let name = s.name;
            out.report_at(
                s.loc(v.span),
                crate::text!(
                    "service \"{name}\" has {key}: host: it shares that namespace with the host, without isolation",
                    "服务 \"{name}\" 设置了 {key}: host：它与宿主机共用这个命名空间，失去了隔离"
                ),
                Some(crate::text!("remove {key}: host", "删掉 {key}: host")),
            );
        }
    }
}
