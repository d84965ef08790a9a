//! The editor of lesson-sized files: a native textarea (so typing, IME composition, undo and
//! screen readers behave as everywhere) over a layer that draws only the visible lines' wavy
//! underlines, with a gutter of line numbers and problem markers. A paste that makes the file
//! large is handed to the large-file editor instead ([`super::editor`]). Positions are set
//! through the CSSOM, never `style` attributes, to keep the strict CSP.

use crate::browser;
use crate::codemirror;
use crate::components::editor::{
    byte_of_utf16, card_id, card_view, key_handler, replacement, use_card_drop, use_card_position,
    Card, EditorProps, Emitted, LargePaste, ModeProps, LARGE_LINES, LARGE_UNITS,
};
use dockplay::diagnostic::Severity;
use dockplay::report::DiagnosticOut;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Height of a line in pixels (the CSS says the same: `--line-height`).
pub const LINE_HEIGHT: f64 = 20.0;
/// Padding above the first line.
const PAD_TOP: f64 = 8.0;
/// Lines drawn above and below the visible ones.
const SLACK: usize = 4;
/// Characters of a line drawn in the underline layer (longer lines are cut there).
const MAX_DRAWN: usize = 2000;

/// Byte offsets where each line starts.
fn line_starts(text: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect()
}

/// The 1-based line of a UTF-16 offset.
fn line_of_utf16(text: &str, offset: u32) -> usize {
    let mut units = 0u32;
    let mut line = 1;
    for c in text.chars() {
        if units >= offset {
            break;
        }
        units += c.len_utf16() as u32;
        if c == '\n' {
            line += 1;
        }
    }
    line
}

/// A range drawn in the underline layer: 1-based lines, 0-based columns in characters.
#[derive(Clone, Copy, PartialEq, Debug)]
struct Range {
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
}

impl Range {
    fn of(d: &DiagnosticOut) -> Range {
        Range {
            line: d.line,
            column: d.column - 1,
            end_line: d.end_line,
            end_column: d.end_column.saturating_sub(1),
        }
    }

    /// The range of bytes `from..to` of `text` (`starts`: where its lines start), if it still
    /// falls on characters of the text.
    fn of_bytes(text: &str, starts: &[usize], from: usize, to: usize) -> Option<Range> {
        let at = |b: usize| {
            let line = starts.partition_point(|&s| s <= b);
            Some((line, text.get(starts[line - 1]..b)?.chars().count()))
        };
        let ((line, column), (end_line, end_column)) = (at(from)?, at(to.max(from))?);
        Some(Range {
            line,
            column,
            end_line,
            end_column,
        })
    }

    /// The columns it covers of line `line_no` of `n` characters (an empty range covers one).
    fn on_line(&self, line_no: usize, n: usize) -> Option<(usize, usize)> {
        if self.line > line_no || self.end_line < line_no {
            return None;
        }
        let s = if self.line == line_no { self.column } else { 0 };
        let mut e = if self.end_line == line_no {
            self.end_column
        } else {
            n
        };
        if e <= s {
            e = s + 1;
        }
        let (s, e) = (s.min(n), e.min(n.max(1)));
        Some((s, e.max(s)))
    }
}

/// A run of a drawn line: its text, the problem underlining it and the part of the explained
/// item it is in (their indexes), if any.
type Run = (String, Option<usize>, Option<usize>);

/// The indexes of the `(start, end, index)` marks that cover columns `a..b` (non-empty).
fn covering(
    marks: &[(usize, usize, usize)],
    a: usize,
    b: usize,
) -> impl Iterator<Item = usize> + '_ {
    (marks.iter())
        .filter(move |&&(s, e, _)| s <= a && b <= e && a < b)
        .map(|&(_, _, i)| i)
}

