//! Compose files: span-aware YAML loading, the compose-spec model with Docker Compose's
//! normalization, and Compose's own consistency errors.

pub mod address;
pub mod builds;
pub(crate) mod codes;
pub mod interpolate;
mod load;
mod merge;
pub mod model;
pub mod ports;
pub(crate) mod schema;
mod validate;
mod yaml_messages;

use crate::diagnostic::Diagnostic;
use crate::text;
use crate::text::Span;
use crate::yaml::{Limit, Node, Value, YamlProblem};
use model::{Loc, Project};

/// Collects diagnostics for several files.
#[derive(Debug, Default, Clone)]
pub struct Sink {
    /// `(file index, diagnostic)`.
    pub items: Vec<(usize, Diagnostic)>,
}

impl Sink {
    /// Add a diagnostic for file `file`.
    pub fn push(&mut self, file: usize, d: Diagnostic) {
        self.items.push((file, d));
    }

    /// Add a diagnostic of `code` at `span` of file `file`.
    pub fn report(
        &mut self,
        file: usize,
        code: &'static crate::diagnostic::Code,
        span: crate::text::Span,
        message: crate::i18n::Text,
    ) {
        self.push(file, Diagnostic::new(code, span, message));
    }
}

/// Settings of a compose analysis.
#[derive(Debug, Clone, Default)]
pub struct ComposeOptions {
    /// `--project-name`.
    pub project_name: Option<String>,
    /// The name to use when nothing else gives one (the directory name; in the browser a default).
    pub fallback_name: Option<String>,
    /// Variables for interpolation (`.env`, `--env-file`, `--env`), later ones win.
    pub env: Vec<(String, String)>,
    /// `--profile` values (`*` enables all).
    pub profiles: Vec<String>,
}

/// A file given to the loader.
#[derive(Debug, Clone)]
pub struct ComposeFile {
    /// Its name.
    pub name: String,
    /// Its text.
    pub text: String,
}

/// A file a compose file refers to (env_file, include), for the caller to check on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileRef {
    /// `env_file`, `include` or `extends`.
    pub kind: &'static str,
    /// The path as written.
    pub path: String,
    /// Where it is written.
    pub loc: Loc,
}

/// The outcome of loading compose files.
#[derive(Debug, Clone, Default)]
pub struct ComposeAnalysis {
    /// The normalized project (absent when no file had a usable top-level mapping).
    pub project: Option<Project>,
    /// Diagnostics per file index.
    pub sink: Sink,
    /// Files referenced by path that must exist.
    pub file_refs: Vec<FileRef>,
    /// Each file's tree after interpolation (`None` when it did not load), for the rules.
    pub(crate) roots: Vec<Option<Node>>,
}

impl ComposeAnalysis {
    /// Whether Docker Compose would refuse these files (any error).
    pub fn rejected(&self) -> bool {
        self.sink
            .items
            .iter()
            .any(|(_, d)| d.severity == crate::diagnostic::Severity::Error)
    }

    /// The diagnostics of file `file` (its index in the input).
    pub fn diagnostics_of(&self, file: usize) -> Vec<Diagnostic> {
        self.sink
            .items
            .iter()
            .filter(|(fi, _)| *fi == file)
            .map(|(_, d)| d.clone())
            .collect()
    }

    /// Report referenced files that `exists` says are missing (the CLI checks the disk).
    pub fn check_files(&mut self, exists: &dyn Fn(&str) -> bool) {
        for r in &self.file_refs {
            if !exists(&r.path) {
                let (kind, path) = (r.kind, &r.path);
                self.sink.report(
                    r.loc.file,
                    &codes::MISSING_FILE,
                    r.loc.span,
                    text!(
                        "{kind} \"{path}\" not found",
                        "找不到 {kind} 指向的文件 \"{path}\""
                    ),
                );
            }
        }
    }
}

