//! YAML into a small tree whose every key and value keeps its byte span. Built from saphyr-parser's
//! event stream with an explicit stack: nesting depth, alias expansion and input size are bounded,
//! duplicate keys are reported with both places, `<<` merge keys are applied.

use crate::text::Span;
use saphyr_parser::{Event, Parser, ScalarStyle, ScanError, Span as EventSpan};
use std::collections::HashMap;

/// Deepest nesting accepted.
pub const MAX_DEPTH: usize = 128;
/// Most nodes an alias may expand into, over the whole document.
pub const MAX_ALIAS_NODES: usize = 100_000;
/// Largest input accepted, in bytes.
pub const MAX_INPUT: usize = 4 << 20;

/// A YAML value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A scalar as written (after YAML unescaping), with how it was written.
    Scalar(String, Style),
    /// A sequence.
    Seq(Vec<Node>),
    /// A mapping, in order; keys are nodes so they keep spans.
    Map(Vec<(Node, Node)>),
}

/// How a scalar was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Unquoted: subject to type resolution (null, bool, numbers).
    Plain,
    /// Quoted or block scalar: always a string.
    Quoted,
}

/// A value and where it stands.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// The value.
    pub value: Value,
    /// Its bytes in the source (for an alias: the alias itself).
    pub span: Span,
    /// Index of the file it came from (when several files are merged).
    pub file: usize,
}

/// A problem met while loading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum YamlProblem {
    /// Not valid YAML.
    Syntax { span: Span, message: String },
    /// A key that appears twice in one mapping.
    DuplicateKey {
        key: String,
        span: Span,
        first: Span,
    },
    /// Depth, alias or size budget exceeded.
    Limit { span: Span, what: Limit },
    /// An alias to an unknown anchor, or a `<<` whose value is not a mapping.
    Invalid { span: Span, message: String },
}

/// Which budget was exceeded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// Nesting deeper than [`MAX_DEPTH`].
    Depth,
    /// Aliases expanding into more than [`MAX_ALIAS_NODES`] nodes.
    Aliases,
    /// Input larger than [`MAX_INPUT`].
    Size,
}

impl Node {
    /// The scalar text, if a scalar.
    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::Scalar(s, _) => Some(s),
            _ => None,
        }
    }

    /// Whether this is YAML null (`~`, `null`, or empty, unquoted).
    pub fn is_null(&self) -> bool {
        matches!(&self.value, Value::Scalar(s, Style::Plain) if matches!(s.as_str(), "" | "~" | "null" | "Null" | "NULL"))
    }

    /// A plain `true`/`false` (YAML 1.2 core schema spellings).
    pub fn as_bool(&self) -> Option<bool> {
        match &self.value {
            Value::Scalar(s, Style::Plain) => match s.as_str() {
                "true" | "True" | "TRUE" => Some(true),
                "false" | "False" | "FALSE" => Some(false),
                _ => None,
            },
            _ => None,
        }
    }

    /// A plain integer.
    pub fn as_int(&self) -> Option<i64> {
        match &self.value {
            Value::Scalar(s, Style::Plain) => parse_int(s),
            _ => None,
        }
    }

    /// The mapping entries, if a mapping.
    pub fn as_map(&self) -> Option<&[(Node, Node)]> {
        match &self.value {
            Value::Map(m) => Some(m),
            _ => None,
        }
    }

    /// The items, if a sequence.
    pub fn as_seq(&self) -> Option<&[Node]> {
        match &self.value {
            Value::Seq(s) => Some(s),
            _ => None,
        }
    }

    /// The value of key `k` in a mapping.
    pub fn get(&self, k: &str) -> Option<&Node> {
        self.as_map()?
            .iter()
            .find(|(key, _)| key.as_str() == Some(k))
            .map(|(_, v)| v)
    }

    /// The entry (key node and value) of key `k`.
    pub fn entry(&self, k: &str) -> Option<(&Node, &Node)> {
        self.as_map()?
            .iter()
            .find(|(key, _)| key.as_str() == Some(k))
            .map(|(k, v)| (k, v))
    }

    /// A short name of the node's type, for messages.
    pub fn type_name(&self) -> &'static str {
        match &self.value {
            Value::Map(_) => "mapping",
            Value::Seq(_) => "sequence",
            Value::Scalar(..) if self.is_null() => "null",
            Value::Scalar(_, Style::Plain) if self.as_bool().is_some() => "boolean",
            Value::Scalar(_, Style::Plain) if self.as_int().is_some() => "number",
            Value::Scalar(..) => "string",
        }
    }

    /// Number of nodes in the tree.
    fn size(&self) -> usize {
        1 + match &self.value {
            Value::Scalar(..) => 0,
            Value::Seq(s) => s.iter().map(Node::size).sum(),
            Value::Map(m) => m.iter().map(|(k, v)| k.size() + v.size()).sum(),
        }
    }
}

