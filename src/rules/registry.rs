//! The one registry of every code the tool can emit: the rules (hadolint's, BuildKit's checks,
//! the teaching rules, the compose rules) and the codes the parser, the compose loader, the cache
//! simulator and the input report themselves. `dockplay rules`, SARIF's rule metadata and
//! `docs/rules.md` are generated from it; a test fails when an emitted code is missing here.

use super::{buildkit, compose, dockplay, hadolint, shellcheck, Rule};
use crate::analysis::cache::codes as cache_codes;
use crate::compose::codes as compose_codes;
use crate::diagnostic::{Code, Origin, ReportedBy, Severity, Target};
use crate::docker_run::codes as run_codes;
use crate::dockerfile::codes as parser_codes;
use crate::i18n::StaticText;
use serde::Serialize;
use std::sync::LazyLock;

/// Every Dockerfile rule, in the order they run: hadolint's (by code), BuildKit's checks (by
/// name), then dockplay's teaching rules (by code).
pub(crate) static DOCKERFILE_RULES: &[&Rule] = &[
    &hadolint::dl1001_inline_ignore_pragma::RULE,
    &hadolint::dl3000_absolute_workdir::RULE,
    &hadolint::dl3001_pointless_command::RULE,
    &hadolint::dl3002_last_user_root::RULE,
    &hadolint::dl3003_use_workdir::RULE,
    &hadolint::dl3004_no_sudo::RULE,
    &hadolint::dl3006_untagged_image::RULE,
    &hadolint::dl3007_latest_tag::RULE,
    &hadolint::dl3008_apt_get_pin_versions::RULE,
    &hadolint::dl3009_apt_lists_not_deleted::RULE,
    &hadolint::dl3010_add_for_archives::RULE,
    &hadolint::dl3011_expose_invalid_port::RULE,
    &hadolint::dl3012_multiple_healthcheck::RULE,
    &hadolint::dl3013_pip_pin_versions::RULE,
    &hadolint::dl3014_apt_get_yes::RULE,
    &hadolint::dl3015_apt_get_no_install_recommends::RULE,
    &hadolint::dl3016_npm_pin_versions::RULE,
    &hadolint::dl3018_apk_pin_versions::RULE,
    &hadolint::dl3019_apk_no_cache::RULE,
    &hadolint::dl3020_copy_instead_of_add::RULE,
    &hadolint::dl3021_copy_multiple_to_dir::RULE,
    &hadolint::dl3022_copy_from_previous_stage::RULE,
    &hadolint::dl3023_copy_from_itself::RULE,
    &hadolint::dl3024_duplicate_stage_alias::RULE,
    &hadolint::dl3025_json_notation_cmd_entrypoint::RULE,
    &hadolint::dl3026_trusted_registry::RULE,
    &hadolint::dl3027_use_apt_get::RULE,
    &hadolint::dl3028_gem_pin_versions::RULE,
    &hadolint::dl3029_from_platform_flag::RULE,
    &hadolint::dl3030_yum_yes::RULE,
    &hadolint::dl3032_yum_clean_all::RULE,
    &hadolint::dl3033_yum_pin_versions::RULE,
    &hadolint::dl3034_zypper_non_interactive::RULE,
    &hadolint::dl3035_zypper_dist_upgrade::RULE,
    &hadolint::dl3036_zypper_clean::RULE,
    &hadolint::dl3037_zypper_pin_versions::RULE,
    &hadolint::dl3038_dnf_yes::RULE,
    &hadolint::dl3040_dnf_clean_all::RULE,
    &hadolint::dl3041_dnf_pin_versions::RULE,
    &hadolint::dl3042_pip_no_cache_dir::RULE,
    &hadolint::dl3043_onbuild_invalid_trigger::RULE,
    &hadolint::dl3044_env_self_reference::RULE,
    &hadolint::dl3045_copy_relative_without_workdir::RULE,
    &hadolint::dl3046_useradd_high_uid::RULE,
    &hadolint::dl3047_wget_progress::RULE,
    &hadolint::dl3048_invalid_label_key::RULE,
    &hadolint::dl3049_label_missing::RULE,
    &hadolint::dl3050_superfluous_label::RULE,
    &hadolint::dl3051_label_empty::RULE,
    &hadolint::dl3052_label_not_url::RULE,
    &hadolint::dl3053_label_not_timestamp::RULE,
    &hadolint::dl3054_label_not_spdx::RULE,
    &hadolint::dl3055_label_not_git_hash::RULE,
    &hadolint::dl3056_label_not_semver::RULE,
    &hadolint::dl3057_healthcheck_missing::RULE,
    &hadolint::dl3058_label_not_email::RULE,
    &hadolint::dl3059_consecutive_run::RULE,
    &hadolint::dl3060_yarn_cache_clean::RULE,
    &hadolint::dl3061_instruction_before_from::RULE,
    &hadolint::dl3062_go_install_pin_versions::RULE,
    &hadolint::dl3063_stage_name_not_reserved::RULE,
    &hadolint::dl3064_sensitive_arg_env::RULE,
    &hadolint::dl3065_no_redundant_target_platform::RULE,
    &hadolint::dl3066_non_numeric_user::RULE,
    &hadolint::dl3067_copy_whole_filesystem::RULE,
    &hadolint::dl4000_no_maintainer::RULE,
    &hadolint::dl4001_curl_or_wget::RULE,
    &hadolint::dl4003_multiple_cmd::RULE,
    &hadolint::dl4004_multiple_entrypoint::RULE,
    &hadolint::dl4005_use_shell_instruction::RULE,
    &hadolint::dl4006_pipefail::RULE,
    &shellcheck::sc2005_useless_echo::RULE,
    &shellcheck::sc2006_backquotes::RULE,
    &shellcheck::sc2016_single_quoted_expansion::RULE,
    &shellcheck::sc2028_echo_escapes::RULE,
    &shellcheck::sc2035_glob_as_option::RULE,
    &shellcheck::sc2038_find_xargs::RULE,
    &shellcheck::sc2043_loop_runs_once::RULE,
    &shellcheck::sc2046_unquoted_substitution::RULE,
    &shellcheck::sc2059_variable_in_format::RULE,
    &shellcheck::sc2086_unquoted_variable::RULE,
    &shellcheck::sc2143_grep_output_test::RULE,
    &shellcheck::sc2155_declare_and_assign::RULE,
    &shellcheck::sc2164_cd_unchecked::RULE,
    &shellcheck::sc2251_bang_skips_errexit::RULE,
    &shellcheck::sc2308_expr_extension::RULE,
    &shellcheck::sc3001_process_substitution::RULE,
    &shellcheck::sc3009_brace_expansion::RULE,
    &shellcheck::sc3010_double_brackets::RULE,
    &shellcheck::sc3011_here_string::RULE,
    &shellcheck::sc3014_double_equals::RULE,
    &shellcheck::sc3020_and_redirect::RULE,
    &shellcheck::sc3037_echo_flags::RULE,
    &shellcheck::sc3040_pipefail_option::RULE,
    &shellcheck::sc3043_local::RULE,
    &shellcheck::sc3046_source::RULE,
    &shellcheck::sc3057_substring::RULE,
    &shellcheck::sc3060_replacement::RULE,
    &buildkit::consistent_instruction_casing::RULE,
    &buildkit::copy_ignored_file::RULE,
    &buildkit::duplicate_stage_name::RULE,
    &buildkit::expose_invalid_format::RULE,
    &buildkit::expose_proto_casing::RULE,
    &buildkit::from_as_casing::RULE,
    &buildkit::from_platform_flag_const_disallowed::RULE,
    &buildkit::invalid_default_arg_in_from::RULE,
    &buildkit::invalid_definition_description::RULE,
    &buildkit::json_args_recommended::RULE,
    &buildkit::legacy_key_value_format::RULE,
    &buildkit::maintainer_deprecated::RULE,
    &buildkit::multiple_instructions_disallowed::RULE,
    &buildkit::redundant_target_platform::RULE,
    &buildkit::reserved_stage_name::RULE,
    &buildkit::secrets_used_in_arg_or_env::RULE,
    &buildkit::stage_name_casing::RULE,
    &buildkit::undefined_arg_in_from::RULE,
    &buildkit::undefined_var::RULE,
    &buildkit::workdir_relative_path::RULE,
    &dockplay::dp1001_copy_before_dependency_install::RULE,
    &dockplay::dp1002_daemon_in_cmd::RULE,
    &dockplay::dp1003_inline_comment::RULE,
    &dockplay::dp1004_invalid_exec_form::RULE,
    &dockplay::dp1005_missing_http_client::RULE,
    &dockplay::dp1006_dev_dependencies_omitted_before_build::RULE,
    &dockplay::dp1007_runs_as_root::RULE,
    &dockplay::dp1008_package_index_update_alone::RULE,
    &dockplay::dp1009_copy_from_unknown_stage::RULE,
    &dockplay::dp1010_add_url_without_checksum::RULE,
    &dockplay::dp1011_end_of_life_base_image::RULE,
    &dockplay::dp1012_relative_workdir_chain::RULE,
    &dockplay::dp1013_entrypoint_and_cmd::RULE,
    &dockplay::dp1014_stage_not_built::RULE,
];

