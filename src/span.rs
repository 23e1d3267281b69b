//! Spans into an article's text, and their conversion to the output offset unit.
//!
//! Inside the library every span is a half-open range of **byte** offsets into the decoded
//! text, so it slices a `&str` directly. Consumers mostly want other units (Python and jq
//! count code points, JavaScript counts UTF-16 units), so the conversion happens once per
//! article, at output, through an [`OffsetMap`] built in one pass over the text.

use serde::{Serialize, Serializer};
use std::cell::RefCell;
use std::ops::Range;

/// A half-open range of byte offsets into a text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    #[inline]
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Length in bytes.
    #[inline]
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers nothing.
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The byte range, for slicing.
    #[inline]
    pub const fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The text this span covers.
    ///
    /// # Panics
    /// When the span is out of bounds or not on character boundaries: spans made by this
    /// crate never are.
    #[inline]
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// True when the two spans share at least one byte.
    #[inline]
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies inside this span.
    #[inline]
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The smallest span covering both.
    #[inline]
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// This span with white space trimmed from both ends.
    pub fn trim(&self, text: &str) -> Span {
        let s = self.slice(text);
        let start = self.start + (s.len() - s.trim_start().len());
        let end = self.end - (s.len() - s.trim_end().len());
        Span::new(start, end.max(start))
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Self {
        Span::new(r.start, r.end)
    }
}

/// The unit offsets are written in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum OffsetUnit {
    /// Unicode code points (Python `str` indices). The default.
    #[default]
    Chars,
    /// UTF-8 bytes (Rust, Go, byte-oriented tools).
    Bytes,
    /// UTF-16 code units (JavaScript, Java, C#).
    Utf16,
}

/// Maps byte offsets of one text to offsets in another unit.
///
/// Only the non-ASCII characters are recorded: after each, the target offset falls behind
/// the byte offset by a little more. News text is mostly ASCII, so the map is short and
/// costs no more than one scan of the text.
#[derive(Debug, Default)]
pub struct OffsetMap {
    /// `(byte, lag)`, by byte: from `byte` up to the next entry's, the offset in the target
    /// unit is the byte offset minus `lag`. Empty means identity.
    steps: Vec<(u32, u32)>,
}

impl OffsetMap {
    /// Builds the map for `text` in one pass. ASCII text and byte offsets need no map.
    pub fn new(text: &str, unit: OffsetUnit) -> Self {
        let mut steps = Vec::new();
        if unit == OffsetUnit::Bytes {
            return OffsetMap { steps };
        }
        let bytes = text.as_bytes();
        let mut lag = 0u32;
        let mut i = 0;
        while let Some(k) = bytes[i..].iter().position(|b| !b.is_ascii()) {
            let at = i + k;
            let c = text[at..].chars().next().expect("a character starts here");
            let len = c.len_utf8();
            lag += (len
                - match unit {
                    OffsetUnit::Utf16 => c.len_utf16(),
                    _ => 1,
                }) as u32;
            steps.push(((at + len) as u32, lag));
            i = at + len;
        }
        OffsetMap { steps }
    }

    /// The offset of byte `b` (a character boundary) in the target unit.
    #[inline]
    pub fn get(&self, b: usize) -> usize {
        let k = self.steps.partition_point(|&(at, _)| at as usize <= b);
        match k {
            0 => b,
            _ => b - self.steps[k - 1].1 as usize,
        }
    }

    /// Converts a span.
    #[inline]
    pub fn span(&self, s: Span) -> [usize; 2] {
        [self.get(s.start), self.get(s.end)]
    }
}

thread_local! {
    static ACTIVE: RefCell<Option<OffsetMap>> = const { RefCell::new(None) };
}

/// Runs `f` with `map` as the conversion applied when a [`Span`] is serialized on this
/// thread, and returns the map for reuse. Outside such a call spans serialize as bytes.
pub fn with_offsets<R>(map: OffsetMap, f: impl FnOnce() -> R) -> (R, OffsetMap) {
    ACTIVE.with(|a| *a.borrow_mut() = Some(map));
    let r = f();
    let map = ACTIVE.with(|a| a.borrow_mut().take()).unwrap_or_default();
    (r, map)
}

/// Converts a span with the active [`OffsetMap`] (bytes when none is active).
#[inline]
pub fn convert(span: Span) -> [usize; 2] {
    ACTIVE.with(|a| match a.borrow().as_ref() {
        Some(m) => m.span(span),
        None => [span.start, span.end],
    })
}

impl Serialize for Span {
    /// Serializes as `[start, end]` in the unit of the active [`OffsetMap`].
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        convert(*self).serialize(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_in_every_unit() {
        // £ is 2 bytes, 1 char, 1 UTF-16 unit; 😀 is 4 bytes, 1 char, 2 UTF-16 units;
        // the no-break space is 2 bytes.
        let text = "£330\u{a0}m 😀 “ok”";
        let ok = text.find("ok").unwrap();
        let span = Span::new(ok, ok + 2);
        let cases = [
            (OffsetUnit::Bytes, [ok, ok + 2]),
            (OffsetUnit::Chars, [10, 12]),
            (OffsetUnit::Utf16, [11, 13]),
        ];
        for (unit, want) in cases {
            let map = OffsetMap::new(text, unit);
            assert_eq!(map.span(span), want, "{unit:?}");
        }
        let chars: Vec<char> = text.chars().collect();
        let s: String = chars[10..12].iter().collect();
        assert_eq!(s, "ok");
    }

    #[test]
    fn every_boundary_maps_like_counting_units() {
        let text = "a£b\u{a0}€€😀x “q” 日本語é\u{301}z";
        for unit in [OffsetUnit::Chars, OffsetUnit::Utf16, OffsetUnit::Bytes] {
            let map = OffsetMap::new(text, unit);
            for (b, _) in text.char_indices().chain([(text.len(), ' ')]) {
                let want = match unit {
                    OffsetUnit::Chars => text[..b].chars().count(),
                    OffsetUnit::Utf16 => text[..b].encode_utf16().count(),
                    OffsetUnit::Bytes => b,
                };
                assert_eq!(map.get(b), want, "{unit:?} at byte {b}");
            }
        }
    }

    #[test]
    fn serializes_through_active_map() {
        let text = "€5 and “x”";
        let x = text.find('x').unwrap();
        let span = Span::new(x, x + 1);
        assert_eq!(
            serde_json::to_string(&span).unwrap(),
            format!("[{x},{}]", x + 1)
        );
        let map = OffsetMap::new(text, OffsetUnit::Chars);
        let (json, _) = with_offsets(map, || serde_json::to_string(&span).unwrap());
        assert_eq!(json, "[8,9]");
    }

    #[test]
    fn trim_and_relations() {
        let text = "  a b  ";
        let s = Span::new(0, text.len()).trim(text);
        assert_eq!(s.slice(text), "a b");
        assert!(Span::new(0, 5).overlaps(Span::new(4, 6)));
        assert!(!Span::new(0, 4).overlaps(Span::new(4, 6)));
        assert!(Span::new(0, 6).contains(Span::new(4, 6)));
        assert_eq!(Span::new(3, 4).cover(Span::new(1, 2)), Span::new(1, 4));
    }
}
