//! DL3026 `trusted-registry`: Use only an allowed registry in FROM.

use super::base_images::images;
use crate::rules::prelude::*;

pub(crate) static RULE: Rule = Rule {
    code: Code {
        id: "DL3026",
        name: "trusted-registry",
        severity: Severity::Error,
        origin: Origin::Hadolint,
        summary: doc(Text { en: "Use only an allowed registry in FROM", zh: "FROM 只能使用允许的镜像仓库" }),
        why: doc(Text { en: "Images from unapproved registries bypass your organisation's scanning and mirroring.", zh: "来自未经批准的仓库的镜像会绕过组织的扫描与镜像策略。" }),
        fix: doc(Text { en: "Use an image from a registry in trustedRegistries.", zh: "使用 trustedRegistries 中列出的仓库的镜像。" }),
        differs: doc_opt(Some(Text { en: "Runs only when trustedRegistries is configured (in .hadolint.yaml); images without a registry count as docker.io; FROM ${REGISTRY}/app is judged on the ARG's default; localhost:5000 is a registry with a port.", zh: "只有在 .hadolint.yaml 中配置了 trustedRegistries 时才会运行；没有写镜像仓库的镜像按 docker.io 处理；FROM ${REGISTRY}/app 按 ARG 的默认值判断；localhost:5000 是带端口的镜像仓库。" })),
        bad: doc_str("FROM quay.io/prometheus/node-exporter:v1.8.0\n"),
        good: doc_str("FROM prom/node-exporter:v1.8.0\n"),
        ..Code::BASE
    },
    check: Check::Dockerfile(check),
};

fn check(cx: &Ctx, out: &mut Out) {
    let trusted = &cx.config.trusted_registries;
    if trusted.is_empty() {
        return;
    }
    for (img, expanded) in images(cx) {
        let first = expanded.split('/').next().unwrap_or("");
        let registry = if expanded.contains('/')
            && (first.contains('.') || first.contains(':') || first == "localhost")
        {
            first
        } else {
            "docker.io"
        };
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
            out.report(
                img.span,
                text!(
                    "registry \"{registry}\" is not allowed (allowed: {list})",
                    "不允许使用仓库 \"{registry}\"（允许的仓库：{list}）"
                ),
                None,
            );
        }
    }
}
