//! A problem in full: its message, hint, fix and the rule's documentation. Shown by the editor
//! for the underline under the pointer or the caret.

use crate::i18n::{severity, t, use_lang, Ui};
use crate::rules_docs::RuleDocs;
use dockplay::report::DiagnosticOut;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProblemCardProps {
    pub id: AttrValue,
    pub diagnostic: DiagnosticOut,
    pub docs: Option<Rc<RuleDocs>>,
    /// Whether the fix can be applied (the problems are of the current text).
    pub can_fix: bool,
    pub on_fix: Callback<()>,
    pub on_close: Callback<()>,
}

#[component]
pub fn ProblemCard(props: &ProblemCardProps) -> Html {
    let lang = use_lang();
    let d = &props.diagnostic;
    let doc = props
        .docs
        .as_ref()
        .filter(|docs| docs.lang == lang)
        .and_then(|docs| docs.by_code.get(&d.rule));
    let sev = d.severity.as_str();
    let open = use_state(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    let on_fix = props.on_fix.reform(|_: MouseEvent| ());
    let on_close = props.on_close.reform(|_: MouseEvent| ());
    html! {
        <div class={classes!("problem-card", sev)} id={props.id.clone()} role="status" aria-live="polite">
            <div class="card-head">
                <span class={classes!("sev", sev)}>{ severity(lang, d.severity) }</span>
                <code class="rule">{ d.rule.clone() }</code>
                <button type="button" class="close" aria-label={t(lang, Ui::Close)} onclick={on_close}>{ "×" }</button>
            </div>
            <p class="msg">{ d.message_i18n.get(lang).to_string() }</p>
            if let Some(h) = &d.help_i18n {
                <p class="help"><span class="help-label">{ t(lang, Ui::Help) }</span>{ h.get(lang).to_string() }</p>
            }
            if let Some(fix) = &d.fix {
                if props.can_fix {
                    <button type="button" class="fix" onclick={on_fix}
                        title={t(lang, Ui::FixShortcut)}>
                        { format!("{}{}", t(lang, Ui::ApplyFix), fix.message_i18n.get(lang)) }
                    </button>
                }
            }
            if let Some(doc) = doc {
                // A toggle, not <details>: a closed <details> on the page makes selecting a long
                // text in the editor take seconds in Chromium.
                <div class="rule-doc">
                    <button type="button" class="rule-doc-toggle" aria-expanded={(*open).to_string()}
                        aria-controls={format!("{}-doc", props.id)} onclick={toggle}>
                        { format!("{} · {}", d.rule, doc.summary) }
                    </button>
                    if *open {
                        <div class="rule-doc-body" id={format!("{}-doc", props.id)}>
                            <p><strong>{ t(lang, Ui::Why) }</strong>{ doc.why.clone() }</p>
                            <p><strong>{ t(lang, Ui::HowToFix) }</strong>{ doc.fix.clone() }</p>
                            if let Some(uri) = &doc.help_uri {
                                <p><a href={uri.clone()} target="_blank" rel="noopener noreferrer">{ t(lang, Ui::UpstreamDocs) }</a></p>
                            }
                        </div>
                    }
                </div>
            }
        </div>
    }
}
