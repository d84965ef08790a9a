//! A logical line: the pieces of physical lines BuildKit joins, with a map back to source offsets.

use crate::text::Span;

/// Joined text plus, for every piece, where it starts in the joined text and in the source.
#[derive(Debug, Default, Clone)]
pub struct LogicalLine {
    /// The joined text.
    pub text: String,
    segments: Vec<(usize, usize)>,
}

impl LogicalLine {
    /// Empty it, keeping its buffers.
    pub fn clear(&mut self) {
        self.text.clear();
        self.segments.clear();
    }

    /// Append `piece`, which starts at byte `source_offset` of the source.
    pub fn push(&mut self, piece: &str, source_offset: usize) {
        self.segments.push((self.text.len(), source_offset));
        self.text.push_str(piece);
    }

    /// The source offset of byte `offset` of the joined text.
    pub fn map(&self, offset: usize) -> usize {
        let i = match self.segments.binary_search_by(|(l, _)| l.cmp(&offset)) {
            Ok(i) => {
                // Several empty pieces may share an offset: take the last.
                let mut j = i;
                while j + 1 < self.segments.len() && self.segments[j + 1].0 == offset {
                    j += 1;
                }
                j
            }
            Err(0) => return offset,
            Err(i) => i - 1,
        };
        let (l, s) = self.segments[i];
        s + (offset - l)
    }

    /// The source span of the joined-text range `[start, end)`.
    pub fn span(&self, start: usize, end: usize) -> Span {
        if end <= start {
            return Span::empty(self.map(start));
        }
        Span::new(self.map(start), self.map(end - 1) + 1)
    }
}
