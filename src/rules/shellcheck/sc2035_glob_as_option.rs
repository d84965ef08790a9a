//! SC2035 `glob-as-option`: Use ./*glob* or -- *glob* so names with dashes won't become options.

use super::{scripts, short};
use crate::dockerfile::shell_pieces::PieceKind;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "SC2035",
        name: "glob-as-option",
        severity: Severity::Info,
        origin: Origin::Shellcheck,
        summary: doc(Text { en: "Use ./*glob* or -- *glob* so names with dashes won't become options", zh: "用 ./*glob* 或 -- *glob*，以免以短横线开头的文件名被当成选项" }),
        why: doc(Text { en: "A glob that starts with * expands to file names as they are: a file called -rf in the directory becomes an option of rm.", zh: "以 * 开头的通配符会原样展开成文件名：目录中名为 -rf 的文件会变成 rm 的选项。" }),
        fix: doc(Text { en: "Write ./*.txt, or put -- before the globs.", zh: "写成 ./*.txt，或在通配符前加 --。" }),
        bad: doc_str("FROM debian:12\nWORKDIR /tmp/build\nRUN rm -f *.deb\n"),
        good: doc_str("FROM debian:12\nWORKDIR /tmp/build\nRUN rm -f ./*.deb\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (_, script, _) in scripts(cx) {
        let f = &script.facts;
        for c in f.commands.iter() {
            if matches!(c.name.as_str(), "echo" | "printf" | "[" | "test" | "for") {
                continue;
            }
            for w in f.args(c) {
                if w.raw == "--" {
                    break;
                }
                let first = w.pieces().first();
                let glob = first.is_some_and(|p| {
                    p.kind == PieceKind::Glob && matches!(&w.raw[p.start..p.end], "*" | "?")
                });
                if glob {
                    out.report(
                        w.span,
                        text!(
                            "{} {}: a file whose name starts with - would be read as an option",
                            "{} {}：以 - 开头的文件名会被当成选项",
                            c.name,
                            short(&w.raw)
                        ),
                        Some(text!("write ./{}", "写成 ./{}", w.raw)),
                    );
                }
            }
        }
    }
}