/// Every compose rule (by code).
pub(crate) static COMPOSE_RULES: &[&Rule] = &[
    &compose::dc1001_obsolete_version::RULE,
    &compose::dc1002_build_and_image::RULE,
    &compose::dc1003_duplicate_container_name::RULE,
    &compose::dc1004_duplicate_host_port::RULE,
    &compose::dc1005_quoted_volume::RULE,
    &compose::dc1006_port_on_all_interfaces::RULE,
    &compose::dc1007_missing_project_name::RULE,
    &compose::dc1008_unquoted_port::RULE,
    &compose::dc1009_invalid_container_name::RULE,
    &compose::dc1010_unsorted_dependencies::RULE,
    &compose::dc1011_image_without_explicit_tag::RULE,
    &compose::dc1012_unordered_service_keys::RULE,
    &compose::dc1013_unsorted_ports::RULE,
    &compose::dc1014_unsorted_services::RULE,
    &compose::dc1015_top_level_order::RULE,
    &compose::dc1101_depends_on_not_ready::RULE,
    &compose::dc1102_localhost_as_service_address::RULE,
    &compose::dc1103_unreachable_host::RULE,
    &compose::dc1104_hostname_as_address::RULE,
    &compose::dc1105_ports_with_network_mode::RULE,
    &compose::dc1106_ports_on_internal_network::RULE,
    &compose::dc1107_relative_bind_path::RULE,
    &compose::dc1201_privileged::RULE,
    &compose::dc1202_docker_socket_mounted::RULE,
    &compose::dc1203_sensitive_host_path::RULE,
    &compose::dc1204_host_namespace::RULE,
    &compose::dc1205_dangerous_capability::RULE,
    &compose::dc1206_unconfined_profile::RULE,
    &compose::dc1207_plaintext_secret::RULE,
    &compose::dc1208_user_root::RULE,
    &compose::dc1209_dangerous_device::RULE,
    &compose::dc1210_no_cap_drop::RULE,
    &compose::dc1211_no_new_privileges_missing::RULE,
    &compose::dc1212_writable_root_filesystem::RULE,
    &compose::dc1301_unknown_build_target::RULE,
    &compose::dc1302_undeclared_build_arg::RULE,
    &compose::dc1303_port_not_listened::RULE,
    &compose::dc1304_server_on_loopback::RULE,
    &compose::dc1305_entrypoint_drops_cmd::RULE,
    &compose::dc1306_healthcheck_tool_missing::RULE,
    &compose::dc1307_user_overrides_image::RULE,
];

