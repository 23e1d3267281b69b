//! Dates and time expressions, typed and normalised as TimeML TIMEX3 against the
//! publication date.
//!
//! One pass over the tokens: each token is tagged once from the word tables in `data/`
//! (months, weekdays, number words, units, holidays, ...), and matching starts only at
//! tokens that can begin a time expression (numbers, words of the tables, a few
//! keywords). At each such token the grammar ([`grammar`]) takes the longest expression
//! and resolves it against the reference date: the record's publication date, else the
//! dateline the article starts with ("LONDON, Dec 18 (Reuters) -", "May 14, 2009").
//! Weekdays and months without a year are placed by the tense of their clause ("protested
//! on Monday" is the Monday before, "will meet on Monday" the one after). Without a
//! reference date, relative expressions keep X placeholders and `resolved: false`.

mod calendar;
mod grammar;
mod lexicon;
mod tokens;
mod validate;

pub use validate::is_valid_value;

use crate::document::Document;
use crate::extract::{Analysis, Extractor, Options};
use crate::span::Span;
use grammar::Parser;
use jiff::civil::Date;
use serde::Serialize;
use tokens::{Kind, Tk};

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
pub struct DateExtractor {
    order: DateOrder,
}

impl DateExtractor {
    /// Loads the word tables.
    pub fn new(opts: &Options) -> Self {
        std::sync::LazyLock::force(&lexicon::LEXICON);
        DateExtractor {
            order: opts.date_order,
        }
    }
}

/// Can token `t` begin a time expression?
fn is_trigger(text: &str, toks: &[Tk], i: usize) -> bool {
    let t = &toks[i];
    match t.kind {
        Kind::Num => true,
        Kind::Word => {
            !t.entries.is_empty() || {
                let s = t.span.slice(text).as_bytes();
                s.len() <= 6
                    && matches!(s[0], b'F' | b'Q' | b'H' | b'f' | b'q' | b'h')
                    && s.iter().any(u8::is_ascii_digit)
            }
        }
        // "'80s", "'98"
        Kind::Poss | Kind::Punct => toks.get(i + 1).is_some_and(|n| n.kind == Kind::Num),
        _ => false,
    }
}

/// The date of a dateline the article starts with: "LONDON, Dec 18 2023 (Reuters) -",
/// "SALVADOR, Feb 26, 1987 -", "May 14, 2009". Only a date with its year can serve as the
/// reference date.
fn dateline(text: &str, toks: &[Tk], sents: &[(usize, usize)], order: DateOrder) -> Option<Date> {
    let limit = toks.len().min(40);
    let p = Parser::new(text, toks, sents, None, order);
    let full = |m: &grammar::M| -> Option<Date> {
        let v = m.value.as_bytes();
        if m.kind != TimexType::Date || v.len() != 10 || v[0] == b'X' {
            return None;
        }
        Date::new(
            m.value[..4].parse().ok()?,
            m.value[5..7].parse().ok()?,
            m.value[8..10].parse().ok()?,
        )
        .ok()
    };
    // A date opening the text.
    if let Some(m) = (!toks.is_empty()).then(|| p.parse(0)).flatten()
        && let Some(d) = full(&m)
    {
        return Some(d);
    }
    // "PLACE[, Region], DATE [(Agency)] -"
    for k in 1..limit {
        let t = &toks[k];
        if t.span.slice(text) != "," {
            continue;
        }
        let prev = toks[k - 1].span.slice(text);
        if !prev.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        let Some(m) = p.parse(k + 1) else { continue };
        let next = toks.get(m.end).map_or("", |n| n.span.slice(text));
        if matches!(next, "(" | "-" | "--" | "–" | "—" | "_" | ":")
            && let Some(d) = full(&m)
        {
            return Some(d);
        }
    }
    None
}

impl Extractor for DateExtractor {
    type Output = Dates;

    fn extract(&self, doc: &Document, _found: &Analysis) -> Dates {
        let mut toks = Vec::new();
        let mut sents = Vec::new();
        tokens::build(doc, &mut toks, &mut sents);
        let dateline = dateline(doc.text, &toks, &sents, self.order);
        let dct = doc.published.or(dateline);
        let mut parser = Parser::new(doc.text, &toks, &sents, dct, self.order);
        let mut items = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            if !is_trigger(doc.text, &toks, i) {
                i += 1;
                continue;
            }
            let Some(m) = parser.parse(i).filter(|m| m.end > i && m.end <= toks.len()) else {
                i += 1;
                continue;
            };
            let span = Span::new(toks[i].span.start, toks[m.end - 1].span.end);
            debug_assert!(is_valid_value(&m.value), "bad TIMEX3 value {:?}", m.value);
            parser.note(i, &m);
            items.push(Timex {
                span,
                text: doc.slice(span).to_owned(),
                kind: m.kind,
                value: m.value,
                modifier: m.modifier,
                resolved: m.resolved,
            });
            i = m.end;
        }
        Dates { items, dateline }
    }
}
