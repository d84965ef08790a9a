//! DL3030 `yum-yes`: Use the -y switch with yum install.

use super::package_checks::needs_yes;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3030",
        name: "yum-yes",
        severity: Severity::Warning,
        origin: Origin::Hadolint,
        summary: doc(Text {
            en: "Use the -y switch with yum install",
            zh: "yum install 应使用 -y",
        }),
        why: doc(Text {
            en: "Without -y, yum waits for a confirmation and the build fails.",
            zh: "不加 -y 时 yum 会等待确认，构建因此失败。",
        }),
        fix: doc(Text {
            en: "Write yum install -y ….",
            zh: "写成 yum install -y …。",
        }),
        bad: doc_str("FROM rockylinux:9\nRUN yum install httpd-2.4.62 && yum clean all\n"),
        good: doc_str("FROM rockylinux:9\nRUN yum install -y httpd-2.4.62 && yum clean all\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    needs_yes(
        out,
        cx,
        &["yum"],
        &["install", "groupinstall", "localinstall"],
        &["-y", "--assumeyes"],
        "yum install without -y waits for a confirmation",
        "yum install 没有 -y，会等待确认",
    );
}
