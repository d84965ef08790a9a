//! SC3001 `process-substitution`: In POSIX sh, process substitution is undefined.

use super::{bashisms, report_bashism, sh_scripts};
use crate::dockerfile::shell_facts::Bashism;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "SC3001",
        name: "process-substitution",
        severity: Severity::Warning,
        origin: Origin::Shellcheck,
        summary: doc(Text { en: "In POSIX sh, process substitution is undefined", zh: "POSIX sh 中没有进程替换" }),
        why: doc(Text { en: "The RUN runs in /bin/sh, which on Debian and Ubuntu is dash and on Alpine is BusyBox ash: <(command) is a syntax error in dash.", zh: "RUN 默认在 /bin/sh 中运行，它在 Debian 和 Ubuntu 上是 dash，在 Alpine 上是 BusyBox ash：<(command) 在 dash 中是语法错误。" }),
        fix: doc(Text { en: "Write the command's output to a file first, or use a pipe. Or switch the shell with SHELL [\"/bin/bash\", \"-c\"] when the image has bash.", zh: "先把命令的输出写入文件，或改用管道。如果镜像中有 bash，也可以用 SHELL [\"/bin/bash\", \"-c\"] 切换 shell。" }),
        bad: doc_str("FROM debian:12\nRUN diff <(sort a.txt) <(sort b.txt)\n"),
        good: doc_str("FROM debian:12\nRUN sort a.txt > /tmp/a && sort b.txt > /tmp/b && diff /tmp/a /tmp/b\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for script in sh_scripts(cx) {
        for span in bashisms(script, Bashism::ProcessSubstitution) {
            let hint = text!(
                "write the output to a file first, or use a pipe",
                "先把输出写入文件，或改用管道"
            );
            report_bashism(out, span, "<(…)", hint);
        }
    }
}
