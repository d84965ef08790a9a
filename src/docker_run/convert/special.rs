//! The `docker run` flags whose compose form has a shape of its own: `--mount` (long volume
//! syntax), `--ulimit`, `--tmpfs`, the block-I/O limits, `--gpus`, `--stop-timeout`,
//! `--volume-driver`, and the per-network settings (`--network-alias`, `--ip`, `--ip6`,
//! `--link-local-ip`).

use super::to_compose::Out;
use super::yaml_out::Yaml;
use super::Status;
use crate::i18n::Text;
use crate::text;

/// Convert one of these flags; `false` when `long` is not one of them.
pub(super) fn convert(
    long: &str,
    value: &str,
    svc: &mut Yaml,
    out: &mut Out,
    subject: &str,
) -> bool {
    match long {
        "mount" => mount(value, svc, out, subject),
        "ulimit" => ulimit(value, svc, out, subject),
        "tmpfs" => tmpfs(value, svc, out, subject),
        "blkio-weight-device" => blkio(value, "weight_device", "weight", svc, out, subject),
        "device-read-bps" => blkio(value, "device_read_bps", "rate", svc, out, subject),
        "device-read-iops" => blkio(value, "device_read_iops", "rate", svc, out, subject),
        "device-write-bps" => blkio(value, "device_write_bps", "rate", svc, out, subject),
        "device-write-iops" => blkio(value, "device_write_iops", "rate", svc, out, subject),
        "gpus" => gpus(value, svc, out, subject),
        "stop-timeout" => {
            let v = format!("{}s", value.trim());
            svc.entry("stop_grace_period", Yaml::Str(v.clone()));
            out.notes.add(out.line, subject, Status::Mapped, text!(
                "→ stop_grace_period: {v} (compose takes a duration)",
                "→ stop_grace_period: {v}（compose 的取值是时长）"
            ));
        }
        "volume-driver" => out.notes.add(out.line, subject, Status::Differs, text!(
            "compose has no service key for it: set driver: {value} on each named volume under the top-level volumes:",
            "compose 的服务中没有对应的键：请在顶层 volumes: 下为每个具名数据卷写上 driver: {value}"
        )),
        "network-alias" | "ip" | "ip6" | "link-local-ip" => network_setting(long, value, svc, out, subject),
        "link" => link(value, svc, out, subject),
        "volumes-from" => volumes_from(value, svc, out, subject),
        _ => return false,
    }
    true
}

/// The entry of network `net` in the service's `networks:` (a list becomes a mapping).
fn network_entry<'y>(svc: &'y mut Yaml, net: &str) -> &'y mut Yaml {
    let nets = svc.entry("networks", Yaml::map());
    if let Yaml::Seq(items) = nets {
        let names: Vec<(String, Yaml)> = items
            .iter()
            .filter_map(|i| match i {
                Yaml::Str(s) => Some((s.clone(), Yaml::map())),
                _ => None,
            })
            .collect();
        *nets = Yaml::Map(names);
    }
    nets.entry(net, Yaml::map())
}

/// `--network-alias`, `--ip`, `--ip6`, `--link-local-ip`: settings of the command's network.
fn network_setting(long: &str, value: &str, svc: &mut Yaml, out: &mut Out, subject: &str) {
    let Some(net) = out.network.clone() else {
        out.notes.add(
            out.line,
            subject,
            Status::Dropped,
            Text::new(
                "it applies to a user-defined network, and this line has no --network: left out",
                "它只对自定义网络有效，而这一行没有 --network：已略去",
            ),
        );
        return;
    };
    let key = match long {
        "network-alias" => "aliases",
        "ip" => "ipv4_address",
        "ip6" => "ipv6_address",
        _ => "link_local_ips",
    };
    let entry = network_entry(svc, &net);
    if key == "aliases" || key == "link_local_ips" {
        entry
            .entry(key, Yaml::Seq(Vec::new()))
            .push(Yaml::Str(value.into()));
    } else {
        *entry.entry(key, Yaml::Str(String::new())) = Yaml::Str(value.into());
    }
    out.notes.add(
        out.line,
        subject,
        Status::Mapped,
        text!(
            "→ networks: {net}: {key}: {value}",
            "→ networks: {net}: {key}: {value}"
        ),
    );
}

