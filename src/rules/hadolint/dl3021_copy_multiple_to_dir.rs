//! DL3021 `copy-multiple-to-dir`: COPY with several sources needs a destination ending in /.

use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3021",
        name: "copy-multiple-to-dir",
        severity: Severity::Error,
        origin: Origin::Hadolint,
        summary: doc(Text {
            en: "COPY with several sources needs a destination ending in /",
            zh: "COPY 有多个源时，目标路径必须以 / 结尾",
        }),
        why: doc(Text {
            en: "Several files cannot be copied to one file; Docker fails the build.",
            zh: "多个文件不能复制成一个文件；Docker 会让构建失败。",
        }),
        fix: doc(Text {
            en: "End the destination with /.",
            zh: "让目标路径以 / 结尾。",
        }),
        differs: doc_opt(Some(Text { en: "ADD with several sources is checked as COPY is (Docker needs the trailing / for both); the destination is judged after ARG expansion; a Windows destination may end with \\.", zh: "有多个源的 ADD 与 COPY 一样检查（Docker 对两者都要求目标以 / 结尾）；目标按 ARG 展开后判断；Windows 目标路径也可以用 \\ 结尾。" })),
        bad: doc_str("FROM python:3.12-slim\nCOPY app.py util.py /app\n"),
        good: doc_str("FROM python:3.12-slim\nCOPY app.py util.py /app/\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (ins, _) in cx.instructions() {
        let (Instr::Copy(CopyCommand {
            sources,
            dest: Some(d),
            ..
        })
        | Instr::Add(CopyCommand {
            sources,
            dest: Some(d),
            ..
        })) = &ins.kind
        else {
            continue;
        };
        // A Windows destination ends with \ (or /) to name a directory.
        let dir = d.value.ends_with('/') || d.value.ends_with('\\');
        if sources.len() >= 2 && !dir && !d.value.contains('$') {
            let dv = &d.value;
            out.report(
                d.span,
                text!(
                    "several sources are copied, so \"{dv}\" must end with /",
                    "复制了多个源，目标 \"{dv}\" 必须以 / 结尾"
                ),
                Some(text!("write \"{dv}/\"", "改写为 \"{dv}/\"")),
            );
        }
    }
}
