//! ConsistentInstructionCasing: every instruction keyword in the case of the majority.

use crate::rules::prelude::*;
use crate::text;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "ConsistentInstructionCasing",
        name: "consistent-instruction-casing",
        severity: Severity::Warning,
        origin: Origin::Buildkit,
        summary: doc(Text {
            en: "Instruction keywords should all use the same case",
            zh: "所有指令关键字应使用统一的大小写",
        }),
        why: doc(Text {
            en: "Keywords are case-insensitive, but a mix of RUN and run makes a Dockerfile harder to read.",
            zh: "关键字不区分大小写，但 RUN 和 run 混用会让 Dockerfile 更难阅读。",
        }),
        fix: doc(Text {
            en: "Write every keyword in the case most of the file uses (uppercase by convention).",
            zh: "按文件中多数指令的写法统一大小写（惯例是全大写）。",
        }),
        bad: doc_str("FROM alpine\nRUN apk add curl\ncopy app /app\n"),
        good: doc_str("FROM alpine\nRUN apk add curl\nCOPY app /app\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    let nodes = &cx.model.parsed.nodes;
    let (mut lower, mut upper) = (0, 0);
    for n in nodes {
        let k = &n.keyword.value;
        if *k == k.to_lowercase() {
            lower += 1;
        } else if *k == k.to_uppercase() {
            upper += 1;
        }
    }
    let majority_lower = lower > upper;
    for n in nodes {
        let k = &n.keyword.value;
        let (bad, want_en, want_zh) = if majority_lower {
            (*k != k.to_lowercase(), "lowercase", "小写")
        } else {
            (*k != k.to_uppercase(), "uppercase", "大写")
        };
        if bad {
            let fixed = if majority_lower {
                k.to_lowercase()
            } else {
                k.to_uppercase()
            };
            out.report(
                n.keyword.span,
                text!(
                    "command '{k}' should match the case of the command majority ({want_en})",
                    "指令 '{k}' 应与多数指令的大小写（{want_zh}）一致"
                ),
                Some(text!("write \"{fixed}\"", "改写为 \"{fixed}\"")),
            );
        }
    }
}
