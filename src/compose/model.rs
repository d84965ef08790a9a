//! The compose-spec model after loading and normalization.

use super::ports::PortMapping;
use crate::text::Span;
use serde::Serialize;

/// A place in one of the input files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Loc {
    /// Index of the file.
    pub file: usize,
    /// Bytes in that file.
    pub span: Span,
}

/// A service's attachment to a network.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ServiceNetwork {
    /// The network's key in the top-level `networks`.
    pub name: String,
    /// Network-scoped aliases.
    pub aliases: Vec<String>,
    /// Fixed IPv4 address.
    pub ipv4_address: Option<String>,
    /// Connection order priority.
    pub priority: Option<i64>,
    /// Where it is listed (`None` for the implicit default network).
    pub loc: Option<Loc>,
}

/// A `depends_on` entry (written, or implied by links / network_mode).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Dependency {
    /// The service depended on.
    pub service: String,
    /// `service_started`, `service_healthy` or `service_completed_successfully`.
    pub condition: String,
    /// Restart this service when the dependency is updated.
    pub restart: bool,
    /// Whether the dependency must exist.
    pub required: bool,
    /// Implied by `links` or `network_mode: service:x` rather than written.
    pub implied: bool,
    /// Where it is written.
    pub loc: Loc,
}

/// A `links` entry: `service[:alias]`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Link {
    /// The linked service.
    pub service: String,
    /// The extra name, visible to the linking service only.
    pub alias: String,
    /// Where it is written.
    pub loc: Loc,
}

/// A published port with where it is written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Port {
    /// The mapping.
    pub mapping: PortMapping,
    /// Where it is written.
    pub loc: Loc,
}

/// A volume or bind mount of a service.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mount {
    /// `volume`, `bind`, `tmpfs`, `npipe`, `cluster` or `image`.
    pub kind: String,
    /// Named volume or host path; `None` for anonymous volumes and tmpfs.
    pub source: Option<String>,
    /// Path in the container.
    pub target: String,
    /// Read-only.
    pub read_only: bool,
    /// Where it is written.
    pub loc: Loc,
}

/// A reference to a named top-level resource (secret, config, volume) with where it is written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Ref {
    /// The referenced key.
    pub name: String,
    /// Where it is written.
    pub loc: Loc,
}

/// A service after normalization.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Service {
    /// Its key.
    pub name: String,
    /// Where the key is.
    pub loc: Loc,
    /// Whether it runs with the selected profiles.
    pub active: bool,
    /// `profiles`.
    pub profiles: Vec<String>,
    /// `image`.
    pub image: Option<String>,
    /// `build.context` (or the string form).
    pub build_context: Option<String>,
    /// `container_name`, with its place.
    pub container_name: Option<(String, Loc)>,
    /// `hostname` (its own name only; peers cannot resolve it).
    pub hostname: Option<String>,
    /// Published ports.
    pub ports: Vec<Port>,
    /// `expose` entries (documentation for peers; never published).
    pub expose: Vec<String>,
    /// Networks after normalization (the implicit `default` included).
    pub networks: Vec<ServiceNetwork>,
    /// `network_mode`.
    pub network_mode: Option<(String, Loc)>,
    /// Dependencies, written and implied.
    pub depends_on: Vec<Dependency>,
    /// `links`.
    pub links: Vec<Link>,
    /// `external_links`.
    pub external_links: Vec<String>,
    /// `volumes_from` services (container: refs excluded).
    pub volumes_from: Vec<Ref>,
    /// Mounts.
    pub mounts: Vec<Mount>,
    /// Secrets used.
    pub secrets: Vec<Ref>,
    /// Configs used.
    pub configs: Vec<Ref>,
    /// `deploy.replicas` or `scale`.
    pub replicas: Option<i64>,
    /// Has a healthcheck that is not disabled.
    pub healthcheck: bool,
    /// `restart` policy.
    pub restart: Option<String>,
    /// Run by a provider plugin (`provider:`) instead of from an image.
    pub provider: bool,
    /// Extends a service of another file, which is not read here.
    pub extends_elsewhere: bool,
    /// `platform`.
    pub platform: Option<String>,
    /// `build.platforms`.
    pub build_platforms: Vec<String>,
}

/// A top-level network after normalization.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Network {
    /// Its key.
    pub key: String,
    /// The engine-level name (`<project>_<key>`, the key when external, or `name:`).
    pub name: String,
    /// `internal: true`: no route outside, published ports unreachable.
    pub internal: bool,
    /// `external: true`: created outside this project.
    pub external: bool,
    /// Driver (`bridge` when not given).
    pub driver: String,
    /// Added by Compose (the implicit `default`), not written.
    pub implicit: bool,
}

/// A top-level named volume, secret or config.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Resource {
    /// Its key.
    pub key: String,
    /// The engine-level name.
    pub name: String,
    /// `external: true`.
    pub external: bool,
}

/// A loaded and normalized compose project.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Project {
    /// Project name.
    pub name: String,
    /// Services by name, sorted.
    pub services: Vec<Service>,
    /// Networks, sorted by key.
    pub networks: Vec<Network>,
    /// Named volumes.
    pub volumes: Vec<Resource>,
    /// Secrets.
    pub secrets: Vec<Resource>,
    /// Configs.
    pub configs: Vec<Resource>,
}

impl Project {
    /// The service called `name` (a binary search: services are sorted by name).
    pub fn service(&self, name: &str) -> Option<&Service> {
        self.services
            .binary_search_by(|s| s.name.as_str().cmp(name))
            .ok()
            .map(|i| &self.services[i])
    }

    /// The network with key `key`.
    pub fn network(&self, key: &str) -> Option<&Network> {
        self.networks.iter().find(|n| n.key == key)
    }
}

/// The name a service's containers get: `container_name`, else `<project>-<service>-<n>`.
pub fn container_names(project: &str, s: &Service) -> Vec<String> {
    if let Some((n, _)) = &s.container_name {
        return vec![n.clone()];
    }
    let count = s.replicas.unwrap_or(1).clamp(0, 64);
    (1..=count.max(1))
        .map(|i| format!("{project}-{}-{i}", s.name))
        .collect()
}
