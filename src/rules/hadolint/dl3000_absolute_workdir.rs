//! DL3000 `absolute-workdir`: Use an absolute WORKDIR.

use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3000",
        name: "absolute-workdir",
        severity: Severity::Error,
        origin: Origin::Hadolint,
        aliases: &["WorkdirRelativePath"],
        summary: doc(Text { en: "Use an absolute WORKDIR", zh: "WORKDIR 应使用绝对路径" }),
        why: doc(Text { en: "A relative WORKDIR is resolved against whatever the previous working directory was, which the base image decides.", zh: "相对路径的 WORKDIR 是相对于之前的工作目录解析的，而那由基础镜像决定。" }),
        fix: doc(Text { en: "Write the full path: WORKDIR /app.", zh: "写完整路径：WORKDIR /app。" }),
        differs: doc_opt(Some(Text { en: "ONBUILD WORKDIR triggers are checked too; a WORKDIR made only of a variable this file does not declare is not judged (the base image may set it).", zh: "ONBUILD 中的 WORKDIR 也会检查；WORKDIR 只由本文件未声明的变量组成时不作判断（基础镜像可能设置了它）。" })),
        bad: doc_str("FROM python:3.12-slim\nWORKDIR app\n"),
        good: doc_str("FROM python:3.12-slim\nWORKDIR /app\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (ins, _) in cx.instructions() {
        let Instr::Workdir(v) = &ins.kind else {
            continue;
        };
        let raw = cx.node(ins).rest();
        // Quotes BuildKit left in place (an unterminated `"C:\"`) do not make a path relative.
        let p = unquoted(&v.value);
        if crate::rules::shared::is_absolute_path(p)
            || raw.starts_with('$')
            || raw.starts_with("\"$")
            || raw.starts_with("\"/")
            || (p.is_empty() && raw.contains('$'))
        {
            continue;
        }
        let want = format!("/{p}");
        let want = if want.contains([' ', '\t']) {
            crate::rules::shared::dq(&want)
        } else {
            want
        };
        out.report(
            v.span,
            text!(
                "WORKDIR \"{p}\" is not an absolute path",
                "WORKDIR \"{p}\" 不是绝对路径"
            ),
            Some(text!("write WORKDIR {want}", "改写为 WORKDIR {want}")),
        );
    }
}

/// `p` without one pair of surrounding quotes, or without a lone opening quote.
fn unquoted(p: &str) -> &str {
    for q in ['"', '\''] {
        if let Some(inner) = p.strip_prefix(q) {
            return inner.strip_suffix(q).unwrap_or(inner);
        }
    }
    p
}
