//! DP1012: a relative WORKDIR builds on the previous one.

use crate::diagnostic::Severity;
use crate::dockerfile::model::Instr;
use crate::rules::prelude::*;
use crate::text;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DP1012",
        name: "relative-workdir-chain",
        severity: Severity::Info,
        origin: Origin::Dockplay,
        summary: doc(Text {
            en: "A relative WORKDIR is joined to the previous WORKDIR",
            zh: "相对路径的 WORKDIR 会拼接在上一个 WORKDIR 之后",
        }),
        why: doc(Text {
            en: "WORKDIR works like cd: WORKDIR /app then WORKDIR src gives /app/src, not /src. Files copied to an absolute path elsewhere will not be in the working directory.",
            zh: "WORKDIR 的效果类似 cd：先 WORKDIR /app 再 WORKDIR src，得到的是 /app/src 而不是 /src。复制到其他绝对路径的文件不会出现在工作目录中。",
        }),
        fix: doc(Text { en: "Write the full absolute path so the result is obvious.", zh: "直接写完整的绝对路径，让结果一目了然。" }),
        bad: doc_str("FROM python:3.12-slim\nWORKDIR /srv\nWORKDIR app\n"),
        good: doc_str("FROM python:3.12-slim\nWORKDIR /srv/app\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    let m = cx.model;
    let mut cwd: Vec<Option<String>> = vec![None; m.stages.len()];
    for (ins, _) in cx.instructions() {
        let Some(stage) = ins.stage else { continue };
        if let Instr::From(_) = ins.kind {
            cwd[stage] = m.stages[stage].base_stage.and_then(|b| cwd[b].clone());
            continue;
        }
        let Instr::Workdir(v) = &ins.kind else {
            continue;
        };
        let p = v.value.clone();
        if p.starts_with('/') || p.starts_with('$') {
            cwd[stage] = Some(p);
            continue;
        }
        match &cwd[stage] {
            Some(prev) => {
                let joined = crate::dockerignore::clean_path(&format!(
                    "{}/{}",
                    prev.trim_end_matches('/'),
                    p
                ));
                out.report(
                    v.span,
                    text!(
                        "WORKDIR \"{p}\" is relative to the previous WORKDIR \"{prev}\": the working directory becomes \"{joined}\"",
                        "WORKDIR \"{p}\" 相对于上一个 WORKDIR \"{prev}\"：工作目录将变成 \"{joined}\""
                    ),
                    Some(text!("write WORKDIR {joined}", "直接写 WORKDIR {joined}")),
                );
                cwd[stage] = Some(joined);
            }
            None => cwd[stage] = None,
        }
    }
}
