//! The text format: `path:line:col: severity: message [RULE]`, then the hint.

use super::Report;
use crate::diagnostic::Severity;
use crate::i18n::Lang;

/// `path:line:col: severity: message [RULE]`, one line per diagnostic; ANSI colours when `color`.
pub fn to_text(report: &Report, color: bool) -> String {
    let mut s = String::new();
    for f in &report.files {
        for d in &f.diagnostics {
            let (c, r) = if color {
                let c = match d.severity {
                    Severity::Error => "\x1b[1;31m",
                    Severity::Warning => "\x1b[1;33m",
                    Severity::Info => "\x1b[1;36m",
                    Severity::Style => "\x1b[1;35m",
                };
                (c, "\x1b[0m")
            } else {
                ("", "")
            };
            let bold = if color { "\x1b[1m" } else { "" };
            let dim = if color { "\x1b[2m" } else { "" };
            s.push_str(&format!(
                "{bold}{}:{}:{}:{r} {c}{}:{r} {} {dim}[{}]{r}\n",
                f.path,
                d.line,
                d.column,
                d.severity.as_str(),
                d.message,
                d.rule
            ));
            if let Some(h) = &d.help {
                let label = match report.lang {
                    Lang::En => "help: ",
                    Lang::Zh => "建议：",
                };
                s.push_str(&format!("  {dim}{label}{h}{r}\n"));
            }
        }
    }
    s
}
