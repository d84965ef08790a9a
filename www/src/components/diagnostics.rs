//! The list of problems; clicking one selects its range in the editor.

use crate::i18n::{position, severity, t, use_lang, Ui};
use dockplay::i18n::Lang;
use dockplay::report::DiagnosticOut;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DiagnosticListProps {
    pub diagnostics: Vec<DiagnosticOut>,
    pub on_pick: Callback<(usize, usize)>,
}

#[component]
pub fn DiagnosticList(props: &DiagnosticListProps) -> Html {
    let lang = use_lang();
    html! {
        <div class="diagnostics">
            <h2>{ t(lang, Ui::Diagnostics) }<span class="count">{ props.diagnostics.len() }</span></h2>
            if props.diagnostics.is_empty() {
                <p class="empty">{ t(lang, Ui::NoProblems) }</p>
            } else {
                <ul>
                    { for props.diagnostics.iter().map(|d| {
                        let range = (d.offset_utf16, d.end_offset_utf16);
                        let pick = props.on_pick.clone();
                        let onclick = Callback::from(move |_| pick.emit(range));
                        let message = if lang == Lang::Zh { &d.message_i18n.zh } else { &d.message_i18n.en };
                        let help = d.help_i18n.as_ref().map(|h| if lang == Lang::Zh { h.zh.clone() } else { h.en.clone() });
                        let sev = d.severity.as_str();
                        html! {
                            <li class={classes!("diagnostic", sev)} data-line={d.line.to_string()}>
                                <button type="button" {onclick}>
                                    <span class={classes!("sev", sev)}>{ severity(lang, d.severity) }</span>
                                    <span class="pos">{ position(lang, d.line, d.column) }</span>
                                    <span class="msg">{ message.clone() }</span>
                                    <code class="rule">{ d.rule.clone() }</code>
                                    if let Some(h) = help {
                                        <span class="help">{ format!("{}{h}", t(lang, Ui::Help)) }</span>
                                    }
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            }
        </div>
    }
}