/// The inner span of a scalar: its text without quotes, when the source shows the value exactly
/// as written (no escapes, no interpolation).
pub fn inner_span(text: &str, node: &Node) -> Option<Span> {
    let raw = text.get(node.span.start..node.span.end)?;
    let value = node.as_str()?;
    let inner = raw
        .strip_prefix('"')
        .and_then(|r| r.strip_suffix('"'))
        .or_else(|| raw.strip_prefix('\'').and_then(|r| r.strip_suffix('\'')))
        .unwrap_or(raw);
    let start = node.span.start + (raw.len() - inner.len()) / 2;
    (inner == value).then(|| Span::new(start, start + inner.len()))
}

/// The node as JSON (YAML 1.2 core schema: plain null, booleans and numbers are typed, the rest
/// are strings). Depth is bounded by the loader's [`MAX_DEPTH`].
pub fn to_json(n: &Node) -> serde_json::Value {
    use serde_json::Value as J;
    match &n.value {
        Value::Seq(items) => J::Array(items.iter().map(to_json).collect()),
        Value::Map(entries) => J::Object(
            entries
                .iter()
                .map(|(k, v)| (k.as_str().unwrap_or("").to_string(), to_json(v)))
                .collect(),
        ),
        Value::Scalar(..) if n.is_null() => J::Null,
        Value::Scalar(s, _) => n
            .as_bool()
            .map(J::Bool)
            .or_else(|| n.as_int().map(J::from))
            .unwrap_or_else(|| J::String(s.clone())),
    }
}

/// YAML 1.2 core integers (decimal, `0o` octal, `0x` hex), with an optional sign.
pub fn parse_int(s: &str) -> Option<i64> {
    let (neg, body) = match s.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let v = if let Some(h) = body.strip_prefix("0x") {
        i64::from_str_radix(h, 16).ok()?
    } else if let Some(o) = body.strip_prefix("0o") {
        i64::from_str_radix(o, 8).ok()?
    } else if !body.is_empty() && body.bytes().all(|b| b.is_ascii_digit()) {
        body.parse().ok()?
    } else {
        return None;
    };
    Some(if neg { -v } else { v })
}

/// Converts the parser's character indices into byte offsets.
struct Offsets {
    /// Byte offset of each char; empty when the text is ASCII (index == offset).
    table: Vec<u32>,
    len: usize,
}

impl Offsets {
    fn new(text: &str) -> Offsets {
        let table = if text.is_ascii() {
            Vec::new()
        } else {
            text.char_indices().map(|(i, _)| i as u32).collect()
        };
        Offsets {
            table,
            len: text.len(),
        }
    }
    fn byte(&self, char_index: usize) -> usize {
        if self.table.is_empty() {
            char_index.min(self.len)
        } else {
            self.table
                .get(char_index)
                .map(|b| *b as usize)
                .unwrap_or(self.len)
        }
    }
}

enum Frame {
    Seq {
        items: Vec<Node>,
        start: usize,
        anchor: usize,
    },
    Map {
        entries: Vec<(Node, Node)>,
        key: Option<Node>,
        start: usize,
        anchor: usize,
    },
}

/// The loaded documents and the problems found.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    /// The first document's root, if any.
    pub root: Option<Node>,
    /// The roots of the documents after the first (`---`), in order.
    pub more: Vec<Node>,
    /// Problems, in source order of discovery.
    pub problems: Vec<YamlProblem>,
}

/// Load YAML text (file index 0).
pub fn load(text: &str) -> Loaded {
    load_file(text, 0)
}

