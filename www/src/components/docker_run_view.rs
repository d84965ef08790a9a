//! Under the `docker run` tab's editor: the lines as a compose file (a note per flag: mapped,
//! mapped differently, or dropped, with why), their problems, and a button that makes the result
//! the compose file; or, the other way, the compose file as docker commands.

use crate::conversion::{use_conversion, Conversion, Direction};
use crate::i18n::{t, use_lang, Ui};
use crate::state::{Action, State, Tab};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DockerRunViewProps {
    /// The `docker run` tab's text.
    pub lines: Rc<str>,
    /// The compose file's text.
    pub compose: Rc<str>,
    pub dispatch: UseReducerDispatcher<State>,
}

/// Most notes and problems listed.
const MAX_LISTED: usize = 200;

#[component]
pub fn DockerRunView(props: &DockerRunViewProps) -> Html {
    let lang = use_lang();
    let to = use_state(|| Direction::ToCompose);
    let text = match *to {
        Direction::ToCompose => props.lines.clone(),
        Direction::ToRun => props.compose.clone(),
    };
    let conversion = use_conversion(text.clone(), *to, lang);
    let d = &props.dispatch;
    // The lines' problems are underlined in their editor (while converting the other way the
    // problems are the compose file's, not theirs).
    {
        let problems: Option<Rc<Vec<_>>> = match (&conversion, *to) {
            (Conversion::Ready(c), Direction::ToCompose) => Some(Rc::new(
                c.diagnostics.iter().map(|p| p.to_diagnostic()).collect(),
            )),
            (Conversion::Loading, _) => None,
            _ => Some(Rc::default()),
        };
        let d = d.clone();
        use_effect_with(problems, move |p| {
            if let Some(p) = p {
                d.dispatch(Action::RunProblems(p.clone()));
            }
        });
    }
    let way = |dir: Direction, label: Ui| {
        let to = to.clone();
        let pressed = *to == dir;
        html! {
            <button type="button" class={classes!("way", pressed.then_some("on"))} aria-pressed={pressed.to_string()}
                id={if dir == Direction::ToRun { "to-run" } else { "to-compose" }}
                onclick={Callback::from(move |_| to.set(dir))}>{ t(lang, label) }</button>
        }
    };
    let body = match (&conversion, text.trim().is_empty()) {
        (_, true) => {
            html! { <p class="empty">{ t(lang, if *to == Direction::ToRun { Ui::RunNoCompose } else { Ui::RunEmpty }) }</p> }
        }
        (Conversion::Loading, _) => html! { <p class="hint">{ t(lang, Ui::ExplainLoading) }</p> },
        (Conversion::Failed(e), _) => {
            html! { <p class="error-text">{ format!("{}{e}", t(lang, Ui::ExplainFailed)) }</p> }
        }
        (Conversion::Ready(c), _) => {
            let use_it = (*to == Direction::ToCompose && !c.output.is_empty()).then(|| {
                let (d, text) = (d.clone(), c.output.clone());
                Callback::from(move |_| {
                    d.dispatch(Action::Replace {
                        tab: Tab::Compose,
                        text: text.clone(),
                    })
                })
            });
            html! {
                <>
                    if !c.diagnostics.is_empty() {
                        <ul class="run-problems" id="run-problems">
                            { for c.diagnostics.iter().take(MAX_LISTED).map(|x| html! {
                                <li class={classes!(x.severity.clone())}>
                                    <span class="pos">{ format!("{}:{}", x.line, x.column) }</span>
                                    <span>{ x.message.clone() }</span>
                                    <code class="rule">{ x.rule.clone() }</code>
                                </li>
                            }) }
                        </ul>
                    }
                    <pre class="run-output" id="run-output" tabindex="0">{ c.output.clone() }</pre>
                    if let Some(onclick) = use_it {
                        <button type="button" class="apply" id="use-as-compose" {onclick}>{ t(lang, Ui::UseAsCompose) }</button>
                    }
                    if !c.notes.is_empty() {
                        <h3>{ t(lang, Ui::RunNotes) }</h3>
                        <ul class="run-notes" id="run-notes">
                            { for c.notes.iter().take(MAX_LISTED).map(|n| html! {
                                <li data-status={n.status.clone()} data-subject={n.subject.clone()}>
                                    <span class={classes!("note-status", n.status.clone())}>{ t(lang, match n.status.as_str() {
                                        "mapped" => Ui::NoteMapped,
                                        "differs" => Ui::NoteDiffers,
                                        _ => Ui::NoteDropped,
                                    }) }</span>
                                    <span class="pos">{ n.line }</span>
                                    <code>{ n.subject.clone() }</code>
                                    <span class="note-text">{ n.message.clone() }</span>
                                </li>
                            }) }
                        </ul>
                    }
                </>
            }
        }
    };
    html! {
        <section class="docker-run" aria-label={t(lang, Ui::RunTitle)}>
            <div class="ways" role="group" aria-label={t(lang, Ui::RunTitle)}>
                { way(Direction::ToCompose, Ui::RunToCompose) }
                { way(Direction::ToRun, Ui::RunToRun) }
            </div>
            { body }
        </section>
    }
}
