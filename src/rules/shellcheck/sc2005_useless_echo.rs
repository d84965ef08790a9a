//! SC2005 `useless-echo`: Useless echo? Instead of 'echo $(cmd)', just use 'cmd'.

use super::{scripts, short};
use crate::dockerfile::shell_pieces::PieceKind;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "SC2005",
        name: "useless-echo",
        severity: Severity::Style,
        origin: Origin::Shellcheck,
        summary: doc(Text { en: "Useless echo? Instead of 'echo $(cmd)', just use 'cmd'", zh: "多余的 echo？不要写 echo $(cmd)，直接写 cmd" }),
        why: doc(Text { en: "echo $(cmd) captures the command's output only to print it again, losing its exit status and changing its blanks.", zh: "echo $(cmd) 捕获命令的输出只是为了再打印一遍，既丢掉了它的退出状态，又改变了其中的空白。" }),
        fix: doc(Text { en: "Run the command itself.", zh: "直接运行这个命令。" }),
        bad: doc_str("FROM debian:12\nRUN echo \"$(cat /etc/os-release)\" > /os.txt\n"),
        good: doc_str("FROM debian:12\nRUN cat /etc/os-release > /os.txt\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (_, script, _) in scripts(cx) {
        let f = &script.facts;
        for c in f.commands.iter().filter(|c| c.name == "echo") {
            let [only] = c.args.as_slice() else {
                continue;
            };
            let w = &f.words[*only];
            let ps = w.pieces();
            let subs: Vec<_> = ps
                .iter()
                .filter(|p| !matches!(&p.kind, PieceKind::Lit(s) if s.is_empty()))
                .collect();
            let whole = matches!(subs.as_slice(), [p] if matches!(p.kind, PieceKind::CommandSub | PieceKind::Backquote));
            if !whole {
                continue;
            }
            out.report(
                w.span,
                text!(
                    "echo {} only prints the output of a command",
                    "echo {} 只是把命令的输出再打印一遍",
                    short(&w.raw)
                ),
                Some(text!("run the command itself", "直接运行这个命令")),
            );
        }
    }
}
