//! A compose file of arbitrary bytes: load, interpolate, merge, check, normalize, the network
//! and port report, and the compose rules; the first byte splits it into two merged files.
#![no_main]

use dockplay::compose::{analyze, ComposeFile, ComposeOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let opts = dockplay::Options {
        env: vec![("TAG".into(), "1.27".into()), ("EMPTY".into(), String::new())],
        ..Default::default()
    };
    let _ = dockplay::analyze_file("compose.yaml", data, &opts);
    // Two files merged in order, as `docker compose -f a -f b`.
    let text = String::from_utf8_lossy(data);
    let cut = data.first().map_or(0, |b| *b as usize * text.len() / 256);
    let cut = (0..=cut).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
    let files = [
        ComposeFile { name: "compose.yaml".into(), text: text[..cut].to_string() },
        ComposeFile { name: "compose.override.yaml".into(), text: text[cut..].to_string() },
    ];
    let a = analyze(&files, &ComposeOptions::default());
    if let Some(p) = &a.project {
        let names = [files[0].name.clone(), files[1].name.clone()];
        let texts = [files[0].text.clone(), files[1].text.clone()];
        let net = dockplay::analysis::network::report(p, &names, &texts);
        let _ = dockplay::analysis::network::to_text(&net, true);
        let _ = dockplay::analysis::network::to_dot(&net);
    }
});
