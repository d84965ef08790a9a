//! DC1206 `unconfined-profile`: `security_opt` turning off seccomp, AppArmor or SELinux.

use super::ComposeCtx;
use crate::rules::prelude::*;
use crate::yaml::Node;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DC1206",
        name: "unconfined-profile",
        severity: Severity::Warning,
        target: crate::diagnostic::Target::Compose,
        summary: doc(Text {
            en: "security_opt turns off seccomp, AppArmor or SELinux confinement",
            zh: "security_opt 关闭了 seccomp、AppArmor 或 SELinux 限制",
        }),
        why: doc(Text {
            en: "Docker's default seccomp profile blocks about 40 system calls that containers do not need and that kernel exploits use; the default AppArmor and SELinux labels stop a container from writing where it should not. seccomp:unconfined, apparmor:unconfined and label:disable remove that protection for the whole container.",
            zh: "Docker 默认的 seccomp 配置会拦截大约 40 个容器用不到、却常被内核漏洞利用的系统调用；默认的 AppArmor 和 SELinux 标签会阻止容器写入不该写入的位置。seccomp:unconfined、apparmor:unconfined 和 label:disable 会让整个容器失去这层保护。",
        }),
        fix: doc(Text {
            en: "Remove the option, or give a custom profile that allows only the extra call needed.",
            zh: "删掉这个选项，或者提供一个只额外放行所需调用的自定义配置。",
        }),
        bad: doc_str("services:\n  app:\n    image: myapp:1.0\n    security_opt:\n      - seccomp:unconfined\n"),
        good: doc_str("services:\n  app:\n    image: myapp:1.0\n    security_opt:\n      - no-new-privileges:true\n"),
        ..Code::BASE
    },
    check: Check::Compose(check),
};

fn check(cx: &ComposeCtx, out: &mut Out) {
    for s in cx.services() {
        for item in s
            .body
            .get("security_opt")
            .and_then(Node::as_seq)
            .unwrap_or(&[])
        {
            let Some(opt) = item.as_str() else { continue };
            let norm = opt.replace('=', ":").to_ascii_lowercase();
            if !matches!(
                norm.as_str(),
                "seccomp:unconfined"
                    | "apparmor:unconfined"
                    | "label:disable"
                    | "systempaths:unconfined"
            ) {
                continue;
            }
            let name = s.name;
            out.report_at(
                s.loc(item.span),
                crate::text!(
                    "service \"{name}\" runs with {opt}: the kernel confinement Docker applies by default is off",
                    "服务 \"{name}\" 设置了 {opt}：Docker 默认的内核限制被关闭了"
                ),
                Some(crate::text!(
                    "remove it, or use a profile that allows only what is needed",
                    "删掉它，或者使用只放行所需调用的配置"
                )),
            );
        }
    }
}
