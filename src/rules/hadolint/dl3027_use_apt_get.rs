//! DL3027 `use-apt-get`: Use apt-get or apt-cache instead of apt.

use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3027",
        name: "use-apt-get",
        severity: Severity::Warning,
        origin: Origin::Hadolint,
        summary: doc(Text { en: "Use apt-get or apt-cache instead of apt", zh: "应使用 apt-get 或 apt-cache，而不是 apt" }),
        why: doc(Text { en: "apt is meant for people at a terminal; its output and behaviour are not stable for scripts.", zh: "apt 面向终端用户，其输出和行为对脚本来说并不稳定。" }),
        fix: doc(Text { en: "Replace apt with apt-get.", zh: "把 apt 换成 apt-get。" }),
        bad: doc_str("FROM debian:12\nRUN apt install -y curl\n"),
        good: doc_str("FROM debian:12\nRUN apt-get install -y curl\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (_, c) in cx.run_commands() {
        if c.name == "apt" {
            out.report(
                c.name_span,
                text!("use apt-get instead of apt", "请用 apt-get 代替 apt"),
                None,
            );
        }
    }
}
