//! The rule engine: checks over the semantic model, one per file, every code listed in one
//! registry ([`registry`]). Each code carries its identity, default severity, bilingual docs (with
//! a bad and a good example that the tests run) and how the engine treats it. Suppression
//! (`# hadolint ignore=`, `# check=skip=`) and configuration are applied after the rules ran.

mod buildkit;
pub(crate) mod compose;
pub mod config;
mod context;
pub(crate) mod dclint_comments;
pub(crate) mod dockplay;
pub mod docs;
mod fragment;
mod hadolint;
pub(crate) mod prelude;
pub mod registry;
pub(crate) mod shared;
mod shellcheck;
pub(crate) mod suppress;
mod triggers;

pub use config::Config;
pub(crate) use context::Ctx;
pub use registry::{find, registry, RuleInfo};

use crate::compose::model::Loc;
use crate::diagnostic::{Code, Diagnostic, Fix, Origin};
use crate::dockerfile::Keyword;
use crate::i18n::Text;
use crate::text::Span;

/// What a rule checks, and the context it reads.
#[derive(Clone, Copy)]
pub(crate) enum Check {
    /// A Dockerfile rule.
    Dockerfile(fn(&Ctx, &mut Out)),
    /// A compose rule.
    Compose(fn(&compose::ComposeCtx, &mut Out)),
}

/// A rule: its code (identity, docs, properties) and its check.
pub(crate) struct Rule {
    /// Everything about the code it reports.
    pub code: Code,
    /// The check.
    pub check: Check,
}

/// Collects a rule's findings, each with the index of the file it is in (always 0 for a
/// Dockerfile).
pub(crate) struct Out<'a> {
    code: &'static Code,
    items: &'a mut Vec<(usize, Diagnostic)>,
}

impl<'a> Out<'a> {
    /// Findings of `code` go to `items`.
    pub(crate) fn new(code: &'static Code, items: &'a mut Vec<(usize, Diagnostic)>) -> Self {
        Out { code, items }
    }

    fn push(
        &mut self,
        file: usize,
        span: Span,
        message: Text,
        help: Option<Text>,
        fix: Option<Fix>,
    ) {
        let mut d = Diagnostic::new(self.code, span, message);
        d.help = help;
        d.fix = fix;
        self.items.push((file, d));
    }

    /// Report at `span` with `message` (and an optional hint).
    pub fn report(&mut self, span: Span, message: Text, help: Option<Text>) {
        self.push(0, span, message, help, None);
    }

    /// Report with a fix.
    pub fn report_fix(&mut self, span: Span, message: Text, help: Option<Text>, fix: Fix) {
        self.push(0, span, message, help, Some(fix));
    }

    /// Report at a place in one of several files (compose rules).
    pub fn report_at(&mut self, loc: Loc, message: Text, help: Option<Text>) {
        self.push(loc.file, loc.span, message, help, None);
    }

    /// Report at a place in one of several files, with a fix when there is one (the ordering
    /// rules give their one fix to the first finding of a group).
    pub fn report_maybe_fix(
        &mut self,
        loc: Loc,
        message: Text,
        help: Option<Text>,
        fix: Option<Fix>,
    ) {
        self.push(loc.file, loc.span, message, help, fix);
    }

    /// Report with a fix at a place in one of several files (compose rules).
    pub fn report_fix_at(&mut self, loc: Loc, message: Text, help: Option<Text>, fix: Fix) {
        self.push(loc.file, loc.span, message, help, Some(fix));
    }
}

/// Run every Dockerfile rule on one Dockerfile. A check that hadolint and BuildKit share is
/// reported once: under the hadolint ID, or under BuildKit's name when the configuration asks.
pub(crate) fn run(ctx: &Ctx) -> Vec<Diagnostic> {
    let mut items = Vec::new();
    for r in registry::DOCKERFILE_RULES {
        let Check::Dockerfile(check) = r.check else {
            continue;
        };
        if enabled(&r.code, ctx.config) {
            check(ctx, &mut Out::new(&r.code, &mut items));
        }
    }
    let mut items = items.into_iter().map(|(_, d)| d).collect();
    dedupe_aliases(ctx, &mut items);
    items
}

/// Run every compose rule on loaded compose files: `(file index, diagnostic)` pairs.
pub(crate) fn run_compose(ctx: &compose::ComposeCtx) -> Vec<(usize, Diagnostic)> {
    let mut items = Vec::new();
    for r in registry::COMPOSE_RULES {
        let Check::Compose(check) = r.check else {
            continue;
        };
        if enabled(&r.code, ctx.config) {
            check(ctx, &mut Out::new(&r.code, &mut items));
        }
    }
    items
}

pub(crate) use fragment::run_on_fragment;
pub(crate) use triggers::run_on_triggers;

/// Whether a rule runs under `config`: rules off by default run once `override:` gives them a
/// severity, as in hadolint.
fn enabled(code: &Code, config: &Config) -> bool {
    let names = || {
        let mut n = vec![code.id, code.name];
        n.extend(registry::aliases(code.id));
        n
    };
    code.enabled_by_default
        || config
            .overrides
            .iter()
            .any(|(x, _)| names().contains(&x.as_str()))
}

/// Drop the parser's diagnostics that a rule which takes them over reported again at the same
/// span (DL3043, DL3061), so hadolint's ID, pragmas and configuration apply to them.
pub(crate) fn take_over(model_diags: &mut Vec<Diagnostic>, rule_diags: &[Diagnostic]) {
    model_diags.retain(|m| {
        !rule_diags
            .iter()
            .any(|r| r.code.takes_over && r.span == m.span)
    });
}

/// Instructions a hadolint rule checks that its BuildKit alias does not look at.
const HADOLINT_BEYOND: &[(&str, Keyword)] = &[("DL3025", Keyword::Healthcheck)];

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
    if ctx.config.naming == config::Naming::Buildkit {
        // BuildKit's check decides what both tools check: a hadolint finding it would not make
        // (DL3025 under a custom SHELL, DL3000 after an absolute WORKDIR) goes too. Only what
        // hadolint checks beyond BuildKit's check stays.
        for (hadolint, _) in registry::alias_pairs() {
            for (i, d) in items.iter().enumerate() {
                let kw = keys[i].and_then(|(_, k)| k);
                let beyond = HADOLINT_BEYOND
                    .iter()
                    .any(|(id, k)| *id == hadolint && kw == Some(*k));
                if d.code.id == hadolint && !beyond {
                    drop[i] = true;
                }
            }
        }
    }
    for (hadolint, buildkit) in registry::alias_pairs() {
        let (keep, lose) = match ctx.config.naming {
            config::Naming::Hadolint => (hadolint, buildkit),
            config::Naming::Buildkit => (buildkit, hadolint),
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
    let mut i = 0;
    items.retain(|_| {
        i += 1;
        !drop[i - 1]
    });
}

/// Whether `id` is a BuildKit build-check name.
pub fn is_buildkit_check(id: &str) -> bool {
    find(id).is_some_and(|c| c.origin == Origin::Buildkit && c.id == id)
}
