//! DC1001 `obsolete-version`: the top-level `version:` is obsolete and ignored.

use super::ComposeCtx;
use crate::compose::model::Loc;
use crate::rules::prelude::*;
use crate::text::Span;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DC1001",
        name: "obsolete-version",
        severity: Severity::Warning,
        origin: crate::diagnostic::Origin::Dclint,
        aliases: &["no-version-field"],
        target: crate::diagnostic::Target::Compose,
        summary: doc(Text {
            en: "The top-level version field is obsolete",
            zh: "顶层的 version 字段已经过时",
        }),
        why: doc(Text {
            en: "The compose specification ignores version: Docker Compose v2 and later read every file with the latest schema and warn that the attribute is obsolete. Tutorials still write version: '3.8', which suggests features are limited by it when they are not.",
            zh: "compose 规范会忽略 version：Docker Compose v2 及之后的版本总是按最新的规范读取文件，并警告这个字段已过时。很多教程仍然写着 version: '3.8'，让人误以为它会限制可用的功能，其实并不会。",
        }),
        fix: doc(Text {
            en: "Delete the version line.",
            zh: "删掉 version 这一行。",
        }),
        bad: doc_str("version: '3.8'\nservices:\n  web:\n    image: nginx:1.27\n"),
        good: doc_str("services:\n  web:\n    image: nginx:1.27\n"),
        fixable: true,
        ..Code::BASE
    },
    check: Check::Compose(check),
};

fn check(cx: &ComposeCtx, out: &mut Out) {
    for (file, root) in cx.top_levels() {
        let Some((key, value)) = root
            .as_map()
            .into_iter()
            .flatten()
            .find(|(k, _)| k.as_str() == Some("version"))
        else {
            continue;
        };
        let text = &cx.files[file].text;
        let v = value.as_str().unwrap_or("");
        out.report_fix_at(
            Loc {
                file,
                span: key.span,
            },
            crate::text!(
                "\"version: {v}\" is obsolete: Compose ignores it",
                "\"version: {v}\" 已经过时：Compose 会忽略它"
            ),
            Some(crate::text!("delete the line", "删掉这一行")),
            Fix::replace(
                crate::text!("delete the version line", "删除 version 这一行"),
                whole_line(text, key.span.start, value.span.end),
                "",
            ),
        );
    }
}

/// The lines from `start` to `end`, with the newline that ends them, when only blanks stand
/// before `start`; else just `start..end`.
fn whole_line(text: &str, start: usize, end: usize) -> Span {
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    if !text[line_start..start].trim().is_empty() {
        return Span::new(start, end);
    }
    let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i + 1);
    Span::new(line_start, line_end)
}
