//! MaintainerDeprecated: MAINTAINER is deprecated.

use crate::dockerfile::Keyword;
use crate::rules::prelude::*;
use crate::text;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "MaintainerDeprecated",
        name: "maintainer-deprecated",
        severity: Severity::Warning,
        origin: Origin::Buildkit,
        summary: doc(Text { en: "MAINTAINER is deprecated", zh: "MAINTAINER 指令已被弃用" }),
        why: doc(Text {
            en: "MAINTAINER only sets a legacy field of the image config; tools read the author from the org.opencontainers.image.authors label.",
            zh: "MAINTAINER 只设置镜像配置中的一个旧字段；工具会从 org.opencontainers.image.authors 标签读取作者信息。",
        }),
        fix: doc(Text {
            en: "Use LABEL org.opencontainers.image.authors=\"name <email>\".",
            zh: "改用 LABEL org.opencontainers.image.authors=\"姓名 <邮箱>\"。",
        }),
        bad: doc_str("FROM alpine\nMAINTAINER me@example.org\n"),
        good: doc_str("FROM alpine\nLABEL org.opencontainers.image.authors=\"me@example.org\"\n"),
        fixable: true,
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (ins, node) in cx.instructions() {
        if ins.is(Keyword::Maintainer) {
            let who = node.rest().to_string();
            out.report_fix(
                node.keyword.span,
                text!(
                    "MAINTAINER is deprecated; use a label for the image author",
                    "MAINTAINER 已被弃用，请用标签（LABEL）记录镜像作者"
                ),
                Some(text!(
                    "LABEL org.opencontainers.image.authors=\"{who}\"",
                    "LABEL org.opencontainers.image.authors=\"{who}\""
                )),
                crate::rules::shared::maintainer_to_label(node),
            );
        }
    }
}
