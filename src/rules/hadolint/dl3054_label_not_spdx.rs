//! DL3054 `label-not-spdx`: A label of type spdx is not an SPDX license expression.

use super::label_schema::{typed, SCHEMA};
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3054",
        name: "label-not-spdx",
        severity: Severity::Warning,
        origin: Origin::Hadolint,
        summary: doc(Text { en: "A label of type spdx is not an SPDX license expression", zh: "spdx 类型的 label 不是 SPDX 许可证表达式" }),
        why: doc(Text { en: "License scanners match the value against the SPDX license list.", zh: "许可证扫描工具会把这个值与 SPDX 许可证列表比对。" }),
        fix: doc(Text { en: "Use an SPDX identifier such as MIT or Apache-2.0.", zh: "使用 SPDX 标识符，例如 MIT 或 Apache-2.0。" }),
        differs: doc_opt(Some(Text { en: "hadolint accepts a single identifier only; dockplay accepts any valid SPDX expression (MIT OR Apache-2.0, LicenseRef-…), as the OCI annotation org.opencontainers.image.licenses allows.", zh: "hadolint 只接受单个标识符；dockplay 接受任何有效的 SPDX 表达式（如 MIT OR Apache-2.0、LicenseRef-…），这也是 OCI 注解 org.opencontainers.image.licenses 所允许的。" })),
        bad: doc_str("FROM alpine:3.22\nLABEL org.opencontainers.image.licenses=\"Apache 2\"\n"),
        good: doc_str("FROM alpine:3.22\nLABEL org.opencontainers.image.licenses=\"Apache-2.0\"\n"),
        example_config: Some(SCHEMA),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

/// Whether `v` is an SPDX license expression.
#[cfg(feature = "spdx")]
pub(crate) fn valid_spdx(v: &str) -> bool {
    spdx::Expression::parse(v).is_ok()
}

/// Built without the `spdx` feature (the playground, which cannot set a label schema), every
/// value is taken as valid: no finding is claimed that the license list would have to back.
#[cfg(not(feature = "spdx"))]
pub(crate) fn valid_spdx(_: &str) -> bool {
    true
}

fn check(cx: &Ctx, out: &mut Out) {
    typed(
        cx,
        out,
        "spdx",
        valid_spdx,
        ("an SPDX license expression", "SPDX 许可证表达式"),
    );
}
