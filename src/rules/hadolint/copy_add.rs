//! hadolint rules about COPY and ADD.

use super::{meta, t};
use crate::diagnostic::Severity::*;
use crate::dockerfile::model::{CopyCommand, Instr, RunCommand};
use crate::dockerfile::Keyword;
use crate::rules::Rule;
use crate::text;

const ARCHIVES: &[&str] = &[
    ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz", ".tar.zst", ".gz", ".bz2",
    ".xz",
];

fn is_archive(p: &str) -> bool {
    let l = p.to_lowercase();
    ARCHIVES.iter().any(|e| l.ends_with(e))
}

fn is_url(p: &str) -> bool {
    p.starts_with("http://")
        || p.starts_with("https://")
        || p.starts_with("git@")
        || p.starts_with("git://")
}

pub static DL3010: Rule = Rule {
    meta: meta(
        "DL3010",
        "add-for-archives",
        Info,
        &[],
        t("Use ADD to extract archives into an image", "解压归档文件时应使用 ADD"),
        t("COPY plus RUN tar leaves the archive in one layer and its contents in another; ADD extracts local archives in one step.", "COPY 加 RUN tar 会让归档文件和解压内容分别占用两层；ADD 可以一步解压本地归档。"),
        t("Write ADD app.tar.gz /opt/ instead.", "改为 ADD app.tar.gz /opt/，一步完成解压。"),
        None,
        "FROM debian:12\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt\n",
        "FROM debian:12\nADD app.tar.gz /opt/\n",
    ),
    check: |cx, out| {
        for stage in &cx.model.stages {
            let mut copied: Vec<(String, crate::text::Span)> = Vec::new();
            for (ins, _) in cx.stage_instructions(stage) {
                match &ins.kind {
                    Instr::Copy(CopyCommand { sources, from: None, .. }) | Instr::Add(CopyCommand { sources, from: None, .. }) if ins.is(Keyword::Copy) => {
                        copied.extend(sources.iter().filter(|s| is_archive(&s.value)).map(|s| (s.value.rsplit('/').next().unwrap_or(&s.value).to_string(), s.span)));
                    }
                    Instr::Run(RunCommand { .. }) => {
                        let Some(script) = cx.script(ins) else { continue };
                        for c in script.commands.iter().filter(|c| c.name == "tar") {
                            if let Some((name, span)) = copied.iter().find(|(n, _)| c.args.iter().any(|a| a.ends_with(n.as_str()))) {
                                out.report(*span, text!("\"{name}\" is copied and then extracted with tar; ADD extracts it in one step", "\"{name}\" 先被复制再用 tar 解压；ADD 可以一步完成"), None);
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
    },
};

pub static DL3020: Rule = Rule {
    meta: super::fixable(meta(
        "DL3020",
        "copy-instead-of-add",
        Error,
        &[],
        t("Use COPY instead of ADD for files and folders", "复制文件和目录应使用 COPY 而不是 ADD"),
        t("ADD also downloads URLs and unpacks archives; for plain files that magic only surprises readers.", "ADD 还会下载 URL、解压归档；对普通文件来说，这些“魔法”只会让人困惑。"),
        t("Replace ADD with COPY.", "把 ADD 换成 COPY。"),
        None,
        "FROM python:3.12-slim\nADD app.py /app/\n",
        "FROM python:3.12-slim\nCOPY app.py /app/\n",
    )),
    check: |cx, out| {
        for (ins, node) in cx.instructions() {
            if !ins.is(Keyword::Add) || !node.heredocs.is_empty() {
                continue;
            }
            let (Instr::Copy(CopyCommand { sources, .. }) | Instr::Add(CopyCommand { sources, .. })) = &ins.kind else { continue };
            if !sources.is_empty() && sources.iter().all(|s| !is_url(&s.value) && !is_archive(&s.value)) {
                let message = text!("use COPY instead of ADD for files and folders", "复制文件和目录请用 COPY 代替 ADD");
                // ADD-only flags have no COPY equivalent: no fix then.
                let add_only = node.flags.iter().any(|f| matches!(f.name.as_str(), "checksum" | "keep-git-dir" | "unpack"));
                if add_only {
                    out.report(node.keyword.span, message, None);
                } else {
                    let copy = if node.keyword.value == node.keyword.value.to_lowercase() { "copy" } else { "COPY" };
                    out.report_fix(node.keyword.span, message, None, crate::diagnostic::Fix::replace(text!("replace ADD with COPY", "把 ADD 换成 COPY"), node.keyword.span, copy));
                }
            }
        }
    },
};

pub static DL3021: Rule = Rule {
    meta: meta(
        "DL3021",
        "copy-multiple-to-dir",
        Error,
        &[],
        t(
            "COPY with several sources needs a destination ending in /",
            "COPY 有多个源时，目标路径必须以 / 结尾",
        ),
        t(
            "Several files cannot be copied to one file; Docker fails the build.",
            "多个文件不能复制成一个文件；Docker 会让构建失败。",
        ),
        t("End the destination with /.", "让目标路径以 / 结尾。"),
        None,
        "FROM python:3.12-slim\nCOPY app.py util.py /app\n",
        "FROM python:3.12-slim\nCOPY app.py util.py /app/\n",
    ),
    check: |cx, out| {
        for (ins, _) in cx.instructions() {
            let (Instr::Copy(CopyCommand {
                sources,
                dest: Some(d),
                ..
            })
            | Instr::Add(CopyCommand {
                sources,
                dest: Some(d),
                ..
            })) = &ins.kind
            else {
                continue;
            };
            let windows = cx.model.parsed.escape == '`' || d.value.ends_with('\\');
            if sources.len() >= 2 && !d.value.ends_with('/') && !d.value.contains('$') && !windows {
                let dv = &d.value;
                out.report(
                    d.span,
                    text!(
                        "several sources are copied, so \"{dv}\" must end with /",
                        "复制了多个源，目标 \"{dv}\" 必须以 / 结尾"
                    ),
                    Some(text!("write \"{dv}/\"", "改写为 \"{dv}/\"")),
                );
            }
        }
    },
};

pub static DL3022: Rule = Rule {
    meta: meta(
        "DL3022",
        "copy-from-previous-stage",
        Warning,
        &[],
        t("COPY --from should name a stage defined before it", "COPY --from 应引用之前定义的阶段"),
        t("A name that is no stage is pulled as an image, which is rarely what was meant.", "不是阶段名的名字会被当作镜像去拉取，这通常不是本意。"),
        t("Use the name of an earlier FROM … AS stage, or a full image reference with a tag.", "使用之前 FROM … AS 定义的阶段名，或带标签的完整镜像名。"),
        Some(t(
            "Names that are a likely typo of a stage are reported by DP1009 with a suggestion instead. Image references (with a tag, a registry or a path such as gloursdocker/docker) are legitimate sources and not flagged; hadolint flags them.",
            "疑似阶段名拼写错误的情况由 DP1009 报告并给出建议。镜像引用（带标签、仓库地址或路径，如 gloursdocker/docker）是合法的来源，不报告；hadolint 会报告。",
        )),
        "FROM golang:1.26 AS build\nFROM alpine:3.22\nCOPY --from=assets /out /app\n",
        "FROM golang:1.26 AS build\nFROM alpine:3.22\nCOPY --from=build /out /app\n",
    ),
    check: |cx, out| {
        for (ins, _) in cx.instructions() {
            let (Instr::Copy(CopyCommand { from: Some(f), .. }) | Instr::Add(CopyCommand { from: Some(f), .. })) = &ins.kind else { continue };
            let v = f.value.to_lowercase();
            if v.is_empty() || v.contains(['/', ':', '@', '$']) || v.chars().all(|c| c.is_ascii_digit()) {
                continue;
            }
            let cur = ins.stage.unwrap_or(0);
            let earlier: Vec<&str> = cx.model.stages[..cur].iter().filter_map(|s| s.name.as_deref()).collect();
            if earlier.contains(&v.as_str()) || cx.model.stages.get(cur).and_then(|s| s.name.as_deref()) == Some(v.as_str()) {
                continue;
            }
            let all: Vec<&str> = cx.model.stages.iter().filter_map(|s| s.name.as_deref()).collect();
            if !all.is_empty() && crate::rules::did_you_mean(&v, all.iter().copied()).is_some() && !all.contains(&v.as_str()) {
                continue; // DP1009 reports the typo
            }
            let shown = &f.value;
            out.report(f.span, text!("COPY --from=\"{shown}\" does not name a stage defined before it", "COPY --from=\"{shown}\" 引用的不是之前定义的阶段"), None);
        }
    },
};

pub static DL3023: Rule = Rule {
    meta: meta(
        "DL3023",
        "copy-from-itself",
        Error,
        &[],
        t("COPY --from cannot name its own stage", "COPY --from 不能引用自身所在的阶段"),
        t("A stage cannot read from itself while it is being built; BuildKit fails with a circular dependency.", "阶段在构建过程中不能从自身读取；BuildKit 会报循环依赖错误。"),
        t("Copy from an earlier stage.", "从前面的阶段复制。"),
        None,
        "FROM alpine:3.22 AS app\nCOPY --from=app /etc/hosts /tmp/\n",
        "FROM alpine:3.22 AS base\nFROM alpine:3.22 AS app\nCOPY --from=base /etc/hosts /tmp/\n",
    ),
    check: |cx, out| {
        for (ins, _) in cx.instructions() {
            let (Instr::Copy(CopyCommand { from: Some(f), .. }) | Instr::Add(CopyCommand { from: Some(f), .. }), Some(s)) = (&ins.kind, ins.stage) else { continue };
            let st = &cx.model.stages[s];
            let v = f.value.to_lowercase();
            if st.name.as_deref() == Some(v.as_str()) || v == s.to_string() {
                let shown = &f.value;
                out.report(f.span, text!("stage \"{shown}\" copies from itself", "阶段 \"{shown}\" 从自身复制"), None);
            }
        }
    },
};

pub static DL3045: Rule = Rule {
    meta: meta(
        "DL3045",
        "copy-relative-without-workdir",
        Warning,
        &[],
        t(
            "COPY to a relative destination without WORKDIR",
            "没有设置 WORKDIR 时 COPY 到了相对路径",
        ),
        t(
            "A relative destination depends on the base image's working directory.",
            "相对的目标路径取决于基础镜像的工作目录。",
        ),
        t(
            "Set WORKDIR first or use an absolute destination.",
            "先设置 WORKDIR，或使用绝对路径。",
        ),
        None,
        "FROM python:3.12-slim\nCOPY app.py .\n",
        "FROM python:3.12-slim\nWORKDIR /app\nCOPY app.py .\n",
    ),
    check: |cx, out| {
        let m = cx.model;
        let mut has_workdir = vec![false; m.stages.len()];
        for (ins, _) in cx.instructions() {
            let Some(s) = ins.stage else { continue };
            match &ins.kind {
                Instr::From(_) => {
                    has_workdir[s] = m.stages[s].base_stage.is_some_and(|b| has_workdir[b])
                }
                _ if ins.is(Keyword::Workdir) => has_workdir[s] = true,
                Instr::Copy(CopyCommand { dest: Some(d), .. })
                    if !has_workdir[s] && !crate::rules::is_absolute_path(&d.value) =>
                {
                    let dv = &d.value;
                    out.report(
                        d.span,
                        text!(
                            "COPY to relative \"{dv}\" but no WORKDIR is set",
                            "没有设置 WORKDIR，却 COPY 到了相对路径 \"{dv}\""
                        ),
                        None,
                    );
                }
                _ => {}
            }
        }
    },
};

pub static DL3067: Rule = Rule {
    meta: meta(
        "DL3067",
        "copy-whole-filesystem",
        Warning,
        &[],
        t("Do not copy an entire filesystem from another stage", "不要从其他阶段复制整个文件系统"),
        t("COPY --from=stage / / drags every file of that stage, build tools included, into this one.", "COPY --from=阶段 / / 会把那个阶段的所有文件（包括构建工具）都带进来。"),
        t("Copy only the build output you need.", "只复制需要的构建产物。"),
        Some(t(
            "A stage that starts FROM scratch holds only what was copied into it on purpose (an artifact stage), so copying its / is not reported; hadolint reports it when it cannot resolve the stage.",
            "从 FROM scratch 开始的阶段只包含特意复制进去的文件（产物阶段），复制它的 / 不会被报告；hadolint 在无法解析该阶段时仍会报告。",
        )),
        "FROM golang:1.26 AS build\nFROM alpine:3.22\nCOPY --from=build / /\n",
        "FROM golang:1.26 AS build\nFROM alpine:3.22\nCOPY --from=build /go/bin/app /usr/local/bin/app\n",
    ),
    check: |cx, out| {
        for (ins, _) in cx.instructions() {
            let (Instr::Copy(CopyCommand { from: Some(f), sources, .. }) | Instr::Add(CopyCommand { from: Some(f), sources, .. })) = &ins.kind else { continue };
            // An artifact stage (rooted at scratch) holds only what was put there on purpose.
            let artifact = cx.model.stage_ref(&f.value).is_some_and(|st| {
                cx.model.stage_chain(st)
                    .last()
                    .is_some_and(|&root| cx.model.stages[root].base.eq_ignore_ascii_case("scratch"))
            });
            if artifact {
                continue;
            }
            if let Some(s) = sources.iter().find(|s| s.value == "/" || s.value == "/." || s.value == "/*") {
                let shown = &f.value;
                out.report(s.span, text!("this copies the entire filesystem of \"{shown}\"", "这会复制 \"{shown}\" 的整个文件系统"), None);
            }
        }
    },
};
