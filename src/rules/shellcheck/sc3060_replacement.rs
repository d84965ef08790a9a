//! SC3060 `replacement`: In POSIX sh, string replacement is undefined.

use super::{picked_pieces, report_bashism, sh_scripts};
use crate::dockerfile::shell_pieces::{ParamOp, PieceKind};
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
        bad: doc_str("FROM debian:12\nARG VERSION=1.2.3\nRUN echo \"${VERSION//./-}\" > /tag\n"),
        good: doc_str("FROM debian:12\nARG VERSION=1.2.3\nRUN echo \"$VERSION\" | sed 's/\\./-/g' > /tag\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for script in sh_scripts(cx) {
        let replace = |k: &PieceKind| {
            matches!(
                k,
                PieceKind::Param {
                    op: ParamOp::Replace,
                    ..
                }
            )
        };
        for (span, what) in picked_pieces(cx, script, replace) {
            report_bashism(out, span, &what, text!("use sed instead", "改用 sed"));
        }
    }
}
