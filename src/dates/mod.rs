//! Dates and time expressions, typed and normalised as TimeML TIMEX3 against the
//! publication date.

use crate::document::Document;
use crate::extract::{Analysis, Extractor, Options};
use crate::span::Span;
use jiff::civil::Date;
use serde::Serialize;

/// How all-numeric dates (2/11/2023) are read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum DateOrder {
    /// Only when unambiguous (a part above 12).
    #[default]
    Auto,
    /// Day first: 2/11/2023 is 2 November.
    Dmy,
    /// Month first: 2/11/2023 is February 11.
    Mdy,
}

/// The TIMEX3 type of a time expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum TimexType {
    /// A calendar date or period: "2 November", "2023", "last week".
    #[serde(rename = "DATE")]
    Date,
    /// A time of day: "3pm", "Monday morning".
    #[serde(rename = "TIME")]
    Time,
    /// A length of time: "seven years".
    #[serde(rename = "DURATION")]
    Duration,
    /// A recurrence: "every Monday", "annually".
    #[serde(rename = "SET")]
    Set,
}

/// One time expression.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Timex {
    /// Where it is.
    pub span: Span,
    /// The text at `span`.
    pub text: String,
    /// DATE, TIME, DURATION or SET.
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// The TIMEX3 value: "2023-11-02", "XXXX-WXX-1", "P7Y", "PRESENT_REF", ...
    pub value: String,
    /// TIMEX3 modifier: START, MID, END, APPROX, BEFORE, AFTER, ...
    #[serde(rename = "mod", skip_serializing_if = "Option::is_none")]
    pub modifier: Option<&'static str>,
    /// False when the value depends on a reference date that was not known.
    #[serde(skip_serializing_if = "crate::record::is_true")]
    pub resolved: bool,
}

/// The dates of one document.
#[derive(Clone, Debug, Default)]
pub struct Dates {
    /// Time expressions, in text order.
    pub items: Vec<Timex>,
    /// The date of a dateline the article starts with ("LONDON, Dec 18 (Reuters) -").
    pub dateline: Option<Date>,
}

/// Finds time expressions.
pub struct DateExtractor {}

impl DateExtractor {
    /// Compiles the patterns.
    pub fn new(_opts: &Options) -> Self {
        DateExtractor {}
    }
}

impl Extractor for DateExtractor {
    type Output = Dates;

    fn extract(&self, _doc: &Document, _found: &Analysis) -> Dates {
        Dates::default()
    }
}
