//! DL1001 `inline-ignore-pragma`: An inline `# hadolint ignore=` pragma (off by default).

use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL1001",
        name: "inline-ignore-pragma",
        severity: Severity::Info,
        origin: Origin::Hadolint,
        summary: doc(Text { en: "An inline `# hadolint ignore=` pragma (off by default)", zh: "使用了行内 `# hadolint ignore=` 注释（默认关闭）" }),
        why: doc(Text { en: "Teams that keep exceptions in one reviewed configuration file want no exceptions scattered through Dockerfiles.", zh: "有些团队把所有例外集中在一个经过评审的配置文件中，不希望例外分散在各个 Dockerfile 里。" }),
        fix: doc(Text { en: "Move the exception to .hadolint.yaml (ignored:) or fix the finding; enable the rule with override: info: [DL1001].", zh: "把例外移到 .hadolint.yaml 的 ignored: 中，或者修正问题本身；用 override: info: [DL1001] 开启本规则。" }),
        differs: doc_opt(Some(Text { en: "hadolint's '# hadolint stage ignore=' is honoured for the rest of the stage (hadolint 2.15.1 does not read it); a comment inside an instruction's continuation lines is no pragma and is not reported.", zh: "“# hadolint stage ignore=” 对本阶段余下的指令生效（hadolint 2.15.1 不读取它）；写在指令续行中间的注释不是 pragma，不会报告。" })),
        bad: doc_str("FROM alpine:3.22\n# hadolint ignore=DL3018\nRUN apk add --no-cache curl\n"),
        good: doc_str("FROM alpine:3.22\nRUN apk add --no-cache curl=8.14.1-r2\n"),
        enabled_by_default: false,
        scope: Scope::Stage,
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for c in &cx.model.parsed.comments {
        // A comment inside an instruction's continuation lines is no pragma.
        let inside = cx
            .model
            .parsed
            .nodes
            .iter()
            .any(|n| n.span.start < c.span.start && c.span.end < n.span.end);
        if inside {
            continue;
        }
        if let Some(("next", ids)) = crate::rules::suppress::hadolint_pragma(&c.text) {
            let list = ids.join(",");
            out.report(
                c.span,
                text!(
                    "inline pragma ignores {list}; keep exceptions in the configuration file",
                    "行内注释忽略了 {list}；请把例外放在配置文件中"
                ),
                None,
            );
        }
    }
}
