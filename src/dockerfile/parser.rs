//! BuildKit's line-oriented Dockerfile parser, rebuilt to keep spans and never stop at an error.

use super::codes;
use super::line_parsers::{node_from_line, LineError};
use super::logical::LogicalLine;
use super::shell_word::{Lex, NoEnv};
use super::syntax::{Comment, Directive, Heredoc, Node};
use crate::diagnostic::Diagnostic;
use crate::text;
use crate::text::Span;

/// BuildKit's scanner refuses lines of 64 KiB or more.
pub const MAX_LINE_LEN: usize = 65_535;

/// The parse of one Dockerfile: nodes, directives, comments and problems.
#[derive(Debug, Clone)]
pub struct ParsedFile {
    /// The instructions, in order.
    pub nodes: Vec<Node>,
    /// Parser directives at the top.
    pub directives: Vec<Directive>,
    /// Every comment line.
    pub comments: Vec<Comment>,
    /// The escape character in effect.
    pub escape: char,
    /// Problems found while parsing.
    pub diagnostics: Vec<Diagnostic>,
    /// The error BuildKit's parser would stop the build with, if any.
    pub rejection: Option<String>,
}

struct Line {
    start: usize,
    /// End of content: `\n` and trailing `\r`s excluded.
    end: usize,
    /// End before `\n` (only one `\r` dropped), as Go's line scanner returns it.
    scan_end: usize,
}

fn split_lines(src: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let b = src.as_bytes();
    let mut start = 0;
    while start < b.len() {
        let nl = src[start..].find('\n').map(|i| start + i);
        let raw_end = nl.unwrap_or(b.len());
        let scan_end = if raw_end > start && b[raw_end - 1] == b'\r' {
            raw_end - 1
        } else {
            raw_end
        };
        let mut end = raw_end;
        while end > start && (b[end - 1] == b'\r' || b[end - 1] == b'\n') {
            end -= 1;
        }
        out.push(Line {
            start,
            end,
            scan_end,
        });
        start = match nl {
            Some(i) => i + 1,
            None => b.len(),
        };
    }
    out
}

fn is_comment(s: &str) -> bool {
    s.trim_start().starts_with('#')
}

/// Parse a directive line the way BuildKit's `DirectiveParser` does:
/// `^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$`.
fn directive_match(line: &str) -> Option<(String, String)> {
    let ws = |c: char| matches!(c, ' ' | '\t' | '\n' | '\x0c' | '\r');
    let rest = line.strip_prefix('#')?.trim_start_matches(ws);
    let name_len = rest
        .char_indices()
        .take_while(|(i, c)| {
            if *i == 0 {
                c.is_ascii_alphabetic()
            } else {
                c.is_ascii_alphanumeric()
            }
        })
        .count();
    if name_len == 0 {
        return None;
    }
    let name = &rest[..name_len];
    let rest = rest[name_len..].trim_start_matches(ws).strip_prefix('=')?;
    let value = rest.trim_start_matches(ws).trim_end_matches(ws);
    if value.is_empty() {
        return None;
    }
    Some((name.to_ascii_lowercase(), value.to_string()))
}

struct Parser<'a> {
    src: &'a str,
    lines: Vec<Line>,
    out: ParsedFile,
    directives_done: bool,
    /// Index of the next line to read.
    next: usize,
    /// Number of the last line read (1-based).
    line_no: usize,
    /// Comments gathered for the next instruction.
    pending_comments: Vec<String>,
    /// The instruction being joined.
    ll: LogicalLine,
    /// End of the last line read for the current instruction.
    last_end: usize,
}

impl<'a> Parser<'a> {
    fn error(&mut self, span: Span, en: String, zh: String) {
        if self.out.rejection.is_none() {
            self.out.rejection = Some(en.clone());
        }
        self.out.diagnostics.push(Diagnostic::new(
            &codes::SYNTAX_ERROR,
            span,
            crate::i18n::Text::new(en, zh),
        ));
    }

    /// BuildKit's `possibleParserDirective`, called on every processed line.
    fn directive(&mut self, token: &str, span: Span, line_no: usize) {
        if self.directives_done {
            return;
        }
        let Some((name, value)) = directive_match(token) else {
            self.directives_done = true;
            return;
        };
        if !matches!(name.as_str(), "syntax" | "escape" | "check") {
            self.directives_done = true;
            return;
        }
        if self.out.directives.iter().any(|d| d.name == name) {
            self.error(
                span,
                format!("only one {name} parser directive can be used"),
                format!("解析器指令 {name} 只能出现一次"),
            );
            return;
        }
        if name == "escape" {
            match value.as_str() {
                "\\" => self.out.escape = '\\',
                "`" => self.out.escape = '`',
                _ => {
                    let v = &value;
                    self.error(
                        span,
                        format!("invalid escape token '{v}' does not match ` or \\"),
                        format!("转义字符 '{v}' 无效，只能是 ` 或 \\"),
                    );
                }
            }
        }
        self.out.directives.push(Directive {
            name,
            value,
            span,
            line: line_no,
        });
    }

