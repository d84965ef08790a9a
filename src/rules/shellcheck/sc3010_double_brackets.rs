//! SC3010 `double-brackets`: In POSIX sh, [[ ]] is undefined.

use super::{scripts, Dialect};
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
        bad: doc_str("FROM debian:12
RUN if [[ -f /etc/debian_version ]]; then apt-get update; fi
"),
        good: doc_str("FROM debian:12
RUN if [ -f /etc/debian_version ]; then apt-get update; fi
"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (_, script, dialect) in scripts(cx) {
        if dialect != Dialect::Sh {
            continue;
        }
        let f = &script.facts;
        let keyword = f
            .bashisms
            .iter()
            .filter(|(b, _)| *b == Bashism::DoubleBracket)
            .map(|(_, s)| *s);
        let command = f.commands.iter().filter(|c| c.name == "[[").map(|c| c.span);
        for span in keyword.chain(command) {
            let what = "[[ … ]]";
            out.report(
                span,
                text!(
                    "{what} is bash syntax; POSIX sh does not define it",
                    "{what} 是 bash 语法，POSIX sh 中没有定义"
                ),
                Some(hint()),
            );
        }
    }
}

fn hint() -> Text {
    text!("use [ … ] instead", "改用 [ … ]")
}
