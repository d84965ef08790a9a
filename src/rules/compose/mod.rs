//! Compose rules: checks over a loaded compose project, in the same engine as the Dockerfile
//! rules (one rule per file, listed in [`super::registry::COMPOSE_RULES`]).

use crate::compose::model::Project;
use crate::rules::Config;

/// The shared, read-only input of every compose rule.
pub struct ComposeCtx<'a> {
    /// The compose files' texts (spans refer to them), in load order.
    pub texts: &'a [String],
    /// The loaded, normalized project.
    pub project: &'a Project,
    /// Settings.
    pub config: &'a Config,
}
