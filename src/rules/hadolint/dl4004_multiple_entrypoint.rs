//! DL4004 `multiple-entrypoint`: Only the last ENTRYPOINT takes effect.

use super::one_per_stage::multiple;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL4004",
        name: "multiple-entrypoint",
        severity: Severity::Error,
        origin: Origin::Hadolint,
        aliases: &["MultipleInstructionsDisallowed"],
        summary: doc(Text {
            en: "Only the last ENTRYPOINT takes effect",
            zh: "只有最后一个 ENTRYPOINT 生效",
        }),
        why: doc(Text {
            en: "Each ENTRYPOINT replaces the previous one.",
            zh: "后一个 ENTRYPOINT 会覆盖前一个。",
        }),
        fix: doc(Text {
            en: "Keep one ENTRYPOINT.",
            zh: "只保留一个 ENTRYPOINT。",
        }),
        bad: doc_str("FROM python:3.12-slim\nENTRYPOINT [\"python\"]\nENTRYPOINT [\"python3\"]\n"),
        good: doc_str("FROM python:3.12-slim\nENTRYPOINT [\"python3\"]\n"),
        scope: Scope::Stage,
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    multiple(cx, out, Keyword::Entrypoint);
}
