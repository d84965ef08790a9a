//! DL3025 `json-notation-cmd-entrypoint`: Use JSON notation for CMD and ENTRYPOINT.

use crate::dockerfile::model::{Command, Health};
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3025",
        name: "json-notation-cmd-entrypoint",
        severity: Severity::Warning,
        origin: Origin::Hadolint,
        aliases: &["JSONArgsRecommended"],
        summary: doc(Text { en: "Use JSON notation for CMD and ENTRYPOINT", zh: "CMD 和 ENTRYPOINT 应使用 JSON 数组写法" }),
        differs: doc_opt(Some(Text { en: "Like hadolint 2.15, HEALTHCHECK CMD in shell form is reported too (it needs /bin/sh in the image). With naming: buildkit, CMD and ENTRYPOINT follow BuildKit's JSONArgsRecommended, which is silent under a custom SHELL. ONBUILD CMD is checked as well; hadolint does not look inside ONBUILD for this rule.", zh: "与 hadolint 2.15 一样，shell 形式的 HEALTHCHECK CMD 也会报告（它要求镜像中有 /bin/sh）。设置 naming: buildkit 时，CMD 和 ENTRYPOINT 按 BuildKit 的 JSONArgsRecommended 判断，设置了自定义 SHELL 时不报告。ONBUILD 中的 CMD 也会检查；hadolint 的这条规则不检查 ONBUILD。" })),
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
        if let Instr::Healthcheck(h) = &ins.kind {
            // hadolint 2.15 checks HEALTHCHECK CMD too: exec form needs no shell in the image.
            let Health::Cmd(Command::Shell(cmd)) = h else {
                continue;
            };
            out.report(
                cmd.span,
                text!(
                    "use JSON notation for HEALTHCHECK CMD arguments: the shell form needs /bin/sh in the image",
                    "HEALTHCHECK CMD 的参数应使用 JSON 数组写法：shell 形式要求镜像中有 /bin/sh"
                ),
                Some(text!(
                    "write CMD [\"executable\", \"arg\"], or CMD [\"sh\", \"-c\", \"…\"] when the check needs the shell (|| exit 1)",
                    "写成 CMD [\"可执行文件\", \"参数\"]；检查需要 shell 时（例如 || exit 1）写成 CMD [\"sh\", \"-c\", \"…\"]"
                )),
            );
            continue;
        }
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
