//! DL4000 `no-maintainer`: MAINTAINER is deprecated.

use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL4000",
        name: "no-maintainer",
        severity: Severity::Error,
        origin: Origin::Hadolint,
        aliases: &["MaintainerDeprecated"],
        summary: doc(Text {
            en: "MAINTAINER is deprecated",
            zh: "MAINTAINER 已被弃用",
        }),
        why: doc(Text {
            en: "Use a label for the author.",
            zh: "请用标签记录作者。",
        }),
        fix: doc(Text {
            en: "Write LABEL org.opencontainers.image.authors=\"…\".",
            zh: "改用 LABEL org.opencontainers.image.authors=\"…\"。",
        }),
        bad: doc_str("FROM alpine:3.22\nMAINTAINER me@example.org\n"),
        good: doc_str(
            "FROM alpine:3.22\nLABEL org.opencontainers.image.authors=\"me@example.org\"\n",
        ),
        fixable: true,
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (ins, node) in cx.instructions() {
        if ins.is(Keyword::Maintainer) {
            out.report_fix(
                node.keyword.span,
                text!("MAINTAINER is deprecated", "MAINTAINER 已被弃用"),
                None,
                crate::rules::shared::maintainer_to_label(node),
            );
        }
    }
}
