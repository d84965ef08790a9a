//! Shell words as a POSIX shell splits a pasted command: quotes removed, `\` + newline joins
//! lines, `#` starts a comment, a newline, `;`, `&&`, `||` or `|` ends a command. Variables and
//! `$(…)` are kept as written (there is no shell to expand them).

use crate::text::Span;

/// A word after quote removal, with its place in the text (quotes included).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// The word.
    pub value: String,
    /// Where it is written.
    pub span: Span,
}

/// Longest text split into commands (a larger paste is cut there).
pub const MAX_TEXT: usize = 1 << 20;

/// The commands of `text`, each a list of words.
pub fn commands(text: &str) -> Vec<Vec<Word>> {
    let text = match text.char_indices().nth(MAX_TEXT) {
        Some((i, _)) => &text[..i],
        None => text,
    };
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut cur: Vec<Word> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b' ' | b'\t' | b'\r' => i += 1,
            b'\\' if b.get(i + 1) == Some(&b'\n') => i += 2,
            b'\\' if b.get(i + 1) == Some(&b'\r') && b.get(i + 2) == Some(&b'\n') => i += 3,
            b'\n' | b';' => {
                out.push(std::mem::take(&mut cur));
                i += 1;
            }
            b'&' | b'|' => {
                out.push(std::mem::take(&mut cur));
                i += if b.get(i + 1) == Some(&b[i]) { 2 } else { 1 };
            }
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            _ => {
                let (w, end) = word(text, i);
                cur.push(w);
                i = end;
            }
        }
    }
    out.push(cur);
    out.retain(|c| !c.is_empty());
    out
}

/// The word starting at `start`, and where it ends.
fn word(text: &str, start: usize) -> (Word, usize) {
    let b = text.as_bytes();
    let mut value = String::new();
    let mut i = start;
    let mut parens = 0usize;
    while i < b.len() {
        let c = b[i];
        match c {
            b' ' | b'\t' | b'\r' | b'\n' | b';' | b'&' | b'|' if parens == 0 => break,
            b'\'' => {
                let close = text[i + 1..].find('\'').map_or(b.len(), |j| i + 1 + j);
                value.push_str(&text[i + 1..close]);
                i = (close + 1).min(b.len());
            }
            b'"' => {
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    if b[i] == b'\\' && matches!(b.get(i + 1), Some(b'"' | b'\\' | b'$' | b'`')) {
                        value.push(b[i + 1] as char);
                        i += 2;
                    } else if b[i] == b'\\' && b.get(i + 1) == Some(&b'\n') {
                        i += 2;
                    } else {
                        let ch = text[i..].chars().next().unwrap_or(' ');
                        value.push(ch);
                        i += ch.len_utf8();
                    }
                }
                i = (i + 1).min(b.len());
            }
            b'\\' => match b.get(i + 1) {
                Some(b'\n') => i += 2,
                Some(_) => {
                    let ch = text[i + 1..].chars().next().unwrap_or(' ');
                    value.push(ch);
                    i += 1 + ch.len_utf8();
                }
                None => i += 1,
            },
            _ => {
                if c == b'$' && b.get(i + 1) == Some(&b'(') {
                    parens += 1;
                    value.push_str("$(");
                    i += 2;
                    continue;
                }
                if c == b')' && parens > 0 {
                    parens -= 1;
                }
                let ch = text[i..].chars().next().unwrap_or(' ');
                value.push(ch);
                i += ch.len_utf8();
            }
        }
    }
    (
        Word {
            value,
            span: Span::new(start, i),
        },
        i,
    )
}

#[cfg(test)]
mod tests {
    use super::commands;

    fn values(text: &str) -> Vec<Vec<String>> {
        commands(text)
            .into_iter()
            .map(|c| c.into_iter().map(|w| w.value).collect())
            .collect()
    }

    #[test]
    fn continuations_quotes_and_comments() {
        let v = values(
            "docker run --rm -d \\\n  -e 'A=b c' \\\n  mysql  # 镜像名\necho \"x\\\"y\" && ls\n",
        );
        assert_eq!(
            v[0],
            ["docker", "run", "--rm", "-d", "-e", "A=b c", "mysql"]
        );
        assert_eq!(v[1], ["echo", "x\"y"]);
        assert_eq!(v[2], ["ls"]);
    }

    #[test]
    fn spans_cover_the_word_as_written() {
        let text = "docker run -v \"$PWD/app:/app\" img";
        let c = &commands(text)[0];
        assert_eq!(c[3].value, "$PWD/app:/app");
        assert_eq!(&text[c[3].span.start..c[3].span.end], "\"$PWD/app:/app\"");
        assert_eq!(
            values("echo $(date +%s) x")[0],
            ["echo", "$(date +%s)", "x"]
        );
    }
}
