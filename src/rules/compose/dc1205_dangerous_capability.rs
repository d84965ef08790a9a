//! DC1205 `dangerous-capability`: `cap_add` of a capability that amounts to root on the host.

use super::ComposeCtx;
use crate::rules::prelude::*;
use crate::yaml::Node;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DC1205",
        name: "dangerous-capability",
        severity: Severity::Warning,
        target: crate::diagnostic::Target::Compose,
        summary: doc(Text {
            en: "cap_add grants a capability that can break out of the container",
            zh: "cap_add 添加了可用来逃逸出容器的权能",
        }),
        why: doc(Text {
            en: "ALL, SYS_ADMIN, SYS_MODULE, SYS_PTRACE, SYS_RAWIO, DAC_READ_SEARCH, SYS_BOOT and BPF each let a process escape the container or read the host's memory and files (SYS_ADMIN alone allows mounting filesystems; SYS_MODULE loads kernel code). NET_ADMIN and NET_RAW let it rewrite or sniff the network it is on.",
            zh: "ALL、SYS_ADMIN、SYS_MODULE、SYS_PTRACE、SYS_RAWIO、DAC_READ_SEARCH、SYS_BOOT 和 BPF 中的任何一个，都能让进程逃逸出容器，或读取宿主机的内存和文件（仅 SYS_ADMIN 就允许挂载文件系统；SYS_MODULE 能加载内核代码）。NET_ADMIN 和 NET_RAW 能让它改写或嗅探所在的网络。",
        }),
        fix: doc(Text {
            en: "Drop the capability, or grant a narrower one.",
            zh: "去掉这个权能，或者换成范围更小的权能。",
        }),
        bad: doc_str("services:\n  app:\n    image: myapp:1.0\n    cap_add:\n      - SYS_ADMIN\n"),
        good: doc_str("services:\n  app:\n    image: myapp:1.0\n    cap_add:\n      - NET_BIND_SERVICE\n"),
        ..Code::BASE
    },
    check: Check::Compose(check),
};

const DANGEROUS: &[&str] = &[
    "ALL",
    "SYS_ADMIN",
    "SYS_MODULE",
    "SYS_PTRACE",
    "SYS_RAWIO",
    "DAC_READ_SEARCH",
    "SYS_BOOT",
    "BPF",
    "NET_ADMIN",
    "NET_RAW",
    "SYS_TIME",
    "MAC_ADMIN",
    "PERFMON",
];

fn check(cx: &ComposeCtx, out: &mut Out) {
    for s in cx.services() {
        for item in s.body.get("cap_add").and_then(Node::as_seq).unwrap_or(&[]) {
            let Some(cap) = item.as_str() else { continue };
            let norm = cap.to_ascii_uppercase();
            let norm = norm.strip_prefix("CAP_").unwrap_or(&norm);
            if !DANGEROUS.contains(&norm) {
                continue;
            }
            let name = s.name;
            out.report_at(
                s.loc(item.span),
                crate::text!(
                    "service \"{name}\" adds the capability {cap}, which can reach beyond the container",
                    "服务 \"{name}\" 添加了权能 {cap}，它的影响可能超出容器"
                ),
                Some(crate::text!(
                    "grant a narrower capability, or none",
                    "换成范围更小的权能，或者不添加"
                )),
            );
        }
    }
}
