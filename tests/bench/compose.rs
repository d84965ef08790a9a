//! Compose benchmark: `cargo bench --bench compose` loads and analyses all 326 corpus compose
//! files in one process (files/s), then checks them with every compose rule on (the ordering
//! rules included), and prints what the rules add per file (target: under 1 ms).
//! `scripts/bench.sh` compares with Docker Compose and dclint.

use dockplay::analysis::network::report;
use dockplay::compose::{analyze, ComposeFile, ComposeOptions};
use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

/// Seconds per run of `f`, repeated for at least two seconds.
fn time(mut f: impl FnMut()) -> f64 {
    let start = Instant::now();
    let mut n = 0u32;
    while n == 0 || start.elapsed() < Duration::from_secs(2) {
        f();
        n += 1;
    }
    start.elapsed().as_secs_f64() / f64::from(n)
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/compose");
    let index =
        std::fs::read_to_string(root.join("compose-v5-config.jsonl")).expect("corpus index");
    let files: Vec<ComposeFile> = index
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            let name = v["file"].as_str().unwrap().to_string();
            let text =
                String::from_utf8_lossy(&std::fs::read(root.join(&name)).unwrap()).into_owned();
            ComposeFile { name, text }
        })
        .collect();
    let bytes: usize = files.iter().map(|f| f.text.len()).sum();
    let opts = ComposeOptions::default();
    let run = || {
        for f in &files {
            let a = analyze(std::slice::from_ref(f), &opts);
            if let Some(p) = &a.project {
                black_box(report(
                    p,
                    std::slice::from_ref(&f.name),
                    std::slice::from_ref(&f.text),
                ));
            }
        }
    };
    let per = time(run);
    println!(
        "compose corpus: {} files, {:.2} MB, load + normalize + check + network in {:.2} ms -> {:.0} files/s, {:.1} MB/s",
        files.len(),
        bytes as f64 / 1e6,
        per * 1e3,
        files.len() as f64 / per,
        bytes as f64 / 1e6 / per
    );
    // Loading alone, then loading and every rule: the difference is what the rules cost.
    let all_rules = dockplay::rules::Config::from_yaml(
        "rules:\n  service-dependencies-alphabetical-order: 1\n  service-keys-order: 1\n  service-ports-alphabetical-order: 1\n  services-alphabetical-order: 1\n  top-level-properties-order: 1\n",
    )
    .unwrap();
    let checked = dockplay::Options {
        kind: Some(dockplay::report::FileKind::Compose),
        rules: Some(all_rules),
        ..dockplay::Options::default()
    };
    let load = time(|| {
        for f in &files {
            black_box(analyze(std::slice::from_ref(f), &opts));
        }
    });
    let check = time(|| {
        for f in &files {
            black_box(dockplay::analyze_file(&f.name, f.text.as_bytes(), &checked));
        }
    });
    let n = files.len() as f64;
    println!(
        "compose rules: load {:.3} ms/file, load + every rule {:.3} ms/file -> the rules add {:.3} ms per file (target < 1 ms)",
        load * 1e3 / n,
        check * 1e3 / n,
        (check - load).max(0.0) * 1e3 / n
    );
}
