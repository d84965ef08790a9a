//! The semantic model: typed instructions, stages, and ARG/ENV scoping with BuildKit's expansion.

use super::codes;
use super::flags::{self, parse_mount, Mount, TypedFlag};
use super::parser::ParsedFile;
use super::shell_word::Lex;
use super::syntax::{Form, Node, Spanned};
use crate::diagnostic::Diagnostic;
use crate::text;
use crate::text::Span;
use std::collections::{BTreeSet, HashMap};

/// Build arguments BuildKit defines for every build (usable in FROM, or in a stage after `ARG NAME`).
pub const PLATFORM_ARGS: &[(&str, &str)] = &[
    ("TARGETPLATFORM", "linux/amd64"),
    ("TARGETOS", "linux"),
    ("TARGETARCH", "amd64"),
    ("TARGETVARIANT", ""),
    ("BUILDPLATFORM", "linux/amd64"),
    ("BUILDOS", "linux"),
    ("BUILDARCH", "amd64"),
    ("BUILDVARIANT", ""),
];

/// Proxy build arguments: usable in RUN without a declaration, and left out of the cache key.
pub const PROXY_ARGS: &[&str] = &[
    "HTTP_PROXY",
    "http_proxy",
    "HTTPS_PROXY",
    "https_proxy",
    "FTP_PROXY",
    "ftp_proxy",
    "NO_PROXY",
    "no_proxy",
    "ALL_PROXY",
    "all_proxy",
];

/// A command in exec (JSON) or shell form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// `["executable", "arg"]`.
    Exec(Vec<Spanned>),
    /// `executable arg` (run by the stage's SHELL).
    Shell(Spanned),
    /// Nothing written.
    Empty,
}

/// One `key=value` (or legacy `key value`) of ENV or LABEL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyValue {
    /// The key as written.
    pub key: Spanned,
    /// The value as written (quotes kept).
    pub value: Spanned,
    /// The value after BuildKit's word processing.
    pub expanded: String,
    /// Written in the legacy `KEY value` form.
    pub legacy: bool,
}

/// One name of an ARG instruction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArgDef {
    /// The name.
    pub name: Spanned,
    /// The default, as written, if any.
    pub default: Option<String>,
    /// The value in effect for this build (build arg, default, or inherited), if any.
    pub value: Option<String>,
}

/// A HEALTHCHECK.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Health {
    /// `HEALTHCHECK NONE`.
    None,
    /// `HEALTHCHECK [flags] CMD …`.
    Cmd(Command),
}

/// What an instruction says, by kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Detail {
    /// `FROM [--platform=…] image [AS name]`.
    From {
        /// The image as written.
        image: Spanned,
        /// The image after ARG expansion.
        expanded: String,
        /// `AS name`.
        alias: Option<Spanned>,
        /// `--platform` value.
        platform: Option<String>,
    },
    /// RUN.
    Run {
        /// The command.
        command: Command,
        /// Parsed `--mount` flags.
        mounts: Vec<Mount>,
        /// `--network`.
        network: Option<String>,
        /// `--security`.
        security: Option<String>,
    },
    /// CMD, ENTRYPOINT or SHELL.
    Command(Command),
    /// COPY or ADD.
    Copy {
        /// Sources after expansion.
        sources: Vec<Spanned>,
        /// Destination after expansion.
        dest: Option<Spanned>,
        /// `--from`.
        from: Option<Spanned>,
        /// `--link`.
        link: bool,
        /// Other flags by name.
        flags: Vec<(String, Option<String>)>,
    },
    /// ENV or LABEL.
    KeyValues(Vec<KeyValue>),
    /// ARG.
    Arg(Vec<ArgDef>),
    /// EXPOSE, VOLUME: the expanded words.
    Words(Vec<Spanned>),
    /// USER, WORKDIR, STOPSIGNAL, MAINTAINER: one expanded value.
    Value(Spanned),
    /// HEALTHCHECK.
    Healthcheck(Health),
    /// ONBUILD: the trigger (kept as syntax; it runs in a later build).
    Onbuild,
    /// An unknown or malformed instruction.
    Invalid,
}

