//! hadolint rules about FROM: tags, stage names, registries, platforms.

use super::{meta, t};
use crate::diagnostic::Severity::*;
use crate::dockerfile::model::{FromCommand, Instr};
use crate::dockerfile::Keyword;
use crate::rules::{Ctx, Rule};
use crate::text;

/// The expanded image of each FROM that names an image (not a stage, not scratch).
fn images<'a>(
    cx: &'a Ctx,
) -> impl Iterator<Item = (&'a crate::dockerfile::syntax::Spanned, &'a str)> + 'a {
    cx.instructions().filter_map(|(ins, _)| match &ins.kind {
        Instr::From(FromCommand {
            image, expanded, ..
        }) => {
            let st = ins.stage?;
            (cx.model.stages[st].base_stage.is_none()
                && expanded != "scratch"
                && !expanded.is_empty())
            .then_some((image, expanded.as_str()))
        }
        _ => None,
    })
}

fn tag_of(image: &str) -> Option<&str> {
    let name = image.split('@').next().unwrap_or(image);
    match name.rfind(':') {
        Some(i) if !name[i..].contains('/') => Some(&name[i + 1..]),
        _ => None,
    }
}

pub static DL3006: Rule = Rule {
    meta: meta(
        "DL3006",
        "untagged-image",
        Warning,
        &[],
        t("Always tag the version of an image explicitly", "基础镜像应明确写出版本标签"),
        t(
            "Without a tag Docker uses latest, which moves: the same Dockerfile builds something different next month.",
            "不写标签时 Docker 使用 latest，而它会变：同一个 Dockerfile 下个月构建出的东西就不一样了。",
        ),
        t("Pin a tag (python:3.12-slim) or a digest.", "写明标签（如 python:3.12-slim）或摘要。"),
        Some(t(
            "Unlike hadolint, FROM ${BASE} is judged on the ARG's expanded default: a tagged default is not flagged, and FROM name-${VARIANT} that resolves to a stage is a stage, not an image.",
            "与 hadolint 不同，FROM ${BASE} 按 ARG 展开后的默认值判断：默认值带标签时不报告；FROM name-${VARIANT} 展开后若是某个阶段，就按阶段而不是镜像处理。",
        )),
        "FROM ubuntu\n",
        "FROM ubuntu:24.04\n",
    ),
    check: |cx, out| {
        for (img, expanded) in images(cx) {
            if tag_of(expanded).is_none() && !expanded.contains('@') && !expanded.contains('$') {
                out.report(
                    img.span,
                    text!("image \"{expanded}\" has no tag, so it means \"{expanded}:latest\"", "镜像 \"{expanded}\" 没有标签，等同于 \"{expanded}:latest\""),
                    Some(text!("pin a version, e.g. \"{expanded}:<version>\"", "请写明版本，例如 \"{expanded}:<版本>\"")),
                );
            }
        }
    },
};

pub static DL3007: Rule = Rule {
    meta: meta(
        "DL3007",
        "latest-tag",
        Warning,
        &[],
        t("Do not use the latest tag", "不要使用 latest 标签"),
        t(
            "latest changes whenever a new version is pushed, so builds are not reproducible.",
            "只要推送新版本，latest 就会变化，构建无法复现。",
        ),
        t("Pin a specific version tag.", "写明具体的版本标签。"),
        Some(t(
            "Judged after ARG expansion: ARG VARIANT=latest with FROM elixir:${VARIANT} uses latest (hadolint does not see it).",
            "按 ARG 展开后的结果判断：ARG VARIANT=latest 配合 FROM elixir:${VARIANT} 就是在用 latest（hadolint 看不出来）。",
        )),
        "FROM node:latest\n",
        "FROM node:22\n",
    ),
    check: |cx, out| {
        for (img, expanded) in images(cx) {
            if tag_of(expanded) == Some("latest") && !expanded.contains('@') {
                out.report(
                    img.span,
                    text!(
                        "\"{expanded}\" uses the latest tag",
                        "\"{expanded}\" 使用了 latest 标签"
                    ),
                    Some(text!("pin a specific version", "请写明具体版本")),
                );
            }
        }
    },
};

pub static DL3024: Rule = Rule {
    meta: meta(
        "DL3024",
        "duplicate-stage-alias",
        Error,
        &["DuplicateStageName"],
        t(
            "FROM aliases (stage names) must be unique",
            "阶段名（FROM 的别名）必须唯一",
        ),
        t(
            "References by name can only mean one of the stages.",
            "按名字引用时只能指向其中一个阶段。",
        ),
        t("Rename one of the stages.", "给其中一个阶段改名。"),
        None,
        "FROM alpine:3.22 AS build\nFROM alpine:3.22 AS build\n",
        "FROM alpine:3.22 AS build\nFROM alpine:3.22 AS final\n",
    ),
    check: |cx, out| {
        let mut seen: Vec<String> = Vec::new();
        for (ins, _) in cx.instructions() {
            if let Instr::From(FromCommand { alias: Some(a), .. }) = &ins.kind {
                let n = a.value.to_lowercase();
                if seen.contains(&n) {
                    let v = &a.value;
                    out.report(
                        a.span,
                        text!("duplicate stage name \"{v}\"", "阶段名 \"{v}\" 重复"),
                        None,
                    );
                }
                seen.push(n);
            }
        }
    },
};

