//! Compose rules: checks over loaded compose files, in the same engine as the Dockerfile rules
//! (one rule per file, listed in [`super::registry::COMPOSE_RULES`], docs with examples, fixtures
//! and snapshots per rule). A rule reads each file's own tree (so a finding points at the token
//! it is about) and, for checks across services, the normalized project.

pub(super) mod dc1001_obsolete_version;
pub(super) mod dc1002_build_and_image;
pub(super) mod dc1003_duplicate_container_name;
pub(super) mod dc1004_duplicate_host_port;
pub(super) mod dc1005_quoted_volume;
pub(super) mod dc1006_port_on_all_interfaces;
pub(super) mod dc1007_missing_project_name;
pub(super) mod dc1008_unquoted_port;
pub(super) mod dc1009_invalid_container_name;
pub(super) mod dc1010_unsorted_dependencies;
pub(super) mod dc1011_image_without_explicit_tag;
pub(super) mod dc1012_unordered_service_keys;
pub(super) mod dc1013_unsorted_ports;
pub(super) mod dc1014_unsorted_services;
pub(super) mod dc1015_top_level_order;
pub(super) mod dc1101_depends_on_not_ready;
pub(super) mod dc1102_localhost_as_service_address;
pub(super) mod dc1103_unreachable_host;
pub(super) mod dc1104_hostname_as_address;
pub(super) mod dc1105_ports_with_network_mode;
pub(super) mod dc1106_ports_on_internal_network;
pub(super) mod dc1107_relative_bind_path;
pub(super) mod dc1201_privileged;
pub(super) mod dc1202_docker_socket_mounted;
pub(super) mod dc1203_sensitive_host_path;
pub(super) mod dc1204_host_namespace;
pub(super) mod dc1205_dangerous_capability;
pub(super) mod dc1206_unconfined_profile;
pub(super) mod dc1207_plaintext_secret;
pub(super) mod dc1208_user_root;
pub(super) mod dc1209_dangerous_device;
pub(super) mod dc1210_no_cap_drop;
pub(super) mod dc1211_no_new_privileges_missing;
pub(super) mod dc1212_writable_root_filesystem;
pub(super) mod dc1301_unknown_build_target;
pub(super) mod dc1302_undeclared_build_arg;
pub(super) mod dc1303_port_not_listened;
pub(super) mod dc1304_server_on_loopback;
pub(super) mod dc1305_entrypoint_drops_cmd;
pub(super) mod dc1306_healthcheck_tool_missing;
pub(super) mod dc1307_user_overrides_image;
mod image;
mod order;

use crate::compose::model::{Loc, Project};
use crate::compose::ComposeFile;
use crate::diagnostic::Code;
use crate::rules::Config;
use crate::text::Span;
use crate::yaml::Node;

/// The shared, read-only input of every compose rule.
pub(crate) struct ComposeCtx<'a> {
    /// The compose files, in load order (a finding's file is its index here).
    pub files: &'a [ComposeFile],
    /// Each file's tree after interpolation (`None` when it did not load).
    pub roots: &'a [Option<Node>],
    /// The normalized project (`None` when Compose would refuse the files).
    pub project: Option<&'a Project>,
    /// Settings.
    pub config: &'a Config,
    /// The services' builds whose Dockerfile was found.
    pub builds: &'a [LinkedBuild],
    /// Those Dockerfiles, analysed (indexed by [`LinkedBuild::dockerfile`]).
    pub dockerfiles: &'a [crate::DockerfileAnalysis],
}

/// A service's build linked to the Dockerfile it builds.
pub(crate) struct LinkedBuild {
    /// The compose file it is written in.
    pub file: usize,
    /// The service's place among that file's `services` entries.
    pub entry: usize,
    /// The service.
    pub service: String,
    /// Its `build`.
    pub spec: crate::compose::builds::BuildSpec,
    /// The Dockerfile's path relative to the compose file (or `dockerfile_inline`).
    pub path: String,
    /// Index into [`ComposeCtx::dockerfiles`].
    pub dockerfile: usize,
}

/// One service as a file writes it.
#[derive(Clone, Copy)]
pub(crate) struct ServiceEntry<'a> {
    /// Index of the file.
    pub file: usize,
    /// Its name.
    pub name: &'a str,
    /// Where its name is written (a finding about the whole service points there).
    pub key_span: Span,
    /// Its mapping.
    pub body: &'a Node,
}

impl ServiceEntry<'_> {
    /// A place in this service's file.
    pub fn loc(&self, span: Span) -> Loc {
        Loc {
            file: self.file,
            span,
        }
    }
}

