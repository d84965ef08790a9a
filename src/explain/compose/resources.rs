//! Top-level elements and the networks, volumes, secrets, configs and models they declare.

use super::super::words::{join, list};
use super::{entries, Cx};
use crate::i18n::Text;
use crate::text;
use crate::yaml::Node;

/// The text of a top-level key.
pub(super) fn top_text(cx: &Cx, name: &str, v: &Node) -> Text {
    match name {
        "version" => {
            let val = v.as_str().unwrap_or("");
            text!(
                "version: \"{val}\" is obsolete: Docker Compose ignores it (and warns), and reads the file by the current compose specification whatever the number says.",
                "version: \"{val}\" 已经过时：Docker Compose 会忽略它（并给出警告），无论写的是几，都按当前的 compose 规范读取文件。"
            )
        }
        "name" => {
            let p = cx.project.map(|p| p.name.clone()).unwrap_or_default();
            text!(
                "The project is called \"{p}\": the names of its containers, networks and volumes start with it.",
                "项目名为 \"{p}\"：容器、网络和数据卷的名称都以它为前缀。"
            )
        }
        "services" => {
            let n = entries(v).count();
            let p = cx.project.map(|p| p.name.clone()).unwrap_or_default();
            text!(
                "Declares {n} services of the project \"{p}\"; docker compose up creates their containers, and on a shared network each one finds the others by service name.",
                "声明项目 \"{p}\" 的 {n} 个服务；docker compose up 会创建它们的容器，处于同一网络的服务之间通过服务名互相访问。"
            )
        }
        _ => Text::default(),
    }
}

/// A network, volume, secret, config or model and its options.
pub(super) fn explain(cx: &mut Cx, section: &str, k: &Node, v: &Node, name: &str) {
    let (key, prefix) = match section {
        "networks" => ("compose.network", "compose.network"),
        "volumes" => ("compose.volume", "compose.volume"),
        "secrets" => ("compose.secret", "compose.secret"),
        "configs" => ("compose.config", "compose.config"),
        _ => ("compose.model", "compose.model"),
    };
    let t = match section {
        "networks" => network(cx, name),
        "volumes" => volume(cx, name),
        "secrets" => secret(cx, name, v),
        _ => Text::default(),
    };
    cx.item(k, v, key.into(), t);
    let known: &[&str] = match section {
        "networks" => crate::compose::schema::NETWORK,
        "volumes" => crate::compose::schema::VOLUME,
        "secrets" => crate::compose::schema::SECRET,
        "configs" => crate::compose::schema::CONFIG,
        _ => &["name", "model", "context_size", "runtime_flags"],
    };
    for (ok, ov, opt) in entries(v) {
        let key = if known.contains(&opt) {
            format!("{prefix}.{opt}")
        } else if opt.starts_with("x-") {
            "compose.top.x-".to_string()
        } else {
            "compose.unknown".to_string()
        };
        cx.item(ok, ov, key, Text::default());
        if opt == "ipam" {
            for (ik, iv, sub) in entries(ov) {
                cx.item(ik, iv, format!("{prefix}.ipam.{sub}"), Text::default());
            }
        }
    }
}

/// Which services use a resource, by a predicate over a service.
fn users(cx: &Cx, uses: impl Fn(&crate::compose::model::Service) -> bool) -> Vec<String> {
    cx.project
        .map(|p| {
            p.services
                .iter()
                .filter(|s| uses(s))
                .map(|s| s.name.clone())
                .collect()
        })
        .unwrap_or_default()
}

