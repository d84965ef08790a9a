//! The page's header: the lessons menu, sharing, language, colours, shortcuts and version.

use crate::components::lang_switch::LangSwitch;
use crate::examples::EXAMPLES;
use crate::i18n::{t, use_lang, Ui};
use crate::state::Theme;
use dockplay::i18n::Lang;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    /// The lesson shown, if the files are still the lesson's.
    pub example: Option<&'static str>,
    pub theme: Theme,
    pub on_example: Callback<&'static str>,
    pub on_share: Callback<()>,
    pub on_markdown: Callback<()>,
    pub on_theme: Callback<Theme>,
    pub on_lang: Callback<Lang>,
}

#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let lang = use_lang();
    let on_change = {
        let cb = props.on_example.clone();
        Callback::from(move |e: Event| {
            let el: HtmlSelectElement = e.target_unchecked_into();
            if let Some(ex) = EXAMPLES.iter().find(|x| x.id == el.value()) {
                cb.emit(ex.id);
            }
        })
    };
    let shortcuts = use_state(|| false);
    let toggle = {
        let shortcuts = shortcuts.clone();
        Callback::from(move |_| shortcuts.set(!*shortcuts))
    };
    let theme = props.theme;
    let theme_label = match theme {
        Theme::Auto => t(lang, Ui::ThemeAuto),
        Theme::Light => t(lang, Ui::ThemeLight),
        Theme::Dark => t(lang, Ui::ThemeDark),
    };
    let on_theme = {
        let cb = props.on_theme.clone();
        Callback::from(move |_| cb.emit(theme.next()))
    };
    html! {
        <header class="toolbar">
            <div class="brand">
                <h1>{ "dockplay" }</h1>
                <span class="version" title={t(lang, Ui::Version)}>{ format!("v{}", dockplay::VERSION) }</span>
            </div>
            <label class="examples">
                <span class="sr-only">{ t(lang, Ui::Examples) }</span>
                <select id="examples" aria-label={t(lang, Ui::Examples)} onchange={on_change}>
                    <option value="" selected={props.example.is_none()} disabled=true>{ t(lang, Ui::ExamplesPlaceholder) }</option>
                    { for EXAMPLES.iter().map(|ex| html! {
                        <option value={ex.id} selected={props.example == Some(ex.id)}>{ ex.title.get(lang).to_string() }</option>
                    }) }
                </select>
            </label>
            <div class="actions">
                <button type="button" id="share" onclick={props.on_share.reform(|_| ())} title={t(lang, Ui::ShareShortcut)}>{ t(lang, Ui::Share) }</button>
                <button type="button" id="markdown" onclick={props.on_markdown.reform(|_| ())}>{ t(lang, Ui::CopyMarkdown) }</button>
                <button type="button" id="theme" onclick={on_theme} aria-label={format!("{}: {theme_label}", t(lang, Ui::Theme))}>{ theme_label }</button>
                <LangSwitch on_change={props.on_lang.clone()} />
                <div class="shortcuts">
                    <button type="button" id="shortcuts" aria-expanded={(*shortcuts).to_string()}
                        aria-controls="shortcut-list" onclick={toggle}>{ t(lang, Ui::Shortcuts) }</button>
                    // Rendered only when open (a closed <details> made select-all in a long
                    // textarea take seconds in Chromium).
                    if *shortcuts {
                        <dl id="shortcut-list">
                            <dt><kbd>{ "Ctrl/⌘ S" }</kbd></dt><dd>{ t(lang, Ui::KeyShare) }</dd>
                            <dt><kbd>{ "F8" }</kbd>{ " / " }<kbd>{ "Shift F8" }</kbd></dt><dd>{ t(lang, Ui::KeyNext) }</dd>
                            <dt><kbd>{ "Ctrl/⌘ ." }</kbd></dt><dd>{ t(lang, Ui::KeyFix) }</dd>
                            <dt><kbd>{ "Ctrl/⌘ Z" }</kbd></dt><dd>{ t(lang, Ui::KeyUndo) }</dd>
                            <dt><kbd>{ "Esc" }</kbd></dt><dd>{ t(lang, Ui::KeyClose) }</dd>
                            <dt><kbd>{ "Tab" }</kbd></dt><dd>{ t(lang, Ui::KeyTab) }</dd>
                            <dt><kbd>{ "← →" }</kbd></dt><dd>{ t(lang, Ui::KeyTabs) }</dd>
                        </dl>
                    }
                </div>
            </div>
        </header>
    }
}
