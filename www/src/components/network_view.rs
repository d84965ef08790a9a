//! A compose project's networks, the reachability matrix and the port table.

use crate::components::network_picture::NetworkPicture;
use crate::components::problems::PAGE;
use crate::i18n::{port_sentence, t, use_lang, Ui};
use crate::protocol::Shared;
use dockplay::i18n::Lang;
use std::rc::Rc;
use yew::prelude::*;

/// Most services drawn as a matrix (its cells grow with the square); more are listed only.
const MATRIX_MAX: usize = 30;

#[derive(Properties, PartialEq)]
pub struct NetworkViewProps {
    /// The answer, and the index of the compose file's report in it (it has a network).
    pub answer: Shared,
    pub file: usize,
    /// The compose file and `.env` texts (for the picture).
    pub compose: Rc<str>,
    pub env: Rc<str>,
    /// The service picked in the picture.
    pub picked: Option<Rc<str>>,
    pub on_pick: Callback<Option<String>>,
}

#[component]
pub fn NetworkView(props: &NetworkViewProps) -> Html {
    let Some(r) = props
        .answer
        .0
        .report
        .files
        .get(props.file)
        .and_then(|f| f.network.as_ref())
    else {
        return html! {};
    };
    let lang = use_lang();
    let limit = use_state(|| PAGE);
    let names: Vec<&str> = r.services.iter().map(|s| s.name.as_str()).collect();
    let reach = |from: &str, to: &str| r.reachability.iter().find(|x| x.from == from && x.to == to);
    let colon = if lang == Lang::Zh { "：" } else { ": " };
    html! {
        <div class="network">
            <h2>{ t(lang, Ui::Project) }<code id="project-name">{ r.project.clone() }</code></h2>
            <NetworkPicture answer={props.answer.clone()} file={props.file} compose={props.compose.clone()}
                env={props.env.clone()} picked={props.picked.clone()} on_pick={props.on_pick.clone()} />
            <h3>{ t(lang, Ui::Networks) }</h3>
            <ul class="networks">
                { for r.networks.iter().map(|n| {
                    let members: Vec<&str> = r.services.iter().filter(|s| s.networks.contains(&n.key)).map(|s| s.name.as_str()).collect();
                    html! {
                        <li data-network={n.key.clone()}>
                            <code class="net">{ n.key.clone() }</code>
                            <span class="engine-name">{ n.name.clone() }</span>
                            if n.internal { <span class="tag">{ t(lang, Ui::Internal) }</span> }
                            if n.external { <span class="tag">{ t(lang, Ui::External) }</span> }
                            <span class="members">{ for members.iter().map(|m| html! { <span class="chip">{ *m }</span> }) }</span>
                        </li>
                    }
                }) }
            </ul>
            <h3>{ t(lang, Ui::Reachability) }</h3>
            <p class="hint">{ t(lang, Ui::ReachHint) }</p>
            if r.reachability_omitted {
                <p class="hint omitted">{ t(lang, Ui::PairsOmitted) }</p>
            }
            if names.len() <= MATRIX_MAX {
            <div class="scroll-x" tabindex="0" role="region" aria-label={t(lang, Ui::Reachability)}>
            <table class="matrix" id="reach-matrix">
                <thead><tr><th></th>{ for names.iter().map(|n| html! { <th scope="col">{ *n }</th> }) }</tr></thead>
                <tbody>
                    { for names.iter().map(|from| html! {
                        <tr>
                            <th scope="row">{ *from }</th>
                            { for names.iter().map(|to| {
                                if from == to {
                                    html! { <td class="self">{ "—" }</td> }
                                } else if let Some(x) = reach(from, to) {
                                    let title = format!("{}{colon}{}", t(lang, Ui::Names), x.hostnames.join(", "));
                                    html! { <td class="yes" title={title} data-from={from.to_string()} data-to={to.to_string()}>{ "✓" }</td> }
                                } else {
                                    html! { <td class="no" data-from={from.to_string()} data-to={to.to_string()}>{ "✗" }</td> }
                                }
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
            </div>
            }
            <ul class="reach-list">
                { for r.reachability.iter().take(*limit).map(|x| html! {
                    <li>
                        <code>{ x.from.clone() }</code>{ " → " }<code>{ x.to.clone() }</code>
                        <span class="names">{ format!("{}{colon}{}", t(lang, Ui::Names), x.hostnames.join(", ")) }</span>
                        if !x.networks.is_empty() { <span class="via">{ format!("[{}]", x.networks.join(", ")) }</span> }
                    </li>
                }) }
            </ul>
            if r.reachability.len() > *limit {
                <button type="button" class="more" onclick={{
                    let limit = limit.clone();
                    Callback::from(move |_| limit.set(*limit + PAGE))
                }}>{ crate::i18n::show_more(lang, PAGE.min(r.reachability.len() - *limit), r.reachability.len() - *limit) }</button>
            }
            <h3>{ t(lang, Ui::Ports) }</h3>
            if r.ports.is_empty() {
                <p class="empty">{ t(lang, Ui::NoPorts) }</p>
            } else {
                <div class="scroll-x">
                <table class="ports" id="ports">
                    <thead><tr><th>{ t(lang, Ui::Host) }</th><th></th><th>{ t(lang, Ui::Container) }</th><th></th></tr></thead>
                    <tbody>
                        { for r.ports.iter().map(|p| {
                            let ip = match &p.host_ip { Some(ip) if ip.contains(':') => format!("[{ip}]"), Some(ip) => ip.clone(), None => "*".into() };
                            let host = format!("{ip}:{}", p.published.clone().unwrap_or_else(|| "?".into()));
                            let sentence = port_sentence(lang, p.host_ip.as_deref(), p.published.as_deref(), &p.service, (p.target, p.target_end), &p.protocol);
                            html! {
                                <tr class={classes!((!p.reachable_from_host).then_some("unreachable"))}>
                                    <td><code>{ host }</code></td>
                                    <td>{ "→" }</td>
                                    <td><code>{ format!("{}:{}/{}", p.service, p.target_text(), p.protocol) }</code></td>
                                    <td class="explain">{ sentence }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
                </div>
            }
        </div>
    }
}
