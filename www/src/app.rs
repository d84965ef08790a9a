//! The page: tabs for the Dockerfile, the compose file and its variables on the left; problems and
//! the summary (Dockerfile) or the network view (compose) on the right.

use crate::components::{
    cache_view::CacheView, diagnostics::DiagnosticList, editor::Editor, lang_switch::LangSwitch,
    network_view::NetworkView, summary::Summary, tabs::Tabs,
};
use crate::example;
use crate::i18n::{t, Ui};
use dockplay::compose::interpolate::parse_env_file;
use dockplay::i18n::Lang;
use dockplay::report::FileReport;
use dockplay::{analyze, InputFile, Options};
use std::rc::Rc;
use yew::prelude::*;

/// A range of the editor to select (UTF-16 offsets, as the textarea counts).
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Selection {
    pub start: u32,
    pub end: u32,
    /// Changes on every pick, so picking the same problem twice selects again.
    pub nonce: u32,
}

/// The three editable files.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Tab {
    Dockerfile,
    Compose,
    Env,
}

impl Tab {
    /// All tabs, in order.
    pub const ALL: [Tab; 3] = [Tab::Dockerfile, Tab::Compose, Tab::Env];

    /// The file name shown on the tab and given to the analysis.
    pub fn file_name(self) -> &'static str {
        match self {
            Tab::Dockerfile => "Dockerfile",
            Tab::Compose => "compose.yaml",
            Tab::Env => ".env",
        }
    }

    fn index(self) -> usize {
        match self {
            Tab::Dockerfile => 0,
            Tab::Compose => 1,
            Tab::Env => 2,
        }
    }
}

#[component]
pub fn App() -> Html {
    let sources = use_state(|| {
        Rc::new([
            example::DOCKERFILE.to_string(),
            example::COMPOSE.to_string(),
            example::ENV.to_string(),
        ])
    });
    let tab = use_state(|| Tab::Dockerfile);
    let lang = use_state(|| Lang::En);
    let selection = use_state(|| None::<Selection>);

    let report = use_memo((*sources).clone(), |src| {
        let env = parse_env_file(&src[2]);
        let files = [
            InputFile {
                name: Tab::Dockerfile.file_name().into(),
                text: src[0].clone(),
            },
            InputFile {
                name: Tab::Compose.file_name().into(),
                text: src[1].clone(),
            },
        ];
        let opts = Options {
            env,
            fallback_project_name: Some("myapp".into()),
            ..Options::default()
        };
        Rc::new(analyze(&files, &opts))
    });
    // Context files marked as changed since the last build (seeded with the example's app code).
    let changed = use_state(|| Rc::new(vec![example::CHANGED_FILE.to_string()]));
    // The view shows the reasons' two languages itself, so switching language recomputes nothing.
    let cache = use_memo(
        ((*sources)[0].clone(), (*changed).clone()),
        |(dockerfile, changed)| {
            let opts = dockplay::analysis::cache::CacheOptions {
                changed: changed.to_vec(),
                ..Default::default()
            };
            Rc::new(dockplay::simulate_cache(dockerfile, &opts))
        },
    );
    let on_toggle = {
        let changed = changed.clone();
        Callback::from(move |f: String| {
            let mut next = (**changed).clone();
            if let Some(i) = next.iter().position(|x| *x == f) {
                next.remove(i);
            } else {
                next.push(f);
            }
            changed.set(Rc::new(next));
        })
    };
    let on_add = {
        let changed = changed.clone();
        Callback::from(move |f: String| {
            let mut next = (**changed).clone();
            if !next.contains(&f) {
                next.push(f);
            }
            changed.set(Rc::new(next));
        })
    };
    let on_apply = {
        let sources = sources.clone();
        Callback::from(move |text: String| {
            let mut next = (**sources).clone();
            next[0] = text;
            sources.set(Rc::new(next));
        })
    };
    let file_of = |t: Tab| -> Option<FileReport> {
        match t {
            Tab::Dockerfile => report.files.first().cloned(),
            Tab::Compose | Tab::Env => report.files.get(1).cloned(),
        }
    };
    let counts: Vec<usize> = Tab::ALL
        .iter()
        .map(|t| {
            if *t == Tab::Env {
                0
            } else {
                file_of(*t).map(|f| f.diagnostics.len()).unwrap_or(0)
            }
        })
        .collect();

    let on_input = {
        let sources = sources.clone();
        let tab = *tab;
        Callback::from(move |v: String| {
            let mut next = (**sources).clone();
            next[tab.index()] = v;
            sources.set(Rc::new(next));
        })
    };
    let on_tab = {
        let tab = tab.clone();
        let selection = selection.clone();
        Callback::from(move |t: Tab| {
            selection.set(None);
            tab.set(t);
        })
    };
    let on_lang = {
        let lang = lang.clone();
        Callback::from(move |l: Lang| lang.set(l))
    };
    let on_pick = {
        let selection = selection.clone();
        let tab = tab.clone();
        Callback::from(move |(start, end): (usize, usize)| {
            if *tab == Tab::Env {
                tab.set(Tab::Compose);
            }
            let nonce = selection.map(|s| s.nonce.wrapping_add(1)).unwrap_or(0);
            selection.set(Some(Selection {
                start: start as u32,
                end: end.max(start) as u32,
                nonce,
            }));
        })
    };

    let active = file_of(*tab);
    html! {
        <div class="page" lang={ if *lang == Lang::Zh { "zh-CN" } else { "en" } }>
            <header>
                <h1>{ "dockplay" }</h1>
                <p class="tagline">{ t(*lang, Ui::Tagline) }</p>
                <LangSwitch lang={*lang} on_change={on_lang} />
            </header>
            <main>
                <section class="editor-pane">
                    <Tabs active={*tab} counts={counts} on_select={on_tab} />
                    if *tab == Tab::Env {
                        <p class="hint">{ t(*lang, Ui::EnvHint) }</p>
                    }
                    <Editor value={sources[tab.index()].clone()} on_input={on_input} selection={*selection} label={tab.file_name()} />
                </section>
                <section class="side-pane">
                    if let Some(f) = active {
                        if let Some(s) = f.dockerfile.clone() {
                            <Summary summary={s} lang={*lang} />
                        }
                        if f.kind == Some(dockplay::report::FileKind::Compose) {
                            if let Some(n) = f.network.clone() {
                                <NetworkView report={n} lang={*lang} />
                            } else {
                                <p class="empty">{ t(*lang, Ui::NotAnalysed) }</p>
                            }
                        }
                        <DiagnosticList diagnostics={f.diagnostics.clone()} lang={*lang} on_pick={on_pick} />
                        if *tab == Tab::Dockerfile {
                            <CacheView report={(*cache).clone()} changed={(*changed).clone()} lang={*lang} {on_toggle} {on_add} {on_apply} />
                        }
                    }
                </section>
            </main>
            <footer>{ t(*lang, Ui::Offline) }</footer>
        </div>
    }
}
