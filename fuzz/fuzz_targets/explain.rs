//! Explanations of arbitrary bytes as a Dockerfile, a compose file or docker run lines (the
//! first byte chooses), in both languages, with the embedded catalogue, and their text form.
#![no_main]

use dockplay::explain::Catalogue;
use dockplay::i18n::Lang;
use dockplay::report::explain::{to_text, ExplainReport, EXPLAIN_VERSION};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else { return };
    let name = match pick % 3 {
        0 => "Dockerfile",
        1 => "compose.yaml",
        _ => "run.sh",
    };
    let lang = if pick & 0x80 == 0 { Lang::En } else { Lang::Zh };
    let opts = dockplay::Options {
        lang,
        fallback_project_name: Some("fuzz".into()),
        dockerignore: (pick & 0x40 != 0).then(|| "node_modules\n*.log\n!keep.log\n".to_string()),
        ..Default::default()
    };
    let file = dockplay::explain::file(name, rest, &opts, Catalogue::builtin());
    let text = String::from_utf8_lossy(rest).into_owned();
    let report = ExplainReport { version: EXPLAIN_VERSION, lang, files: vec![file] };
    let _ = to_text(&report, &[text], pick & 0x20 != 0);
    let _ = report.to_json();
});
