//! The editor of large files: CodeMirror ([`crate::codemirror`]), which lays out only the
//! visible lines. It keeps the textarea editor's behaviour: the same underlines and gutter
//! marks (moved along with edits until the next report), problem card, keys, fixes as one
//! undoable edit, and a jump to a picked problem.

use crate::codemirror::{self, Handle, Listeners, Start};
use crate::components::editor::{
    card_id, card_view, key_handler, replacement, use_card_drop, use_card_position, Card,
    EditorProps, Emitted, ModeProps,
};
use crate::i18n::{t, use_lang, Ui};
use crate::state::PartRange;
use dockplay::report::DiagnosticOut;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

type Shared<T> = Rc<RefCell<Option<T>>>;

/// `[from, to, severity]` of each problem, as the editor takes them (the severity as its place
/// in [`dockplay::diagnostic::Severity`], most severe first).
fn ranges(diags: &[DiagnosticOut]) -> Vec<u32> {
    diags
        .iter()
        .flat_map(|d| {
            [
                d.offset_utf16 as u32,
                d.end_offset_utf16 as u32,
                d.severity as u32,
            ]
        })
        .collect()
}

/// The card of problem `index` (or none), under its start.
fn card_at(handle: &Handle, root: &NodeRef, index: i32) -> Option<Card> {
    let index = u32::try_from(index).ok()?;
    let at = handle.anchor(index)?;
    let r = root.cast::<web_sys::Element>()?.get_bounding_client_rect();
    Some(Card {
        index: index as usize,
        at: (at[0] - r.left(), at[1] - r.top() + 2.0),
    })
}

#[component]
pub fn LargeEditor(mode: &ModeProps) -> Html {
    let props = &mode.editor;
    let lang = use_lang();
    let (root, host, card_ref) = (use_node_ref(), use_node_ref(), use_node_ref());
    let handle: Shared<Handle> = use_mut_ref(|| None);
    let card = use_state_eq(|| None::<Card>);
    let status = use_state(|| Ok::<bool, String>(false));
    use_mount(&host, &root, &handle, &card, &status, mode);
    let ready = *status == Ok(true);
    use_outside_text(&handle, ready, &mode.emitted, &props.text);
    use_problems(&handle, ready, props);
    use_parts(&handle, ready, &props.parts);
    use_pick_and_pending(&handle, props);
    use_card_position(&card_ref, &card);
    use_card_drop(&card, &props.diagnostics);
    let caret = {
        let handle = handle.clone();
        Rc::new(move || handle.borrow().as_ref().map_or(0, |h| h.caret() as usize))
    };
    let onkeydown = key_handler(caret, &card, props);
    let note = match &*status {
        Ok(true) => html! { <p class="hint">{ t(lang, Ui::LargeEditorNote) }</p> },
        Ok(false) => {
            html! { <p class="hint" role="status">{ t(lang, Ui::LargeEditorLoading) }</p> }
        }
        Err(e) => {
            html! { <p class="error-card" role="alert">{ format!("{}{e}", t(lang, Ui::LargeEditorFailed)) }</p> }
        }
    };
    html! {
        <>
            { note }
            <div class="editor large" ref={root.clone()} {onkeydown}
                aria-describedby={card.as_ref().map(|_| card_id(props.tab))}>
                <div class="cm-host" ref={host}></div>
                { card_view(&card_ref, &card, props) }
            </div>
        </>
    }
}

