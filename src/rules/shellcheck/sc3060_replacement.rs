//! SC3060 `replacement`: In POSIX sh, string replacement is undefined.

use super::{piece_span, scripts, short, Dialect};
use crate::dockerfile::shell_pieces::{pieces, ParamOp, PieceKind};
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "SC3060",
        name: "replacement",
        severity: Severity::Warning,
        origin: Origin::Shellcheck,
        summary: doc(Text { en: "In POSIX sh, string replacement is undefined", zh: "POSIX sh 中没有字符串替换" }),
        why: doc(Text { en: "The RUN runs in /bin/sh, which on Debian and Ubuntu is dash and on Alpine is BusyBox ash: ${var/a/b} is a \"Bad substitution\" error in dash.", zh: "RUN 默认在 /bin/sh 中运行，它在 Debian 和 Ubuntu 上是 dash，在 Alpine 上是 BusyBox ash：${var/a/b} 在 dash 中会报 “Bad substitution” 错误。" }),
        fix: doc(Text { en: "Use sed, or ${var%…}/${var#…} when the part is at an end. Or switch the shell with SHELL [\"/bin/bash\", \"-c\"] when the image has bash.", zh: "改用 sed；要替换的部分在开头或结尾时，用 ${var#…}/${var%…}。如果镜像中有 bash，也可以用 SHELL [\"/bin/bash\", \"-c\"] 切换 shell。" }),
        bad: doc_str("FROM debian:12
ARG VERSION=1.2.3
RUN echo \"${VERSION//./-}\" > /tag
"),
        good: doc_str("FROM debian:12
ARG VERSION=1.2.3
RUN echo \"$VERSION\" | sed 's/\\./-/g' > /tag
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
                if !(matches!(
                    p.kind,
                    PieceKind::Param {
                        op: ParamOp::Replace,
                        ..
                    }
                )) {
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
    text!("use sed instead", "改用 sed")
}
