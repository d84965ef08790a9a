//! DL3024 `duplicate-stage-alias`: FROM aliases (stage names) must be unique.

use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3024",
        name: "duplicate-stage-alias",
        severity: Severity::Error,
        origin: Origin::Hadolint,
        aliases: &["DuplicateStageName"],
        summary: doc(Text {
            en: "FROM aliases (stage names) must be unique",
            zh: "阶段名（FROM 的别名）必须唯一",
        }),
        why: doc(Text {
            en: "References by name can only mean one of the stages.",
            zh: "按名字引用时只能指向其中一个阶段。",
        }),
        fix: doc(Text {
            en: "Rename one of the stages.",
            zh: "给其中一个阶段改名。",
        }),
        differs: doc_opt(Some(Text { en: "Stage names are compared case-insensitively, as BuildKit does: AS Deps and AS deps are the same name.", zh: "与 BuildKit 一样不区分大小写地比较阶段名：AS Deps 和 AS deps 是同一个名字。" })),
        bad: doc_str("FROM alpine:3.22 AS build\nFROM alpine:3.22 AS build\n"),
        good: doc_str("FROM alpine:3.22 AS build\nFROM alpine:3.22 AS final\n"),
        scope: Scope::Stage,
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    let mut seen: std::collections::HashSet<String> = Default::default();
    for (ins, _) in cx.instructions() {
        if let Instr::From(FromCommand { alias: Some(a), .. }) = &ins.kind {
            let n = a.value.to_lowercase();
            if !seen.insert(n) {
                let v = &a.value;
                out.report(
                    a.span,
                    text!("duplicate stage name \"{v}\"", "阶段名 \"{v}\" 重复"),
                    None,
                );
            }
        }
    }
}
