//! From the merged YAML tree to the normalized [`Project`], as Docker Compose normalizes it:
//! implicit `default` network, resource names, dependencies implied by links and
//! `network_mode: service:x`, profiles, `extends` within the file.

use super::codes;
use super::model::*;
use super::ports::{parse_short, PortMapping};
use super::{ComposeOptions, Sink};
use crate::diagnostic::Diagnostic;
use crate::text;
use crate::yaml::{Node, Value};

pub(crate) fn loc(n: &Node) -> Loc {
    Loc {
        file: n.file,
        span: n.span,
    }
}

fn scalar(n: &Node) -> Option<String> {
    if n.is_null() {
        return None;
    }
    n.as_str().map(String::from)
}

/// The strings of a sequence (scalars only).
fn strings(n: Option<&Node>) -> Vec<(String, Loc)> {
    n.and_then(Node::as_seq)
        .unwrap_or(&[])
        .iter()
        .filter_map(|it| scalar(it).map(|s| (s, loc(it))))
        .collect()
}

/// A list-or-mapping attribute (networks, depends_on): the names with their definitions.
fn names_of(n: &Node) -> Vec<(String, Loc, Option<&Node>)> {
    match &n.value {
        Value::Seq(items) => items
            .iter()
            .filter_map(|it| scalar(it).map(|s| (s, loc(it), None)))
            .collect(),
        Value::Map(m) => m
            .iter()
            .filter_map(|(k, v)| {
                scalar(k).map(|s| (s, loc(k), if v.is_null() { None } else { Some(v) }))
            })
            .collect(),
        _ => Vec::new(),
    }
}

fn bool_of(n: Option<&Node>) -> Option<bool> {
    let n = n?;
    n.as_bool().or_else(|| match n.as_str()? {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    })
}

fn int_of(n: Option<&Node>) -> Option<i64> {
    let n = n?;
    n.as_int().or_else(|| n.as_str()?.trim().parse().ok())
}

/// Resolve `extends: {service: x}` / `extends: x` within the same file, deepest first.
/// Returns the services whose `extends` names another file.
pub(crate) fn resolve_extends(services: &mut [(Node, Node)], sink: &mut Sink) -> Vec<String> {
    let mut elsewhere = Vec::new();
    let names: Vec<String> = services
        .iter()
        .filter_map(|(k, _)| k.as_str().map(String::from))
        .collect();
    for _round in 0..16 {
        let mut changed = false;
        for i in 0..services.len() {
            let Some(ext) = services[i].1.get("extends").cloned() else {
                continue;
            };
            let (base, file) = match &ext.value {
                Value::Scalar(..) => (scalar(&ext), None),
                Value::Map(_) => (
                    ext.get("service").and_then(scalar),
                    ext.get("file").and_then(scalar),
                ),
                _ => (None, None),
            };
            let Some(base) = base else { continue };
            if let Some(f) = file {
                sink.report(ext.file, &codes::NOT_FOLLOWED, ext.span, text!(
                            "extends from another file (\"{f}\") is not followed here; the service is analysed without it",
                            "这里不会读取其他文件（\"{f}\"）中的 extends，该服务按未继承的内容分析"
                        ));
                remove_key(&mut services[i].1, "extends");
                if let Some(n) = services[i].0.as_str() {
                    elsewhere.push(n.to_string());
                }
                continue;
            }
            let Some(j) = names.iter().position(|n| *n == base) else {
                sink.report(
                    ext.file,
                    &codes::UNDEFINED_REFERENCE,
                    ext.span,
                    text!(
                        "service \"{}\" extends undefined service \"{base}\"",
                        "服务 \"{}\" 继承（extends）的服务 \"{base}\" 不存在",
                        services[i].0.as_str().unwrap_or("?")
                    ),
                );
                remove_key(&mut services[i].1, "extends");
                continue;
            };
            if services[j].1.get("extends").is_some() {
                continue; // resolve the base first
            }
            if i == j {
                remove_key(&mut services[i].1, "extends");
                continue;
            }
            let mut base_node = services[j].1.clone();
            remove_key(&mut base_node, "depends_on");
            let mut own = services[i].1.clone();
            remove_key(&mut own, "extends");
            services[i].1 = super::merge::merge(base_node, own);
            changed = true;
        }
        if !changed {
            break;
        }
    }
    // Whatever is left is a cycle: drop the key so loading goes on.
    for (k, v) in services.iter_mut() {
        if let Some((ek, _)) = v.entry("extends") {
            let span = ek.span;
            let file = ek.file;
            let name = k.as_str().unwrap_or("?").to_string();
            sink.report(
                file,
                &codes::DEPENDENCY_CYCLE,
                span,
                text!(
                    "extends of service \"{name}\" forms a cycle",
                    "服务 \"{name}\" 的 extends 形成了循环"
                ),
            );
            remove_key(v, "extends");
        }
    }
    elsewhere
}