/// One drawn line cut into runs at its problems' (`diags`) and parts' underlines.
fn runs(line_no: usize, line: &str, diags: &[DiagnosticOut], parts: &[(usize, Range)]) -> Vec<Run> {
    let chars: Vec<char> = line.chars().take(MAX_DRAWN).collect();
    let n = chars.len();
    let covered = |r: Range, i: usize| r.on_line(line_no, n).map(|(s, e)| (s, e, i));
    let marks: Vec<_> = (diags.iter().enumerate())
        .filter_map(|(i, d)| covered(Range::of(d), i))
        .collect();
    let in_parts: Vec<_> = (parts.iter()).filter_map(|&(i, r)| covered(r, i)).collect();
    if marks.is_empty() && in_parts.is_empty() {
        return vec![(chars.into_iter().collect(), None, None)];
    }
    let mut cuts: Vec<usize> = vec![0, n];
    for &(s, e, _) in marks.iter().chain(&in_parts) {
        cuts.push(s);
        cuts.push(e);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut out: Vec<Run> = Vec::new();
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        let problem = covering(&marks, a, b).min_by_key(|&i| diags[i].severity);
        let part = covering(&in_parts, a, b).next();
        out.push((chars[a..b.min(n)].iter().collect(), problem, part));
    }
    // A problem at the end of a line (or on an empty one) still gets a visible mark.
    for &(s, _, i) in &marks {
        if s >= n {
            out.push((" ".into(), Some(i), None));
        }
    }
    out
}

fn set_style(el: &HtmlElement, prop: &str, value: &str) {
    let _ = el.style().set_property(prop, value);
}

#[component]
pub fn TextareaEditor(mode: &ModeProps) -> Html {
    let props = &mode.editor;
    let area = use_node_ref();
    let overlay = use_node_ref();
    let gutter = use_node_ref();
    let root = use_node_ref();
    let card_ref = use_node_ref();
    // Scroll position and visible height of the textarea.
    let view = use_state(|| (0.0f64, 0.0f64, 600.0f64));
    let card = use_state(|| None::<Card>);
    let covered_all = use_mut_ref(|| false);
    let starts = use_memo(props.text.clone(), |t| line_starts(t));

    let (top, left, height) = *view;
    let first = ((top - PAD_TOP).max(0.0) / LINE_HEIGHT) as usize;
    let first = first.saturating_sub(SLACK);
    let count = (height / LINE_HEIGHT) as usize + 2 * SLACK + 2;
    let last = (first + count).min(starts.len());

    use_layer_positions(&overlay, &gutter, first, top, left);
    use_card_position(&card_ref, &card);
    let emitted = &mode.emitted;
    let (onscroll, oninput, measure) =
        scroll_and_input(&area, &view, &covered_all, emitted, &props.on_input);
    // The text first: a lesson that opens with a selection selects in its own text.
    use_text(&area, emitted, &props.text, &measure);
    use_picked_selection(&area, &view, props);
    use_pending_replacement(&area, props);
    let onpaste = paste_handler(&covered_all, &mode.on_large_paste);
    let caret_card = caret_card(&area, &root, &overlay, &card, &props.diagnostics);
    // Where the caret is (UTF-16 offset), read by the key handler and told to the explanation.
    let caret = {
        let area = area.clone();
        Rc::new(move || {
            area.cast::<HtmlTextAreaElement>()
                .and_then(|el| el.selection_start().ok().flatten())
                .unwrap_or(0) as usize
        })
    };
    let tell_caret = {
        let (caret, on_caret) = (caret.clone(), props.on_caret.clone());
        move || on_caret.emit(caret() as u32)
    };
    let onkeyup = {
        let (caret_card, tell_caret) = (caret_card.clone(), tell_caret.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.key().starts_with("Arrow")
                || matches!(e.key().as_str(), "Home" | "End" | "PageUp" | "PageDown")
            {
                caret_card();
            }
            tell_caret();
        })
    };
    let onclick = {
        let caret_card = caret_card.clone();
        Callback::from(move |_: MouseEvent| {
            caret_card();
            tell_caret();
        })
    };
    let hot = use_memo((), |_| std::cell::Cell::new(None::<usize>));
    let (onmousemove, onmouseleave) = hover_handler(&root, &overlay, &card, &hot);
    let onkeydown = key_handler(caret, &card, props);
    use_card_follow(&card, &caret_card, props);

    let diags = &props.diagnostics;
    let text = &props.text;
    let parts: Vec<(usize, Range)> = (props.parts.iter())
        .filter_map(|p| Some((p.index, Range::of_bytes(text, &starts, p.from, p.to)?)))
        .collect();
    let worst = worst_by_line(diags, first, last);
    let describedby = card.as_ref().map(|_| card_id(props.tab));
    html! {
        <div class="editor" ref={root.clone()}>
            <div class="gutter" aria-hidden="true">
                <div class="gutter-inner" ref={gutter}>
                    { for (first..last).map(|i| {
                        let sev = worst[i - first].map(|s| s.as_str());
                        let hl = props.highlight.contains(&(i + 1)).then_some("hl");
                        html! { <div class={classes!("ln", sev, hl)}>{ i + 1 }</div> }
                    }) }
                </div>
            </div>
            <div class="code">
                <div class="overlay" aria-hidden="true">
                    <div class="overlay-inner" ref={overlay.clone()}>
                        { drawn_lines(text, &starts, (first, last), diags, &parts, &props.highlight) }
                    </div>
                </div>
                <textarea
                    ref={area}
                    id={format!("source-{}", props.tab.id())}
                    class="source"
                    aria-label={props.label.clone()}
                    aria-describedby={describedby}
                    readonly={props.readonly}
                    wrap="off"
                    spellcheck="false"
                    autocomplete="off"
                    autocapitalize="off"
                    {onpaste}
                    {oninput}
                    {onscroll}
                    {onkeydown}
                    {onkeyup}
                    {onclick}
                    {onmousemove}
                    {onmouseleave}
                />
            </div>
            { card_view(&card_ref, &card, props) }
        </div>
    }
}

