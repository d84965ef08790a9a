//! The problems of every file, grouped by file, filtered by severity, in pages of
//! [`PAGE`] (a file with thousands of problems renders only what is asked for). Clicking one
//! selects its range in the editor and scrolls to it.

use crate::i18n::{position, severity, t, use_lang, Ui};
use crate::protocol::Shared;
use crate::state::{Action, State, Tab};
use dockplay::diagnostic::Severity;
use std::rc::Rc;
use yew::prelude::*;

/// Problems rendered per "show more".
pub const PAGE: usize = 200;

const SEVERITIES: [Severity; 4] = [
    Severity::Error,
    Severity::Warning,
    Severity::Info,
    Severity::Style,
];

#[derive(Properties, PartialEq)]
pub struct ProblemsProps {
    pub analysis: Option<Shared>,
    pub hidden: Rc<Vec<Severity>>,
    /// Whether fixes can be applied (the problems are of the current text).
    pub fresh: bool,
    /// Picks problems, applies fixes, filters (the same at every render, unlike callbacks).
    pub dispatch: UseReducerDispatcher<State>,
}

#[component]
pub fn Problems(props: &ProblemsProps) -> Html {
    let lang = use_lang();
    // How many of each file's problems are shown.
    let shown = use_state(|| [PAGE, PAGE]);
    let d = &props.dispatch;
    let (on_pick, on_fix, on_toggle) = {
        let (a, b, c) = (d.clone(), d.clone(), d.clone());
        (
            Callback::from(move |(tab, start, end)| a.dispatch(Action::Pick { tab, start, end })),
            Callback::from(move |(tab, index)| b.dispatch(Action::ApplyFix { tab, index })),
            Callback::from(move |s| c.dispatch(Action::ToggleSeverity(s))),
        )
    };
    let Some(a) = props.analysis.as_ref().map(|a| &a.0) else {
        return html! { <p class="empty" role="status">{ t(lang, Ui::Analysing) }</p> };
    };
    let all = || a.report.files.iter().flat_map(|f| f.diagnostics.iter());
    let total: usize = a.report.files.iter().map(|f| f.diagnostics.len()).sum();
    html! {
        <div class="problems">
            <div class="filters" role="group" aria-label={t(lang, Ui::FilterBySeverity)}>
                { for SEVERITIES.iter().map(|&sev| {
                    let n = all().filter(|d| d.severity == sev).count();
                    let on = !props.hidden.contains(&sev);
                    let cb = on_toggle.clone();
                    html! {
                        <button type="button" class={classes!("filter", sev.as_str(), on.then_some("on"))}
                            aria-pressed={on.to_string()} data-severity={sev.as_str()}
                            onclick={Callback::from(move |_| cb.emit(sev))}>
                            { format!("{} {n}", severity(lang, sev)) }
                        </button>
                    }
                }) }
            </div>
            if total == 0 {
                <p class="empty">{ t(lang, Ui::NoProblems) }</p>
            }
            { for a.report.files.iter().enumerate().filter(|(_, f)| !f.diagnostics.is_empty()).map(|(fi, f)| {
                let tab = Tab::of_path(&f.path);
                let visible: Vec<(usize, &dockplay::report::DiagnosticOut)> = f.diagnostics.iter().enumerate()
                    .filter(|(_, d)| !props.hidden.contains(&d.severity)).collect();
                let limit = shown[fi.min(1)];
                html! {
                    <section class="problem-group" data-file={f.path.clone()}>
                        <h3><code>{ f.path.clone() }</code><span class="count">{ f.diagnostics.len() }</span></h3>
                        <ul>
                            { for visible.iter().take(limit).map(|&(i, d)| {
                                let range = (tab, d.offset_utf16, d.end_offset_utf16);
                                let pick = on_pick.clone();
                                let sev = d.severity.as_str();
                                let fix = d.fix.as_ref().filter(|_| props.fresh).map(|fx| {
                                    let on_fix = on_fix.clone();
                                    html! {
                                        <button type="button" class="fix" onclick={Callback::from(move |_| on_fix.emit((tab, i)))}>
                                            { format!("{}{}", t(lang, Ui::ApplyFix), fx.message_i18n.get(lang)) }
                                        </button>
                                    }
                                });
                                html! {
                                    <li class={classes!("diagnostic", sev)} data-line={d.line.to_string()} data-rule={d.rule.clone()}>
                                        <button type="button" class="pick" onclick={Callback::from(move |_| pick.emit(range))}>
                                            <span class={classes!("sev", sev)}>{ severity(lang, d.severity) }</span>
                                            <span class="pos">{ position(lang, d.line, d.column) }</span>
                                            <code class="rule">{ d.rule.clone() }</code>
                                            <span class="msg">{ d.message_i18n.get(lang).to_string() }</span>
                                            if let Some(h) = &d.help_i18n {
                                                <span class="help"><span class="help-label">{ t(lang, Ui::Help) }</span>{ h.get(lang).to_string() }</span>
                                            }
                                        </button>
                                        { for fix }
                                    </li>
                                }
                            }) }
                        </ul>
                        if visible.len() > limit {
                            <button type="button" class="more" onclick={{
                                let shown = shown.clone();
                                Callback::from(move |_| { let mut s = *shown; s[fi.min(1)] += PAGE; shown.set(s); })
                            }}>{ crate::i18n::show_more(lang, PAGE.min(visible.len() - limit), visible.len() - limit) }</button>
                        }
                    </section>
                }
            }) }
        </div>
    }
}
