//! DL3034 `zypper-non-interactive`: Use a non-interactive switch with zypper.

use super::package_checks::needs_yes;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3034",
        name: "zypper-non-interactive",
        severity: Severity::Warning,
        origin: Origin::Hadolint,
        summary: doc(Text {
            en: "Use a non-interactive switch with zypper",
            zh: "zypper 应使用非交互参数",
        }),
        why: doc(Text {
            en: "Without it zypper waits for a confirmation.",
            zh: "不加时 zypper 会等待确认。",
        }),
        fix: doc(Text {
            en: "Write zypper install -y (or --non-interactive).",
            zh: "写成 zypper install -y（或 --non-interactive）。",
        }),
        bad: doc_str("FROM opensuse/leap:15.6\nRUN zypper install curl=8.6.0 && zypper clean\n"),
        good: doc_str(
            "FROM opensuse/leap:15.6\nRUN zypper install -y curl=8.6.0 && zypper clean\n",
        ),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    needs_yes(
        out,
        cx,
        &["zypper"],
        &[
            "install",
            "in",
            "remove",
            "rm",
            "source-install",
            "si",
            "patch",
        ],
        &["-n", "--non-interactive", "-y", "--no-confirm"],
        "zypper without a non-interactive switch waits for a confirmation",
        "zypper 没有非交互参数，会等待确认",
    );
}
