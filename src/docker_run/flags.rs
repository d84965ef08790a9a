//! Every flag of `docker run --help`: its names, whether it takes a value, and how it maps to a
//! compose service, read from `flags.json` (written by hand from the Docker CLI reference).

use crate::i18n::Text;
use serde::Deserialize;
use std::sync::LazyLock;

/// How a flag's value becomes compose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Convert {
    /// One scalar attribute (`--name` → `container_name`).
    Scalar,
    /// A boolean attribute (`--privileged` → `privileged: true`).
    Bool,
    /// One list item per use (`--cap-add` → `cap_add:`).
    List,
    /// One `key: value` per use (`--label` → `labels:`).
    Map,
    /// Handled by its own code (volumes, networks, mounts, ulimits, …).
    Special,
    /// No compose equivalent, or it only matters to the CLI session (`-d`, `--rm`): dropped
    /// with a note.
    Dropped,
}

/// One flag.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct FlagSpec {
    /// Long name without dashes (`publish`).
    pub long: String,
    /// One-letter name (`p`), if any.
    pub short: Option<String>,
    /// Whether it takes a value.
    pub value: bool,
    /// Whether it may be given several times.
    #[serde(default)]
    pub repeatable: bool,
    /// The compose attribute (path with dots) it becomes, if any.
    #[serde(default)]
    pub compose: Option<String>,
    /// How it is converted.
    pub convert: Convert,
    /// What the conversion says about it (where behaviour differs, why it is dropped).
    #[serde(default)]
    pub note: Option<Text>,
}

static FLAGS: LazyLock<Vec<FlagSpec>> =
    LazyLock::new(|| serde_json::from_str(include_str!("flags.json")).unwrap_or_default());

/// Every flag.
pub fn all() -> &'static [FlagSpec] {
    &FLAGS
}

/// The flag with long name `long` (or one of the hidden old names `--net`, `--net-alias`,
/// `--dns-opt`).
pub fn by_long(long: &str) -> Option<&'static FlagSpec> {
    let long = match long {
        "net" => "network",
        "net-alias" => "network-alias",
        "dns-opt" => "dns-option",
        l => l,
    };
    FLAGS.iter().find(|f| f.long == long)
}

/// The flag with one-letter name `c`.
pub fn by_short(c: char) -> Option<&'static FlagSpec> {
    FLAGS
        .iter()
        .find(|f| f.short.as_deref().is_some_and(|s| s.chars().eq([c])))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_table_loads_and_names_are_unique() {
        let all = super::all();
        assert!(all.len() > 100, "{} flags", all.len());
        let mut longs: Vec<&str> = all.iter().map(|f| f.long.as_str()).collect();
        longs.sort_unstable();
        longs.dedup();
        assert_eq!(longs.len(), all.len());
        for (s, l) in [
            ('p', "publish"),
            ('v', "volume"),
            ('e', "env"),
            ('d', "detach"),
            ('i', "interactive"),
            ('t', "tty"),
        ] {
            assert_eq!(super::by_short(s).map(|f| f.long.as_str()), Some(l));
        }
    }
}