/// Place the underline layer and the gutter where the textarea has scrolled.
#[hook]
fn use_layer_positions(overlay: &NodeRef, gutter: &NodeRef, first: usize, top: f64, left: f64) {
    let (overlay, gutter) = (overlay.clone(), gutter.clone());
    use_effect_with(
        (first, top as i64, left as i64),
        move |&(first, top, left)| {
            let y = (first as f64 * LINE_HEIGHT) as i64 - top;
            if let Some(el) = overlay.cast::<HtmlElement>() {
                set_style(&el, "transform", &format!("translate({}px, {y}px)", -left));
            }
            if let Some(el) = gutter.cast::<HtmlElement>() {
                set_style(&el, "transform", &format!("translateY({y}px)"));
            }
        },
    );
}

/// Select a picked range and scroll to it.
#[hook]
fn use_picked_selection(
    area: &NodeRef,
    view: &UseStateHandle<(f64, f64, f64)>,
    props: &EditorProps,
) {
    let (area, view, text, tab) = (area.clone(), view.clone(), props.text.clone(), props.tab);
    use_effect_with(props.selection, move |sel| {
        if let (Some(sel), Some(el)) = (sel, area.cast::<HtmlTextAreaElement>()) {
            if sel.tab == tab {
                let _ = el.focus();
                let _ = el.set_selection_range(sel.start, sel.end);
                let line = line_of_utf16(&text, sel.start);
                let h = el.client_height() as f64;
                let target = ((line - 1) as f64 * LINE_HEIGHT - h / 3.0).max(0.0);
                el.set_scroll_top(target as i32);
                let opts = web_sys::ScrollIntoViewOptions::new();
                opts.set_block(web_sys::ScrollLogicalPosition::Nearest);
                el.scroll_into_view_with_scroll_into_view_options(&opts);
                view.set((el.scroll_top() as f64, el.scroll_left() as f64, h));
            }
        }
    });
}

