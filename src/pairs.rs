//! `KEY=VALUE` settings (build arguments, compose variables) as typed pairs. The CLI and the JS
//! API accept them as `"KEY=VALUE"` strings; they are split once, here.

use serde::{Deserialize, Deserializer};

/// `(key, value)` pairs in the order given (later ones win).
pub type Pairs = Vec<(String, String)>;

/// Split `KEY=VALUE` at the first `=`; a bare `KEY` has an empty value.
pub fn parse_pair(s: &str) -> (String, String) {
    match s.split_once('=') {
        Some((k, v)) => (k.to_string(), v.to_string()),
        None => (s.to_string(), String::new()),
    }
}

/// Deserialize a list of `"KEY=VALUE"` strings.
pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Pairs, D::Error> {
    let items: Vec<String> = Vec::deserialize(d)?;
    Ok(items.iter().map(|s| parse_pair(s)).collect())
}

/// Deserialize an optional list of `"KEY=VALUE"` strings.
pub(crate) fn deserialize_opt<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Pairs>, D::Error> {
    let items: Option<Vec<String>> = Option::deserialize(d)?;
    Ok(items.map(|v| v.iter().map(|s| parse_pair(s)).collect()))
}
