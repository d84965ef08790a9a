//! StageNameCasing: stage names should be lowercase.

use crate::dockerfile::model::{FromCommand, Instr};
use crate::rules::prelude::*;
use crate::text;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "StageNameCasing",
        name: "stage-name-casing",
        severity: Severity::Warning,
        origin: Origin::Buildkit,
        summary: doc(Text { en: "Stage names should be lowercase", zh: "构建阶段名应使用小写" }),
        why: doc(Text {
            en: "Stage names are matched without regard to case, so \"Build\" and \"build\" are the same stage; mixed case suggests otherwise.",
            zh: "阶段名匹配时不区分大小写，\"Build\" 与 \"build\" 是同一个阶段；大小写混用容易让人误解。",
        }),
        fix: doc(Text { en: "Write the name in lowercase.", zh: "把阶段名改成小写。" }),
        bad: doc_str("FROM alpine AS Builder\n"),
        good: doc_str("FROM alpine AS builder\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (ins, _) in cx.instructions() {
        if let Instr::From(FromCommand { alias: Some(a), .. }) = &ins.kind {
            let name = &a.value;
            if *name != name.to_lowercase() {
                let lower = name.to_lowercase();
                out.report(
                    a.span,
                    text!(
                        "stage name \"{name}\" should be lowercase",
                        "阶段名 \"{name}\" 应使用小写"
                    ),
                    Some(text!("write it as \"{lower}\"", "改写为 \"{lower}\"")),
                );
            }
        }
    }
}
