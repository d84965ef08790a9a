//! "N instructions, M stages" and the stage list.

use crate::i18n::{counts, t, use_lang, Ui};
use dockplay::report::DockerfileSummary;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub summary: DockerfileSummary,
}

#[component]
pub fn Summary(props: &SummaryProps) -> Html {
    let s = &props.summary;
    let lang = use_lang();
    html! {
        <div class="summary">
            <h2>{ t(lang, Ui::Summary) }</h2>
            <p id="counts">{ counts(lang, s.instructions, s.stages.len()) }</p>
            if !s.stages.is_empty() {
                <ol class="stages">
                    { for s.stages.iter().map(|st| html! {
                        <li>
                            <code>{ st.name.clone().unwrap_or_else(|| format!("#{}", st.index)) }</code>
                            <span class="arrow">{ "←" }</span>
                            <code>{ st.base.clone() }</code>
                        </li>
                    }) }
                </ol>
            }
        </div>
    }
}