/// A typed instruction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Instruction {
    /// Index into [`ParsedFile::nodes`].
    pub node: usize,
    /// Upper-case keyword.
    pub keyword: String,
    /// The stage it belongs to (`None` for ARGs before the first FROM).
    pub stage: Option<usize>,
    /// What it says.
    pub detail: Detail,
    /// Variables it referenced that were not set.
    pub undefined_vars: BTreeSet<String>,
}

/// A build stage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stage {
    /// 0-based index.
    pub index: usize,
    /// `AS name`, lower-cased as BuildKit matches it.
    pub name: Option<String>,
    /// The base image after expansion (or the stage it builds on).
    pub base: String,
    /// The stage index this one builds on (`FROM earlier-stage`).
    pub base_stage: Option<usize>,
    /// Index of the FROM instruction.
    pub from: usize,
    /// Indices of its instructions (FROM first).
    pub instructions: Vec<usize>,
    /// Stages it copies or mounts from.
    pub deps: BTreeSet<usize>,
}

/// A Dockerfile: its syntax tree and its semantic model.
#[derive(Debug, Clone)]
pub struct Dockerfile {
    /// The parse.
    pub parsed: ParsedFile,
    /// Typed instructions, parallel to `parsed.nodes`.
    pub instructions: Vec<Instruction>,
    /// Stages in order.
    pub stages: Vec<Stage>,
    /// Problems found by the model (the parser's are in `parsed.diagnostics`).
    pub diagnostics: Vec<Diagnostic>,
}

impl Dockerfile {
    /// The stage a `--from` or `FROM` reference names: a stage name (case-insensitive) or a
    /// stage index, as BuildKit resolves it. `None` means an image.
    pub fn stage_ref(&self, reference: &str) -> Option<usize> {
        let lower = reference.to_lowercase();
        self.stages
            .iter()
            .position(|s| s.name.as_deref() == Some(lower.as_str()))
            .or_else(|| {
                if !reference.is_empty() && reference.bytes().all(|b| b.is_ascii_digit()) {
                    reference
                        .parse::<usize>()
                        .ok()
                        .filter(|i| *i < self.stages.len())
                } else {
                    None
                }
            })
    }
}

/// Build settings that change the model: build arguments.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// `--build-arg K=V`.
    pub build_args: Vec<(String, String)>,
}

struct Scope {
    vars: HashMap<String, String>,
}

impl super::shell_word::Env for Scope {
    fn get(&self, name: &str) -> Option<String> {
        self.vars.get(name).cloned()
    }
}

struct Builder<'a> {
    opts: &'a BuildOptions,
    lex: Lex,
    diags: Vec<Diagnostic>,
}

impl Builder<'_> {
    fn build_arg(&self, name: &str) -> Option<String> {
        self.opts
            .build_args
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    }

    /// BuildKit's `ProcessWord`, reporting failures and collecting unset names.
    fn expand(&mut self, s: &Spanned, scope: &Scope, undefined: &mut BTreeSet<String>) -> String {
        // Nothing to substitute, unquote or unescape: the word is its own value.
        if !s.value.contains(['$', '\'', '"', self.lex.escape]) {
            return s.value.clone();
        }
        match self.lex.process_word(&s.value, scope) {
            Ok(p) => {
                undefined.extend(p.unmatched);
                p.result
            }
            Err(e) => {
                let v = &s.value;
                self.diags.push(Diagnostic::new(
                    codes::INVALID_SUBSTITUTION,
                    s.span,
                    text!("cannot expand \"{v}\": {e}", "无法展开 \"{v}\"：{e}"),
                ));
                s.value.clone()
            }
        }
    }

    fn invalid(&mut self, span: Span, en: String, zh: String) {
        self.diags.push(Diagnostic::new(
            codes::INVALID_INSTRUCTION,
            span,
            crate::i18n::Text::new(en, zh),
        ));
    }
}

const KNOWN: &[&str] = &[
    "ADD",
    "ARG",
    "CMD",
    "COPY",
    "ENTRYPOINT",
    "ENV",
    "EXPOSE",
    "FROM",
    "HEALTHCHECK",
    "LABEL",
    "MAINTAINER",
    "ONBUILD",
    "RUN",
    "SHELL",
    "STOPSIGNAL",
    "USER",
    "VOLUME",
    "WORKDIR",
];

fn command_of(node: &Node, args: &[Spanned]) -> Command {
    match node.form {
        Form::Json => Command::Exec(args.to_vec()),
        _ => match args.first() {
            Some(a) => Command::Shell(a.clone()),
            None => Command::Empty,
        },
    }
}

