//! SC3020 `and-redirect`: In POSIX sh, &> is undefined.

use super::{bashisms, report_bashism, sh_scripts};
use crate::dockerfile::shell_facts::Bashism;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "SC3020",
        name: "and-redirect",
        severity: Severity::Warning,
        origin: Origin::Shellcheck,
        summary: doc(Text { en: "In POSIX sh, &> is undefined", zh: "POSIX sh 中没有 &>" }),
        why: doc(Text { en: "The RUN runs in /bin/sh, which on Debian and Ubuntu is dash and on Alpine is BusyBox ash: dash reads cmd &> file as cmd & (run in the background) followed by > file, so the command's output is not redirected and its failure is not seen.", zh: "RUN 默认在 /bin/sh 中运行，它在 Debian 和 Ubuntu 上是 dash，在 Alpine 上是 BusyBox ash：dash 会把 cmd &> file 理解为 cmd &（放到后台运行）加上 > file，命令的输出不会被重定向，它的失败也不会被发现。" }),
        fix: doc(Text { en: "Write > file 2>&1. Or switch the shell with SHELL [\"/bin/bash\", \"-c\"] when the image has bash.", zh: "写成 > file 2>&1。如果镜像中有 bash，也可以用 SHELL [\"/bin/bash\", \"-c\"] 切换 shell。" }),
        bad: doc_str("FROM debian:12\nRUN ldconfig &> /dev/null\n"),
        good: doc_str("FROM debian:12\nRUN ldconfig > /dev/null 2>&1\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for script in sh_scripts(cx) {
        for span in bashisms(script, Bashism::AndRedirect) {
            report_bashism(
                out,
                span,
                "&>",
                text!("write > file 2>&1", "写成 > file 2>&1"),
            );
        }
    }
}
