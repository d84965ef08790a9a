//! The page: tabs for the Dockerfile, the compose file and its variables on the left; problems and
//! the summary (Dockerfile) or the network view (compose) on the right. One state, changed only by
//! actions ([`crate::state`]); the language reaches every component as a context.

use crate::components::{
    cache_view::CacheView, diagnostics::DiagnosticList, editor::Editor, lang_switch::LangSwitch,
    network_view::NetworkView, summary::Summary, tabs::Tabs,
};
use crate::i18n::{t, Ui};
use crate::state::{Action, State, Tab};
use dockplay::analysis::cache::CacheOptions;
use dockplay::compose::interpolate::parse_env_file;
use dockplay::i18n::Lang;
use dockplay::report::{FileKind, FileReport, Report};
use dockplay::{analyze, simulate_cache, InputFile, Options};
use std::rc::Rc;
use yew::prelude::*;

/// The analysis of the Dockerfile and the compose file (with the `.env` variables).
fn analyse(sources: &[String; 3]) -> Report {
    let files = [
        InputFile {
            name: Tab::Dockerfile.file_name().into(),
            text: sources[0].clone(),
        },
        InputFile {
            name: Tab::Compose.file_name().into(),
            text: sources[1].clone(),
        },
    ];
    let opts = Options {
        env: parse_env_file(&sources[2]),
        fallback_project_name: Some("myapp".into()),
        ..Options::default()
    };
    analyze(&files, &opts)
}

#[component]
pub fn App() -> Html {
    let state = use_reducer(State::default);
    let report = use_memo(state.sources.clone(), |src| Rc::new(analyse(src)));
    // The view shows the reasons' two languages itself, so switching language recomputes nothing.
    let cache = use_memo(
        (state.sources[0].clone(), state.changed.clone()),
        |(dockerfile, changed)| {
            let opts = CacheOptions {
                changed: changed.to_vec(),
                ..Default::default()
            };
            Rc::new(simulate_cache(dockerfile, &opts))
        },
    );
    let dispatch = |make: fn(String) -> Action| {
        let state = state.clone();
        Callback::from(move |v: String| state.dispatch(make(v)))
    };
    let on_pick = {
        let state = state.clone();
        Callback::from(move |(start, end): (usize, usize)| {
            state.dispatch(Action::Pick { start, end })
        })
    };
    let on_tab = {
        let state = state.clone();
        Callback::from(move |tab: Tab| state.dispatch(Action::SelectTab(tab)))
    };
    let on_lang = {
        let state = state.clone();
        Callback::from(move |l: Lang| state.dispatch(Action::SetLang(l)))
    };
    let file_of = |tab: Tab| -> Option<FileReport> {
        match tab {
            Tab::Dockerfile => report.files.first().cloned(),
            Tab::Compose | Tab::Env => report.files.get(1).cloned(),
        }
    };
    let counts: Vec<usize> = Tab::ALL
        .iter()
        .map(|&tab| match tab {
            Tab::Env => 0,
            _ => file_of(tab).map_or(0, |f| f.diagnostics.len()),
        })
        .collect();
    let lang = state.lang;
    let tab = state.tab;
    let active = file_of(tab);
    html! {
        <ContextProvider<Lang> context={lang}>
        <div class="page" lang={ if lang == Lang::Zh { "zh-CN" } else { "en" } }>
            <header>
                <h1>{ "dockplay" }</h1>
                <p class="tagline">{ t(lang, Ui::Tagline) }</p>
                <LangSwitch on_change={on_lang} />
            </header>
            <main>
                <section class="editor-pane">
                    <Tabs active={tab} counts={counts} on_select={on_tab} />
                    if tab == Tab::Env {
                        <p class="hint">{ t(lang, Ui::EnvHint) }</p>
                    }
                    <Editor value={state.sources[tab.index()].clone()} on_input={dispatch(Action::Edit)} selection={state.selection} label={tab.file_name()} />
                </section>
                <section class="side-pane">
                    if let Some(f) = active {
                        if let Some(s) = f.dockerfile.clone() {
                            <Summary summary={s} />
                        }
                        if f.kind == Some(FileKind::Compose) {
                            if let Some(n) = f.network.clone() {
                                <NetworkView report={n} />
                            } else {
                                <p class="empty">{ t(lang, Ui::NotAnalysed) }</p>
                            }
                        }
                        <DiagnosticList diagnostics={f.diagnostics.clone()} on_pick={on_pick} />
                        if tab == Tab::Dockerfile {
                            <CacheView report={(*cache).clone()} changed={state.changed.clone()}
                                on_toggle={dispatch(Action::ToggleChanged)} on_add={dispatch(Action::AddChanged)}
                                on_apply={dispatch(Action::ReplaceDockerfile)} />
                        }
                    }
                </section>
            </main>
            <footer>{ t(lang, Ui::Offline) }</footer>
        </div>
        </ContextProvider<Lang>>
    }
}
