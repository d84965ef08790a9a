//! The dockplay playground: a Yew single-page app that calls the core through its public API.
//! One wasm module runs twice: on the page (`run_app`, the interface) and in a Web Worker
//! (`run_worker`, the analysis), so a large file never blocks typing.

// The widget's build (feature `widget`) has no `run_app`, so what only the playground's page uses
// is left out of its module; the playground's build is the one that reports dead code.
#![cfg_attr(feature = "widget", allow(dead_code))]

mod app;
mod browser;
mod codemirror;
mod components;
mod conversion;
mod engine;
mod examples;
mod explanation;
mod hooks;
mod i18n;
mod markdown;
mod picture;
mod protocol;
mod rules_docs;
mod state;
mod text_eq;
mod view;
#[cfg(feature = "widget")]
mod widget;
#[cfg(feature = "widget")]
mod widget_engine;
mod worker;

use wasm_bindgen::prelude::*;

/// Start the interface in `#app`, with the analysis worker `boot.js` started, the function
/// that imports the large-file editor's module when a file first needs it, and the URL of the
/// directory the page's files are in. (The widget's build goes without the playground's page.)
#[cfg(not(feature = "widget"))]
#[wasm_bindgen]
pub fn run_app(worker: web_sys::Worker, load_large_editor: js_sys::Function, assets: String) {
    codemirror::set_loader(load_large_editor);
    browser::set_assets(assets);
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    if let Some(root) = root {
        // The loading notice goes; the app takes its place.
        root.set_text_content(None);
        yew::Renderer::<app::App>::with_root_and_props(root, app::AppProps { worker }).render();
    }
}

/// Serve analysis requests (called in the worker).
#[wasm_bindgen]
pub fn run_worker() {
    worker::serve();
}

fn main() {}
