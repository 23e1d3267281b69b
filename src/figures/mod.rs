//! Figures: money, percentages, counts and quantities, with normalised values.
//!
//! One pass over each sentence's tokens: a sentence with no token that can begin a figure
//! (digits, a currency sign, a number word) is skipped; otherwise it is split once into
//! pieces ([`lexicon::lex`]) and the grammar ([`grammar`]) is tried at each token that can
//! begin a figure — digits, currency signs and codes, number words, qualifiers. Word tables
//! live in `data/` (currencies, scales, number words, units, qualifiers, people nouns and
//! the words that type their counts, words that rule a number out).
//!
//! Not figures: years, dates, times, durations (the dates extractor has them, and figures
//! overlapping its spans are dropped; the grammar also rules them out itself), ordinals,
//! numbers in names ("Boeing 747"), labels ("No. 10", "section 38"), ages ("Smith, 65,"),
//! phone, list and address numbers.

mod grammar;
mod lexicon;
mod numbers;
mod window;

use crate::document::Document;
use crate::extract::{Analysis, Extractor, Options};
use crate::segment::TokenKind;
use crate::span::Span;
use lexicon::{LEADS, Lexicon, NUMERIC, Piece, PieceKind};
use serde::Serialize;
use window::Win;

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
pub struct FigureExtractor {
    lx: Lexicon,
}

impl FigureExtractor {
    /// Loads the word tables.
    pub fn new(_opts: &Options) -> Self {
        FigureExtractor {
            lx: Lexicon::load(),
        }
    }

    /// Flags of token text `t`: NUMERIC when it can begin a figure by itself, LEADS when it
    /// can lead one (a qualifier, a currency code).
    fn token_flags(&self, t: &str, kind: TokenKind) -> u8 {
        let Some(c) = t.chars().next() else {
            return 0;
        };
        if c.is_ascii_digit() {
            return NUMERIC;
        }
        match kind {
            TokenKind::Number | TokenKind::Symbol
                if t.chars().any(|c| CURRENCY_SIGNS.contains(&c)) =>
            {
                NUMERIC
            }
            TokenKind::Word => {
                if t.bytes().any(|b| b.is_ascii_digit()) {
                    return NUMERIC;
                }
                if CURRENCY_SIGNS.contains(&c) {
                    return NUMERIC;
                }
                // The first run of letters, lower-cased without allocating.
                let mut buf = [0u8; 24];
                let mut n = 0;
                for b in t.bytes() {
                    if b.is_ascii_alphabetic() {
                        if n == buf.len() {
                            return 0;
                        }
                        buf[n] = b.to_ascii_lowercase();
                        n += 1;
                    } else if b == b'.' && n > 0 {
                        continue;
                    } else if b >= 0x80 {
                        return 0;
                    } else {
                        break;
                    }
                }
                let w = std::str::from_utf8(&buf[..n]).unwrap_or("");
                self.lx.starts.get(w).copied().unwrap_or(0)
            }
            _ => 0,
        }
    }
}

/// Signs that make a token money by themselves.
const CURRENCY_SIGNS: &[char] = &[
    '$', '£', '€', '¥', '₹', '₪', '₩', '₽', '₺', '₦', '₱', '฿', '₴', '₫', '¢', '₡', '₾', '₭', '₸',
    '₿',
];

/// Scratch space reused across sentences.
#[derive(Default)]
struct Scratch {
    flags: Vec<u8>,
    pieces: Vec<Piece>,
    norms: String,
    first_piece: Vec<usize>,
}

impl Extractor for FigureExtractor {
    type Output = Vec<Figure>;

