//! DL3065 `no-redundant-target-platform`: FROM --platform=$TARGETPLATFORM is redundant.

use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3065",
        name: "no-redundant-target-platform",
        severity: Severity::Warning,
        origin: Origin::Hadolint,
        aliases: &["RedundantTargetPlatform"],
        summary: doc(Text {
            en: "FROM --platform=$TARGETPLATFORM is redundant",
            zh: "FROM --platform=$TARGETPLATFORM 是多余的",
        }),
        why: doc(Text {
            en: "It is the default behaviour.",
            zh: "这本来就是默认行为。",
        }),
        fix: doc(Text {
            en: "Remove the flag.",
            zh: "删除该参数。",
        }),
        differs: doc_opt(Some(Text { en: "The platform is read after quote removal, so --platform=\"$TARGETPLATFORM\" is reported too.", zh: "平台值在去掉引号后判断，因此 --platform=\"$TARGETPLATFORM\" 也会报告。" })),
        bad: doc_str("FROM --platform=$TARGETPLATFORM alpine:3.22\n"),
        good: doc_str("FROM alpine:3.22\n"),
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
            if matches!(
                f.value.as_deref(),
                Some("$TARGETPLATFORM" | "${TARGETPLATFORM}")
            ) {
                out.report(
                    f.span,
                    text!(
                        "--platform=$TARGETPLATFORM is redundant",
                        "--platform=$TARGETPLATFORM 是多余的"
                    ),
                    None,
                );
            }
        }
    }
}
