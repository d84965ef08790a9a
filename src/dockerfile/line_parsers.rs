//! BuildKit's per-instruction argument parsers, on one logical line, keeping byte positions.

use super::logical::LogicalLine;
use super::syntax::{Flag, Form, Node, Spanned};
use crate::text::Span;

/// BuildKit's `reWhitespace`: `[\t\v\f\r ]`.
pub(crate) fn is_ws(c: char) -> bool {
    matches!(c, '\t' | '\x0b' | '\x0c' | '\r' | ' ')
}

/// ASCII whitespace as Go's `unicode.IsSpace` sees it (vertical tab included).
pub(crate) fn is_go_space(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\x0b' | '\x0c' | '\r' | ' ')
}

/// A parse failure BuildKit reports for the whole file, with the joined-text range at fault.
pub(crate) struct LineError {
    pub message: String,
    pub start: usize,
    pub end: usize,
}

/// Trim Unicode whitespace from both ends of `line[start..end]`.
fn trim(line: &str, start: usize, end: usize) -> (usize, usize) {
    let s = &line[start..end];
    let t = s.trim_start();
    let ns = start + (s.len() - t.len());
    let t2 = t.trim_end();
    (ns, ns + t2.len())
}

/// Parse the logical line range `[start, end)` into a node (BuildKit's `newNodeFromLine`).
pub(crate) fn node_from_line(
    ll: &LogicalLine,
    start: usize,
    end: usize,
    escape: char,
    depth: usize,
) -> Result<Node, LineError> {
    let line = ll.text.as_str();
    let (s, e) = trim(line, start, end);
    let kw_end = line[s..e].find(is_ws).map(|i| s + i).unwrap_or(e);
    let keyword = Spanned {
        value: line[s..kw_end].to_string(),
        span: ll.span(s, kw_end),
    };
    let mut flags = Vec::new();
    let (mut rs, mut re) = (e, e);
    if kw_end < e {
        let after = line[kw_end..e]
            .char_indices()
            .find(|(_, c)| !is_ws(*c))
            .map(|(i, _)| kw_end + i)
            .unwrap_or(e);
        let rest_start = extract_builder_flags(line, after, e, ll, &mut flags);
        (rs, re) = trim(line, rest_start, e);
    }
    let mut node = Node {
        keyword,
        flags,
        args: Vec::new(),
        form: Form::None,
        sub: None,
        heredocs: Vec::new(),
        original: line[start..end].to_string(),
        rest_span: ll.span(rs, re),
        rest_range: (rs - start, re - start),
        span: ll.span(s, e),
        start_line: 0,
        end_line: 0,
        comments: Vec::new(),
    };
    let arg = |a: usize, b: usize| Spanned {
        value: line[a..b].to_string(),
        span: ll.span(a, b),
    };
    match node.keyword.value.to_lowercase().as_str() {
        "add" | "copy" | "volume" => maybe_json_to_list(line, rs, re, ll, &mut node)?,
        "cmd" | "entrypoint" | "run" | "shell" => maybe_json(line, rs, re, ll, &mut node)?,
        "arg" => {
            for (a, b) in words(line, rs, re, escape) {
                node.args.push(Spanned {
                    value: unescape_word(&line[a..b], escape),
                    span: ll.span(a, b),
                });
            }
            node.form = form_of(&node.args);
        }
        "env" | "label" => {
            let kw = node.keyword.value.clone();
            name_val(line, rs, re, ll, escape, &kw, &mut node)?
        }
        "expose" | "from" => {
            node.args = whitespace_list(line, rs, re)
                .map(|(a, b)| arg(a, b))
                .collect();
            node.form = form_of(&node.args);
        }
        "healthcheck" => {
            if rs < re {
                let sep = line[rs..re]
                    .find(|c: char| is_go_space(c))
                    .map(|i| rs + i)
                    .unwrap_or(re);
                let next = line[sep..re]
                    .find(|c: char| !is_go_space(c))
                    .map(|i| sep + i)
                    .unwrap_or(re);
                node.args.push(arg(rs, sep));
                node.form = Form::Shell;
                maybe_json(line, next, re, ll, &mut node)?;
            }
        }
        "maintainer" | "stopsignal" | "user" | "workdir" => {
            if rs < re {
                node.args.push(arg(rs, re));
                node.form = Form::Shell;
            }
        }
        "onbuild" => {
            if rs < re {
                if depth > 8 {
                    return Err(LineError {
                        message: "ONBUILD is nested too deeply".into(),
                        start: rs,
                        end: re,
                    });
                }
                let sub = node_from_line(ll, rs, re, escape, depth + 1)?;
                node.sub = Some(Box::new(sub));
                node.form = Form::Shell;
            }
        }
        _ => {
            // BuildKit's `parseIgnore`: an unknown instruction keeps one empty argument node.
            node.args.push(Spanned {
                value: String::new(),
                span: ll.span(rs, rs),
            });
        }
    }
    Ok(node)
}

