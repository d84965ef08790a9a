//! DP1003: `#` after the arguments of an instruction is not a comment.

use crate::diagnostic::Severity;
use crate::dockerfile::Keyword;
use crate::rules::prelude::*;
use crate::text;
use crate::text::Span;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DP1003",
        name: "inline-comment",
        severity: Severity::Warning,
        origin: Origin::Dockplay,
        summary: doc(Text {
            en: "A # after an instruction's arguments is not a comment",
            zh: "写在指令参数后面的 # 并不是注释",
        }),
        why: doc(Text {
            en: "Dockerfile comments are whole lines that start with #. Elsewhere # is an ordinary argument: COPY . . # copy all copies files named \"#\", \"copy\" and \"all\" into the directory \"all\".",
            zh: "Dockerfile 的注释必须独占一行并以 # 开头。写在其他位置的 # 只是普通参数：COPY . . # 全部复制 会把名为 \"#\" 的文件一起复制到名为 \"全部复制\" 的目录中。",
        }),
        fix: doc(Text { en: "Move the comment to its own line above the instruction.", zh: "把注释移到指令上方单独的一行。" }),
        differs: doc_opt(Some(Text {
            en: "RUN, CMD, ENTRYPOINT and HEALTHCHECK in shell form are not flagged: there the shell treats # as a comment.",
            zh: "shell 形式的 RUN、CMD、ENTRYPOINT 和 HEALTHCHECK 不报告：shell 会把 # 当作注释。",
        })),
        bad: doc_str("FROM python:3.12-slim\nWORKDIR /app\nCOPY . .  # copy everything\n"),
        good: doc_str("FROM python:3.12-slim\nWORKDIR /app\n# copy everything\nCOPY . .\n"),
        fixable: true,
        unsafe_fix: true,
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (ins, node) in cx.instructions() {
        if matches!(
            ins.keyword(),
            Some(
                Keyword::Run
                    | Keyword::Cmd
                    | Keyword::Entrypoint
                    | Keyword::Healthcheck
                    | Keyword::Shell
                    | Keyword::Onbuild
            )
        ) {
            continue;
        }
        let rest = node.rest();
        let Some(pos) = rest
            .char_indices()
            .find(|(i, c)| *c == '#' && *i > 0 && rest[..*i].ends_with(char::is_whitespace))
            .map(|(i, _)| i)
        else {
            continue;
        };
        let comment = rest[pos..].trim_start_matches('#').trim().to_string();
        let words: Vec<String> = rest[pos..]
            .split_whitespace()
            .map(|w| format!("\"{w}\""))
            .collect();
        let (words, words_zh) = (words.join(", "), words.join("、"));
        // The span of the "#" within the argument text (same line in the usual case).
        let start = node.rest_span.start + pos;
        let span = if cx.src.get(start..start + 1) == Some("#") {
            Span::new(start, start + 1)
        } else {
            node.rest_span
        };
        let kw = ins.keyword_str();
        let message = crate::i18n::Text::new(
            format!("\"#\" here is not a comment: {kw} gets {words} as arguments"),
            format!("这里的 \"#\" 不是注释：{kw} 会把 {words_zh} 当作参数"),
        );
        let help = Some(text!(
            "put the comment on its own line above: # {comment}",
            "把注释单独放到上一行：# {comment}"
        ));
        // The fix moves the comment above the instruction, when both sit on one line.
        let line_start = cx.src[..node.keyword.span.start]
            .rfind('\n')
            .map_or(0, |i| i + 1);
        let indent = &cx.src[line_start..node.keyword.span.start];
        let one_line = span.len() == 1
            && !cx.src[node.keyword.span.start..node.rest_span.end].contains('\n')
            && indent.chars().all(char::is_whitespace);
        if one_line {
            let cut = cx.src[..span.start].trim_end().len();
            let fix = crate::diagnostic::Fix {
                message: text!("move the comment to its own line", "把注释移到单独的一行"),
                edits: vec![
                    crate::diagnostic::Edit {
                        span: Span::new(line_start, line_start),
                        replacement: format!("{indent}# {comment}\n"),
                    },
                    crate::diagnostic::Edit {
                        span: Span::new(cut, node.rest_span.end),
                        replacement: String::new(),
                    },
                ],
            };
            out.report_fix(span, message, help, fix);
        } else {
            out.report(span, message, help);
        }
    }
}