impl<'a> ComposeCtx<'a> {
    /// Each loaded file's top-level mapping, with its index.
    pub fn top_levels(&self) -> impl Iterator<Item = (usize, &'a Node)> + 'a {
        self.roots
            .iter()
            .enumerate()
            .filter_map(|(i, r)| r.as_ref().filter(|n| n.as_map().is_some()).map(|n| (i, n)))
    }

    /// Every service every file writes, in file then written order.
    pub fn services(&self) -> impl Iterator<Item = ServiceEntry<'a>> + 'a {
        self.top_levels().flat_map(|(file, root)| {
            root.get("services")
                .and_then(Node::as_map)
                .unwrap_or(&[])
                .iter()
                .filter(|(_, body)| body.as_map().is_some())
                .filter_map(move |(key, body)| {
                    Some(ServiceEntry {
                        file,
                        name: key.as_str()?,
                        key_span: key.span,
                        body,
                    })
                })
        })
    }

    /// The service a build belongs to, as its file writes it.
    pub fn service_of(&self, b: &LinkedBuild) -> Option<ServiceEntry<'a>> {
        let root = self.roots.get(b.file)?.as_ref()?;
        let (key, body) = root.get("services")?.as_map()?.get(b.entry)?;
        Some(ServiceEntry {
            file: b.file,
            name: key.as_str()?,
            key_span: key.span,
            body,
        })
    }

    /// The text of file `file`.
    pub fn text(&self, file: usize) -> &'a str {
        &self.files[file].text
    }

    /// The bytes of `node` as written in its file.
    pub fn raw(&self, file: usize, node: &Node) -> &'a str {
        self.text(file)
            .get(node.span.start..node.span.end)
            .unwrap_or("")
    }

    /// The options the configuration sets for `code` (under its ID, name or an alias).
    pub fn options(&self, code: &Code) -> Option<&'a serde_json::Value> {
        let mut names = vec![code.id, code.name];
        names.extend(crate::rules::registry::aliases(code.id));
        self.config.options_of(&names)
    }

    /// A string option of `code`.
    pub fn option_str(&self, code: &Code, key: &str) -> Option<&'a str> {
        self.options(code)?.get(key)?.as_str()
    }
}

/// One environment variable a service sets, with where it is written.
pub(crate) struct EnvVar {
    /// Its name.
    pub name: String,
    /// Its value after interpolation.
    pub value: String,
    /// The whole entry (`KEY: value` or the list item).
    pub span: Span,
    /// The value's own bytes, when the source shows it exactly as it is (no interpolation, no
    /// escapes): a finding about part of the value can point inside it.
    pub value_span: Option<Span>,
}

impl EnvVar {
    /// The span of `len` bytes at `offset` inside the value, else the whole entry.
    pub fn at(&self, offset: usize, len: usize) -> Span {
        match self.value_span {
            Some(v) if offset + len <= v.len() => {
                Span::new(v.start + offset, v.start + offset + len)
            }
            _ => self.span,
        }
    }
}

/// The variables a service body's `environment` sets (mapping or list form).
pub(crate) fn env_vars(text: &str, body: &Node) -> Vec<EnvVar> {
    let Some(env) = body.get("environment") else {
        return Vec::new();
    };
    if let Some(items) = env.as_seq() {
        return items
            .iter()
            .filter_map(|item| {
                let s = item.as_str()?;
                let (name, value) = s.split_once('=')?;
                let value_span = crate::yaml::inner_span(text, item)
                    .map(|inner| Span::new(inner.start + name.len() + 1, inner.end));
                Some(EnvVar {
                    name: name.to_string(),
                    value: value.to_string(),
                    span: item.span,
                    value_span,
                })
            })
            .collect();
    }
    env.as_map()
        .unwrap_or(&[])
        .iter()
        .filter_map(|(k, v)| {
            Some(EnvVar {
                name: k.as_str()?.to_string(),
                value: v.as_str().filter(|_| !v.is_null())?.to_string(),
                span: Span::new(k.span.start, v.span.end.max(k.span.end)),
                value_span: crate::yaml::inner_span(text, v),
            })
        })
        .collect()
}

/// An address written in a service's environment.
pub(crate) struct Address<'a> {
    /// The service whose environment it is.
    pub service: ServiceEntry<'a>,
    /// The variable.
    pub var: EnvVar,
    /// The host it names.
    pub host: String,
    /// Where the host starts in the value.
    pub offset: usize,
}

impl Address<'_> {
    /// The host's own bytes when the source shows them, else the variable's entry.
    pub fn span(&self) -> Span {
        self.var.at(self.offset, self.host.len())
    }
}

/// Every address written in the services' environments, in file order.
pub(crate) fn addresses<'a>(cx: &ComposeCtx<'a>) -> Vec<Address<'a>> {
    let mut out = Vec::new();
    for service in cx.services() {
        for var in env_vars(cx.text(service.file), service.body) {
            let Some(h) = crate::compose::address::host_in(&var.name, &var.value) else {
                continue;
            };
            let (host, offset) = (h.host.to_string(), h.offset);
            out.push(Address {
                service,
                var,
                host,
                offset,
            });
        }
    }
    out
}