/// Make a pending replacement as one edit the browser can undo.
#[hook]
fn use_pending_replacement(area: &NodeRef, props: &EditorProps) {
    let (area, on_replaced, on_input, tab) = (
        area.clone(),
        props.on_replaced.clone(),
        props.on_input.clone(),
        props.tab,
    );
    use_effect_with(props.pending.clone(), move |p| {
        if let (Some(p), Some(el)) = (p, area.cast::<HtmlTextAreaElement>()) {
            if p.tab == tab {
                let (start, end, insert) = replacement(&el.value(), &p.text);
                let _ = el.focus();
                let _ = el.set_selection_range(start, end);
                if !browser::insert_text(&insert) {
                    el.set_value(&p.text);
                    on_input.emit((p.text.clone(), false));
                }
                on_replaced.emit(p.nonce);
            }
        }
    });
}

/// The first element of `layer` matching `selector` drawn under the point `(x, y)`.
fn drawn_at(layer: &web_sys::Element, selector: &str, x: f64, y: f64) -> Option<web_sys::Element> {
    browser::elements(layer.query_selector_all(selector).ok()?).find(|m| {
        let r = m.get_bounding_client_rect();
        x >= r.left() && x <= r.right() && y >= r.top() && y <= r.bottom() + 2.0
    })
}

/// The card of the underline under the pointer, and the highlight of the explained part
/// under it (`hot`: the one highlighted; leaving the editor ends it).
fn hover_handler(
    root: &NodeRef,
    overlay: &NodeRef,
    card: &UseStateHandle<Option<Card>>,
    hot: &Rc<std::cell::Cell<Option<usize>>>,
) -> (Callback<MouseEvent>, Callback<MouseEvent>) {
    let left = root.clone();
    let (root, overlay, card, over) = (root.clone(), overlay.clone(), card.clone(), hot.clone());
    let onmousemove = Callback::from(move |e: MouseEvent| {
        let (x, y) = (e.client_x() as f64, e.client_y() as f64);
        let Some(layer) = overlay.cast::<web_sys::Element>() else {
            return;
        };
        let part =
            drawn_at(&layer, ".pm", x, y).and_then(|m| m.get_attribute("data-p")?.parse().ok());
        if part != over.get() {
            over.set(part);
            browser::hot_part(&layer, part);
        }
        let index =
            drawn_at(&layer, ".mark", x, y).and_then(|m| m.get_attribute("data-d")?.parse().ok());
        if let Some(index) = index {
            if card.as_ref().is_none_or(|c| c.index != index) {
                card.set(Some(Card {
                    index,
                    at: anchor(&root, &overlay, index).unwrap_or((8.0, 8.0)),
                }));
            }
        }
    });
    let hot = hot.clone();
    let onmouseleave = Callback::from(move |_: MouseEvent| {
        if let (Some(_), Some(root)) = (hot.take(), left.cast::<web_sys::Node>()) {
            browser::hot_part(&root, None);
        }
    });
    (onmousemove, onmouseleave)
}

/// The textarea is not re-rendered from the state while typing (setting a long value makes
/// the browser lay the whole text out again): its text is set only when the state's text is
/// not what it last typed (a lesson, a link, another tab), and the view is measured then.
#[hook]
fn use_text(area: &NodeRef, emitted: &Emitted, text: &Rc<str>, measure: &Callback<()>) {
    let (area, emitted, measure) = (area.clone(), emitted.clone(), measure.clone());
    use_effect_with(text.clone(), move |text| {
        if !emitted.is(text) {
            if let Some(el) = area.cast::<HtmlTextAreaElement>() {
                el.set_value(text);
                emitted.set(text);
                measure.emit(());
            }
        }
    });
}

