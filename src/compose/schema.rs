//! The parts of the compose-spec JSON schema that Compose enforces most: allowed keys at every
//! level that matters, value types of the attributes the analysis reads, enums and patterns.

use super::codes;
use super::Sink;
use crate::text;
use crate::yaml::{Node, Value};

pub(crate) const TOP: &[&str] = &[
    "version", "name", "include", "services", "networks", "volumes", "secrets", "configs", "models",
];

pub(crate) const SERVICE: &[&str] = &[
    "annotations",
    "attach",
    "build",
    "blkio_config",
    "cap_add",
    "cap_drop",
    "cgroup",
    "cgroup_parent",
    "command",
    "configs",
    "container_name",
    "cpu_count",
    "cpu_percent",
    "cpu_shares",
    "cpu_quota",
    "cpu_period",
    "cpu_rt_period",
    "cpu_rt_runtime",
    "cpus",
    "cpuset",
    "credential_spec",
    "depends_on",
    "deploy",
    "develop",
    "device_cgroup_rules",
    "devices",
    "dns",
    "dns_opt",
    "dns_search",
    "domainname",
    "entrypoint",
    "env_file",
    "label_file",
    "environment",
    "expose",
    "extends",
    "external_links",
    "extra_hosts",
    "gpus",
    "group_add",
    "healthcheck",
    "hostname",
    "image",
    "init",
    "ipc",
    "isolation",
    "labels",
    "links",
    "logging",
    "mac_address",
    "mem_limit",
    "mem_reservation",
    "mem_swappiness",
    "memswap_limit",
    "models",
    "network_mode",
    "networks",
    "oom_kill_disable",
    "oom_score_adj",
    "pid",
    "pids_limit",
    "platform",
    "ports",
    "post_start",
    "pre_start",
    "pre_stop",
    "privileged",
    "profiles",
    "provider",
    "pull_policy",
    "pull_refresh_after",
    "read_only",
    "restart",
    "runtime",
    "scale",
    "security_opt",
    "shm_size",
    "secrets",
    "sysctls",
    "stdin_open",
    "stop_grace_period",
    "stop_signal",
    "storage_opt",
    "tmpfs",
    "tty",
    "ulimits",
    "use_api_socket",
    "user",
    "uts",
    "userns_mode",
    "volumes",
    "volumes_from",
    "working_dir",
];

pub(crate) const NETWORK: &[&str] = &[
    "name",
    "driver",
    "driver_opts",
    "ipam",
    "external",
    "internal",
    "enable_ipv4",
    "enable_ipv6",
    "attachable",
    "labels",
];
pub(crate) const VOLUME: &[&str] = &["name", "driver", "driver_opts", "external", "labels"];
pub(crate) const SECRET: &[&str] = &[
    "name",
    "environment",
    "file",
    "external",
    "labels",
    "driver",
    "driver_opts",
    "template_driver",
];
pub(crate) const CONFIG: &[&str] = &[
    "name",
    "content",
    "environment",
    "file",
    "external",
    "labels",
    "template_driver",
];
const SERVICE_NETWORK: &[&str] = &[
    "aliases",
    "interface_name",
    "ipv4_address",
    "ipv6_address",
    "link_local_ips",
    "mac_address",
    "driver_opts",
    "priority",
    "gw_priority",
];
const DEPENDS_ON: &[&str] = &["condition", "restart", "required"];
const PORT: &[&str] = &[
    "name",
    "mode",
    "host_ip",
    "target",
    "published",
    "protocol",
    "app_protocol",
];

fn unknown_keys(node: &Node, allowed: &[&str], path: &str, sink: &mut Sink) {
    let Some(map) = node.as_map() else { return };
    for (k, _) in map {
        let Some(key) = k.as_str() else { continue };
        if key.starts_with("x-") || allowed.contains(&key) {
            continue;
        }
        let near = crate::suggest::closest(key, allowed.iter().copied());
        let d = crate::diagnostic::Diagnostic::new(
            &codes::SCHEMA,
            k.span,
            text!(
                "{path}: additional property \"{key}\" is not allowed",
                "{path}：不允许出现属性 \"{key}\""
            ),
        );
        let d = match near {
            Some(n) => d.with_help(text!("did you mean \"{n}\"?", "是不是想写 \"{n}\"？")),
            None => d.with_help(text!(
                "custom keys must start with \"x-\"",
                "自定义的键必须以 \"x-\" 开头"
            )),
        };
        sink.push(k.file, d);
    }
}