fn network(cx: &Cx, key: &str) -> Text {
    let Some(n) = cx.project.and_then(|p| p.network(key)) else {
        return Text::default();
    };
    let engine = &n.name;
    let on = users(cx, |s| s.networks.iter().any(|x| x.name == key));
    let mut out = vec![if n.external {
        text!(
            "The network \"{key}\" already exists outside this project (external): Compose uses the network named {engine} and fails if it is missing.",
            "网络 \"{key}\" 在本项目之外已经存在（external）：Compose 使用名为 {engine} 的网络，它不存在时会报错。"
        )
    } else {
        let d = &n.driver;
        text!(
            "The network \"{key}\": Compose creates it as {engine} (driver {d}) and removes it with docker compose down.",
            "网络 \"{key}\"：Compose 以 {engine} 的名字创建它（驱动为 {d}），docker compose down 时删除。"
        )
    }];
    out.push(if on.is_empty() {
        Text::new("No service joins it.", "没有服务加入它。")
    } else {
        let l = list(&on);
        Text::new(
            format!(
                "{} join it and reach each other by service name on it.",
                l.en
            ),
            format!("{} 加入了这个网络，可以在其中通过服务名互相访问。", l.zh),
        )
    });
    if n.internal {
        out.push(Text::new(
            "It is internal: no route to the outside world, and ports published by services only on it are not reachable.",
            "它是内部网络：没有通往外部的路由；只连接这个网络的服务即使发布了端口，宿主机也访问不到。",
        ));
    }
    join(&out)
}

fn volume(cx: &Cx, key: &str) -> Text {
    let Some(r) = cx
        .project
        .and_then(|p| p.volumes.iter().find(|r| r.key == key))
    else {
        return Text::default();
    };
    let engine = &r.name;
    let on = users(cx, |s| {
        s.mounts
            .iter()
            .any(|m| m.kind == "volume" && m.source.as_deref() == Some(key))
    });
    let main = if r.external {
        text!(
            "The named volume \"{key}\" is created outside this project (external): Compose uses {engine} and never removes it.",
            "具名数据卷 \"{key}\" 在本项目之外创建（external）：Compose 使用 {engine}，并且不会删除它。"
        )
    } else {
        text!(
            "The named volume \"{key}\": Compose creates it as {engine} on first use; its data survives docker compose down and is deleted only by docker compose down -v (or docker volume rm).",
            "具名数据卷 \"{key}\"：Compose 在第一次使用时以 {engine} 的名字创建它；数据在 docker compose down 后仍然保留，只有 docker compose down -v（或 docker volume rm）才会删除。"
        )
    };
    let used = if on.is_empty() {
        Text::new("No service mounts it.", "没有服务挂载它。")
    } else {
        let l = list(&on);
        Text::new(
            format!("Mounted by {}.", l.en),
            format!("{} 挂载了它。", l.zh),
        )
    };
    join(&[main, used])
}

fn secret(cx: &Cx, key: &str, v: &Node) -> Text {
    let on = users(cx, |s| s.secrets.iter().any(|x| x.name == key));
    let from = if let Some(f) = v.get("file").and_then(Node::as_str) {
        text!("read from the file {f}", "从文件 {f} 读取")
    } else if let Some(e) = v.get("environment").and_then(Node::as_str) {
        text!("taken from the variable {e}", "取自变量 {e}")
    } else {
        Text::new("created outside the project", "在项目之外创建")
    };
    let l = list(&on);
    let mut t = Text::new(
        format!("The secret \"{key}\", {}: services that list it see it as the file /run/secrets/{key}, not as an environment variable.", from.en),
        format!("密钥 \"{key}\"，{}：列出它的服务会在 /run/secrets/{key} 文件中看到它，而不是在环境变量中。", from.zh),
    );
    if !on.is_empty() {
        t = join(&[
            t,
            Text::new(format!("Used by {}.", l.en), format!("{} 使用它。", l.zh)),
        ]);
    }
    t
}

/// `include:` entries.
pub(super) fn include(cx: &mut Cx, v: &Node) {
    for e in v.as_seq().unwrap_or(&[]) {
        for (k, val, sub) in entries(e) {
            cx.item(k, val, format!("compose.include.{sub}"), Text::default());
        }
    }
}