/// Load YAML text, tagging every node with `file`.
pub fn load_file(text: &str, file: usize) -> Loaded {
    if text.len() > MAX_INPUT {
        return Loaded {
            root: None,
            more: Vec::new(),
            problems: vec![YamlProblem::Limit {
                span: Span::empty(0),
                what: Limit::Size,
            }],
        };
    }
    let mut loader = Loader::new(text, file);
    for ev in Parser::new_from_str(text) {
        let flow = match ev {
            Ok((event, span)) => loader.event(event, span),
            Err(e) => {
                loader.scan_error(&e);
                Flow::Finish
            }
        };
        match flow {
            Flow::Next => {}
            Flow::Finish => break,
            Flow::Abort => return loader.aborted(),
        }
    }
    loader.finished()
}

/// What the loader does after an event.
enum Flow {
    /// Read the next event.
    Next,
    /// Stop reading, keeping the root loaded so far.
    Finish,
    /// Stop reading and drop the root: a budget was exceeded.
    Abort,
}

/// The state of one load: open collections, anchors, the alias budget, the root and problems.
struct Loader<'t> {
    text: &'t str,
    file: usize,
    offsets: Offsets,
    anchors: HashMap<usize, Node>,
    stack: Vec<Frame>,
    alias_budget: usize,
    root: Option<Node>,
    more: Vec<Node>,
    problems: Vec<YamlProblem>,
}

