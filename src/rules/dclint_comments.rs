//! dclint's inline comments in compose files, which dockplay honours so that files written for
//! dclint keep working: `# dclint disable-file` (the whole file, every rule), `# dclint disable
//! [rules…]` before the first content (the whole file), and `# dclint disable-line [rules…]` at
//! the end of a line or alone on the line above it. Rules are named by dclint's names or by
//! dockplay's IDs and names; no list means every rule.

use crate::diagnostic::Diagnostic;
use crate::text::LineIndex;

/// Which rules a comment silences: `None` = all.
type Names = Option<Vec<String>>;

/// The dclint comments of one file.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Comments {
    /// Silenced in the whole file.
    file: Vec<Names>,
    /// Silenced on one line (0-based).
    lines: Vec<(usize, Names)>,
}

/// The text after `dclint` in a comment `# dclint …`, if the line holds one: `(directive,
/// whether the comment is alone on its line)`.
fn directive(line: &str) -> Option<(&str, bool)> {
    let bytes = line.as_bytes();
    let mut quote = None;
    for (i, &b) in bytes.iter().enumerate() {
        match (quote, b) {
            (None, b'\'' | b'"')
                if i == 0
                    || bytes[i - 1].is_ascii_whitespace()
                    || b":-[{,".contains(&bytes[i - 1]) =>
            {
                quote = Some(b)
            }
            (Some(q), _) if b == q => quote = None,
            (None, b'#') if i == 0 || bytes[i - 1].is_ascii_whitespace() => {
                let rest = line[i + 1..].trim_start().strip_prefix("dclint")?;
                if !rest.is_empty() && !rest.starts_with(char::is_whitespace) {
                    return None;
                }
                return Some((rest.trim(), line[..i].trim().is_empty()));
            }
            _ => {}
        }
    }
    None
}

fn names(list: &str) -> Names {
    let v: Vec<String> = list
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect();
    (!v.is_empty()).then_some(v)
}

impl Comments {
    /// Read every dclint comment of `text`.
    pub fn read(text: &str) -> Comments {
        let mut c = Comments::default();
        let mut before_content = true;
        for (n, line) in text.lines().enumerate() {
            let trimmed = line.trim();
            let Some((d, alone)) = directive(line) else {
                if !trimmed.is_empty() && !trimmed.starts_with('#') && trimmed != "---" {
                    before_content = false;
                }
                continue;
            };
            if let Some(rest) = d.strip_prefix("disable-line") {
                let target = if alone { n + 1 } else { n };
                c.lines.push((target, names(rest)));
            } else if let Some(rest) = d.strip_prefix("disable-file") {
                if rest.trim().is_empty() {
                    c.file.push(None);
                }
            } else if let Some(rest) = d.strip_prefix("disable") {
                if before_content && alone {
                    c.file.push(names(rest));
                }
            }
            if !alone {
                before_content = false;
            }
        }
        c
    }

    /// Whether `d`, on 0-based `line`, is silenced.
    fn silences(&self, d: &Diagnostic, line: usize) -> bool {
        let answers = |n: &Names| match n {
            None => true,
            Some(list) => {
                let mut own = vec![d.code.id, d.code.name];
                own.extend(crate::rules::registry::aliases(d.code.id));
                list.iter().any(|x| own.contains(&x.as_str()))
            }
        };
        self.file.iter().any(answers) || self.lines.iter().any(|(l, n)| *l == line && answers(n))
    }
}

/// Drop the findings in `text` that its dclint comments silence.
pub(crate) fn apply(text: &str, diags: &mut Vec<Diagnostic>) {
    if !text.contains("dclint") {
        return;
    }
    let comments = Comments::read(text);
    let idx = LineIndex::new(text);
    diags.retain(|d| {
        let line = idx.position(text, d.span.start).line.saturating_sub(1);
        !comments.silences(d, line)
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_are_read_where_dclint_reads_them() {
        let c = Comments::read(
            "# dclint disable no-version-field\nservices:\n  web:\n    image: nginx # dclint disable-line\n    # dclint disable-line DC1006 service-image-require-explicit-tag\n    ports: ['80:80']\n    command: \"echo # dclint disable-line\"\n# dclint disable\n",
        );
        assert_eq!(c.file, vec![Some(vec!["no-version-field".to_string()])]);
        assert_eq!(
            c.lines,
            vec![
                (3, None),
                (
                    5,
                    Some(vec![
                        "DC1006".to_string(),
                        "service-image-require-explicit-tag".to_string()
                    ])
                )
            ]
        );
        assert_eq!(Comments::read("# dclint disable-file\n").file, vec![None]);
        assert_eq!(Comments::read("# dclint-disable\n"), Comments::default());
    }
}
