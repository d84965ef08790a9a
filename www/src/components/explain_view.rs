//! The Explain panel: what the instruction or compose key under the caret does in this file,
//! its parts (click one to select it in the editor), what it does at build time, at run time
//! and to the build cache, common mistakes, an example, and the findings on it.

use crate::browser::hot_part;
use crate::explanation::{use_explanation, ExplainedItem, ExplainedPart, Explanation, Runs};
use crate::i18n::{lines_label, t, use_lang, Ui};
use crate::state::{PartRange, Tab};
use dockplay::i18n::Lang;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExplainViewProps {
    /// The open tab (the Dockerfile or the compose file) and its text.
    pub tab: Tab,
    pub text: Rc<str>,
    /// The caret in that tab (UTF-16 offset), when known.
    pub caret: Option<u32>,
    /// Select a range (UTF-16 offsets) in the editor.
    pub on_pick: Callback<(usize, usize)>,
    /// The parts shown, for the editor to underline.
    pub on_parts: Callback<Rc<[PartRange]>>,
}

/// The parts the panel lists (all but the keyword's, which says what the summary says), with
/// their places in the item's list.
fn shown_parts(item: &ExplainedItem) -> impl Iterator<Item = (usize, &ExplainedPart)> {
    let summary = item.effects.summary.as_ref();
    item.parts
        .iter()
        .enumerate()
        .filter(move |(_, p)| summary != Some(&p.text))
}

#[component]
pub fn ExplainView(props: &ExplainViewProps) -> Html {
    let lang = use_lang();
    let at = props.caret.unwrap_or(0);
    let explanation = use_explanation(props.tab.file_name(), props.text.clone(), lang, at);
    let args = use_state(String::new);
    // The editor underlines the parts of the item shown (none while there is none); while a
    // new answer is awaited the old parts stay.
    let parts: Option<Rc<[PartRange]>> = match &explanation {
        Explanation::Ready(answer) => Some(answer.item.as_ref().map_or_else(
            || Rc::from([]),
            |item| {
                shown_parts(item)
                    .map(|(index, p)| PartRange {
                        index,
                        from: p.offset,
                        to: p.end_offset,
                        from_utf16: p.offset_utf16 as u32,
                        to_utf16: p.end_offset_utf16 as u32,
                    })
                    .collect()
            },
        )),
        _ => None,
    };
    {
        let on_parts = props.on_parts.clone();
        use_effect_with(parts, move |parts| {
            if let Some(p) = parts {
                on_parts.emit(p.clone());
            }
        });
    }
    let body = match &explanation {
        Explanation::Loading => html! { <p class="empty">{ t(lang, Ui::ExplainLoading) }</p> },
        Explanation::Failed(why) => html! {
            <div class="error-card" role="alert"><p>{ t(lang, Ui::ExplainFailed) }<code>{ why.clone() }</code></p></div>
        },
        Explanation::Ready(answer) => match &answer.item {
            Some(item) => item_view(lang, item, &props.text, &props.on_pick, &args),
            None if answer.omitted > 0 => {
                html! { <p class="empty">{ t(lang, Ui::ExplainOmitted) }</p> }
            }
            None => html! { <p class="empty">{ t(lang, Ui::ExplainNothing) }</p> },
        },
    };
    html! {
        <section class="explain" id="explain" aria-label={t(lang, Ui::ExplainTab)}>
            <p class="hint">{ t(lang, Ui::ExplainHint) }</p>
            <div aria-live="polite">{ body }</div>
        </section>
    }
}

/// A text whose `backquoted` pieces are code.
fn with_code(text: &str) -> Html {
    if text.matches('`').count() % 2 == 1 {
        return html! { { text.to_string() } };
    }
    text.split('`')
        .enumerate()
        .map(|(i, piece)| match i % 2 {
            1 => html! { <code>{ piece.to_string() }</code> },
            _ => html! { { piece.to_string() } },
        })
        .collect()
}

/// The source text of a byte range (empty when the text changed under it).
fn source(text: &str, from: usize, to: usize) -> &str {
    text.get(from..to).unwrap_or("")
}

