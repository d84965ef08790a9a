//! The catalogue: what every instruction, flag, directive, compose key, RUN command and
//! `docker run` flag means, in English and Chinese, written by hand in `catalogue/*.json`.
//!
//! The CLI embeds it (feature `catalogue`); the browser loads it on demand
//! ([`Catalogue::from_json`]), so the first load stays small. A language missing from a loaded
//! file reads as empty.

use crate::i18n::Text;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// A text of the catalogue: both languages, or one of them when only one was loaded.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// Stable key (`dockerfile.instruction.RUN`, `compose.service.ports`, `command.apt-get.-y`).
    pub key: String,
    /// What it is about, as written in files.
    pub title: String,
    /// One sentence: what it is or does.
    pub summary: Text,
    /// What happens at build time.
    #[serde(default)]
    pub build: Option<Text>,
    /// What happens when a container runs.
    #[serde(default)]
    pub run: Option<Text>,
    /// Its effect on the build cache and the image's layers.
    #[serde(default)]
    pub cache: Option<Text>,
    /// Common mistakes.
    #[serde(default)]
    pub mistakes: Vec<Text>,
    /// A tiny example.
    #[serde(default)]
    pub example: Option<String>,
    /// Docker's reference page about it.
    #[serde(default)]
    pub docs: Option<String>,
}

/// Entries by key.
#[derive(Debug, Clone, Default)]
pub struct Catalogue {
    entries: HashMap<String, Entry>,
}

/// The catalogue's source files, embedded (key order does not matter).
#[cfg(feature = "catalogue")]
pub const SOURCES: &[&str] = &[
    include_str!("catalogue/core.json"),
    include_str!("catalogue/dockerfile.json"),
    include_str!("catalogue/commands.json"),
    include_str!("catalogue/compose-service.json"),
    include_str!("catalogue/compose-extra.json"),
    include_str!("catalogue/compose-top.json"),
    include_str!("catalogue/docker-run.json"),
];

impl Catalogue {
    /// Read one catalogue file (a JSON array of entries); entries already present are replaced.
    pub fn add_json(&mut self, json: &str) -> Result<usize, String> {
        let entries: Vec<Entry> = serde_json::from_str(json).map_err(|e| e.to_string())?;
        let n = entries.len();
        for e in entries {
            self.entries.insert(e.key.clone(), e);
        }
        Ok(n)
    }

    /// A catalogue from one JSON file.
    pub fn from_json(json: &str) -> Result<Catalogue, String> {
        let mut c = Catalogue::default();
        c.add_json(json)?;
        Ok(c)
    }

    /// The embedded catalogue.
    #[cfg(feature = "catalogue")]
    pub fn builtin() -> &'static Catalogue {
        static BUILTIN: std::sync::LazyLock<Catalogue> = std::sync::LazyLock::new(|| {
            let mut c = Catalogue::default();
            for s in SOURCES {
                // The sources are checked by the tests; a broken one would show there.
                let _ = c.add_json(s);
            }
            c
        });
        &BUILTIN
    }

    /// The entry with `key`.
    pub fn get(&self, key: &str) -> Option<&Entry> {
        self.entries.get(key)
    }

    /// Every key.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.entries.keys().map(String::as_str)
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there is none.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

#[cfg(all(test, feature = "catalogue"))]
mod tests {
    use super::*;

    #[test]
    fn every_source_parses_and_no_key_is_written_twice() {
        let mut seen = std::collections::HashSet::new();
        for s in SOURCES {
            let entries: Vec<Entry> = serde_json::from_str(s).expect("catalogue file parses");
            for e in entries {
                assert!(seen.insert(e.key.clone()), "{} is written twice", e.key);
            }
        }
        assert_eq!(Catalogue::builtin().len(), seen.len());
    }
}
