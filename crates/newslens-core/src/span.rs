//! Byte spans inside the text, and the code-point spans every output carries.

use serde::Serialize;

/// A half-open byte range `[start, end)` into an article's text. Internal coordinates:
/// outputs convert to code points with [`crate::Document::out_span`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span {
            start: start as u32,
            end: end as u32,
        }
    }
    /// Length in bytes.
    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }
    /// Whether the span is empty.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }
    /// The start as a `usize`.
    pub fn start(self) -> usize {
        self.start as usize
    }
    /// The end as a `usize`.
    pub fn end(self) -> usize {
        self.end as usize
    }
    /// The range, for slicing.
    pub fn range(self) -> std::ops::Range<usize> {
        self.start()..self.end()
    }
    /// Whether the two spans share at least one byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    /// Whether `other` lies inside this span.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

/// A span as the output contract gives it: code-point offsets and the text they cover.
/// The byte span is kept for analyzers that read another analyzer's output.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TextSpan {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// `text[start..end]` in code points.
    pub text: String,
    /// The same span in bytes (not serialized).
    #[serde(skip)]
    pub bytes: Span,
}

/// A code-point range without its text (for long spans such as sentences and evidence).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct OffsetSpan {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The same span in bytes (not serialized).
    #[serde(skip)]
    pub bytes: Span,
}
