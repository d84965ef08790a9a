//! DC1107 `relative-bind-path`: a bind mount's relative host path that does not start with `.`.

use super::ComposeCtx;
use crate::rules::prelude::*;
use crate::yaml::Node;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DC1107",
        name: "relative-bind-path",
        severity: Severity::Warning,
        target: crate::diagnostic::Target::Compose,
        summary: doc(Text {
            en: "A relative host path that does not start with ./",
            zh: "宿主机的相对路径没有以 ./ 开头",
        }),
        why: doc(Text {
            en: "In the short syntax, Compose takes the part before the colon for a host path only when it starts with ., / or ~; anything else is the name of a named volume, so data/db:/var/lib/mysql asks for a volume called data/db, which does not exist. In the long syntax a bind source data works, but reads like a volume name.",
            zh: "在简写语法中，只有以 .、/ 或 ~ 开头时，冒号前面的部分才被当作宿主机路径；其他写法都是具名数据卷的名字，所以 data/db:/var/lib/mysql 引用的是一个名为 data/db 的数据卷，而它并不存在。长语法中绑定挂载的 source 写成 data 虽然可用，但看起来像数据卷的名字。",
        }),
        fix: doc(Text {
            en: "Start the path with ./ (./data/db:/var/lib/mysql).",
            zh: "让路径以 ./ 开头（./data/db:/var/lib/mysql）。",
        }),
        bad: doc_str("services:\n  db:\n    image: mysql:8.4\n    volumes:\n      - type: bind\n        source: data\n        target: /var/lib/mysql\n"),
        good: doc_str("services:\n  db:\n    image: mysql:8.4\n    volumes:\n      - type: bind\n        source: ./data\n        target: /var/lib/mysql\n"),
        ..Code::BASE
    },
    check: Check::Compose(check),
};

fn relative_without_dot(path: &str) -> bool {
    let drive = path.len() > 1 && path.as_bytes()[1] == b':';
    !(path.is_empty() || path.starts_with(['.', '/', '~', '$', '\\']) || drive)
}

fn check(cx: &ComposeCtx, out: &mut Out) {
    for s in cx.services() {
        for item in s.body.get("volumes").and_then(Node::as_seq).unwrap_or(&[]) {
            let (at, path, short) = if let Some(v) = item.as_str() {
                let source = v.split(':').next().unwrap_or("");
                if !v.contains(':') || !source.contains('/') || !relative_without_dot(source) {
                    continue;
                }
                (item.span, source, true)
            } else if item.get("type").and_then(Node::as_str) == Some("bind") {
                let Some(src) = item.get("source") else {
                    continue;
                };
                let Some(path) = src.as_str().filter(|p| relative_without_dot(p)) else {
                    continue;
                };
                (src.span, path, false)
            } else {
                continue;
            };
            let message = if short {
                crate::text!(
                    "\"{path}\" does not start with ./, so Compose reads it as the name of a volume, not a host path",
                    "\"{path}\" 没有以 ./ 开头，Compose 会把它当作数据卷的名字，而不是宿主机路径"
                )
            } else {
                crate::text!(
                    "the bind source \"{path}\" is relative to the project directory: write ./{path} to say so",
                    "绑定挂载的源路径 \"{path}\" 是相对于项目目录的：写成 ./{path} 更清楚"
                )
            };
            out.report_at(
                s.loc(at),
                message,
                Some(crate::text!("write ./{path}", "写成 ./{path}")),
            );
        }
    }
}
