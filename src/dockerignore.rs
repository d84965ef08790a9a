//! `.dockerignore` files with Docker's matching rules: `*`, `?`, `[…]`, `**`, `!` re-inclusion,
//! leading `/` ignored, a path is excluded when it or one of its parent directories matches,
//! and the last matching pattern wins. Patterns are compiled once: literal ones are looked up by
//! path, wildcard ones matched by simulating their automaton, so the work stays linear.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

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

/// Matching steps (pattern tokens × path characters) one `.dockerignore` may spend on wildcard
/// patterns; past it the remaining wildcard patterns are not applied and
/// [`DockerIgnore::over_budget`] says so.
pub const WORK_BUDGET: u64 = 40_000_000;

/// A parsed `.dockerignore`: literal patterns indexed by path, wildcard patterns compiled once,
/// and the answers already given (a path is asked about many times).
#[derive(Debug, Clone, Default)]
pub struct DockerIgnore {
    /// Patterns in file order.
    pub patterns: Vec<IgnorePattern>,
    /// Literal patterns: path → index of the last pattern that is exactly that path.
    literal: HashMap<String, usize>,
    /// Wildcard patterns, compiled, in file order.
    wildcard: Vec<(usize, Glob)>,
    answers: RefCell<HashMap<String, bool>>,
    work: Cell<u64>,
    over_budget: Cell<bool>,
}

impl PartialEq for DockerIgnore {
    fn eq(&self, other: &Self) -> bool {
        self.patterns == other.patterns
    }
}

impl Eq for DockerIgnore {}

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
        let mut ig = DockerIgnore::default();
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
            let index = ig.patterns.len();
            if pattern.contains(['*', '?', '[', '\\']) {
                ig.wildcard.push((index, Glob::new(&pattern)));
            } else {
                ig.literal.insert(pattern.clone(), index);
            }
            ig.patterns.push(IgnorePattern {
                pattern,
                negated,
                line: i + 1,
            });
        }
        ig
    }

    /// Whether `path` (relative to the context) is excluded: it or a parent matches, last match wins.
    pub fn excludes(&self, path: &str) -> bool {
        let path = clean_path(path.trim_start_matches('/'));
        let path = path.trim_start_matches("./");
        if let Some(&known) = self.answers.borrow().get(path) {
            return known;
        }
        let answer = self.decide(path);
        self.answers.borrow_mut().insert(path.to_string(), answer);
        answer
    }

    /// Whether the work budget ran out, so some wildcard patterns were not applied.
    pub fn over_budget(&self) -> bool {
        self.over_budget.get()
    }

    /// DP0014 at `span` when the work budget ran out.
    pub fn budget_diagnostic(
        &self,
        span: crate::text::Span,
    ) -> Option<crate::diagnostic::Diagnostic> {
        self.over_budget().then(|| {
            crate::diagnostic::Diagnostic::new(
                &crate::dockerfile::codes::DOCKERIGNORE_TOO_LARGE,
                span,
                crate::text!(
                    "the .dockerignore has too many wildcard patterns for the paths checked: after {WORK_BUDGET} matching steps the remaining wildcard patterns were not applied",
                    ".dockerignore 的通配模式对要检查的路径来说太多了：比对 {WORK_BUDGET} 步之后，剩下的通配模式没有应用"
                ),
            )
        })
    }

    /// The last pattern that matches `path` or one of its parents decides.
    fn decide(&self, path: &str) -> bool {
        let mut candidates: Vec<&str> = vec![path];
        let mut idx = 0;
        while let Some(i) = path[idx..].find('/') {
            candidates.push(&path[..idx + i]);
            idx += i + 1;
        }
        let mut last = candidates
            .iter()
            .filter_map(|c| self.literal.get(*c).copied())
            .max();
        // Later wildcard patterns, last first: the first that matches wins.
        for (index, glob) in self.wildcard.iter().rev() {
            if last.is_some_and(|l| l > *index) {
                break;
            }
            let cost: u64 = candidates.iter().map(|c| glob.cost(c)).sum();
            if self.work.get() + cost > WORK_BUDGET {
                self.over_budget.set(true);
                break;
            }
            self.work.set(self.work.get() + cost);
            if candidates.iter().any(|c| glob.matches(c)) {
                last = Some(*index);
                break;
            }
        }
        last.is_some_and(|i| !self.patterns[i].negated)
    }
}

/// One piece of a compiled pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok {
    /// This character.
    Lit(char),
    /// `?`: one character but `/`.
    One,
    /// `*`: any characters but `/`.
    Star,
    /// `**`: any characters, `/` included.
    StarStar,
    /// `[...]`: one character in (or, negated, not in) the ranges; `/` is never in them.
    Class {
        negate: bool,
        ranges: Vec<(char, char)>,
    },
}

/// A Docker ignore pattern compiled for matching by simulating its automaton: linear in the
/// pattern's length times the path's, with no recursion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Glob {
    toks: Vec<Tok>,
}

impl Glob {
    /// Compile a pattern (an unterminated `[` is a literal `[`, `\\x` is `x`).
    pub fn new(pattern: &str) -> Glob {
        let p: Vec<char> = pattern.chars().collect();
        let mut toks = Vec::new();
        let mut i = 0;
        while i < p.len() {
            match p[i] {
                '*' if p.get(i + 1) == Some(&'*') => {
                    while p.get(i) == Some(&'*') {
                        i += 1;
                    }
                    // `**/**` matches what `**` matches: keep one.
                    if toks.ends_with(&[Tok::StarStar, Tok::Lit('/')]) {
                        toks.pop();
                    } else if toks.last() != Some(&Tok::StarStar) {
                        toks.push(Tok::StarStar);
                    }
                    continue;
                }
                '*' => toks.push(Tok::Star),
                '?' => toks.push(Tok::One),
                '[' => match class(&p, i) {
                    Some((tok, next)) => {
                        toks.push(tok);
                        i = next;
                        continue;
                    }
                    None => toks.push(Tok::Lit('[')),
                },
                '\\' if i + 1 < p.len() => {
                    toks.push(Tok::Lit(p[i + 1]));
                    i += 2;
                    continue;
                }
                c => toks.push(Tok::Lit(c)),
            }
            i += 1;
        }
        Glob { toks }
    }

