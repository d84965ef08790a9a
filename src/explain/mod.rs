//! The explanation engine: what every line of a Dockerfile, a compose file or a `docker run`
//! line does, in English and Chinese, with the file's own values (ARG and ENV expanded as
//! BuildKit would, WORKDIR resolved, the effective ENTRYPOINT and CMD, published ports, networks
//! and who reaches whom, volume kinds). Each item is split into parts (keyword, flags, arguments,
//! the commands of a RUN and their options) that the page can underline.
//!
//! The catalogue ([`catalogue`]) holds the general meaning of every key; this module writes the
//! context; [`crate::report::explain`] joins them with the file's findings.

pub mod catalogue;
mod compose;
mod docker_run;
mod dockerfile;
mod words;

pub use catalogue::{Catalogue, Entry};

use crate::i18n::Text;
use crate::report::explain::{items_out, ExplainFile, ExplainReport, EXPLAIN_VERSION};
use crate::report::FileKind;
use crate::text::Span;

/// What an item explains.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ItemKind {
    /// A Dockerfile instruction.
    Instruction,
    /// A parser directive (`# syntax=`).
    Directive,
    /// A compose key.
    ComposeKey,
    /// A `docker run` line.
    DockerRun,
}

/// One piece of an item: a flag, an argument, a command of a RUN, a side of a port mapping.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// Where it is.
    pub span: Span,
    /// Its catalogue key.
    pub key: String,
    /// What it does here.
    pub text: Text,
}

/// One explained instruction, directive, compose key or `docker run` line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// Where it is (a multi-line instruction as a whole).
    pub span: Span,
    /// What it is.
    pub kind: ItemKind,
    /// Its catalogue key.
    pub key: String,
    /// Its name as written (`RUN`, `ports`, `docker run`).
    pub title: String,
    /// What it does in this file.
    pub text: Text,
    /// Its pieces, in order.
    pub parts: Vec<Part>,
    /// For CMD and ENTRYPOINT: how they combine into what `docker run` starts.
    pub runs: Option<Runs>,
}

/// How the ENTRYPOINT and CMD in effect at a CMD or ENTRYPOINT combine into what a container
/// runs (Docker's reference: "Understand how CMD and ENTRYPOINT interact").
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Runs {
    /// The ENTRYPOINT's words (shell form behind its shell), if one is in effect.
    pub entrypoint: Option<Vec<String>>,
    /// Whether that ENTRYPOINT is in shell form: it then ignores CMD and docker run's arguments.
    pub entrypoint_shell: bool,
    /// The CMD's words, if one is in effect.
    pub cmd: Option<Vec<String>>,
    /// What `docker run IMAGE` starts.
    pub default: Vec<String>,
}

/// Most items explained per file (a generated file of thousands of instructions or keys is
/// explained up to here; `omitted` counts the rest).
pub const MAX_ITEMS: usize = 2000;

/// Most parts of one item (a RUN of thousands of commands, a COPY with thousands of flags).
pub const MAX_PARTS: usize = 200;

impl Item {
    fn new(span: Span, kind: ItemKind, key: impl Into<String>, title: impl Into<String>) -> Self {
        Item {
            span,
            kind,
            key: key.into(),
            title: title.into(),
            text: Text::new("", ""),
            parts: Vec::new(),
            runs: None,
        }
    }

    fn part(&mut self, span: Span, key: impl Into<String>, text: Text) {
        if self.parts.len() >= MAX_PARTS {
            return;
        }
        self.parts.push(Part {
            span,
            key: key.into(),
            text,
        });
    }
}

/// The items of one analysed Dockerfile, in file order, and the number of instructions and
/// directives past [`MAX_ITEMS`] left out.
fn dockerfile_items(a: &crate::DockerfileAnalysis) -> (Vec<Item>, usize) {
    match &a.model {
        Some(m) => {
            let items = dockerfile::explain(&a.text, m, a.ignore.as_ref(), &a.scripts);
            let all = m.parsed.directives.len() + m.instructions.len();
            let omitted = all.saturating_sub(items.len());
            (items, omitted)
        }
        None => (Vec::new(), 0),
    }
}

/// The items of one compose file (file index `file` of `analysis`), in file order, and the
/// number of keys past [`MAX_ITEMS`] left out.
pub fn compose(
    text: &str,
    file: usize,
    analysis: &crate::compose::ComposeAnalysis,
) -> (Vec<Item>, usize) {
    compose::explain(text, file, analysis)
}

/// Explain a set of files (the `dockplay explain` contract).
pub fn files<'c>(
    inputs: &[crate::InputFile],
    opts: &crate::Options,
    cat: &'c Catalogue,
) -> ExplainReport<'c> {
    ExplainReport {
        version: EXPLAIN_VERSION,
        lang: opts.lang,
        files: inputs
            .iter()
            .map(|f| file(&f.name, f.text.as_bytes(), opts, cat))
            .collect(),
    }
}

/// Whether a text looks like `docker run` lines (for a file whose name says nothing).
pub(crate) fn has_run_line(text: &str) -> bool {
    text.lines().any(|l| {
        let l = l
            .trim_start()
            .trim_start_matches(['$', '#', ' '])
            .trim_start_matches("sudo ");
        l.starts_with("docker run")
            || l.starts_with("docker container run")
            || l.starts_with("docker create")
    })
}

/// Explain one file (kind from the options, the name, or its content as `check` reads it).
pub fn file<'c>(
    name: &str,
    bytes: &[u8],
    opts: &crate::Options,
    cat: &'c Catalogue,
) -> ExplainFile<'c> {
    let lang = opts.lang;
    let kind = opts
        .kind
        .or_else(|| FileKind::detect(name))
        .or_else(|| FileKind::sniff_bytes(bytes));
    let (text, items, diags, omitted) = match kind {
        Some(FileKind::Dockerfile) => {
            let a = crate::dockerfile_analysis(bytes, opts);
            let (items, omitted) = dockerfile_items(&a);
            (a.text, items, a.diagnostics, omitted)
        }
        Some(FileKind::Compose) => {
            let a = crate::compose_analysis(name, bytes, opts);
            let (items, omitted) = compose(&a.text, 0, &a.analysis);
            (a.text, items, a.diagnostics, omitted)
        }
        Some(FileKind::DockerRun) => {
            let text = crate::dockerfile::decode(bytes).text;
            let report = crate::analyze_docker_run(name, bytes, opts);
            let items = docker_run::explain(&crate::docker_run::parse(&text));
            let diagnostics = report.diagnostics;
            let items = items_out(&text, &items, &diagnostics, cat, lang);
            return ExplainFile {
                path: name.to_string(),
                kind,
                items,
                omitted: 0,
                diagnostics,
            };
        }
        None => {
            let report = crate::analyze_file(name, bytes, opts);
            return ExplainFile {
                path: name.to_string(),
                kind: None,
                items: Vec::new(),
                omitted: 0,
                diagnostics: report.diagnostics,
            };
        }
    };
    let diagnostics = crate::report::resolve(&text, &diags, lang);
    let mut items = items;
    let omitted = omitted + items.len().saturating_sub(MAX_ITEMS);
    items.truncate(MAX_ITEMS);
    let items = items_out(&text, &items, &diagnostics, cat, lang);
    ExplainFile {
        path: name.to_string(),
        kind,
        items,
        omitted,
        diagnostics,
    }
}
