//! DP1007: the final image runs as root.

use crate::diagnostic::Severity;
use crate::dockerfile::model::Instr;
use crate::rules::prelude::*;
use crate::text;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DP1007",
        name: "runs-as-root",
        severity: Severity::Warning,
        origin: Origin::Dockplay,
        summary: doc(Text {
            en: "The final stage sets no USER, so the container runs as root",
            zh: "最终阶段没有设置 USER，容器会以 root 用户身份运行",
        }),
        why: doc(Text {
            en: "Without USER, processes run as root (UID 0). If the app is compromised, the attacker is root inside the container, which makes escaping to the host and tampering with mounted volumes far easier.",
            zh: "没有 USER 时进程以 root（UID 0）运行。一旦应用被攻破，攻击者在容器内就是 root，更容易逃逸到宿主机或篡改挂载的数据卷。",
        }),
        fix: doc(Text {
            en: "Create an unprivileged user and switch to it before CMD: RUN useradd -r -u 10001 app, then USER app (or a numeric USER 10001).",
            zh: "创建一个普通用户并在 CMD 之前切换过去：RUN useradd -r -u 10001 app，然后 USER app（或用数字 USER 10001）。",
        }),
        differs: doc_opt(Some(Text {
            en: "hadolint's DL3002 only fires on an explicit USER root; this rule also fires when no USER is set at all (like Trivy DS-0002). Base images known to default to a non-root user (distroless :nonroot) are accepted.",
            zh: "hadolint 的 DL3002 只在显式写了 USER root 时报告；本规则在完全没有设置 USER 时也会报告（与 Trivy DS-0002 相同）。已知默认使用非 root 用户的基础镜像（distroless 的 :nonroot）不报告。",
        })),
        bad: doc_str("FROM python:3.12-slim\nCOPY app.py /app/\nCMD [\"python\", \"/app/app.py\"]\n"),
        good: doc_str("FROM python:3.12-slim\nRUN useradd -r -u 10001 app\nCOPY app.py /app/\nUSER app\nCMD [\"python\", \"/app/app.py\"]\n"),
        scope: Scope::Stage,
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    let m = cx.model;
    let Some(last) = m.stages.last() else { return };
    let mut user: Option<(String, crate::text::Span)> = None;
    for s in m.stage_chain(last.index).into_iter().rev() {
        for (ins, _) in cx.stage_instructions(&m.stages[s]) {
            if let Instr::User(v) = &ins.kind {
                user = Some((v.value.clone(), v.span));
            }
        }
    }
    let image = super::root_image(m, last.index);
    if image.contains("nonroot") {
        return;
    }
    // An explicit USER root is hadolint's DL3002; this rule is about no USER at all.
    if user.is_none() {
        {
            let from = &m.parsed.nodes[last.from];
            out.report(
                from.keyword.span,
                text!(
                    "the final stage (FROM {image}) never sets USER, so the container runs as root",
                    "最终阶段（FROM {image}）没有设置 USER，容器会以 root 用户身份运行"
                ),
                Some(text!(
                    "add a user and switch to it before CMD: RUN useradd -r -u 10001 app, then USER app",
                    "在 CMD 之前添加用户并切换：RUN useradd -r -u 10001 app，然后 USER app"
                )),
            );
        }
    }
}
