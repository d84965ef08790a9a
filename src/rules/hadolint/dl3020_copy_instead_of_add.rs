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
        differs: doc_opt(Some(Text { en: "ADD of git sources (git@host:repo) and archives in any letter case are left alone, since COPY cannot do what ADD does there; sources are judged after ARG expansion; ONBUILD ADD triggers are checked too. Plain files among an archive's sources are reported, as in hadolint.", zh: "ADD 的 git 源（git@主机:仓库）和压缩包（扩展名不区分大小写）不报告，因为这时 COPY 做不到 ADD 所做的事；源路径按 ARG 展开后判断；ONBUILD 中的 ADD 也会检查。与 hadolint 一样，同一条 ADD 中与压缩包并列的普通文件会报告。" })),
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
        let plain = |v: &str| !is_url(v) && !is_archive(v);
        let all_plain = sources.iter().all(|s| plain(&s.value));
        // Like hadolint: plain files among an archive's sources could go in a COPY of their own.
        if !all_plain && sources.iter().any(|s| plain(&s.value)) {
            out.report(
                node.keyword.span,
                text!(
                    "use COPY instead of ADD for the files and folders among the sources; keep ADD for the archives and URLs",
                    "源中的普通文件和目录请用 COPY 复制；ADD 只留给压缩包和 URL"
                ),
                None,
            );
            continue;
        }
        if !sources.is_empty() && all_plain {
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
