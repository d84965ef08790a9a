//! SC3057 `substring`: In POSIX sh, string indexing is undefined.

use super::{picked_pieces, report_bashism, sh_scripts};
use crate::dockerfile::shell_pieces::{ParamOp, PieceKind};
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "SC3057",
        name: "substring",
        severity: Severity::Warning,
        origin: Origin::Shellcheck,
        summary: doc(Text { en: "In POSIX sh, string indexing is undefined", zh: "POSIX sh 中没有字符串截取" }),
        why: doc(Text { en: "The RUN runs in /bin/sh, which on Debian and Ubuntu is dash and on Alpine is BusyBox ash: ${var:1:2} is a \"Bad substitution\" error in dash.", zh: "RUN 默认在 /bin/sh 中运行，它在 Debian 和 Ubuntu 上是 dash，在 Alpine 上是 BusyBox ash：${var:1:2} 在 dash 中会报 “Bad substitution” 错误。" }),
        fix: doc(Text { en: "Use ${var#prefix}, ${var%suffix}, or cut. Or switch the shell with SHELL [\"/bin/bash\", \"-c\"] when the image has bash.", zh: "改用 ${var#prefix}、${var%suffix} 或 cut。如果镜像中有 bash，也可以用 SHELL [\"/bin/bash\", \"-c\"] 切换 shell。" }),
        bad: doc_str("FROM debian:12\nARG GIT_SHA=0123456789abcdef\nRUN echo \"${GIT_SHA:0:7}\" > /version\n"),
        good: doc_str("FROM debian:12\nARG GIT_SHA=0123456789abcdef\nRUN echo \"$GIT_SHA\" | cut -c1-7 > /version\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for script in sh_scripts(cx) {
        let substring = |k: &PieceKind| {
            matches!(
                k,
                PieceKind::Param {
                    op: ParamOp::Substring,
                    ..
                }
            )
        };
        for (span, what) in picked_pieces(cx, script, substring) {
            let hint = text!(
                "use ${{var#…}}, ${{var%…}} or cut",
                "改用 ${{var#…}}、${{var%…}} 或 cut"
            );
            report_bashism(out, span, &what, hint);
        }
    }
}
