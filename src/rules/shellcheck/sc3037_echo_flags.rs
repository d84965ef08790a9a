//! SC3037 `echo-flags`: In POSIX sh, echo flags are undefined.

use super::sc2028_echo_escapes::flag;
use super::{report_bashism, sh_scripts};
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "SC3037",
        name: "echo-flags",
        severity: Severity::Warning,
        origin: Origin::Shellcheck,
        summary: doc(Text { en: "In POSIX sh, echo flags are undefined", zh: "POSIX sh 中没有定义 echo 的选项" }),
        why: doc(Text { en: "The RUN runs in /bin/sh, which on Debian and Ubuntu is dash and on Alpine is BusyBox ash. POSIX leaves echo's options undefined: dash's echo prints -e as text and always expands escapes, bash's echo expands them only with -e, so the same line writes different text.", zh: "RUN 默认在 /bin/sh 中运行，它在 Debian 和 Ubuntu 上是 dash，在 Alpine 上是 BusyBox ash。POSIX 没有定义 echo 的选项：dash 的 echo 会把 -e 原样输出，并且总会解释转义；bash 的 echo 只有加 -e 才解释转义。同一行在不同 shell 中写出的内容不同。" }),
        fix: doc(Text { en: "Use printf, whose format works the same in every shell.", zh: "改用 printf，它的格式在各种 shell 中都一样。" }),
        bad: doc_str("FROM debian:12\nRUN echo -e 'a\\tb' > /x.tsv\n"),
        good: doc_str("FROM debian:12\nRUN printf 'a\\tb\\n' > /x.tsv\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for script in sh_scripts(cx) {
        let f = &script.facts;
        for c in f.commands.iter().filter(|c| c.name == "echo") {
            if let Some(opt) = f.args(c).next().filter(|w| flag(&w.raw).is_some()) {
                let what = format!("echo {}", opt.raw);
                report_bashism(
                    out,
                    opt.span,
                    &what,
                    text!("use printf instead", "改用 printf"),
                );
            }
        }
    }
}
