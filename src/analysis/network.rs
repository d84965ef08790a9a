//! Who can reach whom, by which names, over which networks; and which host ports map where.

use crate::compose::model::{container_names, Project, Service};
use crate::text::LineIndex;
use serde::Serialize;
use std::collections::BTreeSet;

/// A service as the network report shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct ServiceOut {
    /// Service name.
    pub name: String,
    /// Its containers' names.
    pub container_names: Vec<String>,
    /// Network keys it is attached to (empty with `network_mode`).
    pub networks: Vec<String>,
    /// `network_mode`, if set.
    pub network_mode: Option<String>,
    /// Dependencies (written and implied), sorted.
    pub depends_on: Vec<DependsOut>,
}

/// One dependency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct DependsOut {
    /// The service depended on.
    pub service: String,
    /// Start condition.
    pub condition: String,
}

/// A network as the report shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct NetworkOut {
    /// Key in the compose file.
    pub key: String,
    /// Engine name.
    pub name: String,
    /// No route outside; published ports of services only on internal networks are unreachable.
    pub internal: bool,
    /// Created outside the project.
    pub external: bool,
    /// Driver.
    pub driver: String,
}

/// `from` can reach `to` by these names over these networks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Reach {
    /// The service that connects.
    pub from: String,
    /// The service connected to.
    pub to: String,
    /// DNS names that resolve to `to` from `from` (`localhost` for a shared network stack).
    pub hostnames: Vec<String>,
    /// Shared networks (empty for a shared network stack).
    pub networks: Vec<String>,
}

/// One published port mapping.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct PortRow {
    /// Service.
    pub service: String,
    /// Host address (`null` = all interfaces).
    pub host_ip: Option<String>,
    /// Host port or range (`null` = random).
    pub published: Option<String>,
    /// Container port (the first of a range).
    pub target: u16,
    /// The last container port of a range (`target` for one port).
    pub target_end: u16,
    /// Protocol.
    pub protocol: String,
    /// Line where it is written.
    pub line: usize,
    /// Name of the file where it is written.
    pub file: String,
    /// Whether the host can actually reach it (false when the service is only on internal
    /// networks, or has network_mode none/host/service/container).
    pub reachable_from_host: bool,
}

impl NetworkReport {
    /// The pairs in which `service` is the one that connects: whom it reaches, by which names.
    pub fn reached_from<'a>(&'a self, service: &'a str) -> impl Iterator<Item = &'a Reach> + 'a {
        self.reachability.iter().filter(move |x| x.from == service)
    }
}

impl PortRow {
    /// The container port, or range (`8080-8081`).
    pub fn target_text(&self) -> String {
        if self.target_end > self.target {
            format!("{}-{}", self.target, self.target_end)
        } else {
            self.target.to_string()
        }
    }
}

/// The network and port report of a project.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct NetworkReport {
    /// Project name.
    pub project: String,
    /// Active services, sorted.
    pub services: Vec<ServiceOut>,
    /// Networks in use, sorted.
    pub networks: Vec<NetworkOut>,
    /// Every reachable ordered pair, sorted.
    pub reachability: Vec<Reach>,
    /// True when the project has more than [`MAX_PAIRS_SERVICES`] active services and the pairs
    /// were not listed (their number grows with the square of the services).
    pub reachability_omitted: bool,
    /// Published ports, in service then file order.
    pub ports: Vec<PortRow>,
}

fn effective_networks(p: &Project, s: &Service) -> Vec<String> {
    match s.network_mode.as_ref().map(|(m, _)| m.as_str()) {
        None => s.networks.iter().map(|n| n.name.clone()).collect(),
        Some(m) => match m.strip_prefix("service:").and_then(|x| p.service(x)) {
            Some(x) if x.network_mode.is_none() => {
                x.networks.iter().map(|n| n.name.clone()).collect()
            }
            _ => Vec::new(),
        },
    }
}

