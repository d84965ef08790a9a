//! The engine worker (`explain-worker.js`), started the first time a panel needs it (the Explain
//! panel, the `docker run` tab, the network picture), so it is not part of the first load: in the
//! playground it runs the core's JS package from `pkg/`, in a widget
//! (`widget-explain-worker.js`) the widget's own module ([`set_module`], `widget-engine.js`).
//! Requests go on named channels, each made by an asker (one panel of the playground
//! or of a widget: [`use_asker`]); the worker answers each asker's newest request only, and the
//! page keeps one handler per asker (an answer that arrives after its panel closed finds its
//! handler alive, and setting the state of a gone component does nothing).

use crate::browser::set_prop;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// What a channel's handler gets: the answer's JSON, or why there is none.
pub type Answer = Result<String, String>;

/// What a panel has of the engine's answer to its latest request.
#[derive(PartialEq, Debug)]
pub enum Fetched<T> {
    Loading,
    Ready(Rc<T>),
    Failed(String),
}

impl<T> Clone for Fetched<T> {
    fn clone(&self) -> Self {
        match self {
            Fetched::Loading => Fetched::Loading,
            Fetched::Ready(x) => Fetched::Ready(x.clone()),
            Fetched::Failed(e) => Fetched::Failed(e.clone()),
        }
    }
}

/// An answer read with `parse` into what a panel shows.
pub fn answered<T>(answer: Answer, parse: impl Fn(&str) -> Result<T, String>) -> Fetched<T> {
    match answer.and_then(|json| parse(&json)) {
        Ok(x) => Fetched::Ready(Rc::new(x)),
        Err(e) => Fetched::Failed(e),
    }
}

type Handler = Rc<dyn Fn(Answer)>;

/// The worker's message handler.
type Listener = Closure<dyn FnMut(web_sys::MessageEvent)>;

thread_local! {
    static WORKER: RefCell<Option<web_sys::Worker>> = const { RefCell::new(None) };
    /// The last request id (ids grow across channels and panel openings).
    static ASKED: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    /// Each asker's newest request id and its handler, by the asker's key.
    static CHANNELS: RefCell<HashMap<Rc<str>, (u32, Handler)>> = RefCell::new(HashMap::new());
    /// The number of the last asker made.
    static ASKERS: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    /// The worker's one message handler, dispatching to the channels.
    static LISTENER: RefCell<Option<Listener>> = const { RefCell::new(None) };
}

#[cfg(feature = "widget")]
thread_local! {
    /// The compiled module the worker starts from (the widget's own module: nothing is fetched
    /// twice); the playground's worker loads the JS package's instead.
    static MODULE: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

/// Start the worker, when it is first needed, from `module` (a `WebAssembly.Module`).
#[cfg(feature = "widget")]
pub fn set_module(module: JsValue) {
    MODULE.with(|m| *m.borrow_mut() = Some(module));
}

fn get(obj: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// Hand an answer to its channel's handler if it answers that channel's newest request.
fn dispatch(e: web_sys::MessageEvent) {
    let data = e.data();
    let (Some(key), Some(id)) = (get(&data, "key").as_string(), get(&data, "id").as_f64()) else {
        return;
    };
    let handler = CHANNELS.with(|c| {
        c.borrow()
            .get(key.as_str())
            .filter(|(newest, _)| f64::from(*newest) == id)
            .map(|(_, h)| h.clone())
    });
    if let Some(h) = handler {
        h(match get(&data, "json").as_string() {
            Some(json) => Ok(json),
            None => Err(get(&data, "error").as_string().unwrap_or_default()),
        });
    }
}

/// The worker's script: the playground's runs the JS package, the widget's its own module.
const SCRIPT: &str = if cfg!(feature = "widget") {
    "widget-explain-worker.js"
} else {
    "explain-worker.js"
};

/// The worker, started on first use.
fn worker() -> Result<web_sys::Worker, String> {
    WORKER.with(|w| {
        if let Some(w) = w.borrow().as_ref() {
            return Ok(w.clone());
        }
        let opts = web_sys::WorkerOptions::new();
        opts.set_type(web_sys::WorkerType::Module);
        let made = web_sys::Worker::new_with_options(&crate::browser::asset(SCRIPT), &opts)
            .map_err(|e| format!("{e:?}"))?;
        #[cfg(feature = "widget")]
        if let Some(module) = MODULE.with(|m| m.borrow().clone()) {
            made.post_message(&module).map_err(|e| format!("{e:?}"))?;
        }
        let listener = Closure::new(dispatch);
        made.set_onmessage(Some(listener.as_ref().unchecked_ref()));
        LISTENER.with(|l| *l.borrow_mut() = Some(listener));
        *w.borrow_mut() = Some(made.clone());
        Ok(made)
    })
}

/// The key of one asker on `channel` (a panel of one playground or widget): each asker's newest
/// request is answered, whatever the others ask.
#[yew::hook]
pub fn use_asker(channel: &'static str) -> Asker {
    (*yew::use_memo((), move |_| {
        let n = ASKERS.with(|n| {
            n.set(n.get() + 1);
            n.get()
        });
        Asker {
            channel,
            key: format!("{channel}/{n}").into(),
        }
    }))
    .clone()
}

/// Who asks on a channel: its name and the asker's own key.
#[derive(Clone, PartialEq)]
pub struct Asker {
    channel: &'static str,
    key: Rc<str>,
}

/// Send `fields` on the asker's channel (the id, the channel and the key are added);
/// `on_answer` gets the answer, unless the asker sent a newer request first.
pub fn ask(asker: &Asker, fields: &[(&str, JsValue)], on_answer: impl Fn(Answer) + 'static) {
    let w = match worker() {
        Ok(w) => w,
        Err(e) => return on_answer(Err(e)),
    };
    let id = ASKED.with(|n| {
        n.set(n.get() + 1);
        n.get()
    });
    CHANNELS.with(|c| {
        c.borrow_mut()
            .insert(asker.key.clone(), (id, Rc::new(on_answer)))
    });
    let msg = js_sys::Object::new();
    set_prop(&msg, "id", &id.into());
    set_prop(&msg, "channel", &asker.channel.into());
    set_prop(&msg, "key", &(*asker.key).into());
    for (k, v) in fields {
        set_prop(&msg, k, v);
    }
    let _ = w.post_message(&msg);
}
