//! The network picture of the compose file, from the engine worker ([`crate::engine`], started
//! when the Network panel first opens): the SVG document `networkPicture` of the JS API draws
//! (the layout crate lives in the worker's engine, not in the first load).

use crate::engine::{answered, ask, Fetched};
use dockplay::i18n::Lang;
use std::rc::Rc;
use yew::prelude::*;

/// The picture: an SVG document, or none (the file does not load, or has too many services).
pub type Picture = Fetched<Option<String>>;

/// The picture of `compose` with the variables of `env` (a `.env` text), in `lang`, asked again
/// after a pause whenever they change.
#[hook]
pub fn use_picture(compose: Rc<str>, env: Rc<str>, lang: Lang) -> Picture {
    let state = use_state(|| Picture::Loading);
    let asker = crate::engine::use_asker("picture");
    {
        let state = state.clone();
        let asker = asker.clone();
        use_effect_with((compose, env, lang), move |(compose, env, lang)| {
            let (compose, env, lang) = (compose.clone(), env.clone(), *lang);
            let timer = gloo_timers::callback::Timeout::new(200, move || {
                let vars = js_sys::Array::new();
                for (k, v) in dockplay::compose::interpolate::parse_env_file(&env) {
                    vars.push(&format!("{k}={v}").into());
                }
                let fields = [
                    ("text", (*compose).into()),
                    ("env", vars.into()),
                    ("lang", lang.as_str().into()),
                ];
                ask(&asker, &fields, move |answer| {
                    state.set(answered(answer, |svg| {
                        Ok(Some(svg.to_string()).filter(|s| !s.is_empty()))
                    }))
                });
            });
            move || drop(timer)
        });
    }
    (*state).clone()
}
