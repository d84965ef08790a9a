//! DL4006 `pipefail`: Set -o pipefail before RUN with a pipe.

use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL4006",
        name: "pipefail",
        severity: Severity::Warning,
        origin: Origin::Hadolint,
        summary: doc(Text { en: "Set -o pipefail before RUN with a pipe", zh: "含管道的 RUN 之前应设置 -o pipefail" }),
        why: doc(Text { en: "A pipeline's status is that of its last command: in curl … | tar x a failed download still lets the build go on.", zh: "管道的退出状态只取决于最后一个命令：curl … | tar x 中下载失败，构建仍会继续。" }),
        fix: doc(Text { en: "Add SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] (ash on Alpine) or start the RUN with set -o pipefail &&.", zh: "加上 SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]（Alpine 用 ash），或让 RUN 以 set -o pipefail && 开头。" }),
        bad: doc_str("FROM debian:12\nRUN curl -fsSL https://example.com/a.tgz | tar xz\n"),
        good: doc_str("FROM debian:12\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN curl -fsSL https://example.com/a.tgz | tar xz\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (ins, node) in cx.instructions() {
        let Some(script) = cx.script(ins) else {
            continue;
        };
        if !script.has_pipe {
            continue;
        }
        let shell_has = ins.stage.is_some_and(|s| {
            cx.model.stage_chain(s).into_iter().any(|st| {
                cx.stage_instructions(&cx.model.stages[st]).any(|(i, n)| {
                    i.node < ins.node
                        && n.is("shell")
                        && n.args.iter().any(|a| a.value == "pipefail")
                })
            })
        });
        let set_here = script.commands.iter().any(|c| {
            c.name == "set"
                && c.args
                    .windows(2)
                    .any(|w| w[0].starts_with('-') && w[0].contains('o') && w[1] == "pipefail")
        });
        let set_here = set_here
            || script.commands.iter().any(|c| {
                c.name == "set"
                    && c.args.iter().any(|a| {
                        a == "-euxo" || a == "-eo" || a.ends_with("o") && a.starts_with('-')
                    })
                    && c.args.iter().any(|a| a == "pipefail")
            });
        if !shell_has && !set_here {
            let first = script
                .commands
                .iter()
                .find(|c| c.piped)
                .map(|c| c.name_span)
                .unwrap_or(node.keyword.span);
            out.report(first, text!("this RUN has a pipe but pipefail is not set, so a failure before the last command is ignored", "这个 RUN 中有管道但没有设置 pipefail，最后一个命令之前的失败会被忽略"), None);
        }
    }
}
