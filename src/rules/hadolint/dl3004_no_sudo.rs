//! DL3004 `no-sudo`: Do not use sudo.

use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3004",
        name: "no-sudo",
        severity: Severity::Error,
        origin: Origin::Hadolint,
        summary: doc(Text { en: "Do not use sudo", zh: "不要使用 sudo" }),
        why: doc(Text { en: "Builds run as root already; sudo adds an unpredictable TTY and PAM layer and is often not installed.", zh: "构建本来就以 root 运行；sudo 会引入不可预测的 TTY 和 PAM 行为，而且往往没有安装。" }),
        fix: doc(Text { en: "Drop sudo; switch users with USER, or gosu at run time.", zh: "去掉 sudo；用 USER 切换用户，运行时可用 gosu。" }),
        bad: doc_str("FROM debian:12\nRUN sudo mkdir /data\n"),
        good: doc_str("FROM debian:12\nRUN mkdir /data\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (_, c) in cx.run_commands() {
        if c.name == "sudo" {
            out.report(c.name_span, text!("do not use sudo", "不要使用 sudo"), None);
        }
    }
}
