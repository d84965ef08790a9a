//! Docker Compose's consistency errors on the normalized project: undefined references,
//! dependency cycles, container_name with replicas, network_mode with networks, duplicate mounts,
//! services without image or build.

use super::codes;
use super::model::{Loc, Project};
use super::Sink;
use crate::diagnostic::Diagnostic;
use crate::text;
use std::collections::{BTreeMap, BTreeSet};

fn undefined(
    sink: &mut Sink,
    loc: Loc,
    service: &str,
    what_en: &str,
    what_zh: &str,
    name: &str,
    known: &[String],
) {
    let list = if known.is_empty() {
        "none".to_string()
    } else {
        known.join(", ")
    };
    let list_zh = if known.is_empty() {
        "无".to_string()
    } else {
        known.join("、")
    };
    sink.push(
        loc.file,
        Diagnostic::new(
            &codes::UNDEFINED_REFERENCE,
            loc.span,
            text!(
                "service \"{service}\" refers to undefined {what_en} \"{name}\"",
                "服务 \"{service}\" 引用了未定义的{what_zh} \"{name}\""
            ),
        )
        .with_help(text!(
            "defined {what_en}s: {list}",
            "已定义的{what_zh}：{list_zh}"
        )),
    );
}

/// Report every consistency error.
pub(crate) fn check(p: &Project, declared_networks: &[String], sink: &mut Sink) {
    let service_names: Vec<String> = p.services.iter().map(|s| s.name.clone()).collect();
    let volume_keys: Vec<String> = p.volumes.iter().map(|v| v.key.clone()).collect();
    let secret_keys: Vec<String> = p.secrets.iter().map(|v| v.key.clone()).collect();
    let config_keys: Vec<String> = p.configs.iter().map(|v| v.key.clone()).collect();
    for s in &p.services {
        for n in &s.networks {
            if let Some(l) = n.loc {
                if n.name != "default" && !declared_networks.contains(&n.name) {
                    undefined(
                        sink,
                        l,
                        &s.name,
                        "network",
                        "网络",
                        &n.name,
                        declared_networks,
                    );
                }
            }
        }
        for d in s.depends_on.iter().filter(|d| d.required && !d.implied) {
            if !service_names.contains(&d.service) {
                undefined(
                    sink,
                    d.loc,
                    &s.name,
                    "service",
                    "服务",
                    &d.service,
                    &service_names,
                );
            }
        }
        for l in &s.links {
            if !service_names.contains(&l.service) {
                undefined(
                    sink,
                    l.loc,
                    &s.name,
                    "service",
                    "服务",
                    &l.service,
                    &service_names,
                );
            }
        }
        for v in &s.volumes_from {
            if !service_names.contains(&v.name) {
                undefined(
                    sink,
                    v.loc,
                    &s.name,
                    "service",
                    "服务",
                    &v.name,
                    &service_names,
                );
            }
        }
        if let Some((m, l)) = &s.network_mode {
            if let Some(x) = m.strip_prefix("service:") {
                if !service_names.iter().any(|n| n == x) {
                    undefined(sink, *l, &s.name, "service", "服务", x, &service_names);
                }
            }
            if let Some(first) = s.networks.iter().find_map(|n| n.loc) {
                sink.push(
                    first.file,
                    Diagnostic::new(
                        &codes::NETWORK_MODE_WITH_NETWORKS,
                        l.span,
                        text!(
                            "service \"{}\" sets both network_mode and networks; Compose rejects this",
                            "服务 \"{}\" 同时设置了 network_mode 和 networks，Compose 会拒绝这样的文件",
                            s.name
                        ),
                    )
                    .with_help(text!("keep one of the two", "只保留其中一个")),
                );
            }
        }
        for m in &s.mounts {
            if m.kind == "volume" {
                if let Some(src) = &m.source {
                    if !volume_keys.contains(src) {
                        undefined(sink, m.loc, &s.name, "volume", "数据卷", src, &volume_keys);
                    }
                }
            }
        }
        let mut targets: BTreeSet<&str> = BTreeSet::new();
        for m in &s.mounts {
            let t = m.target.trim_end_matches('/');
            if !targets.insert(t) {
                sink.report(
                    m.loc.file,
                    &codes::DUPLICATE_MOUNT,
                    m.loc.span,
                    text!(
                        "service \"{}\" mounts two things at \"{}\"",
                        "服务 \"{}\" 在 \"{}\" 上挂载了两次",
                        s.name,
                        m.target
                    ),
                );
            }
        }
        for r in &s.secrets {
            if !secret_keys.contains(&r.name) {
                undefined(
                    sink,
                    r.loc,
                    &s.name,
                    "secret",
                    "secret",
                    &r.name,
                    &secret_keys,
                );
            }
        }
        for r in &s.configs {
            if !config_keys.contains(&r.name) {
                undefined(
                    sink,
                    r.loc,
                    &s.name,
                    "config",
                    "config",
                    &r.name,
                    &config_keys,
                );
            }
        }
        if let Some(pf) = &s.platform {
            if !s.build_platforms.is_empty() && !s.build_platforms.contains(pf) {
                sink.report(
                    s.loc.file,
                    &codes::SCHEMA,
                    s.loc.span,
                    text!(
                        "service \"{}\": build.platforms must include platform \"{pf}\"",
                        "服务 \"{}\"：build.platforms 必须包含 platform 指定的 \"{pf}\"",
                        s.name
                    ),
                );
            }
        }
        if s.image.as_deref().is_none_or(str::is_empty)
            && s.build_context.is_none()
            && !s.provider
            && !s.extends_elsewhere
        {
            sink.push(
                s.loc.file,
                Diagnostic::new(
                    &codes::NO_IMAGE_OR_BUILD,
                    s.loc.span,
                    text!(
                        "service \"{}\" has neither an image nor a build context",
                        "服务 \"{}\" 既没有 image 也没有 build，无法创建容器",
                        s.name
                    ),
                )
                .with_help(text!(
                    "add image: NAME:TAG, or build: ./dir with a Dockerfile",
                    "请添加 image: 镜像名:标签，或 build: ./目录（其中有 Dockerfile）"
                )),
            );
        }
        if let (Some((name, l)), Some(r)) = (&s.container_name, s.replicas) {
            if r > 1 {
                sink.report(l.file, &codes::CONTAINER_NAME_REPLICAS, l.span, text!(
                            "service \"{}\" has container_name \"{name}\" but {r} replicas; container names must be unique",
                            "服务 \"{}\" 设置了 container_name \"{name}\"，却要运行 {r} 个副本；容器名必须唯一",
                            s.name
                        ));
            }
        }
    }
    cycles(p, sink);
}

