//! DC1210 `no-cap-drop`: a service keeps Docker's default capabilities (no `cap_drop: [ALL]`).
//! Off by default: a hardening profile.

use super::ComposeCtx;
use crate::rules::prelude::*;
use crate::yaml::Node;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DC1210",
        name: "no-cap-drop",
        severity: Severity::Info,
        target: crate::diagnostic::Target::Compose,
        summary: doc(Text {
            en: "A service keeps every default capability",
            zh: "服务保留了全部默认权能",
        }),
        why: doc(Text {
            en: "Docker gives every container 14 capabilities (CHOWN, NET_RAW, SETUID, …) that most services never use; each is something an attacker inside the container can use. cap_drop: [ALL], then cap_add of only what the service needs, leaves nothing extra. Off by default: turn it on for a hardened setup.",
            zh: "Docker 默认给每个容器 14 项权能（CHOWN、NET_RAW、SETUID 等），大多数服务根本用不到；每一项都可能被容器里的攻击者利用。先 cap_drop: [ALL]，再用 cap_add 只加回服务需要的，就不会多出任何权能。默认关闭，需要加固时开启。",
        }),
        fix: doc(Text {
            en: "Add cap_drop: [ALL] and cap_add only what the service needs.",
            zh: "加上 cap_drop: [ALL]，再用 cap_add 只加回服务需要的权能。",
        }),
        bad: doc_str("services:\n  web:\n    image: nginx:1.27\n"),
        good: doc_str("services:\n  web:\n    image: nginx:1.27\n    cap_drop: [ALL]\n    cap_add: [NET_BIND_SERVICE, CHOWN, SETUID, SETGID]\n"),
        example_config: Some("rules:\n  no-cap-drop: 1\n"),
        enabled_by_default: false,
        ..Code::BASE
    },
    check: Check::Compose(check),
};

fn check(cx: &ComposeCtx, out: &mut Out) {
    for s in cx.services() {
        let drops_all = s
            .body
            .get("cap_drop")
            .and_then(Node::as_seq)
            .is_some_and(|c| {
                c.iter()
                    .any(|x| x.as_str().is_some_and(|v| v.eq_ignore_ascii_case("ALL")))
            });
        if drops_all {
            continue;
        }
        let name = s.name;
        out.report_at(
            s.loc(s.key_span),
            crate::text!(
                "service \"{name}\" keeps every default capability",
                "服务 \"{name}\" 保留了全部默认权能"
            ),
            Some(crate::text!(
                "add cap_drop: [ALL], then cap_add only what it needs",
                "加上 cap_drop: [ALL]，再用 cap_add 只加回需要的"
            )),
        );
    }
}
