//! ARG and ENV scoping, and the state the model builder carries from one instruction to the next.

use super::stage::Stage;
use crate::diagnostic::{Code, Diagnostic};
use crate::dockerfile::codes;
use crate::dockerfile::shell_word::{Env, Lex};
use crate::dockerfile::syntax::Spanned;
use crate::i18n::Text;
use crate::text;
use crate::text::Span;
use std::collections::{BTreeSet, HashMap};

/// Build arguments BuildKit defines for every build (usable in FROM, or in a stage after `ARG NAME`).
pub const PLATFORM_ARGS: &[(&str, &str)] = &[
    ("TARGETPLATFORM", "linux/amd64"),
    ("TARGETOS", "linux"),
    ("TARGETARCH", "amd64"),
    ("TARGETVARIANT", ""),
    ("BUILDPLATFORM", "linux/amd64"),
    ("BUILDOS", "linux"),
    ("BUILDARCH", "amd64"),
    ("BUILDVARIANT", ""),
];

/// Proxy build arguments: usable in RUN without a declaration, and left out of the cache key.
pub const PROXY_ARGS: &[&str] = &[
    "HTTP_PROXY",
    "http_proxy",
    "HTTPS_PROXY",
    "https_proxy",
    "FTP_PROXY",
    "ftp_proxy",
    "NO_PROXY",
    "no_proxy",
    "ALL_PROXY",
    "all_proxy",
];

/// Most bytes all the expansions of one file may produce; past it, variables are kept as written.
pub const MAX_TOTAL_EXPANSION: usize = 16 << 20;

/// Build settings that change the model: build arguments.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// `--build-arg K=V`.
    pub build_args: Vec<(String, String)>,
}

/// Variables in effect at one point of the file.
#[derive(Debug, Clone, Default)]
pub(super) struct Scope {
    pub(super) vars: HashMap<String, String>,
}

impl Env for Scope {
    fn get(&self, name: &str) -> Option<String> {
        self.vars.get(name).cloned()
    }
}

/// Which scope an instruction reads: the global one (before the first FROM) or its stage's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Which {
    Global,
    Stage,
}

/// What the builder knows while it walks the file.
pub(super) struct Builder<'a> {
    opts: &'a BuildOptions,
    lex: Lex,
    pub(super) diags: Vec<Diagnostic>,
    /// Platform args and meta ARGs (before the first FROM).
    pub(super) global: Scope,
    /// ENV and ARG values of the current stage.
    pub(super) stage_scope: Scope,
    /// The final ENV and ARG values of each stage, for stages built on it.
    pub(super) stage_env: Vec<HashMap<String, String>>,
    /// Stage names (lower case) to their first index.
    pub(super) stage_by_name: HashMap<String, usize>,
    /// Stages so far.
    pub(super) stages: Vec<Stage>,
    /// Bytes all expansions produced so far.
    expanded_total: usize,
}

impl<'a> Builder<'a> {
    pub(super) fn new(opts: &'a BuildOptions, escape: char) -> Self {
        let mut global = Scope::default();
        for (k, v) in PLATFORM_ARGS {
            global.vars.insert(k.to_string(), v.to_string());
        }
        Builder {
            opts,
            lex: Lex::new(escape),
            diags: Vec::new(),
            global,
            stage_scope: Scope::default(),
            stage_env: Vec::new(),
            stage_by_name: HashMap::new(),
            stages: Vec::new(),
            expanded_total: 0,
        }
    }

    /// The stage being built (`None` before the first FROM).
    pub(super) fn current_stage(&self) -> Option<usize> {
        self.stages.len().checked_sub(1)
    }

    /// The value of a `--build-arg` (the last one given wins).
    pub(super) fn build_arg(&self, name: &str) -> Option<String> {
        self.opts
            .build_args
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    }

    /// BuildKit's `ProcessWord` in scope `which`, reporting failures and collecting unset names.
    pub(super) fn expand(
        &mut self,
        s: &Spanned,
        which: Which,
        undefined: &mut BTreeSet<String>,
    ) -> String {
        // Nothing to substitute, unquote or unescape: the word is its own value.
        if !s.value.contains(['$', '\'', '"', self.lex.escape]) {
            return s.value.clone();
        }
        let scope = match which {
            Which::Global => &self.global,
            Which::Stage => &self.stage_scope,
        };
        if self.expanded_total > MAX_TOTAL_EXPANSION {
            return s.value.clone();
        }
        match self.lex.process_word(&s.value, scope) {
            Ok(p) if p.too_large => {
                let v = &s.value;
                self.report(
                    &codes::EXPANSION_TOO_LARGE,
                    s.span,
                    text!(
                        "\"{v}\" would expand to more than 1 MiB; it is kept as written",
                        "\"{v}\" 展开后会超过 1 MiB，因此保留原样、不再展开"
                    ),
                );
                s.value.clone()
            }
            Ok(p) => {
                undefined.extend(p.unmatched);
                self.expanded_total += p.result.len();
                if self.expanded_total > MAX_TOTAL_EXPANSION {
                    self.report(
                        &codes::EXPANSION_TOO_LARGE,
                        s.span,
                        text!(
                            "the expanded values of this file pass 16 MiB here; later variables are kept as written",
                            "本文件展开后的值在这里超过了 16 MiB，之后的变量保留原样、不再展开"
                        ),
                    );
                }
                p.result
            }
            Err(e) => {
                let v = &s.value;
                self.diags.push(Diagnostic::new(
                    &codes::INVALID_SUBSTITUTION,
                    s.span,
                    text!("cannot expand \"{v}\": {e}", "无法展开 \"{v}\"：{e}"),
                ));
                s.value.clone()
            }
        }
    }

    /// Expand a word in the current stage's scope, keeping its span.
    pub(super) fn expand_word(&mut self, s: &Spanned, undefined: &mut BTreeSet<String>) -> Spanned {
        Spanned {
            value: self.expand(s, Which::Stage, undefined),
            span: s.span,
        }
    }

    /// Report an instruction BuildKit refuses.
    pub(super) fn invalid(&mut self, span: Span, en: impl Into<String>, zh: impl Into<String>) {
        self.report(&codes::INVALID_INSTRUCTION, span, Text::new(en, zh));
    }

    /// Report a diagnostic.
    pub(super) fn report(&mut self, code: &'static Code, span: Span, message: Text) {
        self.diags.push(Diagnostic::new(code, span, message));
    }
}
