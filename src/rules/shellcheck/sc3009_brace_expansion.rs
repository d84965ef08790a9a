//! SC3009 `brace-expansion`: In POSIX sh, brace expansion is undefined.

use super::{piece_span, scripts, short, Dialect};
use crate::dockerfile::shell_pieces::{pieces, PieceKind};
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
        bad: doc_str("FROM debian:12
RUN mkdir -p /app/{src,bin,logs}
"),
        good: doc_str("FROM debian:12
RUN mkdir -p /app/src /app/bin /app/logs
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
        for w in &script.facts.words {
            for p in pieces(&w.raw) {
                if !(p.kind == PieceKind::Brace) {
                    continue;
                }
                let span = piece_span(cx, w, &p);
                let what = short(&w.raw[p.start..p.end]);
                let _ = ();
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
}

fn hint() -> Text {
    text!("write each word out", "把每个词分别写出来")
}
