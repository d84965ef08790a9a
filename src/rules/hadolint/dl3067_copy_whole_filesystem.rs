//! DL3067 `copy-whole-filesystem`: Do not copy an entire filesystem from another stage.

use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3067",
        name: "copy-whole-filesystem",
        severity: Severity::Warning,
        origin: Origin::Hadolint,
        summary: doc(Text { en: "Do not copy an entire filesystem from another stage", zh: "不要从其他阶段复制整个文件系统" }),
        why: doc(Text { en: "COPY --from=stage / / drags every file of that stage, build tools included, into this one.", zh: "COPY --from=阶段 / / 会把那个阶段的所有文件（包括构建工具）都带进来。" }),
        fix: doc(Text { en: "Copy only the build output you need.", zh: "只复制需要的构建产物。" }),
        differs: doc_opt(Some(Text { en: "A stage that starts FROM scratch holds only what was copied into it on purpose (an artifact stage), so copying its / is not reported; hadolint reports it when it cannot resolve the stage.", zh: "从 FROM scratch 开始的阶段只包含特意复制进去的文件（产物阶段），复制它的 / 不会被报告；hadolint 在无法解析该阶段时仍会报告。" })),
        bad: doc_str("FROM golang:1.26 AS build\nFROM alpine:3.22\nCOPY --from=build / /\n"),
        good: doc_str("FROM golang:1.26 AS build\nFROM alpine:3.22\nCOPY --from=build /go/bin/app /usr/local/bin/app\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (ins, _) in cx.instructions() {
        let (Instr::Copy(CopyCommand {
            from: Some(f),
            sources,
            ..
        })
        | Instr::Add(CopyCommand {
            from: Some(f),
            sources,
            ..
        })) = &ins.kind
        else {
            continue;
        };
        // An artifact stage (rooted at scratch) holds only what was put there on purpose.
        let artifact = cx.model.stage_ref(&f.value).is_some_and(|st| {
            cx.model
                .stage_chain(st)
                .last()
                .is_some_and(|&root| cx.model.stages[root].base.eq_ignore_ascii_case("scratch"))
        });
        if artifact {
            continue;
        }
        if let Some(s) = sources
            .iter()
            .find(|s| s.value == "/" || s.value == "/." || s.value == "/*")
        {
            let shown = &f.value;
            out.report(
                s.span,
                text!(
                    "this copies the entire filesystem of \"{shown}\"",
                    "这会复制 \"{shown}\" 的整个文件系统"
                ),
                None,
            );
        }
    }
}
