//! Corpus runs: 611 real Dockerfiles against BuildKit's own parse of each, and the seed examples.

use dockplay::dockerfile::dump::dump;
use dockplay::dockerfile::{analyze_bytes, parse, BuildOptions};
use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};

fn shared() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared")
}

#[test]
fn corpus_dockerfiles_parse_like_buildkit() {
    let dir = shared().join("corpus/dockerfiles");
    let index = fs::read_to_string(dir.join("buildkit-dump.jsonl")).unwrap();
    let mut n = 0;
    let mut failures = Vec::new();
    for line in index.lines() {
        let want: Value = serde_json::from_str(line).unwrap();
        let file = want["file"].as_str().unwrap();
        let bytes = fs::read(dir.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        n += 1;
        // The model and every rule run on every file without panicking, and each finding points
        // inside the file.
        let _ = analyze_bytes(&bytes, &BuildOptions::default());
        let report = dockplay::analyze_file("Dockerfile", &bytes, &dockplay::Options::default());
        let lines = String::from_utf8_lossy(&bytes).lines().count().max(1) + 1;
        for d in &report.diagnostics {
            assert!(
                d.line >= 1 && d.line <= lines && d.end_line >= d.line,
                "{file}: {d:?}"
            );
        }
        let parsed = parse(&String::from_utf8_lossy(&bytes));
        let ok = want["ok"].as_bool().unwrap();
        if ok != parsed.rejection.is_none() {
            failures.push(format!(
                "{file}: BuildKit ok={ok}, ours rejection={:?}",
                parsed.rejection
            ));
            continue;
        }
        if !ok {
            continue;
        }
        let want_dump = want["dump"].as_str().unwrap();
        let got = dump(&parsed.nodes);
        if got.trim_end() != want_dump.trim_end() {
            let w: Vec<&str> = want_dump.lines().collect();
            let g: Vec<&str> = got.lines().collect();
            let i = (0..w.len().max(g.len()))
                .find(|&i| w.get(i) != g.get(i))
                .unwrap_or(0);
            failures.push(format!(
                "{file}: dump differs at node {i}\n  want {:?}\n  got  {:?}",
                w.get(i),
                g.get(i)
            ));
            continue;
        }
        let escape = want["escape"].as_str().unwrap();
        if escape != parsed.escape.to_string() {
            failures.push(format!("{file}: escape {escape:?} vs {:?}", parsed.escape));
        }
        let nodes = want["nodes"].as_array().unwrap();
        for (wn, gn) in nodes.iter().zip(&parsed.nodes) {
            let (ws, we) = (
                wn["start"].as_u64().unwrap() as usize,
                wn["end"].as_u64().unwrap() as usize,
            );
            if (ws, we) != (gn.start_line, gn.end_line) {
                failures.push(format!(
                    "{file}: {} lines {ws}-{we} vs ours {}-{}",
                    wn["cmd"], gn.start_line, gn.end_line
                ));
                break;
            }
            if let Some(hs) = wn.get("heredocs").and_then(|h| h.as_array()) {
                let got: Vec<(String, String, bool, bool)> = gn
                    .heredocs
                    .iter()
                    .map(|h| (h.name.clone(), h.content.clone(), h.expand, h.chomp))
                    .collect();
                let want: Vec<(String, String, bool, bool)> = hs
                    .iter()
                    .map(|h| {
                        (
                            h["name"].as_str().unwrap().to_string(),
                            h["content"].as_str().unwrap().to_string(),
                            h["expand"].as_bool().unwrap(),
                            h["chomp"].as_bool().unwrap(),
                        )
                    })
                    .collect();
                if got != want {
                    failures.push(format!("{file}: heredocs {want:?} vs ours {got:?}"));
                }
            }
        }
    }
    assert_eq!(n, 611, "corpus size changed");
    assert!(
        failures.is_empty(),
        "{} of {n} differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn seed_example_dockerfiles_parse() {
    let dir = shared().join("seed-examples");
    let mut n = 0;
    for e in fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "Dockerfile") {
            n += 1;
            let bytes = fs::read(&p).unwrap();
            let (_, model) = analyze_bytes(&bytes, &BuildOptions::default());
            assert!(
                model.parsed.rejection.is_none(),
                "{}: {:?}",
                p.display(),
                model.parsed.rejection
            );
            assert!(!model.stages.is_empty(), "{}: no stage", p.display());
        }
    }
    assert!(n >= 9, "only {n} seed Dockerfiles");
}

#[test]
fn seed_004_keeps_inline_hash_as_copy_sources() {
    let bytes = fs::read(shared().join("seed-examples/004-python.Dockerfile")).unwrap();
    let parsed = parse(&String::from_utf8_lossy(&bytes));
    let copy = parsed
        .nodes
        .iter()
        .filter(|n| n.is("copy"))
        .find(|n| n.args.first().is_some_and(|a| a.value == "."))
        .expect("COPY . . line");
    let args: Vec<&str> = copy.args.iter().map(|a| a.value.as_str()).collect();
    // BuildKit: `COPY . .  # 全部复制过去` copies ".", "." and "#" into the directory "全部复制过去".
    assert_eq!(args, [".", ".", "#", "全部复制过去"]);
    assert_eq!(
        dump(std::slice::from_ref(copy)),
        "(copy \".\" \".\" \"#\" \"全部复制过去\")\n"
    );
}
