//! DP1009: `COPY --from=` names no stage, probably a typo.

use crate::diagnostic::Severity;
use crate::dockerfile::model::{CopyCommand, Instr};
use crate::rules::prelude::*;
use crate::text;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DP1009",
        name: "copy-from-unknown-stage",
        severity: Severity::Warning,
        origin: Origin::Dockplay,
        summary: doc(Text {
            en: "COPY --from names no stage of this Dockerfile, so Docker pulls an image of that name",
            zh: "COPY --from 指定的名字不是本 Dockerfile 中的任何阶段，Docker 会去拉取同名镜像",
        }),
        why: doc(Text {
            en: "When the name after --from matches no stage, Docker treats it as an image reference: a typo like --from=biuld makes the build try to pull an image called \"biuld\" from Docker Hub and fail.",
            zh: "--from 后面的名字如果不是任何阶段，Docker 会把它当作镜像名：像 --from=biuld 这样的拼写错误会让构建去 Docker Hub 拉取名为 \"biuld\" 的镜像，然后失败。",
        }),
        fix: doc(Text { en: "Use the exact stage name (FROM … AS name) or a full image reference.", zh: "使用准确的阶段名（FROM … AS 名字）或完整的镜像名。" }),
        bad: doc_str("FROM golang:1.23 AS build\nRUN go version\nFROM alpine:3.20\nCOPY --from=biuld /go/bin /usr/local/bin\n"),
        good: doc_str("FROM golang:1.23 AS build\nRUN go version\nFROM alpine:3.20\nCOPY --from=build /go/bin /usr/local/bin\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    let names: std::collections::BTreeSet<&str> = cx
        .model
        .stages
        .iter()
        .filter_map(|s| s.name.as_deref())
        .collect();
    if names.is_empty() {
        return;
    }
    for (ins, _) in cx.instructions() {
        let (Instr::Copy(CopyCommand { from: Some(f), .. })
        | Instr::Add(CopyCommand { from: Some(f), .. })) = &ins.kind
        else {
            continue;
        };
        let v = f.value.to_lowercase();
        if v.is_empty()
            || names.contains(&v.as_str())
            || v.chars().all(|c| c.is_ascii_digit())
            || v.contains(['/', ':', '@', '$'])
        {
            continue;
        }
        let Some(near) = crate::rules::shared::did_you_mean(&v, names.iter().copied()) else {
            continue;
        };
        let shown = &f.value;
        out.report(
            f.span,
            text!(
                "no stage is named \"{shown}\", so Docker will pull an image \"{shown}\" (did you mean \"{near}\"?)",
                "没有名为 \"{shown}\" 的阶段，Docker 会去拉取名为 \"{shown}\" 的镜像（是不是想写 \"{near}\"？）"
            ),
            Some(text!("write --from={near}", "改写为 --from={near}")),
        );
    }
}
