//! FromAsCasing: the `AS` keyword should be written in the same case as `FROM`.

use crate::dockerfile::model::{FromCommand, Instr};
use crate::rules::prelude::*;
use crate::text;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "FromAsCasing",
        name: "from-as-casing",
        severity: Severity::Warning,
        origin: Origin::Buildkit,
        summary: doc(Text { en: "'AS' should be written in the same case as 'FROM'", zh: "'AS' 的大小写应与 'FROM' 一致" }),
        why: doc(Text {
            en: "Both keywords work in any case, but mixing them (FROM … as) reads as a typo and breaks consistent style.",
            zh: "两个关键字大小写均可，但混用（FROM … as）看起来像笔误，也破坏了统一的风格。",
        }),
        fix: doc(Text { en: "Use FROM … AS … or from … as ….", zh: "写成 FROM … AS … 或 from … as …。" }),
        bad: doc_str("FROM node:22 as build\n"),
        good: doc_str("FROM node:22 AS build\n"),
        fixable: true,
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn is_upper(s: &str) -> bool {
    s == s.to_uppercase()
}

fn check(cx: &Ctx, out: &mut Out) {
    for (ins, node) in cx.instructions() {
        let Instr::From(FromCommand { alias: Some(_), .. }) = &ins.kind else {
            continue;
        };
        let Some(as_kw) = node.args.get(1) else {
            continue;
        };
        let from = &node.keyword.value;
        let a = &as_kw.value;
        if is_upper(from) != is_upper(a) {
            let want = if is_upper(from) { "AS" } else { "as" };
            out.report_fix(
                as_kw.span,
                text!(
                    "'{a}' and '{from}' keywords' casing do not match",
                    "关键字 '{a}' 与 '{from}' 的大小写不一致"
                ),
                Some(text!("write \"{want}\"", "改写为 \"{want}\"")),
                crate::diagnostic::Fix::replace(
                    text!("write \"{want}\"", "改写为 \"{want}\""),
                    as_kw.span,
                    want,
                ),
            );
        }
    }
}