/// Report dependency cycles once each, starting from the smallest service name.
fn cycles(p: &Project, sink: &mut Sink) {
    let graph: BTreeMap<&str, BTreeSet<&str>> = p
        .services
        .iter()
        .map(|s| {
            (
                s.name.as_str(),
                s.depends_on.iter().map(|d| d.service.as_str()).collect(),
            )
        })
        .collect();
    let mut reported: BTreeSet<BTreeSet<&str>> = BTreeSet::new();
    for start in graph.keys() {
        // Iterative DFS looking for a path back to `start` through names >= start.
        let mut stack: Vec<(&str, Vec<&str>)> =
            vec![(start, graph[start].iter().copied().collect())];
        let mut on_path: Vec<&str> = vec![start];
        let mut seen: BTreeSet<&str> = BTreeSet::new();
        while let Some((_, pending)) = stack.last_mut() {
            match pending.pop() {
                Some(next) if next == *start => {
                    let members: BTreeSet<&str> = on_path.iter().copied().collect();
                    if reported.insert(members) {
                        let mut path: Vec<&str> = on_path.clone();
                        path.push(start);
                        let shown = path.join(" -> ");
                        let s = p.service(start).map(|s| s.loc).unwrap_or_default();
                        let dep_loc = p
                            .service(start)
                            .and_then(|s| {
                                s.depends_on
                                    .iter()
                                    .find(|d| Some(d.service.as_str()) == path.get(1).copied())
                            })
                            .map(|d| d.loc)
                            .unwrap_or(s);
                        sink.push(
                            dep_loc.file,
                            Diagnostic::new(
                                &codes::DEPENDENCY_CYCLE,
                                dep_loc.span,
                                text!("dependency cycle detected: {shown}", "检测到循环依赖：{shown}"),
                            )
                            .with_help(text!(
                                "remove one depends_on (or link) so the services can start in order",
                                "删除其中一个 depends_on（或 links），让服务能按顺序启动"
                            )),
                        );
                    }
                }
                Some(next) => {
                    if next > *start && graph.contains_key(next) && seen.insert(next) {
                        on_path.push(next);
                        stack.push((next, graph[next].iter().copied().collect()));
                    }
                }
                None => {
                    stack.pop();
                    on_path.pop();
                }
            }
        }
    }
}
