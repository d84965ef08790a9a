//! MultipleInstructionsDisallowed: several CMD, ENTRYPOINT or HEALTHCHECK in one stage.

use crate::dockerfile::Keyword;
use crate::rules::prelude::*;
use crate::text;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "MultipleInstructionsDisallowed",
        name: "multiple-instructions-disallowed",
        severity: Severity::Warning,
        origin: Origin::Buildkit,
        summary: doc(Text {
            en: "Only the last CMD, ENTRYPOINT or HEALTHCHECK of a stage takes effect",
            zh: "同一阶段中只有最后一个 CMD、ENTRYPOINT 或 HEALTHCHECK 生效",
        }),
        why: doc(Text {
            en: "Each one replaces the previous; the earlier ones are dead code that readers take for real.",
            zh: "后一个会覆盖前一个；前面的写了也没用，却容易被读者当真。",
        }),
        fix: doc(Text {
            en: "Keep one. To run several processes, start one script or a process manager.",
            zh: "只保留一个。需要运行多个进程时，启动一个脚本或进程管理器。",
        }),
        bad: doc_str("FROM python:3.12-slim\nCMD [\"python\", \"manage.py\", \"migrate\"]\nCMD [\"python\", \"manage.py\", \"runserver\"]\n"),
        good: doc_str("FROM python:3.12-slim\nCMD [\"python\", \"manage.py\", \"runserver\"]\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for stage in &cx.model.stages {
        for kw in [Keyword::Cmd, Keyword::Entrypoint, Keyword::Healthcheck] {
            let all: Vec<_> = cx
                .stage_instructions(stage)
                .filter(|(i, _)| i.is(kw))
                .collect();
            let Some((_, last)) = all.last() else {
                continue;
            };
            let last_line = last.start_line;
            for (_, node) in &all[..all.len() - 1] {
                out.report(
                    node.keyword.span,
                    text!(
                        "multiple {kw} instructions should not be used in the same stage because only the last one (line {last_line}) will be used",
                        "同一阶段中不应有多个 {kw}，只有最后一个（第 {last_line} 行）会生效"
                    ),
                    None,
                );
            }
        }
    }
}
