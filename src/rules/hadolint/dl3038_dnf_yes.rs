//! DL3038 `dnf-yes`: Use the -y switch with dnf install.

use super::package_checks::needs_yes;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3038",
        name: "dnf-yes",
        severity: Severity::Warning,
        origin: Origin::Hadolint,
        summary: doc(Text {
            en: "Use the -y switch with dnf install",
            zh: "dnf install 应使用 -y",
        }),
        why: doc(Text {
            en: "Without -y, dnf waits for a confirmation and the build fails.",
            zh: "不加 -y 时 dnf 会等待确认，构建因此失败。",
        }),
        fix: doc(Text {
            en: "Write dnf install -y ….",
            zh: "写成 dnf install -y …。",
        }),
        differs: doc_opt(Some(Text { en: "dnf's aliases (in, rei, up) are read as the commands they stand for, short option clusters (-qy) count, and dnf group install counts as groupinstall.", zh: "dnf 的别名（in、rei、up）按它们代表的命令处理；短选项组合（-qy）也算；dnf group install 按 groupinstall 处理。" })),
        bad: doc_str("FROM fedora:41\nRUN dnf install httpd-2.4.62 && dnf clean all\n"),
        good: doc_str("FROM fedora:41\nRUN dnf install -y httpd-2.4.62 && dnf clean all\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    needs_yes(
        out,
        cx,
        &["dnf", "microdnf"],
        &["install", "groupinstall", "localinstall"],
        &["-y", "--assumeyes"],
        "dnf install without -y waits for a confirmation",
        "dnf install 没有 -y，会等待确认",
    );
}
