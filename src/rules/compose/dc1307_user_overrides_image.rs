//! DC1307 `user-overrides-image`: `user:` replaces the USER the Dockerfile sets.

use super::{image, ComposeCtx};
use crate::dockerfile::model::Instr;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DC1307",
        name: "user-overrides-image",
        severity: Severity::Info,
        target: crate::diagnostic::Target::Compose,
        summary: doc(Text {
            en: "user: replaces the USER the Dockerfile sets",
            zh: "user: 替换了 Dockerfile 中设置的 USER",
        }),
        why: doc(Text {
            en: "The Dockerfile's USER is who the image was prepared for: its COPY --chown and chown commands give that user the files it writes. A different user: in the compose file runs the container as someone else, who may not be able to write those files (\"permission denied\"), or, as root, undoes the image's choice to drop privileges.",
            zh: "Dockerfile 中的 USER 是镜像预先准备好的运行用户：COPY --chown 和 chown 命令把它需要写入的文件交给了这个用户。compose 文件中不同的 user: 会让容器以另一个用户身份运行，这个用户可能无法写入这些文件（“permission denied”）；如果是 root，则推翻了镜像放弃特权的设计。",
        }),
        fix: doc(Text {
            en: "Remove user: to run as the image's USER, or change the Dockerfile's USER instead.",
            zh: "删掉 user:，以镜像的 USER 身份运行；或者直接修改 Dockerfile 中的 USER。",
        }),
        bad: doc_str("services:\n  web:\n    build:\n      context: .\n      dockerfile_inline: |\n        FROM python:3.12-slim\n        RUN useradd -r app\n        USER app\n    user: \"1000\"\n"),
        good: doc_str("services:\n  web:\n    build:\n      context: .\n      dockerfile_inline: |\n        FROM python:3.12-slim\n        RUN useradd -r app\n        USER app\n"),
        ..Code::BASE
    },
    check: Check::Compose(check),
};

fn check(cx: &ComposeCtx, out: &mut Out) {
    for (b, s, m, stage) in image::targets(cx) {
        let Some(node) = s.body.get("user") else {
            continue;
        };
        let Some(user) = node.as_str().filter(|u| !u.is_empty()) else {
            continue;
        };
        let Some((_, image_user)) = image::in_effect(m, stage, |k| match k {
            Instr::User(u) => Some(u.value.as_str()),
            _ => None,
        }) else {
            continue;
        };
        if image_user == user || image_user.split(':').next() == user.split(':').next() {
            continue;
        }
        let (service, path) = (&b.service, &b.path);
        out.report_at(
            s.loc(node.span),
            crate::text!(
                "service \"{service}\" runs as {user}, not as USER {image_user} of {path}",
                "服务 \"{service}\" 以 {user} 身份运行，而不是 {path} 中的 USER {image_user}"
            ),
            Some(crate::text!(
                "remove user: to run as {image_user}",
                "删掉 user:，以 {image_user} 身份运行"
            )),
        );
    }
}
