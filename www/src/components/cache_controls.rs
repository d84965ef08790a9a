//! The build cache panel's "what if" controls: the last build (mark the current Dockerfile as
//! built, then edit it), the target stage, build arguments (their values, and whether one
//! changed since the last build), base images whose tag moved, and `--no-cache-filter`.

use crate::i18n::{stage_label, t, Ui};
use crate::protocol::Project;
use crate::state::{Action, CacheChange, State, Toast};
use dockplay::i18n::Lang;
use dockplay::report::cache::CacheReport;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The value naming a stage in `--target` and `--no-cache-filter`: its name, else its index.
fn stage_ref(name: Option<&str>, index: usize) -> String {
    name.map_or_else(|| index.to_string(), str::to_string)
}

/// Mark as built / forget, and what the comparison is against.
fn last_build(lang: Lang, p: &Project, d: &UseReducerDispatcher<State>) -> Html {
    let send = |c: CacheChange, toast: Option<Toast>| {
        let d = d.clone();
        Callback::from(move |_: MouseEvent| {
            d.dispatch(Action::Cache(c.clone()));
            if let Some(toast) = toast {
                d.dispatch(Action::Toast(toast));
            }
        })
    };
    let mark = send(CacheChange::MarkBuilt, Some(Toast::MarkedBuilt));
    html! {
        <div class={classes!("last-build", p.built.is_some().then_some("active"))} id="last-build">
            if p.built.is_some() {
                <p>{ t(lang, Ui::BuiltActive) }</p>
                <button type="button" id="mark-built" onclick={mark}>{ t(lang, Ui::MarkAgain) }</button>
                <button type="button" id="forget-built" onclick={send(CacheChange::ForgetBuilt, None)}>{ t(lang, Ui::ForgetBuilt) }</button>
            } else {
                <p>{ t(lang, Ui::BuiltNone) }</p>
                <button type="button" id="mark-built" onclick={mark}>{ t(lang, Ui::MarkBuilt) }</button>
            }
        </div>
    }
}

/// `--target`: the last stage by default, or any stage.
fn target_select(
    lang: Lang,
    p: &Project,
    r: &CacheReport,
    d: &UseReducerDispatcher<State>,
) -> Html {
    if r.stages.len() < 2 {
        return html! {};
    }
    let onchange = {
        let d = d.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            d.dispatch(Action::Cache(CacheChange::Target(
                Some(v).filter(|v| !v.is_empty()),
            )));
        })
    };
    let current = p.target.clone().unwrap_or_default();
    html! {
        <label class="setting">
            <span>{ t(lang, Ui::TargetLabel) }</span>
            <select id="cache-target" {onchange}>
                <option value="" selected={current.is_empty()}>{ t(lang, Ui::LastStage) }</option>
                // The first stages, and the chosen one (a file of thousands lists 50).
                { for r.stages.iter().enumerate().filter(|(i, st)| *i < 50 || stage_ref(st.name.as_deref(), st.index) == current).map(|(_, st)| {
                    let v = stage_ref(st.name.as_deref(), st.index);
                    html! { <option value={v.clone()} selected={v == current}>{ stage_label(lang, st.name.as_deref(), st.index) }</option> }
                }) }
            </select>
        </label>
    }
}