fn form_of(args: &[Spanned]) -> Form {
    if args.is_empty() {
        Form::None
    } else {
        Form::Shell
    }
}

/// Words as BuildKit's `parseWords` keeps them: the raw text of each word, quotes and escapes included.
/// `unescape_word` is the identity: BuildKit keeps escapes in ARG words too.
fn unescape_word(w: &str, _escape: char) -> String {
    w.to_string()
}

/// BuildKit's `extractBuilderFlags`: leading `--flag` words. Returns where the arguments start.
fn extract_builder_flags(
    line: &str,
    start: usize,
    end: usize,
    ll: &LogicalLine,
    out: &mut Vec<Flag>,
) -> usize {
    let b = line.as_bytes();
    let mut pos = start;
    loop {
        // inSpaces
        while pos < end && is_go_space(b[pos] as char) {
            pos += 1;
        }
        if pos >= end {
            return end;
        }
        if !(b[pos] == b'-' && pos + 1 < end && b[pos + 1] == b'-') {
            return pos;
        }
        let wstart = pos;
        let mut word: Vec<u8> = Vec::new();
        let mut blank_ok = false;
        let mut quote = 0u8;
        let mut in_quote = false;
        while pos < end {
            let ch = b[pos];
            if !in_quote {
                if is_go_space(ch as char) {
                    break;
                }
                if ch == b'\'' || ch == b'"' {
                    quote = ch;
                    blank_ok = true;
                    in_quote = true;
                    pos += 1;
                    continue;
                }
                if ch == b'\\' {
                    if pos + 1 == end {
                        pos += 1;
                        continue;
                    }
                    pos += 1;
                }
                word.push(b[pos]);
                pos += 1;
            } else {
                if ch == quote {
                    in_quote = false;
                    pos += 1;
                    continue;
                }
                if ch == b'\\' {
                    if pos + 1 == end {
                        in_quote = false;
                        pos += 1;
                        continue;
                    }
                    pos += 1;
                }
                word.push(b[pos]);
                pos += 1;
            }
        }
        let word = String::from_utf8_lossy(&word).into_owned();
        if word == "--" {
            return pos;
        }
        if blank_ok || !word.is_empty() {
            out.push(make_flag(word, wstart, pos, line, ll));
        }
        if pos >= end {
            return end;
        }
    }
}

fn make_flag(raw: String, start: usize, end: usize, line: &str, ll: &LogicalLine) -> Flag {
    let body = raw.strip_prefix("--").unwrap_or(&raw);
    let (name, value) = match body.split_once('=') {
        Some((n, v)) => (n.to_string(), Some(v.to_string())),
        None => (body.to_string(), None),
    };
    let text = &line[start..end];
    let name_start = start + 2.min(text.len());
    let name_end = text.find('=').map(|i| start + i).unwrap_or(end);
    let value_span = text.find('=').map(|i| ll.span(start + i + 1, end));
    Flag {
        raw,
        name,
        value,
        span: ll.span(start, end),
        name_span: ll.span(name_start, name_end.max(name_start)),
        value_span,
    }
}

/// BuildKit's `parseWords`: whitespace-separated words, quotes kept, escapes kept.
pub(crate) fn words(line: &str, start: usize, end: usize, escape: char) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let s = &line[start..end];
    let mut it = s.char_indices().peekable();
    let mut word_start: Option<usize> = None;
    let mut quote: Option<char> = None;
    while let Some((i, ch)) = it.next() {
        let abs = start + i;
        match quote {
            None => {
                if ch.is_whitespace() {
                    if let Some(ws) = word_start.take() {
                        out.push((ws, abs));
                    }
                    continue;
                }
                if word_start.is_none() {
                    word_start = Some(abs);
                }
                if ch == '\'' || ch == '"' {
                    quote = Some(ch);
                } else if ch == escape {
                    it.next();
                }
            }
            Some(q) => {
                if ch == q {
                    quote = None;
                } else if ch == escape && q != '\'' {
                    if it.peek().is_none() {
                        quote = None;
                    } else {
                        it.next();
                    }
                }
            }
        }
    }
    if let Some(ws) = word_start {
        out.push((ws, end));
    }
    out
}

/// Split on runs of BuildKit whitespace.
pub(crate) fn whitespace_list(
    line: &str,
    start: usize,
    end: usize,
) -> impl Iterator<Item = (usize, usize)> + '_ {
    let s = &line[start..end];
    let mut pos = 0;
    std::iter::from_fn(move || {
        if start >= end {
            return None;
        }
        while pos < s.len() && s[pos..].starts_with(is_ws) {
            pos += s[pos..].chars().next().map(char::len_utf8).unwrap_or(1);
        }
        if pos >= s.len() {
            return None;
        }
        let a = pos;
        while pos < s.len() && !s[pos..].starts_with(is_ws) {
            pos += s[pos..].chars().next().map(char::len_utf8).unwrap_or(1);
        }
        Some((start + a, start + pos))
    })
}

