//! Byte spans and the one place that turns them into 1-based lines and columns.

use serde::Serialize;

/// A half-open byte range `[start, end)` into a source text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (swapped if given backwards).
    pub fn new(start: usize, end: usize) -> Self {
        if end < start {
            Span {
                start: end,
                end: start,
            }
        } else {
            Span { start, end }
        }
    }

    /// An empty span at `offset`.
    pub fn empty(offset: usize) -> Self {
        Span {
            start: offset,
            end: offset,
        }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no byte.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
}

/// A resolved position: 1-based line, 1-based column in characters and in UTF-16 code units.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Position {
    /// 1-based line.
    pub line: usize,
    /// 1-based column counted in Unicode scalar values.
    pub column: usize,
    /// 1-based column counted in UTF-16 code units (what JavaScript strings index).
    pub column_utf16: usize,
    /// The byte offset this position was made from.
    pub offset: usize,
    /// The same offset in UTF-16 code units (what JavaScript's `slice` takes).
    pub offset_utf16: usize,
}

/// Bytes between the checkpoints that make columns in non-ASCII text cheap to count.
const BLOCK: usize = 256;

/// Maps byte offsets of one text to lines and columns, each in constant time (ASCII text) or
/// in time bounded by [`BLOCK`] (other text), however long the line.
#[derive(Debug, Clone)]
pub struct LineIndex {
    line_starts: Vec<usize>,
    /// For non-ASCII text: at the first character boundary at or after each multiple of
    /// [`BLOCK`], `(byte, characters before it, UTF-16 units before it)`. Empty for ASCII text.
    checkpoints: Vec<(usize, usize, usize)>,
}

impl LineIndex {
    /// Index the line starts of `text` (lines end at `\n`).
    pub fn new(text: &str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(
            text.bytes()
                .enumerate()
                .filter(|(_, b)| *b == b'\n')
                .map(|(i, _)| i + 1),
        );
        let mut checkpoints = Vec::new();
        if !text.is_ascii() {
            let (mut chars, mut units) = (0, 0);
            for (i, c) in text.char_indices() {
                while checkpoints.len() * BLOCK <= i {
                    checkpoints.push((i, chars, units));
                }
                chars += 1;
                units += c.len_utf16();
            }
            checkpoints.push((text.len(), chars, units));
        }
        LineIndex {
            line_starts,
            checkpoints,
        }
    }

    /// Byte offset where the 0-based line `line0` starts.
    pub fn line_start(&self, line0: usize) -> usize {
        self.line_starts[line0.min(self.line_starts.len() - 1)]
    }

    /// Characters and UTF-16 units before byte `offset` (a character boundary).
    fn counts_before(&self, text: &str, offset: usize) -> (usize, usize) {
        if self.checkpoints.is_empty() {
            return (offset, offset);
        }
        let k = self
            .checkpoints
            .partition_point(|(byte, _, _)| *byte <= offset)
            .saturating_sub(1);
        let (byte, chars, units) = self.checkpoints[k];
        let rest = &text[byte..offset];
        (
            chars + rest.chars().count(),
            units + rest.encode_utf16().count(),
        )
    }

    /// The position of byte `offset` in `text` (clamped to the text and to a character boundary).
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line0 = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let (line_chars, line_units) = self.counts_before(text, self.line_starts[line0]);
        let (chars, units) = self.counts_before(text, offset);
        Position {
            line: line0 + 1,
            column: chars - line_chars + 1,
            column_utf16: units - line_units + 1,
            offset,
            offset_utf16: units,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_and_utf16_units() {
        let text = "ab\n全部复制 x\n😀y";
        let idx = LineIndex::new(text);
        let x = text.find('x').unwrap();
        let p = idx.position(text, x);
        assert_eq!((p.line, p.column, p.column_utf16), (2, 6, 6));
        let y = text.find('y').unwrap();
        let p = idx.position(text, y);
        assert_eq!((p.line, p.column, p.column_utf16), (3, 2, 3));
        let units: Vec<u16> = text.encode_utf16().collect();
        assert_eq!(units[p.offset_utf16], u16::from(b'y'));
    }

    #[test]
    fn long_non_ascii_lines_count_right_across_checkpoints() {
        let text = format!("a\n{}😀{}\nz", "全".repeat(300), "x".repeat(700));
        let idx = LineIndex::new(&text);
        for (i, _) in text.char_indices() {
            let p = idx.position(&text, i);
            let line_start = text[..i].rfind('\n').map_or(0, |n| n + 1);
            let prefix = &text[line_start..i];
            assert_eq!(p.column, prefix.chars().count() + 1, "at {i}");
            assert_eq!(p.column_utf16, prefix.encode_utf16().count() + 1, "at {i}");
            assert_eq!(p.offset_utf16, text[..i].encode_utf16().count(), "at {i}");
        }
    }

    #[test]
    fn offsets_inside_a_character_snap_back() {
        let text = "全x";
        let idx = LineIndex::new(text);
        assert_eq!(idx.position(text, 1).column, 1);
        assert_eq!(idx.position(text, 99).column, 3);
    }
}
