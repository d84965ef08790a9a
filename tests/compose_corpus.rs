//! Conformance with Docker Compose v5 over the 326 corpus compose files: the same accept/reject
//! verdict, and for files both accept, the same port rows and service → network membership.

use dockplay::compose::{analyze, ComposeFile, ComposeOptions};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Files whose verdict depends on something the corpus does not hold, with the reason.
const EXCEPTIONS: &[(&str, &str)] = &[
    (
        "docker+compose/pkg__e2e__fixtures__build-test__ssh__compose.yaml",
        "Compose fails while printing the SSH key spec to JSON, after loading succeeded",
    ),
    (
        "compose-spec+compose-go/loader__testdata__compose-include-cycle.yaml",
        "an include cycle: included files are not followed",
    ),
    (
        "compose-spec+compose-go/loader__testdata__include__dir__compose.yaml",
        "its env_file extra.env is not a compose file, so it is not in the corpus",
    ),
    (
        "zavoloklom+docker-compose-linter/tests__mocks__docker-compose.yml",
        "its env_file .env.zookeeper is not a compose file, so it is not in the corpus",
    ),
    (
        "docker+awesome-compose/plex__compose.yaml",
        "the .env beside it (not in the corpus) sets PLEX_MEDIA_PATH",
    ),
    (
        "docker+compose/pkg__compose__testdata__publish__compose.yaml",
        "it extends common.yaml, which the corpus does not hold",
    ),
];

/// Files whose model differs for a reason outside the file, with the reason.
const MODEL_EXCEPTIONS: &[(&str, &str)] = &[
    (
        "compose-spec+compose-go/cli__testdata__env-file__compose-with-env-files.yaml",
        "an env file beside it (not in the corpus) sets the published port",
    ),
    (
        "compose-spec+compose-go/cli__testdata__simple__compose-with-variables.yaml",
        "a .env beside it (not in the corpus) sets PUBLIC_PORT",
    ),
];

type Ports = BTreeSet<(String, Option<String>, Option<String>, u64, String)>;

#[test]
fn verdicts_ports_and_networks_match_compose_v5() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/compose");
    let index = std::fs::read_to_string(dir.join("compose-v5-config.jsonl")).unwrap();
    let mut total = 0;
    let mut verdict_same = 0;
    let mut verdict_diff = Vec::new();
    let mut model_diff = Vec::new();
    for line in index.lines() {
        let want: Value = serde_json::from_str(line).unwrap();
        let file = want["file"].as_str().unwrap();
        let text = String::from_utf8_lossy(&std::fs::read(dir.join(file)).unwrap()).into_owned();
        total += 1;
        let opts = ComposeOptions {
            project_name: Some("corpus".into()),
            ..ComposeOptions::default()
        };
        let mut a = analyze(
            &[ComposeFile {
                name: file.into(),
                text,
            }],
            &opts,
        );
        // The corpus keeps compose files only, flattened as `<repo>/<dir>__<name>`. An included
        // compose file exists when the corpus holds it; other relative files (env files) are
        // assumed present, absolute paths are checked on this machine.
        let (repo, flat) = file.split_once('/').unwrap();
        let parent: Vec<&str> = flat.split("__").collect();
        let parent = parent[..parent.len() - 1].join("/");
        let corpus = dir.clone();
        a.check_files(&|p: &str| {
            if p.starts_with('/') {
                return Path::new(p).exists();
            }
            if !(p.ends_with(".yaml") || p.ends_with(".yml")) {
                return true;
            }
            let joined = dockplay::dockerignore::clean_path(&format!("{parent}/{p}"));
            corpus.join(repo).join(joined.replace('/', "__")).exists()
        });
        let accepted = want["accepted"].as_bool().unwrap();
        let ours = !a.rejected();
        if accepted == ours {
            verdict_same += 1;
        } else if !EXCEPTIONS.iter().any(|(f, _)| *f == file) {
            let why: Vec<String> = a
                .sink
                .items
                .iter()
                .filter(|(_, d)| d.severity == dockplay::diagnostic::Severity::Error)
                .map(|(_, d)| d.message.en.clone())
                .collect();
            let theirs = want["stderr"]
                .as_str()
                .unwrap_or("")
                .lines()
                .last()
                .unwrap_or("")
                .to_string();
            verdict_diff.push(format!(
                "{file}: compose accepted={accepted} ({theirs}); ours: {why:?}"
            ));
        }
        if !(accepted && ours) || MODEL_EXCEPTIONS.iter().any(|(f, _)| *f == file) {
            continue;
        }
        // Included files are noted, not loaded: their services are not ours to compare.
        let has_include = a.file_refs.iter().any(|r| r.kind == "include");
        let norm = &want["normalized"];
        let project = a.project.as_ref().unwrap();
        for (name, svc) in norm["services"].as_object().unwrap() {
            let Some(ours) = project.service(name) else {
                if !has_include {
                    model_diff.push(format!("{file}: service {name} missing"));
                }
                continue;
            };
            let want_nets: BTreeSet<String> = svc["networks"]
                .as_object()
                .map(|m| m.keys().cloned().collect())
                .unwrap_or_default();
            let our_nets: BTreeSet<String> = ours.networks.iter().map(|n| n.name.clone()).collect();
            if want_nets != our_nets {
                model_diff.push(format!(
                    "{file}: {name} networks {want_nets:?} vs {our_nets:?}"
                ));
            }
            let want_ports: Ports = svc["ports"]
                .as_array()
                .map(|ps| {
                    ps.iter()
                        .map(|p| {
                            (
                                name.clone(),
                                p["host_ip"].as_str().map(String::from),
                                p["published"].as_str().map(String::from),
                                p["target"].as_u64().unwrap_or(0),
                                p["protocol"].as_str().unwrap_or("tcp").to_string(),
                            )
                        })
                        .collect()
                })
                .unwrap_or_default();
            // Compose lists a range port by port; dockplay keeps it one mapping.
            let our_ports: Ports = ours
                .ports
                .iter()
                .flat_map(|p| {
                    let m = &p.mapping;
                    m.per_port().into_iter().map(move |(published, target)| {
                        (
                            name.clone(),
                            m.host_ip.clone(),
                            published,
                            target as u64,
                            m.protocol.clone(),
                        )
                    })
                })
                .collect();
            if want_ports != our_ports {
                model_diff.push(format!(
                    "{file}: {name} ports {want_ports:?} vs {our_ports:?}"
                ));
            }
        }
        let ours_active: BTreeMap<&str, bool> = project
            .services
            .iter()
            .map(|s| (s.name.as_str(), s.active))
            .collect();
        for (n, active) in ours_active {
            if active && !norm["services"].as_object().unwrap().contains_key(n) {
                model_diff.push(format!("{file}: we have extra active service {n}"));
            }
        }
    }
    assert_eq!(total, 326);
    let rate = verdict_same as f64 / total as f64;
    println!(
        "verdict agreement: {verdict_same}/{total} = {:.1}%",
        rate * 100.0
    );
    assert!(
        verdict_diff.is_empty(),
        "{} verdicts differ:\n{}",
        verdict_diff.len(),
        verdict_diff.join("\n")
    );
    assert!(rate >= 0.98, "verdict agreement {rate}");
    assert!(
        model_diff.is_empty(),
        "{} model differences:\n{}",
        model_diff.len(),
        model_diff.join("\n")
    );
}