fn remove_key(n: &mut Node, key: &str) {
    if let Value::Map(m) = &mut n.value {
        m.retain(|(k, _)| k.as_str() != Some(key));
    }
}

fn parse_ports(node: Option<&Node>, sink: &mut Sink) -> Vec<Port> {
    let mut out = Vec::new();
    for it in node.and_then(Node::as_seq).unwrap_or(&[]) {
        match &it.value {
            Value::Map(_) => {
                let target = int_of(it.get("target"));
                let Some(target) = target.and_then(|t| u16::try_from(t).ok()) else {
                    sink.report(
                        it.file,
                        &codes::INVALID_PORT,
                        it.span,
                        text!(
                            "port entry needs a valid \"target\" (the container port)",
                            "端口配置需要有效的 \"target\"（容器端口）"
                        ),
                    );
                    continue;
                };
                let published = it
                    .get("published")
                    .and_then(scalar)
                    .filter(|p| !p.is_empty());
                let protocol = it
                    .get("protocol")
                    .and_then(scalar)
                    .unwrap_or_else(|| "tcp".into())
                    .to_ascii_lowercase();
                let mode = it
                    .get("mode")
                    .and_then(scalar)
                    .unwrap_or_else(|| "ingress".into());
                let host_ip = it.get("host_ip").and_then(scalar).filter(|s| !s.is_empty());
                out.push(Port {
                    mapping: PortMapping {
                        host_ip,
                        published,
                        target,
                        target_end: target,
                        protocol,
                        mode,
                    },
                    loc: loc(it),
                });
            }
            Value::Scalar(..) => {
                let raw = it.as_str().unwrap_or("").to_string();
                match parse_short(&raw) {
                    Ok(mapping) => out.push(Port {
                        mapping,
                        loc: loc(it),
                    }),
                    Err((en, zh)) => {
                        let mut d = Diagnostic::new(
                            &codes::INVALID_PORT,
                            it.span,
                            crate::i18n::Text::new(en, zh),
                        );
                        // "IP:PORT" forgets the container port: the IP was read as the host port.
                        if let Some((ip, port)) = raw.rsplit_once(':') {
                            if ip.parse::<std::net::IpAddr>().is_ok() {
                                d = d.with_help(text!(
                                    "to publish on one address write IP:HOST_PORT:CONTAINER_PORT, e.g. \"{ip}:{port}:{port}\"",
                                    "要只在某个地址上发布，请写成 IP:宿主机端口:容器端口，例如 \"{ip}:{port}:{port}\""
                                ));
                            }
                        }
                        sink.push(it.file, d);
                    }
                }
            }
            Value::Seq(_) => {}
        }
    }
    out
}

/// Parse a short volume spec `[SOURCE:]TARGET[:MODE]`.
fn parse_volume_short(raw: &str) -> Result<(Option<String>, String, bool), (String, String)> {
    let bytes: Vec<&str> = {
        // A Windows drive letter (`C:\…`) is part of the path, not a separator.
        let mut parts = Vec::new();
        let mut start = 0;
        let b = raw.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if b[i] == b':' {
                let drive = i == start + 1
                    && b[start].is_ascii_alphabetic()
                    && matches!(b.get(i + 1), Some(b'\\') | Some(b'/'));
                if !drive {
                    parts.push(&raw[start..i]);
                    start = i + 1;
                }
            }
            i += 1;
        }
        parts.push(&raw[start..]);
        parts
    };
    let bad = |why_en: &str, why_zh: &str| {
        (
            format!("invalid volume \"{raw}\": {why_en}"),
            format!("数据卷配置 \"{raw}\" 无效：{why_zh}"),
        )
    };
    if bytes.iter().any(|p| p.is_empty()) && bytes.len() > 1 {
        return Err(bad("empty section between colons", "冒号之间的部分为空"));
    }
    match bytes.as_slice() {
        [t] => Ok((None, t.to_string(), false)),
        [s, t] => Ok((Some(s.to_string()), t.to_string(), false)),
        [s, t, m] => Ok((
            Some(s.to_string()),
            t.to_string(),
            m.split(',').any(|x| x == "ro"),
        )),
        _ => Err(bad("too many colons", "冒号太多")),
    }
}

