//! The widget's engine: the Explain panel's explanations and the network picture, computed by
//! the widget's own module in a worker of its own (`pkg/widget-explain-worker.js`), so a page with
//! widgets downloads one engine. The playground's first load goes without this code: its
//! engine worker runs the JS package instead.

use dockplay::explain::Catalogue;
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

/// Options from their JSON (what the engine worker passes to the JS package's functions).
fn options(json: &str) -> Result<Options, JsValue> {
    serde_json::from_str(json).map_err(|e| JsValue::from_str(&format!("options: {e}")))
}

/// The explanation of `files` (a JSON array of `{ name, text }`) with `options` (JSON, as
/// `explain` of the JS package takes them): the JSON that `dockplay explain --format json` prints.
#[wasm_bindgen(js_name = engineExplain)]
pub fn engine_explain(files: &str, options_json: &str) -> Result<String, JsValue> {
    let inputs: Vec<InputFile> =
        serde_json::from_str(files).map_err(|e| JsValue::from_str(&format!("files: {e}")))?;
    let opts = options(options_json)?;
    CATALOGUE
        .with(|c| serde_json::to_string(&dockplay::explain::files(&inputs, &opts, &c.borrow())))
        .map_err(|e| JsValue::from_str(&e.to_string()))
}

/// The network picture (an SVG document) of a compose file with `options` (JSON, as
/// `networkPicture` of the JS package takes them), or `""` when the file does not load into a
/// project.
#[wasm_bindgen(js_name = enginePicture)]
pub fn engine_picture(text: &str, options_json: &str) -> Result<String, JsValue> {
    let opts = options(options_json)?;
    Ok(dockplay::network_picture("compose.yaml", text, &opts).unwrap_or_default())
}