/// Names under which `to` answers on network `net`.
fn names_on(p: &Project, to: &Service, net: &str) -> Vec<String> {
    let mut names = vec![to.name.clone()];
    names.extend(container_names(&p.name, to));
    if let Some(n) = to.networks.iter().find(|n| n.name == net) {
        names.extend(n.aliases.iter().cloned());
    }
    names
}

/// Most active services for which every reachable pair is listed.
pub const MAX_PAIRS_SERVICES: usize = 500;

/// Build the report. `texts` are the files' texts (for line numbers), in input order.
pub fn report(p: &Project, file_names: &[String], texts: &[String]) -> NetworkReport {
    let active: Vec<&Service> = p.services.iter().filter(|s| s.active).collect();
    let omitted = active.len() > MAX_PAIRS_SERVICES;
    let reach = if omitted {
        Vec::new()
    } else {
        reachability(p, &active)
    };
    NetworkReport {
        project: p.name.clone(),
        services: active.iter().map(|s| service_out(p, s)).collect(),
        networks: networks_in_use(p, &active),
        reachability: reach,
        reachability_omitted: omitted,
        ports: port_rows(p, &active, file_names, texts),
    }
}

/// Every ordered pair of distinct active services where the first reaches the second,
/// sorted by `from` then `to`.
fn reachability(p: &Project, active: &[&Service]) -> Vec<Reach> {
    let mut reach = Vec::new();
    for a in active {
        let a_nets = effective_networks(p, a);
        for b in active {
            if a.name == b.name {
                continue;
            }
            if let Some(r) = reach_between(p, a, &a_nets, b) {
                reach.push(r);
            }
        }
    }
    crate::sort::sort_by(&mut reach, |x, y| (&x.from, &x.to).cmp(&(&y.from, &y.to)));
    reach
}

/// Whether `x` uses `y`'s network stack (`network_mode: service:y`).
fn shares_stack(x: &Service, y: &Service) -> bool {
    x.network_mode
        .as_ref()
        .and_then(|(m, _)| m.strip_prefix("service:"))
        == Some(y.name.as_str())
}

/// How `a` (on the networks `a_nets`) reaches `b`: as `localhost` over a shared stack, or
/// by `b`'s names on the networks they share; `None` when it cannot.
fn reach_between(p: &Project, a: &Service, a_nets: &[String], b: &Service) -> Option<Reach> {
    if shares_stack(a, b) || shares_stack(b, a) {
        return Some(Reach {
            from: a.name.clone(),
            to: b.name.clone(),
            hostnames: vec!["localhost".into()],
            networks: vec![],
        });
    }
    // A service sharing another's stack answers under that service's names.
    let (b_named, b_nets) = match b
        .network_mode
        .as_ref()
        .and_then(|(m, _)| m.strip_prefix("service:"))
        .and_then(|x| p.service(x))
    {
        Some(host) => (host, effective_networks(p, b)),
        None => (b, effective_networks(p, b)),
    };
    let shared: Vec<String> = a_nets
        .iter()
        .filter(|n| b_nets.contains(n))
        .cloned()
        .collect();
    if shared.is_empty() {
        return None;
    }
    let mut names: BTreeSet<String> = BTreeSet::new();
    for n in &shared {
        names.extend(names_on(p, b_named, n));
    }
    for l in a.links.iter().filter(|l| l.service == b.name) {
        names.insert(l.alias.clone());
    }
    Some(Reach {
        from: a.name.clone(),
        to: b.name.clone(),
        hostnames: names.into_iter().collect(),
        networks: shared,
    })
}

