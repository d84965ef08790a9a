//! BuildKit's shell-word processing: quote removal, escapes and `$VAR` / `${VAR…}` expansion,
//! as the Dockerfile frontend applies it to instruction arguments (not a full shell).

use std::collections::BTreeSet;

/// Deepest `${…${…}}` nesting accepted before giving up (keeps recursion bounded).
const MAX_NESTING: usize = 64;

/// Most bytes the variables substituted into one word may add: a word that would grow past it
/// (an ARG that doubles on every line) is not expanded, and [`Processed::too_large`] says so.
pub const MAX_EXPANSION: usize = 1 << 20;

/// Where variable values come from.
pub trait Env {
    /// The value of `name`, or `None` when it is not set.
    fn get(&self, name: &str) -> Option<String>;
}

impl Env for [(String, String)] {
    fn get(&self, name: &str) -> Option<String> {
        self.iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    }
}

impl Env for Vec<(String, String)> {
    fn get(&self, name: &str) -> Option<String> {
        Env::get(self.as_slice(), name)
    }
}

/// An environment with no variables.
pub struct NoEnv;

impl Env for NoEnv {
    fn get(&self, _: &str) -> Option<String> {
        None
    }
}

/// Options of the lexer, named after BuildKit's `shell.Lex` fields.
#[derive(Debug, Clone, Copy)]
pub struct Lex {
    /// The escape character (`\` or `` ` ``).
    pub escape: char,
    /// Keep quote characters in the result.
    pub raw_quotes: bool,
    /// Keep escape characters in the result.
    pub raw_escapes: bool,
    /// Leave unset variables as written instead of expanding them to "".
    pub skip_unset_env: bool,
    /// Treat quotes as ordinary characters.
    pub skip_process_quotes: bool,
}

impl Lex {
    /// A lexer with the given escape character and BuildKit's defaults.
    pub fn new(escape: char) -> Self {
        Lex {
            escape,
            raw_quotes: false,
            raw_escapes: false,
            skip_unset_env: false,
            skip_process_quotes: false,
        }
    }

    /// Process `word` into one string (as for ENV values, WORKDIR, …).
    pub fn process_word(&self, word: &str, env: &dyn Env) -> Result<Processed, String> {
        self.run(word, env)
    }

    /// Process `word` and split the result into words (as for FROM, COPY sources, …).
    pub fn process_words(&self, word: &str, env: &dyn Env) -> Result<Vec<String>, String> {
        self.run(word, env).map(|p| p.words)
    }

    fn run(&self, word: &str, env: &dyn Env) -> Result<Processed, String> {
        let mut sw = ShellWord {
            chars: word.chars().collect(),
            pos: 0,
            env,
            lex: *self,
            depth: 0,
            matched: BTreeSet::new(),
            unmatched: BTreeSet::new(),
            substituted: 0,
        };
        match sw.process_stop_on_any(&[], self.raw_escapes) {
            Ok(_) if sw.substituted > MAX_EXPANSION => Ok(Processed {
                result: word.to_string(),
                words: vec![word.to_string()],
                matched: sw.matched,
                unmatched: sw.unmatched,
                too_large: true,
            }),
            Ok((result, words)) => Ok(Processed {
                result,
                words,
                matched: sw.matched,
                unmatched: sw.unmatched,
                too_large: false,
            }),
            Err(e) => Err(format!("failed to process \"{word}\": {e}")),
        }
    }
}

/// The outcome of processing one word.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Processed {
    /// The whole result as one string.
    pub result: String,
    /// The result split into words (unquoted whitespace separates words).
    pub words: Vec<String>,
    /// Variables that were referenced and set.
    pub matched: BTreeSet<String>,
    /// Variables that were referenced but not set.
    pub unmatched: BTreeSet<String>,
    /// The substitutions would add more than [`MAX_EXPANSION`] bytes: `result` is the word as
    /// written.
    pub too_large: bool,
}

