//! JSONArgsRecommended: CMD and ENTRYPOINT in shell form.

use crate::dockerfile::model::Instr;
use crate::dockerfile::syntax::Form;
use crate::dockerfile::Keyword;
use crate::rules::prelude::*;
use crate::text;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "JSONArgsRecommended",
        name: "json-args-recommended",
        severity: Severity::Warning,
        origin: Origin::Buildkit,
        summary: doc(Text {
            en: "Use the JSON (exec) form for CMD and ENTRYPOINT",
            zh: "CMD 和 ENTRYPOINT 应使用 JSON（exec）形式",
        }),
        why: doc(Text {
            en: "In shell form the program runs as a child of /bin/sh -c, which does not pass signals on: docker stop waits 10 s and then kills it.",
            zh: "shell 形式下程序作为 /bin/sh -c 的子进程运行，信号不会传给它：docker stop 会先等 10 秒再强制结束容器。",
        }),
        fix: doc(Text {
            en: "Write CMD [\"executable\", \"arg\"]; if you need a shell feature, use exec inside it: CMD [\"sh\", \"-c\", \"exec app $PORT\"].",
            zh: "写成 CMD [\"可执行文件\", \"参数\"]；如果需要 shell 功能，在其中用 exec：CMD [\"sh\", \"-c\", \"exec app $PORT\"]。",
        }),
        differs: doc_opt(Some(Text {
            en: "Like BuildKit, not reported in a stage (or a stage it builds on) that changed the shell with SHELL.",
            zh: "与 BuildKit 一致：如果本阶段（或它所基于的阶段）用 SHELL 改过默认 shell，则不报告。",
        })),
        bad: doc_str("FROM python:3.12-slim\nCMD python app.py\n"),
        good: doc_str("FROM python:3.12-slim\nCMD [\"python\", \"app.py\"]\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

/// Whether a SHELL instruction precedes instruction `upto` in `stage` or in a stage it builds on.
pub(crate) fn shell_changed(cx: &Ctx, stage: usize, upto: usize) -> bool {
    let mut s = Some(stage);
    let mut limit = upto;
    let mut guard = 0;
    while let Some(si) = s {
        let st = &cx.model.stages[si];
        if st
            .instructions
            .iter()
            .any(|&i| i < limit && cx.model.instructions[i].is(Keyword::Shell))
        {
            return true;
        }
        limit = usize::MAX;
        s = st.base_stage;
        guard += 1;
        if guard > cx.model.stages.len() {
            break;
        }
    }
    false
}

fn check(cx: &Ctx, out: &mut Out) {
    for (ins, node) in cx.instructions() {
        if !matches!(ins.keyword(), Some(Keyword::Cmd | Keyword::Entrypoint))
            || node.form != Form::Shell
        {
            continue;
        }
        let (Instr::Cmd(_) | Instr::Entrypoint(_) | Instr::Shell(_)) = &ins.kind else {
            continue;
        };
        if ins.stage.is_some_and(|s| shell_changed(cx, s, ins.node)) {
            continue;
        }
        let kw = ins.keyword_str();
        let words: Vec<String> = node
            .rest()
            .split_whitespace()
            .map(|w| format!("\"{}\"", w.replace('"', "\\\"")))
            .collect();
        let exec = words.join(", ");
        out.report(
            node.rest_span,
            text!(
                "JSON arguments recommended for {kw} to prevent unintended behavior related to OS signals",
                "{kw} 建议使用 JSON 数组形式，否则程序收不到系统信号（如 docker stop 发出的 SIGTERM）"
            ),
            Some(text!("for example: {kw} [{exec}]", "例如：{kw} [{exec}]")),
        );
    }
}