/// `C:\…` or `C:/…`.
fn windows_drive(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() > 2 && b[0].is_ascii_alphabetic() && b[1] == b':' && matches!(b[2], b'\\' | b'/')
}

/// The service-level `tmpfs:` (a path or a list of paths, each maybe with `:options`) as tmpfs
/// mounts.
fn tmpfs_mounts(node: Option<&Node>) -> Vec<Mount> {
    let items: Vec<&Node> = match node {
        None => Vec::new(),
        Some(n) => n
            .as_seq()
            .map_or_else(|| vec![n], |seq| seq.iter().collect()),
    };
    items
        .into_iter()
        .filter_map(|it| {
            let raw = scalar(it)?;
            let target = raw.split(':').next().unwrap_or("").trim().to_string();
            (!target.is_empty()).then(|| Mount {
                kind: "tmpfs".into(),
                source: None,
                target,
                read_only: false,
                loc: loc(it),
            })
        })
        .collect()
}

fn parse_mounts(node: Option<&Node>, sink: &mut Sink) -> Vec<Mount> {
    let mut out = Vec::new();
    for it in node.and_then(Node::as_seq).unwrap_or(&[]) {
        match &it.value {
            Value::Map(_) => {
                let kind = it
                    .get("type")
                    .and_then(scalar)
                    .unwrap_or_else(|| "volume".into());
                let Some(target) = it.get("target").and_then(scalar) else {
                    sink.report(
                        it.file,
                        &codes::INVALID_VOLUME,
                        it.span,
                        text!(
                            "volume entry needs a \"target\"",
                            "数据卷配置需要 \"target\""
                        ),
                    );
                    continue;
                };
                let source = it.get("source").and_then(scalar);
                let read_only = bool_of(it.get("read_only")).unwrap_or(false);
                out.push(Mount {
                    kind,
                    source,
                    target,
                    read_only,
                    loc: loc(it),
                });
            }
            Value::Scalar(..) => {
                let raw = it.as_str().unwrap_or("");
                match parse_volume_short(raw) {
                    Ok((source, target, read_only)) => {
                        let kind = match &source {
                            None => "volume",
                            // compose-go's isFilePath: `data/db` is a (bad) volume name.
                            Some(s)
                                if s.starts_with(['.', '/', '~', '$', '\\'])
                                    || windows_drive(s) =>
                            {
                                "bind"
                            }
                            Some(_) => "volume",
                        };
                        out.push(Mount {
                            kind: kind.into(),
                            source,
                            target,
                            read_only,
                            loc: loc(it),
                        });
                    }
                    Err((en, zh)) => sink.report(
                        it.file,
                        &codes::INVALID_VOLUME,
                        it.span,
                        crate::i18n::Text::new(en, zh),
                    ),
                }
            }
            Value::Seq(_) => {}
        }
    }
    out
}

fn refs(node: Option<&Node>, key_in_map: &str) -> Vec<Ref> {
    node.and_then(Node::as_seq)
        .unwrap_or(&[])
        .iter()
        .filter_map(|it| match &it.value {
            Value::Map(_) => it
                .get(key_in_map)
                .and_then(scalar)
                .map(|name| Ref { name, loc: loc(it) }),
            _ => scalar(it).map(|name| Ref { name, loc: loc(it) }),
        })
        .collect()
}

/// The normalized service `name`, defined by `n` under the key `key`.
fn service(name: &str, key: &Node, n: &Node, opts: &ComposeOptions, sink: &mut Sink) -> Service {
    let profiles = scalar_strings(n.get("profiles"));
    let active = runs_with_profiles(&profiles, opts);
    Service {
        name: name.to_string(),
        loc: loc(key),
        active,
        profiles,
        image: n.get("image").and_then(scalar),
        build_context: build_context(n),
        container_name: scalar_with_loc(n.get("container_name")),
        hostname: n.get("hostname").and_then(scalar),
        ports: parse_ports(n.get("ports"), sink),
        expose: scalar_strings(n.get("expose")),
        networks: service_networks(n),
        network_mode: scalar_with_loc(n.get("network_mode")),
        depends_on: dependencies(n),
        links: links(n),
        external_links: scalar_strings(n.get("external_links")),
        volumes_from: volumes_from(n),
        mounts: parse_mounts(n.get("volumes"), sink)
            .into_iter()
            .chain(tmpfs_mounts(n.get("tmpfs")))
            .collect(),
        secrets: refs(n.get("secrets"), "source"),
        configs: refs(n.get("configs"), "source"),
        replicas: int_of(n.get("deploy").and_then(|d| d.get("replicas")))
            .or_else(|| int_of(n.get("scale"))),
        healthcheck: has_healthcheck(n),
        restart: n.get("restart").and_then(scalar),
        provider: n.get("provider").is_some(),
        extends_elsewhere: false,
        platform: n.get("platform").and_then(scalar),
        build_platforms: scalar_strings(n.get("build").and_then(|b| b.get("platforms"))),
    }
}

