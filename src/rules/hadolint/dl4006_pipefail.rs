//! DL4006 `pipefail`: Set -o pipefail before RUN with a pipe.

use crate::rules::prelude::*;
use crate::rules::shared::{shell_in_effect, shell_name};

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL4006",
        name: "pipefail",
        severity: Severity::Warning,
        origin: Origin::Hadolint,
        summary: doc(Text { en: "Set -o pipefail before RUN with a pipe", zh: "含管道的 RUN 之前应设置 -o pipefail" }),
        why: doc(Text { en: "A pipeline's status is that of its last command: in curl … | tar x a failed download still lets the build go on.", zh: "管道的退出状态只取决于最后一个命令：curl … | tar x 中下载失败，构建仍会继续。" }),
        fix: doc(Text { en: "Add SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] before the RUN (on Alpine, [\"/bin/ash\", \"-o\", \"pipefail\", \"-c\"]); a set -o pipefail inside a RUN under the default /bin/sh is not portable (SC3040).", zh: "在这个 RUN 之前加上 SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]（Alpine 上用 [\"/bin/ash\", \"-o\", \"pipefail\", \"-c\"]）；在默认的 /bin/sh 下，RUN 中的 set -o pipefail 不可移植（见 SC3040）。" }),
        differs: doc_opt(Some(Text { en: "set -o pipefail at the start of the RUN counts, and a stage built on another stage keeps that stage's SHELL (as Docker does); hadolint only looks at SHELL instructions of the same stage.", zh: "RUN 开头的 set -o pipefail 也算数；基于另一阶段构建的阶段会沿用那个阶段的 SHELL（与 Docker 一致）；hadolint 只看本阶段的 SHELL 指令。" })),
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
        // The SHELL in effect decides (a later SHELL replaces an earlier one). PowerShell and cmd
        // have no pipefail; sh (dash) does not take -o pipefail, as hadolint says too.
        let shell = shell_in_effect(cx, ins);
        let name = shell.map(shell_name);
        let posix = name
            .as_deref()
            .is_none_or(|n| POSIX.contains(&n) || n == "sh" || n == "dash");
        if !posix {
            continue;
        }
        let shell_has = shell.is_some_and(|n| n.args.iter().any(|a| a.value == "pipefail"))
            && name.as_deref().is_some_and(|n| POSIX.contains(&n));
        let set_here = script.commands.iter().any(|c| {
            c.name == "set"
                && c.args.iter().any(|a| a == "pipefail")
                && c.args
                    .iter()
                    .any(|a| a.starts_with('-') && !a.starts_with("--") && a.ends_with('o'))
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

/// Shells that take `-o pipefail`.
const POSIX: &[&str] = &["bash", "zsh", "ash", "ksh", "mksh", "busybox"];
