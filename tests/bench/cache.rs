//! Cache-simulator benchmark: `cargo bench --bench cache`. No other tool answers "what re-runs?"
//! before a build, so there is no peer to compare with; instead it times the simulator over every
//! corpus Dockerfile (a code change in each) and over a chain of 100, 1,000 and 10,000 stages, with
//! the ratio to the smallest showing growth is linear.

use dockplay::analysis::cache::CacheOptions;
use dockplay::simulate_cache as simulate;
use std::hint::black_box;
use std::path::Path;
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

fn chain(stages: usize) -> String {
    let mut s = String::from("FROM alpine:3.22 AS s0\nCOPY . /src\nRUN make -C /src\n");
    for i in 1..stages {
        s.push_str(&format!(
            "FROM s{} AS s{i}\nCOPY --from=s{} /src/out /out{i}\nRUN echo {i}\n",
            i - 1,
            i - 1
        ));
    }
    s
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/dockerfiles");
    let index = std::fs::read_to_string(root.join("buildkit-dump.jsonl")).expect("corpus index");
    let files: Vec<String> = index
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            String::from_utf8_lossy(&std::fs::read(root.join(v["file"].as_str().unwrap())).unwrap())
                .into_owned()
        })
        .collect();
    let opts = CacheOptions {
        changed: vec!["app.py".into(), "src/main.go".into()],
        ..CacheOptions::default()
    };
    println!("dockplay cache simulator benchmark (single thread)");
    let t = time(
        || {
            for f in &files {
                black_box(simulate(f, &opts));
            }
        },
        Duration::from_secs(2),
    );
    println!(
        "corpus: {} Dockerfiles in {:.1} ms -> {:.0} files/s",
        files.len(),
        t.as_secs_f64() * 1e3,
        files.len() as f64 / t.as_secs_f64()
    );
    let mut base = None;
    for n in [100, 1_000, 10_000] {
        let text = chain(n);
        let t = time(
            || drop(black_box(simulate(&text, &opts))),
            Duration::from_secs(1),
        );
        let per = t.as_secs_f64() / n as f64;
        let b = *base.get_or_insert(per);
        println!(
            "{n:>6} stages: {:8.2} ms  ({:.2} µs/stage, {:.2}x the 100-stage cost per stage)",
            t.as_secs_f64() * 1e3,
            per * 1e6,
            per / b
        );
    }
}
