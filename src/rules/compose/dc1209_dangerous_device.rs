//! DC1209 `dangerous-device`: a host device that exposes memory or disks passed to a container.

use super::ComposeCtx;
use crate::rules::prelude::*;
use crate::yaml::Node;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DC1209",
        name: "dangerous-device",
        severity: Severity::Warning,
        target: crate::diagnostic::Target::Compose,
        summary: doc(Text {
            en: "A host device that exposes memory or disks is passed to a container",
            zh: "把暴露内存或磁盘的宿主机设备交给了容器",
        }),
        why: doc(Text {
            en: "/dev/mem, /dev/kmem and /dev/port read and write the host's memory and I/O ports; a disk device (/dev/sda, /dev/nvme0n1, …) gives raw access to every file on it, past all permissions.",
            zh: "/dev/mem、/dev/kmem 和 /dev/port 可以读写宿主机的内存和 I/O 端口；磁盘设备（/dev/sda、/dev/nvme0n1 等）可以绕过所有权限，直接读写其上的每一个文件。",
        }),
        fix: doc(Text {
            en: "Pass only the device the service needs (a GPU, a serial port), or mount the directory it needs instead of the disk.",
            zh: "只传入服务需要的设备（GPU、串口等），或者挂载它需要的目录而不是整块磁盘。",
        }),
        bad: doc_str("services:\n  app:\n    image: myapp:1.0\n    devices:\n      - /dev/sda:/dev/sda\n"),
        good: doc_str("services:\n  app:\n    image: myapp:1.0\n    devices:\n      - /dev/ttyUSB0:/dev/ttyUSB0\n"),
        ..Code::BASE
    },
    check: Check::Compose(check),
};

fn dangerous(dev: &str) -> bool {
    let d = dev.strip_prefix("/dev/").unwrap_or("");
    matches!(d, "mem" | "kmem" | "port" | "kcore")
        || [
            "sd", "hd", "vd", "xvd", "nvme", "mmcblk", "dm-", "loop", "md",
        ]
        .iter()
        .any(|p| {
            d.strip_prefix(p)
                .is_some_and(|rest| !rest.is_empty() || *p == "md")
        })
}

fn check(cx: &ComposeCtx, out: &mut Out) {
    for s in cx.services() {
        for item in s.body.get("devices").and_then(Node::as_seq).unwrap_or(&[]) {
            let dev = match item.as_str() {
                Some(v) => v.split(':').next().unwrap_or(v),
                None => match item.get("source").and_then(Node::as_str) {
                    Some(v) => v,
                    None => continue,
                },
            };
            if !dangerous(dev) {
                continue;
            }
            let name = s.name;
            out.report_at(
                s.loc(item.span),
                crate::text!(
                    "service \"{name}\" gets the host device {dev}: raw access to the host's memory or disk",
                    "服务 \"{name}\" 获得了宿主机设备 {dev}：可以直接访问宿主机的内存或磁盘"
                ),
                Some(crate::text!(
                    "pass only the device it needs",
                    "只传入它需要的设备"
                )),
            );
        }
    }
}
