//! The one serializable result every front end renders: diagnostics resolved to lines, columns
//! and offsets in the chosen language, as JSON ([`Report`]), text ([`text`]) and SARIF
//! ([`sarif`]); the cache simulation's report ([`cache`]).

pub mod cache;
pub mod explain;
mod sarif;
mod text;

pub use sarif::to_sarif;
pub use text::to_text;

use crate::diagnostic::{Diagnostic, Severity};
use crate::i18n::{Lang, Text};
use crate::text::LineIndex;
use serde::Serialize;

/// Version of the JSON contract documented in the README.
pub const SCHEMA_VERSION: u32 = 1;

/// What kind of file was analysed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FileKind {
    /// A Dockerfile (or Containerfile).
    Dockerfile,
    /// A compose file.
    Compose,
    /// A shell file of `docker run` lines (as pasted from a tutorial).
    #[serde(rename = "docker-run")]
    DockerRun,
}

impl FileKind {
    /// Guess the kind from a file name, as the CLI does (a shell script is read for its
    /// `docker run` lines).
    pub fn detect(path: &str) -> Option<FileKind> {
        let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
        let lower = name.to_ascii_lowercase();
        let is_yaml = lower.ends_with(".yml") || lower.ends_with(".yaml");
        if lower == "dockerfile"
            || lower == "containerfile"
            || lower.ends_with(".dockerfile")
            || lower.starts_with("dockerfile.")
            || lower.starts_with("containerfile.")
        {
            Some(FileKind::Dockerfile)
        } else if is_yaml
            && (lower.starts_with("compose.")
                || lower.starts_with("compose-")
                || lower.starts_with("docker-compose")
                || lower.contains(".compose."))
        {
            Some(FileKind::Compose)
        } else if lower.ends_with(".sh") || lower.ends_with(".bash") {
            Some(FileKind::DockerRun)
        } else {
            None
        }
    }

    /// Guess the kind from the content, for a name that tells nothing: a Dockerfile's first
    /// line is a parser directive or an instruction, a compose file is a YAML mapping with a
    /// top-level `services:` (or `include:`), and a shell file has a `docker run` line. Only
    /// the first 64 KiB of `bytes` are read.
    pub fn sniff_bytes(bytes: &[u8]) -> Option<FileKind> {
        FileKind::sniff(&String::from_utf8_lossy(&bytes[..bytes.len().min(1 << 16)]))
    }

    /// [`FileKind::sniff`] of a text.
    pub fn sniff(text: &str) -> Option<FileKind> {
        let first = text.lines().map(str::trim).find(|l| {
            !l.is_empty() && (!l.starts_with('#') || l.contains('=') && !l.contains(' '))
        });
        if let Some(l) = first {
            let word = l
                .split_whitespace()
                .next()
                .unwrap_or("")
                .to_ascii_uppercase();
            let directive = l.starts_with('#');
            if directive
                || (crate::dockerfile::Keyword::parse(&word).is_some() && l.len() > word.len())
            {
                return Some(FileKind::Dockerfile);
            }
        }
        let compose = text.lines().any(|l| {
            let key = l.split(':').next().unwrap_or("");
            (key == "services" || key == "include") && l[key.len()..].starts_with(':')
        });
        if compose {
            return Some(FileKind::Compose);
        }
        crate::explain::has_run_line(text).then_some(FileKind::DockerRun)
    }
}

/// A diagnostic as the JSON contract shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct DiagnosticOut {
    /// Rule code (`DP0001`, `DL3008`, `NoEmptyContinuation`).
    pub rule: String,
    /// Kebab-case rule name.
    pub name: String,
    /// `error`, `warning`, `info` or `style`.
    pub severity: Severity,
    /// The message in the requested language.
    pub message: String,
    /// The hint in the requested language, if any.
    pub help: Option<String>,
    /// The message in both languages.
    pub message_i18n: Text,
    /// The hint in both languages.
    pub help_i18n: Option<Text>,
    /// A change that resolves the finding, if dockplay offers one.
    pub fix: Option<FixOut>,
    /// 1-based line of the start.
    pub line: usize,
    /// 1-based column of the start, in characters.
    pub column: usize,
    /// 1-based line of the end.
    pub end_line: usize,
    /// 1-based column just past the end, in characters.
    pub end_column: usize,
    /// Start column in UTF-16 code units (for JavaScript editors).
    pub column_utf16: usize,
    /// End column in UTF-16 code units.
    pub end_column_utf16: usize,
    /// Start byte offset in the (BOM-less, UTF-8) text.
    pub offset: usize,
    /// End byte offset.
    pub end_offset: usize,
    /// Start offset in UTF-16 code units (for JavaScript's `slice` and `setSelectionRange`).
    pub offset_utf16: usize,
    /// End offset in UTF-16 code units.
    pub end_offset_utf16: usize,
}

