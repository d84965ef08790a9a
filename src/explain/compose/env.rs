//! A service's `environment`: each variable as a part; a value that names a host (a database
//! URL, `DB_HOST=db`) says whether this service can reach that host.

use super::super::Part;
use super::{entries, Cx};
use crate::i18n::Text;
use crate::text;
use crate::text::Span;
use crate::yaml::Node;

/// The host a value points at (see [`crate::compose::address`]).
fn host_of<'v>(name: &str, value: &'v str) -> Option<&'v str> {
    crate::compose::address::host_in(name, value).map(|h| h.host)
}

/// What this service reaching `host` means.
fn host_text(cx: &Cx, service: &str, host: &str) -> Option<Text> {
    if crate::compose::address::is_loopback(host) {
        return Some(text!(
            "{host} inside a container is the container itself, not the host and not another service: use the other service's name",
            "容器里的 {host} 指的是容器自己，既不是宿主机也不是其他服务：应使用对方的服务名"
        ));
    }
    cx.network.as_ref()?;
    let reach = cx
        .reached_from(service)
        .find(|r| r.hostnames.iter().any(|h| h == host));
    if let Some(r) = reach {
        let to = &r.to;
        let via = r.networks.join(", ");
        return Some(text!(
            "the host {host} is the service {to}, reachable over {via}",
            "主机 {host} 就是服务 {to}，可以通过网络 {via} 访问"
        ));
    }
    cx.service(host).map(|_| {
        text!(
            "{host} is a service of this file, but it shares no network with {service}, so this name does not resolve from here",
            "{host} 是本文件中的服务，但它与 {service} 不在同一网络中，所以从这里解析不到这个名字"
        )
    })
}

/// One part per variable.
pub(super) fn parts(cx: &Cx, service: &str, v: &Node) -> Vec<Part> {
    let pairs: Vec<(Span, String, String)> = match v.as_seq() {
        Some(seq) => seq
            .iter()
            .filter_map(|e| {
                let s = e.as_str()?;
                let (k, val) = s.split_once('=').unwrap_or((s, ""));
                Some((e.span, k.to_string(), val.to_string()))
            })
            .collect(),
        None => entries(v)
            .map(|(k, val, name)| {
                let span = Span::new(k.span.start, val.span.end.max(k.span.end));
                (
                    span,
                    name.to_string(),
                    val.as_str().unwrap_or("").to_string(),
                )
            })
            .collect(),
    };
    pairs
        .into_iter()
        .map(|(span, name, value)| {
            let mut t = text!(
                "{name} is \"{value}\" in the container",
                "容器中的 {name} 为 \"{value}\""
            );
            if cx.text.get(span.start..span.end).is_some_and(|raw| raw.contains('$')) {
                t = Text::new(
                    format!("{} after interpolation (the ${{…}} variables come from the shell or .env; unset ones become empty)", t.en),
                    format!("{}（这是插值之后的值：${{…}} 变量取自 shell 或 .env，未设置的变量会变成空字符串）", t.zh),
                );
            }
            if let Some(h) = host_of(&name, &value).and_then(|h| host_text(cx, service, h)) {
                t = Text::new(format!("{}; {}", t.en, h.en), format!("{}；{}", t.zh, h.zh));
            }
            Part {
                span,
                key: "compose.service.environment".into(),
                text: t,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::host_of;

    #[test]
    fn hosts_are_read_from_urls_and_host_variables() {
        assert_eq!(
            host_of("DATABASE_URL", "postgresql://user:pw@db:5432/mydb"),
            Some("db")
        );
        assert_eq!(host_of("REDIS_URL", "redis://redis:6379/0"), Some("redis"));
        assert_eq!(host_of("API", "http://[::1]:80/"), Some("::1"));
        assert_eq!(host_of("DB_HOST", "mysql"), Some("mysql"));
        assert_eq!(host_of("NAME", "mysql"), None);
    }
}
