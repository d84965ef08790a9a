//! The analysis runs in a Web Worker running this same wasm module, so the page never waits for
//! it: the worker answers [`Request`]s with [`Response`]s, both sent as postcard bytes (a
//! compact binary serde format: smaller and faster to read than JSON, and less code).
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

/// What the worker posts: `A` is the answer (sent by reference, received boxed).
#[derive(Serialize, Deserialize)]
pub enum Reply<A> {
    /// Started: requests can be sent.
    Ready,
    Answer(A),
    /// A request could not be read.
    Failed(String),
}

/// The bytes of a message.
fn bytes(v: &JsValue) -> Vec<u8> {
    if v.is_instance_of::<js_sys::Uint8Array>() {
        js_sys::Uint8Array::new(v).to_vec()
    } else {
        Vec::new()
    }
}

/// Post `bytes`, handing its buffer over.
fn post_bytes(post: impl Fn(&JsValue, &JsValue) -> Result<(), JsValue>, bytes: &[u8]) {
    let array = js_sys::Uint8Array::from(bytes);
    let transfer = js_sys::Array::of1(&array.buffer());
    let _ = post(&array, &transfer);
}

fn post(scope: &DedicatedWorkerGlobalScope, reply: &Reply<&Response>) {
    if let Ok(b) = postcard::to_allocvec(reply) {
        post_bytes(|m, t| scope.post_message_with_transfer(m, t), &b);
    }
}

/// The worker's side: answer every request, in order.
pub fn serve() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let me = scope.clone();
    let mut last = None;
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
        if e.data().as_string().as_deref() == Some(PING) {
            post(&me, &Reply::Ready);
            return;
        }
        let reply = match postcard::from_bytes::<Request>(&bytes(&e.data())) {
            Ok(req) => Reply::Answer(answer_again(&req, &mut last)),
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
    waiting: RefCell<Option<Vec<u8>>>,
}

impl Link {
    fn post(&self, b: &[u8]) {
        post_bytes(|m, t| self.worker.post_message_with_transfer(m, t), b);
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
            if let Some(text) = e.data().as_string() {
                // worker.js failed to start the module.
                reply(Err(text));
                return;
            }
            match postcard::from_bytes::<Reply<Response>>(&bytes(&e.data())) {
                Ok(Reply::Ready) => {
                    l.ready.set(true);
                    if let Some(b) = l.waiting.borrow_mut().take() {
                        l.post(&b);
                    }
                }
                Ok(Reply::Answer(r)) => reply(Ok(r)),
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
        link.worker
            .set_onerror(Some(on_error.as_ref().unchecked_ref()));
        let _ = link.worker.post_message(&JsValue::from_str(PING));
        Analyser {
            link,
            _on_message: on_message,
            _on_error: on_error,
        }
    }

    /// Send `req` (before the worker is ready, only the newest request waits).
    pub fn send(&self, req: &Request) {
        let Ok(b) = postcard::to_allocvec(req) else {
            return;
        };
        if self.link.ready.get() {
            self.link.post(&b);
        } else {
            *self.link.waiting.borrow_mut() = Some(b);
        }
    }
}