/// Scrolling re-measures the view; input hands the text on (and whether a paste replaced it all).
fn scroll_and_input(
    area: &NodeRef,
    view: &UseStateHandle<(f64, f64, f64)>,
    covered_all: &Rc<std::cell::RefCell<bool>>,
    emitted: &Emitted,
    on_input: &Callback<(String, bool)>,
) -> (Callback<Event>, Callback<InputEvent>, Callback<()>) {
    let measure = {
        let (area, view) = (area.clone(), view.clone());
        move || {
            if let Some(el) = area.cast::<HtmlTextAreaElement>() {
                let v = (
                    el.scroll_top() as f64,
                    el.scroll_left() as f64,
                    el.client_height() as f64,
                );
                if v != *view {
                    view.set(v);
                }
            }
        }
    };
    let onscroll = {
        let measure = measure.clone();
        Callback::from(move |_: Event| measure())
    };
    // No layout is read here: the textarea scrolls itself, and its scroll event re-measures.
    let oninput = {
        let (cb, covered_all, emitted) = (on_input.clone(), covered_all.clone(), emitted.clone());
        Callback::from(move |e: InputEvent| {
            let el: HtmlTextAreaElement = e.target_unchecked_into();
            let pasted = e.input_type() == "insertFromPaste";
            let text = el.value();
            emitted.set(&text);
            cb.emit((text, pasted && *covered_all.borrow()));
        })
    };
    (onscroll, oninput, Callback::from(move |_: ()| measure()))
}

/// Before a paste: note whether it replaces the whole text; a paste that makes the file large
/// is not made here but handed to the large-file editor.
fn paste_handler(
    covered_all: &Rc<std::cell::RefCell<bool>>,
    on_large_paste: &Callback<LargePaste>,
) -> Callback<Event> {
    let (covered_all, on_large_paste) = (covered_all.clone(), on_large_paste.clone());
    Callback::from(move |e: Event| {
        let el: HtmlTextAreaElement = e.target_unchecked_into();
        let value = el.value();
        let len = value.encode_utf16().count() as u32;
        let (s, t) = (
            el.selection_start().ok().flatten().unwrap_or(0),
            el.selection_end().ok().flatten().unwrap_or(0),
        );
        *covered_all.borrow_mut() = len == 0 || (s == 0 && t >= len);
        let Some(data) = e
            .dyn_ref::<web_sys::ClipboardEvent>()
            .and_then(|c| c.clipboard_data())
        else {
            return;
        };
        let pasted = codemirror::pasted_text(&data);
        // Only a paste that could make the file large is looked at further.
        if pasted.length() as usize + len as usize <= LARGE_LINES.min(LARGE_UNITS) {
            return;
        }
        let pasted = if pasted.index_of("\r", 0) >= 0 {
            pasted.replace_all("\r\n", "\n")
        } else {
            pasted
        };
        let (a, b) = (byte_of_utf16(&value, s), byte_of_utf16(&value, t));
        let kept = (&value[..a], &value[b..]);
        let kept_units = len - (t - s).min(len);
        if pasted.length() <= t - s || !pasted_makes_large(kept, kept_units, &pasted) {
            return;
        }
        e.prevent_default();
        codemirror::preload();
        // The pasted text is copied into the page's memory in a task of its own: for megabytes
        // that copy is most of the paste's cost.
        let (on_large_paste, replaced_all) = (on_large_paste.clone(), *covered_all.borrow());
        wasm_bindgen_futures::spawn_local(async move {
            browser::next_task().await;
            let mut after = value[..a].to_string();
            after.push_str(&String::from(&pasted));
            after.push_str(&value[b..]);
            on_large_paste.emit(LargePaste {
                before: value.into(),
                from: s,
                to: t,
                text: pasted,
                after,
                replaced_all,
            });
        });
    })
}

/// Whether pasting `pasted` (newlines normalised) between the `kept` parts of the text, of
/// `kept_units` UTF-16 units, makes a large file
/// ([`is_large`](crate::components::editor::is_large)), read on the JS string itself.
fn pasted_makes_large(kept: (&str, &str), kept_units: u32, pasted: &js_sys::JsString) -> bool {
    if (kept_units + pasted.length()) as usize > LARGE_UNITS {
        return true;
    }
    let kept_lines = kept.0.matches('\n').count() + kept.1.matches('\n').count();
    let mut lines = kept_lines;
    let mut from = 0;
    while lines <= LARGE_LINES {
        let at = pasted.index_of("\n", from);
        if at < 0 {
            return false;
        }
        lines += 1;
        from = at + 1;
    }
    true
}

