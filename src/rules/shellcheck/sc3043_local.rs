//! SC3043 `local`: In POSIX sh, 'local' is undefined.

use super::{report_bashism, sh_scripts};
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "SC3043",
        name: "local",
        severity: Severity::Warning,
        origin: Origin::Shellcheck,
        summary: doc(Text { en: "In POSIX sh, 'local' is undefined", zh: "POSIX sh 中没有定义 local" }),
        why: doc(Text { en: "The RUN runs in /bin/sh, which on Debian and Ubuntu is dash and on Alpine is BusyBox ash: local is not in POSIX; outside a function even bash refuses it.", zh: "RUN 默认在 /bin/sh 中运行，它在 Debian 和 Ubuntu 上是 dash，在 Alpine 上是 BusyBox ash：local 不属于 POSIX；在函数之外，连 bash 也会拒绝它。" }),
        fix: doc(Text { en: "Use a plain assignment. Or switch the shell with SHELL [\"/bin/bash\", \"-c\"] when the image has bash.", zh: "改用普通赋值。如果镜像中有 bash，也可以用 SHELL [\"/bin/bash\", \"-c\"] 切换 shell。" }),
        bad: doc_str("FROM debian:12\nRUN local dir=/opt/app && mkdir -p \"$dir\"\n"),
        good: doc_str("FROM debian:12\nRUN dir=/opt/app && mkdir -p \"$dir\"\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for script in sh_scripts(cx) {
        for c in script.facts.commands.iter().filter(|c| c.name == "local") {
            report_bashism(
                out,
                c.span,
                "local",
                text!("use a plain assignment", "改用普通赋值"),
            );
        }
    }
}
