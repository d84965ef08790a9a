//! RedundantTargetPlatform: `FROM --platform=$TARGETPLATFORM` is the default.

use crate::dockerfile::Keyword;
use crate::rules::prelude::*;
use crate::text;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "RedundantTargetPlatform",
        name: "redundant-target-platform",
        severity: Severity::Warning,
        origin: Origin::Buildkit,
        summary: doc(Text {
            en: "FROM --platform=$TARGETPLATFORM is redundant",
            zh: "FROM --platform=$TARGETPLATFORM 是多余的",
        }),
        why: doc(Text {
            en: "Stages are built for the target platform anyway; the flag adds noise and suggests it changes something.",
            zh: "阶段本来就按目标平台构建；这个参数只是噪音，还会让人以为它有作用。",
        }),
        fix: doc(Text { en: "Remove the --platform flag.", zh: "删除 --platform 参数。" }),
        bad: doc_str("FROM --platform=$TARGETPLATFORM alpine\n"),
        good: doc_str("FROM alpine\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (ins, node) in cx.instructions() {
        if !ins.is(Keyword::From) {
            continue;
        }
        for f in node.flags.iter().filter(|f| f.name == "platform") {
            let v = f.value.as_deref().unwrap_or("");
            if v == "$TARGETPLATFORM" || v == "${TARGETPLATFORM}" {
                out.report(
                    f.span,
                    text!(
                        "setting platform to predefined {v} in FROM is redundant as this is the default behavior",
                        "在 FROM 中把平台设为预定义的 {v} 是多余的，这本来就是默认行为"
                    ),
                    None,
                );
            }
        }
    }
}
