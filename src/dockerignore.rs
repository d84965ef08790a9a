//! `.dockerignore` files with Docker's matching rules: `*`, `?`, `[…]`, `**`, `!` re-inclusion,
//! leading `/` ignored, a path is excluded when it or one of its parent directories matches,
//! and the last matching pattern wins.

/// One pattern line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IgnorePattern {
    /// The cleaned pattern (no leading `/`, no `!`).
    pub pattern: String,
    /// `!pattern`: re-include what earlier patterns excluded.
    pub negated: bool,
    /// 1-based line in the file.
    pub line: usize,
}

/// A parsed `.dockerignore`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DockerIgnore {
    /// Patterns in file order.
    pub patterns: Vec<IgnorePattern>,
}

/// Lexically clean a slash path like Go's `path.Clean` (no file system access).
pub fn clean_path(p: &str) -> String {
    let rooted = p.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for seg in p.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                if parts.last().is_some_and(|l| *l != "..") {
                    parts.pop();
                } else if !rooted {
                    parts.push("..");
                }
            }
            s => parts.push(s),
        }
    }
    let body = parts.join("/");
    match (rooted, body.is_empty()) {
        (true, _) => format!("/{body}"),
        (false, true) => ".".into(),
        (false, false) => body,
    }
}

impl DockerIgnore {
    /// Parse the file's text.
    pub fn parse(text: &str) -> DockerIgnore {
        let mut patterns = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (negated, body) = match line.strip_prefix('!') {
                Some(rest) => (true, rest.trim()),
                None => (false, line),
            };
            let mut pattern = clean_path(&body.replace('\\', "/"));
            if pattern.len() > 1 && pattern.starts_with('/') {
                pattern.remove(0);
            }
            patterns.push(IgnorePattern {
                pattern,
                negated,
                line: i + 1,
            });
        }
        DockerIgnore { patterns }
    }

    /// Whether `path` (relative to the context) is excluded: it or a parent matches, last match wins.
    pub fn excludes(&self, path: &str) -> bool {
        let path = clean_path(path.trim_start_matches('/'));
        let path = path.trim_start_matches("./");
        let mut parents: Vec<&str> = Vec::new();
        let mut idx = 0;
        while let Some(i) = path[idx..].find('/') {
            parents.push(&path[..idx + i]);
            idx += i + 1;
        }
        let mut excluded = false;
        for p in &self.patterns {
            let hit =
                glob_match(&p.pattern, path) || parents.iter().any(|d| glob_match(&p.pattern, d));
            if hit {
                excluded = !p.negated;
            }
        }
        excluded
    }
}

/// Match a Docker ignore pattern against a slash path.
pub fn glob_match(pattern: &str, path: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let s: Vec<char> = path.chars().collect();
    // memo[i][j]: pattern[i..] vs path[j..]; 0 unknown, 1 false, 2 true.
    let mut memo = vec![0u8; (p.len() + 1) * (s.len() + 1)];
    matches_from(&p, &s, 0, 0, &mut memo)
}

fn matches_from(p: &[char], s: &[char], i: usize, j: usize, memo: &mut [u8]) -> bool {
    let key = i * (s.len() + 1) + j;
    if memo[key] != 0 {
        return memo[key] == 2;
    }
    let r = step(p, s, i, j, memo);
    memo[key] = if r { 2 } else { 1 };
    r
}

fn step(p: &[char], s: &[char], i: usize, j: usize, memo: &mut [u8]) -> bool {
    if i == p.len() {
        return j == s.len();
    }
    match p[i] {
        '*' if p.get(i + 1) == Some(&'*') => {
            // `**`: any sequence, separators included; `**/` may also match nothing.
            let mut k = i + 2;
            while p.get(k) == Some(&'*') {
                k += 1;
            }
            if p.get(k) == Some(&'/') && matches_from(p, s, k + 1, j, memo) {
                return true;
            }
            (j..=s.len()).any(|jj| matches_from(p, s, k, jj, memo))
        }
        '*' => {
            let mut jj = j;
            loop {
                if matches_from(p, s, i + 1, jj, memo) {
                    return true;
                }
                if jj == s.len() || s[jj] == '/' {
                    return false;
                }
                jj += 1;
            }
        }
        '?' => j < s.len() && s[j] != '/' && matches_from(p, s, i + 1, j + 1, memo),
        '[' => match class(p, i, s.get(j).copied()) {
            Some((true, next)) => matches_from(p, s, next, j + 1, memo),
            Some((false, _)) => false,
            // An unterminated class is a literal `[`.
            None => s.get(j) == Some(&'[') && matches_from(p, s, i + 1, j + 1, memo),
        },
        '\\' if i + 1 < p.len() => {
            s.get(j) == Some(&p[i + 1]) && matches_from(p, s, i + 2, j + 1, memo)
        }
        c => s.get(j) == Some(&c) && matches_from(p, s, i + 1, j + 1, memo),
    }
}

/// Match a `[...]` class at `p[i]` against `c`: `(matched, index after the class)`, `None` if unterminated.
fn class(p: &[char], i: usize, c: Option<char>) -> Option<(bool, usize)> {
    let mut k = i + 1;
    let negate = matches!(p.get(k), Some('^') | Some('!'));
    if negate {
        k += 1;
    }
    let mut hit = false;
    let mut first = true;
    while k < p.len() && (p[k] != ']' || first) {
        first = false;
        let mut lo = p[k];
        if lo == '\\' && k + 1 < p.len() {
            k += 1;
            lo = p[k];
        }
        let mut hi = lo;
        if p.get(k + 1) == Some(&'-') && p.get(k + 2).is_some_and(|h| *h != ']') {
            hi = p[k + 2];
            k += 2;
        }
        if let Some(c) = c {
            if c != '/' && lo <= c && c <= hi {
                hit = true;
            }
        }
        k += 1;
    }
    if k >= p.len() {
        return None;
    }
    Some((c.is_some() && hit != negate, k + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn docker_rules() {
        let ig = DockerIgnore::parse(
            "# comment\n*.md\n!README.md\n/build\n**/node_modules\ntemp?\n*/tmp/*\n",
        );
        assert!(ig.excludes("notes.md"));
        assert!(!ig.excludes("docs/notes.md"), "`*` does not cross `/`");
        assert!(!ig.excludes("README.md"));
        assert!(ig.excludes("build/out/x.o"), "a parent directory matches");
        assert!(ig.excludes("a/b/node_modules/x/y.js"));
        assert!(ig.excludes("node_modules/x"));
        assert!(ig.excludes("temp1"));
        assert!(!ig.excludes("temp12"));
        assert!(ig.excludes("x/tmp/Dockerfile"));
        assert!(ig.excludes("./notes.md"));
        assert!(!ig.excludes("src/main.rs"));
    }

    #[test]
    fn everything_but() {
        let ig = DockerIgnore::parse("**\n!Dockerfile\n!src/**\n");
        assert!(!ig.excludes("Dockerfile"));
        assert!(ig.excludes("secret.env"));
        assert!(!ig.excludes("src/a/b.rs"));
    }

    #[test]
    fn classes_and_clean() {
        assert!(glob_match("file[0-9].txt", "file7.txt"));
        assert!(!glob_match("file[!0-9].txt", "file7.txt"));
        assert_eq!(clean_path("./a/../b//c/."), "b/c");
        assert_eq!(clean_path("/../x"), "/x");
    }
}
