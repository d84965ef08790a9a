//! The cache-order lesson shared by the teaching rule DP1001 and the cache simulator: a dependency
//! install after a broad `COPY . .` re-runs on every code change. Finds that pattern in a stage
//! and builds the reordering (copy the manifests, install, then copy the rest) as a text edit.

use crate::diagnostic::{Edit, Fix};
use crate::dockerfile::model::{CopyCommand, Instr, Instruction, RunCommand};
use crate::dockerfile::packages::PackageCommand;
use crate::dockerfile::run_script::{Script, ShellCommand};
use crate::dockerfile::Dockerfile;
use crate::dockerfile::Keyword;
use crate::text::Span;
use std::borrow::Cow;

/// Whether a COPY source takes the whole build context.
pub fn whole_context(src: &str) -> bool {
    matches!(src.trim_end_matches('/'), "." | "" | "./" | "*" | "./*")
}

/// A dependency install that runs after a broad COPY in the same stage.
#[derive(Debug, Clone)]
pub struct LateInstall {
    /// Instruction index of the broad `COPY . .`.
    pub copy: usize,
    /// Instruction index of the RUN.
    pub run: usize,
    /// The install command.
    pub command: ShellCommand,
    /// The manifests it reads.
    pub manifests: Vec<String>,
    /// Whether the whole RUN may move above the code copy: it parsed, and it does nothing but
    /// installs and apt/apk/rm housekeeping.
    pub movable: bool,
}

/// Every dependency install after a broad COPY, in file order. `script_of` gives a RUN's parsed
/// script (the rules pass the one they already parsed).
pub fn late_installs<'a>(
    model: &Dockerfile,
    script_of: impl Fn(&Instruction) -> Option<Cow<'a, Script>>,
) -> Vec<LateInstall> {
    let mut out = Vec::new();
    for stage in &model.stages {
        let mut broad: Option<usize> = None;
        for &i in &stage.instructions {
            let ins = &model.instructions[i];
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
                }) if broad.is_none() && sources.iter().any(|s| whole_context(&s.value)) => {
                    broad = Some(i);
                }
                Instr::Run(RunCommand { .. }) => {
                    let Some(copy) = broad else { continue };
                    let Some(script) = script_of(ins) else {
                        continue;
                    };
                    let movable = !script.unparsed && script.commands.iter().all(movable);
                    for p in PackageCommand::read_script(&script) {
                        let c = &script.commands[p.command];
                        if let Some(manifests) = p.manifests(c) {
                            out.push(LateInstall {
                                copy,
                                run: i,
                                command: c.clone(),
                                manifests,
                                movable,
                            });
                        }
                    }
                }
                _ => {}
            }
        }
    }
    out
}

/// Commands that may move above the code copy together with the install.
fn movable(c: &ShellCommand) -> bool {
    PackageCommand::read(c, 0).is_some_and(|p| p.manifests(c).is_some())
        || matches!(
            c.name.as_str(),
            "apt-get" | "apk" | "rm" | "mkdir" | "set" | "true" | "echo" | "export"
        )
}

/// `at`, moved back to the start of the character it falls in (callers step one byte back from
/// a span's end, which may land inside a multi-byte character).
fn char_start(src: &str, at: usize) -> usize {
    let mut at = at.min(src.len());
    while !src.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Start of the line holding byte `at`.
fn line_start(src: &str, at: usize) -> usize {
    let at = char_start(src, at);
    src[..at].rfind('\n').map_or(0, |i| i + 1)
}

/// End of the line holding byte `at`, past its newline.
fn line_end(src: &str, at: usize) -> usize {
    let at = char_start(src, at);
    src[at..].find('\n').map_or(src.len(), |i| at + i + 1)
}

/// The reordering for `late`: the broad COPY becomes a copy of the manifests only, and the
/// original broad COPY moves below the install RUN. Offered only when that is safe: the RUN does
/// nothing but installs (and apt/apk/rm housekeeping), and no other RUN stands between the two
/// (it might need the code).
pub fn reorder_fix(src: &str, model: &Dockerfile, late: &LateInstall) -> Option<Fix> {
    let copy_ins = &model.instructions[late.copy];
    let run_ins = &model.instructions[late.run];
    let copy_node = &model.parsed.nodes[copy_ins.node];
    let run_node = &model.parsed.nodes[run_ins.node];
    if !late.movable || !copy_node.heredocs.is_empty() {
        return None;
    }
    let stage = model.stages.get(copy_ins.stage?)?;
    let other_run = stage
        .instructions
        .iter()
        .any(|&i| i > late.copy && i < late.run && model.instructions[i].is(Keyword::Run));
    if other_run {
        return None;
    }
    let (Instr::Copy(CopyCommand {
        dest: Some(dest),
        flags,
        ..
    })
    | Instr::Add(CopyCommand {
        dest: Some(dest),
        flags,
        ..
    })) = &copy_ins.kind
    else {
        return None;
    };
    let mut dest = dest.value.clone();
    if dest == "." {
        dest = "./".into();
    } else if !dest.ends_with('/') {
        dest.push('/');
    }
    // Keep the broad COPY's ownership and mode flags on the manifest copy.
    let mut copy_flags = String::new();
    for (name, value) in flags {
        if matches!(name.as_str(), "chown" | "chmod") {
            if let Some(v) = value {
                copy_flags.push_str(&format!("--{name}={v} "));
            }
        }
    }
    let copy_kw = if copy_node.keyword.value == copy_node.keyword.value.to_lowercase() {
        "copy"
    } else {
        "COPY"
    };
    let copy_start = line_start(src, copy_node.span.start);
    let copy_end = line_end(src, copy_node.span.end.saturating_sub(1).max(copy_start));
    let mut copy_text = src[copy_start..copy_end].to_string();
    if !copy_text.ends_with('\n') {
        copy_text.push('\n');
    }
    let run_end = line_end(src, run_node.span.end.saturating_sub(1));
    let indent: String = src[copy_start..copy_node.span.start]
        .chars()
        .take_while(|c| c.is_whitespace())
        .collect();
    let manifests = late.manifests.join(" ");
    let list = late.manifests.join(", ");
    let run_text_ends_with_newline = src[..run_end].ends_with('\n');
    Some(Fix {
        message: crate::text!(
            "copy {list} first and install before copying the rest of the code",
            "先复制 {list} 并安装依赖，再复制其余代码"
        ),
        edits: vec![
            Edit {
                span: Span::new(copy_start, copy_end),
                replacement: format!("{indent}{copy_kw} {copy_flags}{manifests} {dest}\n"),
            },
            Edit {
                span: Span::new(run_end, run_end),
                replacement: if run_text_ends_with_newline {
                    copy_text
                } else {
                    format!("\n{}", copy_text.trim_end_matches('\n'))
                },
            },
        ],
    })
}
