//! The large-file editor's JS module (`large-editor.js`, CodeMirror bundled): how it is loaded
//! (a function `boot.js` hands over, which imports the module only when first needed) and the
//! handle of one editor it makes. Offsets are UTF-16 code units, as in the report.

use crate::browser::set_prop;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

thread_local! {
    static LOADER: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
}

/// Keep the function that imports the module (called once by `run_app`).
pub fn set_loader(loader: js_sys::Function) {
    LOADER.with(|l| *l.borrow_mut() = Some(loader));
}

#[wasm_bindgen]
extern "C" {
    /// A clipboard event's `DataTransfer`, read without copying its text into wasm.
    pub type Clipboard;
    #[wasm_bindgen(method, js_name = getData)]
    fn get_data(this: &Clipboard, format: &str) -> js_sys::JsString;

    /// One editor made by the module's `create`.
    pub type Handle;
    #[wasm_bindgen(method)]
    pub fn text(this: &Handle) -> String;
    #[wasm_bindgen(method, js_name = setText)]
    pub fn set_text(this: &Handle, text: &str);
    /// Underline the problems: `[from, to, severity]` triples (severity 0 = error … 3 = style).
    #[wasm_bindgen(method, js_name = setProblems)]
    pub fn set_problems(this: &Handle, ranges: &[u32]);
    /// Underline the parts of the explained item: `[from, to, index]` triples.
    #[wasm_bindgen(method, js_name = setParts)]
    pub fn set_parts(this: &Handle, ranges: &[u32]);
    #[wasm_bindgen(method)]
    pub fn replace(this: &Handle, from: u32, to: u32, text: &str);
    #[wasm_bindgen(method)]
    pub fn select(this: &Handle, from: u32, to: u32);
    #[wasm_bindgen(method)]
    pub fn caret(this: &Handle) -> u32;
    #[wasm_bindgen(method, js_name = problemAtCaret)]
    pub fn problem_at_caret(this: &Handle) -> i32;
    /// Left and bottom of a problem's start in client pixels, when it is drawn.
    #[wasm_bindgen(method)]
    pub fn anchor(this: &Handle, index: u32) -> Option<Vec<f64>>;
    #[wasm_bindgen(method)]
    pub fn destroy(this: &Handle);
}

/// The plain text of a paste, as a JS string.
pub fn pasted_text(data: &web_sys::DataTransfer) -> js_sys::JsString {
    data.unchecked_ref::<Clipboard>().get_data("text/plain")
}

/// Start loading the module (a paste that will need it does this before the page re-renders,
/// so that the module's evaluation is a task of its own).
pub fn preload() {
    if let Some(loader) = LOADER.with(|l| l.borrow().clone()) {
        let _ = loader.call0(&JsValue::NULL);
    }
}

/// What the editor reports back.
pub struct Listeners {
    /// The new text, and whether a paste replaced all of it.
    pub on_change: Closure<dyn FnMut(String, bool)>,
    /// The caret moved.
    pub on_caret: Closure<dyn FnMut(u32)>,
    /// The pointer is over the underline of this problem.
    pub on_hover: Closure<dyn FnMut(u32)>,
    /// The pointer went over this part of the explained item (-1: off every part).
    pub on_part: Closure<dyn FnMut(i32)>,
}

/// What the editor starts with.
pub struct Start<'a> {
    pub id: &'a str,
    pub label: &'a str,
    pub text: &'a str,
    /// The text before a paste the editor makes as its first (undoable) edit: `from`, `to`, text.
    pub paste: Option<(&'a str, u32, u32, &'a js_sys::JsString)>,
}

/// Load the module (once; the browser keeps it) and make an editor in `parent`.
pub async fn create(
    parent: &web_sys::Element,
    start: Start<'_>,
    listeners: &Listeners,
) -> Result<Handle, String> {
    let loader = LOADER
        .with(|l| l.borrow().clone())
        .ok_or("the large-file editor is not available")?;
    let promise: js_sys::Promise = loader
        .call0(&JsValue::NULL)
        .map_err(|e| format!("{e:?}"))?
        .unchecked_into();
    let module = JsFuture::from(promise)
        .await
        .map_err(|e| format!("large-editor.js: {e:?}"))?;
    // The module was evaluated in the task that resolved the import: make the editor in a
    // task of its own, so that neither makes one long task.
    crate::browser::next_task().await;
    let make: js_sys::Function = js_sys::Reflect::get(&module, &JsValue::from_str("create"))
        .map_err(|e| format!("{e:?}"))?
        .dyn_into()
        .map_err(|_| "large-editor.js has no create()".to_string())?;
    let options = js_sys::Object::new();
    set_prop(&options, "id", &start.id.into());
    set_prop(&options, "label", &start.label.into());
    // With a paste, the text is the one before it and the pasted one (a JS string already):
    // the whole text is not copied across once more.
    match start.paste {
        Some((before, from, to, text)) => {
            set_prop(&options, "before", &before.into());
            let paste = js_sys::Array::of3(&from.into(), &to.into(), text);
            set_prop(&options, "paste", &paste);
        }
        None => set_prop(&options, "text", &start.text.into()),
    }
    set_prop(&options, "onChange", listeners.on_change.as_ref());
    set_prop(&options, "onCaret", listeners.on_caret.as_ref());
    set_prop(&options, "onHover", listeners.on_hover.as_ref());
    set_prop(&options, "onPart", listeners.on_part.as_ref());
    let made: js_sys::Promise = make
        .call2(&JsValue::NULL, parent, &options)
        .map_err(|e| format!("{e:?}"))?
        .unchecked_into();
    JsFuture::from(made)
        .await
        .map(JsCast::unchecked_into)
        .map_err(|e| format!("large-editor.js: {e:?}"))
}
