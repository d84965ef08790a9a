//! The source editor of a tab. Files of lesson size are edited in a native textarea
//! ([`TextareaEditor`]: IME, undo and screen readers behave as everywhere); a file past
//! [`LARGE_LINES`] lines or [`LARGE_UNITS`] characters is edited in CodeMirror
//! ([`LargeEditor`], loaded on demand), which lays out only the visible lines where a textarea
//! lays out every line on each keystroke. A paste that makes a file large switches at once, and
//! Ctrl+Z then undoes the paste. Both show the same problem card and keys: hovering an
//! underline or putting the caret on one shows its card, F8 and Shift+F8 move between problems,
//! Ctrl+. applies the fix, Escape closes the card.

use crate::components::large_editor::LargeEditor;
use crate::components::problem_card::ProblemCard;
use crate::components::textarea_editor::TextareaEditor;
use crate::rules_docs::RuleDocs;
use crate::state::{PartRange, PendingEdit, Selection, Tab};
use crate::text_eq::same_text;
use dockplay::report::DiagnosticOut;
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::HtmlElement;
use yew::prelude::*;

/// Lines past which a file is edited in the large-file editor.
pub const LARGE_LINES: usize = 2_000;
/// UTF-16 code units past which a file is edited in the large-file editor.
pub const LARGE_UNITS: usize = 120_000;

#[derive(Properties, PartialEq, Clone)]
pub struct EditorProps {
    pub tab: Tab,
    pub text: Rc<str>,
    /// Problems of this file (empty for files without a report).
    pub diagnostics: Rc<Vec<DiagnosticOut>>,
    /// Whether the problems were computed from this very text (fixes need it).
    pub fresh: bool,
    pub selection: Option<Selection>,
    pub pending: Option<PendingEdit>,
    pub docs: Option<Rc<RuleDocs>>,
    pub label: AttrValue,
    /// New text, and whether a paste replaced all of it.
    pub on_input: Callback<(String, bool)>,
    /// The pending replacement was made.
    pub on_replaced: Callback<u32>,
    /// Apply the fix of the problem with this index.
    pub on_fix: Callback<usize>,
    /// Select the problem with this index (F8).
    pub on_pick: Callback<usize>,
    /// The caret moved (a UTF-16 offset); told by typing, arrows, clicks and picks.
    #[prop_or_default]
    pub on_caret: Callback<u32>,
    /// The parts of the explained item, underlined (hovering one highlights its row in the
    /// Explain panel).
    #[prop_or_default]
    pub parts: Rc<[PartRange]>,
    /// The text cannot be changed (fixes are not offered).
    #[prop_or_default]
    pub readonly: bool,
    /// Lines (1-based) drawn highlighted.
    #[prop_or_default]
    pub highlight: Rc<[usize]>,
}

/// The text an editor last handed on: a text from the state that differs from it came from
/// outside (a lesson, a link, a reload) and is set into the editor.
#[derive(Clone, Default)]
pub struct Emitted(pub Rc<RefCell<String>>);

impl Emitted {
    /// Whether `text` is the text last handed on.
    pub fn is(&self, text: &str) -> bool {
        same_text(&self.0.borrow(), text)
    }

    /// Remember `text` as handed on (in place: no splice, no new allocation when it fits).
    pub fn set(&self, text: &str) {
        let mut e = self.0.borrow_mut();
        e.clear();
        e.push_str(text);
    }
}

