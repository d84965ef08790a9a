//! SC3046 `source`: In POSIX sh, 'source' in place of '.' is undefined.

use super::{report_bashism, sh_scripts};
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "SC3046",
        name: "source",
        severity: Severity::Warning,
        origin: Origin::Shellcheck,
        summary: doc(Text { en: "In POSIX sh, 'source' in place of '.' is undefined", zh: "POSIX sh 中没有 source，应使用 ." }),
        why: doc(Text { en: "The RUN runs in /bin/sh, which on Debian and Ubuntu is dash and on Alpine is BusyBox ash: dash has no source command (\"source: not found\").", zh: "RUN 默认在 /bin/sh 中运行，它在 Debian 和 Ubuntu 上是 dash，在 Alpine 上是 BusyBox ash：dash 没有 source 命令（会报 “source: not found”）。" }),
        fix: doc(Text { en: "Use . file. Or switch the shell with SHELL [\"/bin/bash\", \"-c\"] when the image has bash.", zh: "改用 . file。如果镜像中有 bash，也可以用 SHELL [\"/bin/bash\", \"-c\"] 切换 shell。" }),
        bad: doc_str("FROM debian:12\nRUN source /opt/venv/bin/activate && pip install -r requirements.txt\n"),
        good: doc_str("FROM debian:12\nRUN . /opt/venv/bin/activate && pip install -r requirements.txt\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for script in sh_scripts(cx) {
        for c in script.facts.commands.iter().filter(|c| c.name == "source") {
            report_bashism(out, c.span, "source", text!("use . instead", "改用 ."));
        }
    }
}
