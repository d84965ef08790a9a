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
    /// The `.hadolint.yaml` the examples are checked with, for rules that need configuration.
    pub example_config: Option<&'static str>,
    /// Whether its findings come with a fix (edits to the text).
    pub fixable: bool,
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

    /// Report with a fix.
    pub fn report_fix(
        &mut self,
        span: crate::text::Span,
        message: Text,
        help: Option<Text>,
        fix: crate::diagnostic::Fix,
    ) {
        let mut d = Diagnostic::new(self.code, span, message);
        d.help = help;
        d.fix = Some(fix);
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
        if !enabled(r, ctx.config) {
            continue;
        }
        let mut out = Out {
            code: r.meta.code,
            items: &mut items,
        };
        (r.check)(ctx, &mut out);
    }
    dedupe_aliases(ctx, &mut items);
    items
}

/// Rules that judge a stage as a whole (or its order): not run on ONBUILD triggers, which run
/// inside a child image's stage that this file cannot see.
const STAGE_LEVEL: &[&str] = &[
    "DL1001", "DL3002", "DL3012", "DL3024", "DL3043", "DL3045", "DL3049", "DL3050", "DL3057",
    "DL3059", "DL3061", "DL4003", "DL4004", "DP1007", "DP1013",
];

/// Run the instruction rules on ONBUILD triggers, as hadolint does: each trigger is judged as if
/// it stood in the stage where it is written. BuildKit's checks do not look inside triggers.
pub fn run_on_triggers(ctx: &Ctx) -> Vec<Diagnostic> {
    let nodes = &ctx.model.parsed.nodes;
    let triggers: Vec<(crate::text::Span, crate::text::Span)> = nodes
        .iter()
        .filter_map(|n| n.sub.as_ref().map(|s| (n.keyword.span, s.span)))
        .collect();
    if triggers.is_empty() {
        return Vec::new();
    }
    // Blank out each ONBUILD keyword: the trigger becomes an instruction at the same offsets.
    let mut bytes = ctx.src.as_bytes().to_vec();
    for (kw, _) in &triggers {
        bytes[kw.start..kw.end].fill(b' ');
    }
    let Ok(text) = String::from_utf8(bytes) else {
        return Vec::new();
    };
    let build = crate::dockerfile::BuildOptions {
        build_args: ctx.build_args.to_vec(),
    };
    let (text, model) = crate::dockerfile::analyze_text(&text, &build);
    if text.len() != ctx.src.len() {
        return Vec::new();
    }
    let vctx = Ctx::new(&text, &model, ctx.dockerignore, ctx.config, ctx.build_args);
    let mut items = run(&vctx);
    items.retain(|d| {
        let origin = find(d.code.id).map(|r| r.meta.origin);
        origin != Some(Origin::Buildkit)
            && !STAGE_LEVEL.contains(&d.code.id)
            && triggers
                .iter()
                .any(|(_, t)| t.start <= d.span.start && d.span.end <= t.end)
    });
    items
}

/// Rules that run only when the configuration gives them a severity (`override:`), as in hadolint.
pub const OFF_BY_DEFAULT: &[&str] = &["DL1001", "DL3057"];

/// Whether `rule` runs under `config`.
fn enabled(rule: &Rule, config: &Config) -> bool {
    let id = rule.meta.code.id;
    !OFF_BY_DEFAULT.contains(&id)
        || config
            .overrides
            .iter()
            .any(|(x, _)| x == id || x == rule.meta.code.name)
}

/// Rules that report what the model already reports as an invalid instruction: their report
/// replaces the model's (same span), so hadolint's ID, pragmas and configuration apply to it.
const TAKE_OVER: &[&str] = &["DL3043", "DL3061"];

/// Drop the model's diagnostics that a rule in [`TAKE_OVER`] reported again at the same span.
pub fn take_over(model_diags: &mut Vec<Diagnostic>, rule_diags: &[Diagnostic]) {
    model_diags.retain(|m| {
        !rule_diags
            .iter()
            .any(|r| TAKE_OVER.contains(&r.code.id) && r.span == m.span)
    });
}

