//! SC3040 `pipefail-option`: In POSIX sh, set option pipefail is undefined.

use super::{scripts, Dialect};
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "SC3040",
        name: "pipefail-option",
        severity: Severity::Warning,
        origin: Origin::Shellcheck,
        summary: doc(Text { en: "In POSIX sh, set option pipefail is undefined", zh: "POSIX sh 中没有定义 set 选项 pipefail" }),
        why: doc(Text { en: "The RUN runs in /bin/sh, which on Debian and Ubuntu is dash and on Alpine is BusyBox ash: pipefail only entered POSIX in 2024, and a dash without it stops the build with \"set: Illegal option -o pipefail\".", zh: "RUN 默认在 /bin/sh 中运行，它在 Debian 和 Ubuntu 上是 dash，在 Alpine 上是 BusyBox ash：pipefail 直到 2024 年才进入 POSIX，不支持它的 dash 会报 “set: Illegal option -o pipefail” 并中止构建。" }),
        fix: doc(Text { en: "Run the RUN in bash with pipefail on: SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] (see DL4006).", zh: "让 RUN 在开启 pipefail 的 bash 中运行：SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]（见 DL4006）。" }),
        bad: doc_str("FROM debian:12
RUN set -o pipefail && curl -fsSL https://example.com/a.tgz | tar xz
"),
        good: doc_str("FROM debian:12
SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]
RUN curl -fsSL https://example.com/a.tgz | tar xz
"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (_, script, dialect) in scripts(cx) {
        if dialect != Dialect::Sh {
            continue;
        }
        let f = &script.facts;
        for c in &f.commands {
            if c.name != "set" {
                continue;
            }
            let args: Vec<_> = f.args(c).collect();
            let Some(at) = args.windows(2).find(|w| {
                w[1].raw == "pipefail" && w[0].raw.starts_with('-') && w[0].raw.ends_with('o')
            }) else {
                continue;
            };
            let span = at[1].span;
            let what = "set -o pipefail";
            out.report(
                span,
                text!(
                    "{what} is bash syntax; POSIX sh does not define it",
                    "{what} 是 bash 语法，POSIX sh 中没有定义"
                ),
                Some(hint()),
            );
        }
    }
}

fn hint() -> Text {
    text!(
        "set the shell with SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]",
        "用 SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] 设置 shell"
    )
}
