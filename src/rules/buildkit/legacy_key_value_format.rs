//! LegacyKeyValueFormat: `ENV key value` instead of `ENV key=value`.

use crate::dockerfile::model::Instr;
use crate::rules::prelude::*;
use crate::text;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "LegacyKeyValueFormat",
        name: "legacy-key-value-format",
        severity: Severity::Warning,
        origin: Origin::Buildkit,
        summary: doc(Text {
            en: "Use \"key=value\" in ENV and LABEL, not the legacy \"key value\"",
            zh: "ENV 和 LABEL 应写成 \"key=value\"，不要用旧的 \"key value\" 形式",
        }),
        why: doc(Text {
            en: "In the legacy form everything after the first space is the value, quotes and all: ENV A 1 B 2 sets A to \"1 B 2\".",
            zh: "旧形式会把第一个空格之后的所有内容（包括引号）都当作值：ENV A 1 B 2 会把 A 设为 \"1 B 2\"。",
        }),
        fix: doc(Text { en: "Write ENV KEY=value (quote values with spaces).", zh: "写成 ENV KEY=value（值中有空格时加引号）。" }),
        bad: doc_str("FROM python:3.12-slim\nENV PYTHONUNBUFFERED 1\n"),
        good: doc_str("FROM python:3.12-slim\nENV PYTHONUNBUFFERED=1\n"),
        fixable: true,
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (ins, node) in cx.instructions() {
        let (Instr::Env(kvs) | Instr::Label(kvs)) = &ins.kind else {
            continue;
        };
        for kv in kvs.iter().filter(|kv| kv.legacy) {
            let kw = ins.keyword_str();
            let (k, v) = (&kv.key.value, &kv.value.value);
            let quoted = if v.contains(char::is_whitespace) {
                format!("\"{v}\"")
            } else {
                v.clone()
            };
            // The legacy value is the rest of the line, taken literally: quote it when it has
            // spaces and is not already one quoted word.
            let literal = v.starts_with(['"', '\'']) && v.len() > 1 && v.ends_with(&v[..1]);
            let value = if literal || !v.contains(char::is_whitespace) {
                v.clone()
            } else {
                crate::rules::shared::dq(v)
            };
            out.report_fix(
                node.rest_span,
                text!(
                    "\"{kw} key=value\" should be used instead of legacy \"{kw} key value\" format",
                    "应使用 \"{kw} key=value\" 形式，而不是旧的 \"{kw} key value\" 形式"
                ),
                Some(text!("write {kw} {k}={quoted}", "改写为 {kw} {k}={quoted}")),
                crate::diagnostic::Fix::replace(
                    text!("write {k}={value}", "改写为 {k}={value}"),
                    crate::text::Span::new(kv.key.span.start, kv.value.span.end),
                    format!("{k}={value}"),
                ),
            );
        }
    }
}