/// Expect one of the given YAML types (`string`, `number`, `boolean`, `mapping`, `sequence`, `null`).
pub(crate) fn expect(node: &Node, types: &[&str], path: &str, sink: &mut Sink) -> bool {
    let t = node.type_name();
    let ok = types.iter().any(|want| {
        *want == t
            || (*want == "string" && matches!(node.value, Value::Scalar(..)) && !node.is_null())
            || (*want == "number"
                && t == "string"
                && node.as_str().is_some_and(|s| s.parse::<f64>().is_ok()))
    });
    if !ok {
        let want = types.join(" or ");
        sink.report(
            node.file,
            &codes::SCHEMA,
            node.span,
            text!(
                "{path} must be a {want}, not a {t}",
                "{path} 必须是 {want}，而不是 {t}"
            ),
        );
    }
    ok
}

fn each_entry(node: &Node) -> impl Iterator<Item = (&str, &Node)> {
    node.as_map()
        .unwrap_or(&[])
        .iter()
        .filter_map(|(k, v)| k.as_str().map(|k| (k, v)))
}

fn enum_value(node: &Node, allowed: &[&str], path: &str, sink: &mut Sink) {
    if let Some(v) = node.as_str() {
        if !allowed.contains(&v) {
            let list = allowed.join(", ");
            sink.report(
                node.file,
                &codes::SCHEMA,
                node.span,
                text!(
                    "{path} must be one of {list}, not \"{v}\"",
                    "{path} 只能是 {list} 之一，而不是 \"{v}\""
                ),
            );
        }
    }
}

/// Check the merged tree.
pub fn check(root: &Node, sink: &mut Sink) {
    if !expect(root, &["mapping"], "the top level", sink) {
        return;
    }
    unknown_keys(root, TOP, "(root)", sink);
    if let Some(services) = root.get("services") {
        if expect(services, &["mapping", "null"], "services", sink) {
            for (name, svc) in each_entry(services) {
                let path = format!("services.{name}");
                if expect(svc, &["mapping"], &path, sink) {
                    check_service(svc, &path, sink);
                }
            }
        }
    }
    for (section, allowed) in [
        ("networks", NETWORK),
        ("volumes", VOLUME),
        ("secrets", SECRET),
        ("configs", CONFIG),
    ] {
        if let Some(sec) = root.get(section) {
            if expect(sec, &["mapping", "null"], section, sink) {
                for (name, def) in each_entry(sec) {
                    let path = format!("{section}.{name}");
                    if expect(def, &["mapping", "null"], &path, sink) {
                        unknown_keys(def, allowed, &path, sink);
                        if let Some(i) = def.get("internal") {
                            expect(i, &["boolean"], &format!("{path}.internal"), sink);
                        }
                    }
                }
            }
        }
    }
}

/// Check a service's keys, then each attribute's value.
fn check_service(svc: &Node, path: &str, sink: &mut Sink) {
    unknown_keys(svc, SERVICE, path, sink);
    for (key, v) in each_entry(svc) {
        check_attribute(key, v, &format!("{path}.{key}"), sink);
    }
}

/// Check the value of the service attribute `key`, written at `p`.
fn check_attribute(key: &str, v: &Node, p: &str, sink: &mut Sink) {
    match key {
        "image" | "hostname" | "network_mode" | "platform" | "user" | "working_dir" => {
            expect(v, &["string"], p, sink);
        }
        "container_name" if expect(v, &["string"], p, sink) => {
            container_name(v, p, sink);
        }
        "ports" if expect(v, &["sequence"], p, sink) => {
            ports(v, p, sink);
        }
        "expose" | "links" | "external_links" | "volumes_from" | "profiles" | "cap_add"
        | "cap_drop" => {
            expect(v, &["sequence"], p, sink);
        }
        "networks" if expect(v, &["sequence", "mapping"], p, sink) => {
            service_networks(v, p, sink);
        }
        "depends_on" if expect(v, &["sequence", "mapping"], p, sink) => {
            depends_on(v, p, sink);
        }
        "environment" | "labels" | "sysctls" | "extra_hosts" => {
            expect(v, &["sequence", "mapping"], p, sink);
        }
        "command" | "entrypoint" => {
            expect(v, &["string", "sequence", "null"], p, sink);
        }
        "build" => {
            expect(v, &["string", "mapping"], p, sink);
        }
        "deploy" | "healthcheck" | "logging" => {
            expect(v, &["mapping", "null"], p, sink);
        }
        "restart" => restart(v, p, sink),
        _ => {}
    }
}