    fn extract(&self, doc: &Document, found: &Analysis) -> Vec<Figure> {
        let mut out: Vec<Figure> = Vec::new();
        let mut sc = Scratch::default();
        let pound_sign = memchr::memmem::find(doc.text.as_bytes(), "£".as_bytes()).is_some();
        let dates = &found.dates.items;
        for sent in &doc.sentences {
            let toks = &doc.tokens[sent.first..sent.last];
            sc.flags.clear();
            let mut any = false;
            for t in toks {
                let f = self.token_flags(t.span.slice(doc.text), t.kind);
                any |= f & NUMERIC != 0;
                sc.flags.push(f);
            }
            if !any {
                continue;
            }
            sc.pieces.clear();
            sc.norms.clear();
            sc.first_piece.clear();
            let mut prev_end = usize::MAX;
            for (i, t) in toks.iter().enumerate() {
                sc.first_piece.push(sc.pieces.len());
                let gap = t.span.start != prev_end;
                lexicon::lex(
                    t.span.slice(doc.text),
                    t.span.start,
                    i,
                    gap,
                    &mut sc.pieces,
                    &mut sc.norms,
                );
                prev_end = t.span.end;
            }
            let win = Win {
                text: doc.text,
                pieces: &sc.pieces,
                norms: &sc.norms,
                lx: &self.lx,
                pound_sign,
            };
            let mut source: Option<Option<String>> = None;
            // (index in `out`, end piece) of the last figure of this sentence
            let mut last: Option<(usize, usize)> = None;
            let mut t = 0;
            while t < toks.len() {
                let f = sc.flags[t];
                let lead = f & LEADS != 0
                    && sc.flags[t + 1..toks.len().min(t + 5)]
                        .iter()
                        .any(|&g| g & NUMERIC != 0);
                if f & NUMERIC == 0 && !lead {
                    t += 1;
                    continue;
                }
                let p = sc.first_piece[t];
                let Some(fd) = win.figure(p) else {
                    t += 1;
                    continue;
                };
                let span = win.span(fd.start, fd.end);
                if overlaps_date(dates, span) {
                    t += 1;
                    continue;
                }
                let mut fig = make_figure(doc.text, &win, &fd, span);
                // "£330 million ($417 million)": the second converts the first.
                if let Some((li, lend)) = last {
                    if fd.start > 0
                        && win.is(fd.start - 1, "(")
                        && lend + 1 == fd.start
                        && out[li].kind == fig.kind
                        && matches!(fig.kind, FigureKind::Money | FigureKind::Quantity)
                    {
                        fig.converted_from = Some(li);
                        // "76.40 kroner (dlrs 10.6) an hour": both are rates.
                        if win.is(fd.end, ")") {
                            if let Some((t, _)) = win.rate_after(fd.end + 1) {
                                for f in [&mut out[li], &mut fig] {
                                    let base = f.currency.or(f.unit).unwrap_or("count");
                                    f.unit = Some(grammar::intern(format!("{base}/{t}")));
                                    f.kind = FigureKind::Quantity;
                                }
                            }
                        }
                    }
                }
                if fig.category.is_some() {
                    fig.source = source.get_or_insert_with(|| according_to(&win)).clone();
                }
                out.push(fig);
                last = Some((out.len() - 1, fd.end));
                let mut end = fd.end;
                if let Some((a, b, v)) = fd.also {
                    let span = win.span(a, b);
                    out.push(Figure {
                        span,
                        text: span.slice(doc.text).to_string(),
                        kind: FigureKind::Number,
                        value: v,
                        ..blank(span)
                    });
                    last = Some((out.len() - 1, b));
                    end = b;
                }
                t = sc.pieces[end - 1].tok + 1;
            }
        }
        out
    }
}

fn blank(span: Span) -> Figure {
    Figure {
        span,
        text: String::new(),
        kind: FigureKind::Number,
        value: 0.0,
        currency: None,
        unit: None,
        approx: None,
        range: None,
        points: false,
        counted: None,
        category: None,
        source: None,
        converted_from: None,
    }
}

fn make_figure(text: &str, win: &Win, fd: &grammar::Found, span: Span) -> Figure {
    Figure {
        span,
        text: span.slice(text).to_string(),
        kind: fd.kind,
        value: fd.value,
        currency: fd.currency,
        unit: fd.unit,
        approx: fd.approx,
        range: fd.range.map(|(low, high)| ValueRange { low, high }),
        points: fd.points,
        counted: fd
            .counted
            .map(|(a, b)| win.span(a, b).slice(text).to_string()),
        category: fd.category,
        source: None,
        converted_from: None,
    }
}

/// "according to Israeli authorities": the words after "according to" up to the end of
/// the clause.
fn according_to(win: &Win) -> Option<String> {
    let n = win.len();
    let at = (0..n.saturating_sub(2))
        .find(|&p| win.is_word(p, "according") && win.is_word(p + 1, "to"))?;
    let start = at + 2;
    let mut end = start;
    while end < n && end < start + 10 {
        if win.kind(end) == Some(PieceKind::Sym) && !matches!(win.norm(end), "-" | "'" | "’" | "&")
        {
            break;
        }
        end += 1;
    }
    (end > start).then(|| win.span(start, end).slice(win.text).to_string())
}

/// Does `span` overlap a time expression? (`dates` are in text order.)
fn overlaps_date(dates: &[crate::dates::Timex], span: Span) -> bool {
    let i = dates.partition_point(|d| d.span.end <= span.start);
    dates[i..]
        .iter()
        .take_while(|d| d.span.start < span.end)
        .any(|d| d.span.overlaps(span))
}
