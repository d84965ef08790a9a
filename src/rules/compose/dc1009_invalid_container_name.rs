//! DC1009 `invalid-container-name`: a `container_name` Docker refuses.

use super::ComposeCtx;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DC1009",
        name: "invalid-container-name",
        severity: Severity::Error,
        origin: Origin::Dclint,
        aliases: &["service-container-name-regex", "service-container-name-convention"],
        target: crate::diagnostic::Target::Compose,
        summary: doc(Text {
            en: "A container_name that Docker does not accept",
            zh: "container_name 不符合 Docker 的命名规则",
        }),
        why: doc(Text {
            en: "Docker accepts container names of at least two characters that start with a letter or digit and contain only letters, digits, _, . and -. Compose reads the file, and the container fails to be created.",
            zh: "Docker 要求容器名至少有两个字符，以字母或数字开头，并且只能包含字母、数字、_、. 和 -。Compose 能读取这个文件，但创建容器时会失败。",
        }),
        fix: doc(Text {
            en: "Use letters, digits, _, . and -, starting with a letter or digit.",
            zh: "只用字母、数字、_、. 和 -，并以字母或数字开头。",
        }),
        differs: doc_opt(Some(Text {
            en: "A name written with ${VARIABLE} is judged after interpolation (dclint judges the text ${VARIABLE} and reports it).",
            zh: "用 ${变量} 写的名字按插值之后的值判断（dclint 按 ${变量} 这段文本判断并报告它）。",
        })),
        bad: doc_str("services:\n  web:\n    image: nginx:1.27\n    container_name: my web\n"),
        good: doc_str("services:\n  web:\n    image: nginx:1.27\n    container_name: my-web\n"),
        ..Code::BASE
    },
    check: Check::Compose(check),
};

/// `[a-zA-Z0-9][a-zA-Z0-9_.-]+`, Docker's rule for container names.
pub(crate) fn valid(name: &str) -> bool {
    let b = name.as_bytes();
    b.len() >= 2
        && b[0].is_ascii_alphanumeric()
        && b[1..]
            .iter()
            .all(|c| c.is_ascii_alphanumeric() || b"_.-".contains(c))
}

fn check(cx: &ComposeCtx, out: &mut Out) {
    for s in cx.services() {
        let Some(v) = s.body.get("container_name") else {
            continue;
        };
        let Some(name) = v.as_str() else { continue };
        if name.is_empty() || valid(name) {
            continue;
        }
        out.report_at(
            s.loc(v.span),
            crate::text!(
                "container_name \"{name}\" is not a valid container name",
                "container_name \"{name}\" 不是合法的容器名"
            ),
            Some(crate::text!(
                "use letters, digits, _, . and -, starting with a letter or digit",
                "只用字母、数字、_、. 和 -，并以字母或数字开头"
            )),
        );
    }
}
