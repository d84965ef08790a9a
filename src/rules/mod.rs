//! Checks over the semantic model, one per file, listed in one registry. Each rule carries its
//! code, default severity, bilingual summary and docs (with a bad and a good example that the tests
//! run), and the names of equivalent checks in other tools. Suppression (`# hadolint ignore=`,
//! `# check=skip=`) and configuration are applied after the rules ran.

mod buildkit;
pub mod config;
mod context;
mod dockplay;
mod hadolint;
pub mod suppress;

pub use config::Config;
pub use context::Ctx;

use crate::diagnostic::{Code, Diagnostic};
use crate::i18n::Text;
use serde::Serialize;

/// A text of the rule metadata in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct T {
    /// English.
    pub en: &'static str,
    /// Chinese.
    pub zh: &'static str,
}

/// Where a rule comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Origin {
    /// Same ID and behaviour as hadolint's rule.
    Hadolint,
    /// One of BuildKit's build checks (`docker build --check`).
    Buildkit,
    /// dockplay's own (teaching) rules.
    Dockplay,
}

/// Everything a rule says about itself.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Meta {
    /// Code, kebab-case name and default severity.
    #[serde(skip)]
    pub code: Code,
    /// Where it comes from.
    pub origin: Origin,
    /// Names of the same check in other tools (BuildKit names for hadolint rules).
    pub aliases: &'static [&'static str],
    /// One line: what it flags.
    pub summary: T,
    /// Why it matters.
    pub why: T,
    /// How to fix it.
    pub fix: T,
    /// Where dockplay deliberately differs from the original tool, if anywhere.
    pub differs: Option<T>,
    /// A Dockerfile that gives exactly one diagnostic of this rule.
    pub bad: &'static str,
    /// The same Dockerfile fixed: no diagnostic of this rule.
    pub good: &'static str,
    /// The `.dockerignore` the examples are checked with, for rules that need one.
    pub example_dockerignore: Option<&'static str>,
}

/// A rule: its metadata and its check.
pub struct Rule {
    /// Metadata.
    pub meta: Meta,
    /// The check.
    pub check: fn(&Ctx, &mut Out),
}

/// Collects a rule's findings.
pub struct Out<'a> {
    code: Code,
    items: &'a mut Vec<Diagnostic>,
}

impl Out<'_> {
    /// Report at `span` with `message` (and an optional hint).
    pub fn report(&mut self, span: crate::text::Span, message: Text, help: Option<Text>) {
        let mut d = Diagnostic::new(self.code, span, message);
        d.help = help;
        self.items.push(d);
    }
}

/// Every Dockerfile rule: hadolint's, BuildKit's checks, then dockplay's teaching rules.
pub static DOCKERFILE_RULES: std::sync::LazyLock<Vec<&'static Rule>> =
    std::sync::LazyLock::new(|| {
        hadolint::RULES
            .iter()
            .chain(buildkit::RULES.iter())
            .chain(dockplay::RULES.iter())
            .copied()
            .collect()
    });

/// Run every rule on one Dockerfile. A check that hadolint and BuildKit share is reported once:
/// under the hadolint ID, or under BuildKit's name when the configuration asks for it.
pub fn run(ctx: &Ctx) -> Vec<Diagnostic> {
    let mut items = Vec::new();
    for r in DOCKERFILE_RULES.iter() {
        let mut out = Out {
            code: r.meta.code,
            items: &mut items,
        };
        (r.check)(ctx, &mut out);
    }
    dedupe_aliases(ctx, &mut items);
    items
}

