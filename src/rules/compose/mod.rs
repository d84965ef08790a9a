//! Compose rules: checks over loaded compose files, in the same engine as the Dockerfile rules
//! (one rule per file, listed in [`super::registry::COMPOSE_RULES`], docs with examples, fixtures
//! and snapshots per rule).

pub(super) mod dc1001_obsolete_version;

use crate::compose::ComposeFile;
use crate::rules::Config;
use crate::yaml::Node;

/// The shared, read-only input of every compose rule.
pub(crate) struct ComposeCtx<'a> {
    /// The compose files, in load order (a finding's file is its index here).
    pub files: &'a [ComposeFile],
    /// Each file's tree after interpolation (`None` when it did not load).
    pub roots: &'a [Option<Node>],
    /// Settings.
    pub config: &'a Config,
}

impl<'a> ComposeCtx<'a> {
    /// Each loaded file's top-level mapping, with its index.
    pub fn top_levels(&self) -> impl Iterator<Item = (usize, &'a Node)> + 'a {
        self.roots
            .iter()
            .enumerate()
            .filter_map(|(i, r)| r.as_ref().filter(|n| n.as_map().is_some()).map(|n| (i, n)))
    }
}
