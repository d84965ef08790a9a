//! The pieces of one sh word as written (`"$a"-${b%x}*$(c)`): literal text, expansions and
//! globs, each marked quoted or not, for the ShellCheck checks. Iterative, linear in the word.

/// What a piece of a word is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PieceKind {
    /// Literal text after quote removal (backslash escapes kept as written in `raw`).
    Lit(String),
    /// An unquoted glob character (`*`, `?`, `[`).
    Glob,
    /// `$name`, `${name…}`, `$1`, `$@`…
    Param {
        /// The parameter's name (`x`, `1`, `@`, `?`).
        name: String,
        /// What the expansion does with it.
        op: ParamOp,
    },
    /// `$(…)`.
    CommandSub,
    /// `` `…` ``.
    Backquote,
    /// `$((…))`.
    Arith,
    /// An unquoted brace expansion (`{a,b}`, `{1..3}`).
    Brace,
}

/// The operator of a parameter expansion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamOp {
    /// `$x`, `${x}`.
    Plain,
    /// `${#x}`.
    Length,
    /// `${x/a/b}`, `${x//a/b}` (bash).
    Replace,
    /// `${x:1:2}` (bash).
    Substring,
    /// `${x:-d}`, `${x%s}` and the other POSIX operators.
    Other,
}

/// One piece, with its byte range in the word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// What it is.
    pub kind: PieceKind,
    /// Inside double or single quotes.
    pub quoted: bool,
    /// Byte offset of its start in the word.
    pub start: usize,
    /// Byte offset of its end in the word.
    pub end: usize,
}

impl Piece {
    fn new(kind: PieceKind, quoted: bool, start: usize, end: usize) -> Piece {
        Piece {
            kind,
            quoted,
            start,
            end,
        }
    }
}

/// Special parameters whose value never has spaces or globs (`$?`, `$#`, `$$`, `$!`, `$-`).
pub fn spaceless_special(name: &str) -> bool {
    matches!(name, "?" | "#" | "$" | "!" | "-")
}

fn is_name_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

/// The end (exclusive) of a bracketed construct opened just before `from`, skipping quotes;
/// `None` when it is not closed.
fn close(b: &[u8], from: usize, open: u8, shut: u8) -> Option<usize> {
    let mut depth = 1usize;
    let mut i = from;
    let mut quote = 0u8;
    while i < b.len() {
        let c = b[i];
        if quote != 0 {
            if c == b'\\' && quote == b'"' {
                i += 1;
            } else if c == quote {
                quote = 0;
            }
        } else if c == b'\\' {
            i += 1;
        } else if c == b'\'' || c == b'"' {
            quote = c;
        } else if c == open {
            depth += 1;
        } else if c == shut {
            depth -= 1;
            if depth == 0 {
                return Some(i + 1);
            }
        }
        i += 1;
    }
    None
}

/// The operator of the body of `${…}` (without the braces), and the parameter's name.
fn param_body(body: &str) -> (String, ParamOp) {
    let b = body.as_bytes();
    if b.len() > 1 && b[0] == b'#' && b[1..].iter().all(|&c| is_name_char(c) || c == b'@') {
        return (body[1..].to_string(), ParamOp::Length);
    }
    let mut n = 0;
    if b.first()
        .is_some_and(|&c| matches!(c, b'@' | b'*' | b'#' | b'?' | b'$' | b'!' | b'-'))
    {
        n = 1;
    } else {
        while n < b.len() && is_name_char(b[n]) {
            n += 1;
        }
    }
    let name = body[..n].to_string();
    let op = match b.get(n) {
        None => ParamOp::Plain,
        Some(b'/') => ParamOp::Replace,
        Some(b':') if !matches!(b.get(n + 1), Some(b'-' | b'=' | b'?' | b'+')) => {
            ParamOp::Substring
        }
        Some(_) => ParamOp::Other,
    };
    (name, op)
}

