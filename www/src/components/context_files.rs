//! The virtual build context: the files a learner says are in the directory being built, each
//! with a "changed since the last build" tick. The cache simulation reads this list; the files
//! the Dockerfile names itself are listed too, as suggestions.

use crate::i18n::{t, use_lang, Ui};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ContextFilesProps {
    /// The files the user listed.
    pub files: Vec<String>,
    /// The files the Dockerfile's COPY/ADD sources name (from the last simulation).
    pub named: Vec<String>,
    pub changed: Vec<String>,
    pub on_toggle: Callback<String>,
    pub on_add: Callback<String>,
    pub on_remove: Callback<String>,
    pub on_rename: Callback<(String, String)>,
}

#[component]
pub fn ContextFiles(props: &ContextFilesProps) -> Html {
    let lang = use_lang();
    let input = use_node_ref();
    let add = {
        let (input, on_add) = (input.clone(), props.on_add.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(el) = input.cast::<HtmlInputElement>() {
                let v = el.value();
                if !v.trim().is_empty() {
                    on_add.emit(v);
                    el.set_value("");
                }
            }
        })
    };
    let suggested: Vec<&String> = props
        .named
        .iter()
        .filter(|f| !props.files.contains(f) && *f != "Dockerfile" && *f != ".dockerignore")
        .collect();
    html! {
        <div class="context-editor">
            <p class="hint">{ t(lang, Ui::ContextHint) }</p>
            <ul class="context-list">
                { for props.files.iter().map(|f| {
                    let changed = props.changed.contains(f);
                    let (toggle, remove, rename) = (props.on_toggle.clone(), props.on_remove.clone(), props.on_rename.clone());
                    let (a, b, c) = (f.clone(), f.clone(), f.clone());
                    html! {
                        <li class={classes!(changed.then_some("changed"))} data-file={f.clone()}>
                            <label class="tick">
                                <input type="checkbox" checked={changed} onchange={Callback::from(move |_| toggle.emit(a.clone()))} />
                                { t(lang, Ui::Changed) }
                            </label>
                            <input type="text" class="path" value={f.clone()} aria-label={format!("{} {f}", t(lang, Ui::RenameFile))}
                                onchange={Callback::from(move |e: Event| {
                                    let el: HtmlInputElement = e.target_unchecked_into();
                                    rename.emit((b.clone(), el.value()));
                                })} />
                            <button type="button" class="remove" aria-label={format!("{} {f}", t(lang, Ui::RemoveFile))}
                                onclick={Callback::from(move |_| remove.emit(c.clone()))}>{ "×" }</button>
                        </li>
                    }
                }) }
            </ul>
            <form class="add-file" onsubmit={add}>
                <input ref={input} type="text" placeholder={t(lang, Ui::AddFilePlaceholder)} aria-label={t(lang, Ui::AddFilePlaceholder)} />
                <button type="submit">{ t(lang, Ui::AddFile) }</button>
            </form>
            if !suggested.is_empty() {
                <p class="hint">{ t(lang, Ui::NamedByDockerfile) }</p>
                <ul class="suggested">
                    { for suggested.iter().map(|f| {
                        let add = props.on_add.clone();
                        let name = (*f).clone();
                        html! { <li><button type="button" class="chip-button" onclick={Callback::from(move |_| add.emit(name.clone()))}>{ format!("+ {f}") }</button></li> }
                    }) }
                </ul>
            }
        </div>
    }
}
