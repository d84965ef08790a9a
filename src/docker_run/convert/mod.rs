//! `docker run` lines ↔ compose: each run line becomes a service (with the top-level volumes and
//! networks it needs), each service becomes the docker commands that make the same containers;
//! every flag or attribute gets a note saying whether it was mapped, where behaviour differs, or
//! why it was dropped.

mod special;
mod to_compose;
mod to_run;
pub mod yaml_out;

pub use to_compose::to_compose;
pub use to_run::to_run;

use crate::i18n::{Lang, Text};
use crate::report::DiagnosticOut;
use serde::Serialize;

/// Version of the conversion contract.
pub const CONVERT_VERSION: u32 = 1;

/// What happened to one flag or attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Converted with the same behaviour.
    Mapped,
    /// Converted, but it behaves differently on the other side.
    Differs,
    /// Left out: no equivalent on the other side.
    Dropped,
}

/// A note about one flag or attribute.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Note {
    /// Line of the input it is about.
    pub line: usize,
    /// The flag (`--publish`) or attribute (`ports`) it is about.
    pub subject: String,
    /// Mapped, differs or dropped.
    pub status: Status,
    /// What to know, in the conversion's language.
    pub message: String,
    /// The same in both languages.
    pub message_i18n: Text,
}

/// The result of a conversion (`dockplay convert --format json`, `convertDockerRun` and
/// `composeToDockerRun` in the JS API).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Conversion {
    /// Contract version.
    pub version: u32,
    /// The language of the notes.
    pub lang: Lang,
    /// `compose` or `run`: what `output` is.
    pub to: &'static str,
    /// The compose YAML, or the docker commands.
    pub output: String,
    /// One note per flag or attribute, in input order.
    pub notes: Vec<Note>,
    /// Problems of the input (unknown flags, a compose file that does not load).
    pub diagnostics: Vec<DiagnosticOut>,
}

/// Collects notes with their line and language.
pub(crate) struct Notes {
    lang: Lang,
    items: Vec<Note>,
}

impl Notes {
    fn new(lang: Lang) -> Notes {
        Notes {
            lang,
            items: Vec::new(),
        }
    }

    /// Add a note.
    fn add(&mut self, line: usize, subject: &str, status: Status, message: Text) {
        self.items.push(Note {
            line,
            subject: subject.to_string(),
            status,
            message: message.get(self.lang).to_string(),
            message_i18n: message,
        });
    }
}
