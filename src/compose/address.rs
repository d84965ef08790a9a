//! The host a service's environment variable points at: the host of a URL
//! (`scheme://[user[:password]@]host[:port]…`), of a `host:port` value, or the whole value of a
//! `*_HOST` variable. The explanations and the rules read addresses the same way.

/// A host inside a value: its byte offset in the value and its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HostIn<'v> {
    /// Byte offset of the host in the value.
    pub offset: usize,
    /// The host.
    pub host: &'v str,
    /// Read from a URL or `host:port` (rather than from a `*_HOST` variable's whole value).
    pub addressed: bool,
}

/// Whether a variable named `name` holds a host name by convention.
fn host_variable(name: &str) -> bool {
    let upper = name.to_ascii_uppercase();
    upper.ends_with("_HOST")
        || upper.ends_with("_HOSTNAME")
        || upper.ends_with("_SERVER")
        || upper == "HOST"
}

/// The host `value` (of variable `name`) points at, if any.
pub fn host_in<'v>(name: &str, value: &'v str) -> Option<HostIn<'v>> {
    if let Some(i) = value.find("://") {
        let rest = &value[i + 3..];
        let authority = rest.split(['/', '?', '#']).next().unwrap_or(rest);
        let at = authority.rfind('@').map_or(0, |j| j + 1);
        let host_port = &authority[at..];
        let (start, host) = match host_port.strip_prefix('[') {
            Some(v6) => (1, v6.split(']').next().unwrap_or(v6)),
            None => (0, host_port.split([':', ',']).next().unwrap_or(host_port)),
        };
        return (!host.is_empty()).then_some(HostIn {
            offset: i + 3 + at + start,
            host,
            addressed: true,
        });
    }
    if let Some((h, port)) = value.split_once(':') {
        let hostlike = !h.is_empty()
            && h.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
            && (h.bytes().any(|b| b.is_ascii_alphabetic()) || is_ip(h));
        if hostlike && !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()) {
            return Some(HostIn {
                offset: 0,
                host: h,
                addressed: true,
            });
        }
    }
    let plain = !value.is_empty()
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.:[]".contains(&b));
    (host_variable(name) && plain).then_some(HostIn {
        offset: 0,
        host: value,
        addressed: false,
    })
}

/// Whether `host` names the local machine: inside a container, the container itself.
pub fn is_loopback(host: &str) -> bool {
    host.eq_ignore_ascii_case("localhost") || host.starts_with("127.") || host == "::1"
}

/// Whether `host` is an IP address (v4 or v6) rather than a name.
pub fn is_ip(host: &str) -> bool {
    host.parse::<std::net::IpAddr>().is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn host<'v>(name: &str, value: &'v str) -> Option<(&'v str, usize)> {
        host_in(name, value).map(|h| (h.host, h.offset))
    }

    #[test]
    fn hosts_are_read_from_urls_host_ports_and_host_variables() {
        let url = "postgresql://user:pw@db:5432/mydb";
        assert_eq!(host("DATABASE_URL", url), Some(("db", 21)));
        assert_eq!(&url[21..23], "db");
        assert_eq!(
            host("REDIS_URL", "redis://redis:6379/0"),
            Some(("redis", 8))
        );
        assert_eq!(host("API", "http://[::1]:80/"), Some(("::1", 8)));
        assert_eq!(host("DB_HOST", "mysql"), Some(("mysql", 0)));
        assert_eq!(host("CACHE", "redis:6379"), Some(("redis", 0)));
        assert_eq!(host("MONGO", "mongodb://a,b/x"), Some(("a", 10)));
        assert_eq!(host("NAME", "mysql"), None);
        assert_eq!(host("TIME", "10:30"), None);
        assert_eq!(host("ADDR", "127.0.0.1:6379"), Some(("127.0.0.1", 0)));
        assert_eq!(host("DB_HOST", "a b"), None);
        assert!(is_loopback("127.0.0.1") && is_loopback("LOCALHOST") && !is_loopback("db"));
        assert!(is_ip("10.0.0.1") && is_ip("::1") && !is_ip("db"));
    }
}
