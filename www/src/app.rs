//! The page: the file tabs and their editor on the left, the problems, the build cache and the
//! network on the right. One state, changed only by actions ([`crate::state`]); the analysis
//! runs in the worker ([`crate::worker`]), debounced while typing and at once on a paste.

use crate::browser;
use crate::components::{
    tabs::{panel_id, tab_id, tabs, TabsProps},
    toolbar::Toolbar,
};
use crate::hooks::{
    share_action, use_analysis, use_document, use_open_file, use_rule_docs, use_saved_state,
    use_shortcuts,
};
use crate::i18n::{t, Ui};
use crate::protocol::Project;
use crate::state::{Action, Panel, State, Tab, Theme};
use crate::view::{announcements, editor_view, markdown_callback, notices, side_view, tab_items};
use dockplay::i18n::Lang;
use yew::prelude::*;

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
        if let Ok(mut link) = dockplay::share::decode(&stored) {
            // The language chosen last wins over the one the saved state was made in.
            link.lang = None;
            s = s.apply(open_action(&link));
        }
    }
    s
}

pub(crate) fn open_action(link: &dockplay::share::ShareState) -> Action {
    let mut project = Project::from_share(link);
    project.line_feeds_only();
    Action::Open {
        project: Box::new(project),
        lang: link.lang.as_deref().and_then(Lang::parse),
        panel: link.panel.as_deref().map(Panel::parse),
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer(initial_state);
    let dispatcher = state.dispatcher();
    use_analysis(&props.worker, &state);
    use_saved_state(&state);
    use_document(&state);
    let docs = use_rule_docs(state.lang);
    let share = share_action(&state);
    use_shortcuts(&share, &state);
    let lang = state.lang;
    let tab = state.tab;
    let d = dispatcher.clone();
    let (text, diags) = use_open_file(&state);
    let (file_items, panel_items) = tab_items(&state);
    let editor = editor_view(&state, text.clone(), diags, docs);
    let side = side_view(&state, text);
    let busy = !state.fresh();
    html! {
        <ContextProvider<Lang> context={lang}>
        <div class="page">
            <Toolbar example={state.example} theme={state.theme}
                on_example={{ let d = d.clone(); Callback::from(move |id| d.dispatch(Action::LoadExample(id))) }}
                on_share={{ let share = share.clone(); Callback::from(move |_| share()) }}
                on_markdown={markdown_callback(&state)}
                on_theme={{ let d = d.clone(); Callback::from(move |th| d.dispatch(Action::SetTheme(th))) }}
                on_lang={{ let d = d.clone(); Callback::from(move |l| d.dispatch(Action::SetLang(l))) }} />
            { notices(&state) }
            <main class="workspace">
                <section class="editor-pane" aria-label={t(lang, Ui::Files)}>
                    { tabs(TabsProps { prefix: "file".into(), label: t(lang, Ui::Files).into(), items: file_items,
                        selected: Tab::ALL.iter().position(|x| *x == tab).unwrap_or(0),
                        on_select: { let d = d.clone(); Callback::from(move |i: usize| d.dispatch(Action::SelectTab(Tab::ALL[i]))) } }) }
                    <div class="tab-panel" role="tabpanel" id={panel_id("file", tab.id())} aria-labelledby={tab_id("file", tab.id())}>
                        { editor }
                    </div>
                </section>
                <section class="side-pane" aria-label={t(lang, Ui::Results)}>
                    { tabs(TabsProps { prefix: "panel".into(), label: t(lang, Ui::Results).into(), items: panel_items,
                        selected: Panel::ALL.iter().position(|x| *x == state.panel).unwrap_or(0),
                        on_select: { let d = d.clone(); Callback::from(move |i: usize| d.dispatch(Action::SelectPanel(Panel::ALL[i]))) } }) }
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
            { announcements(&state, busy, state.problem_total()) }
        </div>
        </ContextProvider<Lang>>
    }
}