pub static DL3026: Rule = Rule {
    meta: meta(
        "DL3026",
        "trusted-registry",
        Error,
        &[],
        t("Use only an allowed registry in FROM", "FROM 只能使用允许的镜像仓库"),
        t("Images from unapproved registries bypass your organisation's scanning and mirroring.", "来自未经批准的仓库的镜像会绕过组织的扫描与镜像策略。"),
        t("Use an image from a registry in trustedRegistries.", "使用 trustedRegistries 中列出的仓库的镜像。"),
        Some(t(
            "Runs only when trustedRegistries is configured (in .hadolint.yaml); images without a registry count as docker.io.",
            "只有在配置了 trustedRegistries（.hadolint.yaml）时才运行；不带仓库地址的镜像视为来自 docker.io。",
        )),
        "FROM quay.io/prometheus/node-exporter:v1.8.0\n",
        "FROM prom/node-exporter:v1.8.0\n",
    ),
    check: |cx, out| {
        let trusted = &cx.config.trusted_registries;
        if trusted.is_empty() {
            return;
        }
        for (img, expanded) in images(cx) {
            let first = expanded.split('/').next().unwrap_or("");
            let registry = if expanded.contains('/') && (first.contains('.') || first.contains(':') || first == "localhost") { first } else { "docker.io" };
            let ok = trusted.iter().any(|t| {
                if let Some(suffix) = t.strip_prefix('*') {
                    registry.ends_with(suffix)
                } else if let Some(prefix) = t.strip_suffix('*') {
                    registry.starts_with(prefix)
                } else {
                    t == registry || (registry == "docker.io" && t == "hub.docker.com")
                }
            });
            if !ok {
                let list = trusted.join(", ");
                out.report(img.span, text!("registry \"{registry}\" is not allowed (allowed: {list})", "不允许使用仓库 \"{registry}\"（允许的仓库：{list}）"), None);
            }
        }
    },
};

pub static DL3029: Rule = Rule {
    meta: meta(
        "DL3029",
        "from-platform-flag",
        Warning,
        &[],
        t(
            "Do not use --platform with FROM",
            "不要在 FROM 中使用 --platform",
        ),
        t(
            "A fixed platform forces emulation on other machines and blocks multi-platform builds.",
            "固定平台会让其他机器只能靠模拟运行，也无法进行多平台构建。",
        ),
        t(
            "Pass --platform to docker build instead.",
            "改为在 docker build 时用 --platform 指定。",
        ),
        Some(t(
            "Variables such as $BUILDPLATFORM are accepted (hadolint flags them too).",
            "接受 $BUILDPLATFORM 之类的变量（hadolint 也会报告它们）。",
        )),
        "FROM --platform=linux/amd64 alpine:3.22\n",
        "FROM alpine:3.22\n",
    ),
    check: |cx, out| {
        for (ins, node) in cx.instructions() {
            if !ins.is(Keyword::From) {
                continue;
            }
            for f in node
                .flags
                .iter()
                .filter(|f| f.name == "platform" && !f.value.as_deref().unwrap_or("").contains('$'))
            {
                out.report(
                    f.span,
                    text!(
                        "do not use --platform with FROM",
                        "不要在 FROM 中使用 --platform"
                    ),
                    None,
                );
            }
        }
    },
};

pub static DL3063: Rule = Rule {
    meta: meta(
        "DL3063",
        "stage-name-not-reserved",
        Warning,
        &["ReservedStageName"],
        t(
            "Stage names should not be reserved words",
            "阶段名不应使用保留字",
        ),
        t(
            "scratch and context have special meanings.",
            "scratch 和 context 有特殊含义。",
        ),
        t("Choose another name.", "换一个名字。"),
        None,
        "FROM alpine:3.22 AS context\n",
        "FROM alpine:3.22 AS base\n",
    ),
    check: |cx, out| {
        for (ins, _) in cx.instructions() {
            if let Instr::From(FromCommand { alias: Some(a), .. }) = &ins.kind {
                let n = a.value.to_lowercase();
                if n == "scratch" || n == "context" {
                    out.report(
                        a.span,
                        text!(
                            "stage name \"{n}\" is a reserved word",
                            "阶段名 \"{n}\" 是保留字"
                        ),
                        None,
                    );
                }
            }
        }
    },
};

pub static DL3065: Rule = Rule {
    meta: meta(
        "DL3065",
        "no-redundant-target-platform",
        Warning,
        &["RedundantTargetPlatform"],
        t(
            "FROM --platform=$TARGETPLATFORM is redundant",
            "FROM --platform=$TARGETPLATFORM 是多余的",
        ),
        t("It is the default behaviour.", "这本来就是默认行为。"),
        t("Remove the flag.", "删除该参数。"),
        None,
        "FROM --platform=$TARGETPLATFORM alpine:3.22\n",
        "FROM alpine:3.22\n",
    ),
    check: |cx, out| {
        for (ins, node) in cx.instructions() {
            if !ins.is(Keyword::From) {
                continue;
            }
            for f in node.flags.iter().filter(|f| f.name == "platform") {
                if matches!(
                    f.value.as_deref(),
                    Some("$TARGETPLATFORM" | "${TARGETPLATFORM}")
                ) {
                    out.report(
                        f.span,
                        text!(
                            "--platform=$TARGETPLATFORM is redundant",
                            "--platform=$TARGETPLATFORM 是多余的"
                        ),
                        None,
                    );
                }
            }
        }
    },
};
