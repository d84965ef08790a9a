//! SC3040 `pipefail-option`: In POSIX sh, set option pipefail is undefined.

use super::{report_bashism, sh_scripts};
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
        bad: doc_str("FROM debian:12\nRUN set -o pipefail && curl -fsSL https://example.com/a.tgz | tar xz\n"),
        good: doc_str("FROM debian:12\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN curl -fsSL https://example.com/a.tgz | tar xz\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for script in sh_scripts(cx) {
        let f = &script.facts;
        for c in f.commands.iter().filter(|c| c.name == "set") {
            let args: Vec<_> = f.args(c).collect();
            let at = args.windows(2).find(|w| {
                w[1].raw == "pipefail" && w[0].raw.starts_with('-') && w[0].raw.ends_with('o')
            });
            if let Some(at) = at {
                let hint = text!(
                    "set the shell with SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]",
                    "用 SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] 设置 shell"
                );
                report_bashism(out, at[1].span, "set -o pipefail", hint);
            }
        }
    }
}