/// Load the module and make the editor once; destroy it when the tab goes.
#[hook]
fn use_mount(
    host: &NodeRef,
    root: &NodeRef,
    handle: &Shared<Handle>,
    card: &UseStateHandle<Option<Card>>,
    status: &UseStateHandle<Result<bool, String>>,
    mode: &ModeProps,
) {
    let listeners: Shared<Listeners> = use_mut_ref(|| None);
    let props = &mode.editor;
    let (host, root, handle, card, status) = (
        host.clone(),
        root.clone(),
        handle.clone(),
        card.clone(),
        status.clone(),
    );
    let (emitted, on_input) = (mode.emitted.clone(), props.on_input.clone());
    let on_caret = props.on_caret.clone();
    let (id, label) = (
        format!("source-{}", props.tab.id()),
        props.label.to_string(),
    );
    let (text, start) = (props.text.clone(), mode.start.clone());
    use_effect_with((), move |_| {
        let on_change = {
            let emitted = emitted.clone();
            Closure::new(move |text: String, all: bool| {
                if !emitted.is(&text) {
                    emitted.set(&text);
                    on_input.emit((text, all));
                }
            })
        };
        let caret_card = {
            let (handle, root, card) = (handle.clone(), root.clone(), card.clone());
            let on_caret = on_caret.clone();
            move |at: u32| {
                on_caret.emit(at);
                if let Some(h) = handle.borrow().as_ref() {
                    card.set(card_at(h, &root, h.problem_at_caret()));
                }
            }
        };
        let hover = {
            let (handle, root, card) = (handle.clone(), root.clone(), card.clone());
            move |index: u32| {
                if let Some(h) = handle.borrow().as_ref() {
                    card.set(card_at(h, &root, index as i32));
                }
            }
        };
        let ls = Listeners {
            on_change,
            on_caret: Closure::new(caret_card),
            on_hover: Closure::new(hover),
            on_part: Closure::new({
                let root = root.clone();
                move |index: i32| {
                    if let Some(root) = root.cast::<web_sys::Node>() {
                        crate::browser::hot_part(&root, index.try_into().ok());
                    }
                }
            }),
        };
        let (slot, handle2) = (listeners.clone(), handle.clone());
        wasm_bindgen_futures::spawn_local(async move {
            let Some(parent) = host.cast::<web_sys::Element>() else {
                return;
            };
            let paste = start.as_ref().map(|p| (&*p.before, p.from, p.to, &p.text));
            let begin = Start {
                id: &id,
                label: &label,
                text: &text,
                paste,
            };
            match codemirror::create(&parent, begin, &ls).await {
                // The tab went while the editor loaded.
                Ok(h) if !parent.is_connected() => h.destroy(),
                Ok(h) => {
                    emitted.set(&text);
                    *handle2.borrow_mut() = Some(h);
                    *slot.borrow_mut() = Some(ls);
                    status.set(Ok(true));
                }
                Err(e) => status.set(Err(e)),
            }
        });
        move || {
            if let Some(h) = handle.borrow_mut().take() {
                h.destroy();
            }
            listeners.borrow_mut().take();
        }
    });
}

/// A text from outside (a link, another lesson that is large too) replaces the editor's.
#[hook]
fn use_outside_text(handle: &Shared<Handle>, ready: bool, emitted: &Emitted, text: &Rc<str>) {
    let (handle, emitted) = (handle.clone(), emitted.clone());
    use_effect_with((text.clone(), ready), move |(text, _)| {
        if !emitted.is(text) {
            if let Some(h) = handle.borrow().as_ref() {
                h.set_text(text);
                emitted.set(text);
            }
        }
    });
}

/// The underlines of a report made from this very text (until then, the last ones move
/// along with the edits).
#[hook]
fn use_problems(handle: &Shared<Handle>, ready: bool, props: &EditorProps) {
    let handle = handle.clone();
    use_effect_with(
        (props.diagnostics.clone(), props.fresh, ready),
        move |(diags, fresh, ready)| {
            if *fresh && *ready {
                if let Some(h) = handle.borrow().as_ref() {
                    h.set_problems(&ranges(diags));
                }
            }
        },
    );
}

/// The underlines of the explained item's parts.
#[hook]
fn use_parts(handle: &Shared<Handle>, ready: bool, parts: &Rc<[PartRange]>) {
    let handle = handle.clone();
    use_effect_with((parts.clone(), ready), move |(parts, _)| {
        if let Some(h) = handle.borrow().as_ref() {
            let flat: Vec<u32> = (parts.iter())
                .flat_map(|p| [p.from_utf16, p.to_utf16, p.index as u32])
                .collect();
            h.set_parts(&flat);
        }
    });
}

/// Select a picked problem; make a pending replacement (a fix, the suggested order) as one
/// edit Ctrl+Z undoes.
#[hook]
fn use_pick_and_pending(handle: &Shared<Handle>, props: &EditorProps) {
    let tab = props.tab;
    {
        let handle = handle.clone();
        use_effect_with(props.selection, move |sel| {
            if let (Some(sel), Some(h)) = (sel, handle.borrow().as_ref()) {
                if sel.tab == tab {
                    h.select(sel.start, sel.end);
                }
            }
        });
    }
    let (handle, on_replaced) = (handle.clone(), props.on_replaced.clone());
    use_effect_with(props.pending.clone(), move |p| {
        if let (Some(p), Some(h)) = (p, handle.borrow().as_ref()) {
            if p.tab == tab {
                let (from, to, insert) = replacement(&h.text(), &p.text);
                h.replace(from, to, &insert);
                on_replaced.emit(p.nonce);
            }
        }
    });
}
