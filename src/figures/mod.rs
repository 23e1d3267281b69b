//! Figures: money, percentages, counts and quantities, with normalised values.

use crate::document::Document;
use crate::extract::{Analysis, Extractor, Options};
use crate::span::Span;
use serde::Serialize;

/// What a figure measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FigureKind {
    /// An amount of money: `value` in units of `currency`.
    Money,
    /// A percentage: `value` in percent.
    Percent,
    /// A cardinal number, possibly counting something.
    Number,
    /// A measure with a unit.
    Quantity,
}

/// The bounds of a range ("between 10 and 20").
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct ValueRange {
    /// Lower bound.
    pub low: f64,
    /// Upper bound.
    pub high: f64,
}

/// One figure.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Figure {
    /// Where it is, qualifier included ("up to £330 million").
    pub span: Span,
    /// The text at `span`.
    pub text: String,
    /// money, percent, number or quantity.
    pub kind: FigureKind,
    /// The value: 330000000 for "£330 million", 3.5 for "3.5%".
    pub value: f64,
    /// ISO 4217 code, for money.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<&'static str>,
    /// Normalised unit, for quantities.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<&'static str>,
    /// Qualifier: up_to, about, nearly, more_than, at_least, less_than, ...
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approx: Option<&'static str>,
    /// Bounds, for a range.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub range: Option<ValueRange>,
    /// True for "percentage points".
    #[serde(skip_serializing_if = "crate::record::is_false")]
    pub points: bool,
    /// The noun counted: "people", "dealerships".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub counted: Option<String>,
    /// For counts of people: killed, injured, arrested, ...
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<&'static str>,
    /// Who gives the count ("according to Israeli authorities").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Index (in `figures`) of the amount this one converts ("£330 million ($417 million)").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub converted_from: Option<usize>,
}

/// Finds figures.
pub struct FigureExtractor {}

impl FigureExtractor {
    /// Compiles the patterns.
    pub fn new(_opts: &Options) -> Self {
        FigureExtractor {}
    }
}

impl Extractor for FigureExtractor {
    type Output = Vec<Figure>;

    fn extract(&self, _doc: &Document, _found: &Analysis) -> Vec<Figure> {
        Vec::new()
    }
}
