//! "What re-runs if I change…": the stages as a graph, the what-if controls (context files
//! changed, added or removed; the last build; target, build arguments, moved base images,
//! `--no-cache-filter`), each stage's steps as a chain with its cache status and reason
//! (clicking a step selects its line), the reordering suggestion with a button that applies it,
//! the final image's layers and the simulated BuildKit log.

use crate::components::cache_controls::cache_controls;
use crate::components::problems::PAGE;
use crate::components::stage_graph::stage_graph;
use crate::i18n::{stage_label, t, use_lang, Ui};
use crate::protocol::{Project, Shared};
use crate::state::{Action, CacheChange, FileChange, State, Tab, Toast};
use dockplay::analysis::cache::{LayerKind, Status};
use dockplay::i18n::Lang;
use dockplay::report::cache::{CacheReport, StepOut};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CacheViewProps {
    /// The answer whose cache simulation is shown (it has one).
    pub answer: Shared,
    /// The files and build settings (the context files the user listed stay listed when
    /// unticked).
    pub project: Rc<Project>,
    /// Steps not sent by the worker (over its cap).
    pub omitted: usize,
    /// Marks files changed, adds them, applies the suggested order (a dispatcher, unlike
    /// callbacks, is the same at every render, so an unchanged panel is not rendered again).
    pub dispatch: UseReducerDispatcher<State>,
    /// The Dockerfile cannot be changed (the suggested order is shown, not offered).
    #[prop_or_default]
    pub readonly: bool,
}

fn status_label(lang: Lang, s: Status) -> &'static str {
    match (lang, s) {
        (Lang::En, Status::Cached) => "cached",
        (Lang::En, Status::Maybe) => "maybe",
        (Lang::En, Status::Rebuilt) => "re-runs",
        (Lang::En, Status::Skipped) => "skipped",
        (Lang::Zh, Status::Cached) => "命中缓存",
        (Lang::Zh, Status::Maybe) => "可能重建",
        (Lang::Zh, Status::Rebuilt) => "重新执行",
        (Lang::Zh, Status::Skipped) => "跳过",
    }
}

fn status_class(s: Status) -> &'static str {
    match s {
        Status::Cached => "cached",
        Status::Maybe => "maybe",
        Status::Rebuilt => "rebuilt",
        Status::Skipped => "skipped",
    }
}

/// One step: its status, line (a button selecting it in the editor), instruction and reason.
fn step_view(lang: Lang, s: &StepOut, go: &Callback<usize>) -> Html {
    let class = status_class(s.status);
    let line = s.line;
    let onclick = {
        let go = go.clone();
        Callback::from(move |_: MouseEvent| go.emit(line))
    };
    html! {
        <li class={classes!("step", class)} data-line={s.line.to_string()} data-status={class}>
            <span class={classes!("status", class)}>{ status_label(lang, s.status) }</span>
            <button type="button" class="pos" {onclick} aria-label={crate::i18n::go_to_line(lang, s.line)}>{ s.line }</button>
            <code class="instr">{ s.instruction.clone() }</code>
            if s.status != Status::Skipped {
                if let Some(reason) = &s.reason_i18n {
                    <span class="reason">{ reason.get(lang).to_string() }</span>
                }
            }
        </li>
    }
}

/// Each stage's steps as a chain, the first `limit` steps in all.
fn chains_view(lang: Lang, r: &CacheReport, limit: usize, go: &Callback<usize>) -> Html {
    let mut room = limit;
    let many = r.stages.len() > 1;
    html! {
        <div class="chains">
            // At most `limit` steps and `limit` stages (a file of thousands of empty stages).
            { for r.stages.iter().take(limit).map(|st| {
                let take = st.steps.len().min(room);
                room -= take;
                if take == 0 && (room == 0 || !st.steps.is_empty()) {
                    return html! {};
                }
                let target = r.target == Some(st.index);
                html! {
                    <section class={classes!("chain", (!st.reachable).then_some("unused"), target.then_some("target"))} data-stage={st.index.to_string()}>
                        if many {
                            <h4>
                                { stage_label(lang, st.name.as_deref(), st.index) }
                                <code class="base">{ st.base.clone() }</code>
                                if target { <span class="tag">{ t(lang, Ui::TargetStage) }</span> }
                                if !st.reachable { <span class="tag">{ t(lang, Ui::StageUnused) }</span> }
                            </h4>
                        }
                        <ol class="steps">
                            { for st.steps.iter().take(take).map(|s| step_view(lang, s, go)) }
                        </ol>
                    </section>
                }
            }) }
        </div>
    }
}