/// The codes reported outside the rule engine, each with its docs.
pub(crate) static OTHER_CODES: &[&Code] = &[
    &parser_codes::SYNTAX_ERROR,
    &parser_codes::UNKNOWN_INSTRUCTION,
    &parser_codes::INVALID_FLAG,
    &parser_codes::INVALID_INSTRUCTION,
    &parser_codes::INVALID_UTF8,
    &parser_codes::INVALID_SUBSTITUTION,
    &parser_codes::INVALID_STAGE_REFERENCE,
    &parser_codes::UNKNOWN_FILE_KIND,
    &parser_codes::KIND_FROM_CONTENT,
    &parser_codes::EXPANSION_TOO_LARGE,
    &parser_codes::FINDINGS_TRUNCATED,
    &parser_codes::DOCKERIGNORE_TOO_LARGE,
    &parser_codes::FILE_TOO_LARGE,
    &parser_codes::SCRIPT_NOT_ANALYSED,
    &parser_codes::NO_EMPTY_CONTINUATION,
    &cache_codes::UNKNOWN_STAGE,
    &cache_codes::STAGE_NOT_ABOVE,
    &compose_codes::YAML_SYNTAX,
    &compose_codes::DUPLICATE_KEY,
    &compose_codes::YAML_LIMIT,
    &compose_codes::SCHEMA,
    &compose_codes::UNDEFINED_REFERENCE,
    &compose_codes::DEPENDENCY_CYCLE,
    &compose_codes::CONTAINER_NAME_REPLICAS,
    &compose_codes::NETWORK_MODE_WITH_NETWORKS,
    &compose_codes::INVALID_PORT,
    &compose_codes::DUPLICATE_MOUNT,
    &compose_codes::UNSET_VARIABLE,
    &compose_codes::INTERPOLATION,
    &compose_codes::NO_IMAGE_OR_BUILD,
    &compose_codes::INVALID_VOLUME,
    &compose_codes::NOT_FOLLOWED,
    &compose_codes::EMPTY_FILE,
    &compose_codes::MISSING_FILE,
    &compose_codes::INVALID_UTF8,
    &run_codes::UNKNOWN_FLAG,
    &run_codes::NEEDS_VALUE,
    &run_codes::NO_IMAGE,
    &run_codes::NO_RUN_LINE,
];

