//! DL3047 `wget-progress`: Avoid wget's default progress bar.

use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3047",
        name: "wget-progress",
        severity: Severity::Info,
        origin: Origin::Hadolint,
        summary: doc(Text {
            en: "Avoid wget's default progress bar",
            zh: "避免使用 wget 默认的进度条",
        }),
        why: doc(Text {
            en: "The progress bar floods the build log.",
            zh: "进度条会刷满构建日志。",
        }),
        fix: doc(Text {
            en: "Use wget --progress=dot:giga, -q or -nv.",
            zh: "使用 wget --progress=dot:giga、-q 或 -nv。",
        }),
        bad: doc_str("FROM alpine:3.22\nRUN wget https://example.com/a.tgz\n"),
        good: doc_str("FROM alpine:3.22\nRUN wget -q https://example.com/a.tgz\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (_, c) in cx.run_commands() {
        if c.name != "wget" {
            continue;
        }
        let quiet = c.args.iter().any(|a| {
            a.starts_with("--progress")
                || a.starts_with("--output-file=")
                || a.starts_with("--append-output=")
                || matches!(
                    a.as_str(),
                    "-q" | "--quiet"
                        | "-nv"
                        | "--no-verbose"
                        | "-o"
                        | "--output-file"
                        | "-a"
                        | "--append-output"
                )
                || (a.starts_with('-') && !a.starts_with("--") && a.contains('q'))
        });
        if !quiet {
            out.report(
                c.name_span,
                text!(
                    "wget without --progress, -q or -nv floods the build log",
                    "wget 没有 --progress、-q 或 -nv，会刷满构建日志"
                ),
                None,
            );
        }
    }
}
