//! Docker Compose's consistency errors on the normalized project: undefined references,
//! dependency cycles, container_name with replicas, network_mode with networks, duplicate mounts,
//! services without image or build.

use super::codes;
use super::model::{Loc, Project, Service};
use super::Sink;
use crate::diagnostic::Diagnostic;
use crate::text;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

fn undefined(
    sink: &mut Sink,
    loc: Loc,
    service: &str,
    what_en: &str,
    what_zh: &str,
    name: &str,
    known: &[String],
) {
    let list = listed(known, ", ", "none", |n| format!(", … and {n} more"));
    let list_zh = listed(known, "、", "无", |n| format!("……等共 {} 个", n + SHOWN));
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

/// How many defined names a hint lists.
const SHOWN: usize = 10;

/// Names for a hint: all of them up to [`SHOWN`], else the first ones and how many more.
fn listed(known: &[String], sep: &str, none: &str, more: impl Fn(usize) -> String) -> String {
    match known.len() {
        0 => none.to_string(),
        n if n <= SHOWN => known.join(sep),
        n => format!("{}{}", known[..SHOWN].join(sep), more(n - SHOWN)),
    }
}

/// Report every consistency error.
pub(crate) fn check(p: &Project, declared_networks: &[String], sink: &mut Sink) {
    let mut checker = Checker {
        declared_networks: Names::new(declared_networks.iter().cloned()),
        service_names: Names::new(p.services.iter().map(|s| s.name.clone())),
        volume_keys: Names::new(p.volumes.iter().map(|v| v.key.clone())),
        secret_keys: Names::new(p.secrets.iter().map(|v| v.key.clone())),
        config_keys: Names::new(p.configs.iter().map(|v| v.key.clone())),
        sink,
    };
    for s in &p.services {
        checker.service(s);
    }
    cycles(p, sink);
}

/// Defined names, in order, with constant-time lookup.
struct Names {
    list: Vec<String>,
    set: HashSet<String>,
}

impl Names {
    fn new(names: impl Iterator<Item = String>) -> Self {
        let list: Vec<String> = names.collect();
        let set = list.iter().cloned().collect();
        Names { list, set }
    }

    fn contains(&self, name: &str) -> bool {
        self.set.contains(name)
    }
}

/// The names a service may refer to, and where problems go.
struct Checker<'a> {
    declared_networks: Names,
    service_names: Names,
    volume_keys: Names,
    secret_keys: Names,
    config_keys: Names,
    sink: &'a mut Sink,
}