/// Show the card of the problem under the caret (or none).
fn caret_card(
    area: &NodeRef,
    root: &NodeRef,
    overlay: &NodeRef,
    card: &UseStateHandle<Option<Card>>,
    diags: &Rc<Vec<DiagnosticOut>>,
) -> Rc<dyn Fn()> {
    let (area, root, overlay, card, diags) = (
        area.clone(),
        root.clone(),
        overlay.clone(),
        card.clone(),
        diags.clone(),
    );
    Rc::new(move || {
        let Some(el) = area.cast::<HtmlTextAreaElement>() else {
            return;
        };
        let caret = el.selection_start().ok().flatten().unwrap_or(0) as usize;
        let hit = diags.iter().position(|d| {
            d.offset_utf16 <= caret && caret <= d.end_offset_utf16.max(d.offset_utf16 + 1)
        });
        let next = hit.map(|index| Card {
            index,
            at: anchor(&root, &overlay, index).unwrap_or((8.0, 8.0)),
        });
        if next != *card {
            card.set(next);
        }
    })
}

/// The card follows the caret after a pick, and goes when its problem is gone.
#[hook]
fn use_card_follow(
    card: &UseStateHandle<Option<Card>>,
    caret_card: &Rc<dyn Fn()>,
    props: &EditorProps,
) {
    let caret_card = caret_card.clone();
    use_effect_with(props.selection.map(|s| s.nonce), move |_| caret_card());
    use_card_drop(card, &props.diagnostics);
}

/// The worst severity of the problems on each line of `first..last`.
fn worst_by_line(diags: &[DiagnosticOut], first: usize, last: usize) -> Vec<Option<Severity>> {
    let mut worst: Vec<Option<Severity>> = vec![None; last.saturating_sub(first)];
    for d in diags {
        let (a, b) = (d.line.max(first + 1), d.end_line.min(last));
        for l in a..=b {
            let w = &mut worst[l - 1 - first];
            if w.is_none_or(|s| d.severity < s) {
                *w = Some(d.severity);
            }
        }
    }
    worst
}

/// Lines `first..last` of `text` with their underlines (the text itself is transparent).
fn drawn_lines(
    text: &str,
    starts: &[usize],
    (first, last): (usize, usize),
    diags: &[DiagnosticOut],
    parts: &[(usize, Range)],
    highlight: &[usize],
) -> Html {
    let line_text = |i: usize| -> &str {
        let s = starts[i];
        let e = starts.get(i + 1).map_or(text.len(), |&n| n - 1);
        text.get(s..e.max(s)).unwrap_or("")
    };
    html! {
        { for (first..last).map(|i| html! {
            <div class={classes!("line", highlight.contains(&(i + 1)).then_some("hl"))}>
                { for runs(i + 1, line_text(i), diags, parts).into_iter().map(|(t, problem, part)| html! {
                    <span class={classes!(problem.map(|k| ["mark", diags[k].severity.as_str()]), part.map(|_| "pm"))}
                        data-d={problem.map(|k| k.to_string())} data-p={part.map(|k| k.to_string())}>{ t }</span>
                }) }
                { "\u{200b}" }
            </div>
        }) }
    }
}

