//! The parts of the page, as functions of the state: the tab lists, the editor or the context
//! list, the side panel, the notices (lesson, error cards) and the toast.

use crate::browser;
use crate::components::{
    cache_view::CacheView, context_files::ContextFiles, docker_run_view::DockerRunView,
    editor::Editor, explain_view::ExplainView, network_view::NetworkView, problems::Problems,
    summary::Summary, tabs::TabItem,
};
use crate::hooks::copy_then_toast;
use crate::i18n::{problem_count, t, Ui};
use crate::markdown::markdown;
use crate::protocol::{Response, Shared};
use crate::rules_docs::RuleDocs;
use crate::state::{problems_of, Action, Panel, State, Tab, Toast};
use dockplay::report::{DiagnosticOut, FileKind};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The most severe problem's severity in the file named `path` (Error is the least).
fn worst_of(analysis: &Option<Rc<Response>>, path: &str) -> Option<dockplay::diagnostic::Severity> {
    problems_of(analysis, path).iter().map(|d| d.severity).min()
}

/// The file tabs and the panel tabs, with their problem counts.
pub fn tab_items(state: &State) -> (Vec<TabItem>, Vec<TabItem>) {
    let lang = state.lang;
    let analysis = &state.analysis;
    let count_of = |path: &str| problems_of(analysis, path).len();
    let file_items: Vec<TabItem> = Tab::ALL
        .iter()
        .map(|&tb| {
            let n = match tb {
                Tab::Dockerfile | Tab::Compose => count_of(tb.file_name()),
                _ => 0,
            };
            TabItem {
                key: tb.id(),
                label: if tb == Tab::Context {
                    t(lang, Ui::ContextTab).into()
                } else {
                    tb.file_name().into()
                },
                badge: (n > 0).then(|| (n, problem_count(lang, n))),
                badge_class: worst_of(analysis, tb.file_name()).map(|s| s.as_str()),
            }
        })
        .collect();
    let total = state.problem_total();
    let panel_items: Vec<TabItem> = Panel::ALL
        .iter()
        .map(|&p| TabItem {
            key: p.id(),
            label: match p {
                Panel::Problems => t(lang, Ui::Diagnostics),
                Panel::Explain => t(lang, Ui::ExplainTab),
                Panel::Cache => t(lang, Ui::CacheTab),
                Panel::Network => t(lang, Ui::NetworkTab),
            }
            .into(),
            badge: (p == Panel::Problems && total > 0).then(|| (total, problem_count(lang, total))),
            badge_class: None,
        })
        .collect();
    (file_items, panel_items)
}

