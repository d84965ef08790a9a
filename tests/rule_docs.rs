//! The registry and every rule's docs: unique codes, both languages present, and each rule's
//! examples run: the bad one gives exactly one finding of that rule, the good one none.

mod common;

use dockplay::analyze_file;
use dockplay::rules::registry;
use std::collections::BTreeSet;

#[test]
fn codes_are_unique_and_names_kebab_case() {
    let rules = registry();
    let ids: BTreeSet<&str> = rules.iter().map(|r| r.id).collect();
    assert_eq!(ids.len(), rules.len());
    let names: BTreeSet<&str> = rules.iter().map(|r| r.name).collect();
    assert_eq!(names.len(), rules.len());
    for r in &rules {
        assert!(
            r.name.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
            "{}",
            r.name
        );
    }
}

#[test]
fn docs_exist_in_both_languages() {
    for r in registry() {
        let m = r.meta;
        for t in [m.summary, m.why, m.fix].into_iter().chain(m.differs) {
            assert!(!t.en.trim().is_empty(), "{}: English text missing", r.id);
            assert!(
                t.zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{}: Chinese text missing: {}",
                r.id,
                t.zh
            );
        }
        assert!(
            !m.bad.is_empty() && !m.good.is_empty(),
            "{}: examples missing",
            r.id
        );
    }
}

#[test]
fn examples_run() {
    let mut failures = Vec::new();
    for r in registry() {
        let opts = common::rule_options(&r);
        let count = |text: &str| {
            analyze_file("Dockerfile", text.as_bytes(), &opts)
                .diagnostics
                .iter()
                .filter(|d| d.rule == r.id)
                .count()
        };
        let (bad, good) = (count(r.meta.bad), count(r.meta.good));
        if bad != 1 || good != 0 {
            failures.push(format!(
                "{}: bad example gives {bad}, good example gives {good}",
                r.id
            ));
        }
        // Examples are clean apart from the rule they show.
        let others: Vec<String> = analyze_file("Dockerfile", r.meta.good.as_bytes(), &opts)
            .diagnostics
            .iter()
            .filter(|d| d.severity == dockplay::diagnostic::Severity::Error)
            .map(|d| format!("{} {}", d.rule, d.message))
            .collect();
        if !others.is_empty() {
            failures.push(format!("{}: good example has errors {others:?}", r.id));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
