//! The layer-cache simulator: data-driven fixtures (`tests/fixtures/cache/<case>/`: a Dockerfile,
//! optionally `previous.Dockerfile` and `.dockerignore`, and `case.json` with the options and the
//! expected status per line), the tutorials' seed Dockerfiles, and hostile input.

use dockplay::analysis::cache::{CacheOptions, Status};
use dockplay::report::cache::CacheReport;
use dockplay::simulate_cache as simulate;
use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};

fn status_at(r: &CacheReport, line: usize) -> Option<Status> {
    r.stages
        .iter()
        .flat_map(|s| &s.steps)
        .find(|s| s.line == line)
        .map(|s| s.status)
}

fn reason_at(r: &CacheReport, line: usize) -> String {
    r.stages
        .iter()
        .flat_map(|s| &s.steps)
        .find(|s| s.line == line)
        .and_then(|s| s.reason_i18n.as_ref())
        .map(|t| t.en.clone())
        .unwrap_or_default()
}

fn parse_status(s: &str) -> Status {
    match s {
        "cached" => Status::Cached,
        "maybe" => Status::Maybe,
        "rebuilt" => Status::Rebuilt,
        "skipped" => Status::Skipped,
        _ => panic!("unknown status {s}"),
    }
}

#[test]
fn fixtures() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cache");
    let mut dirs: Vec<PathBuf> = fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    dirs.sort();
    assert!(dirs.len() >= 20);
    let mut failures = Vec::new();
    for dir in dirs {
        let case: Value =
            serde_json::from_str(&fs::read_to_string(dir.join("case.json")).unwrap()).unwrap();
        let mut opts: CacheOptions = serde_json::from_value(case["options"].clone()).unwrap();
        if let Ok(p) = fs::read_to_string(dir.join("previous.Dockerfile")) {
            opts.previous = Some(p);
        }
        if let Ok(i) = fs::read_to_string(dir.join(".dockerignore")) {
            opts.dockerignore = Some(i);
        }
        let text = fs::read_to_string(dir.join("Dockerfile")).unwrap();
        let report = simulate(&text, &opts);
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        for (line, want) in case["expect"].as_object().unwrap() {
            let line: usize = line.parse().unwrap();
            let got = status_at(&report, line);
            if got != Some(parse_status(want.as_str().unwrap())) {
                failures.push(format!(
                    "{name}: line {line}: want {want}, got {got:?} ({})",
                    reason_at(&report, line)
                ));
            }
        }
        if let Some(reasons) = case["reason"].as_object() {
            for (line, needle) in reasons {
                let r = reason_at(&report, line.parse().unwrap());
                if !r.contains(needle.as_str().unwrap()) {
                    failures.push(format!("{name}: line {line}: reason {r:?} lacks {needle}"));
                }
            }
        }
        if let Some(want) = case["suggestion"].as_bool() {
            if report.suggestion.is_some() != want {
                failures.push(format!("{name}: suggestion {:?}", report.suggestion));
            }
        }
        if let Some(code) = case["diagnostic"].as_str() {
            if !report.diagnostics.iter().any(|d| d.rule == code) {
                failures.push(format!("{name}: no {code} in {:?}", report.diagnostics));
            }
        }
        // Every step that is not a plain cache hit says why, in both languages.
        for step in report.stages.iter().flat_map(|s| &s.steps) {
            if step.status != Status::Cached {
                let r = step.reason_i18n.as_ref().expect("reason");
                assert!(
                    !r.en.is_empty()
                        && r.zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
                );
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn seed(name: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/seed-examples")
        .join(name);
    fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// The line of the first RUN that installs Python dependencies.
fn install_line(text: &str) -> usize {
    let mut line = 0;
    for (i, l) in text.lines().enumerate() {
        if l.trim_start().to_uppercase().starts_with("RUN") {
            line = i + 1;
        }
        if l.contains("pip install") || l.contains("pip3 install") {
            return line;
        }
    }
    panic!("no pip install")
}

#[test]
fn seeds_code_change_rebuilds_dependencies_where_the_lesson_says() {
    let opts = CacheOptions {
        changed: vec!["app.py".into()],
        ..CacheOptions::default()
    };
    for name in ["002-template.Dockerfile", "000-python.Dockerfile"] {
        let text = seed(name);
        let r = simulate(&text, &opts);
        let line = install_line(&text);
        assert_eq!(
            status_at(&r, line),
            Some(Status::Rebuilt),
            "{name} line {line}"
        );
        assert!(r.suggestion.is_some(), "{name}: no suggestion");
        // The suggested order keeps the install cached.
        let fixed = r.suggestion.as_ref().unwrap().reordered.clone();
        let again = simulate(&fixed, &opts);
        let line = install_line(&fixed);
        assert_eq!(
            status_at(&again, line),
            Some(Status::Cached),
            "{name} reordered:\n{fixed}"
        );
    }
    for name in [
        "001-flask.Dockerfile",
        "003-basic.Dockerfile",
        "004-python.Dockerfile",
    ] {
        let text = seed(name);
        let r = simulate(&text, &opts);
        let line = install_line(&text);
        assert_eq!(
            status_at(&r, line),
            Some(Status::Cached),
            "{name} line {line}: {}",
            reason_at(&r, line)
        );
        assert!(r.counts.rebuilt >= 1, "{name}: the code copy re-runs");
    }
}

#[test]
fn thousand_stages_cycles_and_self_copies_give_data_not_panics() {
    let mut text = String::from("FROM alpine:3.22 AS s0\nRUN echo 0\n");
    for i in 1..1000 {
        text.push_str(&format!(
            "FROM s{} AS s{i}\nRUN echo {i}\nCOPY --from=s{} /x /x{i}\n",
            i - 1,
            i - 1
        ));
    }
    let r = simulate(
        &text,
        &CacheOptions {
            base_moved: vec!["alpine:3.22".into()],
            ..CacheOptions::default()
        },
    );
    assert_eq!(r.stages.len(), 1000);
    assert_eq!(r.counts.cached, 0);
    assert_eq!(status_at(&r, 2), Some(Status::Rebuilt));

    let warned = simulate("FROM a AS a\nRUN echo\n", &CacheOptions::default());
    assert!(
        warned
            .diagnostics
            .iter()
            .any(|d| d.rule == "DP0011" && d.line == 1),
        "{:?}",
        warned.diagnostics
    );
    let later = simulate(
        "FROM b AS a\nRUN echo\nFROM a AS b\nRUN echo\n",
        &CacheOptions::default(),
    );
    assert!(later.diagnostics.iter().any(|d| d.rule == "DP0011"));
    let own = simulate(
        "FROM alpine:3.22 AS a\nCOPY --from=a /x /y\n",
        &CacheOptions::default(),
    );
    assert!(
        own.diagnostics
            .iter()
            .any(|d| d.rule == "DP0007" && d.line == 2),
        "{:?}",
        own.diagnostics
    );

    for bad in [
        "FROM a AS a\nRUN echo\n",
        "FROM b AS a\nRUN echo\nFROM a AS b\nRUN echo\n",
        "FROM alpine:3.22 AS a\nCOPY --from=a /x /y\n",
        "",
        "RUN echo\n",
        "FROM\n",
        "FROM alpine:3.22\nCOPY --from=9 /x /y\nRUN --mount=from=a,target=/m echo\n",
    ] {
        let r = simulate(
            bad,
            &CacheOptions {
                changed: vec!["x".into()],
                previous: Some("FROM other\n".into()),
                ..CacheOptions::default()
            },
        );
        let _ = serde_json::to_string(&r).unwrap();
    }
}

#[test]
fn the_log_reads_like_buildkit() {
    let text = "FROM python:3.12-slim AS app\nWORKDIR /app\nCOPY . .\n";
    let r = simulate(
        text,
        &CacheOptions {
            changed: vec!["app.py".into()],
            ..CacheOptions::default()
        },
    );
    let log = r.log.join("\n");
    assert!(log.contains("[app 2/3] WORKDIR /app\n#4 CACHED"), "{log}");
    assert!(log.contains("[app 3/3] COPY . .\n#5 DONE"), "{log}");
    use dockplay::analysis::cache::LayerKind;
    let kinds: Vec<LayerKind> = r.layers.iter().map(|l| l.kind).collect();
    assert_eq!(kinds, [LayerKind::Base, LayerKind::Layer, LayerKind::Layer]);
}
