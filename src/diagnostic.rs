//! Diagnostics: what a check found, where, how bad, in both languages.

use crate::i18n::{StaticText, Text};
use crate::text::Span;
use serde::{Deserialize, Serialize};

/// How serious a finding is, from most to least.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The build fails or the file is invalid.
    Error,
    /// Probably a bug or a real risk.
    Warning,
    /// Worth knowing.
    Info,
    /// Style and consistency.
    Style,
}

impl Severity {
    /// `error`, `warning`, `info` or `style`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
            Severity::Style => "style",
        }
    }

    /// Parse one of the four names.
    pub fn parse(s: &str) -> Option<Severity> {
        match s.to_ascii_lowercase().as_str() {
            "error" => Some(Severity::Error),
            "warning" => Some(Severity::Warning),
            "info" => Some(Severity::Info),
            "style" => Some(Severity::Style),
            _ => None,
        }
    }
}

/// Where a code comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Origin {
    /// Same ID and behaviour as hadolint's rule.
    Hadolint,
    /// One of BuildKit's build checks (`docker build --check`).
    Buildkit,
    /// dockplay's own: the parser's and the cache simulator's codes, and the teaching rules.
    Dockplay,
    /// Docker Compose's own loader errors and warnings.
    Compose,
    /// Same check as one of dclint's rules (its name is an alias).
    Dclint,
    /// One of ShellCheck's checks, run on RUN scripts as hadolint runs them (same SC code).
    Shellcheck,
}

/// The kind of file a code is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Target {
    /// A Dockerfile.
    Dockerfile,
    /// A compose file.
    Compose,
    /// A shell file of `docker run` lines.
    #[serde(rename = "docker-run")]
    DockerRun,
}

/// What reports a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ReportedBy {
    /// A rule of the rule engine (suppressible, configurable).
    Rule,
    /// The Dockerfile parser or its semantic model.
    Parser,
    /// The compose loader.
    Loader,
    /// The layer cache simulator.
    Cache,
    /// The input itself (a file of unknown kind).
    Input,
}

/// Which instructions a Dockerfile rule judges.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    /// One instruction at a time: also run on ONBUILD triggers.
    Instruction,
    /// A stage as a whole or its order: not run on ONBUILD triggers, which run inside a child
    /// image's stage this file cannot see.
    Stage,
}

/// A code's documentation text: itself with the `docs` feature (on by default), empty without
/// it, so a build that never shows rule docs (the playground's first load) does not carry them.
pub const fn doc(t: StaticText) -> StaticText {
    if cfg!(feature = "docs") {
        t
    } else {
        Text { en: "", zh: "" }
    }
}

/// [`doc`] for a code's optional `differs`.
pub const fn doc_opt(t: Option<StaticText>) -> Option<StaticText> {
    if cfg!(feature = "docs") {
        t
    } else {
        None
    }
}

/// [`doc`] for a code's examples.
pub const fn doc_str(s: &'static str) -> &'static str {
    if cfg!(feature = "docs") {
        s
    } else {
        ""
    }
}

/// Everything about one code the tool can emit: its identity, default severity, where it comes
/// from, its bilingual docs with examples the tests run, and how the engine treats it. Every code
/// is one `static` of this type, listed in [`crate::rules::registry`].
#[derive(Clone, Copy, Serialize)]
pub struct Code {
    /// Stable code (`DP0001`, `DL3008`, `StageNameCasing`).
    pub id: &'static str,
    /// Kebab-case name.
    pub name: &'static str,
    /// Default severity.
    pub severity: Severity,
    /// Where it comes from.
    pub origin: Origin,
    /// The kind of file it is about.
    pub target: Target,
    /// What reports it.
    pub reported_by: ReportedBy,
    /// Names of the same check in other tools, declared on one side only (hadolint's rules list
    /// BuildKit's names); [`crate::rules::registry::aliases`] gives both directions.
    pub aliases: &'static [&'static str],
    /// One line: what it flags.
    pub summary: StaticText,
    /// Why it matters.
    pub why: StaticText,
    /// How to fix it.
    pub fix: StaticText,
    /// Where dockplay deliberately differs from the original tool, if anywhere.
    pub differs: Option<StaticText>,
    /// A file that gives exactly one diagnostic of this code ("" when no single file can).
    pub bad: &'static str,
    /// The same file fixed: no diagnostic of this code.
    pub good: &'static str,
    /// The `.dockerignore` the examples are checked with, for rules that need one.
    pub example_dockerignore: Option<&'static str>,
    /// The `.hadolint.yaml` the examples are checked with, for rules that need configuration.
    pub example_config: Option<&'static str>,
    /// Whether its findings come with a fix (edits to the text).
    pub fixable: bool,
    /// Whether its fix can change what the file does (applied only with `--unsafe-fixes`, as in
    /// ruff): a safe fix keeps the behaviour and only changes how it is written.
    pub unsafe_fix: bool,
    /// Whether it runs without configuration (hadolint's DL1001 and DL3057 run only when
    /// `override:` gives them a severity).
    pub enabled_by_default: bool,
    /// Which instructions it judges.
    pub scope: Scope,
    /// Whether its report replaces the parser's report at the same span, so that hadolint's ID,
    /// pragmas and configuration apply (DL3043, DL3061).
    pub takes_over: bool,
}

