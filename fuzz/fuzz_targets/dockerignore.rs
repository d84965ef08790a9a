//! `.dockerignore` patterns against paths: the compiled matcher never recurses or blows up, and
//! agrees with itself on repeated questions.
#![no_main]

use dockplay::dockerignore::DockerIgnore;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (patterns, paths) = text.split_once('\0').unwrap_or((&text, "a/b/c\nsrc/app.py"));
    let ignore = DockerIgnore::parse(patterns);
    for path in paths.lines().take(64) {
        let first = ignore.excludes(path);
        assert_eq!(first, ignore.excludes(path));
        for p in patterns.lines().take(16) {
            let _ = dockplay::dockerignore::glob_match(p, path);
        }
    }
});