struct ShellWord<'a> {
    chars: Vec<char>,
    pos: usize,
    env: &'a dyn Env,
    lex: Lex,
    depth: usize,
    matched: BTreeSet<String>,
    unmatched: BTreeSet<String>,
    /// Bytes the substituted values added so far.
    substituted: usize,
}

#[derive(Default)]
struct Words {
    buf: String,
    words: Vec<String>,
    in_word: bool,
}

impl Words {
    fn add_char(&mut self, ch: char) {
        if ch.is_whitespace() {
            if self.in_word && !self.buf.is_empty() {
                self.words.push(std::mem::take(&mut self.buf));
                self.in_word = false;
            }
        } else {
            self.add_raw_char(ch);
        }
    }
    fn add_raw_char(&mut self, ch: char) {
        self.buf.push(ch);
        self.in_word = true;
    }
    fn add_string(&mut self, s: &str) {
        for ch in s.chars() {
            self.add_char(ch);
        }
    }
    fn add_raw_string(&mut self, s: &str) {
        self.buf.push_str(s);
        self.in_word = true;
    }
    fn finish(mut self) -> Vec<String> {
        if !self.buf.is_empty() {
            self.words.push(std::mem::take(&mut self.buf));
        }
        self.words
    }
}

impl ShellWord<'_> {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn next(&mut self) -> Option<char> {
        let c = self.chars.get(self.pos).copied();
        if c.is_some() {
            self.pos += 1;
        }
        c
    }

    fn get_env(&mut self, name: &str) -> Option<String> {
        let v = self.env.get(name);
        if let Some(value) = &v {
            self.matched.insert(name.to_string());
            // Past the budget every value counts as empty; the caller keeps the word as written.
            self.substituted = self.substituted.saturating_add(value.len());
            if self.substituted > MAX_EXPANSION {
                return Some(String::new());
            }
        } else {
            self.unmatched.insert(name.to_string());
        }
        v
    }

    fn process_stop_on_any(
        &mut self,
        stops: &[char],
        raw_escapes: bool,
    ) -> Result<(String, Vec<String>), String> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return Err("variable substitutions are nested too deeply".into());
        }
        let saved = self.lex.raw_escapes;
        self.lex.raw_escapes = raw_escapes;
        let r = self.stop_on_any_inner(stops);
        self.lex.raw_escapes = saved;
        self.depth -= 1;
        r
    }

    fn stop_on_any_inner(&mut self, stops: &[char]) -> Result<(String, Vec<String>), String> {
        let mut result = String::new();
        let mut words = Words::default();
        while let Some(ch) = self.peek() {
            if stops.contains(&ch) {
                self.next();
                return Ok((result, words.finish()));
            }
            let special = ch == '$' || (!self.lex.skip_process_quotes && (ch == '\'' || ch == '"'));
            if special {
                let tmp = match ch {
                    '$' => self.process_dollar()?,
                    '\'' => self.process_single_quote()?,
                    _ => self.process_double_quote()?,
                };
                result.push_str(&tmp);
                if ch == '$' {
                    words.add_string(&tmp);
                } else {
                    words.add_raw_string(&tmp);
                }
                continue;
            }
            let mut ch = self.next().unwrap_or_default();
            if ch == self.lex.escape {
                if self.lex.raw_escapes {
                    words.add_raw_char(ch);
                    result.push(ch);
                }
                match self.next() {
                    None => break,
                    Some(c) => ch = c,
                }
                words.add_raw_char(ch);
            } else {
                words.add_char(ch);
            }
            result.push(ch);
        }
        if !stops.is_empty() {
            let s: String = stops.iter().collect();
            return Err(format!(
                "unexpected end of statement while looking for matching {s}"
            ));
        }
        Ok((result, words.finish()))
    }

    fn process_single_quote(&mut self) -> Result<String, String> {
        let mut result = String::new();
        let q = self.next().unwrap_or('\'');
        if self.lex.raw_quotes {
            result.push(q);
        }
        loop {
            match self.next() {
                None => {
                    return Err(
                        "unexpected end of statement while looking for matching single-quote"
                            .into(),
                    )
                }
                Some('\'') => {
                    if self.lex.raw_quotes {
                        result.push('\'');
                    }
                    return Ok(result);
                }
                Some(c) => result.push(c),
            }
        }
    }

    fn process_double_quote(&mut self) -> Result<String, String> {
        let mut result = String::new();
        let q = self.next().unwrap_or('"');
        if self.lex.raw_quotes {
            result.push(q);
        }
        loop {
            match self.peek() {
                None => {
                    return Err(
                        "unexpected end of statement while looking for matching double-quote"
                            .into(),
                    )
                }
                Some('"') => {
                    self.next();
                    if self.lex.raw_quotes {
                        result.push('"');
                    }
                    return Ok(result);
                }
                Some('$') => {
                    let v = self.process_dollar()?;
                    result.push_str(&v);
                }
                Some(_) => {
                    let mut ch = self.next().unwrap_or_default();
                    if ch == self.lex.escape {
                        if self.lex.raw_escapes {
                            result.push(ch);
                        }
                        match self.peek() {
                            None => continue,
                            Some(c) if c == '"' || c == '$' || c == self.lex.escape => {
                                ch = c;
                                self.next();
                            }
                            Some(_) => {}
                        }
                    }
                    result.push(ch);
                }
            }
        }
    }

    fn process_name(&mut self) -> String {
        let mut name = String::new();
        while let Some(ch) = self.peek() {
            if name.is_empty() && ch.is_numeric() {
                while let Some(c) = self.peek() {
                    if !c.is_numeric() {
                        break;
                    }
                    name.push(c);
                    self.next();
                }
                return name;
            }
            if name.is_empty() && matches!(ch, '@' | '*' | '#' | '?' | '-' | '$' | '!' | '0') {
                self.next();
                return ch.to_string();
            }
            if !ch.is_alphanumeric() && ch != '_' {
                break;
            }
            name.push(ch);
            self.next();
        }
        name
    }

    /// The word up to `stop` inside `${…}`; `missing` is the error when the input ends first.
    fn word_until(&mut self, stop: char, raw: bool, missing: &str) -> Result<String, String> {
        match self.process_stop_on_any(&[stop], raw) {
            Ok((w, _)) => Ok(w),
            Err(_) if self.peek().is_none() => Err(missing.to_string()),
            Err(e) => Err(e),
        }
    }

    fn process_dollar(&mut self) -> Result<String, String> {
        self.next();
        if self.peek() != Some('{') {
            let name = self.process_name();
            if name.is_empty() {
                return Ok("$".into());
            }
            let v = self.get_env(&name);
            if v.is_none() && self.lex.skip_unset_env {
                return Ok(format!("${name}"));
            }
            return Ok(v.unwrap_or_default());
        }
        self.next();
        match self.peek() {
            None => return Err("syntax error: missing '}'".into()),
            Some('{') | Some('}') | Some(':') => {
                return Err("syntax error: bad substitution".into())
            }
            _ => {}
        }
        let name = self.process_name();
        let ch = self.next();
        let mut chs: String = ch.map(String::from).unwrap_or_default();
        match ch {
            Some('}') => {
                let v = self.get_env(&name);
                if v.is_none() && self.lex.skip_unset_env {
                    return Ok(format!("${{{name}}}"));
                }
                Ok(v.unwrap_or_default())
            }
            Some(c0 @ (':' | '+' | '-' | '?' | '#' | '%')) => {
                let mut op = c0;
                let null_is_unset = c0 == ':';
                if null_is_unset {
                    op = self.next().unwrap_or('\0');
                    if op != '\0' {
                        chs.push(op);
                    }
                }
                let raw = op == '#' || op == '%';
                if null_is_unset && raw {
                    return Err(format!("unsupported modifier ({chs}) in substitution"));
                }
                let word = self.word_until('}', raw, "syntax error: missing '}'")?;
                let value = self.get_env(&name);
                if self.lex.skip_unset_env && value.is_none() {
                    return Ok(format!("${{{name}{chs}{word}}}"));
                }
                let set = value.is_some();
                let value = value.unwrap_or_default();
                let empty_or_unset = !set || (null_is_unset && value.is_empty());
                match op {
                    '-' => Ok(if empty_or_unset { word } else { value }),
                    '+' => Ok(if empty_or_unset { String::new() } else { word }),
                    '?' => {
                        if !set {
                            let m = if word.is_empty() {
                                "is not allowed to be unset".into()
                            } else {
                                word
                            };
                            Err(format!("{name}: {m}"))
                        } else if null_is_unset && value.is_empty() {
                            let m = if word.is_empty() {
                                "is not allowed to be empty".into()
                            } else {
                                word
                            };
                            Err(format!("{name}: {m}"))
                        } else {
                            Ok(value)
                        }
                    }
                    '%' | '#' => {
                        let (greedy, pat) = match word.strip_prefix(op) {
                            Some(p) => (true, p.to_string()),
                            None => (false, word),
                        };
                        if op == '%' {
                            trim_suffix(&pat, &value, greedy)
                        } else {
                            trim_prefix(&pat, &value, greedy)
                        }
                    }
                    _ => Err(format!("unsupported modifier ({chs}) in substitution")),
                }
            }
            Some('/') => {
                let all = self.peek() == Some('/');
                if all {
                    self.next();
                }
                let pattern = self.word_until('/', true, "syntax error: missing '/' in ${}")?;
                let replacement = self.word_until('}', true, "syntax error: missing '}'")?;
                let value = self.get_env(&name);
                if self.lex.skip_unset_env && value.is_none() {
                    return Ok(format!("${{{name}/{pattern}/{replacement}}}"));
                }
                let pat = Pattern::compile(&pattern)
                    .map_err(|e| format!("invalid pattern ({pattern}) in substitution: {e}"))?;
                Ok(replace(&pat, &value.unwrap_or_default(), &replacement, all))
            }
            _ => Err(format!("unsupported modifier ({chs}) in substitution")),
        }
    }
}

