//! The `.hadolint.yaml` reader, then a Dockerfile checked with whatever configuration it gave.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(config) = dockplay::rules::Config::from_yaml(&text) {
        let opts = dockplay::Options {
            rules: Some(config),
            ..Default::default()
        };
        let dockerfile = "FROM alpine\nLABEL version=1 org.opencontainers.image.url=x\nRUN apk add curl\nUSER root\n";
        let _ = dockplay::analyze_file("Dockerfile", dockerfile.as_bytes(), &opts);
    }
});
