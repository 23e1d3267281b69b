//! The pieces of one sentence and the lookups the grammar makes on them.

use super::lexicon::{Lexicon, Phrases, Piece, PieceKind};

/// One sentence, lexed into pieces.
pub(crate) struct Win<'a> {
    pub text: &'a str,
    pub pieces: &'a [Piece],
    pub norms: &'a str,
    pub lx: &'a Lexicon,
    /// The article uses "£" (so "pounds" are more likely money than weight).
    pub pound_sign: bool,
    /// The countries of shared currency names the article names, read so far.
    pub places: &'a std::cell::RefCell<super::lexicon::Places>,
}

impl<'a> Win<'a> {
    #[inline]
    pub fn len(&self) -> usize {
        self.pieces.len()
    }

    #[inline]
    pub fn kind(&self, p: usize) -> Option<PieceKind> {
        self.pieces.get(p).map(|x| x.kind)
    }

    /// The text of piece `p` as written ("" past the end).
    #[inline]
    pub fn raw(&self, p: usize) -> &'a str {
        self.pieces
            .get(p)
            .map_or("", |x| &self.text[x.start..x.end])
    }

    /// The normalised text of piece `p` ("" past the end).
    #[inline]
    pub fn norm(&self, p: usize) -> &'a str {
        self.pieces
            .get(p)
            .map_or("", |x| &self.norms[x.norm.0 as usize..x.norm.1 as usize])
    }

    /// Piece `p` exists and follows the one before it with no space.
    #[inline]
    pub fn attached(&self, p: usize) -> bool {
        self.pieces.get(p).is_some_and(|x| !x.gap)
    }

    /// Piece `p` is the symbol or word `s` (normalised).
    #[inline]
    pub fn is(&self, p: usize, s: &str) -> bool {
        self.norm(p) == s
    }

    /// Piece `p` is the word `s` (normalised).
    #[inline]
    pub fn is_word(&self, p: usize, s: &str) -> bool {
        self.kind(p) == Some(PieceKind::Alpha) && self.norm(p) == s
    }

    #[inline]
    pub fn is_alpha(&self, p: usize) -> bool {
        self.kind(p) == Some(PieceKind::Alpha)
    }

    /// Piece `p` is a word written with a capital first letter.
    pub fn capitalized(&self, p: usize) -> bool {
        self.is_alpha(p) && self.raw(p).chars().next().is_some_and(char::is_uppercase)
    }

    /// Piece `p` is the last of its token.
    #[inline]
    pub fn token_end(&self, p: usize) -> bool {
        match (self.pieces.get(p), self.pieces.get(p + 1)) {
            (Some(a), Some(b)) => a.tok != b.tok,
            _ => true,
        }
    }

    /// The longest entry of `table` starting at piece `p`: its value and the piece after it.
    /// Pieces of one entry may be separated by spaces only where the entry has them, or
    /// not at all ("km/h", "km / h").
    pub fn phrase<T>(&self, table: &'a Phrases<T>, p: usize) -> Option<(&'a T, usize)> {
        self.phrases(table, p).next()
    }

    /// Every entry of `table` written at piece `p`, longest first, with the piece after
    /// each.
    pub fn phrases<T>(
        &self,
        table: &'a Phrases<T>,
        p: usize,
    ) -> impl Iterator<Item = (&'a T, usize)> + '_ {
        let entries = if p < self.len() {
            table.get(self.norm(p))
        } else {
            &[]
        };
        entries.iter().filter_map(move |(rest, value)| {
            let mut q = p + 1;
            for w in rest.iter() {
                // The period of an abbreviation inside a phrase: "U.S. cents".
                if self.is(q, ".") && self.attached(q) && self.is_alpha(q - 1) {
                    q += 1;
                }
                // A hyphen joining its words: "square-foot", "metric-ton".
                if self.is(q, "-") && self.attached(q) && self.attached(q + 1) && w != "-" {
                    q += 1;
                }
                if self.norm(q) != w {
                    return None;
                }
                q += 1;
            }
            Some((value, q))
        })
    }

    /// The byte span of pieces `a..b`.
    pub fn span(&self, a: usize, b: usize) -> crate::span::Span {
        crate::span::Span::new(self.pieces[a].start, self.pieces[b - 1].end)
    }
}
