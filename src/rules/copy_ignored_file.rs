//! CopyIgnoredFile (BuildKit): COPY or ADD of a context path that `.dockerignore` excludes.
//!
//! Excluded files are not sent to the builder, so the copy fails with "not found". Sources from
//! another stage or image (`--from`), URLs, git repositories and heredocs are not checked.

use super::Context;
use crate::diagnostic::{Code, Diagnostic, Severity};
use crate::dockerfile::model::Detail;
use crate::dockerfile::Dockerfile;
use crate::dockerignore::clean_path;
use crate::text;

/// BuildKit's name for this check.
pub const CODE: Code = Code {
    id: "CopyIgnoredFile",
    name: "copy-ignored-file",
    severity: Severity::Warning,
};

fn is_remote(src: &str) -> bool {
    let lower = src.to_ascii_lowercase();
    ["http://", "https://", "git@", "git://", "ssh://"]
        .iter()
        .any(|p| lower.starts_with(p))
}

/// Whether `path` is excluded. For the context root (`.`), BuildKit's own tests show that a lone
/// `*` excludes it while `.*` and `**` do not; only a lone `*` counts for the root here.
fn ignore_excludes(ignore: &crate::dockerignore::DockerIgnore, path: &str) -> bool {
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

/// Report each excluded source.
pub fn check(model: &Dockerfile, ctx: &Context, out: &mut Vec<Diagnostic>) {
    let Some(ignore) = ctx.dockerignore else {
        return;
    };
    for ins in &model.instructions {
        let Detail::Copy {
            sources,
            from: None,
            ..
        } = &ins.detail
        else {
            continue;
        };
        let node = &model.parsed.nodes[ins.node];
        let kw = ins.keyword.as_str();
        for src in sources {
            if is_remote(&src.value)
                || node
                    .heredocs
                    .iter()
                    .any(|h| src.value == format!("<<{}", h.name))
            {
                continue;
            }
            if src.value.starts_with("<<") {
                continue;
            }
            let path = clean_path(&src.value);
            if ignore_excludes(ignore, &path) {
                out.push(
                    Diagnostic::new(
                        CODE,
                        src.span,
                        text!(
                            "{kw} source \"{path}\" is excluded by .dockerignore, so the build cannot find it",
                            "{kw} 的源文件 \"{path}\" 已被 .dockerignore 排除，构建时会找不到它"
                        ),
                    )
                    .with_help(text!(
                        "remove the matching pattern from .dockerignore, or stop copying \"{path}\" with {kw}",
                        "从 .dockerignore 中删除匹配的规则，或不要再用 {kw} 复制 \"{path}\""
                    )),
                );
            }
        }
    }
}
