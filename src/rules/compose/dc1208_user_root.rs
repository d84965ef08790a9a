//! DC1208 `user-root`: `user: root` (or uid 0).

use super::ComposeCtx;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DC1208",
        name: "user-root",
        severity: Severity::Info,
        target: crate::diagnostic::Target::Compose,
        summary: doc(Text {
            en: "A service is set to run as root",
            zh: "服务被设置为以 root 用户身份运行",
        }),
        why: doc(Text {
            en: "user: root overrides the image's USER, undoing an image built to run as an unprivileged user. Root in a container is root on the host's kernel: with any mount, capability or kernel bug, a compromised process has the host's highest rights.",
            zh: "user: root 会覆盖镜像中的 USER，让本来以普通用户运行的镜像又变回 root。容器里的 root 在宿主机内核看来就是 root：只要有挂载、权能或内核漏洞可利用，被攻破的进程就拥有宿主机的最高权限。",
        }),
        fix: doc(Text {
            en: "Remove user: root, or name an unprivileged user (user: \"1000:1000\").",
            zh: "删掉 user: root，或者指定一个普通用户（user: \"1000:1000\"）。",
        }),
        bad: doc_str("services:\n  app:\n    image: myapp:1.0\n    user: root\n"),
        good: doc_str("services:\n  app:\n    image: myapp:1.0\n    user: \"1000:1000\"\n"),
        ..Code::BASE
    },
    check: Check::Compose(check),
};

fn check(cx: &ComposeCtx, out: &mut Out) {
    for s in cx.services() {
        let Some(v) = s.body.get("user") else {
            continue;
        };
        let Some(user) = v.as_str() else { continue };
        let who = user.split(':').next().unwrap_or(user);
        if who != "root" && who != "0" {
            continue;
        }
        let name = s.name;
        out.report_at(
            s.loc(v.span),
            crate::text!(
                "service \"{name}\" runs as {user}",
                "服务 \"{name}\" 以 {user} 身份运行"
            ),
            Some(crate::text!(
                "run as an unprivileged user, e.g. user: \"1000:1000\"",
                "改用普通用户运行，例如 user: \"1000:1000\""
            )),
        );
    }
}
