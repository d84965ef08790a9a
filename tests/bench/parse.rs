//! Parser benchmark: `cargo bench --bench parse`.
//!
//! Parses every corpus Dockerfile in one process (MB/s, files/s), then a synthetic 1 MB Dockerfile,
//! then the same content at 1×, 10× and 100× to show growth is linear (the ratio column).

use dockplay::dockerfile::{analyze_bytes, parse, BuildOptions};
use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

fn time<F: FnMut()>(mut f: F, min: Duration) -> (Duration, u32) {
    let start = Instant::now();
    let mut n = 0;
    while n == 0 || start.elapsed() < min {
        f();
        n += 1;
    }
    (start.elapsed() / n, n)
}

fn synthetic(bytes: usize) -> String {
    let block = "FROM python:3.12-slim AS base\nARG VERSION=1.0\nENV APP_HOME=/srv/app \\\n    PYTHONUNBUFFERED=1\nWORKDIR ${APP_HOME}\nCOPY --chown=app:app requirements.txt .\nRUN --mount=type=cache,target=/root/.cache \\\n    pip install -r requirements.txt && \\\n    rm -rf /tmp/*\nRUN <<EOF\nset -e\necho building\nEOF\nCOPY . .\nEXPOSE 8000/tcp\nHEALTHCHECK --interval=30s CMD [\"python\", \"-m\", \"health\"]\nCMD [\"python\", \"-m\", \"app\"]\n";
    let mut s = String::with_capacity(bytes + block.len());
    while s.len() < bytes {
        s.push_str(block);
    }
    s
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/dockerfiles");
    let index = std::fs::read_to_string(root.join("buildkit-dump.jsonl")).expect("corpus index");
    let files: Vec<Vec<u8>> = index
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            std::fs::read(root.join(v["file"].as_str().unwrap())).unwrap()
        })
        .collect();
    let total: usize = files.iter().map(Vec::len).sum();
    let opts = BuildOptions::default();

    println!("dockplay parser benchmark (single thread)");
    let (t, _) = time(
        || {
            for f in &files {
                black_box(parse(&String::from_utf8_lossy(f)));
            }
        },
        Duration::from_secs(2),
    );
    let secs = t.as_secs_f64();
    println!(
        "corpus parse:   {} files, {:.2} MB in {:.2} ms -> {:.1} MB/s, {:.0} files/s",
        files.len(),
        total as f64 / 1e6,
        secs * 1e3,
        total as f64 / 1e6 / secs,
        files.len() as f64 / secs
    );
    let (t, _) = time(
        || {
            for f in &files {
                black_box(analyze_bytes(f, &opts));
            }
        },
        Duration::from_secs(2),
    );
    let secs = t.as_secs_f64();
    println!(
        "corpus model:   parse + stages + ARG expansion -> {:.1} MB/s, {:.0} files/s",
        total as f64 / 1e6 / secs,
        files.len() as f64 / secs
    );

    let check_opts = dockplay::Options::default();
    let (t, _) = time(
        || {
            for f in &files {
                black_box(dockplay::analyze_file("Dockerfile", f, &check_opts));
            }
        },
        Duration::from_secs(2),
    );
    let secs = t.as_secs_f64();
    println!(
        "corpus check:   parse + model + all rules -> {:.1} MB/s, {:.0} files/s ({:.1} ms for all 611)",
        total as f64 / 1e6 / secs,
        files.len() as f64 / secs,
        secs * 1e3
    );

    // A realistic 1 MB Dockerfile: corpus files one after another (the first FROM of each starts a stage).
    let mut real = Vec::new();
    'fill: loop {
        for f in &files {
            real.extend_from_slice(f);
            real.push(b'\n');
            if real.len() >= 1 << 20 {
                break 'fill;
            }
        }
    }
    let dense = synthetic(1 << 20);
    for (label, bytes) in [
        ("1 MB corpus", real.as_slice()),
        ("1 MB dense", dense.as_bytes()),
    ] {
        let text = String::from_utf8_lossy(bytes).into_owned();
        let nodes = parse(&text).nodes.len();
        let (tp, _) = time(|| drop(black_box(parse(&text))), Duration::from_secs(1));
        let (tm, _) = time(
            || drop(black_box(analyze_bytes(bytes, &opts))),
            Duration::from_secs(1),
        );
        println!(
            "{label:<14}  {nodes:>6} instructions: parse {:.2} ms, parse + model {:.2} ms (target < 20 ms)",
            tp.as_secs_f64() * 1e3,
            tm.as_secs_f64() * 1e3
        );
    }

    let base = synthetic(20_000);
    let mut first = 0.0;
    for k in [1usize, 10, 100] {
        let s = base.repeat(k);
        let (t, _) = time(|| drop(black_box(parse(&s))), Duration::from_millis(1500));
        let per_mb = t.as_secs_f64() / (s.len() as f64 / 1e6);
        if k == 1 {
            first = per_mb;
        }
        println!(
            "growth {k:>3}x:    {:>9} bytes in {:>8.3} ms, {:.2} ms/MB, ratio to 1x {:.2}",
            s.len(),
            t.as_secs_f64() * 1e3,
            per_mb * 1e3,
            per_mb / first
        );
    }
}