/// A shell glob pattern as BuildKit's substitutions use it: `*`, `?` and escaped literals.
#[derive(Debug, Clone)]
struct Pattern {
    toks: Vec<Tok>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Tok {
    Star,
    Any,
    Lit(char),
}

impl Pattern {
    fn compile(p: &str) -> Result<Pattern, String> {
        let cs: Vec<char> = p.chars().collect();
        let mut toks = Vec::new();
        let mut i = 0;
        while i < cs.len() {
            match cs[i] {
                '*' => toks.push(Tok::Star),
                '?' => toks.push(Tok::Any),
                '\\' => {
                    let next = cs.get(i + 1).copied();
                    if matches!(next, Some('}') | Some('/')) {
                        i += 1;
                        continue;
                    }
                    match next {
                        Some(c @ ('*' | '?' | '\\')) => {
                            toks.push(Tok::Lit(c));
                            i += 1;
                        }
                        Some(c) => return Err(format!("invalid escape '\\{c}'")),
                        None => return Err("invalid escape '\\'".into()),
                    }
                }
                c => toks.push(Tok::Lit(c)),
            }
            i += 1;
        }
        Ok(Pattern { toks })
    }

    fn reversed(&self) -> Pattern {
        let mut toks = self.toks.clone();
        toks.reverse();
        Pattern { toks }
    }

