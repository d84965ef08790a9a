//! Published ports: the short syntax exactly as go-connections' `nat.ParsePortSpec` reads it
//! (which Docker Compose uses), and the long syntax.

use serde::Serialize;

/// One published (or exposed-to-host) mapping as written: a port range stays one mapping (ranges
/// are never expanded into a row per port).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct PortMapping {
    /// Host address to bind; `None` = all interfaces (IPv4 and IPv6).
    pub host_ip: Option<String>,
    /// Host port or range: with a container range, the host range maps port by port
    /// (`"9090-9091"` → 8080-8081); with one container port, a range to allocate one host port
    /// from (`"8000-9000"`). `None` = a random host port.
    pub published: Option<String>,
    /// Container port (the first of a range).
    pub target: u16,
    /// The last container port of a range (`target` for one port).
    pub target_end: u16,
    /// `tcp`, `udp` or `sctp`.
    pub protocol: String,
    /// `ingress` (default) or `host` (matters for Swarm only).
    pub mode: String,
}

/// Why a port spec was refused: English and Chinese.
pub type PortError = (String, String);

fn parse_range(s: &str) -> Result<(u16, u16), ()> {
    if s.is_empty() {
        return Err(());
    }
    let num = |t: &str| -> Result<u16, ()> {
        if t.is_empty() || !t.bytes().all(|b| b.is_ascii_digit()) {
            return Err(());
        }
        t.parse::<u16>().map_err(|_| ())
    };
    match s.split_once('-') {
        None => {
            let p = num(s)?;
            Ok((p, p))
        }
        Some((a, b)) => {
            let (a, b) = (num(a)?, num(b.split('-').next().unwrap_or(""))?);
            if b < a {
                Err(())
            } else {
                Ok((a, b))
            }
        }
    }
}

impl PortMapping {
    /// One `(host port or range, container port)` pair per container port, as Docker Compose
    /// lists them (for comparison with `docker compose config`; a range of thousands gives
    /// thousands of pairs).
    pub fn per_port(&self) -> Vec<(Option<String>, u16)> {
        let host = self.published.as_deref().map(|p| match p.split_once('-') {
            Some((a, b)) => (a.parse::<u16>().unwrap_or(0), b.parse::<u16>().unwrap_or(0)),
            None => {
                let n = p.parse::<u16>().unwrap_or(0);
                (n, n)
            }
        });
        (self.target..=self.target_end)
            .enumerate()
            .map(|(i, target)| {
                let published = match (host, &self.published) {
                    (None, _) => None,
                    (Some((hs, he)), Some(p)) if self.target == self.target_end && hs != he => {
                        Some(p.clone())
                    }
                    (Some((hs, _)), _) => Some((hs as usize + i).to_string()),
                };
                (published, target)
            })
            .collect()
    }
}