fn flag<'f>(flags: &'f [TypedFlag<'_>], name: &str) -> Option<&'f TypedFlag<'f>> {
    flags.iter().find(|f| f.flag.name == name)
}

fn bool_flag(flags: &[TypedFlag<'_>], name: &str) -> bool {
    flag(flags, name).is_some_and(|f| {
        f.flag
            .value
            .as_deref()
            .is_none_or(|v| v.eq_ignore_ascii_case("true"))
    })
}

/// Suggest the closest keyword for a misspelt instruction.
pub fn closest_keyword(word: &str) -> Option<&'static str> {
    let w = word.to_uppercase();
    KNOWN
        .iter()
        .map(|k| (edit_distance(&w, k), *k))
        .filter(|(d, k)| *d <= 2 && *d < k.len())
        .min()
        .map(|(_, k)| k)
}

/// Edit distance counting an adjacent swap as one edit (optimal string alignment; small strings only).
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().take(64).collect();
    let b: Vec<char> = b.chars().take(64).collect();
    let w = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * w];
    for i in 0..=a.len() {
        d[i * w] = i;
    }
    for (j, cell) in d.iter_mut().enumerate().take(w) {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[(i - 1) * w + j] + 1)
                .min(d[i * w + j - 1] + 1)
                .min(d[(i - 1) * w + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[(i - 2) * w + j - 2] + 1);
            }
            d[i * w + j] = v;
        }
    }
    d[a.len() * w + b.len()]
}