/// Drop the second report of a check two tools share: same stage, same kind of instruction.
fn dedupe_aliases(ctx: &Ctx, items: &mut Vec<Diagnostic>) {
    let key = |d: &Diagnostic| {
        suppress::instruction_at(ctx.model, d.span.start).map(|i| {
            (
                ctx.model.instructions[i].stage,
                ctx.model.instructions[i].keyword.clone(),
            )
        })
    };
    let keys: Vec<_> = items.iter().map(key).collect();
    let mut drop = vec![false; items.len()];
    // Each pair once, from the hadolint side (BuildKit rules list the same pairs the other way).
    for r in DOCKERFILE_RULES
        .iter()
        .filter(|r| r.meta.origin == Origin::Hadolint && !r.meta.aliases.is_empty())
    {
        for alias in r.meta.aliases {
            let (keep, lose) = match ctx.config.naming {
                config::Naming::Hadolint => (r.meta.code.id, *alias),
                config::Naming::Buildkit => (*alias, r.meta.code.id),
            };
            let kept: Vec<_> = items
                .iter()
                .zip(&keys)
                .filter(|(d, _)| d.code.id == keep)
                .map(|(_, k)| k.clone())
                .collect();
            if kept.is_empty() {
                continue;
            }
            for (i, d) in items.iter().enumerate() {
                if d.code.id == lose && kept.contains(&keys[i]) {
                    drop[i] = true;
                }
            }
        }
    }
    let mut i = 0;
    items.retain(|_| {
        i += 1;
        !drop[i - 1]
    });
}

/// The names an ARG or ENV instruction defines, with their spans (empty for other instructions).
pub(crate) fn arg_env_names(
    ins: &crate::dockerfile::Instruction,
) -> Vec<(&str, crate::text::Span)> {
    use crate::dockerfile::model::Detail;
    match &ins.detail {
        Detail::Arg(defs) => defs
            .iter()
            .map(|d| (d.name.value.as_str(), d.name.span))
            .collect(),
        Detail::KeyValues(kvs) if ins.keyword == "ENV" => kvs
            .iter()
            .map(|kv| (kv.key.value.as_str(), kv.key.span))
            .collect(),
        _ => Vec::new(),
    }
}

/// Whether a container path is absolute (or starts with a variable, or a Windows drive).
pub(crate) fn is_absolute_path(p: &str) -> bool {
    p.starts_with('/') || p.starts_with('$') || (p.len() >= 2 && p.as_bytes()[1] == b':')
}

/// `stage` and the stages it builds on, nearest first (bounded: cycles cannot loop).
pub fn stage_chain(model: &crate::dockerfile::Dockerfile, stage: usize) -> Vec<usize> {
    let mut out = vec![stage];
    let mut cur = model.stages[stage].base_stage;
    while let Some(s) = cur {
        if out.contains(&s) || out.len() > model.stages.len() {
            break;
        }
        out.push(s);
        cur = model.stages[s].base_stage;
    }
    out
}

/// The closest of `candidates` to `name`, when close enough to be a typo.
pub(crate) fn did_you_mean<'a>(
    name: &str,
    candidates: impl Iterator<Item = &'a str>,
) -> Option<&'a str> {
    candidates
        .map(|c| {
            (
                crate::dockerfile::model::edit_distance(&name.to_uppercase(), &c.to_uppercase()),
                c,
            )
        })
        .filter(|(d, c)| *d <= 2 && *d < c.len() && *d < name.len())
        .min()
        .map(|(_, c)| c)
}

/// The rule with code or name `id`.
pub fn find(id: &str) -> Option<&'static Rule> {
    DOCKERFILE_RULES
        .iter()
        .copied()
        .find(|r| r.meta.code.id == id || r.meta.code.name == id)
}

/// Whether `id` is a BuildKit build-check name.
pub fn is_buildkit_check(id: &str) -> bool {
    id == "NoEmptyContinuation"
        || DOCKERFILE_RULES
            .iter()
            .any(|r| r.meta.origin == Origin::Buildkit && r.meta.code.id == id)
}

/// One entry of `dockplay rules --format json`.
#[derive(Debug, Clone, Serialize)]
pub struct RuleInfo {
    /// Code.
    pub id: &'static str,
    /// Kebab-case name.
    pub name: &'static str,
    /// Default severity.
    pub severity: crate::diagnostic::Severity,
    /// The rest of the metadata.
    #[serde(flatten)]
    pub meta: Meta,
}

/// The registry as data (parser and loader codes are listed by `report` documentation).
pub fn registry() -> Vec<RuleInfo> {
    DOCKERFILE_RULES
        .iter()
        .map(|r| RuleInfo {
            id: r.meta.code.id,
            name: r.meta.code.name,
            severity: r.meta.code.severity,
            meta: r.meta,
        })
        .collect()
}
