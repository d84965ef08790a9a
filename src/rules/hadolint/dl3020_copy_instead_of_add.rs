//! DL3020 `copy-instead-of-add`: Use COPY instead of ADD for files and folders.

use super::archives::is_archive;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3020",
        name: "copy-instead-of-add",
        severity: Severity::Error,
        origin: Origin::Hadolint,
        summary: doc(Text { en: "Use COPY instead of ADD for files and folders", zh: "复制文件和目录应使用 COPY 而不是 ADD" }),
        why: doc(Text { en: "ADD also downloads URLs and unpacks archives; for plain files that magic only surprises readers.", zh: "ADD 还会下载 URL、解压归档；对普通文件来说，这些“魔法”只会让人困惑。" }),
        fix: doc(Text { en: "Replace ADD with COPY.", zh: "把 ADD 换成 COPY。" }),
        bad: doc_str("FROM python:3.12-slim\nADD app.py /app/\n"),
        good: doc_str("FROM python:3.12-slim\nCOPY app.py /app/\n"),
        fixable: true,
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn is_url(p: &str) -> bool {
    p.starts_with("http://")
        || p.starts_with("https://")
        || p.starts_with("git@")
        || p.starts_with("git://")
}

fn check(cx: &Ctx, out: &mut Out) {
    for (ins, node) in cx.instructions() {
        if !ins.is(Keyword::Add) || !node.heredocs.is_empty() {
            continue;
        }
        let (Instr::Copy(CopyCommand { sources, .. }) | Instr::Add(CopyCommand { sources, .. })) =
            &ins.kind
        else {
            continue;
        };
        if !sources.is_empty()
            && sources
                .iter()
                .all(|s| !is_url(&s.value) && !is_archive(&s.value))
        {
            let message = text!(
                "use COPY instead of ADD for files and folders",
                "复制文件和目录请用 COPY 代替 ADD"
            );
            // ADD-only flags have no COPY equivalent: no fix then.
            let add_only = node
                .flags
                .iter()
                .any(|f| matches!(f.name.as_str(), "checksum" | "keep-git-dir" | "unpack"));
            if add_only {
                out.report(node.keyword.span, message, None);
            } else {
                let copy = if node.keyword.value == node.keyword.value.to_lowercase() {
                    "copy"
                } else {
                    "COPY"
                };
                out.report_fix(
                    node.keyword.span,
                    message,
                    None,
                    crate::diagnostic::Fix::replace(
                        text!("replace ADD with COPY", "把 ADD 换成 COPY"),
                        node.keyword.span,
                        copy,
                    ),
                );
            }
        }
    }
}
