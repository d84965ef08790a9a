//! BuildKit's build-check test cases (`lint-cases.jsonl`): for every check dockplay implements,
//! exactly BuildKit's findings at BuildKit's lines, with its build args and `.dockerignore`.

use dockplay::diagnostic::Origin;
use dockplay::rules::registry;
use dockplay::{analyze_file, Options};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

/// Every BuildKit check dockplay implements (all but InvalidBaseImagePlatform, which needs a registry).
fn implemented() -> Vec<&'static str> {
    registry()
        .into_iter()
        .filter(|r| r.origin == Origin::Buildkit)
        .map(|r| r.id)
        .collect()
}

#[test]
fn implemented_buildkit_checks_match_lint_cases() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/conformance/buildkit/lint-cases.jsonl");
    let text = std::fs::read_to_string(path).unwrap();
    let implemented = implemented();
    assert!(implemented.len() >= 21, "{implemented:?}");
    let mut compared = 0;
    let mut failures = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let case: Value = serde_json::from_str(line).unwrap();
        let Some(dockerfile) = case["dockerfile"].as_str() else {
            continue;
        };
        let build_args = case["build_args"]
            .as_object()
            .map(|m| {
                m.iter()
                    .map(|(k, v)| (k.clone(), v.as_str().unwrap_or("").to_string()))
                    .collect()
            })
            .unwrap_or_default();
        // BuildKit's names for the checks hadolint shares.
        let rules = dockplay::rules::Config {
            naming: dockplay::rules::config::Naming::Buildkit,
            ..Default::default()
        };
        let opts = Options {
            build_args,
            dockerignore: case["dockerignore"].as_str().map(String::from),
            rules: Some(rules),
            ..Options::default()
        };
        let report = analyze_file("Dockerfile", dockerfile.as_bytes(), &opts);
        let got: Vec<(String, usize)> = report
            .diagnostics
            .iter()
            .filter(|d| implemented.contains(&d.rule.as_str()))
            .map(|d| (d.rule.clone(), d.line))
            .collect();
        let got_set: BTreeSet<(String, usize)> = got.iter().cloned().collect();
        // Some cases record no line (BuildKit's own test does not compare it): match the rule only.
        let want: Vec<(String, Option<usize>)> = case["expected"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| implemented.contains(&e["rule"].as_str().unwrap()))
            .map(|e| {
                (
                    e["rule"].as_str().unwrap().to_string(),
                    e["line"].as_u64().map(|l| l as usize),
                )
            })
            .collect();
        if !want.is_empty() {
            compared += 1;
        }
        let same = got.len() == want.len()
            && want.iter().all(|(r, l)| match l {
                Some(l) => got_set.contains(&(r.clone(), *l)),
                None => got.iter().any(|(g, _)| g == r),
            });
        if !same {
            failures.push(format!(
                "case {i} ({}): want {want:?}, got {got:?}\n{dockerfile}",
                case["test"]
            ));
        }
    }
    assert!(
        compared >= 40,
        "only {compared} cases exercised an implemented check"
    );
    assert!(
        failures.is_empty(),
        "{} cases differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
