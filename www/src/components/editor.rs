//! The source editor: a textarea with line numbers that can select a range on request.

use crate::state::Selection;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    pub value: String,
    pub on_input: Callback<String>,
    pub selection: Option<Selection>,
    pub label: AttrValue,
}

#[component]
pub fn Editor(props: &EditorProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(props.selection, move |sel| {
            if let (Some(sel), Some(area)) = (sel, node.cast::<HtmlTextAreaElement>()) {
                let _ = area.focus();
                let _ = area.set_selection_range(sel.start, sel.end);
            }
        });
    }
    let oninput = {
        let cb = props.on_input.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            cb.emit(area.value());
        })
    };
    let lines = props.value.split('\n').count();
    html! {
        <div class="editor">
          <div class="editor-inner">
            <div class="gutter" aria-hidden="true">
                { for (1..=lines).map(|n| html! { <div>{ n }</div> }) }
            </div>
            <textarea
                ref={node}
                id="source"
                aria-label={props.label.clone()}
                rows={(lines + 1).to_string()}
                wrap="off"
                spellcheck="false"
                autocomplete="off"
                value={props.value.clone()}
                {oninput}
            />
          </div>
        </div>
    }
}
