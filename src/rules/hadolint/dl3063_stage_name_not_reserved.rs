//! DL3063 `stage-name-not-reserved`: Stage names should not be reserved words.

use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3063",
        name: "stage-name-not-reserved",
        severity: Severity::Warning,
        origin: Origin::Hadolint,
        aliases: &["ReservedStageName"],
        summary: doc(Text {
            en: "Stage names should not be reserved words",
            zh: "阶段名不应使用保留字",
        }),
        why: doc(Text {
            en: "scratch and context have special meanings.",
            zh: "scratch 和 context 有特殊含义。",
        }),
        fix: doc(Text {
            en: "Choose another name.",
            zh: "换一个名字。",
        }),
        differs: doc_opt(Some(Text { en: "Stage names are compared as BuildKit does, lowercased: AS Scratch is the reserved name too.", zh: "与 BuildKit 一样按小写比较阶段名：AS Scratch 同样是保留名。" })),
        bad: doc_str("FROM alpine:3.22 AS context\n"),
        good: doc_str("FROM alpine:3.22 AS base\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (ins, _) in cx.instructions() {
        if let Instr::From(FromCommand { alias: Some(a), .. }) = &ins.kind {
            let n = a.value.to_lowercase();
            if n == "scratch" || n == "context" {
                out.report(
                    a.span,
                    text!(
                        "stage name \"{n}\" is a reserved word",
                        "阶段名 \"{n}\" 是保留字"
                    ),
                    None,
                );
            }
        }
    }
}
