//! DC1305 `entrypoint-drops-cmd`: a compose `entrypoint` without `command` on an image whose
//! Dockerfile has a CMD, which Compose then drops.

use super::{image, ComposeCtx};
use crate::dockerfile::model::Instr;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DC1305",
        name: "entrypoint-drops-cmd",
        severity: Severity::Warning,
        target: crate::diagnostic::Target::Compose,
        summary: doc(Text {
            en: "entrypoint: also drops the image's CMD",
            zh: "设置 entrypoint: 会把镜像的 CMD 也一起丢弃",
        }),
        why: doc(Text {
            en: "When a service sets entrypoint, Compose ignores the image's default command (its CMD) as well, as docker run --entrypoint does: the container runs the new entrypoint with no arguments unless command gives them.",
            zh: "服务设置了 entrypoint 时，Compose 也会忽略镜像的默认命令（CMD），和 docker run --entrypoint 一样：除非用 command 提供参数，否则容器会不带任何参数地运行新的入口点。",
        }),
        fix: doc(Text {
            en: "Also write command with the arguments the CMD gave.",
            zh: "同时写上 command，给出原来 CMD 提供的参数。",
        }),
        bad: doc_str("services:\n  web:\n    build:\n      context: .\n      dockerfile_inline: |\n        FROM python:3.12-slim\n        CMD [\"python\", \"app.py\"]\n    entrypoint: [\"python\", \"-u\"]\n"),
        good: doc_str("services:\n  web:\n    build:\n      context: .\n      dockerfile_inline: |\n        FROM python:3.12-slim\n        CMD [\"python\", \"app.py\"]\n    entrypoint: [\"python\", \"-u\"]\n    command: [\"app.py\"]\n"),
        ..Code::BASE
    },
    check: Check::Compose(check),
};

fn check(cx: &ComposeCtx, out: &mut Out) {
    for (b, s, m, stage) in image::targets(cx) {
        let (Some((key, _)), None) = (s.body.entry("entrypoint"), s.body.get("command")) else {
            continue;
        };
        let Some((_, cmd)) = image::in_effect(m, stage, |k| match k {
            Instr::Cmd(c) => Some(c),
            _ => None,
        }) else {
            continue;
        };
        let words = image::words(cmd).join(" ");
        if words.is_empty() {
            continue;
        }
        let (service, path) = (&b.service, &b.path);
        out.report_at(
            s.loc(key.span),
            crate::text!(
                "entrypoint of service \"{service}\" also drops the CMD of {path} ({words}): the container gets no arguments",
                "服务 \"{service}\" 设置的 entrypoint 会把 {path} 的 CMD（{words}）也一起丢弃：容器不会得到任何参数"
            ),
            Some(crate::text!(
                "also write command: {words}",
                "同时写上 command: {words}"
            )),
        );
    }
}
