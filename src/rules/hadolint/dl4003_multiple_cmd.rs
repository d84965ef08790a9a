//! DL4003 `multiple-cmd`: Only the last CMD takes effect.

use super::one_per_stage::multiple;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL4003",
        name: "multiple-cmd",
        severity: Severity::Warning,
        origin: Origin::Hadolint,
        aliases: &["MultipleInstructionsDisallowed"],
        summary: doc(Text {
            en: "Only the last CMD takes effect",
            zh: "只有最后一个 CMD 生效",
        }),
        why: doc(Text {
            en: "Each CMD replaces the previous one.",
            zh: "后一个 CMD 会覆盖前一个。",
        }),
        fix: doc(Text {
            en: "Keep one CMD.",
            zh: "只保留一个 CMD。",
        }),
        bad: doc_str(
            "FROM python:3.12-slim\nCMD [\"python\", \"a.py\"]\nCMD [\"python\", \"b.py\"]\n",
        ),
        good: doc_str("FROM python:3.12-slim\nCMD [\"python\", \"b.py\"]\n"),
        scope: Scope::Stage,
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    multiple(cx, out, Keyword::Cmd);
}
