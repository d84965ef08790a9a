//! Hostile inputs (`tests/hostile/cases.json`): each is generated, analysed, and must give the
//! expected diagnostics and an output of bounded size, without a panic. Times are measured by
//! `scripts/bench-hostile.sh`, not here.
//!
//! A case's text is a list of `[template, times]` parts; in a template `{i}` is the repetition's
//! index and `{i+1}` the next one, and `\xHH` stands for a raw byte.

use dockplay::analysis::cache::CacheOptions;
use dockplay::report::FileReport;
use dockplay::{analyze_file, simulate_cache, Options};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

/// The bytes the parts make.
fn build(parts: &Value) -> Vec<u8> {
    let mut out = String::new();
    for part in parts.as_array().unwrap() {
        let template = part[0].as_str().unwrap();
        for i in 0..part[1].as_u64().unwrap() {
            out.push_str(
                &template
                    .replace("{i+1}", &(i + 1).to_string())
                    .replace("{i}", &i.to_string()),
            );
        }
    }
    let mut bytes = Vec::with_capacity(out.len());
    let b = out.as_bytes();
    let mut k = 0;
    while k < b.len() {
        if b[k] == b'\\' && b.get(k + 1) == Some(&b'x') && k + 3 < b.len() {
            if let Ok(v) = u8::from_str_radix(&out[k + 2..k + 4], 16) {
                bytes.push(v);
                k += 4;
                continue;
            }
        }
        bytes.push(b[k]);
        k += 1;
    }
    bytes
}

/// Run one case: its output as JSON and the codes it reported, with their counts.
fn run(case: &Value) -> (String, BTreeMap<String, usize>, Option<FileReport>) {
    let text = build(&case["text"]);
    let dockerignore = case
        .get("dockerignore")
        .map(|p| String::from_utf8(build(p)).unwrap());
    let mut codes = BTreeMap::new();
    match case["kind"].as_str().unwrap() {
        "cache" => {
            let changed = case.get("changed").map_or(Vec::new(), |c| {
                let pattern = c["pattern"].as_str().unwrap();
                (0..c["count"].as_u64().unwrap())
                    .map(|i| pattern.replace("{i}", &i.to_string()))
                    .collect()
            });
            let opts = CacheOptions {
                changed,
                dockerignore,
                previous: case
                    .get("previous")
                    .map(|p| String::from_utf8(build(p)).unwrap()),
                ..Default::default()
            };
            let report = simulate_cache(&String::from_utf8(text).unwrap(), &opts);
            for d in &report.diagnostics {
                *codes.entry(d.rule.clone()).or_insert(0) += 1;
            }
            (serde_json::to_string(&report).unwrap(), codes, None)
        }
        kind => {
            let name = if kind == "compose" {
                "compose.yaml"
            } else {
                "Dockerfile"
            };
            let opts = Options {
                dockerignore,
                rules: case
                    .get("config")
                    .map(|c| dockplay::rules::Config::from_yaml(c.as_str().unwrap()).unwrap()),
                ..Options::default()
            };
            let report = analyze_file(name, &text, &opts);
            for d in &report.diagnostics {
                *codes.entry(d.rule.clone()).or_insert(0) += 1;
            }
            (serde_json::to_string(&report).unwrap(), codes, Some(report))
        }
    }
}

#[test]
fn hostile_inputs_get_bounded_answers() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile/cases.json");
    let cases: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut failures = Vec::new();
    for case in &cases {
        let name = case["name"].as_str().unwrap();
        let t0 = std::time::Instant::now();
        let (json, codes, report) = run(case);
        if std::env::var_os("HOSTILE_TIMES").is_some() {
            eprintln!("{:>8.2}s {name}", t0.elapsed().as_secs_f64());
        }
        let max = case["max_output"].as_u64().unwrap() as usize;
        if json.len() > max {
            failures.push(format!(
                "{name}: {} bytes of output (at most {max})",
                json.len()
            ));
        }
        for code in case
            .get("expect")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let code = code.as_str().unwrap();
            if !codes.contains_key(code) {
                failures.push(format!("{name}: no {code} in {codes:?}"));
            }
        }
        for (code, n) in case
            .get("count")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            let got = codes.get(code).copied().unwrap_or(0);
            if got as u64 != n.as_u64().unwrap() {
                failures.push(format!("{name}: {got} × {code}, want {n}"));
            }
        }
        let network = report.as_ref().and_then(|r| r.network.as_ref());
        if let Some(n) = case.get("ports").and_then(Value::as_u64) {
            let got = network.map_or(0, |net| net.ports.len());
            if got as u64 != n {
                failures.push(format!("{name}: {got} port rows, want {n}"));
            }
        }
        if let Some(n) = case.get("services").and_then(Value::as_u64) {
            let got = network.map_or(0, |net| net.services.len());
            if got as u64 != n {
                failures.push(format!("{name}: {got} services, want {n}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every hostile Dockerfile and compose file is explained (both languages, the embedded
/// catalogue) without a panic, within the item and part bounds, in JSON of bounded size; the
/// docker run converter takes each file as its input too.
#[test]
fn hostile_inputs_get_bounded_explanations() {
    use dockplay::explain::{Catalogue, MAX_ITEMS, MAX_PARTS};
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile/cases.json");
    let cases: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut failures = Vec::new();
    for case in cases.iter().filter(|c| c["kind"] != "cache") {
        let name = case["name"].as_str().unwrap();
        let text = build(&case["text"]);
        let file = if case["kind"] == "compose" {
            "compose.yaml"
        } else {
            "Dockerfile"
        };
        let opts = Options {
            lang: dockplay::i18n::Lang::Zh,
            ..Options::default()
        };
        let f = dockplay::explain::file(file, &text, &opts, Catalogue::builtin());
        if f.items.len() > MAX_ITEMS || f.items.iter().any(|i| i.parts.len() > MAX_PARTS) {
            failures.push(format!("{name}: {} items", f.items.len()));
        }
        let json = serde_json::to_string(&f).unwrap();
        if json.len() > 32 << 20 {
            failures.push(format!("{name}: {} bytes of explanation", json.len()));
        }
        let lossy = String::from_utf8_lossy(&text);
        let c = dockplay::docker_run::convert::to_compose(&lossy, dockplay::i18n::Lang::En);
        if c.output.len() > 32 << 20 {
            failures.push(format!("{name}: {} bytes of conversion", c.output.len()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Inputs the fuzzers found crashes with (`tests/hostile/fuzz/`, named after what broke): each is
/// checked, explained in both languages and simulated without a panic.
#[test]
fn fuzz_findings_stay_fixed() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile/fuzz");
    let mut n = 0;
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(&p).unwrap();
        let report = analyze_file(&name, &bytes, &Options::default());
        assert!(report.kind.is_some(), "{name}");
        for lang in [dockplay::i18n::Lang::En, dockplay::i18n::Lang::Zh] {
            let opts = Options {
                lang,
                ..Options::default()
            };
            let _ = dockplay::explain::file(
                &name,
                &bytes,
                &opts,
                dockplay::explain::Catalogue::builtin(),
            );
        }
        let _ = simulate_cache(&String::from_utf8_lossy(&bytes), &CacheOptions::default());
        n += 1;
    }
    assert!(n >= 1);
}
