//! DL4001 `curl-or-wget`: Use either wget or curl, not both.

use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL4001",
        name: "curl-or-wget",
        severity: Severity::Warning,
        origin: Origin::Hadolint,
        summary: doc(Text { en: "Use either wget or curl, not both", zh: "wget 和 curl 只用其中一个" }),
        why: doc(Text { en: "Installing both doubles the tools that do the same job.", zh: "两者都装只是让功能相同的工具多了一份。" }),
        fix: doc(Text { en: "Pick one for the whole stage.", zh: "整个阶段只选用一个。" }),
        bad: doc_str("FROM debian:12\nRUN curl -fsSO https://example.com/a && wget -q https://example.com/b\n"),
        good: doc_str("FROM debian:12\nRUN curl -fsSO https://example.com/a && curl -fsSO https://example.com/b\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for stage in &cx.model.stages {
        let mut seen: Vec<&str> = Vec::new();
        for (ins, _) in cx.stage_instructions(stage) {
            let Some(script) = cx.script(ins) else {
                continue;
            };
            for c in &script.commands {
                for tool in ["curl", "wget"] {
                    if c.name == tool {
                        if seen.iter().any(|s| *s != tool) {
                            out.report(
                                c.name_span,
                                text!(
                                    "both wget and curl are used in this stage",
                                    "本阶段同时使用了 wget 和 curl"
                                ),
                                None,
                            );
                        }
                        if !seen.contains(&tool) {
                            seen.push(tool);
                        }
                    }
                }
            }
        }
    }
}