/// Where something is: lines, columns and offsets of its start and end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Range {
    /// 1-based line of the start.
    pub line: usize,
    /// 1-based column of the start, in characters.
    pub column: usize,
    /// 1-based line of the end.
    pub end_line: usize,
    /// 1-based column just past the end, in characters.
    pub end_column: usize,
    /// Start column in UTF-16 code units.
    pub column_utf16: usize,
    /// End column in UTF-16 code units.
    pub end_column_utf16: usize,
    /// Start byte offset.
    pub offset: usize,
    /// End byte offset.
    pub end_offset: usize,
    /// Start offset in UTF-16 code units.
    pub offset_utf16: usize,
    /// End offset in UTF-16 code units.
    pub end_offset_utf16: usize,
}

impl Range {
    /// The range of `span` in `text`.
    pub fn of(text: &str, idx: &LineIndex, span: crate::text::Span) -> Range {
        let s = idx.position(text, span.start);
        let e = idx.position(text, span.end);
        Range {
            line: s.line,
            column: s.column,
            end_line: e.line,
            end_column: e.column,
            column_utf16: s.column_utf16,
            end_column_utf16: e.column_utf16,
            offset: s.offset,
            end_offset: e.offset,
            offset_utf16: s.offset_utf16,
            end_offset_utf16: e.offset_utf16,
        }
    }
}

/// One stage, for the summary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct StageOut {
    /// 0-based index.
    pub index: usize,
    /// `AS` name, if any.
    pub name: Option<String>,
    /// Base image (expanded) or stage name.
    pub base: String,
    /// Index of the stage it builds on, if it builds on a stage.
    pub base_stage: Option<usize>,
    /// Line of its FROM.
    pub line: usize,
    /// Number of instructions, FROM included.
    pub instructions: usize,
}

/// What a Dockerfile contains, in short.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct DockerfileSummary {
    /// Number of instructions.
    pub instructions: usize,
    /// The stages.
    pub stages: Vec<StageOut>,
    /// The escape character in effect.
    pub escape: String,
    /// The `# syntax=` directive, if any.
    pub syntax: Option<String>,
    /// Whether BuildKit's parser accepts the file.
    pub parses: bool,
}

/// The result for one file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct FileReport {
    /// The name it was given.
    pub path: String,
    /// `dockerfile` or `compose`.
    pub kind: Option<FileKind>,
    /// Findings, sorted by position.
    pub diagnostics: Vec<DiagnosticOut>,
    /// For Dockerfiles: the summary.
    pub dockerfile: Option<DockerfileSummary>,
    /// For compose files: services, networks, reachability and ports.
    pub network: Option<crate::analysis::network::NetworkReport>,
}

/// The result of one analysis.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Report {
    /// Contract version.
    pub version: u32,
    /// The language messages were rendered in.
    pub lang: Lang,
    /// One entry per input file, in input order.
    pub files: Vec<FileReport>,
}

impl Report {
    /// Whether any diagnostic is at or above `level`.
    pub fn has_at_least(&self, level: Severity) -> bool {
        self.files
            .iter()
            .flat_map(|f| &f.diagnostics)
            .any(|d| d.severity <= level)
    }

    /// Pretty JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

/// Findings of one code listed per file; the rest are counted in one summary.
pub const MAX_PER_CODE: usize = 100;
/// Findings listed per file in all.
pub const MAX_PER_FILE: usize = 1000;
/// Characters of a message or hint shown; longer ones (a value quoted whole) end in "…".
pub const MAX_MESSAGE_CHARS: usize = 1000;

/// Resolve diagnostics against their text, sorted by position then code, at most
/// [`MAX_PER_CODE`] of one code and [`MAX_PER_FILE`] in all, each cut with one summary
/// (DP0013) of what was left out.
pub fn resolve(text: &str, diags: &[Diagnostic], lang: Lang) -> Vec<DiagnosticOut> {
    let idx = LineIndex::new(text);
    let mut sorted: Vec<&Diagnostic> = diags.iter().collect();
    crate::sort::sort_by_key(&mut sorted, |d| (d.span.start, d.span.end, d.code.id));
    sorted.dedup_by(|a, b| a == b);
    let (kept, summaries) = cap(&sorted);
    let mut out: Vec<DiagnosticOut> = kept
        .iter()
        .copied()
        .chain(summaries.iter())
        .map(|d| diagnostic_out(text, &idx, d, lang))
        .collect();
    crate::sort::sort_by(&mut out, |a, b| {
        (a.offset, a.end_offset, &a.rule).cmp(&(b.offset, b.end_offset, &b.rule))
    });
    out.dedup();
    out
}

/// The diagnostics to list, in position order, and one summary per code that had more than
/// [`MAX_PER_CODE`] (plus one when the file had more than [`MAX_PER_FILE`]).
fn cap<'d>(sorted: &[&'d Diagnostic]) -> (Vec<&'d Diagnostic>, Vec<Diagnostic>) {
    let mut per_code: std::collections::HashMap<&str, (usize, Option<&Diagnostic>)> =
        Default::default();
    let mut kept = Vec::new();
    let mut over_file: (usize, Option<&Diagnostic>) = (0, None);
    for &d in sorted {
        let entry = per_code.entry(d.code.id).or_insert((0, None));
        entry.0 += 1;
        if entry.0 > MAX_PER_CODE {
            entry.1.get_or_insert(d);
        } else if kept.len() >= MAX_PER_FILE {
            over_file.0 += 1;
            over_file.1.get_or_insert(d);
        } else {
            kept.push(d);
        }
    }
    let mut summaries: Vec<Diagnostic> = per_code
        .iter()
        .filter_map(|(id, (n, first))| first.map(|f| (*id, n - MAX_PER_CODE, f)))
        .map(|(id, more, first)| {
            let name = first.code.name;
            Diagnostic::new(
                &crate::dockerfile::codes::FINDINGS_TRUNCATED,
                first.span,
                crate::text!(
                    "{more} more findings of {id} ({name}) from here on are not listed",
                    "从这里起还有 {more} 条 {id}（{name}）的问题没有列出"
                ),
            )
        })
        .collect();
    if let (more, Some(first)) = over_file {
        summaries.push(Diagnostic::new(
            &crate::dockerfile::codes::FINDINGS_TRUNCATED,
            first.span,
            crate::text!(
                "{more} more findings from here on are not listed (a file lists at most {MAX_PER_FILE})",
                "从这里起还有 {more} 条问题没有列出（每个文件最多列出 {MAX_PER_FILE} 条）"
            ),
        ));
    }
    crate::sort::sort_by(&mut summaries, |a, b| {
        (a.span.start, &a.message.en).cmp(&(b.span.start, &b.message.en))
    });
    (kept, summaries)
}

