//! `docker run` lines to a compose file and back, from the engine worker ([`crate::engine`],
//! started when the `docker run` tab first opens). Its answer is the conversion contract's JSON
//! (`dockplay convert --format json`); the page reads what its tab shows.

use dockplay::i18n::Lang;
use serde::Deserialize;
use std::rc::Rc;
use yew::prelude::*;

/// One flag or compose key and what became of it.
#[derive(Deserialize, PartialEq, Debug)]
pub struct Note {
    pub line: usize,
    pub subject: String,
    /// `mapped`, `differs` or `dropped`.
    pub status: String,
    pub message: String,
}

/// A problem of the converted text (the fields the tab shows of the JSON contract's
/// diagnostics: reading only these keeps the page's wasm small).
#[derive(Deserialize, PartialEq, Debug)]
pub struct Problem {
    pub rule: String,
    pub severity: String,
    pub message: String,
    pub help: Option<String>,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub offset_utf16: usize,
    pub end_offset_utf16: usize,
}

impl Problem {
    /// The problem as the editor underlines it and its card shows it (no fix: a conversion's
    /// problems have none the page applies).
    pub fn to_diagnostic(&self) -> dockplay::report::DiagnosticOut {
        dockplay::report::DiagnosticOut {
            rule: self.rule.clone(),
            name: String::new(),
            severity: dockplay::diagnostic::Severity::parse(&self.severity)
                .unwrap_or(dockplay::diagnostic::Severity::Warning),
            message: self.message.clone(),
            help: self.help.clone(),
            message_i18n: Default::default(),
            help_i18n: None,
            fix: None,
            line: self.line,
            column: self.column,
            end_line: self.end_line,
            end_column: self.end_column,
            column_utf16: self.column,
            end_column_utf16: self.end_column,
            offset: 0,
            end_offset: 0,
            offset_utf16: self.offset_utf16,
            end_offset_utf16: self.end_offset_utf16,
        }
    }
}

/// A conversion: the other side's text, a note per flag, and the input's problems.
#[derive(Deserialize, PartialEq, Debug)]
pub struct Converted {
    pub output: String,
    pub notes: Vec<Note>,
    pub diagnostics: Vec<Problem>,
}

/// Which way to convert.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Direction {
    /// `docker run` lines to a compose file.
    ToCompose,
    /// A compose file to docker commands.
    ToRun,
}

/// The state of the conversion shown.
pub type Conversion = crate::engine::Fetched<Converted>;

/// Read the worker's answer.
pub fn parse(json: &str) -> Result<Converted, String> {
    serde_json::from_str(json).map_err(|e| e.to_string())
}

/// The conversion of `text`, asked again after a pause in typing.
#[hook]
pub fn use_conversion(text: Rc<str>, to: Direction, lang: Lang) -> Conversion {
    let state = use_state(|| Conversion::Loading);
    let asker = crate::engine::use_asker("convert");
    {
        let state = state.clone();
        let asker = asker.clone();
        use_effect_with((text, to, lang), move |(text, to, lang)| {
            let (text, to, lang) = (text.clone(), *to, *lang);
            let timer = gloo_timers::callback::Timeout::new(150, move || {
                let fields = [
                    ("text", (*text).into()),
                    (
                        "to",
                        if to == Direction::ToRun {
                            "run"
                        } else {
                            "compose"
                        }
                        .into(),
                    ),
                    ("lang", lang.as_str().into()),
                ];
                crate::engine::ask(&asker, &fields, move |answer| {
                    state.set(crate::engine::answered(answer, parse))
                });
            });
            move || drop(timer)
        });
    }
    (*state).clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_conversion_contract_is_read() {
        let out = dockplay::docker_run::convert::to_compose(
            "docker run -d -p 8000:5000 --name web web:1\n",
            Lang::Zh,
        );
        let json = serde_json::to_string(&out).unwrap();
        let c = parse(&json).unwrap();
        assert!(c.output.contains("8000:5000"), "{}", c.output);
        assert!(
            c.notes.iter().any(|n| n.subject == "--publish"),
            "{:?}",
            c.notes
        );
    }
}
