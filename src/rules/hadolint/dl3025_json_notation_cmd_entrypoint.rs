//! DL3025 `json-notation-cmd-entrypoint`: Use JSON notation for CMD and ENTRYPOINT.

use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3025",
        name: "json-notation-cmd-entrypoint",
        severity: Severity::Warning,
        origin: Origin::Hadolint,
        aliases: &["JSONArgsRecommended"],
        summary: doc(Text { en: "Use JSON notation for CMD and ENTRYPOINT", zh: "CMD 和 ENTRYPOINT 应使用 JSON 数组写法" }),
        why: doc(Text { en: "In shell form the program runs under /bin/sh -c and never receives SIGTERM from docker stop.", zh: "shell 形式下程序运行在 /bin/sh -c 之下，收不到 docker stop 发出的 SIGTERM。" }),
        fix: doc(Text { en: "Write CMD [\"executable\", \"arg\"].", zh: "写成 CMD [\"可执行文件\", \"参数\"]。" }),
        bad: doc_str("FROM python:3.12-slim\nCMD python app.py\n"),
        good: doc_str("FROM python:3.12-slim\nCMD [\"python\", \"app.py\"]\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (ins, node) in cx.instructions() {
        if matches!(ins.keyword(), Some(Keyword::Cmd | Keyword::Entrypoint))
            && node.form == Form::Shell
        {
            let kw = ins.keyword_str();
            out.report(
                node.rest_span,
                text!(
                    "use JSON notation for {kw} arguments",
                    "{kw} 的参数应使用 JSON 数组写法"
                ),
                None,
            );
        }
    }
}
