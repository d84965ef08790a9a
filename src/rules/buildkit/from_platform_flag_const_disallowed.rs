//! FromPlatformFlagConstDisallowed: `FROM --platform=linux/amd64` pins one platform.

use crate::dockerfile::model::{FromCommand, Instr};
use crate::rules::prelude::*;
use crate::text;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "FromPlatformFlagConstDisallowed",
        name: "from-platform-flag-const-disallowed",
        severity: Severity::Warning,
        origin: Origin::Buildkit,
        summary: doc(Text {
            en: "FROM --platform should not be a constant",
            zh: "FROM --platform 不应写死为固定值",
        }),
        why: doc(Text {
            en: "A fixed platform makes the stage build for that platform only, so a multi-platform build is impossible and other machines emulate it.",
            zh: "写死平台会让这个阶段只能按该平台构建，无法进行多平台构建，其他机器还要靠模拟来运行它。",
        }),
        fix: doc(Text {
            en: "Drop the flag and pass --platform to docker build, or use $BUILDPLATFORM; a stage that must be platform-specific should say so in its name.",
            zh: "去掉该参数，在 docker build 时用 --platform 指定，或使用 $BUILDPLATFORM；确实只针对某平台的阶段应在阶段名中体现。",
        }),
        bad: doc_str("FROM --platform=linux/amd64 node:22\n"),
        good: doc_str("FROM --platform=$BUILDPLATFORM node:22\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (ins, node) in cx.instructions() {
        let Instr::From(FromCommand { alias, .. }) = &ins.kind else {
            continue;
        };
        for f in node.flags.iter().filter(|f| f.name == "platform") {
            let v = f.value.as_deref().unwrap_or("");
            if v.is_empty() || v.contains('$') {
                continue;
            }
            // A stage named after the platform's OS or architecture is platform-specific on purpose.
            let stage = alias
                .as_ref()
                .map(|a| a.value.to_lowercase())
                .unwrap_or_default();
            let mut parts = v.split('/');
            let (os, arch) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
            if !stage.is_empty()
                && ((!os.is_empty() && stage.contains(os))
                    || (!arch.is_empty() && stage.contains(arch)))
            {
                continue;
            }
            out.report(
                f.span,
                text!(
                    "FROM --platform flag should not use constant value \"{v}\"",
                    "FROM --platform 不应使用固定值 \"{v}\""
                ),
                Some(text!(
                    "remove it and build with docker build --platform {v}",
                    "删除它，构建时使用 docker build --platform {v}"
                )),
            );
        }
    }
}
