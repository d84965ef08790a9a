//! DL3003 `use-workdir`: Use WORKDIR to switch to a directory.

use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3003",
        name: "use-workdir",
        severity: Severity::Warning,
        origin: Origin::Hadolint,
        summary: doc(Text {
            en: "Use WORKDIR to switch to a directory",
            zh: "应使用 WORKDIR 切换目录",
        }),
        why: doc(Text {
            en:
                "cd lasts only for one RUN; the next instruction starts in the old directory again.",
            zh: "cd 只在当前这个 RUN 中有效；下一条指令又回到原来的目录。",
        }),
        fix: doc(Text {
            en: "Use WORKDIR /path before the commands.",
            zh: "在命令之前使用 WORKDIR /路径。",
        }),
        differs: doc_opt(Some(Text { en: "cd inside exec-form RUN [\"sh\", \"-c\", \"cd …\"] and builtin cd are found; ONBUILD RUN triggers are checked too.", zh: "能识别 exec 形式的 RUN [\"sh\", \"-c\", \"cd …\"] 中的 cd 和 builtin cd；ONBUILD 中的 RUN 也会检查。" })),
        bad: doc_str("FROM alpine:3.22\nRUN cd /tmp && touch x\n"),
        good: doc_str("FROM alpine:3.22\nWORKDIR /tmp\nRUN touch x\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (_, c) in cx.run_commands() {
        let cd =
            c.name == "cd" || (c.name == "builtin" && c.args.first().is_some_and(|a| a == "cd"));
        if cd {
            out.report(
                c.name_span,
                text!("use WORKDIR instead of cd", "请用 WORKDIR 代替 cd"),
                None,
            );
        }
    }
}