    /// BuildKit's `trimContinuationCharacter`: an odd run of escape characters, then only
    /// spaces or tabs, continues the line (an escaped escape does not).
    fn trim_continuation<'s>(&self, s: &'s str) -> (&'s str, bool) {
        let t = s.trim_end_matches([' ', '\t']);
        let run = t
            .chars()
            .rev()
            .take_while(|c| *c == self.out.escape)
            .count();
        if run % 2 == 1 {
            (&t[..t.len() - self.out.escape.len_utf8()], false)
        } else {
            (s, true)
        }
    }

    /// Parse every line, then require at least one instruction.
    fn run(mut self) -> ParsedFile {
        while self.next < self.lines.len() {
            self.instruction();
        }
        if self.out.nodes.is_empty() {
            let end = self.src.len();
            self.error(
                Span::new(0, end.min(self.lines.first().map(|l| l.end).unwrap_or(0))),
                "file with no instructions".into(),
                "文件中没有任何指令".into(),
            );
        }
        self.out
    }

    /// Take the next physical line and, when it starts an instruction, its continuation
    /// and heredoc lines too, pushing the node it makes.
    fn instruction(&mut self) {
        let src = self.src;
        let Line { start, end, .. } = self.lines[self.next];
        self.next += 1;
        let raw = &src[start..end];
        self.check_line_length(raw, start);
        let trimmed = raw.trim_start();
        let tok_start = start + (raw.len() - trimmed.len());
        self.line_no += 1;
        if is_comment(raw) {
            self.leading_comment(trimmed, Span::new(tok_start, end));
        }
        self.directive(trimmed, Span::new(tok_start, end), self.line_no);
        let token = if is_comment(trimmed) { "" } else { trimmed };
        let start_line = self.line_no;
        let (first, eol) = self.trim_continuation(token);
        if eol && first.is_empty() {
            return;
        }
        self.ll.clear();
        self.ll.push(first, tok_start);
        self.last_end = end;
        let empty_line = self.continuation_lines(eol);
        let Some(node) = self.parse_node() else {
            return;
        };
        if let Some(empty_no) = empty_line {
            self.empty_continuation(empty_no);
        }
        let Some(node) = self.attach_heredocs(node) else {
            return;
        };
        self.push_node(node, start_line, self.line_no);
    }

    /// Report a line BuildKit's scanner would refuse as too long.
    fn check_line_length(&mut self, raw: &str, start: usize) {
        if raw.len() > MAX_LINE_LEN {
            let n = raw.len();
            self.error(
                Span::new(start, start),
                format!(
                    "dockerfile line greater than max allowed size of {MAX_LINE_LEN} ({n} bytes)"
                ),
                format!(
                    "Dockerfile 的一行超过了允许的最大长度 {MAX_LINE_LEN} 字节（此行 {n} 字节）"
                ),
            );
        }
    }

    /// Record a comment line met between instructions: kept for the next node unless empty,
    /// which forgets the comments gathered so far.
    fn leading_comment(&mut self, trimmed: &str, span: Span) {
        let text = trimmed[1..].trim().to_string();
        self.out.comments.push(Comment {
            text: text.clone(),
            span,
            line: self.line_no,
        });
        if text.is_empty() {
            self.pending_comments.clear();
        } else {
            self.pending_comments.push(text);
        }
    }

    /// Join the continuation lines onto the logical line until one ends it; returns the
    /// number of the first empty continuation line, if any.
    fn continuation_lines(&mut self, mut eol: bool) -> Option<usize> {
        let src = self.src;
        let mut empty_line: Option<usize> = None;
        while !eol && self.next < self.lines.len() {
            let Line { start, end, .. } = self.lines[self.next];
            self.next += 1;
            self.line_no += 1;
            let raw = &src[start..end];
            self.directive(raw, Span::new(start, end), self.line_no);
            self.last_end = end;
            if is_comment(raw) {
                let t = raw.trim_start();
                let s = start + (raw.len() - t.len());
                self.out.comments.push(Comment {
                    text: t[1..].trim().to_string(),
                    span: Span::new(s, end),
                    line: self.line_no,
                });
                continue;
            }
            if raw.trim_start().is_empty() {
                empty_line.get_or_insert(self.line_no);
                continue;
            }
            let (piece, e) = self.trim_continuation(raw);
            eol = e;
            self.ll.push(piece, start);
        }
        empty_line
    }

    /// Parse the logical line into a node; on a syntax error, report it, forget the
    /// gathered comments and return `None`.
    fn parse_node(&mut self) -> Option<Node> {
        match node_from_line(&self.ll, 0, self.ll.text.len(), self.out.escape, 0) {
            Ok(n) => Some(n),
            Err(LineError {
                message,
                start: a,
                end: b,
            }) => {
                let span = self.ll.span(a, b);
                let zh = translate_line_error(&message);
                self.error(span, message, zh);
                self.pending_comments.clear();
                None
            }
        }
    }

    /// Warn about the empty continuation line `empty_no`, on the instruction's last line.
    fn empty_continuation(&mut self, empty_no: usize) {
        // BuildKit reports it on the instruction's last line; the message names the empty one.
        let shown = self.ll.text.trim();
        let last_end = self.last_end;
        let last_start = self.src[..last_end].rfind('\n').map(|i| i + 1).unwrap_or(0);
        self.out.diagnostics.push(
            Diagnostic::new(
                &codes::NO_EMPTY_CONTINUATION,
                Span::new(last_start, last_end),
                text!(
                    "empty continuation line {empty_no} in \"{shown}\"; BuildKit will reject this in a future release",
                    "续行中的第 {empty_no} 行是空行（\"{shown}\"），BuildKit 今后的版本会把它当作错误"
                ),
            )
            .with_help(text!(
                "remove the empty line or end the previous line without the escape character",
                "删除这行空行，或去掉上一行末尾的续行符"
            )),
        );
    }

    /// Read the bodies of the node's heredocs, if it can have any; when the heredoc words
    /// cannot be parsed, report it, forget the gathered comments and return `None`.
    fn attach_heredocs(&mut self, mut node: Node) -> Option<Node> {
        if !(can_contain_heredoc(&node) && self.ll.text.contains("<<")) {
            return Some(node);
        }
        match heredocs_from_line(&self.ll.text) {
            Err(e) => {
                let span = node.span;
                self.error(span, e.clone(), format!("无法解析 heredoc：{e}"));
                self.pending_comments.clear();
                None
            }
            Ok(docs) => {
                let mut search_from = 0;
                for (name, expand, chomp, fd) in docs {
                    let word_span = find_heredoc_word(&self.ll, &mut search_from);
                    let heredoc = self.heredoc(name, expand, chomp, fd, word_span);
                    node.heredocs.push(heredoc);
                }
                Some(node)
            }
        }
    }

    /// Read one heredoc's body up to its terminator line (reporting a missing one).
    fn heredoc(
        &mut self,
        name: String,
        expand: bool,
        chomp: bool,
        fd: u32,
        word_span: Span,
    ) -> Heredoc {
        let body_start = self
            .lines
            .get(self.next)
            .map(|l| l.start)
            .unwrap_or(self.src.len());
        let (content, terminated) = self.heredoc_body(&name, chomp);
        let body_end = match terminated {
            Some(t) => t.start.max(body_start),
            None => self.src.len(),
        };
        if terminated.is_none() {
            let span = Span::new(word_span.start, self.src.len());
            self.error(
                span,
                format!("unterminated heredoc \"{name}\""),
                format!("heredoc \"{name}\" 没有结束行"),
            );
        }
        Heredoc {
            name,
            expand,
            chomp,
            fd,
            content,
            span: word_span,
            body_span: Span::new(body_start, body_end),
            terminator_span: terminated,
        }
    }

    /// Consume lines up to the one equal to `name` (after leading tabs when `chomp`):
    /// the body text and the terminator's span, `None` at the end of the file.
    fn heredoc_body(&mut self, name: &str, chomp: bool) -> (String, Option<Span>) {
        let src = self.src;
        let mut content = String::new();
        while self.next < self.lines.len() {
            let Line {
                start,
                end,
                scan_end,
            } = self.lines[self.next];
            self.next += 1;
            self.line_no += 1;
            self.last_end = end;
            let mut candidate = &src[start..end];
            if chomp {
                candidate = candidate.trim_start_matches('\t');
            }
            if candidate == name {
                return (content, Some(Span::new(start, end)));
            }
            content.push_str(&src[start..scan_end]);
            content.push('\n');
        }
        (content, None)
    }

    /// Give the node its lines, full span and gathered comments, and keep it.
    fn push_node(&mut self, mut node: Node, start_line: usize, end_line: usize) {
        node.start_line = start_line;
        node.end_line = end_line;
        node.span = Span::new(node.span.start, self.last_end.max(node.span.end));
        node.comments = std::mem::take(&mut self.pending_comments);
        self.out.nodes.push(node);
    }
}

