//! DL3002 `last-user-root`: The last USER should not be root.

use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3002",
        name: "last-user-root",
        severity: Severity::Warning,
        origin: Origin::Hadolint,
        summary: doc(Text { en: "The last USER should not be root", zh: "最后一个 USER 不应是 root" }),
        why: doc(Text { en: "Switching to root at the end means the container's main process runs with full privileges.", zh: "最后切换到 root，意味着容器的主进程拥有全部权限。" }),
        fix: doc(Text { en: "End with USER set to an unprivileged user.", zh: "最后用 USER 切换到普通用户。" }),
        differs: doc_opt(Some(Text { en: "Only the final stage's last USER decides who the container runs as (hadolint reports every stage); USER $NAME is judged on the ARG's value and USER \"root\" after quote removal; a fragment without FROM counts as one stage.", zh: "只有最终阶段的最后一个 USER 决定容器以谁的身份运行（hadolint 会报告每个阶段）；USER $NAME 按 ARG 的值判断，USER \"root\" 去掉引号后判断；没有 FROM 的片段算作一个阶段。" })),
        bad: doc_str("FROM alpine:3.22\nUSER root\n"),
        good: doc_str("FROM alpine:3.22\nUSER nobody\n"),
        scope: Scope::Stage,
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    let m = cx.model;
    let Some(last) = m.stages.last() else { return };
    let mut user = None;
    for s in m.stage_chain(last.index).into_iter().rev() {
        for (ins, _) in cx.stage_instructions(&m.stages[s]) {
            if let Instr::User(v) = &ins.kind {
                user = Some(v);
            }
        }
    }
    if let Some(v) = user {
        let name = v.value.split(':').next().unwrap_or("");
        if name == "root" || name == "0" {
            let u = &v.value;
            out.report(
                v.span,
                text!(
                    "the last USER is \"{u}\": the container runs as root",
                    "最后一个 USER 是 \"{u}\"：容器会以 root 用户身份运行"
                ),
                Some(text!(
                    "switch to an unprivileged user at the end",
                    "在最后切换到普通用户"
                )),
            );
        }
    }
}
