//! UndefinedArgInFrom: FROM uses a variable that no ARG before it declares.

use crate::dockerfile::model::{FromCommand, Instr, PLATFORM_ARGS};
use crate::dockerfile::shell_word::{Lex, NoEnv};
use crate::rules::prelude::*;
use crate::text;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "UndefinedArgInFrom",
        name: "undefined-arg-in-from",
        severity: Severity::Warning,
        origin: Origin::Buildkit,
        summary: doc(Text {
            en: "FROM uses a build argument that is not declared before it",
            zh: "FROM 使用了之前没有声明的构建参数",
        }),
        why: doc(Text {
            en: "Only ARGs declared before the first FROM (and the predefined platform arguments) are visible in FROM; anything else expands to an empty string.",
            zh: "FROM 中只能使用第一个 FROM 之前声明的 ARG（以及预定义的平台参数）；其他变量都会展开为空字符串。",
        }),
        fix: doc(Text {
            en: "Declare it with ARG NAME=default before the first FROM, or fix the spelling.",
            zh: "在第一个 FROM 之前用 ARG 名字=默认值 声明它，或者修正拼写。",
        }),
        bad: doc_str("FROM python:${PY_VERSION}-slim\n"),
        good: doc_str("ARG PY_VERSION=3.12\nFROM python:${PY_VERSION}-slim\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    let mut declared: Vec<String> = PLATFORM_ARGS.iter().map(|(k, _)| k.to_string()).collect();
    let lex = Lex::new(cx.model.parsed.escape);
    for (ins, node) in cx.instructions() {
        match &ins.kind {
            Instr::Arg(defs) if ins.stage.is_none() => {
                declared.extend(defs.iter().map(|d| d.name.value.clone()))
            }
            Instr::From(FromCommand { image, .. }) => {
                let mut words = vec![(image.value.clone(), image.span)];
                words.extend(
                    node.flags
                        .iter()
                        .filter(|f| f.name == "platform")
                        .map(|f| (f.value.clone().unwrap_or_default(), f.span)),
                );
                for (w, span) in words {
                    let Ok(p) = lex.process_word(&w, &NoEnv) else {
                        continue;
                    };
                    for name in p.unmatched.iter().filter(|n| !declared.contains(n)) {
                        let d = match crate::rules::shared::did_you_mean(
                            name,
                            declared.iter().map(String::as_str),
                        ) {
                            Some(c) => text!(
                                "FROM argument '{name}' is not declared (did you mean {c}?)",
                                "FROM 使用的参数 '{name}' 没有声明（是不是想写 {c}？）"
                            ),
                            None => text!(
                                "FROM argument '{name}' is not declared",
                                "FROM 使用的参数 '{name}' 没有声明"
                            ),
                        };
                        out.report(
                            span,
                            d,
                            Some(text!(
                                "declare it before the first FROM: ARG {name}=<default>",
                                "请在第一个 FROM 之前声明：ARG {name}=<默认值>"
                            )),
                        );
                    }
                }
            }
            _ => {}
        }
    }
}