/// A container_name must match `[a-zA-Z0-9][a-zA-Z0-9_.-]+`.
fn container_name(v: &Node, p: &str, sink: &mut Sink) {
    let n = v.as_str().unwrap_or("");
    let ok = n.len() >= 2
        && n.starts_with(|c: char| c.is_ascii_alphanumeric())
        && n.chars()
            .all(|c| c.is_ascii_alphanumeric() || "_.-".contains(c));
    if !ok {
        sink.report(
            v.file,
            &codes::SCHEMA,
            v.span,
            text!(
                "{p} \"{n}\" does not match [a-zA-Z0-9][a-zA-Z0-9_.-]+",
                "{p} \"{n}\" 不符合格式 [a-zA-Z0-9][a-zA-Z0-9_.-]+"
            ),
        );
    }
}

/// Each port is a short string or number, or a mapping with known keys, a numeric target
/// and a host or ingress mode.
fn ports(v: &Node, p: &str, sink: &mut Sink) {
    for it in v.as_seq().unwrap_or(&[]) {
        if it.as_map().is_some() {
            unknown_keys(it, PORT, &format!("{p}[]"), sink);
            if let Some(t) = it.get("target") {
                expect(t, &["number"], &format!("{p}[].target"), sink);
            }
            if let Some(m) = it.get("mode") {
                enum_value(m, &["host", "ingress"], &format!("{p}[].mode"), sink);
            }
        } else {
            expect(it, &["string", "number"], &format!("{p}[]"), sink);
        }
    }
}

/// Each network a service joins is null or a mapping with known keys and a list of aliases.
fn service_networks(v: &Node, p: &str, sink: &mut Sink) {
    for (n, def) in each_entry(v) {
        let np = format!("{p}.{n}");
        if expect(def, &["mapping", "null"], &np, sink) {
            unknown_keys(def, SERVICE_NETWORK, &np, sink);
            if let Some(a) = def.get("aliases") {
                expect(a, &["sequence"], &format!("{np}.aliases"), sink);
            }
        }
    }
}

/// Each dependency is null or a mapping with known keys and a known condition.
fn depends_on(v: &Node, p: &str, sink: &mut Sink) {
    for (n, def) in each_entry(v) {
        let np = format!("{p}.{n}");
        if expect(def, &["mapping", "null"], &np, sink) {
            unknown_keys(def, DEPENDS_ON, &np, sink);
            if let Some(c) = def.get("condition") {
                enum_value(
                    c,
                    &[
                        "service_started",
                        "service_healthy",
                        "service_completed_successfully",
                    ],
                    &format!("{np}.condition"),
                    sink,
                );
            }
        }
    }
}

/// A restart policy must be no, always, on-failure[:max] or unless-stopped.
fn restart(v: &Node, p: &str, sink: &mut Sink) {
    let Some(r) = v.as_str() else { return };
    let ok = matches!(r, "no" | "always" | "unless-stopped" | "on-failure")
        || r.strip_prefix("on-failure:")
            .is_some_and(|n| n.parse::<u32>().is_ok());
    if !ok {
        sink.push(
            v.file,
            crate::diagnostic::Diagnostic::new(
                &codes::SCHEMA,
                v.span,
                text!(
                    "{p} must be no, always, on-failure[:max] or unless-stopped, not \"{r}\"",
                    "{p} 只能是 no、always、on-failure[:次数] 或 unless-stopped，而不是 \"{r}\""
                ),
            )
            .with_help(text!(
                "for example: restart: unless-stopped",
                "例如：restart: unless-stopped"
            )),
        );
    }
}
