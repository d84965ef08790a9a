//! DL3029 `from-platform-flag`: Do not use --platform with FROM.

use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3029",
        name: "from-platform-flag",
        severity: Severity::Warning,
        origin: Origin::Hadolint,
        summary: doc(Text { en: "Do not use --platform with FROM", zh: "不要在 FROM 中使用 --platform" }),
        why: doc(Text { en: "A fixed platform forces emulation on other machines and blocks multi-platform builds.", zh: "固定平台会让其他机器只能靠模拟运行，也无法进行多平台构建。" }),
        fix: doc(Text { en: "Pass --platform to docker build instead.", zh: "改为在 docker build 时用 --platform 指定。" }),
        differs: doc_opt(Some(Text { en: "A --platform with any variable in it ($PLATFORM, linux/$TARGETARCH) is not a constant and not reported; hadolint only exempts the whole BUILDPLATFORM/TARGETPLATFORM variables.", zh: "--platform 中只要含有变量（$PLATFORM、linux/$TARGETARCH）就不是常量，不会报告；hadolint 只豁免完整的 BUILDPLATFORM/TARGETPLATFORM 变量。" })),
        bad: doc_str("FROM --platform=linux/amd64 alpine:3.22\n"),
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
        for f in node
            .flags
            .iter()
            .filter(|f| f.name == "platform" && !f.value.as_deref().unwrap_or("").contains('$'))
        {
            out.report(
                f.span,
                text!(
                    "do not use --platform with FROM",
                    "不要在 FROM 中使用 --platform"
                ),
                None,
            );
        }
    }
}
