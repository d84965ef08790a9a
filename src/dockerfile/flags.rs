//! Typed instruction flags, validated the way BuildKit's `BFlags` validates them.

use super::codes;
use super::keyword::Keyword;
use super::syntax::{Flag, Node};
use crate::diagnostic::Diagnostic;
use crate::text;

/// The kind of value a flag takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlagKind {
    /// `--link` or `--link=true|false`.
    Bool,
    /// `--from=x`, once.
    String,
    /// `--mount=…`, repeatable.
    StringSlice,
}

/// The flags each instruction accepts.
pub fn allowed(keyword: Keyword) -> &'static [(&'static str, FlagKind)] {
    use FlagKind::*;
    match keyword {
        Keyword::From => &[("platform", String)],
        Keyword::Run => &[
            ("mount", StringSlice),
            ("network", String),
            ("security", String),
            ("device", StringSlice),
        ],
        Keyword::Copy => &[
            ("from", String),
            ("chown", String),
            ("chmod", String),
            ("link", Bool),
            ("parents", Bool),
            ("exclude", StringSlice),
        ],
        Keyword::Add => &[
            ("chown", String),
            ("chmod", String),
            ("link", Bool),
            ("keep-git-dir", Bool),
            ("checksum", String),
            ("unpack", Bool),
            ("exclude", StringSlice),
        ],
        Keyword::Healthcheck => &[
            ("interval", String),
            ("timeout", String),
            ("start-period", String),
            ("start-interval", String),
            ("retries", String),
        ],
        _ => &[],
    }
}

/// A flag after validation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypedFlag<'a> {
    /// The flag as parsed.
    pub flag: &'a Flag,
    /// Its kind.
    pub kind: FlagKind,
}

/// Validate the node's flags. Returns the accepted flags and the diagnostics for the others.
pub fn validate<'a>(
    node: &'a Node,
    keyword: Keyword,
    out: &mut Vec<Diagnostic>,
) -> Vec<TypedFlag<'a>> {
    let allowed = allowed(keyword);
    let mut seen: Vec<&str> = Vec::new();
    let mut ok = Vec::new();
    for f in &node.flags {
        let name = f.name.as_str();
        let Some(&(_, kind)) = allowed.iter().find(|(n, _)| *n == name) else {
            let list = allowed
                .iter()
                .map(|(n, _)| format!("--{n}"))
                .collect::<Vec<_>>()
                .join(", ");
            let raw = &f.raw;
            let d = Diagnostic::new(
                &codes::INVALID_FLAG,
                f.span,
                text!(
                    "unknown flag \"{raw}\" for {keyword}",
                    "{keyword} 不支持参数 \"{raw}\""
                ),
            );
            let near = crate::suggest::closest(name, allowed.iter().map(|(n, _)| *n));
            out.push(match near {
                Some(n) => d.with_help(text!("did you mean \"--{n}\"?", "是不是想写 \"--{n}\"？")),
                None if list.is_empty() => d.with_help(text!(
                    "{keyword} takes no flags",
                    "{keyword} 不接受任何 -- 参数"
                )),
                None => d.with_help(text!(
                    "{keyword} accepts {list}",
                    "{keyword} 可用的参数：{list}"
                )),
            });
            continue;
        };
        if kind != FlagKind::StringSlice && seen.contains(&name) {
            out.push(Diagnostic::new(
                &codes::INVALID_FLAG,
                f.span,
                text!("duplicate flag \"--{name}\"", "参数 \"--{name}\" 重复出现"),
            ));
            continue;
        }
        seen.push(name);
        match (kind, &f.value) {
            (FlagKind::Bool, Some(v))
                if !matches!(v.to_ascii_lowercase().as_str(), "true" | "false") =>
            {
                out.push(Diagnostic::new(
                    &codes::INVALID_FLAG,
                    f.value_span.unwrap_or(f.span),
                    text!(
                        "flag \"--{name}\" expects true or false, not \"{v}\"",
                        "参数 \"--{name}\" 只能是 true 或 false，而不是 \"{v}\""
                    ),
                ));
                continue;
            }
            (FlagKind::String | FlagKind::StringSlice, None) => {
                out.push(
                    Diagnostic::new(
                        &codes::INVALID_FLAG,
                        f.span,
                        text!(
                            "flag \"--{name}\" is missing a value",
                            "参数 \"--{name}\" 缺少取值"
                        ),
                    )
                    .with_help(text!("write it as --{name}=VALUE", "请写成 --{name}=取值")),
                );
                continue;
            }
            _ => {}
        }
        ok.push(TypedFlag { flag: f, kind });
    }
    ok
}

