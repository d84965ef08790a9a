//! DL3010 `add-for-archives`: Use ADD to extract archives into an image.

use super::archives::is_archive;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3010",
        name: "add-for-archives",
        severity: Severity::Info,
        origin: Origin::Hadolint,
        summary: doc(Text { en: "Use ADD to extract archives into an image", zh: "解压归档文件时应使用 ADD" }),
        why: doc(Text { en: "COPY plus RUN tar leaves the archive in one layer and its contents in another; ADD extracts local archives in one step.", zh: "COPY 加 RUN tar 会让归档文件和解压内容分别占用两层；ADD 可以一步解压本地归档。" }),
        fix: doc(Text { en: "Write ADD app.tar.gz /opt/ instead.", zh: "改为 ADD app.tar.gz /opt/，一步完成解压。" }),
        differs: doc_opt(Some(Text { en: "Archives are recognised whatever the case of their extension (ADD looks at the content), and old-style tar xf counts as extraction; tar -c (create) does not; a bare .gz that is not a tar is not reported, since ADD would not extract it.", zh: "无论扩展名大小写都能识别压缩包（ADD 按内容判断），不带短横线的 tar xf 也算解压；tar -c（创建）不算；不是 tar 的单独 .gz 文件不报告，因为 ADD 不会解压它。" })),
        bad: doc_str("FROM debian:12\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt\n"),
        good: doc_str("FROM debian:12\nADD app.tar.gz /opt/\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    for stage in &cx.model.stages {
        let mut copied: Vec<(String, crate::text::Span)> = Vec::new();
        for (ins, _) in cx.stage_instructions(stage) {
            match &ins.kind {
                Instr::Copy(CopyCommand {
                    sources,
                    from: None,
                    ..
                })
                | Instr::Add(CopyCommand {
                    sources,
                    from: None,
                    ..
                }) if ins.is(Keyword::Copy) => {
                    copied.extend(sources.iter().filter(|s| is_archive(&s.value)).map(|s| {
                        (
                            s.value.rsplit('/').next().unwrap_or(&s.value).to_string(),
                            s.span,
                        )
                    }));
                }
                Instr::Run(RunCommand { .. }) => {
                    let Some(script) = cx.script(ins) else {
                        continue;
                    };
                    for c in script
                        .commands
                        .iter()
                        .filter(|c| c.name == "tar" && extracts(c))
                    {
                        if let Some((name, span)) = copied
                            .iter()
                            .find(|(n, _)| c.args.iter().any(|a| a.ends_with(n.as_str())))
                        {
                            out.report(*span, text!("\"{name}\" is copied and then extracted with tar; ADD extracts it in one step", "\"{name}\" 先被复制再用 tar 解压；ADD 可以一步完成"), None);
                        }
                    }
                }
                _ => {}
            }
        }
    }
}

/// Whether a tar command extracts (`-x`, `--extract`, `--get`, or old-style `xzf`).
fn extracts(c: &ShellCommand) -> bool {
    c.args.iter().enumerate().any(|(i, a)| {
        a == "--extract"
            || a == "--get"
            || (a.starts_with('-') && !a.starts_with("--") && a.contains('x'))
            || (i == 0
                && !a.starts_with('-')
                && a.contains('x')
                && a.chars().all(|ch| ch.is_ascii_alphabetic()))
    })
}