/// The open file tab's editor, or the build context's list.
pub fn editor_view(
    state: &UseReducerHandle<State>,
    text: Rc<str>,
    diags: Rc<Vec<DiagnosticOut>>,
    docs: Option<Rc<RuleDocs>>,
) -> Html {
    let (lang, tab, d) = (state.lang, state.tab, state.dispatcher());
    let analysis = &state.analysis;
    let fresh = state.fresh();
    match tab {
        Tab::Context => {
            let named = analysis
                .as_ref()
                .and_then(|a| a.cache.as_ref())
                .map(|c| c.context.clone())
                .unwrap_or_default();
            let p = &state.project;
            html! {
                <ContextFiles files={p.context.clone()} named={named} changed={p.changed.clone()}
                    on_toggle={{ let d = d.clone(); Callback::from(move |f| d.dispatch(Action::ToggleChanged(f))) }}
                    on_add={{ let d = d.clone(); Callback::from(move |f| d.dispatch(Action::AddContext(f))) }}
                    on_remove={{ let d = d.clone(); Callback::from(move |f| d.dispatch(Action::RemoveContext(f))) }}
                    on_rename={{ let d = d.clone(); Callback::from(move |(from, to)| d.dispatch(Action::RenameContext { from, to })) }} />
            }
        }
        _ => {
            let label = format!("{} {}", tab.file_name(), t(lang, Ui::EditorLabel));
            let on_pick = {
                let (d, diags) = (d.clone(), diags.clone());
                Callback::from(move |i: usize| {
                    if let Some(x) = diags.get(i) {
                        d.dispatch(Action::Pick {
                            tab,
                            start: x.offset_utf16,
                            end: x.end_offset_utf16,
                        });
                    }
                })
            };
            html! {
                <>
                    if tab == Tab::Env { <p class="hint">{ t(lang, Ui::EnvHint) }</p> }
                    if tab == Tab::Dockerignore { <p class="hint">{ t(lang, Ui::IgnoreHint) }</p> }
                    if tab == Tab::DockerRun { <p class="hint">{ t(lang, Ui::RunHint) }</p> }
                    <Editor key={tab.id()} tab={tab} text={text.clone()} diagnostics={diags.clone()} fresh={fresh}
                        selection={state.selection} pending={state.pending.clone()} docs={docs.clone()}
                        label={label}
                        on_input={{ let d = d.clone(); Callback::from(move |(text, replaced_all)| d.dispatch(Action::Edit { tab, text, replaced_all })) }}
                        on_replaced={{ let d = d.clone(); Callback::from(move |n| d.dispatch(Action::Replaced(n))) }}
                        on_fix={{ let d = d.clone(); Callback::from(move |index| d.dispatch(Action::ApplyFix { tab, index })) }}
                        on_pick={on_pick}
                        on_caret={{ let d = d.clone(); Callback::from(move |at| d.dispatch(Action::Caret(tab, at))) }}
                        parts={state.parts.as_ref().filter(|(t, _)| *t == tab && state.panel == Panel::Explain)
                            .map(|(_, p)| p.clone()).unwrap_or_default()}
                        readonly={state.readonly} highlight={state.highlight.clone()} />
                    if tab == Tab::DockerRun {
                        <DockerRunView lines={text.clone()} compose={Rc::<str>::from(state.project.compose.as_str())} dispatch={d.clone()} />
                    }
                </>
            }
        }
    }
}

/// The open side panel: problems, explanation, build cache or network (`text` is the open
/// tab's).
pub fn side_view(state: &UseReducerHandle<State>, text: Rc<str>) -> Html {
    let (lang, d) = (state.lang, state.dispatcher());
    let analysis = state.analysis.clone().map(Shared);
    let fresh = state.fresh();
    let file_of = |kind| {
        state
            .analysis
            .as_ref()
            .and_then(|a| a.report.files.iter().position(|f| f.kind == Some(kind)))
    };
    match state.panel {
        Panel::Problems => {
            let summary = file_of(FileKind::Dockerfile)
                .and_then(|i| state.analysis.as_ref()?.report.files[i].dockerfile.clone());
            html! {
                <>
                    if let Some(s) = summary { <Summary summary={s} /> }
                    <Problems analysis={analysis} hidden={state.hidden.clone()} fresh={fresh && !state.readonly} dispatch={d} />
                </>
            }
        }
        Panel::Explain => match state.tab {
            tab @ (Tab::Dockerfile | Tab::Compose | Tab::DockerRun) => {
                let caret = state.caret.filter(|(t, _)| *t == tab).map(|(_, at)| at);
                let on_pick = {
                    let d = d.clone();
                    Callback::from(move |(start, end)| d.dispatch(Action::Pick { tab, start, end }))
                };
                let on_parts = Callback::from(move |p| d.dispatch(Action::Parts(tab, p)));
                html! { <ExplainView {tab} {text} {caret} {on_pick} {on_parts} /> }
            }
            _ => html! { <p class="empty">{ t(lang, Ui::ExplainOtherTab) }</p> },
        },
        Panel::Cache => match analysis.filter(|a| a.0.cache.is_some()) {
            Some(answer) => html! {
                <CacheView {answer} project={state.project.clone()}
                    omitted={state.analysis.as_ref().map_or(0, |a| a.omitted.steps)} dispatch={d}
                    readonly={state.readonly} />
            },
            None => html! { <p class="empty">{ t(lang, Ui::NoDockerfile) }</p> },
        },
        Panel::Network => {
            let file = file_of(FileKind::Compose);
            let has_network = file.is_some_and(|i| {
                state
                    .analysis
                    .as_ref()
                    .is_some_and(|a| a.report.files[i].network.is_some())
            });
            match (analysis, file) {
                (Some(answer), Some(file)) if has_network => {
                    let compose = Rc::<str>::from(state.project.compose.as_str());
                    let env = Rc::<str>::from(state.project.env.as_str());
                    let picked = state.service.clone();
                    let on_pick = Callback::from(move |s| d.dispatch(Action::PickService(s)));
                    html! { <NetworkView {answer} {file} {compose} {env} {picked} {on_pick} /> }
                }
                (_, Some(_)) => html! { <p class="empty">{ t(lang, Ui::NotAnalysed) }</p> },
                _ => html! { <p class="empty">{ t(lang, Ui::NoCompose) }</p> },
            }
        }
    }
}

