//! Rule configuration, compatible with `.hadolint.yaml`: `ignored`, `override`,
//! `failure-threshold`, `trustedRegistries`, `strict-labels`, `label-schema`,
//! `disable-ignore-pragma`; plus dockplay's `naming` (report BuildKit names instead of hadolint IDs).

use crate::diagnostic::Severity;
use crate::yaml::{self, Node};

/// Which ID a check that hadolint and BuildKit share is reported under.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Naming {
    /// hadolint's `DLxxxx`.
    #[default]
    Hadolint,
    /// BuildKit's check name.
    Buildkit,
}

/// Settings of the rule run.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Config {
    /// Rule IDs or names never reported.
    pub ignored: Vec<String>,
    /// Severity overrides.
    pub overrides: Vec<(String, Severity)>,
    /// `failure-threshold`.
    pub failure_threshold: Option<Severity>,
    /// Registries allowed in FROM (DL3026); empty = any.
    pub trusted_registries: Vec<String>,
    /// Labels required, with their value type (DL3049…).
    pub label_schema: Vec<(String, String)>,
    /// Labels outside the schema are reported (DL3050).
    pub strict_labels: bool,
    /// Ignore `# hadolint ignore=` pragmas.
    pub disable_ignore_pragma: bool,
    /// ID scheme for shared checks.
    pub naming: Naming,
}

fn strings(n: Option<&Node>) -> Vec<String> {
    n.and_then(Node::as_seq)
        .unwrap_or(&[])
        .iter()
        .filter_map(|x| x.as_str().map(String::from))
        .collect()
}

impl Config {
    /// Read a `.hadolint.yaml` (unknown keys are ignored, as hadolint does). Errors carry a message.
    pub fn from_yaml(text: &str) -> Result<Config, String> {
        let loaded = yaml::load(text);
        if let Some(p) = loaded.problems.first() {
            return Err(format!("invalid configuration: {p:?}"));
        }
        let Some(root) = loaded.root else {
            return Ok(Config::default());
        };
        if root.is_null() {
            return Ok(Config::default());
        }
        if root.as_map().is_none() {
            return Err("the configuration must be a mapping".into());
        }
        let mut c = Config {
            ignored: strings(root.get("ignored")),
            ..Config::default()
        };
        if let Some(o) = root.get("override") {
            for (k, v) in o.as_map().unwrap_or(&[]) {
                let Some(sev) = k.as_str().and_then(Severity::parse) else {
                    continue;
                };
                for id in strings(Some(v)) {
                    c.overrides.push((id, sev));
                }
            }
        }
        c.failure_threshold = root
            .get("failure-threshold")
            .and_then(|v| v.as_str())
            .and_then(Severity::parse);
        c.trusted_registries = strings(root.get("trustedRegistries"));
        c.strict_labels = root
            .get("strict-labels")
            .and_then(Node::as_bool)
            .unwrap_or(false);
        c.disable_ignore_pragma = root
            .get("disable-ignore-pragma")
            .and_then(Node::as_bool)
            .unwrap_or(false);
        if let Some(ls) = root.get("label-schema").and_then(Node::as_map) {
            for (k, v) in ls {
                if let (Some(k), Some(v)) = (k.as_str(), v.as_str()) {
                    c.label_schema.push((k.to_string(), v.to_string()));
                }
            }
        }
        c.naming = match root.get("naming").and_then(|v| v.as_str()) {
            Some("buildkit") => Naming::Buildkit,
            _ => Naming::Hadolint,
        };
        Ok(c)
    }
}