/// Every code, in the order `dockplay rules` lists them: hadolint's rules, BuildKit's checks
/// (rules and the parser's check by name), the teaching rules, dockplay's parser and simulator
/// codes, compose rules, and Compose's loader codes.
pub static CODES: LazyLock<Vec<&'static Code>> = LazyLock::new(|| {
    let rules = DOCKERFILE_RULES
        .iter()
        .chain(COMPOSE_RULES)
        .map(|r| &r.code);
    let mut out: Vec<&'static Code> = rules.chain(OTHER_CODES.iter().copied()).collect();
    // Stable: each section keeps the registry's order, except BuildKit's, sorted by name.
    crate::sort::sort_by(&mut out, |a, b| {
        let (sa, sb) = (Section::of(a), Section::of(b));
        let by_name = sa == Section::Buildkit && sb == Section::Buildkit;
        sa.cmp(&sb).then_with(|| {
            if by_name {
                a.id.cmp(b.id)
            } else {
                std::cmp::Ordering::Equal
            }
        })
    });
    out
});

/// The sections of the reference, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Section {
    /// hadolint's DL rules.
    Hadolint,
    /// ShellCheck's checks on RUN scripts.
    Shellcheck,
    /// BuildKit's build checks.
    Buildkit,
    /// dockplay's teaching rules.
    Teaching,
    /// What dockplay's Dockerfile parser and cache simulator report.
    Parser,
    /// Compose rules.
    ComposeRules,
    /// Docker Compose's own loader errors.
    ComposeLoader,
    /// What the `docker run` reader reports.
    DockerRun,
}

impl Section {
    /// Every section, in order.
    pub const ALL: [Section; 8] = [
        Section::Hadolint,
        Section::Shellcheck,
        Section::Buildkit,
        Section::Teaching,
        Section::Parser,
        Section::ComposeRules,
        Section::ComposeLoader,
        Section::DockerRun,
    ];

    /// The section a code belongs to.
    pub fn of(c: &Code) -> Section {
        match (c.origin, c.reported_by, c.target) {
            (Origin::Hadolint, _, _) => Section::Hadolint,
            (Origin::Shellcheck, _, _) => Section::Shellcheck,
            (Origin::Buildkit, _, _) => Section::Buildkit,
            (Origin::Dockplay, ReportedBy::Rule, Target::Dockerfile) => Section::Teaching,
            (_, _, Target::Dockerfile) => Section::Parser,
            (_, ReportedBy::Rule, Target::Compose) => Section::ComposeRules,
            (_, _, Target::DockerRun) => Section::DockerRun,
            _ => Section::ComposeLoader,
        }
    }

    /// Its title.
    pub fn title(self) -> StaticText {
        match self {
            Section::Hadolint => StaticText::of("hadolint rules", "hadolint 规则"),
            Section::Shellcheck => {
                StaticText::of("ShellCheck checks in RUN", "RUN 中的 ShellCheck 检查")
            }
            Section::Buildkit => StaticText::of("BuildKit build checks", "BuildKit 构建检查"),
            Section::Teaching => StaticText::of("Teaching rules", "教学规则"),
            Section::Parser => StaticText::of(
                "Dockerfile parser and cache simulator codes",
                "Dockerfile 解析器与缓存模拟器代码",
            ),
            Section::ComposeRules => StaticText::of("Compose rules", "Compose 规则"),
            Section::ComposeLoader => {
                StaticText::of("Docker Compose loader codes", "Docker Compose 加载器代码")
            }
            Section::DockerRun => StaticText::of("docker run lines", "docker run 命令"),
        }
    }
}

/// The code with id or name `id`, or the dclint rule of that name.
pub fn find(id: &str) -> Option<&'static Code> {
    CODES
        .iter()
        .copied()
        .find(|c| c.id == id || c.name == id)
        .or_else(|| {
            CODES
                .iter()
                .copied()
                .find(|c| c.origin == Origin::Dclint && c.aliases.contains(&id))
        })
}

