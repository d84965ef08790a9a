//! DP1010: ADD of a URL without --checksum.

use crate::diagnostic::Severity;
use crate::dockerfile::model::{CopyCommand, Instr};
use crate::dockerfile::Keyword;
use crate::rules::prelude::*;
use crate::text;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DP1010",
        name: "add-url-without-checksum",
        severity: Severity::Warning,
        origin: Origin::Dockplay,
        summary: doc(Text {
            en: "ADD downloads a URL without --checksum",
            zh: "ADD 下载 URL 时没有使用 --checksum",
        }),
        why: doc(Text {
            en: "Whatever the server returns ends up in the image: a changed or tampered file goes unnoticed, and the build is not reproducible.",
            zh: "服务器返回什么，镜像里就是什么：文件被更换或篡改都不会被发现，构建也无法复现。",
        }),
        fix: doc(Text {
            en: "Pin the content: ADD --checksum=sha256:<digest> <url> <dest>.",
            zh: "固定内容的校验值：ADD --checksum=sha256:<摘要> <url> <目标路径>。",
        }),
        bad: doc_str("FROM alpine:3.20\nADD https://example.com/tool.tar.gz /tmp/\n"),
        good: doc_str("FROM alpine:3.20\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool.tar.gz /tmp/\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for (ins, _) in cx.instructions() {
        if !ins.is(Keyword::Add) {
            continue;
        }
        let (Instr::Copy(CopyCommand { sources, flags, .. })
        | Instr::Add(CopyCommand { sources, flags, .. })) = &ins.kind
        else {
            continue;
        };
        if flags.iter().any(|(n, _)| n == "checksum") {
            continue;
        }
        for s in sources
            .iter()
            .filter(|s| s.value.starts_with("http://") || s.value.starts_with("https://"))
        {
            let url = &s.value;
            out.report(
                s.span,
                text!(
                    "ADD downloads \"{url}\" without --checksum, so any content the server sends is accepted",
                    "ADD 下载 \"{url}\" 时没有 --checksum，服务器返回任何内容都会被接受"
                ),
                Some(text!("add --checksum=sha256:<digest>", "加上 --checksum=sha256:<摘要>")),
            );
        }
    }
}