/// Where a problem's card goes: under its first drawn underline, relative to the editor.
fn anchor(root: &NodeRef, overlay: &NodeRef, index: usize) -> Option<(f64, f64)> {
    let root = root.cast::<web_sys::Element>()?;
    let layer = overlay.cast::<web_sys::Element>()?;
    let mark = layer
        .query_selector(&format!(".mark[data-d=\"{index}\"]"))
        .ok()
        .flatten()?;
    let (r, m) = (
        root.get_bounding_client_rect(),
        mark.get_bounding_client_rect(),
    );
    Some((m.left() - r.left(), m.bottom() - r.top() + 2.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diag(line: usize, column: usize, end_line: usize, end_column: usize) -> DiagnosticOut {
        DiagnosticOut {
            rule: "X".into(),
            name: "x".into(),
            severity: Severity::Warning,
            message: String::new(),
            help: None,
            message_i18n: Default::default(),
            help_i18n: None,
            fix: None,
            line,
            column,
            end_line,
            end_column,
            column_utf16: column,
            end_column_utf16: end_column,
            offset: 0,
            end_offset: 0,
            offset_utf16: 0,
            end_offset_utf16: 0,
        }
    }

    #[test]
    fn runs_cut_a_line_at_its_underlines() {
        let d = [diag(1, 6, 1, 9)];
        let r = runs(1, "FROM abc:1", &d, &[]);
        assert_eq!(
            r,
            [
                ("FROM ".into(), None, None),
                ("abc".into(), Some(0), None),
                (":1".into(), None, None)
            ]
        );
        assert_eq!(
            runs(2, "x", &d, &[]),
            [("x".into(), None, None)],
            "other lines are plain"
        );
    }

    #[test]
    fn multi_line_and_empty_ranges_are_still_drawn() {
        let d = [diag(1, 3, 3, 2)];
        assert_eq!(runs(2, "ab", &d, &[]), [("ab".into(), Some(0), None)]);
        assert_eq!(
            runs(3, "xyz", &d, &[]),
            [("x".into(), Some(0), None), ("yz".into(), None, None)]
        );
        let eol = [diag(1, 4, 1, 4)];
        assert_eq!(
            runs(1, "abc", &eol, &[]).last().unwrap(),
            &(" ".into(), Some(0), None)
        );
    }

    #[test]
    fn wide_characters_count_as_one_column() {
        let d = [diag(1, 3, 1, 5)];
        assert_eq!(
            runs(1, "镜像名称x", &d, &[])[1],
            ("名称".into(), Some(0), None)
        );
    }

    #[test]
    fn parts_are_cut_with_the_problems_they_overlap() {
        let text = "FROM a\nRUN apt-get install -y curl\n";
        let starts = line_starts(text);
        let at = |s: &str| text.find(s).unwrap();
        let y = Range::of_bytes(text, &starts, at("-y"), at("-y") + 2).unwrap();
        assert_eq!((y.line, y.column, y.end_line, y.end_column), (2, 20, 2, 22));
        let curl = Range::of_bytes(text, &starts, at("curl"), at("curl") + 4).unwrap();
        // A problem over "install -y": the part "-y" is inside it.
        let d = [diag(2, 13, 2, 23)];
        let r = runs(2, "RUN apt-get install -y curl", &d, &[(3, y), (4, curl)]);
        assert_eq!(
            r,
            [
                ("RUN apt-get ".into(), None, None),
                ("install ".into(), Some(0), None),
                ("-y".into(), Some(0), Some(3)),
                (" ".into(), None, None),
                ("curl".into(), None, Some(4)),
            ]
        );
        assert_eq!(
            Range::of_bytes("镜像x", &line_starts("镜像x"), 1, 3),
            None,
            "a range that does not fall on characters (the text changed) is not drawn"
        );
        let wide = Range::of_bytes("镜像x", &line_starts("镜像x"), 6, 7).unwrap();
        assert_eq!((wide.column, wide.end_column), (2, 3));
    }

    #[test]
    fn lines_are_found_by_utf16_offset() {
        assert_eq!(line_of_utf16("a\nb\nc", 0), 1);
        assert_eq!(line_of_utf16("a\nb\nc", 2), 2);
        assert_eq!(line_of_utf16("😀\nb", 3), 2);
        assert_eq!(line_starts("a\nbc\n"), [0, 2, 5]);
    }
}
