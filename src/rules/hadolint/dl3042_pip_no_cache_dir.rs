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
        differs: doc_opt(Some(Text { en: "Not reported when PIP_NO_CACHE_DIR is set for the command (in the stage's ENV, exported earlier in the RUN, or before pip on its line), with any value (pip turns the cache off for off and false too), nor when the pip cache is a cache mount; pipx has no such option and is not checked.", zh: "当为该命令设置了 PIP_NO_CACHE_DIR（在阶段的 ENV 中、在 RUN 中先 export，或写在 pip 前面）时不报告，取值不限（pip 对 off 和 false 也会关闭缓存）；pip 缓存位于缓存挂载中时也不报告；pipx 没有这个选项，不检查。" })),
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
        // pip keeps its cache in ~/.cache/pip: a mount there (or on ~/.cache) covers it; one on
        // another tool's cache (~/.cache/go-build) does not.
        if mounts.iter().any(|m| {
            m.get("target").is_some_and(|t| {
                let t = t.trim_end_matches('/');
                t.ends_with("/.cache") || t.ends_with("/.cache/pip") || t.contains("/.cache/pip/")
            })
        }) {
            continue;
        }
        let Some(script) = cx.script(ins) else {
            continue;
        };
        let mut pip_env: Option<PipEnv> = None;
        for p in cx.packages(ins) {
            let c = &script.commands[p.command];
            if p.manager != Manager::Pip
                || c.name == "pipx"
                || !p.is(&["install"])
                || c.args.iter().any(|a| a == "--no-cache-dir")
                || pip_env.get_or_insert_with(|| PipEnv::of(script)).covers(c)
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

/// Where PIP_NO_CACHE_DIR is set in a RUN: the facts' commands it prefixes
/// (`PIP_NO_CACHE_DIR=1 pip install …`) and the first place it is exported or assigned.
struct PipEnv {
    prefixed: std::collections::HashSet<usize>,
    first_set: Option<usize>,
}

impl PipEnv {
    fn of(script: &crate::dockerfile::run_script::Script) -> PipEnv {
        let f = &script.facts;
        let prefixed = f
            .words
            .iter()
            .filter(|w| w.raw.starts_with("PIP_NO_CACHE_DIR="))
            .filter_map(|w| w.command)
            .filter_map(|c| f.commands.get(c).map(|c| c.span.start))
            .collect();
        let first_set = f
            .assigns
            .iter()
            .filter(|a| a.name == "PIP_NO_CACHE_DIR")
            .map(|a| a.span.start)
            .min();
        PipEnv {
            prefixed,
            first_set,
        }
    }

    /// Whether it is set for the command starting at `c`.
    fn covers(&self, c: &ShellCommand) -> bool {
        self.prefixed.contains(&c.name_span.start)
            || self.first_set.is_some_and(|s| s < c.name_span.start)
    }
}