/// The expansion that starts with the `$` at `i`, and where it ends.
fn dollar(word: &str, i: usize, dquote: bool) -> (PieceKind, usize) {
    let b = word.as_bytes();
    let (kind, end) = match b.get(i + 1) {
        Some(b'(') if b.get(i + 2) == Some(&b'(') => {
            (PieceKind::Arith, close(b, i + 3, b'(', b')').map(|e| e + 1))
        }
        Some(b'(') => (PieceKind::CommandSub, close(b, i + 2, b'(', b')')),
        Some(b'{') => {
            let end = close(b, i + 2, b'{', b'}');
            let body = &word[i + 2..end.map(|e| e - 1).unwrap_or(b.len())];
            let (name, op) = param_body(body);
            (PieceKind::Param { name, op }, end)
        }
        Some(b'\'') if !dquote => {
            // $'…' (ANSI-C quoting): literal.
            let end = word[i + 2..].find('\'').map(|e| i + 3 + e);
            let text = word[i + 2..end.map(|e| e - 1).unwrap_or(b.len())].to_string();
            (PieceKind::Lit(text), end)
        }
        Some(&n) if is_name_char(n) && !n.is_ascii_digit() => {
            let mut j = i + 1;
            while j < b.len() && is_name_char(b[j]) {
                j += 1;
            }
            let name = word[i + 1..j].to_string();
            (
                PieceKind::Param {
                    name,
                    op: ParamOp::Plain,
                },
                Some(j),
            )
        }
        Some(&n) if n.is_ascii_digit() || b"@*#?$!-".contains(&n) => {
            let name = (n as char).to_string();
            (
                PieceKind::Param {
                    name,
                    op: ParamOp::Plain,
                },
                Some(i + 2),
            )
        }
        _ => (PieceKind::Lit("$".into()), Some(i + 1)),
    };
    (kind, end.unwrap_or(b.len()).min(b.len()))
}

/// The end of an unquoted brace expansion (`{a,b}`, `{1..3}`) that starts at `i`, if it is one.
fn brace_end(word: &str, i: usize) -> Option<usize> {
    close(word.as_bytes(), i + 1, b'{', b'}').filter(|&e| {
        let inner = &word[i + 1..e - 1];
        !inner.contains([' ', '\t', '$']) && (inner.contains(',') || inner.contains(".."))
    })
}

