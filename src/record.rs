//! The output record (format `newsfacts/1`): one JSON object per input article.
//!
//! See the crate documentation for the format. Spans are serialized in the unit chosen with
//! `--offsets` (see [`crate::span`]).

use crate::document::Document;
use crate::extract::Analysis;
use crate::segment::Token;
use crate::span::{self, OffsetMap, OffsetUnit, Span};
use serde::Serialize;
use serde::ser::{SerializeSeq, Serializer};

/// The schema name written in every record.
pub const SCHEMA: &str = "newsfacts/1";

/// A piece of the article text: where it is and what it says.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Mention {
    /// Where it is.
    pub span: Span,
    /// The article text at `span`.
    pub text: String,
}

impl Mention {
    /// The mention of `span` in `text`.
    pub fn new(span: Span, text: &str) -> Self {
        Mention {
            span,
            text: span.slice(text).to_owned(),
        }
    }
}

/// Something worth knowing about an article that did not stop it being processed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Warning {
    /// A stable code: `decoded`, `mojibake`, `control_characters`, `bad_published`, ...
    pub code: &'static str,
    /// What happened, for people.
    pub message: String,
    /// Where, when the warning is about a piece of text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// The text at `span`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

impl Warning {
    /// A warning about the whole article.
    pub fn new(code: &'static str, message: impl Into<String>) -> Self {
        Warning {
            code,
            message: message.into(),
            span: None,
            text: None,
        }
    }

    /// A warning about the text at `span`.
    pub fn at(code: &'static str, message: impl Into<String>, span: Span, text: &str) -> Self {
        Warning {
            code,
            message: message.into(),
            span: Some(span),
            text: Some(span.slice(text).to_owned()),
        }
    }
}

/// Counts describing the article.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Stats {
    /// UTF-8 bytes of the decoded text.
    pub bytes: usize,
    /// Unicode code points.
    pub chars: usize,
    /// Paragraphs.
    pub paragraphs: usize,
    /// Sentences.
    pub sentences: usize,
    /// Tokens of every kind.
    pub tokens: usize,
    /// Tokens that are words, numbers, addresses, handles or hashtags.
    pub words: usize,
}

impl Stats {
    /// The counts for a segmented document.
    pub fn of(doc: &Document) -> Self {
        Stats {
            bytes: doc.text.len(),
            chars: doc.text.chars().count(),
            paragraphs: doc.paragraphs.len(),
            sentences: doc.sentences.len(),
            tokens: doc.tokens.len(),
            words: doc.word_count(),
        }
    }
}

/// What the record includes beyond the findings.
#[derive(Clone, Copy, Debug, Default)]
pub struct OutputOptions {
    /// Offset unit.
    pub offsets: OffsetUnit,
    /// Add `tokens`.
    pub tokens: bool,
    /// Add `sentences`.
    pub sentences: bool,
    /// Indent the JSON.
    pub pretty: bool,
}

/// Tokens are written as `[start, end, kind]`, offsets in the active unit.
struct TokenOut<'a>(&'a [Token]);

impl Serialize for TokenOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.0.len()))?;
        for t in self.0 {
            let [a, b] = span::convert(t.span);
            seq.serialize_element(&(a, b, t.kind.as_str()))?;
        }
        seq.end()
    }
}

struct Sentences<'a>(&'a [crate::segment::Sentence]);

impl Serialize for Sentences<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(|x| x.span))
    }
}

#[derive(Serialize)]
struct Record<'a> {
    schema: &'static str,
    id: &'a str,
    published: Option<String>,
    stats: Stats,
    quotes: &'a [crate::quotes::Quote],
    figures: &'a [crate::figures::Figure],
    dates: &'a [crate::dates::Timex],
    organizations: &'a [crate::entities::Entity],
    people: &'a [crate::entities::Entity],
    places: &'a [crate::entities::Entity],
    warnings: &'a [Warning],
    #[serde(skip_serializing_if = "Option::is_none")]
    tokens: Option<TokenOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sentences: Option<Sentences<'a>>,
}

#[derive(Serialize)]
struct ErrorRecord<'a> {
    schema: &'static str,
    id: &'a str,
    error: &'a str,
}

fn write_json<T: Serialize>(value: &T, pretty: bool, buf: &mut Vec<u8>) {
    let r = if pretty {
        serde_json::to_writer_pretty(&mut *buf, value)
    } else {
        serde_json::to_writer(&mut *buf, value)
    };
    // Serializing plain structs of strings and numbers into a Vec cannot fail.
    r.expect("record serializes");
    buf.push(b'\n');
}

/// Appends the record of one article to `buf`, one line (or indented, with `pretty`).
pub fn write_record(
    id: &str,
    published: Option<jiff::civil::Date>,
    doc: &Document,
    found: &Analysis,
    warnings: &[Warning],
    opts: &OutputOptions,
    buf: &mut Vec<u8>,
) {
    let record = Record {
        schema: SCHEMA,
        id,
        published: published.map(|d| d.to_string()),
        stats: Stats::of(doc),
        quotes: &found.quotes,
        figures: &found.figures,
        dates: &found.dates.items,
        organizations: &found.entities.organizations,
        people: &found.entities.people,
        places: &found.entities.places,
        warnings,
        tokens: opts.tokens.then_some(TokenOut(&doc.tokens)),
        sentences: opts.sentences.then_some(Sentences(&doc.sentences)),
    };
    let map = OffsetMap::new(doc.text, opts.offsets);
    span::with_offsets(map, || write_json(&record, opts.pretty, buf));
}

/// Appends the error record of an article that could not be processed.
pub fn write_error(id: &str, error: &str, pretty: bool, buf: &mut Vec<u8>) {
    write_json(
        &ErrorRecord {
            schema: SCHEMA,
            id,
            error,
        },
        pretty,
        buf,
    );
}

/// For `skip_serializing_if`: true when the flag is false.
pub fn is_false(b: &bool) -> bool {
    !*b
}

/// For `skip_serializing_if`: true when the flag is true.
pub fn is_true(b: &bool) -> bool {
    *b
}
