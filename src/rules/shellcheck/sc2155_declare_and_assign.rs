//! SC2155 `declare-and-assign`: Declare and assign separately to avoid masking return values.

use super::{command_of, scripts};
use crate::dockerfile::shell_facts::Role;
use crate::dockerfile::shell_pieces::PieceKind;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "SC2155",
        name: "declare-and-assign",
        severity: Severity::Warning,
        origin: Origin::Shellcheck,
        summary: doc(Text { en: "Declare and assign separately to avoid masking return values", zh: "声明和赋值分开写，以免掩盖命令的返回值" }),
        why: doc(Text { en: "In export NAME=$(command) the status is export's, which succeeds: a failing command does not stop the build, even with set -e.", zh: "在 export NAME=$(command) 中，退出状态是 export 的（总是成功）：即使设置了 set -e，命令失败也不会中止构建。" }),
        fix: doc(Text { en: "Assign first, then export: NAME=$(command); export NAME.", zh: "先赋值再导出：NAME=$(command); export NAME。" }),
        bad: doc_str("FROM debian:12\nRUN export VERSION=\"$(cat /VERSION)\" && ./build.sh\n"),
        good: doc_str("FROM debian:12\nRUN VERSION=\"$(cat /VERSION)\" && export VERSION && ./build.sh\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (_, script, _) in scripts(cx) {
        let f = &script.facts;
        for w in f.words.iter().filter(|w| w.role == Role::DeclArg) {
            let Some((name, _)) = w.raw.split_once('=') else {
                continue;
            };
            // The value's pieces: those after `name=`.
            let runs = w.pieces().iter().any(|p| {
                p.start > name.len()
                    && matches!(p.kind, PieceKind::CommandSub | PieceKind::Backquote)
            });
            if !runs {
                continue;
            }
            let decl = command_of(f, w);
            out.report(
                w.span,
                text!(
                    "{decl} {name}=… hides the exit status of the command substitution",
                    "{decl} {name}=… 掩盖了命令替换的退出状态"
                ),
                Some(text!(
                    "assign first, then declare: {name}=…; {decl} {name}",
                    "先赋值再声明：{name}=…; {decl} {name}"
                )),
            );
        }
    }
}
