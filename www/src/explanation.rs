//! The explanation of the open file, from the engine worker ([`crate::engine`], started when
//! the Explain panel first opens). Its answer is the `explain` contract's JSON; the page
//! reads the part of it the panel shows.

use crate::browser::set_prop;
use dockplay::i18n::Lang;
use serde::Deserialize;
use std::rc::Rc;
use yew::prelude::*;

/// The worker's answer: the item around the caret, and how many items of the file were left
/// out (a file has at most 2,000).
#[derive(Deserialize, PartialEq, Debug, Default)]
pub struct ExplainedAt {
    pub item: Option<ExplainedItem>,
    #[serde(default)]
    pub omitted: usize,
}

/// An instruction, directive or compose key, and what it does in this file.
#[derive(Deserialize, PartialEq, Debug)]
pub struct ExplainedItem {
    pub line: usize,
    pub end_line: usize,
    pub offset_utf16: usize,
    pub end_offset_utf16: usize,
    pub title: String,
    pub text: String,
    pub parts: Vec<ExplainedPart>,
    pub effects: Effects,
    pub docs_url: Option<String>,
    pub findings: Vec<Finding>,
    /// For CMD and ENTRYPOINT: how they combine.
    #[serde(default)]
    pub runs: Option<Runs>,
}

/// How the ENTRYPOINT and CMD in effect combine into what `docker run` starts.
#[derive(Deserialize, PartialEq, Debug)]
pub struct Runs {
    pub entrypoint: Option<Vec<String>>,
    pub entrypoint_shell: bool,
    pub cmd: Option<Vec<String>>,
    pub default: Vec<String>,
}

/// A flag, an argument or a command of an item.
#[derive(Deserialize, PartialEq, Debug)]
pub struct ExplainedPart {
    pub offset: usize,
    pub end_offset: usize,
    pub offset_utf16: usize,
    pub end_offset_utf16: usize,
    pub text: String,
    pub docs_url: Option<String>,
}

/// What the catalogue says of an item's key in general.
#[derive(Deserialize, PartialEq, Debug, Default)]
pub struct Effects {
    pub summary: Option<String>,
    pub build: Option<String>,
    pub run: Option<String>,
    pub cache: Option<String>,
    #[serde(default)]
    pub mistakes: Vec<String>,
    pub example: Option<String>,
}

/// A finding on an item's lines.
#[derive(Deserialize, PartialEq, Debug)]
pub struct Finding {
    pub rule: String,
    pub severity: String,
    pub message: String,
    pub line: usize,
}

/// The state of the explanation of the open file.
pub type Explanation = crate::engine::Fetched<ExplainedAt>;

/// Read the worker's answer.
pub fn parse(json: &str) -> Result<ExplainedAt, String> {
    serde_json::from_str(json).map_err(|e| e.to_string())
}

/// The explanation of the item at UTF-16 offset `at` of `text` (a file named `name`) in `lang`,
/// asked again whenever they change: after a pause in typing (as the analysis is), at once
/// when only the caret moved.
#[hook]
pub fn use_explanation(name: &'static str, text: Rc<str>, lang: Lang, at: u32) -> Explanation {
    let state = use_state(|| Explanation::Loading);
    let last_text = use_mut_ref(|| None::<Rc<str>>);
    let asker = crate::engine::use_asker("explain");
    {
        let state = state.clone();
        let asker = asker.clone();
        use_effect_with((text, lang, at), move |(text, lang, at)| {
            let (text, lang, at) = (text.clone(), *lang, *at);
            let same = last_text
                .borrow()
                .as_ref()
                .is_some_and(|t| Rc::ptr_eq(t, &text));
            *last_text.borrow_mut() = Some(text.clone());
            let wait = if same { 0 } else { 300 };
            let timer = gloo_timers::callback::Timeout::new(wait, move || {
                let file = js_sys::Object::new();
                set_prop(&file, "name", &name.into());
                set_prop(&file, "text", &(*text).into());
                let fields = [
                    ("files", js_sys::Array::of1(&file).into()),
                    ("lang", lang.as_str().into()),
                    ("at", at.into()),
                ];
                let state = state.clone();
                crate::engine::ask(&asker, &fields, move |answer| {
                    state.set(crate::engine::answered(answer, parse))
                });
            });
            move || drop(timer)
        });
    }
    (*state).clone()
}