/// Build the model from a parse.
pub fn build(parsed: ParsedFile, opts: &BuildOptions) -> Dockerfile {
    let mut b = Builder {
        opts,
        lex: Lex::new(parsed.escape),
        diags: Vec::new(),
    };
    let mut instructions = Vec::with_capacity(parsed.nodes.len());
    let mut stages: Vec<Stage> = Vec::new();
    // Global scope: platform args and meta ARGs (before the first FROM).
    let mut global = Scope {
        vars: HashMap::new(),
    };
    for (k, v) in PLATFORM_ARGS {
        global.vars.insert(k.to_string(), v.to_string());
    }
    let mut stage_scope = Scope {
        vars: HashMap::new(),
    };
    // ENV and ARG values of each finished stage, for stages built on it.
    let mut stage_env: Vec<HashMap<String, String>> = Vec::new();
    let mut stage_by_name: HashMap<String, usize> = HashMap::new();

    for (idx, node) in parsed.nodes.iter().enumerate() {
        let keyword = node.name();
        let mut undefined = BTreeSet::new();
        let stage = stages.len().checked_sub(1);
        if !KNOWN.contains(&keyword.as_str()) {
            let kw = &node.keyword.value;
            let d = Diagnostic::new(
                codes::UNKNOWN_INSTRUCTION,
                node.keyword.span,
                text!("unknown instruction \"{kw}\"", "未知指令 \"{kw}\""),
            );
            b.diags.push(match closest_keyword(kw) {
                Some(k) => d.with_help(text!("did you mean \"{k}\"?", "是不是想写 \"{k}\"？")),
                None => d,
            });
            instructions.push(Instruction {
                node: idx,
                keyword,
                stage,
                detail: Detail::Invalid,
                undefined_vars: undefined,
            });
            continue;
        }
        if stage.is_none() && keyword != "FROM" && keyword != "ARG" {
            b.invalid(
                node.keyword.span,
                format!("{keyword} comes before the first FROM; only ARG may stand there"),
                format!("{keyword} 出现在第一个 FROM 之前；FROM 之前只能有 ARG"),
            );
        }
        let typed = flags::validate(node, &keyword, &mut b.diags);
        let args = &node.args;
        let detail = match keyword.as_str() {
            "FROM" => {
                let platform = flag(&typed, "platform").and_then(|f| f.flag.value.clone());
                let (image, alias) = match args.len() {
                    1 => (args[0].clone(), None),
                    3 if args[1].value.eq_ignore_ascii_case("as") => {
                        (args[0].clone(), Some(args[2].clone()))
                    }
                    _ => {
                        b.invalid(
                            node.span,
                            "FROM requires either one or three arguments: FROM image [AS name]"
                                .into(),
                            "FROM 需要一个或三个参数：FROM 镜像 [AS 阶段名]".into(),
                        );
                        let img = args.first().cloned().unwrap_or(Spanned {
                            value: String::new(),
                            span: node.keyword.span,
                        });
                        (img, None)
                    }
                };
                let expanded = b.expand(&image, &global, &mut undefined);
                if let Some(a) = &alias {
                    let n = a.value.to_lowercase();
                    let valid = n.starts_with(|c: char| c.is_ascii_lowercase())
                        && n.chars().all(|c| {
                            c.is_ascii_lowercase() || c.is_ascii_digit() || "-_.".contains(c)
                        });
                    if !valid {
                        let v = &a.value;
                        b.invalid(
                            a.span,
                            format!("invalid stage name \"{v}\": it must start with a letter and contain only letters, digits, '-', '_' and '.'"),
                            format!("阶段名 \"{v}\" 无效：必须以字母开头，只能包含字母、数字、'-'、'_' 和 '.'"),
                        );
                    }
                }
                let lower = expanded.to_lowercase();
                // FROM sees only stages defined above it; a later or its own name is an image.
                let base_stage = stage_by_name.get(&lower).copied();
                let index = stages.len();
                let name = alias.as_ref().map(|a| a.value.to_lowercase());
                if let Some(n) = &name {
                    stage_by_name.entry(n.clone()).or_insert(index);
                }
                // The previous stage is complete: keep its final scope for stages built on it.
                if let Some(prev) = stage_env.last_mut() {
                    *prev = std::mem::take(&mut stage_scope.vars);
                }
                // A stage built on another stage starts from that stage's ENV and ARG values.
                stage_scope = Scope {
                    vars: base_stage.map(|s| stage_env[s].clone()).unwrap_or_default(),
                };
                stage_env.push(HashMap::new());
                stages.push(Stage {
                    index,
                    name,
                    base: expanded.clone(),
                    base_stage,
                    from: idx,
                    instructions: Vec::new(),
                    deps: base_stage.into_iter().collect(),
                });
                Detail::From {
                    image,
                    expanded,
                    alias,
                    platform,
                }
            }
            "ARG" => {
                if args.is_empty() {
                    b.invalid(
                        node.span,
                        "ARG requires at least one argument".into(),
                        "ARG 至少需要一个参数".into(),
                    );
                }
                let mut defs = Vec::new();
                for a in args {
                    let (name, default) = match a.value.split_once('=') {
                        Some((n, d)) => (n.to_string(), Some(d.to_string())),
                        None => (a.value.clone(), None),
                    };
                    if name.is_empty() {
                        b.invalid(
                            a.span,
                            format!("ARG \"{}\" has no name", a.value),
                            format!("ARG \"{}\" 缺少名字", a.value),
                        );
                        continue;
                    }
                    let name_span =
                        Span::new(a.span.start, (a.span.start + name.len()).min(a.span.end));
                    let scope = if stage.is_some() {
                        &stage_scope
                    } else {
                        &global
                    };
                    let default_expanded = default.as_ref().map(|d| {
                        let sp = Spanned {
                            value: d.clone(),
                            span: a.span,
                        };
                        b.expand(&sp, scope, &mut undefined)
                    });
                    let value = b.build_arg(&name).or(default_expanded).or_else(|| {
                        if stage.is_some() {
                            global.vars.get(&name).cloned()
                        } else {
                            None
                        }
                    });
                    let target = if stage.is_some() {
                        &mut stage_scope
                    } else {
                        &mut global
                    };
                    if let Some(v) = &value {
                        target.vars.insert(name.clone(), v.clone());
                    }
                    defs.push(ArgDef {
                        name: Spanned {
                            value: name,
                            span: name_span,
                        },
                        default,
                        value,
                    });
                }
                Detail::Arg(defs)
            }
            "ENV" | "LABEL" => {
                if args.is_empty() {
                    b.invalid(
                        node.span,
                        format!("{keyword} requires at least one argument"),
                        format!("{keyword} 至少需要一个参数"),
                    );
                }
                let mut kvs = Vec::new();
                for t in args.chunks(3) {
                    if t.len() < 3 {
                        break;
                    }
                    let expanded = b.expand(&t[1], &stage_scope, &mut undefined);
                    if keyword == "ENV" {
                        stage_scope
                            .vars
                            .insert(t[0].value.clone(), expanded.clone());
                    }
                    kvs.push(KeyValue {
                        key: t[0].clone(),
                        value: t[1].clone(),
                        expanded,
                        legacy: t[2].value.is_empty(),
                    });
                }
                Detail::KeyValues(kvs)
            }
            "RUN" => {
                let mut mounts = Vec::new();
                for f in typed.iter().filter(|f| f.flag.name == "mount") {
                    match parse_mount(f.flag.value.as_deref().unwrap_or("")) {
                        Ok(m) => mounts.push(m),
                        Err((en, zh)) => b.diags.push(Diagnostic::new(
                            codes::INVALID_FLAG,
                            f.flag.value_span.unwrap_or(f.flag.span),
                            crate::i18n::Text::new(en, zh),
                        )),
                    }
                }
                let network = flag(&typed, "network").and_then(|f| f.flag.value.clone());
                if let Some(n) = &network {
                    if !matches!(n.as_str(), "default" | "none" | "host") {
                        b.diags.push(Diagnostic::new(
                            codes::INVALID_FLAG,
                            flag(&typed, "network")
                                .map(|f| f.flag.span)
                                .unwrap_or(node.span),
                            text!(
                                "unsupported network mode \"{n}\" (use default, none or host)",
                                "不支持的网络模式 \"{n}\"（可用 default、none 或 host）"
                            ),
                        ));
                    }
                }
                let security = flag(&typed, "security").and_then(|f| f.flag.value.clone());
                if node.form == Form::None && node.heredocs.is_empty() {
                    b.invalid(
                        node.span,
                        "RUN requires a command".into(),
                        "RUN 需要一条命令".into(),
                    );
                }
                Detail::Run {
                    command: command_of(node, args),
                    mounts,
                    network,
                    security,
                }
            }
            "CMD" | "ENTRYPOINT" => Detail::Command(command_of(node, args)),
            "SHELL" => {
                if node.form != Form::Json || args.is_empty() {
                    b.invalid(
                        node.span,
                        "SHELL requires the arguments to be in JSON form, for example SHELL [\"/bin/bash\", \"-c\"]".into(),
                        "SHELL 的参数必须写成 JSON 数组，例如 SHELL [\"/bin/bash\", \"-c\"]".into(),
                    );
                }
                Detail::Command(command_of(node, args))
            }
            "COPY" | "ADD" => {
                let mut words: Vec<Spanned> = Vec::new();
                for a in args {
                    let v = if node.form == Form::Json {
                        a.value.clone()
                    } else {
                        b.expand(a, &stage_scope, &mut undefined)
                    };
                    words.push(Spanned {
                        value: v,
                        span: a.span,
                    });
                }
                if words.len() < 2 && node.heredocs.is_empty() {
                    b.invalid(
                        node.span,
                        format!(
                            "{keyword} requires at least two arguments: a source and a destination"
                        ),
                        format!("{keyword} 至少需要两个参数：源路径和目标路径"),
                    );
                }
                let dest = if words.len() >= 2 || !node.heredocs.is_empty() {
                    words.pop()
                } else {
                    None
                };
                let from = flag(&typed, "from").map(|f| {
                    let sp = Spanned {
                        value: f.flag.value.clone().unwrap_or_default(),
                        span: f.flag.value_span.unwrap_or(f.flag.span),
                    };
                    let v = b.expand(&sp, &stage_scope, &mut undefined);
                    Spanned {
                        value: v,
                        span: sp.span,
                    }
                });
                let link = bool_flag(&typed, "link");
                let flags = typed
                    .iter()
                    .filter(|f| f.flag.name != "from")
                    .map(|f| (f.flag.name.clone(), f.flag.value.clone()))
                    .collect();
                Detail::Copy {
                    sources: words,
                    dest,
                    from,
                    link,
                    flags,
                }
            }
            "EXPOSE" | "VOLUME" => {
                if args.is_empty() {
                    b.invalid(
                        node.span,
                        format!("{keyword} requires at least one argument"),
                        format!("{keyword} 至少需要一个参数"),
                    );
                }
                let ws = args
                    .iter()
                    .map(|a| Spanned {
                        value: b.expand(a, &stage_scope, &mut undefined),
                        span: a.span,
                    })
                    .collect();
                Detail::Words(ws)
            }
            "USER" | "WORKDIR" | "STOPSIGNAL" | "MAINTAINER" => match args.first() {
                Some(a) => {
                    let v = if keyword == "MAINTAINER" {
                        a.value.clone()
                    } else {
                        b.expand(a, &stage_scope, &mut undefined)
                    };
                    Detail::Value(Spanned {
                        value: v,
                        span: a.span,
                    })
                }
                None => {
                    b.invalid(
                        node.span,
                        format!("{keyword} requires exactly one argument"),
                        format!("{keyword} 需要且只需要一个参数"),
                    );
                    Detail::Invalid
                }
            },
            "HEALTHCHECK" => {
                for f in &typed {
                    let v = f.flag.value.as_deref().unwrap_or("");
                    let name = &f.flag.name;
                    let bad = if name == "retries" {
                        v.parse::<i64>().map(|n| n < 0).unwrap_or(true)
                    } else {
                        parse_go_duration(v).is_none_or(|d| d != 0.0 && d < 0.001)
                    };
                    if bad {
                        let (en, zh) = if name == "retries" {
                            (
                                format!("--retries expects a whole number that is not negative, not \"{v}\""),
                                format!("--retries 需要一个非负整数，而不是 \"{v}\""),
                            )
                        } else {
                            (
                                format!("--{name} expects a duration such as 30s, 1m30s or 500ms (at least 1ms), not \"{v}\""),
                                format!("--{name} 需要一个时长，例如 30s、1m30s 或 500ms（至少 1ms），而不是 \"{v}\""),
                            )
                        };
                        b.diags.push(Diagnostic::new(
                            codes::INVALID_FLAG,
                            f.flag.value_span.unwrap_or(f.flag.span),
                            crate::i18n::Text::new(en, zh),
                        ));
                    }
                }
                healthcheck_detail(node, args, &mut b)
            }
            "ONBUILD" => {
                match &node.sub {
                    None => b.invalid(
                        node.span,
                        "ONBUILD requires an instruction".into(),
                        "ONBUILD 后面需要一条指令".into(),
                    ),
                    Some(sub) => {
                        let k = sub.name();
                        if matches!(k.as_str(), "ONBUILD" | "FROM" | "MAINTAINER") {
                            b.invalid(
                                sub.keyword.span,
                                format!("{k} isn't allowed as an ONBUILD trigger"),
                                format!("{k} 不能作为 ONBUILD 的触发指令"),
                            );
                        } else if !KNOWN.contains(&k.as_str()) {
                            let kw = &sub.keyword.value;
                            b.diags.push(Diagnostic::new(
                                codes::UNKNOWN_INSTRUCTION,
                                sub.keyword.span,
                                text!(
                                    "unknown instruction \"{kw}\" in ONBUILD",
                                    "ONBUILD 中有未知指令 \"{kw}\""
                                ),
                            ));
                        }
                    }
                }
                Detail::Onbuild
            }
            _ => Detail::Invalid,
        };
        let stage = stages.len().checked_sub(1);
        if let Some(s) = stage {
            stages[s].instructions.push(idx);
        }
        instructions.push(Instruction {
            node: idx,
            keyword,
            stage,
            detail,
            undefined_vars: undefined,
        });
    }
    resolve_stage_deps(
        &mut stages,
        &instructions,
        &stage_by_name,
        &parsed,
        &mut b.diags,
    );
    Dockerfile {
        parsed,
        instructions,
        stages,
        diagnostics: b.diags,
    }
}

