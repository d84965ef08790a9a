//! WorkdirRelativePath: a relative WORKDIR before any absolute one.

use crate::dockerfile::model::{FromCommand, Instr};
use crate::dockerfile::Keyword;
use crate::rules::prelude::*;
use crate::text;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "WorkdirRelativePath",
        name: "workdir-relative-path",
        severity: Severity::Warning,
        origin: Origin::Buildkit,
        summary: doc(Text {
            en: "A relative WORKDIR depends on the base image's working directory",
            zh: "相对路径的 WORKDIR 取决于基础镜像的工作目录",
        }),
        why: doc(Text {
            en: "WORKDIR app means <the base image's WORKDIR>/app; if the base image changes its WORKDIR, your files move with it.",
            zh: "WORKDIR app 表示 <基础镜像的 WORKDIR>/app；基础镜像一旦改变工作目录，你的文件位置也跟着变。",
        }),
        fix: doc(Text {
            en: "Use an absolute path, or set an absolute WORKDIR first.",
            zh: "使用绝对路径，或先设置一个绝对路径的 WORKDIR。",
        }),
        bad: doc_str("FROM python:3.12-slim\nWORKDIR app\n"),
        good: doc_str("FROM python:3.12-slim\nWORKDIR /app\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    let mut absolute_in_stage: Vec<bool> = vec![false; cx.model.stages.len()];
    for (ins, _) in cx.instructions() {
        let Some(stage) = ins.stage else { continue };
        if let Instr::From(FromCommand { .. }) = ins.kind {
            absolute_in_stage[stage] = cx.model.stages[stage]
                .base_stage
                .is_some_and(|b| absolute_in_stage[b]);
            continue;
        }
        let (Instr::User(v) | Instr::Workdir(v) | Instr::Stopsignal(v) | Instr::Maintainer(v)) =
            &ins.kind
        else {
            continue;
        };
        if !ins.is(Keyword::Workdir) {
            continue;
        }
        if crate::rules::shared::is_absolute_path(&v.value) {
            absolute_in_stage[stage] = true;
        } else if !absolute_in_stage[stage] {
            let p = &v.value;
            let abs = format!("/{}", p.trim_start_matches("./"));
            out.report(
                v.span,
                text!(
                    "relative workdir \"{p}\" can have unexpected results if the base image changes",
                    "相对路径的工作目录 \"{p}\" 依赖基础镜像，基础镜像变化时结果可能出乎意料"
                ),
                Some(text!("use an absolute path, e.g. WORKDIR {abs}", "请使用绝对路径，例如 WORKDIR {abs}")),
            );
        }
    }
}
