//! The widget's engine: the Explain panel's explanations and the network picture, computed by
//! the widget's own module in a worker of its own (`pkg/widget-explain-worker.js`), so a page with
//! widgets downloads one engine. The playground's first load goes without this code: its
//! engine worker runs the JS package instead.

use dockplay::explain::Catalogue;
use dockplay::i18n::Lang;
use dockplay::{InputFile, Options};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

thread_local! {
    /// The catalogue of the language loaded last.
    static CATALOGUE: RefCell<Catalogue> = RefCell::new(Catalogue::default());
}

/// Load a catalogue file's JSON (`catalogue.<lang>.json`) in place of the one loaded before;
/// returns the number of entries.
#[wasm_bindgen(js_name = engineCatalogue)]
pub fn engine_catalogue(json: &str) -> Result<usize, JsValue> {
    let mut cat = Catalogue::default();
    let n = cat
        .add_json(json)
        .map_err(|e| JsValue::from_str(&format!("catalogue: {e}")))?;
    CATALOGUE.with(|c| *c.borrow_mut() = cat);
    Ok(n)
}

/// The explanation of `files` (a JSON array of `{ name, text }`) in the language `lang_code`:
/// the JSON that `dockplay explain --format json` prints.
#[wasm_bindgen(js_name = engineExplain)]
pub fn engine_explain(files: &str, lang_code: &str) -> Result<String, JsValue> {
    let inputs: Vec<InputFile> =
        serde_json::from_str(files).map_err(|e| JsValue::from_str(&format!("files: {e}")))?;
    let opts = Options {
        lang: Lang::parse(lang_code).unwrap_or_default(),
        ..Options::default()
    };
    CATALOGUE
        .with(|c| serde_json::to_string(&dockplay::explain::files(&inputs, &opts, &c.borrow())))
        .map_err(|e| JsValue::from_str(&e.to_string()))
}

/// The network picture (an SVG document) of a compose file with the `KEY=VALUE` variables
/// `env` (a JSON array of strings), or `""` when the file does not load into a project.
#[wasm_bindgen(js_name = enginePicture)]
pub fn engine_picture(text: &str, env: &str, lang_code: &str) -> Result<String, JsValue> {
    let env: Vec<String> =
        serde_json::from_str(env).map_err(|e| JsValue::from_str(&format!("env: {e}")))?;
    let opts = Options {
        lang: Lang::parse(lang_code).unwrap_or_default(),
        env: env.iter().map(|s| dockplay::pairs::parse_pair(s)).collect(),
        fallback_project_name: Some("myapp".into()),
        ..Options::default()
    };
    Ok(dockplay::network_picture("compose.yaml", text, &opts).unwrap_or_default())
}
