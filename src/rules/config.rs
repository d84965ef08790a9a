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
    /// Rule options (dclint's `[level, {options}]`), by the rule's ID, name or alias.
    pub options: Vec<(String, serde_json::Value)>,
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
        if let Some(rules) = root.get("rules") {
            c.read_dclint_rules(rules)?;
        }
        Ok(c)
    }

    /// dclint's `rules:` mapping: `0` turns a rule off, `1` makes it a warning, `2` an error
    /// (also `"off"`, `"warn"`, `"error"`); `[level, {options}]` also sets its options.
    fn read_dclint_rules(&mut self, rules: &Node) -> Result<(), String> {
        let Some(entries) = rules.as_map() else {
            return Err(
                "rules: must be a mapping of rule names to 0, 1, 2 or [level, {options}]".into(),
            );
        };
        for (k, v) in entries {
            let Some(name) = k.as_str() else { continue };
            let (level, options) = match v.as_seq() {
                Some([level, options, ..]) => (level, Some(options)),
                Some([level]) => (level, None),
                _ => (v, None),
            };
            let level = level
                .as_int()
                .map(|n| n.to_string())
                .or_else(|| level.as_str().map(str::to_ascii_lowercase));
            match level.as_deref() {
                Some("0" | "off") => self.ignored.push(name.to_string()),
                Some("1" | "warn" | "warning") => {
                    self.overrides.push((name.to_string(), Severity::Warning))
                }
                Some("2" | "error") => self.overrides.push((name.to_string(), Severity::Error)),
                _ => return Err(format!("rules.{name}: the level must be 0, 1 or 2")),
            }
            if let Some(o) = options {
                self.options.push((name.to_string(), yaml::to_json(o)));
            }
        }
        Ok(())
    }

    /// The options set for a rule under any of `names` (its ID, name and aliases).
    pub fn options_of(&self, names: &[&str]) -> Option<&serde_json::Value> {
        self.options
            .iter()
            .rev()
            .find(|(k, _)| names.contains(&k.as_str()))
            .map(|(_, v)| v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> Config {
        let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/config")
            .join(name);
        Config::from_yaml(&std::fs::read_to_string(p).unwrap()).unwrap()
    }

    #[test]
    fn dclintrc_files_give_levels_and_options() {
        let c = fixture("dclintrc.json");
        assert!(c.ignored.contains(&"no-version-field".to_string()));
        assert!(c
            .overrides
            .contains(&("require-quotes-in-ports".into(), Severity::Error)));
        let o = c.options_of(&["require-quotes-in-ports"]).unwrap();
        assert_eq!(o["quoteType"], "double");
        let c = fixture("dclintrc.yaml");
        assert_eq!(
            c.options_of(&["service-image-require-explicit-tag"])
                .unwrap()["prohibitedTags"][1],
            "edge"
        );
        assert!(c
            .overrides
            .contains(&("services-alphabetical-order".into(), Severity::Error)));
        assert!(
            c.ignored
                .contains(&"no-unbound-port-interfaces".to_string())
                && c.ignored.contains(&"DL3008".to_string())
        );
        assert_eq!(c.failure_threshold, Some(Severity::Error));
        assert!(Config::from_yaml("rules:\n  x: 3\n").is_err());
        assert!(Config::from_yaml("rules: [1]\n").is_err());
    }
}
