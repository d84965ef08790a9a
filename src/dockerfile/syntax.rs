//! The Dockerfile syntax tree: one [`Node`] per instruction, every piece with its byte span.

use crate::text::Span;
use serde::Serialize;

/// A piece of text and where it stands in the source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Spanned {
    /// The text (after BuildKit's line joining; quotes kept where BuildKit keeps them).
    pub value: String,
    /// Its bytes in the source.
    pub span: Span,
}

/// A flag written before the arguments, such as `--from=build`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Flag {
    /// The whole flag as BuildKit keeps it, without the leading `--` removed (`--from=build`).
    pub raw: String,
    /// The name (`from`).
    pub name: String,
    /// The value after `=`, if any.
    pub value: Option<String>,
    /// Span of the whole flag.
    pub span: Span,
    /// Span of the name (after `--`).
    pub name_span: Span,
    /// Span of the value, if any.
    pub value_span: Option<Span>,
}

/// A here-document attached to RUN, COPY or ADD.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Heredoc {
    /// The delimiter word after quote removal (`EOF`).
    pub name: String,
    /// Whether the body is subject to variable expansion (the delimiter was not quoted).
    pub expand: bool,
    /// `<<-`: leading tabs are stripped from the body and the terminator.
    pub chomp: bool,
    /// The file descriptor before `<<` (0 when not written).
    pub fd: u32,
    /// The body, each line followed by `\n`.
    pub content: String,
    /// Span of the `<<EOF` word in the instruction line.
    pub span: Span,
    /// Span of the body lines.
    pub body_span: Span,
    /// Span of the terminator line.
    pub terminator_span: Option<Span>,
}

/// How the arguments were written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Form {
    /// No arguments.
    None,
    /// A JSON array of strings (exec form).
    Json,
    /// Anything else: shell form, words or key/value pairs.
    Shell,
}

/// One instruction as BuildKit's parser sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Node {
    /// The keyword as written (`RUN`, `run`, …).
    pub keyword: Spanned,
    /// Flags before the arguments.
    pub flags: Vec<Flag>,
    /// The argument values as BuildKit's AST lists them (for ENV/LABEL: key, value, separator triples).
    pub args: Vec<Spanned>,
    /// How the arguments were written.
    pub form: Form,
    /// The instruction an `ONBUILD` wraps.
    pub sub: Option<Box<Node>>,
    /// Here-documents, in order.
    pub heredocs: Vec<Heredoc>,
    /// The joined logical line (continuations removed), as BuildKit's `Original`.
    pub original: String,
    /// Span of the argument text after the flags (shell-form commands start here).
    pub rest_span: Span,
    /// Where the argument text after the flags starts and ends within `original`.
    pub rest_range: (usize, usize),
    /// From the keyword to the end of the last line (heredoc bodies included).
    pub span: Span,
    /// 1-based first line.
    pub start_line: usize,
    /// 1-based last line.
    pub end_line: usize,
    /// Comment lines right before the instruction (text after `#`, trimmed).
    pub comments: Vec<String>,
}

impl Node {
    /// The keyword in upper case.
    pub fn name(&self) -> String {
        self.keyword.value.to_uppercase()
    }

    /// The argument text after the flags, as BuildKit passes it to the instruction's parser.
    pub fn rest(&self) -> &str {
        self.original
            .get(self.rest_range.0..self.rest_range.1)
            .unwrap_or("")
    }

    /// Whether the keyword is `kw` (case-insensitive).
    pub fn is(&self, kw: &str) -> bool {
        self.keyword.value.eq_ignore_ascii_case(kw)
    }
}

/// A parser directive (`# syntax=…`, `# escape=…`, `# check=…`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Directive {
    /// Lower-case name.
    pub name: String,
    /// The value.
    pub value: String,
    /// Span of the whole line.
    pub span: Span,
    /// 1-based line.
    pub line: usize,
}

/// A comment line (`# …`) anywhere in the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Comment {
    /// Text after `#`, trimmed.
    pub text: String,
    /// Span of the line from `#`.
    pub span: Span,
    /// 1-based line.
    pub line: usize,
}
