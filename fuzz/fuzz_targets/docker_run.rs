//! `docker run` lines of arbitrary bytes: parsed, converted to a compose file, that file
//! converted back to docker commands and explained, so both converters meet each other's output.
#![no_main]

use dockplay::docker_run::convert::{to_compose, to_run};
use dockplay::i18n::Lang;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = dockplay::docker_run::parse(&text);
    let compose = to_compose(&text, Lang::Zh);
    let opts = dockplay::Options {
        fallback_project_name: Some("fuzz".into()),
        ..Default::default()
    };
    let back = to_run(&compose.output, "compose.yaml", &opts);
    let _ = dockplay::docker_run::parse(&back.output);
    // A compose file of arbitrary bytes converts too.
    let _ = to_run(&text, "compose.yaml", &opts);
});