/// Drop the second report of a check two tools share: same stage, same kind of instruction.
fn dedupe_aliases(ctx: &Ctx, items: &mut Vec<Diagnostic>) {
    let key = |d: &Diagnostic| {
        suppress::instruction_at(ctx.model, d.span.start).map(|i| {
            (
                ctx.model.instructions[i].stage,
                ctx.model.instructions[i].keyword(),
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
                .map(|(_, k)| *k)
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
    use crate::dockerfile::model::Instr;
    match &ins.kind {
        Instr::Arg(defs) => defs
            .iter()
            .map(|d| (d.name.value.as_str(), d.name.span))
            .collect(),
        Instr::Env(kvs) => kvs
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

pub(crate) use crate::suggest::did_you_mean;

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
    /// Whether it runs without configuration (hadolint's DL1001 and DL3057 do not).
    pub enabled_by_default: bool,
    /// The original tool's documentation page, for hadolint and BuildKit rules.
    pub help_uri: Option<String>,
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
            enabled_by_default: !OFF_BY_DEFAULT.contains(&r.meta.code.id),
            help_uri: help_uri(&r.meta),
            meta: r.meta,
        })
        .collect()
}

/// The original tool's page about a rule: hadolint's wiki or Docker's build-check reference.
pub fn help_uri(meta: &Meta) -> Option<String> {
    match meta.origin {
        Origin::Hadolint => Some(format!(
            "https://github.com/hadolint/hadolint/wiki/{}",
            meta.code.id
        )),
        Origin::Buildkit => Some(format!(
            "https://docs.docker.com/reference/build-checks/{}/",
            meta.code.name
        )),
        Origin::Dockplay => None,
    }
}

/// The rule's documentation as Markdown in one language: summary, why, fix, differences,
/// and the two examples.
pub fn doc_markdown(meta: &Meta, zh: bool) -> String {
    let pick = |t: T| if zh { t.zh } else { t.en };
    let (why, fix, differs, bad, good, aliases) = if zh {
        (
            "为什么",
            "如何修复",
            "与原工具的差异",
            "有问题的写法",
            "正确的写法",
            "同一检查的其他名称",
        )
    } else {
        (
            "Why",
            "How to fix",
            "Differences from the original tool",
            "Flagged",
            "Fixed",
            "Also known as",
        )
    };
    let mut s = format!(
        "### {} `{}`\n\n{}\n\n**{why}.** {}\n\n**{fix}.** {}\n",
        meta.code.id,
        meta.code.name,
        pick(meta.summary),
        pick(meta.why),
        pick(meta.fix)
    );
    if let Some(d) = meta.differs {
        s.push_str(&format!("\n**{differs}.** {}\n", pick(d)));
    }
    if !meta.aliases.is_empty() {
        s.push_str(&format!("\n**{aliases}:** {}\n", meta.aliases.join(", ")));
    }
    if let Some(u) = help_uri(meta) {
        s.push_str(&format!("\n<{u}>\n"));
    }
    s.push_str(&format!(
        "\n{bad}:\n\n```dockerfile\n{}```\n\n{good}:\n\n```dockerfile\n{}```\n",
        meta.bad, meta.good
    ));
    s
}

/// `"…"` with `"` and `\\` escaped, as a Dockerfile double-quoted word.
pub(crate) fn dq(v: &str) -> String {
    format!("\"{}\"", v.replace('\\', "\\\\").replace('"', "\\\""))
}

/// The fix shared by DL4000 and MaintainerDeprecated: the instruction becomes an authors label.
pub(crate) fn maintainer_to_label(
    node: &crate::dockerfile::syntax::Node,
) -> crate::diagnostic::Fix {
    let who = node.rest().trim();
    let label = if node.keyword.value == node.keyword.value.to_lowercase() {
        "label"
    } else {
        "LABEL"
    };
    crate::diagnostic::Fix::replace(
        crate::text!(
            "replace with LABEL org.opencontainers.image.authors",
            "改为 LABEL org.opencontainers.image.authors"
        ),
        crate::text::Span::new(node.keyword.span.start, node.rest_span.end),
        format!("{label} org.opencontainers.image.authors={}", dq(who)),
    )
}
