//! SC2038 `find-xargs`: Use 'find .. -print0 | xargs -0 ..' or 'find .. -exec .. +'.

use super::scripts;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "SC2038",
        name: "find-xargs",
        severity: Severity::Warning,
        origin: Origin::Shellcheck,
        summary: doc(Text { en: "Use 'find .. -print0 | xargs -0 ..' or 'find .. -exec .. +'", zh: "使用 find .. -print0 | xargs -0 .. 或 find .. -exec .. +" }),
        why: doc(Text { en: "xargs splits its input at blanks and treats quotes specially: a file name with a space or a quote breaks the command or names the wrong file.", zh: "xargs 按空白拆分输入，还会特殊处理引号：含空格或引号的文件名会让命令出错，或指向错误的文件。" }),
        fix: doc(Text { en: "Use find … -print0 | xargs -0 …, or find … -exec … +.", zh: "使用 find … -print0 | xargs -0 …，或 find … -exec … +。" }),
        bad: doc_str("FROM debian:12\nRUN find /usr/local -name '*.pyc' | xargs rm -f\n"),
        good: doc_str("FROM debian:12\nRUN find /usr/local -name '*.pyc' -exec rm -f {} +\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (_, script, _) in scripts(cx) {
        let f = &script.facts;
        for c in f.commands.iter().filter(|c| c.name == "find") {
            let Some(next) = c.pipe_to.map(|n| &f.commands[n]) else {
                continue;
            };
            if next.name != "xargs" {
                continue;
            }
            let null_find = f.args(c).any(|w| w.raw == "-print0" || w.raw == "-printf");
            let null_xargs = f.args(next).any(|w| {
                let a = w.raw.as_str();
                a == "-0"
                    || a == "--null"
                    || a.starts_with("-d")
                    || a.starts_with("--delimiter")
                    || (a.starts_with('-') && !a.starts_with("--") && a.contains('0'))
            });
            if null_find || null_xargs {
                continue;
            }
            out.report(
                c.span,
                text!(
                    "find | xargs splits file names at blanks and quotes",
                    "find | xargs 会在空白和引号处拆开文件名"
                ),
                Some(text!(
                    "use find … -print0 | xargs -0 …, or find … -exec … +",
                    "使用 find … -print0 | xargs -0 …，或 find … -exec … +"
                )),
            );
        }
    }
}
