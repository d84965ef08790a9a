//! BuildKit's build-check test cases (`lint-cases.jsonl`): for every check dockplay implements,
//! exactly BuildKit's findings at BuildKit's lines, with its build args and `.dockerignore`.

use dockplay::{analyze_file, Options};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

/// The BuildKit checks implemented so far; the rest arrive with the rule set.
const IMPLEMENTED: &[&str] = &["CopyIgnoredFile", "NoEmptyContinuation"];

#[test]
fn implemented_buildkit_checks_match_lint_cases() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/conformance/buildkit/lint-cases.jsonl");
    let text = std::fs::read_to_string(path).unwrap();
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
                    .map(|(k, v)| format!("{k}={}", v.as_str().unwrap_or("")))
                    .collect()
            })
            .unwrap_or_default();
        let opts = Options {
            build_args,
            dockerignore: case["dockerignore"].as_str().map(String::from),
            ..Options::default()
        };
        let report = analyze_file("Dockerfile", dockerfile.as_bytes(), &opts);
        let got: BTreeSet<(String, usize)> = report
            .diagnostics
            .iter()
            .filter(|d| IMPLEMENTED.contains(&d.rule.as_str()))
            .map(|d| (d.rule.clone(), d.line))
            .collect();
        let want: BTreeSet<(String, usize)> = case["expected"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| IMPLEMENTED.contains(&e["rule"].as_str().unwrap()))
            .map(|e| {
                (
                    e["rule"].as_str().unwrap().to_string(),
                    e["line"].as_u64().unwrap() as usize,
                )
            })
            .collect();
        if !want.is_empty() {
            compared += 1;
        }
        if got != want {
            failures.push(format!(
                "case {i} ({}): want {want:?}, got {got:?}",
                case["test"]
            ));
        }
    }
    assert!(
        compared >= 3,
        "only {compared} cases exercised an implemented check"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