/// The final image's history: base, layers and configuration-only entries.
fn layers_view(
    lang: Lang,
    r: &CacheReport,
    go: &Callback<usize>,
    open: &UseStateHandle<bool>,
) -> Html {
    if r.layers.is_empty() {
        return html! {};
    }
    let adds = r
        .layers
        .iter()
        .filter(|l| l.kind == LayerKind::Layer)
        .count();
    html! {
        <section class="layers" id="image-layers">
            { disclosure(open, html! { <>{ t(lang, Ui::LayersTitle) }{ " " }<span class="count">{ crate::i18n::layer_count(lang, adds, r.layers.len()) }</span></> }) }
            if **open {
            <p class="hint">{ t(lang, Ui::LayersHint) }</p>
            <ol>
                { for r.layers.iter().take(PAGE).map(|l| {
                    let (kind, label) = match l.kind {
                        LayerKind::Base => ("base", t(lang, Ui::LayerBase)),
                        LayerKind::Layer => ("layer", t(lang, Ui::LayerLayer)),
                        LayerKind::Config => ("config", t(lang, Ui::LayerConfig)),
                    };
                    let line = l.line;
                    let go = go.clone();
                    html! {
                        <li class={classes!("image-layer", kind)} data-line={l.line.to_string()} data-kind={kind}>
                            <span class={classes!("kind", kind)}>{ label }</span>
                            <button type="button" class="pos" onclick={Callback::from(move |_: MouseEvent| go.emit(line))}
                                aria-label={crate::i18n::go_to_line(lang, l.line)}>{ l.line }</button>
                            <code>{ l.instruction.clone() }</code>
                        </li>
                    }
                }) }
            </ol>
            }
        </section>
    }
}

/// A button that shows or hides what follows it (not `<details>`: a closed one on the page
/// makes Chromium's select-all in the large editor take seconds).
fn disclosure(open: &UseStateHandle<bool>, label: Html) -> Html {
    let onclick = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    html! {
        <button type="button" class="disclose" aria-expanded={open.to_string()} {onclick}>
            <span class="arrow" aria-hidden="true">{ if **open { "▾ " } else { "▸ " } }</span>{ label }
        </button>
    }
}

/// The context files as toggles; a ticked one also says how it changed.
fn files_view(lang: Lang, p: &Project, files: &[&String], d: &UseReducerDispatcher<State>) -> Html {
    html! {
        <ul class="context-files">
            { for files.iter().map(|f| {
                let checked = p.changed.contains(f);
                let name = (*f).clone();
                let onchange = {
                    let (d, name) = (d.clone(), name.clone());
                    Callback::from(move |_| d.dispatch(Action::ToggleChanged(name.clone())))
                };
                let how = FileChange::of(p, f);
                let onhow = {
                    let (d, name) = (d.clone(), name.clone());
                    Callback::from(move |e: Event| {
                        let v = e.target_unchecked_into::<HtmlSelectElement>().value();
                        if let Some(k) = FileChange::ALL.into_iter().find(|k| k.id() == v) {
                            d.dispatch(Action::Cache(CacheChange::FileChange(name.clone(), k)));
                        }
                    })
                };
                html! {
                    <li>
                        <label class={classes!(checked.then_some("changed"))}>
                            <input type="checkbox" {checked} {onchange} data-file={name.clone()} />
                            <code>{ name.clone() }</code>
                        </label>
                        if checked {
                            <select class="file-change" data-file={name.clone()} onchange={onhow} aria-label={format!("{} {name}", t(lang, Ui::HowChanged))}>
                                { for FileChange::ALL.into_iter().map(|k| html! {
                                    <option value={k.id()} selected={k == how}>{ t(lang, match k {
                                        FileChange::Changed => Ui::FileChanged,
                                        FileChange::Added => Ui::FileAdded,
                                        FileChange::Removed => Ui::FileRemoved,
                                    }) }</option>
                                }) }
                            </select>
                        }
                    </li>
                }
            }) }
        </ul>
    }
}