/// `--mount type=…,source=…,target=…` → a long-syntax `volumes:` item.
fn mount(value: &str, svc: &mut Yaml, out: &mut Out, subject: &str) {
    let mut item = Yaml::map();
    let mut kind = "volume".to_string();
    let mut source = None;
    let mut sub: Vec<(String, Yaml)> = Vec::new();
    for field in value.split(',') {
        let (k, v) = field.split_once('=').unwrap_or((field, "true"));
        match k {
            "type" => kind = v.to_string(),
            "source" | "src" => source = Some(v.to_string()),
            "target" | "dst" | "destination" => {
                item.entry("target", Yaml::Str(v.into()));
            }
            "readonly" | "ro" => {
                item.entry("read_only", Yaml::Bool(v != "false" && v != "0"));
            }
            "bind-propagation" => sub.push(("propagation".into(), Yaml::Str(v.into()))),
            "volume-nocopy" => sub.push(("nocopy".into(), Yaml::Bool(v != "false"))),
            "volume-subpath" => sub.push(("subpath".into(), Yaml::Str(v.into()))),
            "tmpfs-size" => sub.push(("size".into(), Yaml::Str(v.into()))),
            "tmpfs-mode" => sub.push(("mode".into(), Yaml::Str(v.into()))),
            _ => {}
        }
    }
    let mut long = Yaml::map();
    long.entry("type", Yaml::Str(kind.clone()));
    if let Some(s) = &source {
        long.entry("source", Yaml::Str(s.clone()));
    }
    if let Yaml::Map(entries) = item {
        for (k, v) in entries {
            long.entry(&k, v);
        }
    }
    if !sub.is_empty() {
        long.entry(&kind, Yaml::Map(sub));
    }
    svc.entry("volumes", Yaml::Seq(Vec::new())).push(long);
    if let (Some(s), "volume") = (&source, kind.as_str()) {
        out.root.path(&format!("volumes.{s}"), Yaml::map());
    }
    out.notes.add(out.line, subject, Status::Mapped, Text::new(
        "→ a long-syntax volumes: item (type, source, target, read_only); a named volume is also declared under the top-level volumes:",
        "→ 一个长语法的 volumes: 条目（type、source、target、read_only）；具名数据卷还会在顶层 volumes: 中声明",
    ));
}

/// `--ulimit nofile=1024:2048` → `ulimits: {nofile: {soft: 1024, hard: 2048}}`.
fn ulimit(value: &str, svc: &mut Yaml, out: &mut Out, subject: &str) {
    let (name, limits) = value.split_once('=').unwrap_or((value, ""));
    let num = |s: &str| {
        s.parse::<i64>()
            .map(Yaml::Int)
            .unwrap_or_else(|_| Yaml::Str(s.into()))
    };
    let v = match limits.split_once(':') {
        Some((soft, hard)) => {
            Yaml::Map(vec![("soft".into(), num(soft)), ("hard".into(), num(hard))])
        }
        None => num(limits),
    };
    *svc.entry("ulimits", Yaml::map()).entry(name, Yaml::map()) = v;
    out.notes.add(
        out.line,
        subject,
        Status::Mapped,
        text!(
            "→ ulimits: {name} (soft and hard limits as soft: and hard:)",
            "→ ulimits: {name}（软限制和硬限制分别写成 soft: 和 hard:）"
        ),
    );
}

/// `--tmpfs /run[:options]`: a `tmpfs:` item, or a long-syntax volume when it sets a size.
fn tmpfs(value: &str, svc: &mut Yaml, out: &mut Out, subject: &str) {
    let (path, opts) = value.split_once(':').unwrap_or((value, ""));
    let size = opts.split(',').find_map(|o| o.strip_prefix("size="));
    match size {
        Some(size) => {
            let mut long = Yaml::map();
            long.entry("type", Yaml::Str("tmpfs".into()));
            long.entry("target", Yaml::Str(path.into()));
            long.path("tmpfs.size", Yaml::Str(size.into()));
            svc.entry("volumes", Yaml::Seq(Vec::new())).push(long);
            out.notes.add(out.line, subject, Status::Differs, Text::new(
                "→ a volumes: item with type: tmpfs and tmpfs.size, since the tmpfs: list cannot set a size; the other options are left out",
                "→ 一个 type: tmpfs 并带 tmpfs.size 的 volumes: 条目，因为 tmpfs: 列表不能设置大小；其他选项已略去",
            ));
        }
        None => {
            svc.entry("tmpfs", Yaml::Seq(Vec::new()))
                .push(Yaml::Str(value.into()));
            out.notes.add(
                out.line,
                subject,
                Status::Mapped,
                text!("→ tmpfs: {value}", "→ tmpfs: {value}"),
            );
        }
    }
}

