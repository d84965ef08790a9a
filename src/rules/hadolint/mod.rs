//! hadolint's DL rules, with hadolint's IDs and default severities (so `# hadolint ignore=` and
//! `.hadolint.yaml` keep working), minus hadolint's known false positives.

mod apt;
mod copy_add;
mod expose;
mod from;
mod labels;
mod misc;
mod package_pins;
mod run_hygiene;
mod structure;

use super::{Meta, Origin, Rule, T};
use crate::diagnostic::{Code, Severity};

/// The hadolint rules, in code order.
pub static RULES: &[&Rule] = &[
    &misc::DL1001,
    &misc::DL3000,
    &run_hygiene::DL3001,
    &misc::DL3002,
    &run_hygiene::DL3003,
    &run_hygiene::DL3004,
    &from::DL3006,
    &from::DL3007,
    &apt::DL3008,
    &apt::DL3009,
    &copy_add::DL3010,
    &expose::DL3011,
    &misc::DL3012,
    &package_pins::DL3013,
    &apt::DL3014,
    &apt::DL3015,
    &package_pins::DL3016,
    &package_pins::DL3018,
    &package_pins::DL3019,
    &copy_add::DL3020,
    &copy_add::DL3021,
    &copy_add::DL3022,
    &copy_add::DL3023,
    &from::DL3024,
    &misc::DL3025,
    &from::DL3026,
    &apt::DL3027,
    &package_pins::DL3028,
    &from::DL3029,
    &package_pins::DL3030,
    &package_pins::DL3032,
    &package_pins::DL3033,
    &package_pins::DL3034,
    &package_pins::DL3035,
    &package_pins::DL3036,
    &package_pins::DL3037,
    &package_pins::DL3038,
    &package_pins::DL3040,
    &package_pins::DL3041,
    &package_pins::DL3042,
    &structure::DL3043,
    &misc::DL3044,
    &copy_add::DL3045,
    &run_hygiene::DL3046,
    &run_hygiene::DL3047,
    &misc::DL3048,
    &labels::DL3049,
    &labels::DL3050,
    &labels::DL3051,
    &labels::DL3052,
    &labels::DL3053,
    &labels::DL3054,
    &labels::DL3055,
    &labels::DL3056,
    &misc::DL3057,
    &labels::DL3058,
    &run_hygiene::DL3059,
    &package_pins::DL3060,
    &structure::DL3061,
    &package_pins::DL3062,
    &from::DL3063,
    &misc::DL3064,
    &from::DL3065,
    &misc::DL3066,
    &copy_add::DL3067,
    &misc::DL4000,
    &run_hygiene::DL4001,
    &misc::DL4003,
    &misc::DL4004,
    &run_hygiene::DL4005,
    &run_hygiene::DL4006,
];

/// Metadata of a hadolint rule.
#[allow(clippy::too_many_arguments)]
pub(crate) const fn meta(
    id: &'static str,
    name: &'static str,
    severity: Severity,
    aliases: &'static [&'static str],
    summary: T,
    why: T,
    fix: T,
    differs: Option<T>,
    bad: &'static str,
    good: &'static str,
) -> Meta {
    Meta {
        code: Code { id, name, severity },
        origin: Origin::Hadolint,
        aliases,
        summary,
        why,
        fix,
        differs,
        bad,
        good,
        example_dockerignore: None,
        example_config: None,
        fixable: false,
    }
}

/// `meta` for a rule whose findings come with a fix.
pub(crate) const fn fixable(meta: Meta) -> Meta {
    Meta {
        fixable: true,
        ..meta
    }
}

/// Shorthand for a bilingual text.
pub(crate) const fn t(en: &'static str, zh: &'static str) -> T {
    T { en, zh }
}