fn translate_line_error(en: &str) -> String {
    if let Some(k) = en.strip_suffix(" must have two arguments") {
        format!("{k} 需要两个参数（键和值），例如 {k} NAME=value")
    } else if en.starts_with("Syntax error - can't find =") {
        "语法错误：找不到 =，必须写成 name=value 的形式".into()
    } else if en.starts_with("dockerfile JSON arrays") {
        "JSON 数组（exec 形式）中只能包含字符串".into()
    } else if en.starts_with("ONBUILD is nested") {
        "ONBUILD 嵌套过深".into()
    } else {
        en.to_string()
    }
}

fn can_contain_heredoc(node: &Node) -> bool {
    let n = if node.is("onbuild") {
        match &node.sub {
            Some(s) => s.as_ref(),
            None => return false,
        }
    } else {
        node
    };
    (n.is("run") || n.is("copy") || n.is("add")) && n.form != super::syntax::Form::Json
}

/// BuildKit's `heredocsFromLine`: every `<<WORD` / `<<-WORD` word of the line.
pub(crate) fn heredocs_from_line(line: &str) -> Result<Vec<(String, bool, bool, u32)>, String> {
    let mut lex = Lex::new('\\');
    lex.raw_quotes = true;
    lex.raw_escapes = true;
    let words = lex.process_words(line, &NoEnv).unwrap_or_default();
    let mut out = Vec::new();
    for w in words {
        if let Some(h) = parse_heredoc(&w)? {
            out.push(h);
        }
    }
    Ok(out)
}