impl PartialEq for Emitted {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// A paste into the textarea that makes the file large: the large-file editor starts from
/// `before` and makes the paste as its first edit, so that Ctrl+Z undoes it.
#[derive(PartialEq, Clone, Debug)]
pub struct LargePaste {
    pub before: Rc<str>,
    /// The replaced range, in UTF-16 code units.
    pub from: u32,
    pub to: u32,
    /// The pasted text, as the clipboard gave it (handed to the editor without a copy).
    pub text: js_sys::JsString,
    /// The whole text after the paste (taken by the state; empty in the editor's copy).
    pub after: String,
    /// Whether the paste replaced all of the text.
    pub replaced_all: bool,
}

/// The props of the two editors: the tab's, what was last handed on, and how a paste that
/// makes the file large is handed over (to the textarea) or started from (in the large editor).
#[derive(Properties, PartialEq)]
pub struct ModeProps {
    pub editor: EditorProps,
    pub emitted: Emitted,
    #[prop_or_default]
    pub on_large_paste: Callback<LargePaste>,
    #[prop_or_default]
    pub start: Option<LargePaste>,
}

/// Whether `text` is edited in the large-file editor.
pub fn is_large(text: &str) -> bool {
    text.len() > LARGE_UNITS && text.encode_utf16().count() > LARGE_UNITS
        || text
            .bytes()
            .filter(|&b| b == b'\n')
            .nth(LARGE_LINES)
            .is_some()
}

/// The byte offset of UTF-16 offset `units` in `text` (clamped to its end).
pub fn byte_of_utf16(text: &str, units: u32) -> usize {
    let mut seen = 0u32;
    for (i, c) in text.char_indices() {
        if seen >= units {
            return i;
        }
        seen += c.len_utf16() as u32;
    }
    text.len()
}

#[component]
pub fn Editor(props: &EditorProps) -> Html {
    let emitted = use_memo((), |_| Emitted::default());
    let large = use_mut_ref(|| false);
    let start = use_mut_ref(|| None::<LargePaste>);
    // A text that is not the last one handed on came from outside: it decides the editor.
    if !emitted.is(&props.text) {
        *large.borrow_mut() = is_large(&props.text);
        *start.borrow_mut() = None;
    }
    let on_large_paste = {
        let (emitted, large, start, on_input) = (
            (*emitted).clone(),
            large.clone(),
            start.clone(),
            props.on_input.clone(),
        );
        Callback::from(move |mut p: LargePaste| {
            let (after, all) = (std::mem::take(&mut p.after), p.replaced_all);
            emitted.set(&after);
            *large.borrow_mut() = true;
            *start.borrow_mut() = Some(p);
            on_input.emit((after, all));
        })
    };
    let editor = props.clone();
    if *large.borrow() {
        html! { <LargeEditor {editor} emitted={(*emitted).clone()} start={start.borrow().clone()} /> }
    } else {
        html! { <TextareaEditor {editor} emitted={(*emitted).clone()} {on_large_paste} /> }
    }
}

/// Where the card points: a problem, and left and top relative to the editor.
#[derive(Clone, PartialEq)]
pub struct Card {
    pub index: usize,
    pub at: (f64, f64),
}

/// Place the problem card under its underline (through the CSSOM: the CSP allows no `style`).
#[hook]
pub fn use_card_position(card_ref: &NodeRef, card: &UseStateHandle<Option<Card>>) {
    let card_ref = card_ref.clone();
    use_effect_with((**card).clone(), move |c| {
        if let (Some(c), Some(el)) = (c, card_ref.cast::<HtmlElement>()) {
            let _ = el
                .style()
                .set_property("left", &format!("{}px", c.at.0.max(0.0) as i64));
            let _ = el
                .style()
                .set_property("top", &format!("{}px", c.at.1 as i64));
        }
    });
}

/// A new report may have dropped the problem the card shows: the card goes.
#[hook]
pub fn use_card_drop(card: &UseStateHandle<Option<Card>>, diagnostics: &Rc<Vec<DiagnosticOut>>) {
    let (card, n) = (card.clone(), diagnostics.len());
    use_effect_with(diagnostics.clone(), move |_| {
        if card.as_ref().is_some_and(|c| c.index >= n) {
            card.set(None);
        }
    });
}

/// Escape closes the card, F8 and Shift+F8 go to the next and previous problem after the
/// caret (a UTF-16 offset), Ctrl+. applies the fix of the problem the card shows.
pub fn key_handler(
    caret: Rc<dyn Fn() -> usize>,
    card: &UseStateHandle<Option<Card>>,
    props: &EditorProps,
) -> Callback<KeyboardEvent> {
    let (card, diags, on_fix, on_pick, fresh) = (
        card.clone(),
        props.diagnostics.clone(),
        props.on_fix.clone(),
        props.on_pick.clone(),
        props.fresh,
    );
    Callback::from(move |e: KeyboardEvent| {
        let key = e.key();
        if key == "Escape" && card.is_some() {
            card.set(None);
        } else if key == "F8" && !diags.is_empty() {
            e.prevent_default();
            let caret = caret();
            let i = if e.shift_key() {
                diags
                    .iter()
                    .rposition(|d| d.offset_utf16 < caret)
                    .unwrap_or(diags.len() - 1)
            } else {
                diags
                    .iter()
                    .position(|d| d.offset_utf16 > caret)
                    .unwrap_or(0)
            };
            on_pick.emit(i);
        } else if key == "." && (e.ctrl_key() || e.meta_key()) {
            if let Some(c) = card.as_ref() {
                if fresh && diags.get(c.index).is_some_and(|d| d.fix.is_some()) {
                    e.prevent_default();
                    on_fix.emit(c.index);
                    card.set(None);
                }
            }
        }
    })
}

/// The card of the problem `card` points at, placed by [`use_card_position`].
pub fn card_view(
    card_ref: &NodeRef,
    card: &UseStateHandle<Option<Card>>,
    props: &EditorProps,
) -> Html {
    let Some((index, d)) = card
        .as_ref()
        .and_then(|c| props.diagnostics.get(c.index).map(|d| (c.index, d.clone())))
    else {
        return html! {};
    };
    let on_fix = {
        let (f, card) = (props.on_fix.clone(), card.clone());
        Callback::from(move |_| {
            f.emit(index);
            card.set(None);
        })
    };
    let on_close = {
        let card = card.clone();
        Callback::from(move |_| card.set(None))
    };
    html! {
        <div class="card-anchor" ref={card_ref.clone()}>
            <ProblemCard id={card_id(props.tab)} diagnostic={d} docs={props.docs.clone()}
                can_fix={props.fresh && !props.readonly} {on_fix} {on_close} />
        </div>
    }
}

/// The id of a tab's problem card (the editor is described by it while it shows).
pub fn card_id(tab: Tab) -> String {
    format!("card-{}", tab.id())
}

/// The bytes `old` and `new` share at their start and at their end (whole characters).
pub fn changed_range(old: &str, new: &str) -> (usize, usize) {
    let prefix = old
        .char_indices()
        .zip(new.chars())
        .take_while(|((_, a), b)| a == b)
        .last()
        .map_or(0, |((i, a), _)| i + a.len_utf8());
    let room = (old.len() - prefix).min(new.len() - prefix);
    let mut suffix = old
        .bytes()
        .rev()
        .zip(new.bytes().rev())
        .take(room)
        .take_while(|(a, b)| a == b)
        .count();
    while !old.is_char_boundary(old.len() - suffix) || !new.is_char_boundary(new.len() - suffix) {
        suffix -= 1;
    }
    (prefix, suffix)
}

/// The UTF-16 range of `old` a replacement by `new` touches, and the text that goes there.
pub fn replacement(old: &str, new: &str) -> (u32, u32, String) {
    let (prefix, suffix) = changed_range(old, new);
    let u16 = |s: &str| s.encode_utf16().count() as u32;
    let start = u16(&old[..prefix]);
    let end = start + u16(&old[prefix..old.len() - suffix]);
    (start, end, new[prefix..new.len() - suffix].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_replacement_touches_only_what_changed() {
        assert_eq!(changed_range("FROM a\nRUN x\n", "FROM a\nRUN y\n"), (11, 1));
        assert_eq!(changed_range("abc", "abc"), (3, 0));
        assert_eq!(changed_range("aXa", "aa"), (1, 1));
        assert_eq!(changed_range("镜像", "镜象"), (3, 0));
        let (p, s) = changed_range("aa", "aaa");
        assert_eq!(p + s, 2, "never more than the shorter text");
        assert_eq!(replacement("镜像 a", "镜像 b"), (3, 4, "b".into()));
    }

    #[test]
    fn large_files_are_told_by_lines_or_length() {
        assert!(!is_large("FROM a\nRUN b\n"));
        assert!(!is_large(&"x\n".repeat(LARGE_LINES)));
        assert!(is_large(&"x\n".repeat(LARGE_LINES + 1)));
        assert!(is_large(&"x".repeat(LARGE_UNITS + 1)));
        // Three bytes of UTF-8 but one UTF-16 unit each: not past the limit.
        assert!(!is_large(&"镜".repeat(LARGE_UNITS / 2)));
    }

    #[test]
    fn utf16_offsets_become_byte_offsets() {
        assert_eq!(byte_of_utf16("a镜b", 2), 4);
        assert_eq!(byte_of_utf16("😀b", 2), 4);
        assert_eq!(byte_of_utf16("ab", 9), 2);
    }
}
