//! The app's effects, as hooks: the worker's requests and answers, the document's language
//! and colours, the rules' documentation, toasts, and the page-wide keys.

use crate::app::open_action;
use crate::browser;
use crate::i18n::{t, Ui};
use crate::protocol::Request;
use crate::rules_docs::RuleDocs;
use crate::state::{diagnostics_of, Action, State, Tab, Toast};
use dockplay::i18n::Lang;
use dockplay::report::DiagnosticOut;
use gloo_timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// How long typing must pause before the analysis runs.
const DEBOUNCE_MS: u32 = 300;

/// Talk to the analysis worker: ask for an analysis at once after a paste, a fix or a lesson,
/// else when typing pauses; hand its answers to the state; keep the last state's link.
#[hook]
pub fn use_analysis(worker: &web_sys::Worker, state: &UseReducerHandle<State>) {
    let dispatcher = state.dispatcher();
    let analyser = use_mut_ref(|| None::<crate::worker::Analyser>);
    let debounce = use_mut_ref(|| None::<Timeout>);
    let props_worker = worker.clone();
    // Start listening to the worker once.
    {
        let (analyser, worker, d) = (analyser.clone(), props_worker.clone(), dispatcher.clone());
        use_effect_with((), move |_| {
            *analyser.borrow_mut() = Some(crate::worker::Analyser::new(worker, move |r| match r {
                Ok(r) => d.dispatch(Action::Analysed(Rc::new(r))),
                Err(why) => d.dispatch(Action::WorkerFailed(why)),
            }));
        });
    }
    // Ask for an analysis: at once after a paste, a fix or a lesson, else when typing pauses.
    {
        let (analyser, debounce) = (analyser.clone(), debounce.clone());
        let (project, urgent) = (state.project.clone(), state.urgent);
        use_effect_with(
            (state.revision, state.lang, state.panel),
            move |&(id, lang, panel)| {
                // The project is copied only when the request is made.
                let req = move || Request {
                    id,
                    project: (*project).clone(),
                    lang,
                    panel: panel.id().into(),
                };
                let send = move || {
                    let req = req();
                    if let Some(a) = analyser.borrow().as_ref() {
                        a.send(req);
                    }
                };
                if urgent {
                    debounce.borrow_mut().take();
                    send();
                } else {
                    *debounce.borrow_mut() = Some(Timeout::new(DEBOUNCE_MS, send));
                }
            },
        );
    }
}

/// The playground remembers its state for the next visit (the worker made its link); a
/// widget does not.
#[hook]
pub fn use_saved_state(state: &UseReducerHandle<State>) {
    let keep = state.keep_stored;
    use_effect_with(
        state.analysis.as_ref().map(|a| a.link.clone()),
        move |link| {
            if let Some(link) = link.as_ref().filter(|_| !keep) {
                browser::save(browser::STORED_STATE, link);
            }
        },
    );
}

/// The document follows the language and the colours, and both are remembered; a toast leaves
/// after a few seconds.
#[hook]
pub fn use_document(state: &UseReducerHandle<State>) {
    // The document follows the language and the colours; both are remembered.
    use_effect_with(state.lang, |&lang| {
        browser::set_document_lang(lang, t(lang, Ui::Title));
        browser::save(browser::STORED_LANG, lang.as_str());
    });
    use_effect_with(state.theme, |&theme| {
        browser::set_theme(theme.id());
        browser::save(browser::STORED_THEME, theme.id());
    });
    use_toast_expiry(state);
}

/// A toast leaves after a few seconds.
#[hook]
pub fn use_toast_expiry(state: &UseReducerHandle<State>) {
    let d = state.dispatcher();
    let timer = use_mut_ref(|| None::<Timeout>);
    use_effect_with(state.toast, move |toast| {
        if let Some((_, n)) = *toast {
            *timer.borrow_mut() = Some(Timeout::new(4000, move || {
                d.dispatch(Action::ClearToast(n))
            }));
        }
    });
}

/// The rules' documentation in the interface language, fetched once the page is up.
#[hook]
pub fn use_rule_docs(lang: Lang) -> Option<Rc<RuleDocs>> {
    let docs = use_state(|| None::<Rc<RuleDocs>>);
    let state_lang = lang;
    // The rules' documentation, in the interface language, once the page is up.
    {
        let docs = docs.clone();
        use_effect_with(state_lang, move |&lang| {
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(json) =
                    browser::fetch_text(&browser::asset(&format!("rules.{}.json", lang.as_str())))
                        .await
                {
                    if let Some(d) = RuleDocs::parse(lang, &json) {
                        docs.set(Some(Rc::new(d)));
                    }
                }
            });
        });
    }
    (*docs).clone()
}

