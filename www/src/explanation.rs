//! The explanation of the open file, from the explanation worker (`explain-worker.js`, started
//! when the Explain panel first opens). Its answer is the `explain` contract's JSON; the page
//! reads the part of it the panel shows.

use crate::browser::set_prop;
use dockplay::i18n::Lang;
use serde::Deserialize;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The worker's answer: the item around the caret, and how many items of the file were left
/// out (a file has at most 2,000).
#[derive(Deserialize, PartialEq, Debug, Default)]
pub struct ExplainedAt {
    pub item: Option<ExplainedItem>,
    #[serde(default)]
    pub omitted: usize,
}

/// An instruction, directive or compose key, and what it does in this file.
#[derive(Deserialize, PartialEq, Debug)]
pub struct ExplainedItem {
    pub line: usize,
    pub end_line: usize,
    pub offset_utf16: usize,
    pub end_offset_utf16: usize,
    pub title: String,
    pub text: String,
    pub parts: Vec<ExplainedPart>,
    pub effects: Effects,
    pub docs_url: Option<String>,
    pub findings: Vec<Finding>,
}

/// A flag, an argument or a command of an item.
#[derive(Deserialize, PartialEq, Debug)]
pub struct ExplainedPart {
    pub offset: usize,
    pub end_offset: usize,
    pub offset_utf16: usize,
    pub end_offset_utf16: usize,
    pub text: String,
    pub docs_url: Option<String>,
}

/// What the catalogue says of an item's key in general.
#[derive(Deserialize, PartialEq, Debug, Default)]
pub struct Effects {
    pub summary: Option<String>,
    pub build: Option<String>,
    pub run: Option<String>,
    pub cache: Option<String>,
    #[serde(default)]
    pub mistakes: Vec<String>,
    pub example: Option<String>,
}

/// A finding on an item's lines.
#[derive(Deserialize, PartialEq, Debug)]
pub struct Finding {
    pub rule: String,
    pub severity: String,
    pub message: String,
    pub line: usize,
}

/// The state of the explanation of the open file.
#[derive(PartialEq, Clone, Debug)]
pub enum Explanation {
    Loading,
    Ready(Rc<ExplainedAt>),
    Failed(String),
}

/// Read the worker's answer.
pub fn parse(json: &str) -> Result<ExplainedAt, String> {
    serde_json::from_str(json).map_err(|e| e.to_string())
}

/// A handler of the worker's messages.
type Listener = Closure<dyn FnMut(web_sys::MessageEvent)>;

thread_local! {
    static WORKER: RefCell<Option<web_sys::Worker>> = const { RefCell::new(None) };
    /// The id of the last request (the worker drops requests older than the newest it saw, so
    /// ids grow across the panel's openings).
    static ASKED: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    /// The worker's message handler: kept here, not in the panel, so that an answer arriving
    /// after the panel closed finds it alive (it then sets the state of a gone component,
    /// which does nothing).
    static LISTENER: RefCell<Option<Listener>> = const { RefCell::new(None) };
}

/// The explanation worker, started on first use.
fn worker() -> Result<web_sys::Worker, String> {
    WORKER.with(|w| {
        if let Some(w) = w.borrow().as_ref() {
            return Ok(w.clone());
        }
        let opts = web_sys::WorkerOptions::new();
        opts.set_type(web_sys::WorkerType::Module);
        let made = web_sys::Worker::new_with_options("explain-worker.js", &opts)
            .map_err(|e| format!("{e:?}"))?;
        *w.borrow_mut() = Some(made.clone());
        Ok(made)
    })
}

fn get(obj: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// The explanation of the item at UTF-16 offset `at` of `text` (a file named `name`) in `lang`,
/// asked again whenever they change: after a pause in typing (as the analysis is), at once
/// when only the caret moved.
#[hook]
pub fn use_explanation(name: &'static str, text: Rc<str>, lang: Lang, at: u32) -> Explanation {
    let state = use_state(|| Explanation::Loading);
    let last_text = use_mut_ref(|| None::<Rc<str>>);
    {
        let state = state.clone();
        use_effect_with((text, lang, at), move |(text, lang, at)| {
            let (text, lang, at) = (text.clone(), *lang, *at);
            let same = last_text
                .borrow()
                .as_ref()
                .is_some_and(|t| Rc::ptr_eq(t, &text));
            *last_text.borrow_mut() = Some(text.clone());
            let wait = if same { 0 } else { 300 };
            let timer = gloo_timers::callback::Timeout::new(wait, move || {
                let w = match worker() {
                    Ok(w) => w,
                    Err(e) => return state.set(Explanation::Failed(e)),
                };
                let id = ASKED.with(|n| {
                    n.set(n.get() + 1);
                    n.get()
                });
                let on_message = Listener::new({
                    let state = state.clone();
                    move |e: web_sys::MessageEvent| {
                        let data = e.data();
                        if get(&data, "id").as_f64() != Some(f64::from(ASKED.with(|n| n.get()))) {
                            return;
                        }
                        state.set(match get(&data, "json").as_string() {
                            Some(json) => parse(&json)
                                .map(|f| Explanation::Ready(Rc::new(f)))
                                .unwrap_or_else(Explanation::Failed),
                            None => Explanation::Failed(
                                get(&data, "error").as_string().unwrap_or_default(),
                            ),
                        });
                    }
                });
                w.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
                // The handler it replaces is no longer the worker's: dropping it is safe.
                LISTENER.with(|l| *l.borrow_mut() = Some(on_message));
                let file = js_sys::Object::new();
                set_prop(&file, "name", &name.into());
                set_prop(&file, "text", &(*text).into());
                let msg = js_sys::Object::new();
                set_prop(&msg, "id", &id.into());
                set_prop(&msg, "files", &js_sys::Array::of1(&file));
                set_prop(&msg, "lang", &lang.as_str().into());
                set_prop(&msg, "at", &at.into());
                let _ = w.post_message(&msg);
            });
            move || drop(timer)
        });
    }
    (*state).clone()
}