/// Copy the files and their problems as Markdown.
pub fn markdown_callback(state: &UseReducerHandle<State>) -> Callback<()> {
    let state = state.clone();
    Callback::from(move |_| {
        let md = markdown(&state.project, state.analysis.as_deref(), state.lang);
        copy_then_toast(&state.dispatcher(), md, Toast::MarkdownCopied);
    })
}

/// The lesson's summary and the error cards.
pub fn notices(state: &UseReducerHandle<State>) -> Html {
    let (lang, d) = (state.lang, state.dispatcher());
    html! {
        <>
            <p class="lesson" id="lesson">{
                match state.example.and_then(|id| crate::examples::EXAMPLES.iter().find(|e| e.id == id)) {
                    Some(ex) => ex.summary.get(lang).to_string(),
                    None => t(lang, Ui::Tagline).to_string(),
                }
            }</p>
            if let Some(why) = &state.link_error {
                <div class="error-card" role="alert" id="link-error">
                    <h2>{ t(lang, Ui::LinkErrorTitle) }</h2>
                    <p>{ why.get(lang).to_string() }</p>
                    <p class="hint">{ t(lang, Ui::LinkErrorHint) }</p>
                    <button type="button" onclick={{ let d = d.clone(); Callback::from(move |_| d.dispatch(Action::DismissLinkError)) }}>{ t(lang, Ui::Dismiss) }</button>
                </div>
            }
            if let Some(why) = &state.worker_error {
                <div class="error-card" role="alert" id="worker-error">
                    <h2>{ t(lang, Ui::WorkerErrorTitle) }</h2>
                    <p><code>{ why.clone() }</code></p>
                </div>
            }
        </>
    }
}

/// The toast, and the problem count announced whenever an analysis lands.
pub fn announcements(state: &UseReducerHandle<State>, busy: bool, total: usize) -> Html {
    let lang = state.lang;
    let toast = state.toast.map(|(toast, _)| toast);
    html! {
        <>
            <p class="sr-only" role="status" aria-live="polite" id="problem-summary">{
                if busy { String::new() } else { problem_count(lang, total) }
            }</p>
            <div class="toast-area" role="status" aria-live="polite">
                if let Some(toast) = toast {
                    <div class="toast" id="toast">
                        { t(lang, match toast {
                            Toast::LinkCopied => Ui::LinkCopied,
                            Toast::MarkdownCopied => Ui::MarkdownCopied,
                            Toast::CopyFailed => Ui::CopyFailed,
                            Toast::TooLargeToShare => Ui::TooLargeToShare,
                            Toast::FixApplied => Ui::FixApplied,
                            Toast::OrderApplied => Ui::OrderApplied,
                            Toast::MarkedBuilt => Ui::MarkedBuilt,
                        }) }
                        if matches!(toast, Toast::FixApplied | Toast::OrderApplied) {
                            <button type="button" class="undo" onclick={{
                                let tab = state.tab;
                                Callback::from(move |e: MouseEvent| {
                                    if let Some(near) = e.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok()) {
                                        browser::focus_by_id(&near, &format!("source-{}", tab.id()));
                                        browser::undo();
                                    }
                                })
                            }}>{ t(lang, Ui::Undo) }</button>
                        }
                    </div>
                }
            </div>
        </>
    }
}
