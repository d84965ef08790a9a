//! DL3035 `zypper-dist-upgrade`: Do not use zypper dist-upgrade.

use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3035",
        name: "zypper-dist-upgrade",
        severity: Severity::Warning,
        origin: Origin::Hadolint,
        summary: doc(Text {
            en: "Do not use zypper dist-upgrade",
            zh: "不要使用 zypper dist-upgrade",
        }),
        why: doc(Text {
            en: "A distribution upgrade inside an image belongs in a new base image.",
            zh: "发行版升级应通过更换基础镜像来完成。",
        }),
        fix: doc(Text {
            en: "Use a newer base image instead.",
            zh: "改用更新的基础镜像。",
        }),
        bad: doc_str("FROM opensuse/leap:15.6\nRUN zypper dist-upgrade -y\n"),
        good: doc_str("FROM opensuse/leap:15.6\nRUN zypper refresh\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (_, c) in cx.run_commands() {
        if c.name == "zypper" && c.args.iter().any(|a| a == "dist-upgrade" || a == "dup") {
            out.report(
                c.name_span,
                text!(
                    "do not use zypper dist-upgrade",
                    "不要使用 zypper dist-upgrade"
                ),
                None,
            );
        }
    }
}
