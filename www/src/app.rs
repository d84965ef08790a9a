//! The page: the file tabs and their editor on the left, the problems, the build cache and the
//! network on the right. One state, changed only by actions ([`crate::state`]); the analysis
//! runs in the worker ([`crate::worker`]), debounced while typing and at once on a paste.

use crate::browser;
use crate::components::{
    cache_view::CacheView,
    context_files::ContextFiles,
    editor::Editor,
    network_view::NetworkView,
    problems::Problems,
    summary::Summary,
    tabs::{panel_id, tab_id, TabItem, Tabs},
    toolbar::Toolbar,
};
use crate::i18n::{problem_count, t, Ui};
use crate::markdown::markdown;
use crate::protocol::{Project, Request, Response};
use crate::rules_docs::RuleDocs;
use crate::state::{Action, Panel, State, Tab, Theme, Toast};
use dockplay::i18n::Lang;
use dockplay::report::{DiagnosticOut, FileKind};
use gloo_timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// How long typing must pause before the analysis runs.
const DEBOUNCE_MS: u32 = 300;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The analysis worker `boot.js` started.
    pub worker: web_sys::Worker,
}

/// The state to start with: a share link in the hash, else the state of the last visit, else
/// the first lesson; the language and colours the user chose last (or the browser's).
fn initial_state() -> State {
    let mut s = State {
        lang: browser::load(browser::STORED_LANG)
            .and_then(|l| Lang::parse(&l))
            .unwrap_or_else(browser::preferred_lang),
        theme: Theme::parse(&browser::load(browser::STORED_THEME).unwrap_or_default()),
        ..State::default()
    };
    let hash = browser::hash();
    if !hash.is_empty() {
        match dockplay::share::decode(&hash) {
            Ok(link) => s = s.apply(open_action(&link)),
            Err(e) => s = s.apply(Action::LinkFailed(e.message())),
        }
    } else if let Some(stored) = browser::load(browser::STORED_STATE) {
        if let Ok(link) = dockplay::share::decode(&stored) {
            s = s.apply(open_action(&link));
        }
    }
    s
}

fn open_action(link: &dockplay::share::ShareState) -> Action {
    let mut project = Project::from_share(link);
    for text in [
        &mut project.dockerfile,
        &mut project.compose,
        &mut project.dockerignore,
        &mut project.env,
    ] {
        // The textarea holds line feeds only; offsets must count what it holds.
        if text.contains('\r') {
            *text = text.replace("\r\n", "\n");
        }
    }
    Action::Open {
        project,
        lang: link.lang.as_deref().and_then(Lang::parse),
        panel: link.panel.as_deref().map(Panel::parse),
    }
}

/// The text after applying a fix's edits (byte offsets into `text`), if they still fit it.
fn with_fix(text: &str, d: &DiagnosticOut) -> Option<String> {
    let fix = d.fix.as_ref()?;
    let mut edits: Vec<_> = fix.edits.iter().collect();
    edits.sort_by_key(|e| std::cmp::Reverse(e.offset));
    let mut out = text.to_string();
    for e in edits {
        if e.end_offset > out.len()
            || e.offset > e.end_offset
            || !out.is_char_boundary(e.offset)
            || !out.is_char_boundary(e.end_offset)
        {
            return None;
        }
        out.replace_range(e.offset..e.end_offset, &e.replacement);
    }
    Some(out)
}

