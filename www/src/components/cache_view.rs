//! "What re-runs if I change…": the build context as toggles (files seeded from the COPY/ADD
//! sources, more can be added), the steps with their cache status and reason, and the reordering
//! suggestion with a button that applies it.

use crate::components::problems::PAGE;
use crate::i18n::{t, use_lang, Ui};
use crate::protocol::Shared;
use crate::state::{Action, State, Tab};
use dockplay::analysis::cache::Status;
use dockplay::i18n::Lang;
use dockplay::report::cache::StepOut;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CacheViewProps {
    /// The answer whose cache simulation is shown (it has one).
    pub answer: Shared,
    /// The context files the user listed (they stay listed when unticked).
    pub context: Vec<String>,
    pub changed: Vec<String>,
    /// Steps not sent by the worker (over its cap).
    pub omitted: usize,
    /// Marks files changed, adds them, applies the suggested order (a dispatcher, unlike
    /// callbacks, is the same at every render, so an unchanged panel is not rendered again).
    pub dispatch: UseReducerDispatcher<State>,
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

/// The first `limit` steps with their status and reason.
fn steps_view(lang: Lang, steps: &[&StepOut], limit: usize) -> Html {
    html! {
        <ol class="steps">
            { for steps.iter().take(limit).map(|s| {
                let class = status_class(s.status);
                html! {
                    <li class={classes!("step", class)} data-line={s.line.to_string()} data-status={class}>
                        <span class={classes!("status", class)}>{ status_label(lang, s.status) }</span>
                        <span class="pos">{ s.line }</span>
                        <code class="instr">{ s.instruction.clone() }</code>
                        if s.status != Status::Skipped {
                            if let Some(reason) = &s.reason_i18n {
                                <span class="reason">{ reason.get(lang).to_string() }</span>
                            }
                        }
                    </li>
                }
            }) }
        </ol>
    }
}

#[component]
pub fn CacheView(props: &CacheViewProps) -> Html {
    let lang = use_lang();
    let input = use_node_ref();
    let limit = use_state(|| PAGE);
    let add = {
        let input = input.clone();
        let d = props.dispatch.clone();
        let on_add = Callback::from(move |f: String| {
            d.dispatch(Action::AddContext(f.clone()));
            d.dispatch(Action::ToggleChanged(f));
        });
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(el) = input.cast::<HtmlInputElement>() {
                let v = el.value().trim().to_string();
                if !v.is_empty() {
                    on_add.emit(v);
                    el.set_value("");
                }
            }
        })
    };
    let d = &props.dispatch;
    let on_toggle = {
        let d = d.clone();
        Callback::from(move |f| d.dispatch(Action::ToggleChanged(f)))
    };
    let on_apply = {
        let d = d.clone();
        Callback::from(move |text| {
            d.dispatch(Action::Replace {
                tab: Tab::Dockerfile,
                text,
            })
        })
    };
    let Some(r) = props.answer.0.cache.as_ref() else {
        return html! {};
    };
    let mut files: Vec<&String> = props
        .context
        .iter()
        .chain(&r.context)
        .chain(&props.changed)
        .filter(|f| *f != "Dockerfile" && *f != ".dockerignore")
        .collect();
    files.sort();
    files.dedup();
    let steps: Vec<_> = r.stages.iter().flat_map(|st| st.steps.iter()).collect();
    let hidden = steps.len().saturating_sub(*limit);
    html! {
        <div class="cache">
            <h2>{ t(lang, Ui::CacheTitle) }</h2>
            <p class="hint">{ t(lang, Ui::CacheHint) }</p>
            <ul class="context-files">
                { for files.iter().map(|f| {
                    let checked = props.changed.contains(f);
                    let toggle = on_toggle.clone();
                    let name = (*f).clone();
                    let onchange = Callback::from(move |_| toggle.emit(name.clone()));
                    html! {
                        <li>
                            <label class={classes!(checked.then_some("changed"))}>
                                <input type="checkbox" {checked} {onchange} data-file={(*f).clone()} />
                                <code>{ (*f).clone() }</code>
                            </label>
                        </li>
                    }
                }) }
            </ul>
            <form class="add-file" onsubmit={add}>
                <input ref={input} type="text" placeholder={ t(lang, Ui::AddFilePlaceholder) } aria-label={ t(lang, Ui::AddFilePlaceholder) } />
                <button type="submit">{ t(lang, Ui::AddFile) }</button>
            </form>
            { steps_view(lang, &steps, *limit) }
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
                    <p>{ if lang == Lang::Zh { sug.message_i18n.zh.clone() } else { sug.message_i18n.en.clone() } }</p>
                    <button type="button" class="apply" onclick={{
                        let apply = on_apply.clone();
                        let text = sug.reordered.clone();
                        Callback::from(move |_| apply.emit(text.clone()))
                    }}>{ t(lang, Ui::ApplySuggestion) }</button>
                </div>
            }
        </div>
    }
}