/// The published ports of the active services, in service then file order, with their line
/// and whether the host can reach them.
fn port_rows(
    p: &Project,
    active: &[&Service],
    file_names: &[String],
    texts: &[String],
) -> Vec<PortRow> {
    let indexes: Vec<LineIndex> = texts.iter().map(|t| LineIndex::new(t)).collect();
    let mut ports = Vec::new();
    for s in active {
        let only_internal = !s.networks.is_empty()
            && s.networks
                .iter()
                .all(|n| p.network(&n.name).is_some_and(|net| net.internal));
        let reachable = s.network_mode.is_none() && !only_internal;
        for port in &s.ports {
            let line = indexes
                .get(port.loc.file)
                .map(|ix| ix.position(&texts[port.loc.file], port.loc.span.start).line)
                .unwrap_or(0);
            ports.push(PortRow {
                service: s.name.clone(),
                host_ip: port.mapping.host_ip.clone(),
                published: port.mapping.published.clone(),
                target: port.mapping.target,
                target_end: port.mapping.target_end,
                protocol: port.mapping.protocol.clone(),
                line,
                file: file_names.get(port.loc.file).cloned().unwrap_or_default(),
                reachable_from_host: reachable,
            });
        }
    }
    ports
}

/// A service as the report shows it, its dependencies sorted.
fn service_out(p: &Project, s: &Service) -> ServiceOut {
    let mut deps: Vec<DependsOut> = s
        .depends_on
        .iter()
        .map(|d| DependsOut {
            service: d.service.clone(),
            condition: d.condition.clone(),
        })
        .collect();
    crate::sort::sort_by(&mut deps, |a, b| a.service.cmp(&b.service));
    ServiceOut {
        name: s.name.clone(),
        container_names: container_names(&p.name, s),
        networks: s.networks.iter().map(|n| n.name.clone()).collect(),
        network_mode: s.network_mode.as_ref().map(|(m, _)| m.clone()),
        depends_on: deps,
    }
}

/// The declared networks and the implicit ones an active service uses.
fn networks_in_use(p: &Project, active: &[&Service]) -> Vec<NetworkOut> {
    let used: BTreeSet<&str> = active
        .iter()
        .flat_map(|s| s.networks.iter().map(|n| n.name.as_str()))
        .collect();
    p.networks
        .iter()
        .filter(|n| used.contains(n.key.as_str()) || !n.implicit)
        .map(|n| NetworkOut {
            key: n.key.clone(),
            name: n.name.clone(),
            internal: n.internal,
            external: n.external,
            driver: n.driver.clone(),
        })
        .collect()
}

/// Human-readable text: networks, who reaches whom, and the port table.
pub fn to_text(r: &NetworkReport, zh: bool) -> String {
    let mut s = String::new();
    let t = |en: &'static str, cn: &'static str| if zh { cn } else { en };
    s.push_str(&format!("{} {}\n", t("project", "项目"), r.project));
    s.push_str(&format!("\n{}\n", t("networks:", "网络：")));
    for n in &r.networks {
        let mut flags = Vec::new();
        if n.internal {
            flags.push(t("internal", "内部"));
        }
        if n.external {
            flags.push(t("external", "外部"));
        }
        let members: Vec<&str> = r
            .services
            .iter()
            .filter(|x| x.networks.contains(&n.key))
            .map(|x| x.name.as_str())
            .collect();
        s.push_str(&format!(
            "  {} ({}{}) : {}\n",
            n.key,
            n.name,
            if flags.is_empty() {
                String::new()
            } else {
                format!(", {}", flags.join(", "))
            },
            members.join(", ")
        ));
    }
    s.push_str(&format!(
        "\n{}\n",
        t(
            "reachability (from -> to: names):",
            "连通性（从 -> 到：可用的主机名）："
        )
    ));
    for x in &r.reachability {
        s.push_str(&format!(
            "  {} -> {}: {}",
            x.from,
            x.to,
            x.hostnames.join(", ")
        ));
        if !x.networks.is_empty() {
            s.push_str(&format!("  [{}]", x.networks.join(", ")));
        }
        s.push('\n');
    }
    s.push_str(&format!(
        "\n{}\n",
        t(
            "published ports (host -> container):",
            "端口映射（宿主机 -> 容器）："
        )
    ));
    for p in &r.ports {
        let ip = match &p.host_ip {
            Some(ip) if ip.contains(':') => format!("[{ip}]"),
            Some(ip) => ip.clone(),
            None => "*".to_string(),
        };
        let host = p
            .published
            .clone()
            .unwrap_or_else(|| t("random", "随机").to_string());
        s.push_str(&format!(
            "  {}:{} -> {}:{}/{}  ({}:{}){}\n",
            ip,
            host,
            p.service,
            p.target_text(),
            p.protocol,
            p.file,
            p.line,
            if p.reachable_from_host {
                ""
            } else {
                t("  unreachable from the host", "  宿主机无法访问")
            }
        ));
    }
    s
}