    /// The work [`Glob::matches`] does on `path`.
    fn cost(&self, path: &str) -> u64 {
        (self.toks.len() as u64 + 1) * (path.len() as u64 + 1)
    }

    /// Add state `i` and what it reaches without reading a character: past a `*` or `**`, and,
    /// for a `**/` just entered (not one that already read characters), past it altogether (it
    /// may match nothing). Each state is `PRESENT`, and `FRESH` when entered fresh.
    fn close(&self, i: usize, fresh: bool, set: &mut [u8]) {
        let mut stack = vec![(i, fresh)];
        while let Some((i, fresh)) = stack.pop() {
            let want = PRESENT | if fresh { FRESH } else { 0 };
            if set[i] & want == want {
                continue;
            }
            set[i] |= want;
            match self.toks.get(i) {
                Some(Tok::Star) => stack.push((i + 1, true)),
                Some(Tok::StarStar) => {
                    stack.push((i + 1, true));
                    if fresh && self.toks.get(i + 1) == Some(&Tok::Lit('/')) {
                        stack.push((i + 2, true));
                    }
                }
                _ => {}
            }
        }
    }

    /// Whether the pattern matches the whole of `path`.
    pub fn matches(&self, path: &str) -> bool {
        let n = self.toks.len();
        let mut cur = vec![0u8; n + 1];
        self.close(0, true, &mut cur);
        for c in path.chars() {
            let mut next = vec![0u8; n + 1];
            let mut any = false;
            for i in (0..n).filter(|&i| cur[i] & PRESENT != 0) {
                let (stay, advance) = match &self.toks[i] {
                    Tok::Lit(l) => (false, *l == c),
                    Tok::One => (false, c != '/'),
                    Tok::Star => (c != '/', false),
                    Tok::StarStar => (true, false),
                    // `/` is never in a class, so only a negated class matches it.
                    Tok::Class { negate, ranges } => {
                        let hit = c != '/' && ranges.iter().any(|(lo, hi)| *lo <= c && c <= *hi);
                        (false, hit != *negate)
                    }
                };
                if stay {
                    self.close(i, false, &mut next);
                    any = true;
                }
                if advance {
                    self.close(i + 1, true, &mut next);
                    any = true;
                }
            }
            if !any {
                return false;
            }
            cur = next;
        }
        cur[n] & PRESENT != 0
    }
}

/// A state of [`Glob::matches`]' automaton is in the set.
const PRESENT: u8 = 1;
/// It was entered fresh (a `**/` there may still match nothing).
const FRESH: u8 = 2;

/// Match a Docker ignore pattern against a slash path.
pub fn glob_match(pattern: &str, path: &str) -> bool {
    Glob::new(pattern).matches(path)
}

/// The `[...]` class at `p[i]` and the index after it; `None` when it is not terminated.
fn class(p: &[char], i: usize) -> Option<(Tok, usize)> {
    let mut k = i + 1;
    let negate = matches!(p.get(k), Some('^') | Some('!'));
    if negate {
        k += 1;
    }
    let mut ranges = Vec::new();
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
        ranges.push((lo, hi));
        k += 1;
    }
    if k >= p.len() {
        return None;
    }
    Some((Tok::Class { negate, ranges }, k + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    // The recursive matcher this module used before patterns were compiled: the reference the
    // compiled matcher must agree with.
    /// Match a Docker ignore pattern against a slash path.
    fn reference_match(pattern: &str, path: &str) -> bool {
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

    #[test]
    fn compiled_patterns_agree_with_the_reference_matcher() {
        let alphabet = ['a', 'b', '/', '*', '?', '[', ']', '!', '^', '-', '\\', '.'];
        let path_chars = ['a', 'b', '/', '.', '-', '[', '*'];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        for _ in 0..20_000 {
            let pattern: String = (0..next(8))
                .map(|_| alphabet[next(alphabet.len())])
                .collect();
            let path: String = (0..next(8))
                .map(|_| path_chars[next(path_chars.len())])
                .collect();
            assert_eq!(
                glob_match(&pattern, &path),
                reference_match(&pattern, &path),
                "pattern {pattern:?} path {path:?}"
            );
        }
    }

    #[test]
    fn hostile_patterns_stay_linear_and_bounded() {
        let ig = DockerIgnore::parse(&"**/".repeat(60_000));
        assert!(
            ig.excludes("a/b/c"),
            "each `**/` may match nothing, the last `**` all"
        );
        let ig = DockerIgnore::parse(&"?".repeat(100_000));
        assert!(!ig.excludes("abc"));
        let many: String = (0..100_000).map(|i| format!("d{i}/*.txt\n")).collect();
        let ig = DockerIgnore::parse(&many);
        assert!(
            ig.excludes("d99999/a.txt"),
            "the last patterns are tried first"
        );
        for i in 0..1000 {
            ig.excludes(&format!("x{i}/file.txt"));
        }
        assert!(
            ig.over_budget(),
            "100,000 wildcard patterns by 1,000 paths run out of budget"
        );
    }

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