/// `text` cut to [`MAX_MESSAGE_CHARS`] characters.
fn shortened(text: &str) -> String {
    match text.char_indices().nth(MAX_MESSAGE_CHARS) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_string(),
    }
}

/// A text with both languages shortened.
fn shortened_text(t: &Text) -> Text {
    Text::new(shortened(&t.en), shortened(&t.zh))
}

/// One diagnostic with its positions resolved.
fn diagnostic_out(text: &str, idx: &LineIndex, d: &Diagnostic, lang: Lang) -> DiagnosticOut {
    let s = idx.position(text, d.span.start);
    let e = idx.position(text, d.span.end);
    let message = shortened_text(&d.message);
    let help = d.help.as_ref().map(shortened_text);
    DiagnosticOut {
        rule: d.code.id.to_string(),
        name: d.code.name.to_string(),
        severity: d.severity,
        message: message.get(lang).to_string(),
        help: help.as_ref().map(|h| h.get(lang).to_string()),
        message_i18n: message,
        help_i18n: help,
        fix: d
            .fix
            .as_ref()
            .map(|f| fix_out(text, idx, f, !d.code.unsafe_fix, lang)),
        line: s.line,
        column: s.column,
        end_line: e.line,
        end_column: e.column,
        column_utf16: s.column_utf16,
        end_column_utf16: e.column_utf16,
        offset: s.offset,
        end_offset: e.offset,
        offset_utf16: s.offset_utf16,
        end_offset_utf16: e.offset_utf16,
    }
}

/// A fix as the contract shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct FixOut {
    /// What it does, in the report's language.
    pub message: String,
    /// What it does, in both languages.
    pub message_i18n: Text,
    /// The replacements.
    pub edits: Vec<EditOut>,
    /// Whether it keeps what the file does (`dockplay check --fix` applies only safe fixes
    /// unless `--unsafe-fixes` is given).
    pub safe: bool,
}

/// One replacement, with the same position fields as a diagnostic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct EditOut {
    /// 1-based line of the start.
    pub line: usize,
    /// 1-based column of the start, in characters.
    pub column: usize,
    /// 1-based line of the end.
    pub end_line: usize,
    /// 1-based column of the end (exclusive), in characters.
    pub end_column: usize,
    /// Byte offset of the start.
    pub offset: usize,
    /// Byte offset of the end.
    pub end_offset: usize,
    /// UTF-16 offset of the start (JavaScript string index).
    pub offset_utf16: usize,
    /// UTF-16 offset of the end.
    pub end_offset_utf16: usize,
    /// The new text.
    pub replacement: String,
}

/// A fix with its edits resolved to lines, columns and offsets in `text`.
pub fn fix_out(
    text: &str,
    idx: &LineIndex,
    f: &crate::diagnostic::Fix,
    safe: bool,
    lang: Lang,
) -> FixOut {
    FixOut {
        safe,
        message: f.message.get(lang).to_string(),
        message_i18n: f.message.clone(),
        edits: f
            .edits
            .iter()
            .map(|e| {
                let a = idx.position(text, e.span.start);
                let b = idx.position(text, e.span.end);
                EditOut {
                    line: a.line,
                    column: a.column,
                    end_line: b.line,
                    end_column: b.column,
                    offset: a.offset,
                    end_offset: b.offset,
                    offset_utf16: a.offset_utf16,
                    end_offset_utf16: b.offset_utf16,
                    replacement: e.replacement.clone(),
                }
            })
            .collect(),
    }
}
