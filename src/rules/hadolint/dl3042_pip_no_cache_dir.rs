//! DL3042 `pip-no-cache-dir`: Use pip install --no-cache-dir.

use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3042",
        name: "pip-no-cache-dir",
        severity: Severity::Warning,
        origin: Origin::Hadolint,
        summary: doc(Text { en: "Use pip install --no-cache-dir", zh: "pip install 应使用 --no-cache-dir" }),
        why: doc(Text { en: "pip keeps downloaded wheels in ~/.cache/pip, which stays in the layer.", zh: "pip 会把下载的 wheel 留在 ~/.cache/pip，它会留在镜像层中。" }),
        fix: doc(Text { en: "Add --no-cache-dir (or set ENV PIP_NO_CACHE_DIR=1).", zh: "加上 --no-cache-dir（或设置 ENV PIP_NO_CACHE_DIR=1）。" }),
        differs: doc_opt(Some(Text { en: "Not reported when PIP_NO_CACHE_DIR is set in the stage or the pip cache is a cache mount.", zh: "当本阶段设置了 PIP_NO_CACHE_DIR，或 pip 缓存位于缓存挂载中时，不报告。" })),
        bad: doc_str("FROM python:3.12-slim\nRUN pip install flask==3.1.0\n"),
        good: doc_str("FROM python:3.12-slim\nRUN pip install --no-cache-dir flask==3.1.0\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

/// Whether stage `s` (or a stage it builds on) sets `ENV PIP_NO_CACHE_DIR`.
fn sets_no_cache_env(cx: &Ctx, s: usize) -> bool {
    cx.model.stage_chain(s).into_iter().any(|st| {
        cx.stage_instructions(&cx.model.stages[st])
            .any(|(i, _)| match &i.kind {
                Instr::Env(kvs) => kvs.iter().any(|kv| kv.key.value == "PIP_NO_CACHE_DIR"),
                _ => false,
            })
    })
}

fn check(cx: &Ctx, out: &mut Out) {
    // Per stage, computed once and only when a stage has a pip install to judge.
    let mut env_off: Vec<Option<bool>> = vec![None; cx.model.stages.len()];
    for (ins, _) in cx.instructions() {
        let Instr::Run(RunCommand { mounts, .. }) = &ins.kind else {
            continue;
        };
        if mounts.iter().any(|m| {
            m.get("target")
                .is_some_and(|t| t.contains(".cache/pip") || t.contains(".cache"))
        }) {
            continue;
        }
        let Some(script) = cx.script(ins) else {
            continue;
        };
        for p in cx.packages(ins) {
            let c = &script.commands[p.command];
            if p.manager != Manager::Pip
                || !p.is(&["install"])
                || c.args.iter().any(|a| a == "--no-cache-dir")
            {
                continue;
            }
            let off = ins
                .stage
                .is_some_and(|s| *env_off[s].get_or_insert_with(|| sets_no_cache_env(cx, s)));
            if !off {
                out.report(
                    c.name_span,
                    text!(
                        "pip install without --no-cache-dir keeps its download cache in the image",
                        "pip install 没有 --no-cache-dir，下载缓存会留在镜像中"
                    ),
                    None,
                );
            }
        }
    }
}
