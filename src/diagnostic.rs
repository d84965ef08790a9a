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
        edits.sort_by_key(|e| (e.span.start, e.span.end));
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
    pub fn new(code: Code, span: Span, message: Text) -> Self {
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