fn yaml_problem(
    p: YamlProblem,
    file: usize,
    lines: &crate::text::LineIndex,
    src: &str,
    sink: &mut Sink,
) {
    let first_place = match &p {
        YamlProblem::DuplicateKey { key, span, first } => {
            Some((*first, key.clone(), lines.position(src, span.start).line))
        }
        _ => None,
    };
    let d = match p {
        YamlProblem::Syntax { span, message } => {
            let zh = yaml_messages::zh(&message);
            Diagnostic::new(
                &codes::YAML_SYNTAX,
                span,
                text!("invalid YAML: {message}", "YAML 语法错误：{zh}"),
            )
        }
        YamlProblem::DuplicateKey { key, span, first } => {
            let line = lines.position(src, first.start).line;
            Diagnostic::new(
                &codes::DUPLICATE_KEY,
                span,
                text!(
                    "mapping key \"{key}\" already defined at line {line}; Compose rejects duplicate keys",
                    "键 \"{key}\" 已在第 {line} 行定义过；Compose 不接受重复的键"
                ),
            )
            .with_help(text!(
                "keep one \"{key}\"; only the last one would count",
                "只保留一个 \"{key}\"（重复时只有最后一个生效）"
            ))
        }
        YamlProblem::Limit { span, what } => {
            let (en, zh) = match what {
                Limit::Depth => ("nesting is too deep", "嵌套层级太深"),
                Limit::Aliases => (
                    "aliases expand into too many nodes (possible alias bomb)",
                    "别名展开后的节点过多（可能是别名炸弹）",
                ),
                Limit::Size => ("the file is too large", "文件太大"),
            };
            Diagnostic::new(
                &codes::YAML_LIMIT,
                span,
                text!("{en}; loading stopped here", "{zh}，已停止加载"),
            )
        }
        YamlProblem::Invalid { span, message } => Diagnostic::new(
            &codes::YAML_SYNTAX,
            span,
            text!("invalid YAML: {message}", "YAML 错误：{message}"),
        ),
    };
    if let Some((span, key, line)) = first_place {
        let mut first = Diagnostic::new(
            &codes::DUPLICATE_KEY,
            span,
            text!(
                "first \"{key}\" here is overridden by the one at line {line}",
                "这里的 \"{key}\" 会被第 {line} 行的同名键覆盖"
            ),
        );
        first.severity = crate::diagnostic::Severity::Info;
        sink.push(file, first);
    }
    sink.push(file, d);
}

/// Where variable `name` is used in `text[span]`: the whole `${name…}` or `$name`, else `span`.
fn variable_span(text: &str, span: Span, name: &str) -> Span {
    let Some(raw) = text.get(span.start..span.end) else {
        return span;
    };
    let ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut from = 0;
    while let Some(i) = raw[from..].find('$').map(|i| from + i) {
        let rest = &raw[i + 1..];
        if let Some(inner) = rest.strip_prefix('{') {
            let after = inner.as_bytes().get(name.len()).copied();
            if inner.starts_with(name) && after.is_none_or(|b| !ident(b)) {
                // To the matching brace (defaults may nest `${…}`).
                let mut depth = 0;
                for (j, b) in raw.bytes().enumerate().skip(i + 1) {
                    match b {
                        b'{' => depth += 1,
                        b'}' => {
                            depth -= 1;
                            if depth == 0 {
                                return Span::new(span.start + i, span.start + j + 1);
                            }
                        }
                        _ => {}
                    }
                }
                return Span::new(span.start + i, span.end);
            }
        } else if rest.starts_with(name)
            && rest.as_bytes().get(name.len()).is_none_or(|&b| !ident(b))
        {
            return Span::new(span.start + i, span.start + i + 1 + name.len());
        }
        from = i + 1;
    }
    span
}