fn healthcheck_detail(node: &Node, args: &[Spanned], b: &mut Builder) -> Detail {
    match args.first().map(|a| a.value.to_uppercase()) {
        Some(t) if t == "NONE" => {
            if args.len() > 1 || !node.flags.is_empty() {
                b.invalid(
                    node.span,
                    "HEALTHCHECK NONE takes no other arguments".into(),
                    "HEALTHCHECK NONE 不能带其他参数".into(),
                );
            }
            Detail::Healthcheck(Health::None)
        }
        Some(t) if t == "CMD" => {
            let rest: Vec<Spanned> = args[1..].to_vec();
            if rest.is_empty() {
                b.invalid(
                    node.span,
                    "HEALTHCHECK CMD requires a command".into(),
                    "HEALTHCHECK CMD 后面需要一条命令".into(),
                );
            }
            let cmd = match node.form {
                Form::Json => Command::Exec(rest),
                _ => rest
                    .into_iter()
                    .next()
                    .map(Command::Shell)
                    .unwrap_or(Command::Empty),
            };
            Detail::Healthcheck(Health::Cmd(cmd))
        }
        other => {
            let t = other.unwrap_or_default();
            b.invalid(
                node.span,
                format!("unknown type \"{t}\" in HEALTHCHECK (try CMD)"),
                format!("HEALTHCHECK 的类型 \"{t}\" 无效（应为 CMD 或 NONE）"),
            );
            Detail::Invalid
        }
    }
}

