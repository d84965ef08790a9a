//! Diagnostics: what a check found, where, how bad, in both languages.

use crate::i18n::Text;
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

/// The identity of a check: a stable code and a kebab-case name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Code {
    /// Stable code (`DP0001`, `DL3008`, `StageNameCasing`).
    pub id: &'static str,
    /// Kebab-case name.
    pub name: &'static str,
    /// Default severity.
    pub severity: Severity,
}

/// One finding, with its span in the file's text and its message in both languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Which check found it.
    pub code: Code,
    /// Severity (the code's default unless configured otherwise).
    pub severity: Severity,
    /// Where.
    pub span: Span,
    /// What, with the subject quoted.
    pub message: Text,
    /// What to do about it.
    pub help: Option<Text>,
}

impl Diagnostic {
    /// A diagnostic with the code's default severity.
    pub fn new(code: Code, span: Span, message: Text) -> Self {
        Diagnostic {
            code,
            severity: code.severity,
            span,
            message,
            help: None,
        }
    }

    /// Attach a hint.
    pub fn with_help(mut self, help: Text) -> Self {
        self.help = Some(help);
        self
    }
}
