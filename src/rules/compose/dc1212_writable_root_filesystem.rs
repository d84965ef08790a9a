//! DC1212 `writable-root-filesystem`: a service without `read_only: true`. Off by default: a
//! hardening profile.

use super::ComposeCtx;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DC1212",
        name: "writable-root-filesystem",
        severity: Severity::Info,
        target: crate::diagnostic::Target::Compose,
        summary: doc(Text {
            en: "The container's root filesystem is writable",
            zh: "容器的根文件系统可写",
        }),
        why: doc(Text {
            en: "With a writable root filesystem, whoever takes over the process can change the application's own files and drop tools in. read_only: true mounts it read-only; the places that must be written (/tmp, a cache, the data directory) get a tmpfs or a data volume. Off by default: turn it on for a hardened setup.",
            zh: "根文件系统可写时，控制了进程的人就能修改应用自己的文件，放入其他工具。read_only: true 会把它挂载为只读；必须写入的地方（/tmp、缓存、数据目录）再挂 tmpfs 或数据卷。默认关闭，需要加固时开启。",
        }),
        fix: doc(Text {
            en: "Add read_only: true, with tmpfs or volumes for the paths the service writes.",
            zh: "加上 read_only: true，并为服务要写入的路径挂载 tmpfs 或数据卷。",
        }),
        bad: doc_str("services:\n  web:\n    image: nginx:1.27\n"),
        good: doc_str("services:\n  web:\n    image: nginx:1.27\n    read_only: true\n    tmpfs: [/var/cache/nginx, /var/run]\n"),
        example_config: Some("rules:\n  writable-root-filesystem: 1\n"),
        enabled_by_default: false,
        ..Code::BASE
    },
    check: Check::Compose(check),
};

fn check(cx: &ComposeCtx, out: &mut Out) {
    for s in cx.services() {
        if s.body.get("read_only").and_then(|v| v.as_bool()) == Some(true) {
            continue;
        }
        let name = s.name;
        out.report_at(
            s.loc(s.key_span),
            crate::text!(
                "service \"{name}\" has a writable root filesystem",
                "服务 \"{name}\" 的根文件系统可写"
            ),
            Some(crate::text!(
                "add read_only: true, with tmpfs for the paths it writes",
                "加上 read_only: true，并为要写入的路径挂载 tmpfs"
            )),
        );
    }
}