#[component]
pub fn CacheView(props: &CacheViewProps) -> Html {
    let lang = use_lang();
    let input = use_node_ref();
    let limit = use_state(|| PAGE);
    let layers_open = use_state(|| false);
    let log_open = use_state(|| false);
    let d = &props.dispatch;
    let add = {
        let (input, d) = (input.clone(), d.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(el) = input.cast::<HtmlInputElement>() {
                let v = el.value().trim().to_string();
                if !v.is_empty() {
                    d.dispatch(Action::AddContext(v.clone()));
                    d.dispatch(Action::ToggleChanged(v));
                    el.set_value("");
                }
            }
        })
    };
    let go = {
        let d = d.clone();
        Callback::from(move |line| d.dispatch(Action::GoToLine(Tab::Dockerfile, line)))
    };
    let Some(r) = props.answer.0.cache.as_ref() else {
        return html! {};
    };
    let p = &*props.project;
    let mut files: Vec<&String> = p
        .context
        .iter()
        .chain(&r.context)
        .chain(&p.changed)
        .filter(|f| *f != "Dockerfile" && *f != ".dockerignore")
        .collect();
    dockplay::sort::sort_by(&mut files, |a, b| a.cmp(b));
    files.dedup();
    let steps: usize = r.stages.iter().map(|st| st.steps.len()).sum();
    let hidden = steps.saturating_sub(*limit);
    html! {
        <div class="cache">
            <h2>{ t(lang, Ui::CacheTitle) }</h2>
            <p class="hint">{ t(lang, Ui::CacheHint) }</p>
            { files_view(lang, p, &files, d) }
            <form class="add-file" onsubmit={add}>
                <input ref={input} type="text" placeholder={ t(lang, Ui::AddFilePlaceholder) } aria-label={ t(lang, Ui::AddFilePlaceholder) } />
                <button type="submit">{ t(lang, Ui::AddFile) }</button>
            </form>
            if r.stages.len() > 1 {
                <h3>{ t(lang, Ui::StagesTitle) }</h3>
                <p class="hint">{ t(lang, Ui::StagesHint) }</p>
                { stage_graph(lang, r, &go) }
            }
            <h3>{ t(lang, Ui::StepsTitle) }</h3>
            { chains_view(lang, r, *limit, &go) }
            if hidden > 0 {
                <button type="button" class="more" onclick={{
                    let limit = limit.clone();
                    Callback::from(move |_| limit.set(*limit + PAGE))
                }}>{ crate::i18n::show_more(lang, PAGE.min(hidden), hidden) }</button>
            }
            if props.omitted > 0 {
                <p class="hint omitted">{ crate::i18n::omitted(lang, props.omitted) }</p>
            }
            <p class="cache-counts">{ match lang {
                Lang::En => format!("{} cached · {} re-run · {} maybe · {} skipped", r.counts.cached, r.counts.rebuilt, r.counts.maybe, r.counts.skipped),
                Lang::Zh => format!("命中缓存 {} 步 · 重新执行 {} 步 · 可能重建 {} 步 · 跳过 {} 步", r.counts.cached, r.counts.rebuilt, r.counts.maybe, r.counts.skipped),
            } }</p>
            if let Some(sug) = &r.suggestion {
                <div class="suggestion">
                    <p>{ sug.message_i18n.get(lang).to_string() }</p>
                    if !props.readonly {
                    <button type="button" class="apply" onclick={{
                        let (d, text) = (d.clone(), sug.reordered.clone());
                        Callback::from(move |_| {
                            d.dispatch(Action::Replace { tab: Tab::Dockerfile, text: text.clone() });
                            d.dispatch(Action::Toast(Toast::OrderApplied));
                        })
                    }}>{ t(lang, Ui::ApplySuggestion) }</button>
                    }
                </div>
            }
            { cache_controls(lang, p, r, d) }
            { layers_view(lang, r, &go, &layers_open) }
            if !r.log.is_empty() {
                <section class="build-log" id="build-log">
                    { disclosure(&log_open, html! { t(lang, Ui::LogTitle) }) }
                    if *log_open { <pre>{ r.log.join("\n") }</pre> }
                </section>
            }
        </div>
    }
}
