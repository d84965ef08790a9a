//! dockplay's teaching rules, one per file: the mistakes the tutorials warn about, explained for
//! beginners. The helpers below are shared by several of them.

pub(super) mod dp1001_copy_before_dependency_install;
pub(super) mod dp1002_daemon_in_cmd;
pub(super) mod dp1003_inline_comment;
pub(super) mod dp1004_invalid_exec_form;
pub(crate) mod dp1005_missing_http_client;
pub(super) mod dp1006_dev_dependencies_omitted_before_build;
pub(super) mod dp1007_runs_as_root;
pub(super) mod dp1008_package_index_update_alone;
pub(super) mod dp1009_copy_from_unknown_stage;
pub(super) mod dp1010_add_url_without_checksum;
pub(super) mod dp1011_end_of_life_base_image;
pub(super) mod dp1012_relative_workdir_chain;
pub(super) mod dp1013_entrypoint_and_cmd;
pub(super) mod dp1014_stage_not_built;

use crate::dockerfile::Dockerfile;

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
