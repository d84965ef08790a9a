//! The rules' documentation in one language, loaded on first need from `rules.<lang>.json`
//! (written by the build from the core's registry), so the first load stays small.

use serde::Deserialize;
use std::collections::HashMap;

/// One rule's documentation.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct RuleDoc {
    pub name: String,
    pub summary: String,
    pub why: String,
    pub fix: String,
    pub help_uri: Option<String>,
}

/// Every rule's documentation in one language.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct RuleDocs {
    pub lang: dockplay::i18n::Lang,
    pub by_code: HashMap<String, RuleDoc>,
}

impl RuleDocs {
    /// Read `rules.<lang>.json`.
    pub fn parse(lang: dockplay::i18n::Lang, json: &str) -> Option<RuleDocs> {
        Some(RuleDocs {
            lang,
            by_code: serde_json::from_slice(json.as_bytes()).ok()?,
        })
    }
}
