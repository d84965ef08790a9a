//! SC2043 `loop-runs-once`: This loop will only ever run once.

use super::{literal, scripts, short};
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "SC2043",
        name: "loop-runs-once",
        severity: Severity::Error,
        origin: Origin::Shellcheck,
        summary: doc(Text { en: "This loop will only ever run once", zh: "这个循环只会执行一次" }),
        why: doc(Text { en: "for x in word with one literal word runs its body once: usually a list was quoted into one word (\"a b c\") or an expansion was forgotten.", zh: "for x in 后面只有一个字面量词时，循环体只执行一次：通常是把列表加引号写成了一个词（\"a b c\"），或者漏写了展开。" }),
        fix: doc(Text { en: "Write the items as separate words (for x in a b c), or use the variable or glob meant (for f in /etc/*.conf).", zh: "把各项写成独立的词（for x in a b c），或者写上本来要用的变量或通配符（for f in /etc/*.conf）。" }),
        bad: doc_str("FROM debian:12\nRUN for pkg in \"curl wget git\"; do echo \"$pkg\"; done\n"),
        good: doc_str("FROM debian:12\nRUN for pkg in curl wget git; do echo \"$pkg\"; done\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (_, script, _) in scripts(cx) {
        let f = &script.facts;
        for l in &f.loops {
            let Some([only]) = l.items.as_deref() else {
                continue;
            };
            let w = &f.words[*only];
            // A single-quoted word is ShellCheck's SC2041, not this.
            if w.raw.starts_with('\'') || literal(w.pieces()).is_none() {
                continue;
            }
            out.report(
                w.span,
                text!(
                    "for {} in {} has one literal word, so the loop runs once",
                    "for {} in {} 只有一个字面量词，循环只执行一次",
                    l.var,
                    short(&w.raw)
                ),
                Some(text!(
                    "write the items as separate words, or the variable or glob you meant",
                    "把各项写成独立的词，或写上本来要用的变量或通配符"
                )),
            );
        }
    }
}
