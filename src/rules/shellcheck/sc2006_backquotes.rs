//! SC2006 `backquotes`: Use $(...) notation instead of legacy backticks.

use super::{piece_span, scripts, short};
use crate::dockerfile::shell_pieces::PieceKind;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "SC2006",
        name: "backquotes",
        severity: Severity::Style,
        origin: Origin::Shellcheck,
        summary: doc(Text { en: "Use $(...) notation instead of legacy backticks", zh: "用 $(...) 代替旧式反引号" }),
        why: doc(Text { en: "Backquotes do not nest without escapes and treat backslashes differently; $(…) nests and reads like the rest of the script.", zh: "反引号嵌套时必须转义，对反斜杠的处理也不同；$(…) 可以直接嵌套，读起来也更清楚。" }),
        fix: doc(Text { en: "Write $(command) instead of `command`.", zh: "把 `command` 写成 $(command)。" }),
        bad: doc_str("FROM debian:12\nRUN echo \"built on `date`\" > /etc/build-info\n"),
        good: doc_str("FROM debian:12\nRUN echo \"built on $(date)\" > /etc/build-info\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (_, script, _) in scripts(cx) {
        for w in &script.facts.words {
            for p in w.pieces() {
                if p.kind != PieceKind::Backquote {
                    continue;
                }
                let text = short(&w.raw[p.start..p.end]);
                let inner = text.trim_matches('`');
                out.report(
                    piece_span(cx, w, p),
                    text!("{text} uses legacy backquotes", "{text} 使用了旧式反引号"),
                    Some(text!("write $({inner})", "写成 $({inner})")),
                );
            }
        }
    }
}
