//! NoEmptyContinuation: an empty line inside a continued instruction. The parser reports it while
//! joining lines; this entry gives it its place in the registry and its docs.

use crate::rules::{Ctx, Meta, Origin, Out, Rule, T};

pub static RULE: Rule = Rule {
    meta: Meta {
        code: crate::dockerfile::codes::NO_EMPTY_CONTINUATION,
        origin: Origin::Buildkit,
        aliases: &[],
        summary: T {
            en: "Empty lines inside a continued instruction will become errors",
            zh: "续行指令中的空行将来会被当作错误",
        },
        why: T {
            en: "BuildKit skips the empty line today, but it usually means a line was deleted by mistake and the instruction goes on further than intended.",
            zh: "BuildKit 目前会跳过空行，但这通常意味着某行被误删，指令比预想的延续得更远。",
        },
        fix: T {
            en: "Delete the empty line, or end the line before it without the escape character.",
            zh: "删除空行，或去掉它前一行末尾的续行符。",
        },
        differs: None,
        bad: "FROM debian:12\nRUN apt-get update \\\n\n    && apt-get install -y curl\n",
        good: "FROM debian:12\nRUN apt-get update \\\n    && apt-get install -y curl\n",
        example_dockerignore: None,
        example_config: None,
        fixable: false,
    },
    check,
};

/// Reported by the parser (`dockerfile::parser`), which sees the raw lines.
fn check(_: &Ctx, _: &mut Out) {}
