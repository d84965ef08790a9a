//! DC1201 `privileged`: `privileged: true`.

use super::ComposeCtx;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DC1201",
        name: "privileged",
        severity: Severity::Warning,
        target: crate::diagnostic::Target::Compose,
        summary: doc(Text {
            en: "A service runs privileged",
            zh: "服务以特权模式（privileged）运行",
        }),
        why: doc(Text {
            en: "privileged: true gives the container every capability, every host device and no seccomp or AppArmor confinement: a process in it can take over the host. Almost every real need is met by one capability (cap_add) or one device (devices).",
            zh: "privileged: true 会给容器所有的权能（capability）和所有宿主机设备，并取消 seccomp 和 AppArmor 限制：容器里的进程可以控制整台宿主机。实际需求几乎都可以用一个权能（cap_add）或一个设备（devices）满足。",
        }),
        fix: doc(Text {
            en: "Remove privileged and add only the capability or device the service needs.",
            zh: "删掉 privileged，只添加服务真正需要的权能或设备。",
        }),
        bad: doc_str("services:\n  app:\n    image: myapp:1.0\n    privileged: true\n"),
        good: doc_str("services:\n  app:\n    image: myapp:1.0\n    cap_add: [NET_ADMIN]\n"),
        ..Code::BASE
    },
    check: Check::Compose(check),
};

fn check(cx: &ComposeCtx, out: &mut Out) {
    for s in cx.services() {
        let Some(v) = s.body.get("privileged") else {
            continue;
        };
        if v.as_bool() != Some(true) {
            continue;
        }
        let name = s.name;
        out.report_at(
            s.loc(v.span),
            crate::text!(
                "service \"{name}\" runs privileged: every capability and host device, no confinement",
                "服务 \"{name}\" 以特权模式运行：拥有所有权能和宿主机设备，没有任何限制"
            ),
            Some(crate::text!(
                "add only the capability (cap_add) or device (devices) it needs",
                "只添加它需要的权能（cap_add）或设备（devices）"
            )),
        );
    }
}
