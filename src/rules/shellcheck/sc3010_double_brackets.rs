//! SC3010 `double-brackets`: In POSIX sh, [[ ]] is undefined.

use super::{bashisms, report_bashism, sh_scripts};
use crate::dockerfile::shell_facts::Bashism;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "SC3010",
        name: "double-brackets",
        severity: Severity::Warning,
        origin: Origin::Shellcheck,
        summary: doc(Text { en: "In POSIX sh, [[ ]] is undefined", zh: "POSIX sh 中没有 [[ ]]" }),
        why: doc(Text { en: "The RUN runs in /bin/sh, which on Debian and Ubuntu is dash and on Alpine is BusyBox ash: [[ … ]] is a bash keyword, so dash fails with \"[[: not found\".", zh: "RUN 默认在 /bin/sh 中运行，它在 Debian 和 Ubuntu 上是 dash，在 Alpine 上是 BusyBox ash：[[ … ]] 是 bash 的关键字，dash 会报 “[[: not found”。" }),
        fix: doc(Text { en: "Use [ … ] (with quoted variables). Or switch the shell with SHELL [\"/bin/bash\", \"-c\"] when the image has bash.", zh: "改用 [ … ]（变量加引号）。如果镜像中有 bash，也可以用 SHELL [\"/bin/bash\", \"-c\"] 切换 shell。" }),
        bad: doc_str("FROM debian:12\nRUN if [[ -f /etc/debian_version ]]; then apt-get update; fi\n"),
        good: doc_str("FROM debian:12\nRUN if [ -f /etc/debian_version ]; then apt-get update; fi\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for script in sh_scripts(cx) {
        // `[[` is a keyword in bash; read as sh it is a command named `[[`.
        let commands = script
            .facts
            .commands
            .iter()
            .filter(|c| c.name == "[[")
            .map(|c| c.span);
        for span in bashisms(script, Bashism::DoubleBracket).chain(commands) {
            report_bashism(
                out,
                span,
                "[[ … ]]",
                text!("use [ … ] instead", "改用 [ … ]"),
            );
        }
    }
}
