//! The page: editor on the left, problems and summary on the right.

use crate::components::{
    diagnostics::DiagnosticList, editor::Editor, lang_switch::LangSwitch, summary::Summary,
};
use crate::example;
use crate::i18n::{t, Ui};
use dockplay::i18n::Lang;
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

#[component]
pub fn App() -> Html {
    let text = use_state(|| example::DOCKERFILE.to_string());
    let lang = use_state(|| Lang::En);
    let selection = use_state(|| None::<Selection>);

    let report = {
        let text = (*text).clone();
        use_memo(text, |text| {
            let files = [InputFile {
                name: "Dockerfile".into(),
                text: text.clone(),
            }];
            Rc::new(analyze(
                &files,
                &Options {
                    lang: Lang::En,
                    ..Options::default()
                },
            ))
        })
    };
    let file = report.files.first().cloned();

    let on_input = {
        let text = text.clone();
        Callback::from(move |v: String| text.set(v))
    };
    let on_lang = {
        let lang = lang.clone();
        Callback::from(move |l: Lang| lang.set(l))
    };
    let on_pick = {
        let selection = selection.clone();
        Callback::from(move |(start, end): (usize, usize)| {
            let nonce = selection.map(|s| s.nonce.wrapping_add(1)).unwrap_or(0);
            selection.set(Some(Selection {
                start: start as u32,
                end: end.max(start) as u32,
                nonce,
            }));
        })
    };

    html! {
        <div class="page" lang={ if *lang == Lang::Zh { "zh-CN" } else { "en" } }>
            <header>
                <h1>{ "dockplay" }</h1>
                <p class="tagline">{ t(*lang, Ui::Tagline) }</p>
                <LangSwitch lang={*lang} on_change={on_lang} />
            </header>
            <main>
                <section class="editor-pane">
                    <Editor value={(*text).clone()} on_input={on_input} selection={*selection} label={t(*lang, Ui::EditorLabel)} />
                </section>
                <section class="side-pane">
                    if let Some(f) = file.clone() {
                        if let Some(s) = f.dockerfile.clone() {
                            <Summary summary={s} lang={*lang} />
                        }
                        <DiagnosticList diagnostics={f.diagnostics.clone()} lang={*lang} on_pick={on_pick} />
                    }
                </section>
            </main>
            <footer>{ t(*lang, Ui::Offline) }</footer>
        </div>
    }
}