/// The scalar strings of a sequence, without their places.
fn scalar_strings(n: Option<&Node>) -> Vec<String> {
    strings(n).into_iter().map(|(s, _)| s).collect()
}

/// A scalar value with its place.
fn scalar_with_loc(n: Option<&Node>) -> Option<(String, Loc)> {
    n.and_then(|v| scalar(v).map(|s| (s, loc(v))))
}

/// Whether a service with these profiles runs with the selected ones (`*` selects all).
fn runs_with_profiles(profiles: &[String], opts: &ComposeOptions) -> bool {
    profiles.is_empty()
        || profiles
            .iter()
            .any(|p| opts.profiles.contains(p) || opts.profiles.iter().any(|x| x == "*"))
}

/// `build.context`, `.` for a `build` mapping without one, or the string form.
fn build_context(n: &Node) -> Option<String> {
    n.get("build").and_then(|b| match &b.value {
        Value::Map(_) => b
            .get("context")
            .and_then(scalar)
            .or_else(|| Some(".".into())),
        _ => scalar(b),
    })
}

/// The networks the service lists (list or mapping form), with their settings.
fn service_networks(n: &Node) -> Vec<ServiceNetwork> {
    let mut networks = Vec::new();
    if let Some(nets) = n.get("networks") {
        for (net, l, def) in names_of(nets) {
            let aliases = scalar_strings(def.and_then(|d| d.get("aliases")));
            networks.push(ServiceNetwork {
                name: net,
                aliases,
                ipv4_address: def.and_then(|d| d.get("ipv4_address")).and_then(scalar),
                priority: int_of(def.and_then(|d| d.get("priority"))),
                loc: Some(l),
            });
        }
    }
    networks
}

/// The written `depends_on` entries (list or mapping form), with Compose's defaults.
fn dependencies(n: &Node) -> Vec<Dependency> {
    let mut depends_on = Vec::new();
    if let Some(deps) = n.get("depends_on") {
        for (dep, l, def) in names_of(deps) {
            depends_on.push(Dependency {
                service: dep,
                condition: def
                    .and_then(|d| d.get("condition"))
                    .and_then(scalar)
                    .unwrap_or_else(|| "service_started".into()),
                restart: bool_of(def.and_then(|d| d.get("restart"))).unwrap_or(false),
                required: bool_of(def.and_then(|d| d.get("required"))).unwrap_or(true),
                implied: false,
                loc: l,
            });
        }
    }
    depends_on
}

/// `links` entries: `SERVICE[:ALIAS]`, the alias defaulting to the service.
fn links(n: &Node) -> Vec<Link> {
    strings(n.get("links"))
        .into_iter()
        .map(|(s, l)| {
            let (svc, alias) = match s.split_once(':') {
                Some((a, b)) => (a.to_string(), b.to_string()),
                None => (s.clone(), s.clone()),
            };
            Link {
                service: svc,
                alias,
                loc: l,
            }
        })
        .collect()
}

/// Whether the service has a healthcheck with a test that is neither disabled nor `NONE`.
fn has_healthcheck(n: &Node) -> bool {
    n.get("healthcheck").is_some_and(|h| {
        !bool_of(h.get("disable")).unwrap_or(false)
            && h.get("test")
                .and_then(Node::as_seq)
                .is_none_or(|t| t.first().and_then(|x| x.as_str()) != Some("NONE"))
            && h.get("test").is_some()
    })
}

