//! DL3046 `useradd-high-uid`: useradd with a high UID needs -l.

use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3046",
        name: "useradd-high-uid",
        severity: Severity::Warning,
        origin: Origin::Hadolint,
        summary: doc(Text { en: "useradd with a high UID needs -l", zh: "用较大的 UID 执行 useradd 时需要加 -l" }),
        why: doc(Text { en: "useradd writes a lastlog entry sized by the UID: a UID like 123456789 creates a file of hundreds of MB.", zh: "useradd 会按 UID 大小写入 lastlog：像 123456789 这样的 UID 会生成几百 MB 的文件。" }),
        fix: doc(Text { en: "Add -l (--no-log-init).", zh: "加上 -l（--no-log-init）。" }),
        differs: doc_opt(Some(Text { en: "--uid N is read like -u N, and a UID given by a variable is judged on its value.", zh: "--uid N 与 -u N 一样处理；用变量给出的 UID 按变量的值判断。" })),
        bad: doc_str("FROM debian:12\nRUN useradd -u 123456789 app\n"),
        good: doc_str("FROM debian:12\nRUN useradd -l -u 123456789 app\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (_, c) in cx.run_commands() {
        if c.name != "useradd" || c.args.iter().any(|a| a == "-l" || a == "--no-log-init") {
            continue;
        }
        let uid = c
            .args
            .windows(2)
            .find(|w| w[0] == "-u" || w[0] == "--uid")
            .map(|w| w[1].clone());
        if uid.is_some_and(|u| u.len() > 5 && u.bytes().all(|b| b.is_ascii_digit())) {
            out.report(
                c.name_span,
                text!(
                    "useradd with a high UID and without -l makes a huge image",
                    "useradd 使用较大 UID 且没有 -l，会让镜像变得很大"
                ),
                None,
            );
        }
    }
}
