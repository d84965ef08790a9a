//! SC3009 `brace-expansion`: In POSIX sh, brace expansion is undefined.

use super::{picked_pieces, report_bashism, sh_scripts};
use crate::dockerfile::shell_pieces::PieceKind;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "SC3009",
        name: "brace-expansion",
        severity: Severity::Warning,
        origin: Origin::Shellcheck,
        summary: doc(Text { en: "In POSIX sh, brace expansion is undefined", zh: "POSIX sh 中没有花括号展开" }),
        why: doc(Text { en: "The RUN runs in /bin/sh, which on Debian and Ubuntu is dash and on Alpine is BusyBox ash: dash leaves {a,b} as it is, so mkdir -p /app/{src,bin} makes one directory named {src,bin}.", zh: "RUN 默认在 /bin/sh 中运行，它在 Debian 和 Ubuntu 上是 dash，在 Alpine 上是 BusyBox ash：dash 不展开 {a,b}，所以 mkdir -p /app/{src,bin} 只会创建一个名为 {src,bin} 的目录。" }),
        fix: doc(Text { en: "Write the words out. Or switch the shell with SHELL [\"/bin/bash\", \"-c\"] when the image has bash.", zh: "把各个词分别写出来。如果镜像中有 bash，也可以用 SHELL [\"/bin/bash\", \"-c\"] 切换 shell。" }),
        bad: doc_str("FROM debian:12\nRUN mkdir -p /app/{src,bin,logs}\n"),
        good: doc_str("FROM debian:12\nRUN mkdir -p /app/src /app/bin /app/logs\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for script in sh_scripts(cx) {
        for (span, what) in picked_pieces(cx, script, |k| *k == PieceKind::Brace) {
            report_bashism(
                out,
                span,
                &what,
                text!("write each word out", "把每个词分别写出来"),
            );
        }
    }
}