fn item_view(
    lang: Lang,
    item: &ExplainedItem,
    text: &str,
    on_pick: &Callback<(usize, usize)>,
    args: &UseStateHandle<String>,
) -> Html {
    let lines = lines_label(lang, item.line, item.end_line);
    let e = &item.effects;
    let parts: Vec<_> = shown_parts(item).collect();
    let effect = |label: Ui, value: &Option<String>| match value {
        Some(v) => html! { <><dt>{ t(lang, label) }</dt><dd>{ v.clone() }</dd></> },
        None => html! {},
    };
    html! {
        <article class="explain-item" id="explain-item">
            <h2><code class="explain-title">{ item.title.clone() }</code>
                <span class="explain-lines">{ lines }</span></h2>
            if let Some(s) = &e.summary { <p class="explain-summary">{ s.clone() }</p> }
            <p class="explain-text" id="explain-text">{ with_code(&item.text) }</p>
            if !parts.is_empty() {
                <h3>{ t(lang, Ui::ExplainParts) }</h3>
                <ul class="explain-parts">
                    { for parts.iter().map(|&(i, p)| {
                        let range = (p.offset_utf16, p.end_offset_utf16);
                        let onclick = { let f = on_pick.clone(); Callback::from(move |_| f.emit(range)) };
                        html! {
                            <li data-p={i.to_string()} onmouseenter={move |e: MouseEvent| hot_at(&e, Some(i))}
                                onmouseleave={|e: MouseEvent| hot_at(&e, None)}>
                                <button type="button" class="part" {onclick} onfocus={move |e: FocusEvent| hot_at(&e, Some(i))}
                                    onblur={|e: FocusEvent| hot_at(&e, None)}
                                    title={t(lang, Ui::ExplainSelectPart)}>
                                    <code>{ source(text, p.offset, p.end_offset).to_string() }</code>
                                </button>
                                <span class="part-text">{ with_code(&p.text) }</span>
                            </li>
                        }
                    }) }
                </ul>
            }
            if let Some(runs) = &item.runs { { runs_view(lang, runs, args) } }
            <dl class="explain-effects">
                { effect(Ui::ExplainBuild, &e.build) }
                { effect(Ui::ExplainRun, &e.run) }
                { effect(Ui::ExplainCache, &e.cache) }
            </dl>
            if !e.mistakes.is_empty() {
                <h3>{ t(lang, Ui::ExplainMistakes) }</h3>
                <ul class="explain-mistakes">{ for e.mistakes.iter().map(|m| html! { <li>{ m.clone() }</li> }) }</ul>
            }
            if let Some(x) = &e.example {
                <h3>{ t(lang, Ui::ExplainExample) }</h3>
                <pre class="explain-example"><code>{ x.clone() }</code></pre>
            }
            if !item.findings.is_empty() {
                <h3>{ t(lang, Ui::ExplainFindings) }</h3>
                <ul class="explain-findings">
                    { for item.findings.iter().map(|f| html! {
                        <li class={classes!(f.severity.clone())}>
                            <code>{ f.rule.clone() }</code>{ " " }{ f.message.clone() }
                            <span class="explain-lines">{ format!(" ({})", lines_label(lang, f.line, f.line)) }</span>
                        </li>
                    }) }
                </ul>
            }
            if let Some(url) = &item.docs_url {
                <p><a href={url.clone()} target="_blank" rel="noopener noreferrer" class="explain-docs">{ t(lang, Ui::ExplainDocs) }</a></p>
            }
        </article>
    }
}

/// Words as a command line: each word with a space or a quote in it is quoted.
fn command_line(words: &[String]) -> String {
    words
        .iter()
        .map(|w| {
            if w.is_empty() || w.contains([' ', '"', '\'']) {
                format!("{w:?}")
            } else {
                w.clone()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The table of what `docker run` starts with this ENTRYPOINT and CMD: without arguments,
/// with the arguments the learner types (shown as typed), and with `--entrypoint`.
fn runs_view(lang: Lang, runs: &Runs, args: &UseStateHandle<String>) -> Html {
    let typed = args.trim();
    let shown_args = if typed.is_empty() { "ARGS…" } else { typed };
    let then = |words: &[String], extra: &str| {
        let base = command_line(words);
        match (base.is_empty(), extra.is_empty()) {
            (true, _) => extra.to_string(),
            (false, true) => base,
            (false, false) => format!("{base} {extra}"),
        }
    };
    let default = if runs.default.is_empty() {
        html! { <em>{ t(lang, Ui::RunsBaseCmd) }</em> }
    } else {
        html! { <code>{ command_line(&runs.default) }</code> }
    };
    let (with_args, note) = match (&runs.entrypoint, runs.entrypoint_shell) {
        (Some(e), true) => (command_line(e), Ui::RunsShellIgnores),
        (Some(e), false) => (then(e, shown_args), Ui::RunsAppended),
        (None, _) => (shown_args.to_string(), Ui::RunsReplaced),
    };
    let oninput = {
        let args = args.clone();
        Callback::from(move |e: InputEvent| {
            args.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    html! {
        <section class="runs" id="runs">
            <h3>{ t(lang, Ui::RunsTitle) }</h3>
            <label class="runs-args">{ "docker run IMAGE " }
                <input type="text" id="run-args" value={(**args).clone()} placeholder="ARGS…" {oninput}
                    aria-label={t(lang, Ui::RunsArgsLabel)} />
            </label>
            <div class="scroll-x">
            <table class="runs-table">
                <thead><tr><th scope="col">{ t(lang, Ui::RunsYouType) }</th><th scope="col">{ t(lang, Ui::RunsStarts) }</th></tr></thead>
                <tbody>
                    <tr data-row="default"><td><code>{ "docker run IMAGE" }</code></td><td>{ default }</td></tr>
                    <tr data-row="args"><td><code>{ format!("docker run IMAGE {shown_args}") }</code></td>
                        <td><code>{ with_args }</code><p class="hint">{ t(lang, note) }</p></td></tr>
                    <tr data-row="entrypoint"><td><code>{ format!("docker run --entrypoint PROG IMAGE {shown_args}") }</code></td>
                        <td><code>{ format!("PROG {shown_args}") }</code><p class="hint">{ t(lang, Ui::RunsOverride) }</p></td></tr>
                </tbody>
            </table>
            </div>
        </section>
    }
}

/// Highlight part `index` in the view the event happened in.
fn hot_at(e: &Event, index: Option<usize>) {
    if let Some(node) = e.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok()) {
        hot_part(&node, index);
    }
}
