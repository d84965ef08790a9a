//! DC1005 `quoted-volume`: a `volumes` item in quotes that needs none.

use super::ComposeCtx;
use crate::rules::prelude::*;
use crate::yaml::{Node, Style, Value};

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DC1005",
        name: "quoted-volume",
        severity: Severity::Style,
        origin: Origin::Dclint,
        aliases: &["no-quotes-in-volumes"],
        target: crate::diagnostic::Target::Compose,
        summary: doc(Text {
            en: "A volume is written in quotes it does not need",
            zh: "数据卷条目加了多余的引号",
        }),
        why: doc(Text {
            en: "A volume item is always a string, so quotes add nothing; a consistent style makes the files easier to compare.",
            zh: "数据卷条目总是字符串，引号没有作用；统一的写法让文件更容易比较。",
        }),
        fix: doc(Text {
            en: "Remove the quotes.",
            zh: "去掉引号。",
        }),
        differs: doc_opt(Some(Text {
            en: "Quotes that are needed (the value holds \": \", \" #\", starts with a YAML indicator, or has escapes) are not reported. dclint reports the first line of the file that contains the volume's text; dockplay reports the item.",
            zh: "必需的引号（值中含有 \": \"、\" #\"，以 YAML 指示符开头，或者含有转义）不报告。dclint 报告的是文件中第一个包含这段文本的行；dockplay 报告这个条目本身。",
        })),
        bad: doc_str("services:\n  db:\n    image: postgres:16\n    volumes:\n      - \"db-data:/var/lib/postgresql/data\"\nvolumes:\n  db-data:\n"),
        good: doc_str("services:\n  db:\n    image: postgres:16\n    volumes:\n      - db-data:/var/lib/postgresql/data\nvolumes:\n  db-data:\n"),
        fixable: true,
        ..Code::BASE
    },
    check: Check::Compose(check),
};

/// Whether `v` reads back as the same string without quotes.
fn safe_plain(v: &str) -> bool {
    let first = v.chars().next();
    !v.is_empty()
        && !first.is_some_and(|c| "-?:,[]{}#&*!|>'\"%@` ".contains(c))
        && !v.ends_with([' ', ':'])
        && !v.contains(": ")
        && !v.contains(" #")
        && !v.contains(['\n', '\t', '\\'])
        && crate::yaml::parse_int(v).is_none()
        && !matches!(
            v,
            "true" | "false" | "null" | "~" | "yes" | "no" | "on" | "off"
        )
}

fn check(cx: &ComposeCtx, out: &mut Out) {
    for s in cx.services() {
        let Some(items) = s.body.get("volumes").and_then(Node::as_seq) else {
            continue;
        };
        for item in items {
            let Value::Scalar(v, Style::Quoted) = &item.value else {
                continue;
            };
            let raw = cx.raw(s.file, item);
            let quoted =
                raw.len() == v.len() + 2 && (raw.starts_with('"') || raw.starts_with('\''));
            if !quoted || &raw[1..raw.len() - 1] != v || !safe_plain(v) {
                continue;
            }
            out.report_fix_at(
                s.loc(item.span),
                crate::text!("the volume {v} needs no quotes", "数据卷 {v} 不需要引号"),
                Some(crate::text!("write it without quotes", "去掉引号")),
                Fix::replace(
                    crate::text!("remove the quotes", "去掉引号"),
                    item.span,
                    v.clone(),
                ),
            );
        }
    }
}
