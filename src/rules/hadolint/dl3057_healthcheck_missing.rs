//! DL3057 `healthcheck-missing`: The final image has no HEALTHCHECK (off by default).

use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3057",
        name: "healthcheck-missing",
        severity: Severity::Info,
        origin: Origin::Hadolint,
        summary: doc(Text { en: "The final image has no HEALTHCHECK (off by default)", zh: "最终镜像没有 HEALTHCHECK（默认关闭）" }),
        why: doc(Text { en: "Without a health check, Docker and Compose only know whether the process runs, not whether it answers; depends_on: condition: service_healthy needs one.", zh: "没有健康检查时，Docker 和 Compose 只知道进程是否在运行，不知道它能否正常响应；depends_on 的 condition: service_healthy 也依赖它。" }),
        fix: doc(Text { en: "Add HEALTHCHECK CMD with a command that probes the service, or enable the check only where it matters (override: info: [DL3057]).", zh: "加上探测服务的 HEALTHCHECK CMD；本规则默认关闭，需要时用 override: info: [DL3057] 开启。" }),
        differs: doc_opt(Some(Text { en: "hadolint reports every stage that no other stage builds on, builder stages included; dockplay reports the final stage, counting a HEALTHCHECK it inherits through FROM <stage>.", zh: "hadolint 会报告所有没有被其他阶段作为基础的阶段，包括构建阶段；dockplay 只报告最终阶段，并把通过 FROM <阶段> 继承的 HEALTHCHECK 算在内。" })),
        bad: doc_str("FROM nginx:1.27\nCOPY site/ /usr/share/nginx/html/\n"),
        good: doc_str("FROM nginx:1.27\nCOPY site/ /usr/share/nginx/html/\nHEALTHCHECK CMD curl -fsS http://localhost/ || exit 1\n"),
        enabled_by_default: false,
        scope: Scope::Stage,
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    let Some(last) = cx.model.stages.last() else {
        return;
    };
    let has = cx.model.stage_chain(last.index).into_iter().any(|s| {
        cx.stage_instructions(&cx.model.stages[s])
            .any(|(i, _)| i.is(Keyword::Healthcheck))
    });
    if !has {
        let from = cx.node(&cx.model.instructions[last.from]);
        out.report(
            from.keyword.span,
            text!(
                "the final stage (FROM {}) has no HEALTHCHECK",
                "最终阶段（FROM {}）没有 HEALTHCHECK",
                last.base
            ),
            None,
        );
    }
}
