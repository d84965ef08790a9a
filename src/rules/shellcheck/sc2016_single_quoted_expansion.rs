//! SC2016 `single-quoted-expansion`: Expressions don't expand in single quotes.

use super::{scripts, short};
use crate::dockerfile::shell_facts::Word;
use crate::dockerfile::shell_pieces::PieceKind;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "SC2016",
        name: "single-quoted-expansion",
        severity: Severity::Info,
        origin: Origin::Shellcheck,
        summary: doc(Text { en: "Expressions don't expand in single quotes, use double quotes for that", zh: "单引号中的表达式不会展开，需要展开时请用双引号" }),
        why: doc(Text { en: "Inside '…' the shell passes $VAR, $(…) and backquotes on as they are written: echo 'home is $HOME' prints $HOME, not the directory.", zh: "在 '…' 中，shell 会把 $VAR、$(…) 和反引号原样传下去：echo 'home is $HOME' 输出的是 $HOME，而不是目录。" }),
        fix: doc(Text { en: "Use double quotes where the value is meant; keep single quotes for text another program reads (awk, perl, sh -c, jq), which is not reported.", zh: "需要取值的地方用双引号；交给其他程序解释的文本（awk、perl、sh -c、jq）保留单引号，这类情况不会报告。" }),
        bad: doc_str("FROM debian:12\nRUN echo 'built in $HOME' > /build.txt\n"),
        good: doc_str("FROM debian:12\nRUN echo \"built in $HOME\" > /build.txt\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

/// Programs that read their own `$` syntax in an argument (and shells run with a script).
const OWN_SYNTAX: &[&str] = &[
    "awk", "gawk", "mawk", "nawk", "perl", "jq", "eval", "ssh", "trap", "expr",
];
const SHELLS: &[&str] = &["sh", "bash", "dash", "ash", "zsh", "ksh"];

fn check(cx: &Ctx, out: &mut Out) {
    for (_, script, _) in scripts(cx) {
        let f = &script.facts;
        for c in &f.commands {
            if OWN_SYNTAX.contains(&c.name.as_str()) || SHELLS.contains(&c.name.as_str()) {
                continue;
            }
            for w in f.args(c) {
                // A shell named among the arguments runs the rest (find -exec sh -c '…').
                let base = w.raw.rsplit('/').next().unwrap_or(&w.raw);
                if SHELLS.contains(&base) {
                    break;
                }
                if !single_quoted_expansion(w) {
                    continue;
                }
                out.report(
                    w.span,
                    text!(
                        "{} is in single quotes, so its $ is not expanded",
                        "{} 在单引号中，其中的 $ 不会展开",
                        short(&w.raw)
                    ),
                    Some(text!(
                        "use double quotes if the value is meant",
                        "如果需要取值，请改用双引号"
                    )),
                );
                break;
            }
        }
    }
}

/// Whether a word has `'…$name…'`, `'…${name…'`, `'…$(…'` or a backquote inside single quotes
/// (outside command substitutions, whose commands are checked on their own).
fn single_quoted_expansion(w: &Word) -> bool {
    w.pieces().iter().any(|p| {
        let text = &w.raw[p.start..p.end];
        let PieceKind::Lit(inner) = &p.kind else {
            return false;
        };
        if !text.starts_with('\'') {
            return false;
        }
        let b = inner.as_bytes();
        b.iter().enumerate().any(|(k, &ch)| {
            ch == b'`'
                || (ch == b'$'
                    && match b.get(k + 1) {
                        Some(&n) if n.is_ascii_alphanumeric() || n == b'_' || n == b'(' => true,
                        // `${name…}`, not sed's `${\1…}`.
                        Some(b'{') => b.get(k + 2).is_some_and(|&m| {
                            m.is_ascii_alphanumeric() || matches!(m, b'_' | b'#' | b'@' | b'!')
                        }),
                        _ => false,
                    })
        })
    })
}
