//! The document every extractor reads: the text, its reference date and its segmentation.

use crate::segment::{self, Sentence, Token};
use crate::span::Span;
use jiff::civil::Date;
use std::ops::Range;

/// One article, segmented. Borrows its text; every span indexes it in bytes.
#[derive(Debug)]
pub struct Document<'t> {
    /// The decoded article text.
    pub text: &'t str,
    /// The publication date from the input (or `--published`), if known.
    pub published: Option<Date>,
    /// Paragraph spans, in order.
    pub paragraphs: Vec<Span>,
    /// Sentences, in order.
    pub sentences: Vec<Sentence>,
    /// Tokens, in order.
    pub tokens: Vec<Token>,
}

impl<'t> Document<'t> {
    /// Segments `text`.
    pub fn new(text: &'t str, published: Option<Date>) -> Self {
        Self::with_wrap(text, published, segment::Wrap::Full)
    }

    /// Segments `text` with the given reading of hard-wrapped text.
    pub fn with_wrap(text: &'t str, published: Option<Date>, wrap: segment::Wrap) -> Self {
        let seg = segment::segment_with(text, wrap);
        Document {
            text,
            published,
            paragraphs: seg.paragraphs,
            sentences: seg.sentences,
            tokens: seg.tokens,
        }
    }

    /// The text of a span.
    #[inline]
    pub fn slice(&self, span: Span) -> &'t str {
        span.slice(self.text)
    }

    /// The text of token `i`.
    #[inline]
    pub fn token_text(&self, i: usize) -> &'t str {
        self.tokens[i].span.slice(self.text)
    }

    /// The tokens of sentence `i`.
    #[inline]
    pub fn sentence_tokens(&self, i: usize) -> &[Token] {
        let s = &self.sentences[i];
        &self.tokens[s.first..s.last]
    }

    /// Index of the sentence containing byte `at` (or the last one starting before it).
    pub fn sentence_at(&self, at: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.start <= at);
        i.checked_sub(1)
    }

    /// The range of token indices whose spans lie inside `span`.
    pub fn tokens_in(&self, span: Span) -> Range<usize> {
        let a = self.tokens.partition_point(|t| t.span.start < span.start);
        let b = self.tokens.partition_point(|t| t.span.end <= span.end);
        a..b.max(a)
    }

    /// Index of the first token starting at or after byte `at`.
    pub fn token_from(&self, at: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < at)
    }

    /// Number of tokens that are words or numbers.
    pub fn word_count(&self) -> usize {
        use segment::TokenKind::*;
        self.tokens
            .iter()
            .filter(|t| matches!(t.kind, Word | Number | Url | Email | Handle | Hashtag))
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups() {
        let text = "He said “yes”. She left £5 behind.";
        let doc = Document::new(text, None);
        assert_eq!(doc.sentences.len(), 2);
        let pound = text.find('£').unwrap();
        assert_eq!(doc.sentence_at(pound), Some(1));
        assert_eq!(doc.sentence_at(0), Some(0));
        let r = doc.tokens_in(Span::new(0, text.find('.').unwrap()));
        let words: Vec<&str> = r.map(|i| doc.token_text(i)).collect();
        assert_eq!(words, vec!["He", "said", "“", "yes", "”"]);
        assert_eq!(doc.token_text(doc.token_from(pound)), "£5");
        assert_eq!(doc.word_count(), 7);
    }
}