/// Each declared ARG: its `--build-arg` value and "changed since the last build".
fn build_args(lang: Lang, p: &Project, r: &CacheReport, d: &UseReducerDispatcher<State>) -> Html {
    if r.args.is_empty() {
        return html! {};
    }
    html! {
        <fieldset class="setting build-args">
            <legend>{ t(lang, Ui::BuildArgs) }</legend>
            { for r.args.iter().take(50).map(|a| {
                let name = a.name.clone();
                let value = p.build_args.iter().find(|(k, _)| *k == a.name).map(|(_, v)| v.clone()).unwrap_or_default();
                let placeholder = a.default.clone().map_or_else(|| t(lang, Ui::ArgUnset).to_string(), |v| format!("{} {v}", t(lang, Ui::ArgDefault)));
                // Kept in the project as it is typed: an analysis answer that re-renders the
                // panel mid-typing would otherwise reset the field to the last kept value.
                let oninput = {
                    let (d, name) = (d.clone(), name.clone());
                    Callback::from(move |e: InputEvent| {
                        let v = e.target_unchecked_into::<HtmlInputElement>().value();
                        d.dispatch(Action::Cache(CacheChange::BuildArg(name.clone(), Some(v).filter(|v| !v.is_empty()))));
                    })
                };
                let changed = p.changed_build_args.contains(&a.name);
                let toggle = {
                    let (d, name) = (d.clone(), name.clone());
                    Callback::from(move |_: Event| d.dispatch(Action::Cache(CacheChange::ToggleChangedArg(name.clone()))))
                };
                html! {
                    <div class="build-arg" data-arg={name.clone()}>
                        <label><code>{ name.clone() }</code>{ "=" }
                            <input type="text" class="arg-value" value={value} placeholder={placeholder} {oninput} aria-label={format!("--build-arg {name}")} />
                        </label>
                        <label class={classes!("arg-changed", changed.then_some("changed"))}>
                            <input type="checkbox" checked={changed} onchange={toggle} />
                            { t(lang, Ui::ArgChanged) }
                        </label>
                    </div>
                }
            }) }
        </fieldset>
    }
}

/// Toggles over a list of values, each kept in the project by `change`.
fn toggles(
    legend: &str,
    hint: Option<&str>,
    items: Vec<(String, String, bool)>,
    class: &'static str,
    change: fn(String) -> CacheChange,
    d: &UseReducerDispatcher<State>,
) -> Html {
    if items.is_empty() {
        return html! {};
    }
    html! {
        <fieldset class={classes!("setting", class)}>
            <legend>{ legend.to_string() }</legend>
            if let Some(hint) = hint { <p class="hint">{ hint.to_string() }</p> }
            { for items.into_iter().map(|(value, label, checked)| {
                let onchange = {
                    let (d, value) = (d.clone(), value.clone());
                    Callback::from(move |_: Event| d.dispatch(Action::Cache(change(value.clone()))))
                };
                html! {
                    <label class={classes!("toggle", checked.then_some("changed"))} data-value={value}>
                        <input type="checkbox" {checked} {onchange} />
                        <code>{ label }</code>
                    </label>
                }
            }) }
        </fieldset>
    }
}

/// The controls for project `p` and its cache report `r`.
pub fn cache_controls(
    lang: Lang,
    p: &Project,
    r: &CacheReport,
    d: &UseReducerDispatcher<State>,
) -> Html {
    let mut images: Vec<&str> = r
        .stages
        .iter()
        .filter(|s| s.base_stage.is_none() && !s.base.eq_ignore_ascii_case("scratch"))
        .map(|s| s.base.as_str())
        .collect();
    images.sort_unstable();
    images.dedup();
    let images = images
        .into_iter()
        .take(50)
        .map(|i| {
            (
                i.to_string(),
                i.to_string(),
                p.base_moved.iter().any(|m| m == i),
            )
        })
        .collect();
    let stages = r
        .stages
        .iter()
        .take(50)
        .map(|st| {
            let v = stage_ref(st.name.as_deref(), st.index);
            let on = p.no_cache_filter.contains(&v);
            (v, stage_label(lang, st.name.as_deref(), st.index), on)
        })
        .collect();
    html! {
        <section class="what-if" aria-label={t(lang, Ui::WhatIf)}>
            <h3>{ t(lang, Ui::WhatIf) }</h3>
            { last_build(lang, p, d) }
            { target_select(lang, p, r, d) }
            { build_args(lang, p, r, d) }
            { toggles(t(lang, Ui::BaseMoved), Some(t(lang, Ui::BaseMovedHint)), images, "base-moved", CacheChange::ToggleBaseMoved, d) }
            { toggles(t(lang, Ui::NoCacheFilter), None, stages, "no-cache", CacheChange::ToggleNoCache, d) }
        </section>
    }
}
