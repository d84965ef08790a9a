//! CopyIgnoredFile: COPY or ADD of a context path that `.dockerignore` excludes.

use crate::dockerfile::model::{CopyCommand, Instr};
use crate::dockerignore::{clean_path, DockerIgnore};
use crate::rules::prelude::*;
use crate::text;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "CopyIgnoredFile",
        name: "copy-ignored-file",
        severity: Severity::Warning,
        origin: Origin::Buildkit,
        summary: doc(Text {
            en: "COPY or ADD names a file that .dockerignore excludes from the build context",
            zh: "COPY 或 ADD 复制的文件已被 .dockerignore 排除在构建上下文之外",
        }),
        why: doc(Text {
            en: "Excluded files are never sent to the builder, so the instruction fails with \"not found\".",
            zh: "被排除的文件不会发送给构建器，这条指令会因为“找不到文件”而失败。",
        }),
        fix: doc(Text {
            en: "Remove the pattern that matches the file from .dockerignore, or do not copy the file.",
            zh: "从 .dockerignore 中删除匹配该文件的规则，或者不要复制它。",
        }),
        differs: doc_opt(Some(Text {
            en: "Runs only when a .dockerignore is known (beside the Dockerfile, or given to the API). For the context root \".\" only a lone \"*\" pattern counts, as BuildKit's own tests show.",
            zh: "只有在已知 .dockerignore（与 Dockerfile 同目录，或通过 API 传入）时才检查。对于构建上下文根目录 \".\"，与 BuildKit 的测试一致，只有单独的 \"*\" 规则才算排除。",
        })),
        bad: doc_str("FROM scratch\nCOPY .env /app/\n"),
        good: doc_str("FROM scratch\nCOPY app.py /app/\n"),
        example_dockerignore: Some(".env\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn is_remote(src: &str) -> bool {
    let lower = src.to_ascii_lowercase();
    ["http://", "https://", "git@", "git://", "ssh://"]
        .iter()
        .any(|p| lower.starts_with(p))
}

/// For the context root, BuildKit's own tests show that a lone `*` excludes it while `.*` and `**`
/// do not; only a lone `*` counts for the root here.
fn excludes(ignore: &DockerIgnore, path: &str) -> bool {
    if path == "." || path == "/" {
        let mut excluded = false;
        for p in &ignore.patterns {
            if p.pattern == "*" {
                excluded = !p.negated;
            }
        }
        return excluded;
    }
    ignore.excludes(path)
}

fn check(cx: &Ctx, out: &mut Out) {
    let Some(ignore) = cx.dockerignore else {
        return;
    };
    for (ins, node) in cx.instructions() {
        let (Instr::Copy(CopyCommand {
            sources,
            from: None,
            ..
        })
        | Instr::Add(CopyCommand {
            sources,
            from: None,
            ..
        })) = &ins.kind
        else {
            continue;
        };
        let kw = ins.keyword_str();
        for src in sources {
            if is_remote(&src.value)
                || src.value.starts_with("<<")
                || node.heredocs.is_empty() && src.value.is_empty()
            {
                continue;
            }
            let path = clean_path(&src.value);
            if excludes(ignore, &path) {
                out.report(
                    src.span,
                    text!(
                        "{kw} source \"{path}\" is excluded by .dockerignore, so the build cannot find it",
                        "{kw} 的源文件 \"{path}\" 已被 .dockerignore 排除，构建时会找不到它"
                    ),
                    Some(text!(
                        "remove the matching pattern from .dockerignore, or stop copying \"{path}\" with {kw}",
                        "从 .dockerignore 中删除匹配的规则，或不要再用 {kw} 复制 \"{path}\""
                    )),
                );
            }
        }
    }
}
