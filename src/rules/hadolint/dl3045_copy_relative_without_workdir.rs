//! DL3045 `copy-relative-without-workdir`: COPY to a relative destination without WORKDIR.

use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3045",
        name: "copy-relative-without-workdir",
        severity: Severity::Warning,
        origin: Origin::Hadolint,
        summary: doc(Text {
            en: "COPY to a relative destination without WORKDIR",
            zh: "没有设置 WORKDIR 时 COPY 到了相对路径",
        }),
        why: doc(Text {
            en: "A relative destination depends on the base image's working directory.",
            zh: "相对的目标路径取决于基础镜像的工作目录。",
        }),
        fix: doc(Text {
            en: "Set WORKDIR first or use an absolute destination.",
            zh: "先设置 WORKDIR，或使用绝对路径。",
        }),
        bad: doc_str("FROM python:3.12-slim\nCOPY app.py .\n"),
        good: doc_str("FROM python:3.12-slim\nWORKDIR /app\nCOPY app.py .\n"),
        scope: Scope::Stage,
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    let m = cx.model;
    let mut has_workdir = vec![false; m.stages.len()];
    for (ins, _) in cx.instructions() {
        let Some(s) = ins.stage else { continue };
        match &ins.kind {
            Instr::From(_) => {
                has_workdir[s] = m.stages[s].base_stage.is_some_and(|b| has_workdir[b])
            }
            _ if ins.is(Keyword::Workdir) => has_workdir[s] = true,
            Instr::Copy(CopyCommand { dest: Some(d), .. })
                if !has_workdir[s] && !crate::rules::shared::is_absolute_path(&d.value) =>
            {
                let dv = &d.value;
                out.report(
                    d.span,
                    text!(
                        "COPY to relative \"{dv}\" but no WORKDIR is set",
                        "没有设置 WORKDIR，却 COPY 到了相对路径 \"{dv}\""
                    ),
                    None,
                );
            }
            _ => {}
        }
    }
}
