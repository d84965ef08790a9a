//! DL3022 `copy-from-previous-stage`: COPY --from should name a stage defined before it.

use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3022",
        name: "copy-from-previous-stage",
        severity: Severity::Warning,
        origin: Origin::Hadolint,
        summary: doc(Text { en: "COPY --from should name a stage defined before it", zh: "COPY --from 应引用之前定义的阶段" }),
        why: doc(Text { en: "A name that is no stage is pulled as an image, which is rarely what was meant.", zh: "不是阶段名的名字会被当作镜像去拉取，这通常不是本意。" }),
        fix: doc(Text { en: "Use the name of an earlier FROM … AS stage, or a full image reference with a tag.", zh: "使用之前 FROM … AS 定义的阶段名，或带标签的完整镜像名。" }),
        differs: doc_opt(Some(Text { en: "Names that are a likely typo of a stage are reported by DP1009 with a suggestion instead. Image references (with a tag, a registry or a path such as gloursdocker/docker) are legitimate sources and not flagged; hadolint flags them.", zh: "疑似阶段名拼写错误的情况改由 DP1009 报告并给出建议。镜像引用（带标签、仓库地址或路径，如 gloursdocker/docker）是合法的来源，不报告；hadolint 会报告。" })),
        bad: doc_str("FROM golang:1.26 AS build\nFROM alpine:3.22\nCOPY --from=assets /out /app\n"),
        good: doc_str("FROM golang:1.26 AS build\nFROM alpine:3.22\nCOPY --from=build /out /app\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    // Each stage name with the index of its first stage.
    let mut first_index: std::collections::BTreeMap<&str, usize> = Default::default();
    for s in &cx.model.stages {
        if let Some(n) = s.name.as_deref() {
            first_index.entry(n).or_insert(s.index);
        }
    }
    for (ins, _) in cx.instructions() {
        let (Instr::Copy(CopyCommand { from: Some(f), .. })
        | Instr::Add(CopyCommand { from: Some(f), .. })) = &ins.kind
        else {
            continue;
        };
        let v = f.value.to_lowercase();
        if v.is_empty() || v.contains(['/', ':', '@', '$']) || v.chars().all(|c| c.is_ascii_digit())
        {
            continue;
        }
        let cur = ins.stage.unwrap_or(0);
        let first = first_index.get(v.as_str()).copied();
        if first.is_some_and(|i| i < cur)
            || cx.model.stages.get(cur).and_then(|s| s.name.as_deref()) == Some(v.as_str())
        {
            continue;
        }
        if first.is_none()
            && crate::rules::shared::did_you_mean(&v, first_index.keys().copied()).is_some()
        {
            continue; // DP1009 reports the typo
        }
        let shown = &f.value;
        out.report(
            f.span,
            text!(
                "COPY --from=\"{shown}\" does not name a stage defined before it",
                "COPY --from=\"{shown}\" 引用的不是之前定义的阶段"
            ),
            None,
        );
    }
}
