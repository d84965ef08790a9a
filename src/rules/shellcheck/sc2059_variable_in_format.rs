//! SC2059 `variable-in-format`: Don't use variables in the printf format string.

use super::{scripts, short};
use crate::dockerfile::shell_pieces::PieceKind;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "SC2059",
        name: "variable-in-format",
        severity: Severity::Info,
        origin: Origin::Shellcheck,
        summary: doc(Text { en: "Don't use variables in the printf format string", zh: "不要在 printf 的格式字符串中使用变量" }),
        why: doc(Text { en: "printf reads % and \\ in its format: a value with 50% or C:\\temp in it is garbled or makes printf fail.", zh: "printf 会解释格式字符串中的 % 和 \\：值里一旦有 50% 或 C:\\temp，输出就会出错，甚至让 printf 失败。" }),
        fix: doc(Text { en: "Put the value in an argument: printf '%s\\n' \"$VAR\".", zh: "把值作为参数传入：printf '%s\\n' \"$VAR\"。" }),
        bad: doc_str("FROM debian:12\nARG GREETING=hello\nRUN printf \"$GREETING\\n\" > /etc/motd\n"),
        good: doc_str("FROM debian:12\nARG GREETING=hello\nRUN printf '%s\\n' \"$GREETING\" > /etc/motd\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (_, script, _) in scripts(cx) {
        let f = &script.facts;
        for c in f.commands.iter().filter(|c| c.name == "printf") {
            // The format is the first argument after the options (-v NAME, --).
            let mut args = f.args(c).peekable();
            while let Some(w) = args.peek() {
                match w.raw.as_str() {
                    "-v" => {
                        args.next();
                        args.next();
                    }
                    "--" => {
                        args.next();
                        break;
                    }
                    _ => break,
                }
            }
            let Some(format) = args.next() else { continue };
            let ps = format.pieces();
            let variable = ps.iter().any(|p| matches!(p.kind, PieceKind::Param { .. }));
            // A format with its own % directives takes the variable as part of a template.
            let directives = ps
                .iter()
                .any(|p| matches!(&p.kind, PieceKind::Lit(s) if s.contains('%')));
            if variable && !directives {
                out.report(
                    format.span,
                    text!(
                        "printf's format {} holds a variable: a % or \\ in its value is read as formatting",
                        "printf 的格式 {} 中含有变量：值里的 % 或 \\ 会被当作格式来解释",
                        short(&format.raw)
                    ),
                    Some(text!("write printf '%s' \"$VAR\"", "写成 printf '%s' \"$VAR\"")),
                );
            }
        }
    }
}
