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

    fn run(mut self) -> ParsedFile {
        let mut i = 0;
        let mut line_no = 0usize;
        let mut comments: Vec<String> = Vec::new();
        let mut ll = LogicalLine::default();
        while i < self.lines.len() {
            let Line { start, end, .. } = self.lines[i];
            i += 1;
            let raw = &self.src[start..end];
            if raw.len() > MAX_LINE_LEN {
                let n = raw.len();
                self.error(
                    Span::new(start, start),
                    format!("dockerfile line greater than max allowed size of {MAX_LINE_LEN} ({n} bytes)"),
                    format!("Dockerfile 的一行超过了允许的最大长度 {MAX_LINE_LEN} 字节（此行 {n} 字节）"),
                );
            }
            let trimmed = raw.trim_start();
            let tok_start = start + (raw.len() - trimmed.len());
            line_no += 1;
            if is_comment(raw) {
                let text = trimmed[1..].trim().to_string();
                self.out.comments.push(Comment {
                    text: text.clone(),
                    span: Span::new(tok_start, end),
                    line: line_no,
                });
                if text.is_empty() {
                    comments.clear();
                } else {
                    comments.push(text);
                }
            }
            self.directive(trimmed, Span::new(tok_start, end), line_no);
            let token = if is_comment(trimmed) { "" } else { trimmed };
            let start_line = line_no;
            let (first, mut eol) = self.trim_continuation(token);
            if eol && first.is_empty() {
                continue;
            }
            let ll = &mut ll;
            ll.clear();
            ll.push(first, tok_start);
            let mut empty_line: Option<usize> = None;
            let mut last_end = end;
            while !eol && i < self.lines.len() {
                let Line { start, end, .. } = self.lines[i];
                i += 1;
                line_no += 1;
                let raw = &self.src[start..end];
                self.directive(raw, Span::new(start, end), line_no);
                last_end = end;
                if is_comment(raw) {
                    let t = raw.trim_start();
                    let s = start + (raw.len() - t.len());
                    self.out.comments.push(Comment {
                        text: t[1..].trim().to_string(),
                        span: Span::new(s, end),
                        line: line_no,
                    });
                    continue;
                }
                if raw.trim_start().is_empty() {
                    empty_line.get_or_insert(line_no);
                    continue;
                }
                let (piece, e) = self.trim_continuation(raw);
                eol = e;
                ll.push(piece, start);
            }
            let mut node = match node_from_line(ll, 0, ll.text.len(), self.out.escape, 0) {
                Ok(n) => n,
                Err(LineError {
                    message,
                    start: a,
                    end: b,
                }) => {
                    let span = ll.span(a, b);
                    let zh = translate_line_error(&message);
                    self.error(span, message, zh);
                    comments.clear();
                    continue;
                }
            };
            if let Some(empty_no) = empty_line {
                // BuildKit reports it on the instruction's last line; the message names the empty one.
                let shown = ll.text.trim();
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
            if can_contain_heredoc(&node) && ll.text.contains("<<") {
                match heredocs_from_line(&ll.text) {
                    Err(e) => {
                        let span = node.span;
                        self.error(span, e.clone(), format!("无法解析 heredoc：{e}"));
                        comments.clear();
                        continue;
                    }
                    Ok(docs) => {
                        let mut search_from = 0;
                        for (name, expand, chomp, fd) in docs {
                            let word_span = find_heredoc_word(ll, &mut search_from);
                            let body_start =
                                self.lines.get(i).map(|l| l.start).unwrap_or(self.src.len());
                            let mut content = String::new();
                            let mut terminated = None;
                            while i < self.lines.len() {
                                let Line {
                                    start,
                                    end,
                                    scan_end,
                                } = self.lines[i];
                                i += 1;
                                line_no += 1;
                                last_end = end;
                                let mut candidate = &self.src[start..end];
                                if chomp {
                                    candidate = candidate.trim_start_matches('\t');
                                }
                                if candidate == name {
                                    terminated = Some(Span::new(start, end));
                                    break;
                                }
                                content.push_str(&self.src[start..scan_end]);
                                content.push('\n');
                            }
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
                            node.heredocs.push(Heredoc {
                                name,
                                expand,
                                chomp,
                                fd,
                                content,
                                span: word_span,
                                body_span: Span::new(body_start, body_end),
                                terminator_span: terminated,
                            });
                        }
                    }
                }
            }
            node.start_line = start_line;
            node.end_line = line_no;
            node.span = Span::new(node.span.start, last_end.max(node.span.end));
            node.comments = std::mem::take(&mut comments);
            self.out.nodes.push(node);
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
    };
    p.run()
}
