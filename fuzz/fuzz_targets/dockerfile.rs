//! A Dockerfile of arbitrary bytes: parse, model, every rule, the report (text, JSON, SARIF).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let opts = dockplay::Options::default();
    let file = dockplay::analyze_file("Dockerfile", data, &opts);
    let report = dockplay::report::Report {
        version: 1,
        lang: dockplay::i18n::Lang::Zh,
        files: vec![file],
    };
    let _ = report.to_json();
    let _ = dockplay::report::to_text(&report, false);
    let _ = dockplay::report::to_sarif(&report);
});