/// The services named by `volumes_from` (`[service:]NAME[:MODE]`; `container:` refs skipped).
fn volumes_from(n: &Node) -> Vec<Ref> {
    strings(n.get("volumes_from"))
        .into_iter()
        .filter(|(s, _)| !s.starts_with("container:"))
        .map(|(s, l)| Ref {
            name: s
                .strip_prefix("service:")
                .unwrap_or(&s)
                .split(':')
                .next()
                .unwrap_or("")
                .to_string(),
            loc: l,
        })
        .collect()
}

/// The engine-level name of a top-level network, volume, secret or config, and whether it is
/// external: an explicit `name:` as is, else the key when external, else `<project>_<key>`.
fn engine_name(key: &str, def: &Node, project: &str) -> (String, bool) {
    let external = bool_of(def.get("external")).unwrap_or(false);
    let name = def.get("name").and_then(scalar).unwrap_or_else(|| {
        if external {
            key.to_string()
        } else {
            format!("{project}_{key}")
        }
    });
    (name, external)
}

fn resources(root: &Node, section: &str, project: &str) -> Vec<Resource> {
    let mut out: Vec<Resource> = root
        .get(section)
        .and_then(Node::as_map)
        .unwrap_or(&[])
        .iter()
        .filter_map(|(k, v)| {
            let key = scalar(k)?;
            let (name, external) = engine_name(&key, v, project);
            Some(Resource {
                key,
                name,
                external,
            })
        })
        .collect();
    crate::sort::sort_by(&mut out, |a, b| a.key.cmp(&b.key));
    out
}

/// Build the normalized project from the merged, interpolated tree.
pub(crate) fn build(
    root: &Node,
    project_name: &str,
    opts: &ComposeOptions,
    sink: &mut Sink,
) -> Project {
    let mut services = Vec::new();
    if let Some(map) = root.get("services").and_then(Node::as_map) {
        let mut entries: Vec<(Node, Node)> = map.to_vec();
        let elsewhere = resolve_extends(&mut entries, sink);
        for (k, v) in &entries {
            let Some(name) = scalar(k) else { continue };
            if v.as_map().is_none() {
                continue;
            }
            let mut s = service(&name, k, v, opts, sink);
            s.extends_elsewhere = elsewhere.contains(&name);
            services.push(s);
        }
    }
    crate::sort::sort_by(&mut services, |a, b| a.name.cmp(&b.name));
    // Implied dependencies: links and network_mode: service:x.
    for s in services.iter_mut() {
        let mut implied: Vec<(String, Loc)> =
            s.links.iter().map(|l| (l.service.clone(), l.loc)).collect();
        if let Some((m, l)) = &s.network_mode {
            if let Some(x) = m.strip_prefix("service:") {
                implied.push((x.to_string(), *l));
            }
        }
        for (svc, l) in implied {
            if !s.depends_on.iter().any(|d| d.service == svc) {
                s.depends_on.push(Dependency {
                    service: svc,
                    condition: "service_started".into(),
                    restart: true,
                    required: true,
                    implied: true,
                    loc: l,
                });
            }
        }
        // The implicit default network for services without network_mode and without networks.
        if s.network_mode.is_none() && s.networks.is_empty() && !s.provider {
            s.networks.push(ServiceNetwork {
                name: "default".into(),
                aliases: Vec::new(),
                ipv4_address: None,
                priority: None,
                loc: None,
            });
        }
    }
    let mut networks: Vec<Network> = root
        .get("networks")
        .and_then(Node::as_map)
        .unwrap_or(&[])
        .iter()
        .filter_map(|(k, v)| {
            let key = scalar(k)?;
            let (name, external) = engine_name(&key, v, project_name);
            Some(Network {
                key,
                name,
                internal: bool_of(v.get("internal")).unwrap_or(false),
                external,
                driver: v
                    .get("driver")
                    .and_then(scalar)
                    .unwrap_or_else(|| "bridge".into()),
                implicit: false,
            })
        })
        .collect();
    let uses_default = services
        .iter()
        .any(|s| s.active && s.networks.iter().any(|n| n.name == "default"));
    if uses_default && !networks.iter().any(|n| n.key == "default") {
        networks.push(Network {
            key: "default".into(),
            name: format!("{project_name}_default"),
            internal: false,
            external: false,
            driver: "bridge".into(),
            implicit: true,
        });
    }
    crate::sort::sort_by(&mut networks, |a, b| a.key.cmp(&b.key));
    Project {
        name: project_name.to_string(),
        services,
        networks,
        volumes: resources(root, "volumes", project_name),
        secrets: resources(root, "secrets", project_name),
        configs: resources(root, "configs", project_name),
    }
}
