//! What the ordering rules share: the order dclint sorts names in (ICU's root collation, as
//! JavaScript's `localeCompare`: punctuation before digits before letters, case only breaks
//! ties, lowercase first) and the fix that moves whole entries of a block mapping or sequence.

use crate::diagnostic::Fix;
use crate::i18n::Text;
use crate::text::Span;
use std::cmp::Ordering;

/// ICU's root order of ASCII punctuation and symbols (all before digits and letters).
const PUNCTUATION: &str = "_-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$";

fn class(c: char) -> (u8, u8) {
    if c.is_whitespace() {
        (0, 0)
    } else if c.is_ascii_digit() {
        (2, 0)
    } else if c.is_alphabetic() {
        (3, 0)
    } else {
        (1, PUNCTUATION.find(c).map_or(u8::MAX, |i| i as u8))
    }
}

/// A name's sort key: compared as `a.localeCompare(b)` compares ASCII names (primary: class and
/// letter without case; tertiary: lowercase before uppercase at the first difference).
pub(crate) type CollationKey = (Vec<((u8, u8), char)>, Vec<bool>);

/// The sort key of `s`.
pub(crate) fn collation_key(s: &str) -> CollationKey {
    (
        s.chars()
            .map(|c| (class(c), c.to_lowercase().next().unwrap_or(c)))
            .collect(),
        s.chars().map(char::is_uppercase).collect(),
    )
}

/// Compare two names the way `a.localeCompare(b)` does for ASCII names.
pub(crate) fn collate(a: &str, b: &str) -> Ordering {
    collation_key(a).cmp(&collation_key(b))
}

/// Compare two strings, runs of digits by their value (`"9" < "10"`).
pub(crate) fn natural(a: &str, b: &str) -> Ordering {
    let split = |s: &str| -> Vec<(bool, String)> {
        let mut out: Vec<(bool, String)> = Vec::new();
        for c in s.chars() {
            let d = c.is_ascii_digit();
            match out.last_mut() {
                Some((kind, run)) if *kind == d => run.push(c),
                _ => out.push((d, c.to_string())),
            }
        }
        out
    };
    let (x, y) = (split(a), split(b));
    for (p, q) in x.iter().zip(&y) {
        let o = match (p, q) {
            ((true, m), (true, n)) => {
                let (m, n) = (m.trim_start_matches('0'), n.trim_start_matches('0'));
                m.len().cmp(&n.len()).then_with(|| m.cmp(n))
            }
            _ => collate(&p.1, &q.1),
        };
        if o != Ordering::Equal {
            return o;
        }
    }
    x.len().cmp(&y.len())
}

/// The bytes of entry `i` of a block: from the start of its line to the start of the next
/// entry's line (the last entry ends with its line).
fn blocks(text: &str, starts: &[usize], last_end: usize) -> Option<Vec<Span>> {
    let line_start = |at: usize| text[..at].rfind('\n').map_or(0, |i| i + 1);
    let mut out = Vec::new();
    for (i, &s) in starts.iter().enumerate() {
        let ls = line_start(s);
        // Each entry must begin its own line (a `- ` of a sequence item may stand before it).
        if !text[ls..s]
            .trim_start()
            .trim_start_matches('-')
            .trim()
            .is_empty()
        {
            return None;
        }
        let end = match starts.get(i + 1) {
            Some(&next) => line_start(next),
            None => text[last_end..]
                .find('\n')
                .map_or(text.len(), |j| last_end + j + 1),
        };
        if end <= ls {
            return None;
        }
        out.push(Span::new(ls, end));
    }
    Some(out)
}

/// A fix that rewrites the entries starting at `starts` (the last one ending at `last_end`) in
/// the order `order` (indexes into `starts`); `None` for flow style or entries sharing a line.
pub(crate) fn reorder_fix(
    text: &str,
    starts: &[usize],
    last_end: usize,
    order: &[usize],
    message: Text,
) -> Option<Fix> {
    let spans = blocks(text, starts, last_end)?;
    let region = Span::new(spans.first()?.start, spans.last()?.end);
    let mut out = String::with_capacity(region.len() + 1);
    for &i in order {
        let piece = &text[spans[i].start..spans[i].end];
        out.push_str(piece);
        if !piece.ends_with('\n') {
            out.push('\n');
        }
    }
    if !text[region.start..region.end].ends_with('\n') {
        out.pop();
    }
    Some(Fix::replace(message, region, out))
}

/// [`reorder_fix`] for the entries of a mapping (each entry from its key to the end of its
/// value).
pub(crate) fn reorder_map_fix(
    text: &str,
    map: &[(crate::yaml::Node, crate::yaml::Node)],
    order: &[usize],
    message: Text,
) -> Option<Fix> {
    let starts: Vec<usize> = map.iter().map(|(k, _)| k.span.start).collect();
    let last_end = map
        .iter()
        .map(|(k, v)| v.span.end.max(k.span.end))
        .max()
        .unwrap_or(0);
    reorder_fix(text, &starts, last_end, order, message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_sort_as_locale_compare_does() {
        let mut v = vec!["db", "Cache", "api_v2", "api-v1", "z9", "z10", "Web", "web"];
        v.sort_by(|a, b| collate(a, b));
        assert_eq!(
            v,
            ["api_v2", "api-v1", "Cache", "db", "web", "Web", "z10", "z9"]
        );
        assert_eq!(natural("9000", "10000"), Ordering::Less);
    }

    #[test]
    fn entries_move_as_whole_lines() {
        let text = "services:\n  web:\n    image: a\n  db:\n    image: b\n";
        let (web, db) = (text.find("web").unwrap(), text.find("db").unwrap());
        let fix =
            reorder_fix(text, &[web, db], text.len() - 1, &[1, 0], Text::new("", "")).unwrap();
        assert_eq!(
            fix.edits[0].replacement,
            "  db:\n    image: b\n  web:\n    image: a\n"
        );
    }
}
