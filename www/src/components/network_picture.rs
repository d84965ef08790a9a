//! The network picture: the engine worker's SVG, in which a click (or Enter) picks a service;
//! the picked service, the services it reaches, its networks, ports and dependencies are
//! highlighted, and a sentence lists whom it reaches by which names; pointing at a service (or
//! focusing it) previews the same highlight. The picture can be saved as SVG or PNG.

use crate::browser::{download_png, svg_data_url};
use crate::i18n::{reached_by, reaches, t, use_lang, Ui};
use crate::picture::{use_picture, Picture};
use crate::protocol::Shared;
use dockplay::analysis::network::NetworkReport;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NetworkPictureProps {
    pub compose: Rc<str>,
    pub env: Rc<str>,
    /// The answer, and the index of the compose file's report in it (whom a service reaches).
    pub answer: Shared,
    pub file: usize,
    /// The picked service.
    pub picked: Option<Rc<str>>,
    pub on_pick: Callback<Option<String>>,
}

/// The service whose box holds the event's target, if any.
fn service_at(e: &Event) -> Option<String> {
    let el = e.target()?.dyn_into::<web_sys::Element>().ok()?;
    el.closest(".np-svc").ok()??.get_attribute("data-service")
}

/// The network report of the answer's file `file` (whom each service reaches).
fn network_of(answer: &Shared, file: usize) -> Option<&NetworkReport> {
    answer.0.report.files.get(file)?.network.as_ref()
}

/// Mark the picture's parts for `shown` (the picked service): the service, whom it
/// reaches, its networks, ports and dependencies.
fn highlight(holder: &web_sys::Element, r: &NetworkReport, shown: Option<&str>) {
    let Ok(nodes) = holder.query_selector_all(".np-svc, .np-net, .np-port, .np-dep") else {
        return;
    };
    let me = shown.and_then(|s| r.services.iter().find(|x| x.name == s));
    let reached: Vec<&str> = shown.map_or_else(Vec::new, |s| {
        r.reached_from(s).map(|x| x.to.as_str()).collect()
    });
    for el in crate::browser::elements(nodes) {
        let attr = |k: &str| el.get_attribute(k).unwrap_or_default();
        let list = el.class_list();
        let (sel, on) = match (shown, me) {
            (Some(s), Some(me)) => {
                let service = attr("data-service");
                let sel = service == s;
                let on = if list.contains("np-svc") {
                    reached.contains(&service.as_str())
                } else if list.contains("np-net") {
                    me.networks.contains(&attr("data-network"))
                } else if list.contains("np-port") {
                    sel
                } else {
                    attr("data-from") == s || attr("data-to") == s
                };
                (sel, on || sel)
            }
            _ => (false, false),
        };
        let _ = list.toggle_with_force("sel", sel);
        let _ = list.toggle_with_force("on", on);
        if list.contains("np-svc") {
            let _ = el.set_attribute("aria-pressed", if sel { "true" } else { "false" });
        }
    }
}

