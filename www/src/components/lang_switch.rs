//! English / 中文 toggle.

use crate::i18n::{t, use_lang, Ui};
use dockplay::i18n::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LangSwitchProps {
    pub on_change: Callback<Lang>,
}

#[component]
pub fn LangSwitch(props: &LangSwitchProps) -> Html {
    let lang = use_lang();
    let button = |l: Lang, label: &'static str| {
        let cb = props.on_change.clone();
        let pressed = lang == l;
        html! {
            <button type="button" class={classes!(pressed.then_some("active"))} aria-pressed={pressed.to_string()}
                onclick={Callback::from(move |_| cb.emit(l))}>{ label }</button>
        }
    };
    html! {
        <div class="lang-switch" role="group" aria-label={t(lang, Ui::Language)}>
            { button(Lang::En, "English") }
            { button(Lang::Zh, "中文") }
        </div>
    }
}