impl Checker<'_> {
    /// Report every consistency error of one service, in a fixed order.
    fn service(&mut self, s: &Service) {
        self.network_refs(s);
        self.service_refs(s);
        self.network_mode(s);
        self.volume_refs(s);
        duplicate_mounts(s, self.sink);
        self.secret_and_config_refs(s);
        platform_outside_build_platforms(s, self.sink);
        no_image_or_build(s, self.sink);
        container_name_with_replicas(s, self.sink);
    }

    /// Networks the service joins that are not declared (`default` always is).
    fn network_refs(&mut self, s: &Service) {
        for n in &s.networks {
            if let Some(l) = n.loc {
                if n.name != "default" && !self.declared_networks.contains(&n.name) {
                    undefined(
                        self.sink,
                        l,
                        &s.name,
                        "network",
                        "网络",
                        &n.name,
                        &self.declared_networks.list,
                    );
                }
            }
        }
    }

    /// Undefined services named by required explicit depends_on, links and volumes_from.
    fn service_refs(&mut self, s: &Service) {
        let names = &self.service_names;
        let depends = s
            .depends_on
            .iter()
            .filter(|d| d.required && !d.implied)
            .map(|d| (d.loc, &d.service));
        let links = s.links.iter().map(|l| (l.loc, &l.service));
        let volumes_from = s.volumes_from.iter().map(|v| (v.loc, &v.name));
        for (loc, name) in depends.chain(links).chain(volumes_from) {
            if !names.contains(name) {
                undefined(
                    self.sink,
                    loc,
                    &s.name,
                    "service",
                    "服务",
                    name,
                    &names.list,
                );
            }
        }
    }

    /// A `network_mode: service:X` naming an undefined service, and network_mode set
    /// together with networks.
    fn network_mode(&mut self, s: &Service) {
        let Some((m, l)) = &s.network_mode else {
            return;
        };
        if let Some(x) = m.strip_prefix("service:") {
            if !self.service_names.contains(x) {
                undefined(
                    self.sink,
                    *l,
                    &s.name,
                    "service",
                    "服务",
                    x,
                    &self.service_names.list,
                );
            }
        }
        if let Some(first) = s.networks.iter().find_map(|n| n.loc) {
            self.sink.push(
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

    /// Volume mounts whose source is not a declared volume.
    fn volume_refs(&mut self, s: &Service) {
        for m in &s.mounts {
            if m.kind == "volume" {
                if let Some(src) = &m.source {
                    if !self.volume_keys.contains(src) {
                        undefined(
                            self.sink,
                            m.loc,
                            &s.name,
                            "volume",
                            "数据卷",
                            src,
                            &self.volume_keys.list,
                        );
                    }
                }
            }
        }
    }

    /// Secrets, then configs, that the service uses but the project does not declare.
    fn secret_and_config_refs(&mut self, s: &Service) {
        for r in &s.secrets {
            if !self.secret_keys.contains(&r.name) {
                undefined(
                    self.sink,
                    r.loc,
                    &s.name,
                    "secret",
                    "密钥",
                    &r.name,
                    &self.secret_keys.list,
                );
            }
        }
        for r in &s.configs {
            if !self.config_keys.contains(&r.name) {
                undefined(
                    self.sink,
                    r.loc,
                    &s.name,
                    "config",
                    "配置",
                    &r.name,
                    &self.config_keys.list,
                );
            }
        }
    }
}

/// Two mounts at the same target (trailing slashes ignored): the later ones are reported.
fn duplicate_mounts(s: &Service, sink: &mut Sink) {
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
}

/// A platform that build.platforms (when given) does not include.
fn platform_outside_build_platforms(s: &Service, sink: &mut Sink) {
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
}

/// A service Compose cannot create a container for: no image, no build, no provider, and
/// not extending a service of another file.
fn no_image_or_build(s: &Service, sink: &mut Sink) {
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
}

/// A container_name on a service with more than one replica.
fn container_name_with_replicas(s: &Service, sink: &mut Sink) {
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

/// Strongly connected components with at least one cycle (several services, or a service that
/// depends on itself), by Tarjan's algorithm without recursion: linear in services and edges.
fn cyclic_components<'a>(graph: &BTreeMap<&'a str, BTreeSet<&'a str>>) -> Vec<BTreeSet<&'a str>> {
    let names: Vec<&str> = graph.keys().copied().collect();
    let index_of: HashMap<&str, usize> = names.iter().enumerate().map(|(i, n)| (*n, i)).collect();
    let edges: Vec<Vec<usize>> = names
        .iter()
        .map(|n| {
            graph[n]
                .iter()
                .filter_map(|d| index_of.get(d).copied())
                .collect()
        })
        .collect();
    let n = names.len();
    let (mut index, mut low, mut on_stack) = (vec![usize::MAX; n], vec![0; n], vec![false; n]);
    let (mut next, mut stack, mut out) = (0, Vec::new(), Vec::new());
    for root in 0..n {
        if index[root] != usize::MAX {
            continue;
        }
        let mut work: Vec<(usize, usize)> = vec![(root, 0)];
        while let Some(&mut (v, ref mut k)) = work.last_mut() {
            if *k == 0 && index[v] == usize::MAX {
                (index[v], low[v], on_stack[v]) = (next, next, true);
                next += 1;
                stack.push(v);
            }
            if let Some(&w) = edges[v].get(*k) {
                *k += 1;
                if index[w] == usize::MAX {
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == index[v] {
                let mut members = BTreeSet::new();
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    members.insert(names[w]);
                    if w == v {
                        break;
                    }
                }
                if members.len() > 1 || edges[v].contains(&v) {
                    out.push(members);
                }
            }
        }
    }
    out
}

/// Components up to this size get every distinct cycle reported; larger ones one cycle, from
/// their smallest service (so the work stays linear in the size of the file).
const CYCLES_PER_START_UP_TO: usize = 64;

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
    let mut components = cyclic_components(&graph);
    crate::sort::sort_by_key(&mut components, |c| c.first().copied());
    for component in components {
        let starts: Vec<&str> = if component.len() <= CYCLES_PER_START_UP_TO {
            component.iter().copied().collect()
        } else {
            component.iter().copied().take(1).collect()
        };
        for start in starts {
            if let Some(path) = cycle_through(&graph, &component, start) {
                let members: BTreeSet<&str> = path.iter().copied().collect();
                if reported.insert(members) {
                    report_cycle(p, &path, sink);
                }
            }
        }
    }
}

/// The first path from `start` back to it (depth first, through names >= `start` inside its
/// component), as the services on it.
fn cycle_through<'a>(
    graph: &BTreeMap<&'a str, BTreeSet<&'a str>>,
    component: &BTreeSet<&'a str>,
    start: &'a str,
) -> Option<Vec<&'a str>> {
    let mut stack: Vec<Vec<&str>> = vec![graph[start].iter().copied().collect()];
    let mut on_path: Vec<&str> = vec![start];
    let mut seen: BTreeSet<&str> = BTreeSet::new();
    while let Some(pending) = stack.last_mut() {
        match pending.pop() {
            Some(next) if next == start => return Some(on_path),
            Some(next) => {
                if next > start && component.contains(next) && seen.insert(next) {
                    on_path.push(next);
                    stack.push(graph[next].iter().copied().collect());
                }
            }
            None => {
                stack.pop();
                on_path.pop();
            }
        }
    }
    None
}

/// A cycle's path for a message: whole up to 12 services, else its first ten, how many more,
/// and the way back.
fn shown_path(path: &[&str]) -> String {
    if path.len() <= 12 {
        return path.join(" -> ");
    }
    let more = path.len() - 12;
    format!(
        "{} -> … ({more} more) … -> {}",
        path[..10].join(" -> "),
        path[path.len() - 2..].join(" -> ")
    )
}

/// DC0006 at the first dependency of the cycle, showing its path.
fn report_cycle(p: &Project, on_path: &[&str], sink: &mut Sink) {
    let start = on_path[0];
    let mut path: Vec<&str> = on_path.to_vec();
    path.push(start);
    let shown = shown_path(&path);
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
            text!(
                "dependency cycle detected: {shown}",
                "检测到循环依赖：{shown}"
            ),
        )
        .with_help(text!(
            "remove one depends_on (or link) so the services can start in order",
            "删除其中一个 depends_on（或 links），让服务能按顺序启动"
        )),
    );
}
