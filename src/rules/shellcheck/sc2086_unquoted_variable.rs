//! SC2086 `unquoted-variable`: Double quote to prevent globbing and word splitting.

use super::{expansion_keeps_spaceless, piece_span, scripts, spaceless_vars, splits};
use crate::dockerfile::shell_pieces::{spaceless_special, ParamOp, PieceKind};
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "SC2086",
        name: "unquoted-variable",
        severity: Severity::Info,
        origin: Origin::Shellcheck,
        summary: doc(Text { en: "Double quote to prevent globbing and word splitting", zh: "用双引号包住变量，防止通配符展开和分词" }),
        why: doc(Text { en: "An unquoted $VAR is split at blanks and each part expanded as a glob: a path with a space becomes two arguments, a value of * becomes every file name.", zh: "未加引号的 $VAR 会按空白拆成多个词，每个词还会作为通配符展开：带空格的路径变成两个参数，值为 * 时会变成所有文件名。" }),
        fix: doc(Text { en: "Write \"$VAR\". A variable the RUN sets to a word without blanks, or an ARG or ENV declared before it, is not reported.", zh: "写成 \"$VAR\"。RUN 中设为不含空白的值的变量，以及 RUN 之前用 ARG 或 ENV 声明的变量，不会报告。" }),
        differs: doc_opt(Some(Text { en: "hadolint reports at most one ShellCheck finding per RUN (the last one ShellCheck prints); dockplay reports every unquoted expansion at its place. ARG and ENV of a stage's base stages count as declared, as they are in Docker.", zh: "hadolint 每个 RUN 最多只报告一条 ShellCheck 结果（ShellCheck 输出的最后一条）；dockplay 会在每个未加引号的展开处分别报告。基础阶段中的 ARG 和 ENV 也算已声明，与 Docker 的行为一致。" })),
        bad: doc_str("FROM debian:12\nRUN cp /src/app.conf $CONF_DIR\n"),
        good: doc_str("FROM debian:12\nRUN cp /src/app.conf \"$CONF_DIR\"\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (ins, script, _) in scripts(cx) {
        let f = &script.facts;
        let known = spaceless_vars(cx, ins, f);
        for w in f.words.iter().filter(|w| splits(w.role)) {
            for p in w.pieces() {
                let PieceKind::Param { name, op } = &p.kind else {
                    continue;
                };
                let text = &w.raw[p.start..p.end];
                let array =
                    name == "@" || name == "*" || text.contains("[@]") || text.contains("[*]");
                if p.quoted
                    || array
                    || *op == ParamOp::Length
                    || spaceless_special(name)
                    || NUMERIC.contains(&name.as_str())
                    || (known.contains(name) && expansion_keeps_spaceless(text))
                {
                    continue;
                }
                out.report(
                    piece_span(cx, w, p),
                    text!(
                        "{text} is not quoted: its value is split at blanks and expanded as a glob",
                        "{text} 没有加引号：它的值会按空白分词，并作为通配符展开"
                    ),
                    Some(text!("write \"{text}\"", "写成 \"{text}\"")),
                );
            }
        }
    }
}

/// Variables the shell sets to a number.
const NUMERIC: &[&str] = &[
    "RANDOM",
    "LINENO",
    "PPID",
    "UID",
    "EUID",
    "SECONDS",
    "OPTIND",
    "BASHPID",
    "SHLVL",
    "COLUMNS",
    "LINES",
    "HISTSIZE",
    "HISTFILESIZE",
    "BASH_SUBSHELL",
];
