//! DL3033 `yum-pin-versions`: Specify versions with yum install.

use super::package_checks::{rpm_pinned as pinned, unpinned};
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3033",
        name: "yum-pin-versions",
        severity: Severity::Warning,
        origin: Origin::Hadolint,
        summary: doc(Text {
            en: "Specify versions with yum install",
            zh: "yum install 应指定版本",
        }),
        why: doc(Text {
            en: "Unpinned packages change with every rebuild.",
            zh: "不固定版本时，每次重新构建装到的版本都可能不同。",
        }),
        fix: doc(Text {
            en: "Write package-version.",
            zh: "写成 包名-版本。",
        }),
        differs: doc_opt(Some(Text { en: "Values of yum's options (--enablerepo REPO, --setopt X) are not read as packages; a version glob (httpd-2.4.*) and a local .rpm count as pinned; yum module install asks for name:stream.", zh: "yum 选项的取值（--enablerepo 仓库、--setopt X）不会被当作包名；版本通配符（httpd-2.4.*）和本地 .rpm 文件算作已固定；yum module install 要求写成 名称:流。" })),
        bad: doc_str("FROM rockylinux:9\nRUN yum install -y httpd && yum clean all\n"),
        good: doc_str("FROM rockylinux:9\nRUN yum install -y httpd-2.4.62 && yum clean all\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (_, c, p) in cx.package_commands() {
        if c.name == "yum" && p.is(&["install"]) {
            unpinned(out, p, |n| pinned(p, n), "package-version");
        }
    }
}
