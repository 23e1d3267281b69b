//! Quotations, who said them, and the reporting cue.

use crate::document::Document;
use crate::extract::{Analysis, Extractor, Options};
use crate::record::Mention;
use crate::span::Span;
use serde::Serialize;

/// What kind of quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A full quoted statement.
    Direct,
    /// Quoted words inside reported speech.
    Partial,
    /// A quoted term ("described as a “blockade”").
    Scare,
    /// A title of a work.
    Title,
}

/// What kind of source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerType {
    /// A person.
    Person,
    /// An organisation.
    Organization,
    /// A group of people.
    Group,
    /// A document: a statement, a press release, a report.
    Document,
    /// Not known.
    Unknown,
}

/// Who said it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Speaker {
    /// The words that name the source, as written ("he", "Zara").
    pub span: Span,
    /// The text at `span`.
    pub text: String,
    /// Who that is, resolved within the article ("Alex Karp"), if known.
    pub name: Option<String>,
    /// person, organization, group, document or unknown.
    #[serde(rename = "type")]
    pub kind: SpeakerType,
    /// Role or affiliation given with the attribution.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Names of organisations (from `organizations`) the speaker is tied to.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub organizations: Vec<String>,
}

/// One quotation.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Quote {
    /// The quoted words, inside the marks.
    pub span: Span,
    /// The text at `span`.
    pub text: String,
    /// direct, partial, scare or title.
    pub kind: QuoteKind,
    /// The source, if found.
    pub speaker: Option<Speaker>,
    /// The reporting verb or phrase ("said", "according to").
    pub cue: Option<Mention>,
}

/// Finds quotations.
pub struct QuoteExtractor {}

impl QuoteExtractor {
    /// Compiles the patterns.
    pub fn new(_opts: &Options) -> Self {
        QuoteExtractor {}
    }
}

impl Extractor for QuoteExtractor {
    type Output = Vec<Quote>;

    fn extract(&self, _doc: &Document, _found: &Analysis) -> Vec<Quote> {
        Vec::new()
    }
}