/// `--device-read-bps /dev/sda:1mb` → `blkio_config.device_read_bps: [{path, rate}]`.
fn blkio(value: &str, key: &str, field: &str, svc: &mut Yaml, out: &mut Out, subject: &str) {
    let (path, v) = value.rsplit_once(':').unwrap_or((value, ""));
    let v = v
        .parse::<i64>()
        .map(Yaml::Int)
        .unwrap_or_else(|_| Yaml::Str(v.into()));
    let item = Yaml::Map(vec![
        ("path".into(), Yaml::Str(path.into())),
        (field.into(), v),
    ]);
    svc.path(&format!("blkio_config.{key}"), Yaml::Seq(Vec::new()))
        .push(item);
    out.notes.add(
        out.line,
        subject,
        Status::Mapped,
        text!(
            "→ blkio_config.{key}: path {path}",
            "→ blkio_config.{key}：设备 {path}"
        ),
    );
}

/// `--gpus all` → `gpus: all`; a count or device list → one `gpus:` item.
fn gpus(value: &str, svc: &mut Yaml, out: &mut Out, subject: &str) {
    let value = value.trim_matches('"');
    if value == "all" {
        svc.entry("gpus", Yaml::Str("all".into()));
    } else {
        let mut item = Yaml::map();
        for field in value.split(',') {
            match field.split_once('=') {
                Some(("device", d)) => {
                    item.entry("device_ids", Yaml::Seq(Vec::new()))
                        .push(Yaml::Str(d.into()));
                }
                Some(("count", n)) | Some(("", n)) => {
                    item.entry(
                        "count",
                        n.parse::<i64>()
                            .map(Yaml::Int)
                            .unwrap_or(Yaml::Str(n.into())),
                    );
                }
                Some((k, v)) => {
                    item.path(&format!("options.{k}"), Yaml::Str(v.into()));
                }
                None if field.parse::<i64>().is_ok() => {
                    item.entry("count", Yaml::Int(field.parse().unwrap_or(1)));
                }
                None => {
                    item.entry("device_ids", Yaml::Seq(Vec::new()))
                        .push(Yaml::Str(field.into()));
                }
            }
        }
        svc.entry("gpus", Yaml::Seq(Vec::new())).push(item);
    }
    out.notes.add(
        out.line,
        subject,
        Status::Mapped,
        Text::new("→ gpus:", "→ gpus:"),
    );
}

/// The service key of the container `name` of another line, if one has that `--name`.
fn service_of(out: &Out, name: &str) -> Option<String> {
    out.services
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, k)| k.clone())
}

/// `--link name[:alias]`: `links:` to a service of this file, else `external_links:`.
fn link(value: &str, svc: &mut Yaml, out: &mut Out, subject: &str) {
    let (name, alias) = value.split_once(':').unwrap_or((value, value));
    match service_of(out, name) {
        Some(key) => {
            let v = if alias == name {
                key.clone()
            } else {
                format!("{key}:{alias}")
            };
            svc.entry("links", Yaml::Seq(Vec::new()))
                .push(Yaml::Str(v.clone()));
            out.notes.add(out.line, subject, Status::Differs, text!(
                "→ links: {v}; services on one compose network already reach each other by service name, so the link can usually go",
                "→ links: {v}；同一 compose 网络上的服务本来就能通过服务名互相访问，所以这个 link 通常可以去掉"
            ));
        }
        None => {
            svc.entry("external_links", Yaml::Seq(Vec::new()))
                .push(Yaml::Str(value.into()));
            out.notes.add(out.line, subject, Status::Differs, text!(
                "→ external_links: {value}: no line of this file makes a container called {name}, so it must exist outside the project",
                "→ external_links: {value}：本文件中没有哪一行创建名为 {name} 的容器，所以它必须是项目之外已存在的容器"
            ));
        }
    }
}

/// `--volumes-from name[:ro|rw]`: the service of this file, else `container:name`.
fn volumes_from(value: &str, svc: &mut Yaml, out: &mut Out, subject: &str) {
    let (name, mode) = match value.rsplit_once(':') {
        Some((n, m @ ("ro" | "rw"))) => (n, Some(m)),
        _ => (value, None),
    };
    let target = match service_of(out, name) {
        Some(key) => key,
        None => format!("container:{name}"),
    };
    let v = match mode {
        Some(m) => format!("{target}:{m}"),
        None => target,
    };
    svc.entry("volumes_from", Yaml::Seq(Vec::new()))
        .push(Yaml::Str(v.clone()));
    out.notes.add(
        out.line,
        subject,
        Status::Mapped,
        text!("→ volumes_from: {v}", "→ volumes_from: {v}"),
    );
}
