//! Helpers shared by the integration tests.

use dockplay::diagnostic::{Origin, Target};
use dockplay::rules::{config::Naming, Config, RuleInfo};
use dockplay::Options;

/// The options a code's docs examples and fixtures run with: its example `.dockerignore` and
/// `.hadolint.yaml`, BuildKit naming for BuildKit checks (a check shared with hadolint shows
/// under its own name), a registry policy so DL3026 runs, and the rule switched on when it is off
/// by default.
pub fn rule_options(r: &RuleInfo) -> Options {
    let base = r
        .example_config
        .map(|y| Config::from_yaml(y).expect("example config parses"))
        .unwrap_or_default();
    let mut overrides = base.overrides.clone();
    if !r.enabled_by_default {
        overrides.push((r.id.to_string(), r.severity));
    }
    let naming = if r.origin == Origin::Buildkit {
        Naming::Buildkit
    } else {
        Naming::Hadolint
    };
    Options {
        dockerignore: r.example_dockerignore.map(String::from),
        rules: Some(Config {
            naming,
            trusted_registries: vec!["docker.io".into()],
            overrides,
            ..base
        }),
        fallback_project_name: Some("example".into()),
        ..Options::default()
    }
}

/// The file name a code's examples and fixtures are analysed under.
pub fn example_name(r: &RuleInfo) -> &'static str {
    match r.target {
        Target::Dockerfile => "Dockerfile",
        Target::Compose => "compose.yaml",
        Target::DockerRun => "run.sh",
    }
}
