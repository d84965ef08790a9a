//! BuildKit's build checks (`docker build --check`), under BuildKit's names.

mod consistent_instruction_casing;
mod copy_ignored_file;
mod duplicate_stage_name;
mod expose_invalid_format;
mod expose_proto_casing;
mod from_as_casing;
mod from_platform_flag_const_disallowed;
mod invalid_default_arg_in_from;
mod invalid_definition_description;
mod json_args_recommended;
mod legacy_key_value_format;
mod maintainer_deprecated;
mod multiple_instructions_disallowed;
mod no_empty_continuation;
mod redundant_target_platform;
mod reserved_stage_name;
mod secrets_used_in_arg_or_env;
mod stage_name_casing;
mod undefined_arg_in_from;
mod undefined_var;
mod workdir_relative_path;

use super::Rule;

/// The BuildKit checks, in name order.
pub static RULES: &[&Rule] = &[
    &consistent_instruction_casing::RULE,
    &copy_ignored_file::RULE,
    &duplicate_stage_name::RULE,
    &expose_invalid_format::RULE,
    &expose_proto_casing::RULE,
    &from_as_casing::RULE,
    &from_platform_flag_const_disallowed::RULE,
    &invalid_default_arg_in_from::RULE,
    &invalid_definition_description::RULE,
    &json_args_recommended::RULE,
    &legacy_key_value_format::RULE,
    &maintainer_deprecated::RULE,
    &multiple_instructions_disallowed::RULE,
    &no_empty_continuation::RULE,
    &redundant_target_platform::RULE,
    &reserved_stage_name::RULE,
    &secrets_used_in_arg_or_env::RULE,
    &stage_name_casing::RULE,
    &undefined_arg_in_from::RULE,
    &undefined_var::RULE,
    &workdir_relative_path::RULE,
];

/// A BuildKit check's code (all are warnings).
pub(crate) const fn code(id: &'static str, name: &'static str) -> crate::diagnostic::Code {
    crate::diagnostic::Code {
        id,
        name,
        severity: crate::diagnostic::Severity::Warning,
    }
}
