//! BuildKit's build checks (`docker build --check`), one per file, under BuildKit's names.

pub(super) mod consistent_instruction_casing;
pub(super) mod copy_ignored_file;
pub(super) mod duplicate_stage_name;
pub(super) mod expose_invalid_format;
pub(super) mod expose_proto_casing;
pub(super) mod from_as_casing;
pub(super) mod from_platform_flag_const_disallowed;
pub(super) mod invalid_default_arg_in_from;
pub(super) mod invalid_definition_description;
pub(super) mod json_args_recommended;
pub(super) mod legacy_key_value_format;
pub(super) mod maintainer_deprecated;
pub(super) mod multiple_instructions_disallowed;
pub(super) mod redundant_target_platform;
pub(super) mod reserved_stage_name;
pub(super) mod secrets_used_in_arg_or_env;
pub(super) mod stage_name_casing;
pub(super) mod undefined_arg_in_from;
pub(super) mod undefined_var;
pub(super) mod workdir_relative_path;
