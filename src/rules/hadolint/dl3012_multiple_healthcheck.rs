//! DL3012 `multiple-healthcheck`: Only one HEALTHCHECK per stage.

use super::one_per_stage::multiple;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3012",
        name: "multiple-healthcheck",
        severity: Severity::Error,
        origin: Origin::Hadolint,
        aliases: &["MultipleInstructionsDisallowed"],
        summary: doc(Text {
            en: "Only one HEALTHCHECK per stage",
            zh: "每个阶段只能有一个 HEALTHCHECK",
        }),
        why: doc(Text {
            en: "Each HEALTHCHECK replaces the previous one.",
            zh: "后一个 HEALTHCHECK 会覆盖前一个。",
        }),
        fix: doc(Text {
            en: "Keep one HEALTHCHECK.",
            zh: "只保留一个 HEALTHCHECK。",
        }),
        differs: doc_opt(Some(Text {
            en: "ONBUILD HEALTHCHECK triggers are checked for their own rules (DL3025) too.",
            zh: "ONBUILD 中的 HEALTHCHECK 也会按相应规则（DL3025）检查。",
        })),
        bad: doc_str("FROM nginx:1.27\nHEALTHCHECK CMD [\"true\"]\nHEALTHCHECK CMD [\"false\"]\n"),
        good: doc_str("FROM nginx:1.27\nHEALTHCHECK CMD [\"true\"]\n"),
        scope: Scope::Stage,
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    multiple(cx, out, Keyword::Healthcheck);
}