/// Every declared (rule, alias) pair: hadolint's rules name the BuildKit check they share.
pub(crate) fn alias_pairs() -> impl Iterator<Item = (&'static str, &'static str)> {
    CODES
        .iter()
        .flat_map(|c| c.aliases.iter().map(move |a| (c.id, *a)))
}

/// The names of the same check in other tools, in both directions (a BuildKit check answers to
/// the hadolint rules that declare it), in registry order.
pub fn aliases(id: &str) -> Vec<&'static str> {
    let mut out = Vec::new();
    for (a, b) in alias_pairs() {
        if a == id && !out.contains(&b) {
            out.push(b);
        } else if b == id && !out.contains(&a) {
            out.push(a);
        }
    }
    out
}

/// One entry of `dockplay rules --format json`.
#[derive(Debug, Clone, Serialize)]
pub struct RuleInfo {
    /// Code.
    pub id: &'static str,
    /// Kebab-case name.
    pub name: &'static str,
    /// Default severity.
    pub severity: Severity,
    /// Whether it runs without configuration (hadolint's DL1001 and DL3057 do not).
    pub enabled_by_default: bool,
    /// The original tool's documentation page, for hadolint and BuildKit rules.
    pub help_uri: Option<String>,
    /// Where it comes from.
    pub origin: Origin,
    /// Names of the same check in other tools (both directions).
    pub aliases: Vec<&'static str>,
    /// One line: what it flags.
    pub summary: StaticText,
    /// Why it matters.
    pub why: StaticText,
    /// How to fix it.
    pub fix: StaticText,
    /// Where dockplay deliberately differs from the original tool, if anywhere.
    pub differs: Option<StaticText>,
    /// A file that gives exactly one finding of this code ("" when no single file can).
    pub bad: &'static str,
    /// The same file fixed.
    pub good: &'static str,
    /// The `.dockerignore` the examples are checked with.
    pub example_dockerignore: Option<&'static str>,
    /// The `.hadolint.yaml` the examples are checked with.
    pub example_config: Option<&'static str>,
    /// Whether its findings come with a fix.
    pub fixable: bool,
    /// Whether that fix can change what the file does (applied only with `--unsafe-fixes`).
    pub unsafe_fix: bool,
    /// The kind of file it is about.
    pub target: Target,
    /// What reports it: a rule, the parser, the compose loader, the cache simulator, the input.
    pub reported_by: ReportedBy,
    /// The code itself (its properties), for the engine and the tests.
    #[serde(skip)]
    pub code: &'static Code,
}

impl RuleInfo {
    /// The entry of `code`.
    pub fn of(code: &'static Code) -> RuleInfo {
        RuleInfo {
            id: code.id,
            name: code.name,
            severity: code.severity,
            enabled_by_default: code.enabled_by_default,
            help_uri: super::docs::help_uri(code),
            origin: code.origin,
            aliases: aliases(code.id),
            summary: code.summary,
            why: code.why,
            fix: code.fix,
            differs: code.differs,
            bad: code.bad,
            good: code.good,
            example_dockerignore: code.example_dockerignore,
            example_config: code.example_config,
            fixable: code.fixable,
            unsafe_fix: code.unsafe_fix,
            target: code.target,
            reported_by: code.reported_by,
            code,
        }
    }
}

/// The registry as data.
pub fn registry() -> Vec<RuleInfo> {
    CODES.iter().map(|c| RuleInfo::of(c)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_is_registered_with_its_target() {
        for (rules, target) in [
            (DOCKERFILE_RULES, Target::Dockerfile),
            (COMPOSE_RULES, Target::Compose),
        ] {
            for rule in rules {
                let code = find(rule.code.id).expect("registered");
                assert_eq!(code.target, target, "{}", code.id);
                assert_eq!(code.reported_by, ReportedBy::Rule, "{}", code.id);
                let check_target = match rule.check {
                    super::super::Check::Dockerfile(_) => Target::Dockerfile,
                    super::super::Check::Compose(_) => Target::Compose,
                };
                assert_eq!(check_target, target, "{}", code.id);
            }
        }
        for code in OTHER_CODES {
            assert_ne!(code.reported_by, ReportedBy::Rule, "{}", code.id);
        }
        assert_eq!(
            CODES.len(),
            DOCKERFILE_RULES.len() + COMPOSE_RULES.len() + OTHER_CODES.len()
        );
    }
}