/// Graphviz DOT: services (boxes) joined to the networks (ellipses) they are on; a dashed edge
/// for a shared network stack.
pub fn to_dot(r: &NetworkReport) -> String {
    let q = |s: &str| format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""));
    let mut s = String::from("graph compose {\n  node [shape=box];\n");
    for n in &r.networks {
        let style = if n.internal { ", style=dashed" } else { "" };
        s.push_str(&format!(
            "  {} [shape=ellipse, label={}{style}];\n",
            q(&format!("net:{}", n.key)),
            q(&n.key)
        ));
    }
    for svc in &r.services {
        s.push_str(&format!("  {};\n", q(&svc.name)));
        for n in &svc.networks {
            s.push_str(&format!(
                "  {} -- {};\n",
                q(&svc.name),
                q(&format!("net:{n}"))
            ));
        }
        if let Some(x) = svc
            .network_mode
            .as_deref()
            .and_then(|m| m.strip_prefix("service:"))
        {
            s.push_str(&format!(
                "  {} -- {} [style=dashed, label=\"localhost\"];\n",
                q(&svc.name),
                q(x)
            ));
        }
    }
    s.push_str("}\n");
    s
}

/// Who a host name is, seen from one service: the names every service answers to (service
/// name, container names, network aliases), indexed once, so asking costs a lookup.
pub(crate) struct Resolver<'p> {
    p: &'p Project,
    by_name: std::collections::HashMap<&'p str, Vec<&'p Service>>,
}

/// What a host name is from one service.
pub(crate) enum Resolution<'p> {
    /// A service reachable under that name.
    Reaches,
    /// A service answers to that name, but shares no network with the asking service.
    Unreachable(&'p Service),
    /// No service of the project answers to it.
    Unknown,
}

impl<'p> Resolver<'p> {
    /// Index the active services of `p`.
    pub fn new(p: &'p Project) -> Self {
        let mut by_name: std::collections::HashMap<&str, Vec<&Service>> = Default::default();
        for s in p.services.iter().filter(|s| s.active) {
            let mut names = vec![s.name.as_str()];
            names.extend(s.container_name.as_ref().map(|(n, _)| n.as_str()));
            names.extend(
                s.networks
                    .iter()
                    .flat_map(|n| n.aliases.iter().map(String::as_str)),
            );
            for n in names {
                let e = by_name.entry(n).or_default();
                if !e.iter().any(|x| x.name == s.name) {
                    e.push(s);
                }
            }
        }
        Resolver { p, by_name }
    }

    /// What `host` is from `from`.
    pub fn resolve(&self, from: &Service, host: &str) -> Resolution<'p> {
        let mut candidates: Vec<&Service> = self.by_name.get(host).cloned().unwrap_or_default();
        for l in from.links.iter().filter(|l| l.alias == host) {
            candidates.extend(self.p.service(&l.service));
        }
        if let Some(rest) = host.strip_prefix(&format!("{}-", self.p.name)) {
            let svc = rest.rsplit_once('-').map_or(rest, |(s, _)| s);
            candidates.extend(self.p.service(svc));
        }
        let nets = effective_networks(self.p, from);
        let mut unreachable = None;
        for c in candidates.into_iter().filter(|c| c.name != from.name) {
            match reach_between(self.p, from, &nets, c) {
                Some(r) if r.hostnames.iter().any(|h| h == host) => return Resolution::Reaches,
                _ => unreachable = unreachable.or(Some(c)),
            }
        }
        unreachable.map_or(Resolution::Unknown, Resolution::Unreachable)
    }
}