/// Go's `time.ParseDuration`, in seconds (`None` when malformed).
pub fn parse_go_duration(s: &str) -> Option<f64> {
    let (neg, mut rest) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    if rest == "0" {
        return Some(0.0);
    }
    if rest.is_empty() {
        return None;
    }
    let mut total = 0.0;
    while !rest.is_empty() {
        let num_len = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(rest.len());
        if num_len == 0 {
            return None;
        }
        let n: f64 = rest[..num_len].parse().ok()?;
        rest = &rest[num_len..];
        let unit_len = rest
            .find(|c: char| c.is_ascii_digit() || c == '.')
            .unwrap_or(rest.len());
        let scale = match &rest[..unit_len] {
            "ns" => 1e-9,
            "us" | "µs" | "μs" => 1e-6,
            "ms" => 1e-3,
            "s" => 1.0,
            "m" => 60.0,
            "h" => 3600.0,
            _ => return None,
        };
        total += n * scale;
        rest = &rest[unit_len..];
    }
    Some(if neg { -total } else { total })
}

/// Resolve `COPY --from` and `RUN --mount=from=` to stages and report cycles.
fn resolve_stage_deps(
    stages: &mut [Stage],
    instructions: &[Instruction],
    by_name: &HashMap<String, usize>,
    parsed: &ParsedFile,
    diags: &mut Vec<Diagnostic>,
) {
    for si in 0..stages.len() {
        for &ii in &stages[si].instructions.clone() {
            let refs: Vec<(String, Span)> = match &instructions[ii].detail {
                Detail::Copy { from: Some(f), .. } => vec![(f.value.clone(), f.span)],
                Detail::Run { mounts, .. } => mounts
                    .iter()
                    .filter_map(|m| {
                        m.get("from")
                            .map(|f| (f.to_string(), parsed.nodes[ii].span))
                    })
                    .collect(),
                _ => vec![],
            };
            for (r, _) in refs {
                let target = by_name.get(&r.to_lowercase()).copied().or_else(|| {
                    if !r.is_empty() && r.chars().all(|c| c.is_ascii_digit()) {
                        r.parse::<usize>().ok().filter(|i| *i < stages.len())
                    } else {
                        None
                    }
                });
                if let Some(t) = target {
                    // Copying from its own stage is hadolint's DL3023.
                    if t != si {
                        stages[si].deps.insert(t);
                    }
                }
            }
        }
    }
    // Cycle detection over stage dependencies (iterative DFS, colours).
    let n = stages.len();
    let mut colour = vec![0u8; n];
    for start in 0..n {
        if colour[start] != 0 {
            continue;
        }
        let mut stack: Vec<(usize, Vec<usize>)> =
            vec![(start, stages[start].deps.iter().copied().collect())];
        colour[start] = 1;
        while let Some((node, pending)) = stack.last_mut() {
            let node = *node;
            match pending.pop() {
                Some(next) => {
                    if colour[next] == 1 {
                        let name = stages[next]
                            .name
                            .clone()
                            .unwrap_or_else(|| next.to_string());
                        let span = parsed.nodes[stages[node].from].keyword.span;
                        diags.push(Diagnostic::new(
                            codes::INVALID_STAGE_REFERENCE,
                            span,
                            text!(
                                "circular dependency detected on stage \"{name}\"",
                                "阶段 \"{name}\" 存在循环依赖"
                            ),
                        ));
                    } else if colour[next] == 0 {
                        colour[next] = 1;
                        stack.push((next, stages[next].deps.iter().copied().collect()));
                    }
                }
                None => {
                    colour[node] = 2;
                    stack.pop();
                }
            }
        }
    }
}
