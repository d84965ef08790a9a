//! The layer cache simulator on arbitrary input: the bytes split into a Dockerfile, a previous
//! Dockerfile, a `.dockerignore` and changed context files (at NUL bytes).
#![no_main]

use dockplay::analysis::cache::CacheOptions;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut parts = text.split('\0');
    let dockerfile = parts.next().unwrap_or("").to_string();
    let previous = parts.next().map(String::from);
    let dockerignore = parts.next().map(String::from);
    let changed: Vec<String> = parts.next().unwrap_or("").lines().map(String::from).collect();
    let opts = CacheOptions {
        previous,
        dockerignore,
        changed: changed.clone(),
        removed: changed.iter().skip(1).step_by(3).cloned().collect(),
        added: changed.iter().step_by(4).cloned().collect(),
        build_args: vec![("A".into(), "1".into())],
        changed_build_args: vec!["A".into()],
        base_moved: vec!["*".into()],
        target: changed.first().cloned(),
        no_cache_filter: changed.get(1).cloned().into_iter().collect(),
        ..Default::default()
    };
    let report = dockplay::simulate_cache(&dockerfile, &opts);
    let _ = dockplay::report::cache::to_text(&report, "Dockerfile");
});
