//! SC3014 `double-equals`: In POSIX sh, == in place of = is undefined.

use super::{report_bashism, sh_scripts};
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "SC3014",
        name: "double-equals",
        severity: Severity::Warning,
        origin: Origin::Shellcheck,
        summary: doc(Text { en: "In POSIX sh, == in place of = is undefined", zh: "POSIX sh 中没有 ==，应使用 =" }),
        why: doc(Text { en: "The RUN runs in /bin/sh, which on Debian and Ubuntu is dash and on Alpine is BusyBox ash: [ a == b ] fails in dash with \"unexpected operator\", and the test counts as false.", zh: "RUN 默认在 /bin/sh 中运行，它在 Debian 和 Ubuntu 上是 dash，在 Alpine 上是 BusyBox ash：[ a == b ] 在 dash 中会报 “unexpected operator”，判断结果为假。" }),
        fix: doc(Text { en: "Use = in [ ]. Or switch the shell with SHELL [\"/bin/bash\", \"-c\"] when the image has bash.", zh: "在 [ ] 中改用 =。如果镜像中有 bash，也可以用 SHELL [\"/bin/bash\", \"-c\"] 切换 shell。" }),
        bad: doc_str("FROM debian:12\nARG TARGETARCH\nRUN if [ \"$TARGETARCH\" == \"arm64\" ]; then echo arm; fi\n"),
        good: doc_str("FROM debian:12\nARG TARGETARCH\nRUN if [ \"$TARGETARCH\" = \"arm64\" ]; then echo arm; fi\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for script in sh_scripts(cx) {
        let f = &script.facts;
        for c in f
            .commands
            .iter()
            .filter(|c| matches!(c.name.as_str(), "[" | "test"))
        {
            if let Some(eq) = f.args(c).find(|w| w.raw == "==") {
                report_bashism(out, eq.span, "==", text!("use = instead", "改用 ="));
            }
        }
    }
}