/// The diagnostics of the file a tab edits.
fn diagnostics_of(a: &Option<Rc<Response>>, tab: Tab) -> Rc<Vec<DiagnosticOut>> {
    let name = match tab {
        Tab::Dockerfile => crate::protocol::DOCKERFILE,
        Tab::Compose => crate::protocol::COMPOSE,
        _ => return Rc::new(Vec::new()),
    };
    Rc::new(
        a.as_ref()
            .and_then(|a| a.report.files.iter().find(|f| f.path == name))
            .map(|f| f.diagnostics.clone())
            .unwrap_or_default(),
    )
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer(initial_state);
    let dispatcher = state.dispatcher();
    let analyser = use_mut_ref(|| None::<crate::worker::Analyser>);
    let debounce = use_mut_ref(|| None::<Timeout>);
    let docs = use_state(|| None::<Rc<RuleDocs>>);

    // Start listening to the worker once.
    {
        let (analyser, worker, d) = (analyser.clone(), props.worker.clone(), dispatcher.clone());
        use_effect_with((), move |_| {
            *analyser.borrow_mut() = Some(crate::worker::Analyser::new(worker, move |r| match r {
                Ok(r) => d.dispatch(Action::Analysed(Rc::new(r))),
                Err(why) => d.dispatch(Action::WorkerFailed(why)),
            }));
        });
    }
    // Ask for an analysis: at once after a paste, a fix or a lesson, else when typing pauses.
    {
        let (analyser, debounce) = (analyser.clone(), debounce.clone());
        let req = Request {
            id: state.revision,
            project: (*state.project).clone(),
            lang: state.lang,
            panel: state.panel.id().into(),
        };
        let urgent = state.urgent;
        use_effect_with((state.revision, state.lang, state.panel), move |_| {
            let send = move || {
                if let Some(a) = analyser.borrow().as_ref() {
                    a.send(&req);
                }
            };
            if urgent {
                debounce.borrow_mut().take();
                send();
            } else {
                *debounce.borrow_mut() = Some(Timeout::new(DEBOUNCE_MS, send));
            }
        });
    }
    // Remember the state (the worker made its link).
    use_effect_with(
        state.analysis.as_ref().map(|a| a.link.clone()),
        |link| {
            if let Some(link) = link {
                browser::save(browser::STORED_STATE, link);
            }
        },
    );
    // The document follows the language and the colours; both are remembered.
    use_effect_with(state.lang, |&lang| {
        browser::set_document_lang(lang, t(lang, Ui::Title));
        browser::save(browser::STORED_LANG, lang.as_str());
    });
    use_effect_with(state.theme, |&theme| {
        browser::set_theme(theme.id());
        browser::save(browser::STORED_THEME, theme.id());
    });
    // The rules' documentation, in the interface language, once the page is up.
    {
        let docs = docs.clone();
        use_effect_with(state.lang, move |&lang| {
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(json) = browser::fetch_text(&format!("rules.{}.json", lang.as_str())).await {
                    if let Some(d) = RuleDocs::parse(lang, &json) {
                        docs.set(Some(Rc::new(d)));
                    }
                }
            });
        });
    }
    // A toast leaves after a few seconds.
    {
        let d = dispatcher.clone();
        let timer = use_mut_ref(|| None::<Timeout>);
        use_effect_with(state.toast, move |toast| {
            if let Some((_, n)) = *toast {
                let n = n;
                *timer.borrow_mut() = Some(Timeout::new(4000, move || d.dispatch(Action::ClearToast(n))));
            }
        });
    }

    let share: Rc<dyn Fn()> = {
        let state = state.clone();
        Rc::new(move || {
            let fresh = state.analysis.as_ref().filter(|a| {
                a.id == state.revision && a.lang == state.lang && a.panel == state.panel.id()
            });
            let link = match fresh {
                Some(a) => a.link.clone(),
                None => dockplay::share::encode(&state.project.to_share(state.lang, state.panel.id())),
            };
            if link.len() > dockplay::share::MAX_LINK {
                state.dispatch(Action::Toast(Toast::TooLargeToShare));
                return;
            }
            let Some(url) = browser::set_hash(&link) else {
                return;
            };
            let d = state.dispatcher();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = browser::copy(url).await;
                d.dispatch(Action::Toast(if ok { Toast::LinkCopied } else { Toast::CopyFailed }));
            });
        })
    };
    // Ctrl/Cmd+S copies the link; a hash typed into the address bar opens its state.
    {
        let current = use_mut_ref(|| None::<Rc<dyn Fn()>>);
        *current.borrow_mut() = Some(share.clone());
        let d = dispatcher.clone();
        use_effect_with((), move |_| {
            let on_key = Closure::<dyn FnMut(web_sys::KeyboardEvent)>::new(move |e: web_sys::KeyboardEvent| {
                if (e.ctrl_key() || e.meta_key()) && e.key().eq_ignore_ascii_case("s") {
                    e.prevent_default();
                    if let Some(f) = current.borrow().as_ref() {
                        f();
                    }
                }
            });
            let on_hash = Closure::<dyn FnMut()>::new(move || {
                let hash = browser::hash();
                if !hash.is_empty() {
                    match dockplay::share::decode(&hash) {
                        Ok(link) => d.dispatch(open_action(&link)),
                        Err(e) => d.dispatch(Action::LinkFailed(e.message())),
                    }
                }
            });
            let w = web_sys::window();
            if let Some(w) = &w {
                let _ = w.add_event_listener_with_callback("keydown", on_key.as_ref().unchecked_ref());
                let _ = w.add_event_listener_with_callback("hashchange", on_hash.as_ref().unchecked_ref());
            }
            let keep = RefCell::new(Some((on_key, on_hash)));
            move || {
                if let (Some(w), Some((k, h))) = (w, keep.borrow_mut().take()) {
                    let _ = w.remove_event_listener_with_callback("keydown", k.as_ref().unchecked_ref());
                    let _ = w.remove_event_listener_with_callback("hashchange", h.as_ref().unchecked_ref());
                }
            }
        });
    }

    let lang = state.lang;
    let tab = state.tab;
    let analysis = state.analysis.clone();
    let fresh = analysis.as_ref().is_some_and(|a| a.id == state.revision);
    let diags = {
        let a = analysis.clone();
        use_memo((a.as_ref().map(|a| a.id), tab, a.is_some()), move |_| diagnostics_of(&a, tab))
    };
    let text: Rc<str> = {
        let p = state.project.clone();
        (*use_memo((p, tab), |(p, tab)| Rc::<str>::from(tab.text(p).unwrap_or("")))).clone()
    };
    let count_of = |path: &str| -> usize {
        analysis.as_ref().map_or(0, |a| {
            a.report.files.iter().filter(|f| f.path == path).map(|f| f.diagnostics.len()).sum()
        })
    };
    let file_items: Vec<TabItem> = Tab::ALL
        .iter()
        .map(|&tb| {
            let n = match tb {
                Tab::Dockerfile | Tab::Compose => count_of(tb.file_name()),
                _ => 0,
            };
            TabItem {
                key: tb.id(),
                label: if tb == Tab::Context { t(lang, Ui::ContextTab).into() } else { tb.file_name().into() },
                badge: (n > 0).then(|| (n, problem_count(lang, n))),
                badge_class: Some("error"),
            }
        })
        .collect();
    let total = count_of(crate::protocol::DOCKERFILE) + count_of(crate::protocol::COMPOSE);
    let panel_items: Vec<TabItem> = Panel::ALL
        .iter()
        .map(|&p| TabItem {
            key: p.id(),
            label: match p {
                Panel::Problems => t(lang, Ui::Diagnostics),
                Panel::Cache => t(lang, Ui::CacheTab),
                Panel::Network => t(lang, Ui::NetworkTab),
            }
            .into(),
            badge: (p == Panel::Problems && total > 0).then(|| (total, problem_count(lang, total))),
            badge_class: None,
        })
        .collect();

    let d = dispatcher.clone();
    let on_fix_at = {
        let state = state.clone();
        Callback::from(move |(tb, i): (Tab, usize)| {
            let diags = diagnostics_of(&state.analysis, tb);
            let text = tb.text(&state.project).unwrap_or("");
            if let Some(new) = diags.get(i).and_then(|dg| with_fix(text, dg)) {
                state.dispatch(Action::Replace { tab: tb, text: new });
                state.dispatch(Action::Toast(Toast::FixApplied));
            }
        })
    };
    let editor = match tab {
        Tab::Context => {
            let named = analysis.as_ref().and_then(|a| a.cache.as_ref()).map(|c| c.context.clone()).unwrap_or_default();
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
                        d.dispatch(Action::Pick { tab, start: x.offset_utf16, end: x.end_offset_utf16 });
                    }
                })
            };
            html! {
                <>
                    if tab == Tab::Env { <p class="hint">{ t(lang, Ui::EnvHint) }</p> }
                    if tab == Tab::Dockerignore { <p class="hint">{ t(lang, Ui::IgnoreHint) }</p> }
                    <Editor key={tab.id()} tab={tab} text={text} diagnostics={(*diags).clone()} fresh={fresh}
                        selection={state.selection} pending={state.pending.clone()} docs={(*docs).clone()}
                        label={label}
                        on_input={{ let d = d.clone(); Callback::from(move |(text, replaced_all)| d.dispatch(Action::Edit { tab, text, replaced_all })) }}
                        on_replaced={{ let d = d.clone(); Callback::from(move |n| d.dispatch(Action::Replaced(n))) }}
                        on_fix={on_fix_at.reform(move |i| (tab, i))}
                        on_pick={on_pick} />
                </>
            }
        }
    };
    let dockerfile_report = analysis.as_ref().and_then(|a| a.report.files.iter().find(|f| f.kind == Some(FileKind::Dockerfile)).cloned());
    let compose_report = analysis.as_ref().and_then(|a| a.report.files.iter().find(|f| f.kind == Some(FileKind::Compose)).cloned());
    let side = match state.panel {
        Panel::Problems => html! {
            <>
                if let Some(s) = dockerfile_report.as_ref().and_then(|f| f.dockerfile.clone()) {
                    <Summary summary={s} />
                }
                <Problems analysis={analysis.clone()} hidden={state.hidden.clone()} fresh={fresh}
                    on_pick={{ let d = d.clone(); Callback::from(move |(tab, start, end)| d.dispatch(Action::Pick { tab, start, end })) }}
                    on_fix={on_fix_at.clone()}
                    on_toggle={{ let d = d.clone(); Callback::from(move |s| d.dispatch(Action::ToggleSeverity(s))) }} />
            </>
        },
        Panel::Cache => match analysis.as_ref().and_then(|a| a.cache.clone()) {
            Some(c) => html! {
                <CacheView report={Rc::new(c)} context={state.project.context.clone()} changed={state.project.changed.clone()}
                    omitted={analysis.as_ref().map_or(0, |a| a.omitted.steps)}
                    on_toggle={{ let d = d.clone(); Callback::from(move |f| d.dispatch(Action::ToggleChanged(f))) }}
                    on_add={{ let d = d.clone(); Callback::from(move |f: String| { d.dispatch(Action::AddContext(f.clone())); d.dispatch(Action::ToggleChanged(f)); }) }}
                    on_apply={{ let d = d.clone(); Callback::from(move |text| d.dispatch(Action::Replace { tab: Tab::Dockerfile, text })) }} />
            },
            None => html! { <p class="empty">{ t(lang, Ui::NoDockerfile) }</p> },
        },
        Panel::Network => match (compose_report.as_ref(), compose_report.as_ref().and_then(|f| f.network.clone())) {
            (_, Some(n)) => html! { <NetworkView report={n} /> },
            (Some(_), None) => html! { <p class="empty">{ t(lang, Ui::NotAnalysed) }</p> },
            (None, None) => html! { <p class="empty">{ t(lang, Ui::NoCompose) }</p> },
        },
    };
    let busy = analysis.as_ref().is_none_or(|a| a.id != state.revision);
    let on_markdown = {
        let state = state.clone();
        Callback::from(move |_| {
            let md = markdown(&state.project, state.analysis.as_deref(), state.lang);
            let d = state.dispatcher();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = browser::copy(md).await;
                d.dispatch(Action::Toast(if ok { Toast::MarkdownCopied } else { Toast::CopyFailed }));
            });
        })
    };
    let toast = state.toast.map(|(toast, _)| toast);
    html! {
        <ContextProvider<Lang> context={lang}>
        <div class="page">
            <Toolbar example={state.example} theme={state.theme}
                on_example={{ let d = d.clone(); Callback::from(move |id| d.dispatch(Action::LoadExample(id))) }}
                on_share={{ let share = share.clone(); Callback::from(move |_| share()) }}
                on_markdown={on_markdown}
                on_theme={{ let d = d.clone(); Callback::from(move |th| d.dispatch(Action::SetTheme(th))) }}
                on_lang={{ let d = d.clone(); Callback::from(move |l| d.dispatch(Action::SetLang(l))) }} />
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
            <main class="workspace">
                <section class="editor-pane" aria-label={t(lang, Ui::Files)}>
                    <Tabs prefix="file" label={t(lang, Ui::Files)} items={file_items}
                        selected={Tab::ALL.iter().position(|x| *x == tab).unwrap_or(0)}
                        on_select={{ let d = d.clone(); Callback::from(move |i: usize| d.dispatch(Action::SelectTab(Tab::ALL[i]))) }} />
                    <div class="tab-panel" role="tabpanel" id={panel_id("file", tab.id())} aria-labelledby={tab_id("file", tab.id())}>
                        { editor }
                    </div>
                </section>
                <section class="side-pane" aria-label={t(lang, Ui::Results)}>
                    <Tabs prefix="panel" label={t(lang, Ui::Results)} items={panel_items}
                        selected={Panel::ALL.iter().position(|x| *x == state.panel).unwrap_or(0)}
                        on_select={{ let d = d.clone(); Callback::from(move |i: usize| d.dispatch(Action::SelectPanel(Panel::ALL[i]))) }} />
                    <div class="tab-panel side-panel" role="tabpanel" id={panel_id("panel", state.panel.id())}
                        aria-labelledby={tab_id("panel", state.panel.id())} aria-busy={busy.to_string()}>
                        if busy { <p class="analysing" role="status">{ t(lang, Ui::Analysing) }</p> }
                        { side }
                    </div>
                </section>
            </main>
            <footer>
                <span>{ t(lang, Ui::Offline) }</span>
                <span class="version">{ format!("dockplay {}", dockplay::VERSION) }</span>
            </footer>
            <div class="toast-area" role="status" aria-live="polite">
                if let Some(toast) = toast {
                    <div class="toast" id="toast">
                        { t(lang, match toast {
                            Toast::LinkCopied => Ui::LinkCopied,
                            Toast::MarkdownCopied => Ui::MarkdownCopied,
                            Toast::CopyFailed => Ui::CopyFailed,
                            Toast::TooLargeToShare => Ui::TooLargeToShare,
                            Toast::FixApplied => Ui::FixApplied,
                        }) }
                        if toast == Toast::FixApplied {
                            <button type="button" class="undo" onclick={{
                                let tab = state.tab;
                                Callback::from(move |_| {
                                    if let Some(el) = web_sys::window().and_then(|w| w.document())
                                        .and_then(|doc| doc.get_element_by_id(&format!("source-{}", tab.id())))
                                        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
                                        let _ = el.focus();
                                        browser::undo();
                                    }
                                })
                            }}>{ t(lang, Ui::Undo) }</button>
                        }
                    </div>
                }
            </div>
        </div>
        </ContextProvider<Lang>>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fix_applies_its_edits_or_nothing() {
        let r = crate::protocol::answer(&Request {
            id: 1,
            project: Project {
                dockerfile: "FROM alpine:3.20\nMAINTAINER me\n".into(),
                ..Project::default()
            },
            lang: Lang::En,
            panel: String::new(),
        });
        let text = "FROM alpine:3.20\nMAINTAINER me\n";
        let fixable = r.report.files[0]
            .diagnostics
            .iter()
            .find(|d| d.fix.is_some())
            .expect("a fixable problem");
        let fixed = with_fix(text, fixable).unwrap();
        assert_ne!(fixed, text);
        assert_eq!(with_fix("x", fixable), None, "edits past the end are refused");
    }
}
