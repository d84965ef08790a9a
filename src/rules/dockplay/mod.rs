//! dockplay's teaching rules: the mistakes the tutorials warn about, explained for beginners.

mod add_url_without_checksum;
mod apt_get_update_alone;
mod copy_before_dependency_install;
mod copy_from_unknown_stage;
mod daemon_in_cmd;
mod dev_dependencies_omitted;
mod end_of_life_base_image;
mod entrypoint_and_cmd;
mod inline_comment;
mod missing_http_client;
mod relative_workdir_chain;
mod runs_as_root;
mod single_quoted_exec_form;

use super::Rule;
use crate::dockerfile::Dockerfile;

/// The teaching rules, in code order.
pub static RULES: &[&Rule] = &[
    &copy_before_dependency_install::RULE,
    &daemon_in_cmd::RULE,
    &inline_comment::RULE,
    &single_quoted_exec_form::RULE,
    &missing_http_client::RULE,
    &dev_dependencies_omitted::RULE,
    &runs_as_root::RULE,
    &apt_get_update_alone::RULE,
    &copy_from_unknown_stage::RULE,
    &add_url_without_checksum::RULE,
    &end_of_life_base_image::RULE,
    &relative_workdir_chain::RULE,
    &entrypoint_and_cmd::RULE,
];

/// A teaching rule's code.
pub(crate) const fn code(
    id: &'static str,
    name: &'static str,
    severity: crate::diagnostic::Severity,
) -> crate::diagnostic::Code {
    crate::diagnostic::Code { id, name, severity }
}

/// The image a stage ultimately starts from (following stage bases).
pub(crate) fn root_image(model: &Dockerfile, stage: usize) -> &str {
    let c = model.stage_chain(stage);
    let last = *c.last().unwrap_or(&stage);
    &model.stages[last].base
}

/// Split an image reference into (name without registry, tag) in lower case.
pub(crate) fn image_name_tag(image: &str) -> (String, String) {
    let no_digest = image.split('@').next().unwrap_or(image);
    let (name, tag) = match no_digest.rfind(':') {
        Some(i) if !no_digest[i..].contains('/') => (&no_digest[..i], &no_digest[i + 1..]),
        _ => (no_digest, ""),
    };
    let short = name.strip_prefix("docker.io/").unwrap_or(name);
    let short = short.strip_prefix("library/").unwrap_or(short);
    (short.to_lowercase(), tag.to_lowercase())
}