/// The share link (`v1/…`) of the state: the worker's, when it made it for this very state.
pub fn share_link(state: &State) -> String {
    let fresh = state
        .analysis
        .as_ref()
        .filter(|a| state.fresh() && a.lang == state.lang && a.panel == state.panel.id());
    match fresh {
        Some(a) => a.link.clone(),
        None => dockplay::share::encode(&state.project.to_share(state.lang, state.panel.id())),
    }
}

/// Copy a link to the current state (the worker's, when it is of this very state).
pub fn share_action(state: &UseReducerHandle<State>) -> Rc<dyn Fn()> {
    let state = state.clone();
    Rc::new(move || {
        let link = share_link(&state);
        if link.len() > dockplay::share::MAX_LINK {
            state.dispatch(Action::Toast(Toast::TooLargeToShare));
            return;
        }
        if let Some(url) = browser::set_hash(&link) {
            copy_then_toast(&state.dispatcher(), url, Toast::LinkCopied);
        }
    })
}

/// Copy `text` to the clipboard, then say `done` (or that the browser refused).
pub fn copy_then_toast(d: &UseReducerDispatcher<State>, text: String, done: Toast) {
    let d = d.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let ok = browser::copy(text).await;
        d.dispatch(Action::Toast(if ok { done } else { Toast::CopyFailed }));
    });
}

/// Ctrl/Cmd+S copies the link; a hash typed into the address bar opens its state.
#[hook]
pub fn use_shortcuts(share: &Rc<dyn Fn()>, state: &UseReducerHandle<State>) {
    let dispatcher = state.dispatcher();
    let share = share.clone();
    // Ctrl/Cmd+S copies the link; a hash typed into the address bar opens its state.
    {
        let current = use_mut_ref(|| None::<Rc<dyn Fn()>>);
        *current.borrow_mut() = Some(share.clone());
        let d = dispatcher.clone();
        use_effect_with((), move |_| {
            let on_key = Closure::<dyn FnMut(web_sys::KeyboardEvent)>::new(
                move |e: web_sys::KeyboardEvent| {
                    if (e.ctrl_key() || e.meta_key()) && e.key().eq_ignore_ascii_case("s") {
                        e.prevent_default();
                        if let Some(f) = current.borrow().as_ref() {
                            f();
                        }
                    }
                },
            );
            let on_hash = Closure::<dyn FnMut()>::new(move || {
                let hash = browser::hash();
                if !hash.is_empty() {
                    match dockplay::share::decode(&hash) {
                        Ok(link) => d.dispatch(open_action(&link)),
                        Err(e) => d.dispatch(Action::LinkFailed(e.message())),
                    }
                }
            });
            let w = web_sys::window();
            if let Some(w) = &w {
                let _ =
                    w.add_event_listener_with_callback("keydown", on_key.as_ref().unchecked_ref());
                let _ = w.add_event_listener_with_callback(
                    "hashchange",
                    on_hash.as_ref().unchecked_ref(),
                );
            }
            let keep = RefCell::new(Some((on_key, on_hash)));
            move || {
                if let (Some(w), Some((k, h))) = (w, keep.borrow_mut().take()) {
                    let _ = w
                        .remove_event_listener_with_callback("keydown", k.as_ref().unchecked_ref());
                    let _ = w.remove_event_listener_with_callback(
                        "hashchange",
                        h.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }
}

/// The open tab's text and its problems (the `docker run` lines' come from their conversion,
/// not from the analysis).
#[hook]
pub fn use_open_file(state: &UseReducerHandle<State>) -> (Rc<str>, Rc<Vec<DiagnosticOut>>) {
    let tab = state.tab;
    let diags = {
        let a = state.analysis.clone();
        use_memo((a.as_ref().map(|a| a.id), tab, a.is_some()), move |_| {
            diagnostics_of(&a, tab)
        })
    };
    let diags = match tab {
        Tab::DockerRun => state.run_problems.clone(),
        _ => (*diags).clone(),
    };
    let text: Rc<str> = {
        let p = state.project.clone();
        (*use_memo((p, tab), |(p, tab)| {
            Rc::<str>::from(tab.text(p).unwrap_or(""))
        }))
        .clone()
    };
    (text, diags)
}
