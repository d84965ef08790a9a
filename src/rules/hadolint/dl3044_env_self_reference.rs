//! DL3044 `env-self-reference`: Do not refer to a variable in the same ENV statement that defines it.

use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3044",
        name: "env-self-reference",
        severity: Severity::Error,
        origin: Origin::Hadolint,
        summary: doc(Text { en: "Do not refer to a variable in the same ENV statement that defines it", zh: "不要在定义变量的同一条 ENV 中引用它" }),
        why: doc(Text { en: "All values of one ENV are expanded before any of them is set: ENV A=1 B=$A sets B to the old A (usually empty).", zh: "同一条 ENV 中的所有值都在设置之前展开：ENV A=1 B=$A 中 B 得到的是旧的 A（通常为空）。" }),
        fix: doc(Text { en: "Split it into two ENV instructions.", zh: "拆成两条 ENV 指令。" }),
        differs: doc_opt(Some(Text { en: "ARG scope is BuildKit's: a global ARG is not in scope inside a stage unless the stage declares it again, so ENV A=x B=$A after such an ARG is a self-reference.", zh: "ARG 的作用域与 BuildKit 一致：全局 ARG 只有在阶段内再次声明后才在阶段中可见，因此在这种 ARG 之后写 ENV A=x B=$A 属于自引用。" })),
        bad: doc_str("FROM alpine:3.22\nENV APP=/app LOGS=$APP/logs\n"),
        good: doc_str("FROM alpine:3.22\nENV APP=/app\nENV LOGS=$APP/logs\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

/// Whether `value` refers to variable `name` (`$name` or `${name…}`).
pub(crate) fn refers_to(value: &str, name: &str) -> bool {
    let mut rest = value;
    while let Some(i) = rest.find('$') {
        let after = &rest[i + 1..];
        let body = after.strip_prefix('{').unwrap_or(after);
        if let Some(tail) = body.strip_prefix(name) {
            if !tail.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_') {
                return true;
            }
        }
        rest = after;
    }
    false
}

fn check(cx: &Ctx, out: &mut Out) {
    for stage in &cx.model.stages {
        let mut defined: Vec<String> = Vec::new();
        for (ins, _) in cx.stage_instructions(stage) {
            match &ins.kind {
                Instr::Env(kvs) => {
                    for (i, kv) in kvs.iter().enumerate() {
                        if let Some(earlier) = kvs[..i].iter().find(|e| {
                            !defined.contains(&e.key.value)
                                && refers_to(&kv.value.value, &e.key.value)
                        }) {
                            let k = &earlier.key.value;
                            out.report(
                                kv.value.span,
                                text!(
                                    "\"{k}\" is defined in this same ENV, so ${k} here still has its old value",
                                    "\"{k}\" 是在同一条 ENV 中定义的，这里的 ${k} 仍是旧值"
                                ),
                                Some(text!("move this variable to a separate ENV line", "把这个变量移到单独的一条 ENV 中")),
                            );
                        }
                    }
                    defined.extend(kvs.iter().map(|kv| kv.key.value.clone()));
                }
                Instr::Arg(defs) => defined.extend(defs.iter().map(|d| d.name.value.clone())),
                _ => {}
            }
        }
    }
}
