//! Explanation benchmark: `cargo bench --bench explain`. No other tool explains Dockerfiles or
//! compose files, so there is no peer to time; it prints the time to explain the largest corpus
//! Dockerfile and compose file (the target is under 5 ms each) next to the time `check` alone
//! takes on them, and the whole corpus in files per second.

use dockplay::explain::Catalogue;
use dockplay::Options;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn time<F: FnMut()>(mut f: F, min: Duration) -> Duration {
    let start = Instant::now();
    let mut n = 0;
    while n == 0 || start.elapsed() < min {
        f();
        n += 1;
    }
    start.elapsed() / n
}

/// The corpus files of one kind, from its index (`file` of each JSON line).
fn corpus(dir: &str, index: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus")
        .join(dir);
    std::fs::read_to_string(root.join(index))
        .expect("corpus index")
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            let p = root.join(v["file"].as_str().unwrap());
            let bytes = std::fs::read(&p).unwrap();
            (p, bytes)
        })
        .collect()
}

fn main() {
    let cat = Catalogue::builtin();
    let opts = Options {
        fallback_project_name: Some("corpus".into()),
        ..Options::default()
    };
    println!("dockplay explain benchmark (single thread, embedded catalogue)");
    for (kind, name, files) in [
        (
            "Dockerfile",
            "Dockerfile",
            corpus("dockerfiles", "buildkit-dump.jsonl"),
        ),
        (
            "compose file",
            "compose.yaml",
            corpus("compose", "compose-v5-config.jsonl"),
        ),
    ] {
        let (path, largest) = files.iter().max_by_key(|(_, b)| b.len()).unwrap();
        let explain = time(
            || {
                drop(black_box(dockplay::explain::file(
                    name, largest, &opts, cat,
                )))
            },
            Duration::from_secs(1),
        );
        let check = time(
            || drop(black_box(dockplay::analyze_file(name, largest, &opts))),
            Duration::from_secs(1),
        );
        let ms = explain.as_secs_f64() * 1e3;
        println!(
            "largest {kind} ({} bytes, {}): explain {ms:.2} ms (target < 5 ms: {}), check alone {:.2} ms, explain/check {:.1}x",
            largest.len(),
            path.file_name().unwrap().to_string_lossy(),
            if ms < 5.0 { "met" } else { "MISSED" },
            check.as_secs_f64() * 1e3,
            explain.as_secs_f64() / check.as_secs_f64()
        );
        let all = time(
            || {
                for (_, b) in &files {
                    black_box(dockplay::explain::file(name, b, &opts, cat));
                }
            },
            Duration::from_secs(2),
        );
        println!(
            "  all {} {kind}s: {:.1} ms -> {:.0} files/s",
            files.len(),
            all.as_secs_f64() * 1e3,
            files.len() as f64 / all.as_secs_f64()
        );
    }
}
