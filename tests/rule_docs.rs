//! The registry and every code's docs: unique codes, both languages present, aliases declared
//! once and answered in both directions, and each code's examples run: the bad one gives exactly
//! one finding of that code (at its default severity), the good one none.

mod common;

use dockplay::analyze_file;
use dockplay::diagnostic::{Origin, ReportedBy, Severity};
use dockplay::rules::registry::aliases;
use dockplay::rules::{find, registry};
use std::collections::BTreeSet;

/// Codes no single in-memory file can show: invalid UTF-8 (examples are text; in a Dockerfile
/// or a compose file), a file of unknown kind (the name decides), the cache simulator's
/// `--target` and stage-order codes (they need the simulator's options), a `.dockerignore` over
/// the work budget (megabytes of patterns), a Dockerfile over 4 MiB, and a missing file on disk
/// (the CLI checks the disk).
const NO_EXAMPLE: &[&str] = &[
    "DP0005", "DP0008", "DP0010", "DP0011", "DP0014", "DP0015", "DP0017", "DC0017", "DC0018",
];

#[test]
fn codes_are_unique_and_names_kebab_case() {
    let rules = registry();
    let ids: BTreeSet<&str> = rules.iter().map(|r| r.id).collect();
    assert_eq!(ids.len(), rules.len());
    let names: BTreeSet<&str> = rules.iter().map(|r| r.name).collect();
    assert_eq!(names.len(), rules.len());
    for r in &rules {
        assert!(
            r.name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{}",
            r.name
        );
    }
}

#[test]
fn docs_exist_in_both_languages() {
    for r in registry() {
        for t in [r.summary, r.why, r.fix].into_iter().chain(r.differs) {
            assert!(!t.en.trim().is_empty(), "{}: English text missing", r.id);
            assert!(
                t.zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{}: Chinese text missing: {}",
                r.id,
                t.zh
            );
        }
        let listed = NO_EXAMPLE.contains(&r.id);
        assert_eq!(
            r.bad.is_empty() || r.good.is_empty(),
            listed,
            "{}: examples missing, or present for a code listed as having none",
            r.id
        );
        assert!(
            !(listed && r.reported_by == ReportedBy::Rule),
            "{}: every rule needs examples",
            r.id
        );
    }
}

#[test]
fn aliases_are_declared_once_and_symmetric() {
    for r in registry() {
        let declared = r.code.aliases;
        for a in declared {
            match r.origin {
                // hadolint's rules name the BuildKit check they share.
                Origin::Hadolint => {
                    let other = find(a).unwrap_or_else(|| panic!("{}: alias {a} is no code", r.id));
                    assert_eq!(other.origin, Origin::Buildkit, "{}: alias {a}", r.id);
                }
                // dclint's rules are known by dclint's names, which find the rule.
                Origin::Dclint => {
                    assert_eq!(find(a).map(|c| c.id), Some(r.id), "{}: alias {a}", r.id);
                    assert!(
                        registry().iter().all(|o| o.id != *a && o.name != *a),
                        "{}: alias {a} is also a code",
                        r.id
                    );
                }
                other => panic!("{}: aliases declared on a {other:?} code", r.id),
            }
            assert!(
                aliases(a).contains(&r.id),
                "{a} does not answer to {}",
                r.id
            );
        }
        for a in aliases(r.id) {
            assert!(aliases(a).contains(&r.id), "{} ↔ {a} is one-sided", r.id);
        }
    }
    assert!(aliases("WorkdirRelativePath").contains(&"DL3000"));
    assert!(aliases("DC1001").contains(&"no-version-field"));
}

#[test]
fn examples_run() {
    let mut failures = Vec::new();
    for r in registry().into_iter().filter(|r| !r.bad.is_empty()) {
        let opts = common::rule_options(&r);
        let name = common::example_name(&r);
        let count = |text: &str| {
            analyze_file(name, text.as_bytes(), &opts)
                .diagnostics
                .iter()
                .filter(|d| d.rule == r.id && d.severity == r.severity)
                .count()
        };
        let (bad, good) = (count(r.bad), count(r.good));
        if bad != 1 || good != 0 {
            failures.push(format!(
                "{}: bad example gives {bad}, good example gives {good}",
                r.id
            ));
        }
        // Examples are clean apart from the code they show.
        let others: Vec<String> = analyze_file(name, r.good.as_bytes(), &opts)
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .map(|d| format!("{} {}", d.rule, d.message))
            .collect();
        if !others.is_empty() {
            failures.push(format!("{}: good example has errors {others:?}", r.id));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn files_under(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            files_under(&p, out);
        } else {
            out.push(p);
        }
    }
}

/// Every code any command emits on the corpus, the fixtures and hostile options is in the
/// registry (so `dockplay rules`, SARIF and the docs describe it).
#[test]
fn every_emitted_code_is_registered() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in [
        "../shared/corpus/dockerfiles",
        "../shared/corpus/compose",
        "../shared/seed-examples",
        "tests/fixtures",
    ] {
        files_under(&root.join(dir), &mut files);
    }
    let mut seen = BTreeSet::new();
    let opts = dockplay::Options::default();
    for f in &files {
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        if name.ends_with(".json") || name.ends_with(".jsonl") || name.ends_with(".md") {
            continue;
        }
        let bytes = std::fs::read(f).unwrap();
        for d in analyze_file(&name, &bytes, &opts).diagnostics {
            seen.insert(d.rule);
        }
        let kind = dockplay::report::FileKind::detect(&name);
        if kind == Some(dockplay::report::FileKind::Dockerfile) {
            let text = String::from_utf8_lossy(&bytes);
            let cache = dockplay::analysis::cache::CacheOptions {
                target: Some("no-such-stage".into()),
                no_cache_filter: vec!["missing".into()],
                ..Default::default()
            };
            for d in dockplay::simulate_cache(&text, &cache).diagnostics {
                seen.insert(d.rule);
            }
        }
    }
    assert!(seen.len() > 60, "{seen:?}");
    let missing: Vec<&String> = seen.iter().filter(|id| find(id).is_none()).collect();
    assert!(
        missing.is_empty(),
        "emitted but not registered: {missing:?}"
    );
}

/// Every code declared in the source is registered, even one no input above emits.
#[test]
fn every_declared_code_is_registered() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    files_under(&root, &mut files);
    let mut missing = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for part in text.split(": Code = Code {").skip(1) {
            let id = part
                .split("id: \"")
                .nth(1)
                .and_then(|s| s.split('"').next())
                .unwrap_or("");
            // `Code::BASE`, the defaults every declaration starts from, has no id.
            if !id.is_empty() && find(id).is_none() {
                missing.push(format!("{}: {id}", f.display()));
            }
        }
        for part in text.split("code: Code {").skip(1) {
            let id = part
                .split("id: \"")
                .nth(1)
                .and_then(|s| s.split('"').next());
            if let Some(id) = id.filter(|id| find(id).is_none()) {
                missing.push(format!("{}: {id}", f.display()));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "declared but not registered: {missing:?}"
    );
}