#[component]
pub fn NetworkPicture(props: &NetworkPictureProps) -> Html {
    let lang = use_lang();
    let picture = use_picture(props.compose.clone(), props.env.clone(), lang);
    let holder = use_node_ref();
    let report = network_of(&props.answer, props.file);
    let shown: Option<String> = props
        .picked
        .as_deref()
        .map(String::from)
        .filter(|s| report.is_some_and(|r| r.services.iter().any(|x| &x.name == s)));
    let svg = match &picture {
        Picture::Ready(svg) => (**svg).clone(),
        _ => None,
    };
    {
        let (holder, answer, file) = (holder.clone(), props.answer.clone(), props.file);
        // Again when the picture, the pick or the analysis (whom a service reaches) changes.
        use_effect_with(
            (svg.clone(), shown.clone(), answer),
            move |(_, shown, answer)| {
                if let (Some(el), Some(r)) =
                    (holder.cast::<web_sys::Element>(), network_of(answer, file))
                {
                    highlight(&el, r, shown.as_deref());
                }
            },
        );
    }
    let peek = use_peek(&holder, &props.answer, props.file, &shown);
    // Shrunk to the panel's width (a narrow widget, a phone), or at its own size with scrolling.
    let fit = use_state(|| true);
    let body = match (&picture, &svg) {
        (Picture::Loading, _) => html! { <p class="hint">{ t(lang, Ui::PictureLoading) }</p> },
        (Picture::Failed(e), _) => {
            html! { <p class="error">{ t(lang, Ui::PictureFailed) }{ e.clone() }</p> }
        }
        (Picture::Ready(_), None) => html! { <p class="hint">{ t(lang, Ui::PictureNone) }</p> },
        (Picture::Ready(_), Some(svg)) => {
            let pick = {
                let (on_pick, picked) = (props.on_pick.clone(), props.picked.clone());
                move |name: String| {
                    let again = picked.as_deref() == Some(name.as_str());
                    on_pick.emit((!again).then_some(name));
                }
            };
            let onclick = {
                let pick = pick.clone();
                Callback::from(move |e: MouseEvent| {
                    if let Some(name) = service_at(&e) {
                        pick(name);
                    }
                })
            };
            let onkeydown = Callback::from(move |e: KeyboardEvent| {
                if e.key() == "Enter" || e.key() == " " {
                    if let Some(name) = service_at(&e) {
                        e.prevent_default();
                        pick(name);
                    }
                }
            });
            let save_png = {
                let svg = svg.clone();
                Callback::from(move |_| download_png("network.png", &svg))
            };
            let toggle_fit = {
                let fit = fit.clone();
                Callback::from(move |_| fit.set(!*fit))
            };
            html! {
                <>
                    <div class="picture-tools">
                        <a class="button" id="export-svg" href={svg_data_url(svg)} download="network.svg">{ t(lang, Ui::ExportSvg) }</a>
                        <button type="button" id="export-png" onclick={save_png}>{ t(lang, Ui::ExportPng) }</button>
                        <button type="button" id="picture-fit" aria-pressed={(*fit).to_string()}
                            onclick={toggle_fit}>{ t(lang, Ui::PictureFit) }</button>
                    </div>
                    <div id="network-picture" ref={holder.clone()}
                        class={classes!("picture", shown.is_some().then_some("picked"), (*fit).then_some("fit"))}
                        {onclick} {onkeydown}
                        onmouseover={{ let p = peek.clone(); move |e: MouseEvent| p(&e, true) }}
                        onmouseout={{ let p = peek.clone(); move |e: MouseEvent| p(&e, false) }}
                        onfocusin={{ let p = peek.clone(); move |e: FocusEvent| p(&e, true) }}
                        onfocusout={{ let p = peek.clone(); move |e: FocusEvent| p(&e, false) }}>
                        { Html::from_html_unchecked(AttrValue::from(svg.clone())) }
                    </div>
                </>
            }
        }
    };
    html! {
        <section class="network-picture" aria-label={t(lang, Ui::Picture)}>
            <h3>{ t(lang, Ui::Picture) }</h3>
            <p class="hint">{ t(lang, Ui::PictureHint) }</p>
            { body }
            if let (Some(s), Some(r)) = (&shown, report) { { reach_sentence(lang, r, s) } }
        </section>
    }
}

/// Called with a pointer or focus event and whether it enters (`true`) or leaves.
type Peek = Rc<dyn Fn(&Event, bool)>;

/// Pointing at a service (or focusing it) previews what picking it would highlight; leaving
/// it shows the picked service's again.
#[hook]
fn use_peek(holder: &NodeRef, answer: &Shared, file: usize, shown: &Option<String>) -> Peek {
    let (answer, shown, holder) = (answer.clone(), shown.clone(), holder.clone());
    let last = use_mut_ref(|| None::<String>);
    Rc::new(move |e: &Event, over: bool| {
        let hovered = if over { service_at(e) } else { None };
        if *last.borrow() == hovered {
            return;
        }
        *last.borrow_mut() = hovered.clone();
        let holder = holder.cast::<web_sys::Element>();
        if let (Some(holder), Some(r)) = (holder, network_of(&answer, file)) {
            let _ = holder
                .class_list()
                .toggle_with_force("peek", hovered.is_some());
            highlight(&holder, r, hovered.as_deref().or(shown.as_deref()));
        }
    })
}

/// Whom `service` reaches and by which names, and whom it cannot reach.
fn reach_sentence(lang: dockplay::i18n::Lang, r: &NetworkReport, service: &str) -> Html {
    let out: Vec<_> = r.reached_from(service).collect();
    let unreachable: Vec<&str> = r
        .services
        .iter()
        .map(|s| s.name.as_str())
        .filter(|n| *n != service && !out.iter().any(|x| x.to == *n))
        .collect();
    html! {
        <div class="reach-of" id="reach-of" aria-live="polite">
            <p><strong>{ reaches(lang, service) }</strong></p>
            if out.is_empty() {
                <p>{ t(lang, Ui::ReachesNone) }</p>
            } else {
                <ul>
                    { for out.iter().take(50).map(|x| html! {
                        <li><code>{ x.to.clone() }</code>{ " " }{ reached_by(lang, &x.hostnames, &x.networks) }</li>
                    }) }
                </ul>
            }
            if !unreachable.is_empty() && !r.reachability_omitted {
                <p class="cannot">{ t(lang, Ui::CannotReach) }{ unreachable.iter().take(50).copied().collect::<Vec<_>>().join(", ") }</p>
            }
        </div>
    }
}