/// The pieces of `word` as written in a script.
pub fn pieces(word: &str) -> Vec<Piece> {
    let b = word.as_bytes();
    let mut out: Vec<Piece> = Vec::new();
    let mut lit = String::new();
    let mut lit_start = 0usize;
    let mut lit_quoted = false;
    let mut dquote = false;
    let mut i = 0usize;
    macro_rules! flush {
        () => {
            if !lit.is_empty() {
                let text = std::mem::take(&mut lit);
                out.push(Piece::new(PieceKind::Lit(text), lit_quoted, lit_start, i));
            }
        };
    }
    macro_rules! lit_char {
        ($s:expr, $quoted:expr, $at:expr) => {
            if lit.is_empty() || lit_quoted != $quoted {
                flush!();
                lit_start = $at;
                lit_quoted = $quoted;
            }
            lit.push_str($s);
        };
    }
    while i < b.len() {
        match b[i] {
            b'\\' => {
                let next = word[i + 1..].chars().next();
                let len = next.map(char::len_utf8).unwrap_or(0);
                let keeps = dquote && !matches!(next, Some('$' | '`' | '"' | '\\' | '\n'));
                let from = if keeps { i } else { i + 1 };
                lit_char!(&word[from..i + 1 + len], true, i);
                i += 1 + len;
            }
            b'\'' if !dquote => {
                let end = word[i + 1..].find('\'').map_or(b.len(), |e| i + 1 + e);
                flush!();
                let text = word[i + 1..end].to_string();
                out.push(Piece::new(
                    PieceKind::Lit(text),
                    true,
                    i,
                    (end + 1).min(b.len()),
                ));
                i = end + 1;
            }
            b'"' => {
                flush!();
                dquote = !dquote;
                i += 1;
                if dquote && b.get(i) == Some(&b'"') {
                    // An empty "" still makes a (quoted, empty) word.
                    out.push(Piece::new(
                        PieceKind::Lit(String::new()),
                        true,
                        i - 1,
                        i + 1,
                    ));
                    dquote = false;
                    i += 1;
                }
            }
            b'`' => {
                flush!();
                let mut j = i + 1;
                while j < b.len() && b[j] != b'`' {
                    j += if b[j] == b'\\' { 2 } else { 1 };
                }
                let end = (j + 1).min(b.len());
                out.push(Piece::new(PieceKind::Backquote, dquote, i, end));
                i = end;
            }
            b'$' => {
                flush!();
                let (kind, end) = dollar(word, i, dquote);
                let quoted = dquote || matches!(kind, PieceKind::Lit(_));
                out.push(Piece::new(kind, quoted, i, end));
                i = end.max(i + 1);
            }
            b'*' | b'?' | b'[' if !dquote => {
                flush!();
                out.push(Piece::new(PieceKind::Glob, false, i, i + 1));
                i += 1;
            }
            b'{' if !dquote && brace_end(word, i).is_some() => {
                flush!();
                let end = brace_end(word, i).unwrap_or(i + 1);
                out.push(Piece::new(PieceKind::Brace, false, i, end));
                i = end;
            }
            _ => {
                let len = word[i..].chars().next().map_or(1, char::len_utf8);
                lit_char!(&word[i..i + len], dquote, i);
                i += len;
            }
        }
    }
    flush!();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(w: &str) -> Vec<(String, bool)> {
        pieces(w)
            .into_iter()
            .map(|p| {
                let k = match p.kind {
                    PieceKind::Lit(s) => format!("lit:{s}"),
                    PieceKind::Glob => "glob".into(),
                    PieceKind::Param { name, op } => format!("param:{name}:{op:?}"),
                    PieceKind::CommandSub => "cmd".into(),
                    PieceKind::Backquote => "bq".into(),
                    PieceKind::Arith => "arith".into(),
                    PieceKind::Brace => "brace".into(),
                };
                (k, p.quoted)
            })
            .collect()
    }

    #[test]
    fn pieces_of_words() {
        assert_eq!(kinds("$a"), [("param:a:Plain".into(), false)]);
        assert_eq!(kinds("\"$a\""), [("param:a:Plain".into(), true)]);
        assert_eq!(kinds("'$a'"), [("lit:$a".into(), true)]);
        assert_eq!(kinds("${#a}"), [("param:a:Length".into(), false)]);
        assert_eq!(kinds("${a//x/y}"), [("param:a:Replace".into(), false)]);
        assert_eq!(kinds("${a:1:2}"), [("param:a:Substring".into(), false)]);
        assert_eq!(kinds("${a:-x y}"), [("param:a:Other".into(), false)]);
        assert_eq!(kinds("$(ls \"x)\")"), [("cmd".into(), false)]);
        assert_eq!(kinds("$((1+(2)))"), [("arith".into(), false)]);
        assert_eq!(kinds("`date`"), [("bq".into(), false)]);
        assert_eq!(kinds("*.txt")[0], ("glob".into(), false));
        assert_eq!(kinds("{a,b}"), [("brace".into(), false)]);
        assert_eq!(kinds("{a}"), [("lit:{a}".into(), false)]);
        assert_eq!(kinds("\"a\\nb\""), [("lit:a\\nb".into(), true)]);
        assert_eq!(kinds("a\\\\nb")[0].0, "lit:a");
        assert_eq!(
            kinds("$1x"),
            [("param:1:Plain".into(), false), ("lit:x".into(), false)]
        );
        assert_eq!(kinds("\"\""), [("lit:".into(), true)]);
        // Unclosed constructs end at the word's end.
        for w in ["${a", "$(a", "`a", "'a", "\"a", "$'a", "\\", "a\\"] {
            let _ = pieces(w);
        }
    }
}
