//! SC2164 `cd-unchecked`: Use 'cd ... || exit' in case cd fails.

use super::{scripts, short};
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "SC2164",
        name: "cd-unchecked",
        severity: Severity::Warning,
        origin: Origin::Shellcheck,
        summary: doc(Text { en: "Use 'cd ... || exit' in case cd fails", zh: "使用 cd ... || exit，以防 cd 失败" }),
        why: doc(Text { en: "When cd fails (a typo, a directory not created yet) the next commands run in the wrong directory: rm -rf or make install there does damage or builds the wrong thing.", zh: "cd 失败时（拼写错误、目录尚未创建），后面的命令会在错误的目录中运行：在那里执行 rm -rf 或 make install 会造成破坏或构建错误的内容。" }),
        fix: doc(Text { en: "Chain with cd dir && …, add || exit, start the RUN with set -e, or better use WORKDIR.", zh: "用 cd dir && … 连接后续命令、加上 || exit、在 RUN 开头写 set -e，或者最好改用 WORKDIR。" }),
        bad: doc_str("FROM debian:12\nRUN cd /usr/src/app; make install\n"),
        good: doc_str("FROM debian:12\nRUN cd /usr/src/app && make install\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (_, script, _) in scripts(cx) {
        let f = &script.facts;
        for c in f.commands.iter().filter(|c| c.name == "cd") {
            if c.guarded || c.errexit {
                continue;
            }
            let dir = f
                .args(c)
                .next()
                .map(|w| short(&w.raw))
                .unwrap_or_else(|| "~".into());
            out.report(
                c.span,
                text!(
                    "if cd {dir} fails, the commands after it run in the wrong directory",
                    "如果 cd {dir} 失败，后面的命令会在错误的目录中运行"
                ),
                Some(text!(
                    "write cd {dir} && …, or cd {dir} || exit",
                    "写成 cd {dir} && …，或 cd {dir} || exit"
                )),
            );
        }
    }
}
