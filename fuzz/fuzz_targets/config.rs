//! The rule configuration reader (`.hadolint.yaml`, dclint's `.dclintrc`), then a Dockerfile and
//! a compose file checked with whatever configuration it gave (dclint's options included).
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
        let compose = "version: '3'\nx-a: 1\nservices:\n  web:\n    ports: [8080:80, \"443:443\"]\n    image: nginx\n    depends_on: [db, cache]\n    build: .\n  db:\n    image: postgres:latest\n    container_name: a\nname: x\n";
        let _ = dockplay::analyze_file("compose.yaml", compose.as_bytes(), &opts);
    }
});