/// Parse `[[IP:](HOST|RANGE):](PORT|RANGE)[/PROTO]` into one mapping.
pub fn parse_short(raw: &str) -> Result<PortMapping, PortError> {
    let parts: Vec<&str> = raw.split(':').collect();
    let n = parts.len();
    let container = parts[n - 1];
    let (ip, host) = match n {
        1 => (String::new(), ""),
        2 => (String::new(), parts[0]),
        3 => (parts[0].to_string(), parts[1]),
        _ => (parts[..n - 2].join(":"), parts[n - 2]),
    };
    let (proto, container) = {
        let ps: Vec<&str> = container.split('/').collect();
        if container.is_empty() || ps[0].is_empty() {
            ("", "")
        } else if ps.len() == 1 || ps[1].is_empty() {
            ("tcp", ps[0])
        } else {
            (ps[1], ps[0])
        }
    };
    let mut ip = ip;
    if ip.starts_with('[') {
        match ip.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
            Some(inner) => ip = inner.to_string(),
            None => {
                return Err((
                    format!("invalid IP address \"{ip}\" in port \"{raw}\""),
                    format!("端口映射 \"{raw}\" 中的 IP 地址 \"{ip}\" 无效"),
                ))
            }
        }
    }
    if !ip.is_empty() && ip.parse::<std::net::IpAddr>().is_err() {
        return Err((
            format!("invalid IP address \"{ip}\" in port \"{raw}\""),
            format!("端口映射 \"{raw}\" 中的 IP 地址 \"{ip}\" 无效"),
        ));
    }
    if container.is_empty() {
        return Err((
            format!("no container port in \"{raw}\""),
            format!("端口映射 \"{raw}\" 缺少容器端口"),
        ));
    }
    let (cs, ce) = parse_range(container).map_err(|_| {
        (
            format!("invalid container port \"{container}\" in \"{raw}\""),
            format!("端口映射 \"{raw}\" 中的容器端口 \"{container}\" 无效"),
        )
    })?;
    let (hs, he) = if host.is_empty() {
        (0, 0)
    } else {
        parse_range(host).map_err(|_| {
            (
                format!("invalid host port \"{host}\" in \"{raw}\""),
                format!("端口映射 \"{raw}\" 中的宿主机端口 \"{host}\" 无效"),
            )
        })?
    };
    if !host.is_empty() && (ce - cs) != (he - hs) && ce != cs {
        return Err((
            format!("host ports \"{host}\" and container ports \"{container}\" are ranges of different lengths"),
            format!("宿主机端口 \"{host}\" 与容器端口 \"{container}\" 的范围长度不一致"),
        ));
    }
    let proto_l = proto.to_ascii_lowercase();
    if !matches!(proto_l.as_str(), "tcp" | "udp" | "sctp") {
        return Err((
            format!("invalid protocol \"{proto}\" in \"{raw}\" (use tcp, udp or sctp)"),
            format!("端口映射 \"{raw}\" 中的协议 \"{proto}\" 无效（可用 tcp、udp 或 sctp）"),
        ));
    }
    let published = match (host.is_empty(), hs == he) {
        (true, _) => None,
        (false, true) => Some(hs.to_string()),
        (false, false) => Some(format!("{hs}-{he}")),
    };
    Ok(PortMapping {
        host_ip: (!ip.is_empty()).then_some(ip),
        published,
        target: cs,
        target_end: ce,
        protocol: proto_l,
        mode: "ingress".into(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(s: &str) -> Vec<(Option<String>, Option<String>, u16, String)> {
        let m = parse_short(s).unwrap();
        m.per_port()
            .into_iter()
            .map(|(published, target)| (m.host_ip.clone(), published, target, m.protocol.clone()))
            .collect()
    }

    #[test]
    fn ranges_stay_one_mapping() {
        let m = parse_short("1-65535:1-65535/udp").unwrap();
        assert_eq!(
            (m.published.as_deref(), m.target, m.target_end),
            (Some("1-65535"), 1, 65535)
        );
        let m = parse_short("8000-9000:80").unwrap();
        assert_eq!(
            (m.published.as_deref(), m.target, m.target_end),
            (Some("8000-9000"), 80, 80)
        );
    }

    #[test]
    fn reference_table() {
        let s = |x: &str| Some(x.to_string());
        assert_eq!(rows("3000"), [(None, None, 3000, "tcp".into())]);
        assert_eq!(rows("3000-3005").len(), 6);
        assert_eq!(rows("8080:80"), [(None, s("8080"), 80, "tcp".into())]);
        assert_eq!(
            rows("127.0.0.1:8080:80/udp"),
            [(s("127.0.0.1"), s("8080"), 80, "udp".into())]
        );
        assert_eq!(
            rows("9090-9091:8080-8081"),
            [
                (None, s("9090"), 8080, "tcp".into()),
                (None, s("9091"), 8081, "tcp".into())
            ]
        );
        assert_eq!(
            rows("8000-9000:80"),
            [(None, s("8000-9000"), 80, "tcp".into())]
        );
        assert_eq!(rows("127.0.0.1:5000-5010:5000-5010").len(), 11);
        assert_eq!(
            rows("[::1]:6001:6001"),
            [(s("::1"), s("6001"), 6001, "tcp".into())]
        );
        assert_eq!(
            rows("::1:6000:6000"),
            [(s("::1"), s("6000"), 6000, "tcp".into())]
        );
        assert_eq!(rows("6060:6060/udp")[0].3, "udp");
        assert_eq!(
            rows("127.0.0.1::80"),
            [(s("127.0.0.1"), None, 80, "tcp".into())]
        );
        assert!(parse_short("8080-8081:80-82").is_err());
        assert!(parse_short("127.0.0.1:80")
            .unwrap_err()
            .0
            .contains("invalid host port"));
        assert!(parse_short("80/xtp").is_err());
        assert!(parse_short("99999").is_err());
        assert!(parse_short("").is_err());
    }
}
