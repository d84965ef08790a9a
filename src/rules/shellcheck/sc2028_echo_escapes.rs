//! SC2028 `echo-escapes`: echo may not expand escape sequences. Use printf.

use super::{scripts, short};
use crate::dockerfile::shell_pieces::PieceKind;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "SC2028",
        name: "echo-escapes",
        severity: Severity::Info,
        origin: Origin::Shellcheck,
        summary: doc(Text { en: "echo may not expand escape sequences. Use printf", zh: "echo 不一定会解释转义序列，请用 printf" }),
        why: doc(Text { en: "Whether echo turns \\n into a newline depends on the shell: dash's echo does, bash's does not without -e. The same RUN writes different files on different base images.", zh: "echo 是否把 \\n 变成换行取决于 shell：dash 的 echo 会，bash 的 echo 不加 -e 就不会。同一个 RUN 在不同的基础镜像上会写出不同的文件。" }),
        fix: doc(Text { en: "Use printf '…\\n', whose escapes are the same in every shell.", zh: "改用 printf '…\\n'，它在各种 shell 中对转义的处理都相同。" }),
        bad: doc_str("FROM debian:12\nRUN echo \"[global]\\nindex-url = https://pypi.example.com\" > /etc/pip.conf\n"),
        good: doc_str("FROM debian:12\nRUN printf '[global]\\nindex-url = https://pypi.example.com\\n' > /etc/pip.conf\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (_, script, _) in scripts(cx) {
        let f = &script.facts;
        for c in f.commands.iter().filter(|c| c.name == "echo") {
            let args: Vec<_> = f.args(c).collect();
            // With -e the escapes are asked for (SC3037 says -e itself is not POSIX).
            if args
                .iter()
                .any(|w| flag(&w.raw).is_some_and(|f| f.contains('e')))
            {
                continue;
            }
            let escaped = args.iter().find(|w| {
                let value: String = w
                    .pieces()
                    .iter()
                    .filter_map(|p| match &p.kind {
                        PieceKind::Lit(s) => Some(s.as_str()),
                        _ => None,
                    })
                    .collect();
                has_escape(&value)
            });
            if let Some(w) = escaped {
                out.report(
                    w.span,
                    text!(
                        "echo {} has a backslash escape that some shells' echo expand and others print", "echo {} 含有反斜杠转义，有的 shell 的 echo 会解释它，有的会原样输出", short(&w.raw)
                    ),
                    Some(text!("use printf instead", "改用 printf")),
                );
            }
        }
    }
}

/// The letters of an echo option word (`-n`, `-ne`), or `None`.
pub(super) fn flag(raw: &str) -> Option<&str> {
    let rest = raw.strip_prefix('-')?;
    (!rest.is_empty() && rest.chars().all(|c| matches!(c, 'e' | 'n' | 'E'))).then_some(rest)
}

/// Whether a value holds an escape POSIX echo interprets.
fn has_escape(value: &str) -> bool {
    let b = value.as_bytes();
    b.windows(2)
        .any(|w| w[0] == b'\\' && b"abefnrtvx0\\".contains(&w[1]))
}