/// BuildKit's `ParseHeredoc`: `^(\d*)<<(-?)([^<]*)$`.
pub(crate) fn parse_heredoc(src: &str) -> Result<Option<(String, bool, bool, u32)>, String> {
    let digits = src.bytes().take_while(|b| b.is_ascii_digit()).count();
    let Some(after) = src[digits..].strip_prefix("<<") else {
        return Ok(None);
    };
    let (chomp, rest) = match after.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, after),
    };
    if rest.contains('<') || rest.is_empty() {
        return Ok(None);
    }
    let fd = src[..digits].parse::<u32>().unwrap_or(0);
    let mut lex = Lex::new('\\');
    lex.skip_unset_env = true;
    let words = lex.process_words(rest, &NoEnv)?;
    if words.len() != 1 {
        return Ok(None);
    }
    lex.raw_quotes = true;
    let raw = lex.process_words(rest, &NoEnv)?;
    if raw.len() != words.len() {
        return Err(format!(
            "internal lexing of heredoc produced inconsistent results: {rest}"
        ));
    }
    let count = |s: &str| s.matches(['\'', '"']).count();
    let expand = count(&words[0]) == count(&raw[0]);
    Ok(Some((words[0].clone(), expand, chomp, fd)))
}

fn find_heredoc_word(ll: &LogicalLine, from: &mut usize) -> Span {
    let t = &ll.text;
    match t[*from..].find("<<") {
        Some(i) => {
            let a = *from + i;
            let mut a0 = a;
            while a0 > 0 && t.as_bytes()[a0 - 1].is_ascii_digit() {
                a0 -= 1;
            }
            let b = t[a..]
                .find(char::is_whitespace)
                .map(|j| a + j)
                .unwrap_or(t.len());
            *from = b;
            ll.span(a0, b)
        }
        None => ll.span(t.len(), t.len()),
    }
}

/// Parse Dockerfile text. Never fails: problems are diagnostics, the rest is still parsed.
pub fn parse_text(src: &str) -> ParsedFile {
    let p = Parser {
        src,
        lines: split_lines(src),
        out: ParsedFile {
            nodes: Vec::new(),
            directives: Vec::new(),
            comments: Vec::new(),
            escape: '\\',
            diagnostics: Vec::new(),
            rejection: None,
        },
        directives_done: false,
        next: 0,
        line_no: 0,
        pending_comments: Vec::new(),
        ll: LogicalLine::default(),
        last_end: 0,
    };
    p.run()
}
