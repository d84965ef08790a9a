//! Helpers shared by the integration tests.

use dockplay::rules::{config::Naming, Config, Origin, RuleInfo};
use dockplay::Options;

/// The options a rule's docs examples and fixtures run with: its example `.dockerignore` and
/// `.hadolint.yaml`, BuildKit naming for BuildKit checks (a check shared with hadolint shows
/// under its own name), a registry policy so DL3026 runs, and the rule switched on when it is off
/// by default.
pub fn rule_options(r: &RuleInfo) -> Options {
    let base = r
        .meta
        .example_config
        .map(|y| Config::from_yaml(y).expect("example config parses"))
        .unwrap_or_default();
    let mut overrides = base.overrides.clone();
    if !r.enabled_by_default {
        overrides.push((r.id.to_string(), r.severity));
    }
    let naming = if r.meta.origin == Origin::Buildkit {
        Naming::Buildkit
    } else {
        Naming::Hadolint
    };
    Options {
        dockerignore: r.meta.example_dockerignore.map(String::from),
        rules: Some(Config {
            naming,
            trusted_registries: vec!["docker.io".into()],
            overrides,
            ..base
        }),
        ..Options::default()
    }
}
