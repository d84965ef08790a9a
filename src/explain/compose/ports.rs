//! `ports` and `expose`: each mapping as "host 127.0.0.1:8000 → container 5000/tcp", each side
//! of a short-syntax mapping as a part.

use super::super::words::join;
use super::super::Item;
use super::{entries, scalar_span, Cx};
use crate::compose::model::Service;
use crate::compose::ports::PortMapping;
use crate::i18n::Text;
use crate::text;
use crate::text::Span;
use crate::yaml::Node;

/// "host 0.0.0.0:8000 → container 5000/tcp".
pub(crate) fn mapping_text(m: &PortMapping) -> Text {
    let target = if m.target_end > m.target {
        format!("{}-{}", m.target, m.target_end)
    } else {
        m.target.to_string()
    };
    let proto = &m.protocol;
    let ip = m.host_ip.as_deref().unwrap_or("0.0.0.0");
    let ip = if ip.contains(':') {
        format!("[{ip}]")
    } else {
        ip.to_string()
    };
    match &m.published {
        Some(p) => text!(
            "host {ip}:{p} → container {target}/{proto}",
            "宿主机 {ip}:{p} → 容器 {target}/{proto}"
        ),
        None => text!(
            "a random host port on {ip} → container {target}/{proto}",
            "宿主机 {ip} 上的随机端口 → 容器 {target}/{proto}"
        ),
    }
}

/// The `ports` attribute as a whole.
pub(super) fn text(cx: &Cx, s: Option<&Service>) -> Text {
    let Some(s) = s else {
        return Text::default();
    };
    let rows: Vec<Text> = s.ports.iter().map(|p| mapping_text(&p.mapping)).collect();
    let joined = super::super::words::rows(&rows);
    let (en, zh) = (joined.en, joined.zh);
    let mut out = vec![Text::new(
        format!("Publishes container ports on the host (port mapping): {en}."),
        format!("把容器端口发布到宿主机（端口映射）：{zh}。"),
    )];
    let reachable = cx
        .network
        .as_ref()
        .map(|n| {
            n.ports
                .iter()
                .filter(|p| p.service == s.name)
                .all(|p| p.reachable_from_host)
        })
        .unwrap_or(true);
    if !reachable {
        out.push(Text::new(
            "But this service is on internal networks only (or has a network_mode), so the host cannot reach these ports.",
            "但这个服务只在内部网络上（或设置了 network_mode），所以宿主机无法访问这些端口。",
        ));
    } else if let Some(p) = s.ports.iter().find(|p| p.mapping.published.is_some()) {
        let host = p.mapping.published.as_deref().unwrap_or("");
        let target = p.mapping.target;
        let name = &s.name;
        out.push(text!(
            "From the host, open localhost:{host}; other services on its network use {name}:{target} (the container port), not the published one.",
            "在宿主机上访问 localhost:{host}；同一网络上的其他服务应使用 {name}:{target}（容器端口），而不是发布出来的端口。"
        ));
        if s.ports.iter().any(|p| p.mapping.host_ip.is_none()) {
            out.push(Text::new(
                "Without a host address the port is open on every interface of the host, so other machines can connect too; write 127.0.0.1:HOST:CONTAINER to keep it local.",
                "没有写宿主机地址时，端口会在宿主机的所有网卡上开放，其他机器也能连接；要只在本机访问，请写成 127.0.0.1:宿主机端口:容器端口。",
            ));
        }
    }
    join(&out)
}

/// One part per entry; a short-syntax string also gets a part per side.
pub(super) fn parts(text: &str, s: Option<&Service>, v: &Node, item: &mut Item) {
    for entry in v.as_seq().unwrap_or(&[]) {
        let mapping = s
            .and_then(|s| s.ports.iter().find(|p| p.loc.span == entry.span))
            .map(|p| &p.mapping);
        let t = mapping.map(mapping_text).unwrap_or_default();
        item.part(entry.span, "compose.service.ports", t);
        if entry.as_map().is_some() {
            for (k, _, sub) in entries(entry) {
                item.part(
                    k.span,
                    format!("compose.service.ports.{sub}"),
                    Text::default(),
                );
            }
        } else if let (Some(m), Some(inner)) = (mapping, scalar_span(text, entry)) {
            sides(&text[inner.start..inner.end], inner.start, m, item);
        }
    }
}

/// The host address, host port and container port of `raw` (at `at`) as parts.
fn sides(raw: &str, at: usize, m: &PortMapping, item: &mut Item) {
    let (spec, _proto) = raw.split_once('/').unwrap_or((raw, ""));
    let Some(colon) = spec.rfind(':') else {
        let t = &m.target;
        item.part(
            Span::new(at, at + spec.len()),
            "compose.service.ports.target",
            text!(
                "container port {t}; the host port is chosen at random (see docker compose port)",
                "容器端口 {t}；宿主机端口随机分配（用 docker compose port 查看）"
            ),
        );
        return;
    };
    let target = &spec[colon + 1..];
    let host = &spec[..colon];
    let (ip, published, pub_at) = match host.rfind(':') {
        Some(c) => (Some(&host[..c]), &host[c + 1..], at + c + 1),
        None => (None, host, at),
    };
    if let Some(ip) = ip.filter(|ip| !ip.is_empty()) {
        item.part(
            Span::new(at, at + ip.len()),
            "compose.service.ports.host_ip",
            text!(
                "only the host address {ip} listens",
                "只在宿主机地址 {ip} 上监听"
            ),
        );
    }
    if !published.is_empty() {
        item.part(
            Span::new(pub_at, pub_at + published.len()),
            "compose.service.ports.published",
            text!(
                "the port {published} on the host",
                "宿主机上的端口 {published}"
            ),
        );
    }
    let t_at = at + colon + 1;
    item.part(Span::new(t_at, t_at + target.len()), "compose.service.ports.target", text!(
        "the port {target} inside the container, where the program must listen (on 0.0.0.0, not 127.0.0.1)",
        "容器内的端口 {target}：程序必须监听这个端口，而且要监听 0.0.0.0，而不是 127.0.0.1"
    ));
}

/// One part per `expose` entry.
pub(super) fn expose_parts(v: &Node, item: &mut Item) {
    for e in v.as_seq().unwrap_or(&[]) {
        let p = e.as_str().unwrap_or("");
        item.part(
            e.span,
            "compose.service.expose",
            text!(
                "port {p}, for other services only",
                "端口 {p}，只供其他服务使用"
            ),
        );
    }
}
