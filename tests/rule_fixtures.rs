//! Per-rule fixtures and snapshots, in the manner of ruff: for every rule, its docs examples plus
//! the files in `tests/fixtures/rules/<ID>/` are checked, and the rule's findings (position,
//! severity, message and hint in both languages) must equal `tests/snapshots/rules/<ID>.json`.
//! `UPDATE_GOLDEN=1` rewrites the snapshots. A fixture named `fires-*` must give at least one
//! finding of its rule and one named `clean-*` none, so a snapshot cannot bless a regression
//! silently.

mod common;

use dockplay::analyze_file;
use dockplay::rules::{registry, RuleInfo};
use serde_json::{json, Value};
use std::fs;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests")
}

fn findings(r: &RuleInfo, text: &str) -> Vec<Value> {
    let opts = common::rule_options(r);
    analyze_file(common::example_name(r), text.as_bytes(), &opts)
        .diagnostics
        .iter()
        .filter(|d| d.rule == r.id)
        .map(|d| {
            json!({
                "line": d.line,
                "column": d.column,
                "end_line": d.end_line,
                "end_column": d.end_column,
                "severity": d.severity,
                "message": d.message_i18n,
                "help": d.help_i18n,
                "fix": d.fix,
            })
        })
        .collect()
}

/// `text` with every edit of every finding applied (by byte offset, last first).
fn apply_fixes(text: &str, found: &[Value]) -> String {
    let mut edits: Vec<(usize, usize, String)> = found
        .iter()
        .filter_map(|d| d["fix"]["edits"].as_array())
        .flatten()
        .map(|e| {
            (
                e["offset"].as_u64().unwrap() as usize,
                e["end_offset"].as_u64().unwrap() as usize,
                e["replacement"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    edits.sort();
    edits.dedup();
    let mut out = text.to_string();
    for (a, b, r) in edits.into_iter().rev() {
        out.replace_range(a..b, &r);
    }
    out
}

/// A fixable rule's findings carry fixes, and applying them leaves no finding of the rule and no
/// new error; other rules never offer a fix.
fn check_fixes(r: &RuleInfo, name: &str, text: &str, found: &[Value], failures: &mut Vec<String>) {
    if found.is_empty() {
        return;
    }
    if !r.fixable {
        if found.iter().any(|d| !d["fix"].is_null()) {
            failures.push(format!(
                "{}: {name}: a fix from a rule not marked fixable",
                r.id
            ));
        }
        return;
    }
    if found.iter().all(|d| d["fix"].is_null()) {
        failures.push(format!("{}: {name}: fixable but no fix offered", r.id));
        return;
    }
    let fixed = apply_fixes(text, found);
    let again = findings(r, &fixed);
    if !again.is_empty() {
        failures.push(format!(
            "{}: {name}: still fires after the fix:\n{fixed}",
            r.id
        ));
    }
    let errors = |t: &str| {
        analyze_file(
            common::example_name(r),
            t.as_bytes(),
            &common::rule_options(r),
        )
        .diagnostics
        .iter()
        .filter(|d| d.severity == dockplay::diagnostic::Severity::Error)
        .count()
    };
    if errors(&fixed) > errors(text) {
        failures.push(format!("{}: {name}: the fix adds an error:\n{fixed}", r.id));
    }
}

#[test]
fn every_rule_matches_its_snapshot() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut failures = Vec::new();
    let rules = registry();
    for r in &rules {
        let mut cases = Vec::new();
        if !r.bad.is_empty() {
            cases.push(("docs: bad example".to_string(), r.bad.to_string()));
            cases.push(("docs: good example".to_string(), r.good.to_string()));
        }
        let dir = root().join("fixtures/rules").join(r.id);
        if let Ok(entries) = fs::read_dir(&dir) {
            let mut files: Vec<PathBuf> = entries.map(|e| e.unwrap().path()).collect();
            files.sort();
            for f in files {
                let name = f.file_name().unwrap().to_string_lossy().into_owned();
                cases.push((name, fs::read_to_string(&f).unwrap()));
            }
        }
        let mut snapshot = serde_json::Map::new();
        for (name, text) in &cases {
            let got = findings(r, text);
            if name.starts_with("fires-") && got.is_empty() {
                failures.push(format!("{}: {name} gives no finding", r.id));
            }
            if name.starts_with("clean-") && !got.is_empty() {
                failures.push(format!("{}: {name} gives {got:?}", r.id));
            }
            check_fixes(r, name, text, &got, &mut failures);
            snapshot.insert(name.clone(), Value::Array(got));
        }
        let text = serde_json::to_string_pretty(&Value::Object(snapshot)).unwrap() + "\n";
        let path = root()
            .join("snapshots/rules")
            .join(format!("{}.json", r.id));
        if update {
            fs::write(&path, &text).unwrap();
        }
        match fs::read_to_string(&path) {
            Ok(want) if want == text => {}
            Ok(_) => failures.push(format!(
                "{}: findings differ from {} (UPDATE_GOLDEN=1 rewrites)",
                r.id,
                path.display()
            )),
            Err(_) => failures.push(format!("{}: missing {}", r.id, path.display())),
        }
    }
    // No snapshot or fixture directory for a rule that no longer exists.
    for sub in ["snapshots/rules", "fixtures/rules"] {
        for e in fs::read_dir(root().join(sub)).unwrap() {
            let name = e.unwrap().file_name().to_string_lossy().into_owned();
            let id = name.trim_end_matches(".json");
            if !rules.iter().any(|r| r.id == id) {
                failures.push(format!("{sub}/{name}: no rule {id}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
