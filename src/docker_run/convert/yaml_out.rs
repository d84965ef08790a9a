//! A small YAML writer for the compose files the converter makes. Strings are quoted whenever a
//! YAML 1.1 reader could take them for something else (`8000:5000` is a base-60 number there,
//! `yes` a boolean), which is also what dclint's quoting rules ask of port mappings.

/// A YAML value to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Yaml {
    /// A string.
    Str(String),
    /// A string always written in double quotes (port mappings, whatever they hold).
    Quoted(String),
    /// `true` / `false`.
    Bool(bool),
    /// A whole number.
    Int(i64),
    /// A sequence.
    Seq(Vec<Yaml>),
    /// A mapping in insertion order.
    Map(Vec<(String, Yaml)>),
}

impl Yaml {
    /// An empty mapping.
    pub fn map() -> Yaml {
        Yaml::Map(Vec::new())
    }

    /// The value at `key` of a mapping, inserted (as `default`) when missing.
    pub fn entry(&mut self, key: &str, default: Yaml) -> &mut Yaml {
        let Yaml::Map(entries) = self else {
            *self = Yaml::map();
            return self.entry(key, default);
        };
        let i = match entries.iter().position(|(k, _)| k == key) {
            Some(i) => i,
            None => {
                entries.push((key.to_string(), default));
                entries.len() - 1
            }
        };
        &mut entries[i].1
    }

    /// The value at a dotted path (`deploy.resources.limits.memory`), mappings made on the way.
    pub fn path(&mut self, path: &str, default: Yaml) -> &mut Yaml {
        match path.split_once('.') {
            Some((head, rest)) => self.entry(head, Yaml::map()).path(rest, default),
            None => self.entry(path, default),
        }
    }

    /// Append to a sequence (a non-sequence becomes one).
    pub fn push(&mut self, v: Yaml) {
        match self {
            Yaml::Seq(items) => items.push(v),
            other => *other = Yaml::Seq(vec![v]),
        }
    }

    /// The YAML text, ending in a newline.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, 0);
        out
    }

    fn write(&self, out: &mut String, indent: usize) {
        let pad = " ".repeat(indent);
        match self {
            Yaml::Map(entries) => {
                for (k, v) in entries {
                    out.push_str(&pad);
                    out.push_str(&scalar(k));
                    out.push(':');
                    v.write_after_key(out, indent);
                }
            }
            Yaml::Seq(items) => {
                for v in items {
                    out.push_str(&pad);
                    out.push('-');
                    match v {
                        Yaml::Map(entries) if !entries.is_empty() => {
                            // The first key on the dash's line, the rest aligned under it.
                            let mut first = String::new();
                            v.write(&mut first, indent + 2);
                            out.push(' ');
                            out.push_str(first.trim_start());
                        }
                        _ => v.write_after_key(out, indent),
                    }
                }
            }
            _ => {
                out.push_str(&pad);
                out.push_str(&self.inline());
                out.push('\n');
            }
        }
    }

    /// After `key:` or `-`: a scalar on the same line, a collection on the next lines.
    fn write_after_key(&self, out: &mut String, indent: usize) {
        match self {
            Yaml::Map(e) if e.is_empty() => out.push_str(" {}\n"),
            Yaml::Seq(s) if s.is_empty() => out.push_str(" []\n"),
            Yaml::Map(_) | Yaml::Seq(_) => {
                out.push('\n');
                self.write(out, indent + 2);
            }
            _ => {
                out.push(' ');
                out.push_str(&self.inline());
                out.push('\n');
            }
        }
    }

    fn inline(&self) -> String {
        match self {
            Yaml::Str(s) => scalar(s),
            Yaml::Quoted(s) => quoted(s),
            Yaml::Bool(b) => b.to_string(),
            Yaml::Int(i) => i.to_string(),
            _ => String::new(),
        }
    }
}

/// A string as a plain scalar when that is safe in YAML 1.1 and 1.2 (never digits and colons,
/// a base-60 number in YAML 1.1), else double-quoted.
fn scalar(s: &str) -> String {
    let plain_safe = !s.is_empty()
        && s.chars()
            .all(|c| c.is_alphanumeric() || "-_./@:".contains(c))
        && !s.starts_with(['-', '@', ':'])
        && !s.ends_with(':')
        && !s.chars().all(|c| c.is_ascii_digit() || ".:_-".contains(c))
        && s.parse::<f64>().is_err()
        && !s.starts_with("0x")
        && !s.starts_with("0o")
        && !matches!(
            s.to_ascii_lowercase().as_str(),
            "y" | "n" | "yes" | "no" | "on" | "off" | "true" | "false" | "null" | ".inf" | ".nan"
        );
    if plain_safe {
        return s.to_string();
    }
    quoted(s)
}

/// A string in double quotes.
fn quoted(s: &str) -> String {
    let mut q = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => q.push_str("\\\""),
            '\\' => q.push_str("\\\\"),
            '\n' => q.push_str("\\n"),
            '\t' => q.push_str("\\t"),
            c if c.is_control() => q.push_str(&format!("\\u{:04x}", c as u32)),
            c => q.push(c),
        }
    }
    q.push('"');
    q
}

#[cfg(test)]
mod tests {
    use super::Yaml;

    #[test]
    fn nested_values_and_quoting() {
        let mut root = Yaml::map();
        let mut long = Yaml::map();
        long.entry("type", Yaml::Str("bind".into()));
        long.entry("source", Yaml::Str("./app".into()));
        let svc = root.path("services.web", Yaml::map());
        svc.entry("image", Yaml::Str("nginx:1.27".into()));
        svc.entry("ports", Yaml::Seq(vec![]))
            .push(Yaml::Str("8080:80".into()));
        svc.entry("tty", Yaml::Bool(true));
        svc.path("deploy.replicas", Yaml::Int(2));
        svc.entry("volumes", Yaml::Seq(vec![])).push(long);
        root.path("volumes.data", Yaml::map());
        assert_eq!(
            root.to_text(),
            "services:\n  web:\n    image: nginx:1.27\n    ports:\n      - \"8080:80\"\n    tty: true\n    deploy:\n      replicas: 2\n    volumes:\n      - type: bind\n        source: ./app\nvolumes:\n  data: {}\n"
        );
    }
}