/// BuildKit's `parseJSON`: `Ok(Some(..))` for a JSON array of strings, `Ok(None)` when not JSON,
/// `Err` when it is a JSON array holding something other than strings.
fn parse_json(line: &str, start: usize, end: usize) -> Result<Option<Vec<JsonItem>>, LineError> {
    let s = &line[start..end];
    let t = s.trim_start();
    let off = start + (s.len() - t.len());
    if !t.starts_with('[') {
        return Ok(None);
    }
    let values: Vec<serde_json::Value> = match serde_json::from_str(t) {
        Ok(v) => v,
        Err(_) => return Ok(None),
    };
    let mut strings = Vec::new();
    for v in values {
        match v {
            serde_json::Value::String(s) => strings.push(s),
            _ => {
                return Err(LineError {
                    message: "dockerfile JSON arrays may only contain strings".into(),
                    start: off,
                    end,
                })
            }
        }
    }
    let spans = json_string_spans(t);
    Ok(Some(
        strings
            .into_iter()
            .enumerate()
            .map(|(i, v)| {
                let (a, b) = spans.get(i).copied().unwrap_or((0, t.len()));
                (v, off + a, off + b)
            })
            .collect(),
    ))
}

/// A JSON array element: its value and its byte range in the line.
type JsonItem = (String, usize, usize);

/// Byte ranges of the string literals of a JSON array (quotes included).
fn json_string_spans(t: &str) -> Vec<(usize, usize)> {
    let b = t.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'"' {
            let s = i;
            i += 1;
            while i < b.len() && b[i] != b'"' {
                if b[i] == b'\\' {
                    i += 1;
                }
                i += 1;
            }
            out.push((s, (i + 1).min(b.len())));
        }
        i += 1;
    }
    out
}

fn set_json(node: &mut Node, ll: &LogicalLine, items: Vec<JsonItem>) {
    node.form = Form::Json;
    for (v, a, b) in items {
        node.args.push(Spanned {
            value: v,
            span: ll.span(a, b),
        });
    }
}

fn maybe_json(
    line: &str,
    start: usize,
    end: usize,
    ll: &LogicalLine,
    node: &mut Node,
) -> Result<(), LineError> {
    if start >= end {
        return Ok(());
    }
    match parse_json(line, start, end)? {
        Some(items) => set_json(node, ll, items),
        None => {
            node.args.push(Spanned {
                value: line[start..end].to_string(),
                span: ll.span(start, end),
            });
            node.form = Form::Shell;
        }
    }
    Ok(())
}

fn maybe_json_to_list(
    line: &str,
    start: usize,
    end: usize,
    ll: &LogicalLine,
    node: &mut Node,
) -> Result<(), LineError> {
    match parse_json(line, start, end)? {
        Some(items) => set_json(node, ll, items),
        None => {
            for (a, b) in whitespace_list(line, start, end) {
                node.args.push(Spanned {
                    value: line[a..b].to_string(),
                    span: ll.span(a, b),
                });
            }
            node.form = form_of(&node.args);
        }
    }
    Ok(())
}

/// BuildKit's `parseNameVal` for ENV and LABEL: `k=v …` pairs or the legacy `k v` form.
fn name_val(
    line: &str,
    start: usize,
    end: usize,
    ll: &LogicalLine,
    escape: char,
    keyword: &str,
    node: &mut Node,
) -> Result<(), LineError> {
    let ws = words(line, start, end, escape);
    if ws.is_empty() {
        return Ok(());
    }
    let sp = |a: usize, b: usize| ll.span(a, b);
    let (a0, b0) = ws[0];
    if !line[a0..b0].contains('=') {
        // Legacy form: the key, then everything after the first whitespace run, raw.
        let key_end = line[start..end].find(is_ws).map(|i| start + i);
        let Some(key_end) = key_end else {
            return Err(LineError {
                message: format!("{} must have two arguments", keyword.to_uppercase()),
                start,
                end,
            });
        };
        let mut vs = key_end;
        while vs < end && line[vs..].starts_with(is_ws) {
            vs += 1;
        }
        node.args.push(Spanned {
            value: line[start..key_end].to_string(),
            span: sp(start, key_end),
        });
        node.args.push(Spanned {
            value: line[vs..end].to_string(),
            span: sp(vs, end),
        });
        node.args.push(Spanned {
            value: String::new(),
            span: Span::empty(ll.map(key_end)),
        });
        node.form = Form::Shell;
        return Ok(());
    }
    for (a, b) in ws {
        let w = &line[a..b];
        let Some(eq) = w.find('=') else {
            return Err(LineError {
                message: format!(
                    "Syntax error - can't find = in {w:?}. Must be of the form: name=value"
                ),
                start: a,
                end: b,
            });
        };
        node.args.push(Spanned {
            value: w[..eq].to_string(),
            span: sp(a, a + eq),
        });
        node.args.push(Spanned {
            value: w[eq + 1..].to_string(),
            span: sp(a + eq + 1, b),
        });
        node.args.push(Spanned {
            value: "=".into(),
            span: sp(a + eq, a + eq + 1),
        });
    }
    node.form = Form::Shell;
    Ok(())
}