/// Interpolate every scalar value (not keys) in place.
fn interpolate_tree(
    node: &mut Node,
    text: &str,
    vars: &Vec<(String, String)>,
    sink: &mut Sink,
    warned: &mut Vec<String>,
) {
    match &mut node.value {
        Value::Scalar(s, _) => {
            if !s.contains('$') {
                return;
            }
            match interpolate::interpolate(s, vars) {
                Ok(r) => {
                    for name in r.unset {
                        if !warned.contains(&name) {
                            sink.push(
                                node.file,
                                Diagnostic::new(
                                    &codes::UNSET_VARIABLE,
                                    variable_span(text, node.span, &name),
                                    text!(
                                        "the \"{name}\" variable is not set; it defaults to an empty string",
                                        "变量 \"{name}\" 没有设置，将替换为空字符串"
                                    ),
                                )
                                .with_help(text!(
                                    "set it in .env or give a default: ${{{name}:-value}}",
                                    "请在 .env 中设置它，或写上默认值：${{{name}:-默认值}}"
                                )),
                            );
                            warned.push(name);
                        }
                    }
                    *s = r.text;
                    // An interpolated value is a string, even when it came out empty.
                    if let Value::Scalar(_, style) = &mut node.value {
                        *style = crate::yaml::Style::Quoted;
                    }
                }
                Err(interpolate::InterpolationError::Required { name, message }) => {
                    let msg = if message.is_empty() {
                        "is missing a value".to_string()
                    } else {
                        message
                    };
                    sink.report(
                        node.file,
                        &codes::INTERPOLATION,
                        node.span,
                        text!(
                            "required variable \"{name}\" is missing a value: {msg}",
                            "必需的变量 \"{name}\" 没有取值：{msg}"
                        ),
                    );
                }
                Err(interpolate::InterpolationError::TooDeep) => {
                    let max = interpolate::MAX_NESTING;
                    sink.report(
                        node.file,
                        &codes::YAML_LIMIT,
                        node.span,
                        text!(
                            "\"${{…}}\" is nested more than {max} levels deep: dockplay does not expand it",
                            "\"${{…}}\" 嵌套超过 {max} 层：dockplay 不会展开它"
                        ),
                    );
                }
                Err(interpolate::InterpolationError::Invalid { template }) => {
                    sink.push(
                        node.file,
                        Diagnostic::new(
                            &codes::INTERPOLATION,
                            node.span,
                            text!(
                                "invalid interpolation format in \"{template}\"",
                                "插值格式无效：\"{template}\""
                            ),
                        )
                        .with_help(text!(
                            "write $$ for a literal dollar sign",
                            "要写字面的 $ 符号，请用 $$"
                        )),
                    );
                }
            }
        }
        Value::Seq(items) => {
            for it in items {
                interpolate_tree(it, text, vars, sink, warned);
            }
        }
        Value::Map(entries) => {
            for (_, v) in entries {
                interpolate_tree(v, text, vars, sink, warned);
            }
        }
    }
}

