//! DP1004: an exec form that is not valid JSON (single quotes, missing commas) runs as shell form.

use crate::diagnostic::Severity;
use crate::dockerfile::syntax::Form;
use crate::dockerfile::Keyword;
use crate::rules::prelude::*;
use crate::text;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DP1004",
        name: "invalid-exec-form",
        severity: Severity::Warning,
        origin: Origin::Dockplay,
        summary: doc(Text {
            en: "This looks like exec form but is not valid JSON, so it runs as a shell command",
            zh: "看起来像 exec 形式，但不是合法的 JSON，因此会被当作 shell 命令执行",
        }),
        why: doc(Text {
            en: "The exec form must be a JSON array: double quotes, commas between items. Anything else (['python', 'app.py']) is shell form: Docker runs /bin/sh -c \"['python', 'app.py']\", which fails with a confusing error.",
            zh: "exec 形式必须是 JSON 数组：使用双引号，元素之间用逗号分隔。其他写法（如 ['python', 'app.py']）都算 shell 形式：Docker 会执行 /bin/sh -c \"['python', 'app.py']\"，报出令人困惑的错误。",
        }),
        fix: doc(Text { en: "Use double quotes and commas: CMD [\"python\", \"app.py\"].", zh: "使用双引号和逗号：CMD [\"python\", \"app.py\"]。" }),
        bad: doc_str("FROM python:3.12-slim\nCMD ['python', 'app.py']\n"),
        good: doc_str("FROM python:3.12-slim\nCMD [\"python\", \"app.py\"]\n"),
        fixable: true,
        unsafe_fix: true,
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (ins, node) in cx.instructions() {
        if !matches!(
            ins.keyword(),
            Some(
                Keyword::Cmd
                    | Keyword::Entrypoint
                    | Keyword::Run
                    | Keyword::Shell
                    | Keyword::Healthcheck
                    | Keyword::Volume
                    | Keyword::Copy
                    | Keyword::Add
            )
        ) {
            continue;
        }
        if node.form == Form::Json {
            continue;
        }
        let rest = node.rest();
        let body = if ins.is(Keyword::Healthcheck) {
            rest.split_once(char::is_whitespace)
                .map(|(_, r)| r.trim())
                .unwrap_or("")
        } else {
            rest
        };
        if !(body.starts_with('[') && body.ends_with(']')) {
            continue;
        }
        let kw = ins.keyword_str();
        let fixed: Vec<String> = body[1..body.len() - 1]
            .split(',')
            .map(|w| format!("\"{}\"", w.trim().trim_matches(['\'', '"'])))
            .collect();
        let fixed = fixed.join(", ");
        let (en, zh) = if body.contains('\'') {
            ("uses single quotes", "使用了单引号")
        } else {
            ("is not valid JSON", "不是合法的 JSON")
        };
        let message = text!(
            "{kw} {en}, so Docker runs it as a shell command: /bin/sh -c \"{body}\"",
            "{kw} 的参数{zh}，Docker 会把它当作 shell 命令执行：/bin/sh -c \"{body}\""
        );
        let help = Some(text!("write {kw} [{fixed}]", "改写为 {kw} [{fixed}]"));
        // Offer the edit only when the brackets are written on one line and no element hides a
        // comma or a quote of its own.
        let at = node.rest_span.end.checked_sub(body.len());
        let plain = body[1..body.len() - 1].split(',').all(|w| {
            !w.trim()
                .trim_matches(['\'', '"'])
                .contains(['\'', '"', '\\'])
        });
        match at {
            Some(start) if plain && cx.src.get(start..node.rest_span.end) == Some(body) => out
                .report_fix(
                    node.rest_span,
                    message,
                    help,
                    crate::diagnostic::Fix::replace(
                        text!("write [{fixed}]", "改写为 [{fixed}]"),
                        crate::text::Span::new(start, node.rest_span.end),
                        format!("[{fixed}]"),
                    ),
                ),
            _ => out.report(node.rest_span, message, help),
        }
    }
}
