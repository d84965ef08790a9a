//! SC2143 `grep-output-test`: Use grep -q instead of comparing output with [ -n .. ] or [ -z .. ].

use super::scripts;
use crate::dockerfile::shell_facts::{Facts, Word};
use crate::dockerfile::shell_pieces::PieceKind;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "SC2143",
        name: "grep-output-test",
        severity: Severity::Style,
        origin: Origin::Shellcheck,
        summary: doc(Text { en: "Use grep -q instead of testing whether grep printed anything", zh: "用 grep -q，而不是检查 grep 有没有输出" }),
        why: doc(Text { en: "[ -n \"$(… | grep x)\" ] reads every matching line into memory just to see whether there was one; grep -q stops at the first match and answers with its exit status.", zh: "[ -n \"$(… | grep x)\" ] 为了知道有没有匹配，要把所有匹配的行都读进内存；grep -q 找到第一个匹配就停止，直接用退出状态表示结果。" }),
        fix: doc(Text { en: "Test the pipeline itself: if … | grep -q x; then …, and ! … | grep -q x for [ -z … ].", zh: "直接判断管道本身：if … | grep -q x; then …；[ -z … ] 则写成 ! … | grep -q x。" }),
        bad: doc_str("FROM debian:12\nRUN if [ -z \"$(dpkg --get-selections | grep libzmq)\" ]; then apt-get update && apt-get install -y --no-install-recommends libzmq3-dev=4.3.4-6; fi\n"),
        good: doc_str("FROM debian:12\nRUN if ! dpkg --get-selections | grep -q libzmq; then apt-get update && apt-get install -y --no-install-recommends libzmq3-dev=4.3.4-6; fi\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (_, script, _) in scripts(cx) {
        let f = &script.facts;
        for c in f
            .commands
            .iter()
            .filter(|c| c.name == "[" || c.name == "test")
        {
            let mut args: Vec<&Word> = f.args(c).collect();
            if c.name == "[" && args.last().is_some_and(|w| w.raw == "]") {
                args.pop();
            }
            let (op, word) = match args.as_slice() {
                [op, w] if op.raw == "-z" || op.raw == "-n" => (op.raw.as_str(), *w),
                _ => continue,
            };
            if !is_grep_output(f, word) {
                continue;
            }
            let (en, zh) = if op == "-z" {
                ("! … | grep -q …", "! … | grep -q …")
            } else {
                ("… | grep -q …", "… | grep -q …")
            };
            out.report(
                word.span,
                text!(
                    "{op} on the output of grep reads every matching line just to learn whether there was one",
                    "对 grep 的输出用 {op} 判断，要读完所有匹配的行，只为知道有没有匹配"
                ),
                Some(text!("test the pipeline itself: {en}", "直接判断管道本身：{zh}")),
            );
        }
    }
}

/// Whether `word` is just one `$(…)` whose pipeline ends in a grep that prints (not `-q`; with
/// `-c` it always prints a count, so the test is always true, and grep -q is the fix too).
fn is_grep_output(f: &Facts, word: &Word) -> bool {
    let pieces = word.pieces();
    let mut real = pieces
        .iter()
        .filter(|p| !matches!(&p.kind, PieceKind::Lit(s) if s.is_empty()));
    if !matches!((real.next(), real.next()), (Some(p), None) if p.kind == PieceKind::CommandSub) {
        return false;
    }
    // The substitution's commands point at the word.
    f.commands.iter().any(|g| {
        g.span == word.span
            && matches!(g.name.as_str(), "grep" | "egrep" | "fgrep")
            && g.pipe_to.is_none()
            && !f.args(g).any(|a| {
                let a = a.raw.as_str();
                matches!(a, "--quiet" | "--silent")
                    || (a.starts_with('-') && !a.starts_with("--") && a.contains('q'))
            })
    })
}
