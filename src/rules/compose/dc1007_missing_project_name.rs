//! DC1007 `missing-project-name`: no top-level `name:`.

use super::ComposeCtx;
use crate::rules::prelude::*;
use crate::text::Span;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DC1007",
        name: "missing-project-name",
        severity: Severity::Info,
        origin: Origin::Dclint,
        aliases: &["require-project-name-field"],
        target: crate::diagnostic::Target::Compose,
        summary: doc(Text {
            en: "The file gives no project name",
            zh: "文件没有指定项目名",
        }),
        why: doc(Text {
            en: "Without a top-level name, the project is named after the directory the file is in. Its containers, networks and volumes are prefixed with that name, so copying the folder under another name starts a second, separate project with empty volumes.",
            zh: "没有顶层的 name 时，项目以文件所在的目录命名。容器、网络和数据卷的名字都以它为前缀，所以把目录复制成另一个名字再启动，就会得到另一个独立的项目，数据卷也是空的。",
        }),
        fix: doc(Text {
            en: "Add name: <project> at the top of the file.",
            zh: "在文件开头加上 name: <项目名>。",
        }),
        differs: doc_opt(Some(Text {
            en: "Reported as information rather than dclint's warning, and not in a file that other files are merged onto (only the first file of a project is checked).",
            zh: "级别为提示，而 dclint 报告为警告；多个文件合并时只检查第一个文件。",
        })),
        bad: doc_str("services:\n  web:\n    image: nginx:1.27\n"),
        good: doc_str("name: shop\nservices:\n  web:\n    image: nginx:1.27\n"),
        ..Code::BASE
    },
    check: Check::Compose(check),
};

fn check(cx: &ComposeCtx, out: &mut Out) {
    if cx.top_levels().any(|(_, root)| root.get("name").is_some()) {
        return;
    }
    let Some((file, _)) = cx.top_levels().next() else {
        return;
    };
    out.report_at(
        crate::compose::model::Loc {
            file,
            span: Span::empty(0),
        },
        crate::text!(
            "no top-level name: the project is named after the directory this file is in",
            "没有顶层的 name：项目会以文件所在的目录命名"
        ),
        Some(crate::text!(
            "add name: <project> at the top",
            "在开头加上 name: <项目名>"
        )),
    );
}
