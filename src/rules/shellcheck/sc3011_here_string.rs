//! SC3011 `here-string`: In POSIX sh, here-strings are undefined.

use super::{bashisms, report_bashism, sh_scripts};
use crate::dockerfile::shell_facts::Bashism;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "SC3011",
        name: "here-string",
        severity: Severity::Warning,
        origin: Origin::Shellcheck,
        summary: doc(Text { en: "In POSIX sh, here-strings are undefined", zh: "POSIX sh 中没有 here-string" }),
        why: doc(Text { en: "The RUN runs in /bin/sh, which on Debian and Ubuntu is dash and on Alpine is BusyBox ash: cmd <<< word is a syntax error in dash.", zh: "RUN 默认在 /bin/sh 中运行，它在 Debian 和 Ubuntu 上是 dash，在 Alpine 上是 BusyBox ash：cmd <<< word 在 dash 中是语法错误。" }),
        fix: doc(Text { en: "Use echo word | cmd or a heredoc. Or switch the shell with SHELL [\"/bin/bash\", \"-c\"] when the image has bash.", zh: "改用 echo word | cmd 或 heredoc。如果镜像中有 bash，也可以用 SHELL [\"/bin/bash\", \"-c\"] 切换 shell。" }),
        bad: doc_str("FROM debian:12\nRUN read -r major minor <<< \"12 0\"\n"),
        good: doc_str("FROM debian:12\nRUN echo \"12 0\" | { read -r major minor; echo \"$major\"; }\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for script in sh_scripts(cx) {
        for span in bashisms(script, Bashism::HereString) {
            let hint = text!(
                "pipe the word in with echo, or use a heredoc",
                "用 echo 把它通过管道传入，或使用 heredoc"
            );
            report_bashism(out, span, "<<<", hint);
        }
    }
}
