//! File tabs above the editor, each with its number of problems.

use crate::state::Tab;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TabsProps {
    pub active: Tab,
    pub counts: Vec<usize>,
    pub on_select: Callback<Tab>,
}

#[component]
pub fn Tabs(props: &TabsProps) -> Html {
    html! {
        <div class="tabs" role="tablist">
            { for Tab::ALL.iter().zip(&props.counts).map(|(tab, count)| {
                let tab = *tab;
                let selected = tab == props.active;
                let cb = props.on_select.clone();
                html! {
                    <button type="button" role="tab" aria-selected={selected.to_string()}
                        class={classes!("tab", selected.then_some("active"))}
                        onclick={Callback::from(move |_| cb.emit(tab))}>
                        { tab.file_name() }
                        if *count > 0 { <span class="badge">{ *count }</span> }
                    </button>
                }
            }) }
        </div>
    }
}