/// The kind of a `RUN --mount`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MountType {
    /// Read-only (by default) bind mount of the context or a stage.
    Bind,
    /// Persistent cache directory.
    Cache,
    /// Empty temporary file system.
    Tmpfs,
    /// A secret file or env var.
    Secret,
    /// An SSH agent socket.
    Ssh,
}

impl MountType {
    /// Every mount type.
    pub const ALL: [MountType; 5] = [
        MountType::Bind,
        MountType::Cache,
        MountType::Tmpfs,
        MountType::Secret,
        MountType::Ssh,
    ];

    /// Its name in `type=`.
    pub fn as_str(self) -> &'static str {
        match self {
            MountType::Bind => "bind",
            MountType::Cache => "cache",
            MountType::Tmpfs => "tmpfs",
            MountType::Secret => "secret",
            MountType::Ssh => "ssh",
        }
    }
}

/// The `--mount` option keys BuildKit accepts besides `type` (aliases included: `dst` and
/// `destination` for `target`, `src` for `source`, `ro` for `readonly`, `rw` for `readwrite`).
pub const MOUNT_OPTIONS: &[&str] = &[
    "target",
    "dst",
    "destination",
    "source",
    "src",
    "from",
    "readonly",
    "ro",
    "readwrite",
    "rw",
    "id",
    "sharing",
    "mode",
    "uid",
    "gid",
    "required",
    "size",
    "env",
];

/// The canonical name of a mount option key (`dst` → `target`).
pub fn mount_option_name(k: &str) -> &str {
    match k {
        "dst" | "destination" => "target",
        "src" => "source",
        "ro" => "readonly",
        "rw" => "readwrite",
        k => k,
    }
}

/// A parsed `RUN --mount=type=…,k=v,…`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Mount {
    /// Mount type (`bind` when not given).
    pub kind: MountType,
    /// Options other than `type`, in order, keys lower-cased.
    pub options: Vec<(String, Option<String>)>,
}

impl Mount {
    /// The value of option `key` (also `dst`/`destination` for `target`, `src` for `source`).
    pub fn get(&self, key: &str) -> Option<&str> {
        let aliases: &[&str] = match key {
            "target" => &["target", "dst", "destination"],
            "source" => &["source", "src"],
            "readonly" => &["readonly", "ro"],
            _ => &[],
        };
        self.options.iter().find_map(|(k, v)| {
            if k == key || aliases.contains(&k.as_str()) {
                Some(v.as_deref().unwrap_or("true"))
            } else {
                None
            }
        })
    }
}

/// Parse the value of `--mount` (a CSV of `key=value` fields, as BuildKit reads it).
pub fn parse_mount(value: &str) -> Result<Mount, (String, String)> {
    let mut kind = MountType::Bind;
    let mut options = Vec::new();
    for field in split_csv(value) {
        let (k, v) = match field.split_once('=') {
            Some((k, v)) => (k.trim().to_ascii_lowercase(), Some(v.to_string())),
            None => (field.trim().to_ascii_lowercase(), None),
        };
        if k == "type" {
            let t = v.clone().unwrap_or_default().to_ascii_lowercase();
            kind = match t.as_str() {
                "bind" => MountType::Bind,
                "cache" => MountType::Cache,
                "tmpfs" => MountType::Tmpfs,
                "secret" => MountType::Secret,
                "ssh" => MountType::Ssh,
                _ => {
                    return Err((
                        format!(
                        "unsupported mount type \"{t}\" (use bind, cache, tmpfs, secret or ssh)"
                    ),
                        format!(
                            "不支持的挂载类型 \"{t}\"（可用 bind、cache、tmpfs、secret 或 ssh）"
                        ),
                    ))
                }
            };
            continue;
        }
        if !MOUNT_OPTIONS.contains(&k.as_str()) {
            return Err((
                format!("unexpected key \"{k}\" in mount option \"{value}\""),
                format!("挂载选项 \"{value}\" 中有无法识别的键 \"{k}\""),
            ));
        }
        options.push((k, v));
    }
    let m = Mount { kind, options };
    if m.get("target").is_none() && !matches!(kind, MountType::Secret | MountType::Ssh) {
        return Err((
            format!("mount \"{value}\" has no target"),
            format!("挂载 \"{value}\" 缺少 target（挂载到容器中的路径）"),
        ));
    }
    Ok(m)
}

/// Split a CSV record, honouring double quotes.
fn split_csv(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    for c in s.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => out.push(std::mem::take(&mut cur)),
            c => cur.push(c),
        }
    }
    out.push(cur);
    out.into_iter().filter(|f| !f.is_empty()).collect()
}
