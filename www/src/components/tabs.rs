//! Tabs following the WAI-ARIA tabs pattern: one tab stop, arrows, Home and End move and select,
//! each tab names the panel it controls.

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// One tab.
#[derive(Clone, PartialEq)]
pub struct TabItem {
    /// Unique among the list; the tab's id is `{prefix}-tab-{key}`, its panel's `{prefix}-panel-{key}`.
    pub key: &'static str,
    pub label: AttrValue,
    /// A count shown after the label (problems), with its accessible wording.
    pub badge: Option<(usize, String)>,
    /// The badge's colour class (`error`, `warning`, …).
    pub badge_class: Option<&'static str>,
}

/// A tab list.
pub struct TabsProps {
    pub prefix: AttrValue,
    pub label: AttrValue,
    pub items: Vec<TabItem>,
    pub selected: usize,
    pub on_select: Callback<usize>,
}

/// The id of a tab's panel.
pub fn panel_id(prefix: &str, key: &str) -> String {
    format!("{prefix}-panel-{key}")
}

/// The id of a tab.
pub fn tab_id(prefix: &str, key: &str) -> String {
    format!("{prefix}-tab-{key}")
}

/// The tab list (a function, not a component: it is cheap to draw again with its parent).
pub fn tabs(props: TabsProps) -> Html {
    let n = props.items.len();
    let onkeydown = {
        let (on_select, selected, keys, prefix) = (
            props.on_select.clone(),
            props.selected,
            props.items.iter().map(|i| i.key).collect::<Vec<_>>(),
            props.prefix.clone(),
        );
        Callback::from(move |e: KeyboardEvent| {
            let next = match e.key().as_str() {
                "ArrowRight" | "ArrowDown" => (selected + 1) % n,
                "ArrowLeft" | "ArrowUp" => (selected + n - 1) % n,
                "Home" => 0,
                "End" => n - 1,
                _ => return,
            };
            e.prevent_default();
            on_select.emit(next);
            if let Some(near) = e.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok()) {
                crate::browser::focus_by_id(&near, &tab_id(&prefix, keys[next]));
            }
        })
    };
    html! {
        <div class="tabs" role="tablist" aria-label={props.label.clone()} {onkeydown}>
            { for props.items.iter().enumerate().map(|(i, item)| {
                let selected = i == props.selected;
                let cb = props.on_select.clone();
                html! {
                    <button type="button" role="tab" id={tab_id(&props.prefix, item.key)}
                        aria-selected={selected.to_string()}
                        aria-controls={panel_id(&props.prefix, item.key)}
                        tabindex={if selected { "0" } else { "-1" }}
                        class={classes!("tab", selected.then_some("active"))}
                        data-key={item.key}
                        onclick={Callback::from(move |_| cb.emit(i))}>
                        { item.label.clone() }
                        if let Some((count, words)) = &item.badge {
                            <span class={classes!("badge", item.badge_class)} aria-label={words.clone()}>{ *count }</span>
                        }
                    </button>
                }
            }) }
        </div>
    }
}