impl Code {
    /// The defaults every code declaration starts from (`..Code::BASE`).
    pub const BASE: Code = Code {
        id: "",
        name: "",
        severity: Severity::Warning,
        origin: Origin::Dockplay,
        target: Target::Dockerfile,
        reported_by: ReportedBy::Rule,
        aliases: &[],
        summary: Text { en: "", zh: "" },
        why: Text { en: "", zh: "" },
        fix: Text { en: "", zh: "" },
        differs: None,
        bad: "",
        good: "",
        example_dockerignore: None,
        example_config: None,
        fixable: false,
        unsafe_fix: false,
        enabled_by_default: true,
        scope: Scope::Instruction,
        takes_over: false,
    };
}

impl PartialEq for Code {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

impl Eq for Code {}

impl std::hash::Hash for Code {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.id.hash(state);
    }
}

impl std::fmt::Debug for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id)
    }
}

/// One finding, with its span in the file's text and its message in both languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Which check found it.
    pub code: &'static Code,
    /// Severity (the code's default unless configured otherwise).
    pub severity: Severity,
    /// Where.
    pub span: Span,
    /// What, with the subject quoted.
    pub message: Text,
    /// What to do about it.
    pub help: Option<Text>,
    /// A change to the text that resolves it, when one is safe to offer.
    pub fix: Option<Fix>,
}

/// One replacement in the file's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    /// The bytes replaced (empty to insert at `span.start`).
    pub span: Span,
    /// The new text.
    pub replacement: String,
}

/// A change that resolves a finding: what it does, and its non-overlapping edits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    /// What the fix does.
    pub message: Text,
    /// The edits, in any order.
    pub edits: Vec<Edit>,
}

impl Fix {
    /// One edit.
    pub fn replace(message: Text, span: Span, replacement: impl Into<String>) -> Fix {
        Fix {
            message,
            edits: vec![Edit {
                span,
                replacement: replacement.into(),
            }],
        }
    }

    /// `text` with the edits applied (overlapping edits after the first are skipped).
    pub fn apply(&self, text: &str) -> String {
        let mut edits: Vec<&Edit> = self.edits.iter().collect();
        crate::sort::sort_by_key(&mut edits, |e| (e.span.start, e.span.end));
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        for e in edits {
            if e.span.start < at || e.span.end > text.len() {
                continue;
            }
            out.push_str(&text[at..e.span.start]);
            out.push_str(&e.replacement);
            at = e.span.end;
        }
        out.push_str(&text[at..]);
        out
    }
}

impl Diagnostic {
    /// A diagnostic with the code's default severity.
    pub fn new(code: &'static Code, span: Span, message: Text) -> Self {
        Diagnostic {
            code,
            severity: code.severity,
            span,
            message,
            help: None,
            fix: None,
        }
    }

    /// Attach a hint.
    pub fn with_help(mut self, help: Text) -> Self {
        self.help = Some(help);
        self
    }
}
