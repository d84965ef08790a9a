//! StageNameCasing: stage names should be lowercase.

use crate::dockerfile::model::{FromCommand, Instr};
use crate::rules::{Ctx, Meta, Origin, Out, Rule, T};
use crate::text;

pub static RULE: Rule = Rule {
    meta: Meta {
        code: super::code("StageNameCasing", "stage-name-casing"),
        origin: Origin::Buildkit,
        aliases: &[],
        summary: T { en: "Stage names should be lowercase", zh: "构建阶段名应使用小写" },
        why: T {
            en: "Stage names are matched without regard to case, so \"Build\" and \"build\" are the same stage; mixed case suggests otherwise.",
            zh: "阶段名匹配时不区分大小写，\"Build\" 与 \"build\" 是同一个阶段；大小写混用容易让人误解。",
        },
        fix: T { en: "Write the name in lowercase.", zh: "把阶段名改成小写。" },
        differs: None,
        bad: "FROM alpine AS Builder\n",
        good: "FROM alpine AS builder\n",
        example_dockerignore: None,
        example_config: None,
        fixable: false,
    },
    check,
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