    /// Lengths (in chars) of every prefix of `s[from..]` the pattern matches, ascending.
    fn match_lengths(&self, s: &[char], from: usize) -> Vec<usize> {
        // Positions reachable after each token; a set-based NFA keeps this linear in the input.
        let n = s.len();
        let mut cur = vec![false; n + 1];
        cur[from] = true;
        for tok in &self.toks {
            let mut nxt = vec![false; n + 1];
            match tok {
                Tok::Star => {
                    let mut on = false;
                    for i in from..=n {
                        if cur[i] {
                            on = true;
                        }
                        if on {
                            nxt[i] = true;
                        }
                        if i < n && s[i] == '\n' {
                            on = false;
                        }
                    }
                }
                Tok::Any => {
                    for i in from..n {
                        if cur[i] && s[i] != '\n' {
                            nxt[i + 1] = true;
                        }
                    }
                }
                Tok::Lit(c) => {
                    for i in from..n {
                        if cur[i] && s[i] == *c {
                            nxt[i + 1] = true;
                        }
                    }
                }
            }
            cur = nxt;
        }
        (from..=n).filter(|&i| cur[i]).map(|i| i - from).collect()
    }

    fn match_at(&self, s: &[char], from: usize, greedy: bool) -> Option<usize> {
        let ls = self.match_lengths(s, from);
        if greedy {
            ls.last().copied()
        } else {
            ls.first().copied()
        }
    }
}

fn trim_prefix(pattern: &str, value: &str, greedy: bool) -> Result<String, String> {
    let pat = Pattern::compile(pattern)
        .map_err(|e| format!("invalid pattern ({pattern}) in substitution: {e}"))?;
    let cs: Vec<char> = value.chars().collect();
    Ok(match pat.match_at(&cs, 0, greedy) {
        Some(len) => cs[len..].iter().collect(),
        None => value.to_string(),
    })
}

fn trim_suffix(pattern: &str, value: &str, greedy: bool) -> Result<String, String> {
    let pat = Pattern::compile(pattern)
        .map_err(|e| format!("invalid pattern ({pattern}) in substitution: {e}"))?
        .reversed();
    let mut cs: Vec<char> = value.chars().collect();
    cs.reverse();
    Ok(match pat.match_at(&cs, 0, greedy) {
        Some(len) => {
            let mut rest: Vec<char> = cs[len..].to_vec();
            rest.reverse();
            rest.into_iter().collect()
        }
        None => value.to_string(),
    })
}

fn replace(pat: &Pattern, value: &str, replacement: &str, all: bool) -> String {
    let cs: Vec<char> = value.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    let mut last_match_end: Option<usize> = None;
    while i <= cs.len() {
        match pat.match_at(&cs, i, true) {
            Some(len) if !(len == 0 && last_match_end == Some(i)) => {
                out.push_str(replacement);
                let end = i + len;
                if len == 0 {
                    if i < cs.len() {
                        out.push(cs[i]);
                    }
                    i += 1;
                } else {
                    i = end;
                }
                last_match_end = Some(end);
                if !all {
                    out.extend(cs[i.min(cs.len())..].iter());
                    return out;
                }
            }
            _ => {
                if i < cs.len() {
                    out.push(cs[i]);
                }
                i += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env() -> Vec<(String, String)> {
        vec![
            ("v".into(), "abcabc".into()),
            ("p".into(), "/usr/local/bin".into()),
        ]
    }

    fn w(s: &str) -> String {
        Lex::new('\\')
            .process_word(s, &env())
            .map(|p| p.result)
            .unwrap_or_else(|e| e)
    }

    #[test]
    fn prefix_and_suffix_trimming() {
        assert_eq!(w("${v#a*b}"), "cabc");
        assert_eq!(w("${v##a*b}"), "c");
        assert_eq!(w("${v%b*}"), "abca");
        assert_eq!(w("${v%%b*}"), "a");
        assert_eq!(w("${p##*/}"), "bin");
        assert_eq!(w("${p%/*}"), "/usr/local");
    }

    #[test]
    fn replacement() {
        assert_eq!(w("${v/b/X}"), "aXcabc");
        assert_eq!(w("${v//b/X}"), "aXcaXc");
        assert_eq!(w("${v//?c/-}"), "a-a-");
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let s = "${a:-".repeat(10_000) + &"}".repeat(10_000);
        assert!(Lex::new('\\').process_word(&s, &env()).is_err());
    }
}
