//! SC2308 `expr-extension`: 'expr length', 'match', 'substr' and 'index' have unspecified results.

use super::scripts;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "SC2308",
        name: "expr-extension",
        severity: Severity::Info,
        origin: Origin::Shellcheck,
        summary: doc(Text { en: "expr length, match, substr and index have unspecified results", zh: "expr 的 length、match、substr 和 index 的结果没有统一规定" }),
        why: doc(Text { en: "POSIX expr has no length, match, substr or index operators: they are extensions (GNU's, BusyBox's), and other expr implementations (BSD's and macOS's lack them) fail or answer differently, so the same RUN can behave differently on another base image.", zh: "POSIX 的 expr 没有 length、match、substr、index 这几个运算符：它们是扩展（GNU 和 BusyBox 都有），其他 expr 实现（BSD 和 macOS 的没有）会报错或给出不同的结果，同一条 RUN 换一个基础镜像就可能表现不同。" }),
        fix: doc(Text { en: "Use the shell: ${#var} for length, expr STRING : REGEX for match, cut -c or ${var#…} for substr, ${var%%[chars]*} for index.", zh: "改用 shell 自身的写法：length 用 ${#var}，match 用 expr 字符串 : 正则，substr 用 cut -c 或 ${var#…}，index 用 ${var%%[字符]*}。" }),
        bad: doc_str("FROM debian:12\nRUN sum=\"$(cat app.sha256)\" && short=$(expr substr \"$sum\" 1 12) && echo \"$short\"\n"),
        good: doc_str("FROM debian:12\nRUN sum=\"$(cat app.sha256)\" && short=$(printf '%s' \"$sum\" | cut -c 1-12) && echo \"$short\"\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (_, script, _) in scripts(cx) {
        let f = &script.facts;
        for c in f.commands.iter().filter(|c| c.name == "expr") {
            let Some(op) = f.args(c).next() else {
                continue;
            };
            let (en, zh) = match op.raw.as_str() {
                "length" => ("${#var}", "${#var}"),
                "match" => ("expr STRING : REGEX", "expr 字符串 : 正则"),
                "substr" => ("cut -c or ${var#???}", "cut -c 或 ${var#???}"),
                "index" => (
                    "x=${var%%[chars]*}; $((${#x}+1))",
                    "x=${var%%[字符]*}; $((${#x}+1))",
                ),
                _ => continue,
            };
            let name = &op.raw;
            out.report(
                op.span,
                text!(
                    "expr {name} is not in POSIX: its result depends on which expr the image has",
                    "expr {name} 不属于 POSIX 标准：结果取决于镜像中的 expr 实现"
                ),
                Some(text!("use {en}", "改用 {zh}")),
            );
        }
    }
}
