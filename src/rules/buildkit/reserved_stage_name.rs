//! ReservedStageName: `scratch` and `context` are not stage names.

use crate::dockerfile::model::{FromCommand, Instr};
use crate::rules::prelude::*;
use crate::text;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "ReservedStageName",
        name: "reserved-stage-name",
        severity: Severity::Warning,
        origin: Origin::Buildkit,
        summary: doc(Text {
            en: "Reserved words (scratch, context) should not be stage names",
            zh: "不要用保留字（scratch、context）作为阶段名",
        }),
        why: doc(Text {
            en: "\"scratch\" is the empty base image and \"context\" names the build context; a stage with either name makes references ambiguous.",
            zh: "\"scratch\" 表示空的基础镜像，\"context\" 表示构建上下文；用它们作阶段名会让引用含义不清。",
        }),
        fix: doc(Text { en: "Choose another stage name.", zh: "换一个阶段名。" }),
        bad: doc_str("FROM alpine AS scratch\n"),
        good: doc_str("FROM alpine AS base\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (ins, _) in cx.instructions() {
        let Instr::From(FromCommand { alias: Some(a), .. }) = &ins.kind else {
            continue;
        };
        let name = a.value.to_lowercase();
        if name == "scratch" || name == "context" {
            out.report(
                a.span,
                text!(
                    "stage name should not use the same name as reserved stage \"{name}\"",
                    "阶段名不应与保留名称 \"{name}\" 相同"
                ),
                None,
            );
        }
    }
}
