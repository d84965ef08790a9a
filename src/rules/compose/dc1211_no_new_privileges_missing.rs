//! DC1211 `no-new-privileges-missing`: `security_opt` lacks `no-new-privileges:true`. Off by
//! default: a hardening profile.

use super::ComposeCtx;
use crate::rules::prelude::*;
use crate::yaml::Node;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DC1211",
        name: "no-new-privileges-missing",
        severity: Severity::Info,
        target: crate::diagnostic::Target::Compose,
        summary: doc(Text {
            en: "Processes in the container may gain privileges",
            zh: "容器里的进程可以提升权限",
        }),
        why: doc(Text {
            en: "Without no-new-privileges, a process in the container can gain privileges through a setuid binary (su, sudo, ping on some images) or file capabilities. security_opt: [\"no-new-privileges:true\"] makes the kernel refuse that. Off by default: turn it on for a hardened setup.",
            zh: "没有 no-new-privileges 时，容器里的进程可以借助 setuid 程序（su、sudo，某些镜像里的 ping）或文件权能提升权限。security_opt: [\"no-new-privileges:true\"] 会让内核拒绝这样做。默认关闭，需要加固时开启。",
        }),
        fix: doc(Text {
            en: "Add security_opt: [\"no-new-privileges:true\"].",
            zh: "加上 security_opt: [\"no-new-privileges:true\"]。",
        }),
        bad: doc_str("services:\n  web:\n    image: nginx:1.27\n"),
        good: doc_str("services:\n  web:\n    image: nginx:1.27\n    security_opt:\n      - no-new-privileges:true\n"),
        example_config: Some("rules:\n  no-new-privileges-missing: 1\n"),
        enabled_by_default: false,
        ..Code::BASE
    },
    check: Check::Compose(check),
};

fn check(cx: &ComposeCtx, out: &mut Out) {
    for s in cx.services() {
        let set = s
            .body
            .get("security_opt")
            .and_then(Node::as_seq)
            .is_some_and(|o| {
                o.iter().filter_map(Node::as_str).any(|v| {
                    let v = v.replace('=', ":").to_ascii_lowercase();
                    v == "no-new-privileges" || v == "no-new-privileges:true"
                })
            });
        if set {
            continue;
        }
        let name = s.name;
        out.report_at(
            s.loc(s.key_span),
            crate::text!(
                "service \"{name}\" does not set no-new-privileges",
                "服务 \"{name}\" 没有设置 no-new-privileges"
            ),
            Some(crate::text!(
                "add security_opt: [\"no-new-privileges:true\"]",
                "加上 security_opt: [\"no-new-privileges:true\"]"
            )),
        );
    }
}
