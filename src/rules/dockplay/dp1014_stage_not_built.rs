//! DP1014: a stage the final stage does not need, which `docker build` skips.

use crate::diagnostic::Severity;
use crate::dockerfile::model::{copied_from, FromCommand, Instr};
use crate::rules::prelude::*;
use crate::text;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DP1014",
        name: "stage-not-built",
        severity: Severity::Info,
        origin: Origin::Dockplay,
        summary: doc(Text {
            en: "A stage the final stage does not need is not built",
            zh: "最终阶段用不到的阶段不会被构建",
        }),
        why: doc(Text {
            en: "BuildKit builds only the stages the target needs: the target itself, the stages it starts FROM, and the stages it copies or mounts files from, in turn. A plain docker build skips every other stage, so the tests or checks such a stage runs never run (the legacy builder built every stage; BuildKit does not).",
            zh: "BuildKit 只构建目标阶段需要的阶段：目标阶段本身、它通过 FROM 基于的阶段、它复制或挂载文件的来源阶段，以及这些阶段各自依赖的阶段，依此类推。普通的 docker build 会跳过其余所有阶段，这些阶段里的测试或检查永远不会执行（旧版构建器会构建每个阶段，BuildKit 则不会）。",
        }),
        fix: doc(Text {
            en: "Build the stage on purpose (docker build --target NAME), make the final stage depend on it (COPY --from=NAME something it makes), or remove it.",
            zh: "显式构建该阶段（docker build --target 阶段名），或让最终阶段依赖它（用 COPY --from=阶段名 复制它生成的文件），或者删除它。",
        }),
        differs: doc_opt(Some(Text {
            en: "Judged for docker build without --target, which builds the last stage. When a FROM, COPY --from or RUN --mount from= names a stage through a variable that stays unknown, the rule says nothing.",
            zh: "本规则按不带 --target 的 docker build（即构建最后一个阶段）判断。如果 FROM、COPY --from 或 RUN --mount 的 from= 通过无法确定的变量指定阶段，本规则不报告。",
        })),
        bad: doc_str("FROM python:3.13-slim AS test\nRUN python -m pytest\n\nFROM python:3.13-slim\nCMD [\"python\", \"app.py\"]\n"),
        good: doc_str("FROM python:3.13-slim AS test\nRUN python -m pytest && touch /passed\n\nFROM python:3.13-slim\nCOPY --from=test /passed /tmp/tests-passed\nCMD [\"python\", \"app.py\"]\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    let stages = &cx.model.stages;
    if stages.len() < 2 || unknown_references(cx) {
        return;
    }
    let last = stages.len() - 1;
    let needed = cx.model.needed_stages(last);
    let label = |i: usize| match &stages[i].name {
        Some(n) => format!("\"{n}\""),
        None => i.to_string(),
    };
    let (final_en, final_zh) = match &stages[last].name {
        Some(n) => (
            format!("the final stage \"{n}\""),
            format!("最终阶段 \"{n}\" "),
        ),
        None => (
            format!("the final stage (stage {last})"),
            format!("最终阶段（阶段 {last}）"),
        ),
    };
    for (i, stage) in stages.iter().enumerate().filter(|(i, _)| !needed[*i]) {
        let name = label(i);
        let Instr::From(from) = &cx.model.instructions[stage.from].kind else {
            continue;
        };
        let keyword = cx.model.parsed.nodes[stage.from].keyword.span;
        let span = from.alias.as_ref().map_or(keyword, |a| a.span);
        let help = match &stage.name {
            Some(n) => text!(
                "build it with docker build --target {n}, or copy what the final stage needs from it (COPY --from={n} …)",
                "用 docker build --target {n} 构建它，或在最终阶段用 COPY --from={n} … 复制需要的文件"
            ),
            None => text!(
                "name it (FROM … AS name) to build it with --target, or remove it",
                "给它命名（FROM … AS 阶段名），以便用 --target 构建，或者删除它"
            ),
        };
        out.report(
            span,
            text!(
                "stage {name} is not built by docker build: {final_en} neither starts from it nor copies from it",
                "docker build 不会构建阶段 {name}：{final_zh}既不基于它，也不从它复制文件"
            ),
            Some(help),
        );
    }
}

/// Whether a stage reference is left to a variable, so which stages a build needs depends on
/// its build arguments or platform (`FROM binaries-$TARGETOS`, `COPY --from=$BUILDER`).
fn unknown_references(cx: &Ctx) -> bool {
    cx.model.instructions.iter().any(|ins| match &ins.kind {
        Instr::From(FromCommand {
            image, expanded, ..
        }) => {
            expanded.contains('$')
                || (image.value.contains('$') && cx.model.stage_ref(expanded).is_some())
        }
        _ => copied_from(ins).iter().any(|v| v.contains('$')),
    })
}
