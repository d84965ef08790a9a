//! Variable interpolation as Docker Compose (compose-go) does it, before values are read:
//! `$$`, `$VAR`, `${VAR}`, `${VAR:-d}`, `${VAR-d}`, `${VAR:?e}`, `${VAR?e}`, `${VAR:+r}`, `${VAR+r}`,
//! defaults nested inside defaults.

/// Where variable values come from (`.env`, `--env-file`, `--env`).
pub trait Vars {
    /// The value of `name`, or `None` when it is not set.
    fn lookup(&self, name: &str) -> Option<String>;
}

impl Vars for Vec<(String, String)> {
    fn lookup(&self, name: &str) -> Option<String> {
        self.iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    }
}

/// The outcome of interpolating one string.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Interpolated {
    /// The resulting text.
    pub text: String,
    /// Variables used without a default that were not set (they became "").
    pub unset: Vec<String>,
}

/// A failed interpolation: a required variable missing, or a malformed `${…}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InterpolationError {
    /// `${VAR:?msg}` / `${VAR?msg}` with VAR missing.
    Required { name: String, message: String },
    /// `${` not followed by a valid expression.
    Invalid { template: String },
    /// `${…}` nested deeper than [`MAX_NESTING`].
    TooDeep,
}

/// Deepest nesting of `${…}` inside a default or alternative value that is expanded.
pub const MAX_NESTING: usize = 64;

fn is_name_start(c: char) -> bool {
    c == '_' || c.is_ascii_alphabetic()
}

fn is_name_char(c: char) -> bool {
    c == '_' || c.is_ascii_alphanumeric()
}

/// Interpolate `s` with `vars`.
pub fn interpolate(s: &str, vars: &dyn Vars) -> Result<Interpolated, InterpolationError> {
    let mut out = Interpolated::default();
    out.text = expand(s, vars, &mut out.unset, 0)?;
    Ok(out)
}

