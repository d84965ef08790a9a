//! The analysis runs in a Web Worker running this same wasm module, so the page never waits for
//! it: the worker answers [`Request`]s with [`Response`]s, as JSON strings.
//! `boot.js` starts the worker and hands it to the app; `worker.js` starts [`serve`].

use crate::protocol::{answer_again, Request, Response};
use serde::{Deserialize, Serialize};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent, Worker};

/// What the page sends to learn that the worker is ready (it answers [`Reply::Ready`]).
const PING: &str = "ping";

/// What the worker posts.
#[derive(Serialize, Deserialize)]
pub enum Reply {
    /// Started: requests can be sent.
    Ready,
    Answer(Box<Response>),
    /// A request could not be read.
    Failed(String),
}

fn post(scope: &DedicatedWorkerGlobalScope, reply: &Reply) {
    if let Ok(text) = serde_json::to_string(reply) {
        let _ = scope.post_message(&JsValue::from_str(&text));
    }
}

/// The worker's side: answer every request, in order.
pub fn serve() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let me = scope.clone();
    let mut last = None;
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
        let text = e.data().as_string().unwrap_or_default();
        if text == PING {
            post(&me, &Reply::Ready);
            return;
        }
        let reply = match serde_json::from_str::<Request>(&text) {
            Ok(req) => Reply::Answer(Box::new(answer_again(&req, &mut last))),
            Err(err) => Reply::Failed(err.to_string()),
        };
        post(&me, &reply);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    post(&scope, &Reply::Ready);
}

/// The worker's handle and what waits for it to start.
struct Link {
    worker: Worker,
    ready: Cell<bool>,
    waiting: RefCell<Option<String>>,
}

impl Link {
    fn post(&self, text: &str) {
        let _ = self.worker.post_message(&JsValue::from_str(text));
    }
}

/// The page's side: sends the newest request once the worker is ready, and hands each answer
/// (or failure) to `on_reply`.
pub struct Analyser {
    link: Rc<Link>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

impl Analyser {
    /// Listen to `worker`.
    pub fn new(worker: Worker, on_reply: impl Fn(Result<Response, String>) + 'static) -> Analyser {
        let link = Rc::new(Link {
            worker,
            ready: Cell::new(false),
            waiting: RefCell::new(None),
        });
        let on_reply = Rc::new(on_reply);
        let (reply, l) = (on_reply.clone(), link.clone());
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            let text = e.data().as_string().unwrap_or_default();
            match serde_json::from_str::<Reply>(&text) {
                Ok(Reply::Ready) => {
                    l.ready.set(true);
                    if let Some(text) = l.waiting.borrow_mut().take() {
                        l.post(&text);
                    }
                }
                Ok(Reply::Answer(r)) => reply(Ok(*r)),
                Ok(Reply::Failed(why)) => reply(Err(why)),
                Err(err) => reply(Err(err.to_string())),
            }
        });
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
            let why = e
                .dyn_ref::<web_sys::ErrorEvent>()
                .map(|e| e.message())
                .filter(|m| !m.is_empty())
                .unwrap_or_else(|| "the analysis worker stopped".into());
            on_reply(Err(why));
        });
        link.worker
            .set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        link.worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        link.post(PING);
        Analyser {
            link,
            _on_message: on_message,
            _on_error: on_error,
        }
    }

    /// Send `req` (before the worker is ready, only the newest request waits).
    pub fn send(&self, req: &Request) {
        let Ok(text) = serde_json::to_string(req) else {
            return;
        };
        if self.link.ready.get() {
            self.link.post(&text);
        } else {
            *self.link.waiting.borrow_mut() = Some(text);
        }
    }
}