/// Docker Compose's project-name normalization: lower case, only `[a-z0-9_-]`, starting with a letter or digit.
pub fn normalize_project_name(s: &str) -> String {
    let lower: String = s
        .to_lowercase()
        .chars()
        .filter(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_' || *c == '-')
        .collect();
    lower.trim_start_matches(['_', '-']).to_string()
}

fn file_refs(root: &Node) -> Vec<FileRef> {
    let mut out = Vec::new();
    let push = |out: &mut Vec<FileRef>, kind, n: &Node| {
        if let Some(p) = n.as_str() {
            out.push(FileRef {
                kind,
                path: p.to_string(),
                loc: Loc {
                    file: n.file,
                    span: n.span,
                },
            });
        }
    };
    for it in root.get("include").and_then(Node::as_seq).unwrap_or(&[]) {
        match &it.value {
            Value::Scalar(..) => push(&mut out, "include", it),
            Value::Map(_) => match it.get("path") {
                Some(p) if p.as_seq().is_some() => p
                    .as_seq()
                    .unwrap_or(&[])
                    .iter()
                    .for_each(|x| push(&mut out, "include", x)),
                Some(p) => push(&mut out, "include", p),
                None => {}
            },
            _ => {}
        }
    }
    for (_, svc) in root.get("services").and_then(Node::as_map).unwrap_or(&[]) {
        if let Some(f) = svc.get("extends").and_then(|e| e.get("file")) {
            push(&mut out, "extends", f);
        }
        let Some(ef) = svc.get("env_file") else {
            continue;
        };
        let items: Vec<&Node> = match &ef.value {
            Value::Seq(s) => s.iter().collect(),
            _ => vec![ef],
        };
        for it in items {
            match &it.value {
                Value::Map(_) => {
                    let required = it.get("required").and_then(Node::as_bool).unwrap_or(true);
                    if required {
                        if let Some(p) = it.get("path") {
                            push(&mut out, "env_file", p);
                        }
                    }
                }
                _ => push(&mut out, "env_file", it),
            }
        }
    }
    out
}

/// Load, interpolate, merge (in order), check and normalize compose files.
pub fn analyze(files: &[ComposeFile], opts: &ComposeOptions) -> ComposeAnalysis {
    let mut sink = Sink::default();
    let mut merged: Option<Node> = None;
    let mut warned = Vec::new();
    let mut roots = vec![None; files.len()];
    for (i, f) in files.iter().enumerate() {
        let loaded = crate::yaml::load_file(&f.text, i);
        if !loaded.problems.is_empty() {
            let lines = crate::text::LineIndex::new(&f.text);
            for p in loaded.problems {
                yaml_problem(p, i, &lines, &f.text, &mut sink);
            }
        }
        let Some(mut root) = loaded.root else {
            if f.text.trim().is_empty() || !sink.items.iter().any(|(fi, _)| *fi == i) {
                sink.report(
                    i,
                    &codes::EMPTY_FILE,
                    Span::empty(0),
                    text!("empty compose file", "compose 文件是空的"),
                );
            }
            continue;
        };
        if root.is_null() {
            sink.report(
                i,
                &codes::EMPTY_FILE,
                root.span,
                text!("empty compose file", "compose 文件是空的"),
            );
            continue;
        }
        if root.as_map().is_some() {
            if let Some(inc) = root.get("include") {
                sink.report(
                    i,
                    &codes::NOT_FOLLOWED,
                    inc.span,
                    text!(
                        "include is noted but the included files are not loaded here",
                        "已识别 include，但这里不会加载被包含的文件"
                    ),
                );
            }
        }
        interpolate_tree(&mut root, &files[i].text, &opts.env, &mut sink, &mut warned);
        // Later documents (`---`) merge into the first, as later files do (compose-go).
        for mut doc in loaded.more.into_iter().filter(|d| !d.is_null()) {
            interpolate_tree(&mut doc, &files[i].text, &opts.env, &mut sink, &mut warned);
            root = merge::merge(root, doc);
        }
        roots[i] = Some(root.clone());
        merged = Some(match merged {
            None => root,
            Some(base) => merge::merge(base, root),
        });
    }
    let Some(root) = merged else {
        return ComposeAnalysis {
            project: None,
            sink,
            file_refs: Vec::new(),
            roots,
        };
    };
    schema::check(&root, &mut sink);
    if root.as_map().is_none() {
        return ComposeAnalysis {
            project: None,
            sink,
            file_refs: Vec::new(),
            roots,
        };
    }
    let from_env = opts
        .env
        .iter()
        .rev()
        .find(|(k, _)| k == "COMPOSE_PROJECT_NAME")
        .map(|(_, v)| v.clone());
    let name = opts
        .project_name
        .clone()
        .or(from_env)
        .or_else(|| root.get("name").and_then(|n| n.as_str().map(String::from)))
        .or_else(|| opts.fallback_name.clone())
        .map(|n| normalize_project_name(&n))
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| "myapp".into());
    let project = load::build(&root, &name, opts, &mut sink);
    let declared: Vec<String> = root
        .get("networks")
        .and_then(Node::as_map)
        .unwrap_or(&[])
        .iter()
        .filter_map(|(k, _)| k.as_str().map(String::from))
        .collect();
    validate::check(&project, &declared, &mut sink);
    let refs = file_refs(&root);
    ComposeAnalysis {
        project: Some(project),
        sink,
        file_refs: refs,
        roots,
    }
}

/// DC0018 at the first byte that was not valid UTF-8 (`at`, in the decoded text).
pub fn invalid_utf8(at: usize) -> Diagnostic {
    Diagnostic::new(
        &codes::INVALID_UTF8,
        Span::new(at, at + 3),
        text!(
            "the file is not valid UTF-8 (Compose refuses it); invalid bytes were replaced with U+FFFD",
            "文件不是有效的 UTF-8 编码（Compose 会拒绝它）；无效字节已替换为 U+FFFD"
        ),
    )
}

#[cfg(test)]
mod variable_span_tests {
    use super::variable_span;
    use crate::text::Span;

    #[test]
    fn an_unset_variable_is_found_in_its_value() {
        let text = "x: postgres://${DB_USER}:${DB_PASS:-${FALLBACK}}@$HOST_NAME/db";
        let all = Span::new(3, text.len());
        let at = |name: &str| {
            let s = variable_span(text, all, name);
            &text[s.start..s.end]
        };
        assert_eq!(at("DB_USER"), "${DB_USER}");
        assert_eq!(at("DB_PASS"), "${DB_PASS:-${FALLBACK}}");
        assert_eq!(at("FALLBACK"), "${FALLBACK}");
        assert_eq!(at("HOST_NAME"), "$HOST_NAME");
        assert_eq!(at("HOST"), &text[3..]);
    }
}
