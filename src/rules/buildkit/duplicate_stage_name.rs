//! DuplicateStageName: two stages with the same name.

use crate::dockerfile::model::{FromCommand, Instr};
use crate::rules::prelude::*;
use crate::text;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DuplicateStageName",
        name: "duplicate-stage-name",
        severity: Severity::Warning,
        origin: Origin::Buildkit,
        summary: doc(Text { en: "Stage names should be unique", zh: "构建阶段名不能重复" }),
        why: doc(Text {
            en: "FROM and COPY --from refer to stages by name; with two stages of one name only one of them can be meant.",
            zh: "FROM 和 COPY --from 按名字引用阶段；两个阶段同名时，引用只能指向其中一个。",
        }),
        fix: doc(Text { en: "Give each stage its own name.", zh: "给每个阶段取不同的名字。" }),
        bad: doc_str("FROM golang:1.23 AS build\nFROM node:22 AS build\n"),
        good: doc_str("FROM golang:1.23 AS build-api\nFROM node:22 AS build-web\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    let mut seen: std::collections::HashMap<String, usize> = Default::default();
    for (ins, node) in cx.instructions() {
        let Instr::From(FromCommand { alias: Some(a), .. }) = &ins.kind else {
            continue;
        };
        let name = a.value.to_lowercase();
        if let Some(line) = seen.get(&name) {
            let v = &a.value;
            out.report(
                a.span,
                text!(
                    "duplicate stage name \"{v}\" (first used on line {line}); stage names should be unique",
                    "阶段名 \"{v}\" 重复（第 {line} 行已使用过）；阶段名应唯一"
                ),
                None,
            );
        } else {
            seen.insert(name, node.start_line);
        }
    }
}
