//! The analysis runs in a Web Worker running this same wasm module, so the page never waits for
//! it: the worker answers [`Request`]s with [`Response`]s, both sent as postcard bytes (a
//! compact binary serde format: smaller and faster to read than JSON, and less code).
//! `boot.js` starts the worker and hands it to the app; `worker.js` starts [`serve`].

use crate::protocol::{answer_again, Project, Request, Response};
use serde::{Deserialize, Serialize};
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};
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

fn post(scope: &DedicatedWorkerGlobalScope, client: u32, reply: &Reply<&Response>) {
    if let Ok(b) = postcard::to_allocvec(&(client, reply)) {
        post_bytes(|m, t| scope.post_message_with_transfer(m, t), &b);
    }
}

/// The worker's side: answer every request, in order. Each request comes with the number of
/// the page's analyser that sent it (the widgets of a page share one worker), and its answer
/// goes back with it; each analyser's last answer is kept for [`answer_again`].
pub fn serve() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let me = scope.clone();
    let mut last: Vec<(u32, Option<(Project, Response)>)> = Vec::new();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
        if e.data().as_string().as_deref() == Some(PING) {
            post(&me, 0, &Reply::Ready);
            return;
        }
        let bytes = bytes(&e.data());
        match postcard::from_bytes::<Sent>(&bytes) {
            Ok(Sent::Request(client, req)) => {
                let i = match last.iter().position(|(c, _)| *c == client) {
                    Some(i) => i,
                    None => {
                        last.push((client, None));
                        last.len() - 1
                    }
                };
                post(
                    &me,
                    client,
                    &Reply::Answer(answer_again(&req, &mut last[i].1)),
                );
            }
            Ok(Sent::Gone(client)) => last.retain(|(c, _)| *c != client),
            Err(err) => post(&me, ANY, &Reply::Failed(err.to_string())),
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    post(&scope, 0, &Reply::Ready);
}

/// What the page sends the worker.
#[derive(Serialize, Deserialize)]
enum Sent {
    /// Analyser `n`'s request.
    Request(u32, Box<Request>),
    /// Analyser `n` is gone: its last answer can go.
    Gone(u32),
}

/// The analyser number of a reply meant for every analyser (a request that could not be read).
const ANY: u32 = u32::MAX;

type OnReply = Rc<dyn Fn(Result<Response, String>)>;

/// The page's one link to the worker, shared by its analysers (the playground has one; a page
/// of widgets has one per widget).
struct Hub {
    worker: Worker,
    ready: Cell<bool>,
    /// Each analyser's newest request made before the worker was ready.
    waiting: RefCell<Vec<(u32, Vec<u8>)>>,
    analysers: RefCell<Vec<(u32, OnReply)>>,
    next: Cell<u32>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

thread_local! {
    static HUB: RefCell<Option<Rc<Hub>>> = const { RefCell::new(None) };
}

impl Hub {
    fn post(&self, b: &[u8]) {
        post_bytes(|m, t| self.worker.post_message_with_transfer(m, t), b);
    }

    /// Hand `reply` to analyser `client`.
    fn reply(&self, client: u32, reply: Result<Response, String>) {
        let to = (self.analysers.borrow().iter())
            .find(|(c, _)| *c == client)
            .map(|(_, f)| f.clone());
        if let Some(f) = to {
            f(reply);
        }
    }

    /// Tell every analyser why the worker cannot answer.
    fn fail_all(&self, why: String) {
        let all: Vec<OnReply> = self
            .analysers
            .borrow()
            .iter()
            .map(|(_, f)| f.clone())
            .collect();
        for f in all {
            f(Err(why.clone()));
        }
    }

    /// What came from the worker.
    fn receive(&self, e: MessageEvent) {
        if let Some(text) = e.data().as_string() {
            // worker.js failed to start the module.
            return self.fail_all(text);
        }
        match postcard::from_bytes::<(u32, Reply<Response>)>(&bytes(&e.data())) {
            Ok((_, Reply::Ready)) => {
                self.ready.set(true);
                for (_, b) in self.waiting.take() {
                    self.post(&b);
                }
            }
            Ok((client, Reply::Answer(r))) => self.reply(client, Ok(r)),
            Ok((ANY, Reply::Failed(why))) => self.fail_all(why),
            Ok((client, Reply::Failed(why))) => self.reply(client, Err(why)),
            Err(err) => self.fail_all(err.to_string()),
        }
    }

    /// The worker stopped.
    fn failed(&self, e: web_sys::Event) {
        let why = e
            .dyn_ref::<web_sys::ErrorEvent>()
            .map(|e| e.message())
            .filter(|m| !m.is_empty())
            .unwrap_or_else(|| "the analysis worker stopped".into());
        self.fail_all(why);
    }

    /// The hub of `worker`, made and listening on first use.
    fn of(worker: Worker) -> Rc<Hub> {
        HUB.with(|h| {
            if let Some(hub) = h.borrow().as_ref().filter(|hub| hub.worker == worker) {
                return hub.clone();
            }
            let hub = Rc::new_cyclic(|me: &Weak<Hub>| {
                let (m, f) = (me.clone(), me.clone());
                Hub {
                    worker: worker.clone(),
                    ready: Cell::new(false),
                    waiting: RefCell::new(Vec::new()),
                    analysers: RefCell::new(Vec::new()),
                    next: Cell::new(0),
                    _on_message: Closure::new(move |e: MessageEvent| {
                        if let Some(hub) = m.upgrade() {
                            hub.receive(e);
                        }
                    }),
                    _on_error: Closure::new(move |e: web_sys::Event| {
                        if let Some(hub) = f.upgrade() {
                            hub.failed(e);
                        }
                    }),
                }
            });
            hub.worker
                .set_onmessage(Some(hub._on_message.as_ref().unchecked_ref()));
            hub.worker
                .set_onerror(Some(hub._on_error.as_ref().unchecked_ref()));
            let _ = hub.worker.post_message(&JsValue::from_str(PING));
            *h.borrow_mut() = Some(hub.clone());
            hub
        })
    }
}

/// One view's side of the worker: sends its newest request once the worker is ready, and hands
/// each answer to it (or failure) to `on_reply`.
pub struct Analyser {
    hub: Rc<Hub>,
    client: u32,
}

impl Analyser {
    /// Listen to `worker` (shared with the page's other analysers).
    pub fn new(worker: Worker, on_reply: impl Fn(Result<Response, String>) + 'static) -> Analyser {
        let hub = Hub::of(worker);
        let client = hub.next.get();
        hub.next.set(client + 1);
        hub.analysers.borrow_mut().push((client, Rc::new(on_reply)));
        Analyser { hub, client }
    }

    /// Send `req` (before the worker is ready, only the newest request waits).
    pub fn send(&self, req: Request) {
        let Ok(b) = postcard::to_allocvec(&Sent::Request(self.client, Box::new(req))) else {
            return;
        };
        if self.hub.ready.get() {
            self.hub.post(&b);
        } else {
            let mut waiting = self.hub.waiting.borrow_mut();
            waiting.retain(|(c, _)| *c != self.client);
            waiting.push((self.client, b));
        }
    }
}

impl Drop for Analyser {
    fn drop(&mut self) {
        (self.hub.analysers.borrow_mut()).retain(|(c, _)| *c != self.client);
        self.hub
            .waiting
            .borrow_mut()
            .retain(|(c, _)| *c != self.client);
        if let Ok(b) = postcard::to_allocvec(&Sent::Gone(self.client)) {
            self.hub.post(&b);
        }
    }
}