impl<'t> Loader<'t> {
    /// A loader for `text`, tagging nodes with `file`.
    fn new(text: &'t str, file: usize) -> Loader<'t> {
        Loader {
            text,
            file,
            offsets: Offsets::new(text),
            anchors: HashMap::new(),
            stack: Vec::new(),
            alias_budget: MAX_ALIAS_NODES,
            root: None,
            more: Vec::new(),
            problems: Vec::new(),
        }
    }

    /// The result after the event stream stopped: the documents' roots and the problems.
    fn finished(self) -> Loaded {
        Loaded {
            root: self.root,
            more: self.more,
            problems: self.problems,
        }
    }

    /// The result after a budget was exceeded: the problems only.
    fn aborted(self) -> Loaded {
        Loaded {
            root: None,
            more: Vec::new(),
            problems: self.problems,
        }
    }

    /// Report the parser's error (a recursion limit is a depth limit, the rest is syntax).
    fn scan_error(&mut self, e: &ScanError) {
        let at = self.offsets.byte(e.marker().index());
        let span = Span::new(at, (at + 1).min(self.text.len()).max(at));
        self.problems.push(if e.info().contains("recursion limit") {
            YamlProblem::Limit {
                span,
                what: Limit::Depth,
            }
        } else {
            YamlProblem::Syntax {
                span,
                message: e.info().to_string(),
            }
        });
    }

    /// Handle one event: open or close a collection, or place a scalar or alias.
    fn event(&mut self, event: Event, span: EventSpan) -> Flow {
        let (s, e) = (
            self.offsets.byte(span.start.index()),
            self.offsets.byte(span.end.index()),
        );
        let node = match event {
            Event::StreamStart | Event::StreamEnd | Event::Nothing => return Flow::Next,
            // Anchors belong to their document.
            Event::DocumentStart(_) => {
                self.anchors.clear();
                return Flow::Next;
            }
            Event::DocumentEnd => return Flow::Next,
            Event::SequenceStart(anchor, _) => {
                let frame = Frame::Seq {
                    items: Vec::new(),
                    start: s,
                    anchor,
                };
                return self.open(frame, s, e);
            }
            Event::MappingStart(anchor, _) => {
                let frame = Frame::Map {
                    entries: Vec::new(),
                    key: None,
                    start: s,
                    anchor,
                };
                return self.open(frame, s, e);
            }
            Event::SequenceEnd => match self.close_seq(e) {
                Some(n) => n,
                None => return Flow::Next,
            },
            Event::MappingEnd => match self.close_map(e) {
                Some(n) => n,
                None => return Flow::Next,
            },
            Event::Scalar(v, style, anchor, _) => self.scalar(v.into_owned(), style, anchor, s, e),
            Event::Alias(id) => match self.alias(id, s, e) {
                Some(n) => n,
                None => return Flow::Abort,
            },
        };
        self.place(node);
        Flow::Next
    }

    /// Open a collection at `[s, e)`, unless that nests deeper than [`MAX_DEPTH`].
    fn open(&mut self, frame: Frame, s: usize, e: usize) -> Flow {
        if self.stack.len() >= MAX_DEPTH {
            self.problems.push(YamlProblem::Limit {
                span: Span::new(s, e.max(s + 1)),
                what: Limit::Depth,
            });
            return Flow::Abort;
        }
        self.stack.push(frame);
        Flow::Next
    }

    /// Close the innermost collection as a sequence ending near `e`; `None` (and the frame
    /// dropped) when it is not a sequence.
    fn close_seq(&mut self, e: usize) -> Option<Node> {
        let Some(Frame::Seq {
            items,
            start,
            anchor,
        }) = self.stack.pop()
        else {
            return None;
        };
        let end = items.last().map(|n| n.span.end).unwrap_or(e).max(start);
        let n = Node {
            value: Value::Seq(items),
            span: Span::new(start, end.max(e.min(end))),
            file: self.file,
        };
        Some(self.anchored(anchor, n))
    }

    /// Close the innermost collection as a mapping (merges applied, duplicates reported);
    /// `None` (and the frame dropped) when it is not a mapping.
    fn close_map(&mut self, e: usize) -> Option<Node> {
        let Some(Frame::Map {
            entries,
            start,
            anchor,
            ..
        }) = self.stack.pop()
        else {
            return None;
        };
        let end = entries
            .last()
            .map(|(_, v)| v.span.end)
            .unwrap_or(e)
            .max(start);
        let entries = finish_map(entries, &mut self.problems);
        let n = Node {
            value: Value::Map(entries),
            span: Span::new(start, end),
            file: self.file,
        };
        Some(self.anchored(anchor, n))
    }

    /// A scalar node at `[s, e)`.
    fn scalar(&mut self, v: String, style: ScalarStyle, anchor: usize, s: usize, e: usize) -> Node {
        let style = if style == ScalarStyle::Plain {
            Style::Plain
        } else {
            Style::Quoted
        };
        let n = Node {
            value: Value::Scalar(v, style),
            span: Span::new(s, e),
            file: self.file,
        };
        self.anchored(anchor, n)
    }

    /// The copy of anchor `id`'s node, spanning the alias at `[s, e)`; an unknown anchor is
    /// reported and gives an empty scalar; `None` when the copy exceeds the alias budget.
    fn alias(&mut self, id: usize, s: usize, e: usize) -> Option<Node> {
        let Some(target) = self.anchors.get(&id) else {
            self.problems.push(YamlProblem::Invalid {
                span: Span::new(s, e.max(s + 1)),
                message: "alias to an unknown anchor".into(),
            });
            return Some(Node {
                value: Value::Scalar(String::new(), Style::Plain),
                span: Span::new(s, e),
                file: self.file,
            });
        };
        let size = target.size();
        if size > self.alias_budget {
            self.problems.push(YamlProblem::Limit {
                span: Span::new(s, e.max(s + 1)),
                what: Limit::Aliases,
            });
            return None;
        }
        self.alias_budget -= size;
        let mut n = target.clone();
        n.span = Span::new(s, e.max(s + 1));
        Some(n)
    }

    /// Remember `n` under `anchor` (0: none) and return it.
    fn anchored(&mut self, anchor: usize, n: Node) -> Node {
        if anchor > 0 {
            self.anchors.insert(anchor, n.clone());
        }
        n
    }

    /// Put a finished node into the innermost collection (as a key or a value), or make it
    /// a document's root when none is open.
    fn place(&mut self, node: Node) {
        match self.stack.last_mut() {
            None if self.root.is_none() => self.root = Some(node),
            None => self.more.push(node),
            Some(Frame::Seq { items, .. }) => items.push(node),
            Some(Frame::Map { entries, key, .. }) => match key.take() {
                None => *key = Some(node),
                Some(k) => entries.push((k, node)),
            },
        }
    }
}

/// Apply `<<` merges and report duplicate keys; later duplicates replace earlier ones.
fn finish_map(entries: Vec<(Node, Node)>, problems: &mut Vec<YamlProblem>) -> Vec<(Node, Node)> {
    let mut own: Vec<(Node, Node)> = Vec::with_capacity(entries.len());
    // Scalar key text → index in `own`, so big mappings stay linear.
    let mut index: HashMap<String, usize> = HashMap::with_capacity(entries.len());
    let mut merges: Vec<Node> = Vec::new();
    for (k, v) in entries {
        if matches!(&k.value, Value::Scalar(s, Style::Plain) if s == "<<") {
            match &v.value {
                Value::Map(_) => merges.push(v),
                Value::Seq(items) => {
                    for it in items {
                        if matches!(it.value, Value::Map(_)) {
                            merges.push(it.clone());
                        } else {
                            problems.push(YamlProblem::Invalid {
                                span: it.span,
                                message: "a merge key (<<) takes a mapping or a list of mappings"
                                    .into(),
                            });
                        }
                    }
                }
                _ => problems.push(YamlProblem::Invalid {
                    span: v.span,
                    message: "a merge key (<<) takes a mapping or a list of mappings".into(),
                }),
            }
            continue;
        }
        let existing = match &k.value {
            Value::Scalar(text, _) => index.get(text).copied(),
            _ => None,
        };
        if let Some(pos) = existing {
            problems.push(YamlProblem::DuplicateKey {
                key: k.as_str().unwrap_or("?").to_string(),
                span: k.span,
                first: own[pos].0.span,
            });
            own[pos] = (k, v);
        } else {
            if let Value::Scalar(text, _) = &k.value {
                index.insert(text.clone(), own.len());
            }
            own.push((k, v));
        }
    }
    // Keys of the mapping itself win; among merged mappings, earlier ones win.
    for m in merges {
        if let Value::Map(ms) = m.value {
            for (k, v) in ms {
                let present = match &k.value {
                    Value::Scalar(text, _) => index.contains_key(text),
                    _ => own.iter().any(|(ok, _)| same_key(ok, &k)),
                };
                if !present {
                    if let Value::Scalar(text, _) = &k.value {
                        index.insert(text.clone(), own.len());
                    }
                    own.push((k, v));
                }
            }
        }
    }
    own
}

fn same_key(a: &Node, b: &Node) -> bool {
    match (&a.value, &b.value) {
        (Value::Scalar(x, _), Value::Scalar(y, _)) => x == y,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_duplicates_and_merges() {
        let src = "a: &base\n  x: 1\n  y: 2\nb:\n  <<: *base\n  y: 3\nb: again\n";
        let l = load(src);
        let root = l.root.unwrap();
        let b = root.get("b").unwrap();
        assert_eq!(b.as_str(), Some("again"));
        assert_eq!(l.problems.len(), 1);
        match &l.problems[0] {
            YamlProblem::DuplicateKey { key, span, first } => {
                assert_eq!(key, "b");
                assert_eq!(&src[span.start..span.end], "b");
                assert_eq!(first.start, src.find("b:").unwrap());
            }
            p => panic!("{p:?}"),
        }
        let l = load("a: &base\n  x: 1\n  y: 2\nb:\n  <<: [*base]\n  y: 3\n");
        let b = l.root.unwrap().get("b").unwrap().clone();
        assert_eq!(b.get("y").unwrap().as_int(), Some(3));
        assert_eq!(b.get("x").unwrap().as_int(), Some(1));
    }

    #[test]
    fn unicode_offsets_are_bytes() {
        let src = "名字: 值\nk: v\n";
        let root = load(src).root.unwrap();
        let (k, v) = root.entry("k").unwrap();
        assert_eq!(&src[k.span.start..k.span.end], "k");
        assert_eq!(&src[v.span.start..v.span.end], "v");
    }

    #[test]
    fn bombs_and_depth_are_bounded() {
        let mut bomb = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for i in 1..10 {
            let prev = format!("*a{}", i - 1);
            bomb.push_str(&format!(
                "a{i}: &a{i} [{}]\n",
                [prev.as_str(); 9].join(", ")
            ));
        }
        let l = load(&bomb);
        assert!(l.problems.iter().any(|p| matches!(
            p,
            YamlProblem::Limit {
                what: Limit::Aliases,
                ..
            }
        )));
        let deep = "[".repeat(20_000) + &"]".repeat(20_000);
        let l = load(&deep);
        assert!(l.problems.iter().any(|p| matches!(
            p,
            YamlProblem::Limit {
                what: Limit::Depth,
                ..
            }
        )));
        let deep_block: String = (0..20_000)
            .map(|i| format!("{}k:\n", " ".repeat(i % 4000)))
            .collect();
        let _ = load(&deep_block);
    }
}
