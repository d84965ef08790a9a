//! SC2046 `unquoted-substitution`: Quote this to prevent word splitting.

use super::{piece_span, scripts, short, splits};
use crate::dockerfile::shell_pieces::PieceKind;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "SC2046",
        name: "unquoted-substitution",
        severity: Severity::Warning,
        origin: Origin::Shellcheck,
        summary: doc(Text { en: "Quote this to prevent word splitting", zh: "给命令替换加引号，防止分词" }),
        why: doc(Text { en: "The output of an unquoted $(…) is split at blanks and expanded as globs before it becomes arguments.", zh: "未加引号的 $(…) 的输出会先按空白分词、作为通配符展开，再成为参数。" }),
        fix: doc(Text { en: "Write \"$(…)\" for one argument; when you want one argument per line, read the lines in a loop or use xargs.", zh: "需要一个参数时写成 \"$(…)\"；需要每行一个参数时，用循环逐行读取或使用 xargs。" }),
        bad: doc_str("FROM debian:12\nRUN mkdir -p $(dirname /opt/app/bin/run)\n"),
        good: doc_str("FROM debian:12\nRUN mkdir -p \"$(dirname /opt/app/bin/run)\"\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (_, script, _) in scripts(cx) {
        let f = &script.facts;
        for w in f.words.iter().filter(|w| splits(w.role)) {
            for p in w.pieces() {
                if p.quoted || !matches!(p.kind, PieceKind::CommandSub | PieceKind::Backquote) {
                    continue;
                }
                let text = short(&w.raw[p.start..p.end]);
                out.report(
                    piece_span(cx, w, p),
                    text!(
                        "the output of {text} is not quoted: it is split at blanks and expanded as globs", "{text} 的输出没有加引号：会按空白分词并作为通配符展开"
                    ),
                    Some(text!("put it in double quotes", "用双引号包住它")),
                );
            }
        }
    }
}