fn expand(
    s: &str,
    vars: &dyn Vars,
    unset: &mut Vec<String>,
    depth: usize,
) -> Result<String, InterpolationError> {
    if depth > MAX_NESTING {
        return Err(InterpolationError::TooDeep);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('$') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let mut chars = after.chars();
        match chars.next() {
            Some('$') => {
                out.push('$');
                rest = &after[1..];
            }
            Some(c) if is_name_start(c) => {
                let len = after
                    .find(|c: char| !is_name_char(c))
                    .unwrap_or(after.len());
                let name = &after[..len];
                match vars.lookup(name) {
                    Some(v) => out.push_str(&v),
                    None => unset.push(name.to_string()),
                }
                rest = &after[len..];
            }
            Some('{') => {
                let body_start = 1;
                let close = closing_brace(&after[body_start..]).ok_or_else(|| {
                    InterpolationError::Invalid {
                        template: s.to_string(),
                    }
                })?;
                let body = &after[body_start..body_start + close];
                out.push_str(&braced(body, s, vars, unset, depth)?);
                rest = &after[body_start + close + 1..];
            }
            _ => {
                out.push('$');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    Ok(out)
}

/// Index of the `}` closing a `${`, counting nested `${…}`.
fn closing_brace(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'$' if b.get(i + 1) == Some(&b'{') => {
                depth += 1;
                i += 2;
                continue;
            }
            b'}' => {
                if depth == 0 {
                    return Some(i);
                }
                depth -= 1;
            }
            _ => {}
        }
        i += 1;
    }
    None
}

fn braced(
    body: &str,
    template: &str,
    vars: &dyn Vars,
    unset: &mut Vec<String>,
    depth: usize,
) -> Result<String, InterpolationError> {
    let invalid = || InterpolationError::Invalid {
        template: template.to_string(),
    };
    let name_len = body.find(|c: char| !is_name_char(c)).unwrap_or(body.len());
    let name = &body[..name_len];
    if name.is_empty() || !name.starts_with(is_name_start) {
        return Err(invalid());
    }
    let op_part = &body[name_len..];
    let value = vars.lookup(name);
    if op_part.is_empty() {
        if value.is_none() {
            unset.push(name.to_string());
        }
        return Ok(value.unwrap_or_default());
    }
    let (colon, rest) = match op_part.strip_prefix(':') {
        Some(r) => (true, r),
        None => (false, op_part),
    };
    let mut cs = rest.chars();
    let op = cs.next().ok_or_else(invalid)?;
    let arg = cs.as_str();
    let missing = match &value {
        None => true,
        Some(v) => colon && v.is_empty(),
    };
    match op {
        '-' => {
            if missing {
                expand(arg, vars, unset, depth + 1)
            } else {
                Ok(value.unwrap_or_default())
            }
        }
        '+' => {
            if missing {
                Ok(String::new())
            } else {
                expand(arg, vars, unset, depth + 1)
            }
        }
        '?' => {
            if missing {
                Err(InterpolationError::Required {
                    name: name.to_string(),
                    message: expand(arg, vars, unset, depth + 1)?,
                })
            } else {
                Ok(value.unwrap_or_default())
            }
        }
        _ => Err(invalid()),
    }
}

/// Parse a `.env` file: `KEY=VALUE` lines, `#` comments, optional `export `, quoted values. As
/// in Compose, an unquoted or double-quoted value may use the variables defined above it
/// (`A=${B:-/mnt}/x`); a single-quoted value is taken literally.
pub fn parse_env_file(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let line = line.strip_prefix("export ").unwrap_or(line);
        let Some((k, v)) = line.split_once('=') else {
            continue;
        };
        let k = k.trim();
        let v = v.trim();
        let literal = v.len() >= 2 && v.starts_with('\'') && v.ends_with('\'');
        let v = if v.len() >= 2
            && ((v.starts_with('"') && v.ends_with('"'))
                || (v.starts_with('\'') && v.ends_with('\'')))
        {
            let inner = &v[1..v.len() - 1];
            if v.starts_with('"') {
                inner.replace("\\n", "\n").replace("\\\"", "\"")
            } else {
                inner.to_string()
            }
        } else {
            // An unquoted value ends at ` #` (inline comment).
            match v.find(" #") {
                Some(i) => v[..i].trim_end().to_string(),
                None => v.to_string(),
            }
        };
        let v = if !literal && v.contains('$') {
            interpolate(&v, &out).map(|r| r.text).unwrap_or(v)
        } else {
            v
        };
        out.push((k.to_string(), v));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars() -> Vec<(String, String)> {
        vec![
            ("A".into(), "1".into()),
            ("EMPTY".into(), "".into()),
            ("PORT".into(), "8080".into()),
        ]
    }

    fn i(s: &str) -> Result<Interpolated, InterpolationError> {
        interpolate(s, &vars())
    }

    #[test]
    fn env_file_values_use_the_variables_above_them() {
        let vars =
            parse_env_file("B=/data\nA=${B:-/mnt}/x\nC=${NOPE:-/mnt}/y\nD='${B}'\nE=\"$B/z\"\n");
        let get = |k: &str| vars.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
        assert_eq!(get("A"), Some("/data/x"));
        assert_eq!(get("C"), Some("/mnt/y"));
        assert_eq!(get("D"), Some("${B}"));
        assert_eq!(get("E"), Some("/data/z"));
    }

    #[test]
    fn forms() {
        assert_eq!(i("$A-${A}").unwrap().text, "1-1");
        assert_eq!(i("$$A").unwrap().text, "$A");
        assert_eq!(i("${EMPTY:-d}/${EMPTY-d}").unwrap().text, "d/");
        assert_eq!(i("${NOPE:-${PORT:-80}}").unwrap().text, "8080");
        assert_eq!(i("${A:+yes}${NOPE:+no}").unwrap().text, "yes");
        assert_eq!(i("${EMPTY+set}").unwrap().text, "set");
        let r = i("x$NOPE${ALSO}").unwrap();
        assert_eq!(r.text, "x");
        assert_eq!(r.unset, ["NOPE", "ALSO"]);
        assert_eq!(
            i("${NOPE:?must be set}"),
            Err(InterpolationError::Required {
                name: "NOPE".into(),
                message: "must be set".into()
            })
        );
        assert!(matches!(
            i("${EMPTY:?}"),
            Err(InterpolationError::Required { .. })
        ));
        assert!(i("${EMPTY?}").is_ok());
        assert!(matches!(
            i("${1abc}"),
            Err(InterpolationError::Invalid { .. })
        ));
        assert!(matches!(i("${A"), Err(InterpolationError::Invalid { .. })));
        assert_eq!(i("price: $5").unwrap().text, "price: $5");
    }

    #[test]
    fn env_files() {
        let e =
            parse_env_file("# c\nA=1\nexport B=\"two words\"\nC='x y' \nD=v # note\n\nbad line\n");
        assert_eq!(
            e,
            vec![
                ("A".into(), "1".into()),
                ("B".into(), "two words".into()),
                ("C".into(), "x y".into()),
                ("D".into(), "v".into())
            ]
        );
    }
}
