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
//! numbers in names ("Boeing 747"), labels ("No. 10", "section 38"), phone, list and
//! address numbers. Ages are quantities in years (months, weeks or days for the young):
//! "a 43-year-old", "52 years old", "aged 43", "at the age of 99", "Zhivka Savic, 65,".

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
    /// For a price, what it is per: "barrels" for "$18 a barrel", "share" for "12 cts a
    /// share" (a unit's normalised form, else the noun).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per: Option<String>,
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
    fn token_flags(&self, text: &str, span: Span, kind: TokenKind) -> u8 {
        let b = &text.as_bytes()[span.range()];
        let Some(&b0) = b.first() else {
            return 0;
        };
        if b0.is_ascii_digit() {
            return NUMERIC;
        }
        // The first character, decoded only when it is not ASCII.
        let first_char = || span.slice(text).chars().next().unwrap_or(' ');
        match kind {
            TokenKind::Number | TokenKind::Symbol
                if span
                    .slice(text)
                    .chars()
                    .any(|c| CURRENCY_SIGNS.contains(&c)) =>
            {
                NUMERIC
            }
            TokenKind::Word => {
                let first = b0.to_ascii_lowercase();
                if !first.is_ascii_lowercase() {
                    let c = if b0.is_ascii() {
                        char::from(b0)
                    } else {
                        first_char()
                    };
                    return if CURRENCY_SIGNS.contains(&c) {
                        NUMERIC
                    } else {
                        0
                    };
                }
                // Most words are a few letters and no start word: rule them out at once.
                if short_letters(text.as_bytes(), span)
                    && !self
                        .lx
                        .may_start(first, b.get(1).map(u8::to_ascii_lowercase), b.len())
                {
                    return 0;
                }
                // The first run of letters (periods skipped) must be the length of a start
                // word; a digit anywhere before the run ends ("RM50,000") makes the token
                // numeric.
                let mut n = 0;
                let mut second = None;
                // The packed key of the first eight letters (most words have no more).
                let mut short_key = 0u64;
                for &x in b {
                    if x.is_ascii_alphabetic() {
                        n += 1;
                        if n > 16 {
                            return 0;
                        }
                        let lower = x.to_ascii_lowercase();
                        if n == 2 {
                            second = Some(lower);
                        }
                        if n <= 8 {
                            short_key = (short_key << 8) | u64::from(lower);
                        }
                    } else if x.is_ascii_digit() {
                        return NUMERIC;
                    } else if x >= 0x80 {
                        return 0;
                    } else if x != b'.' {
                        break;
                    }
                }
                if !self.lx.may_start(first, second, n) {
                    return 0;
                }
                // The run, lower-cased and packed into an integer key.
                let mut key = u128::from(short_key);
                if n > 8 {
                    key = 0;
                    for &x in b {
                        if x.is_ascii_alphabetic() {
                            key = (key << 8) | u128::from(x.to_ascii_lowercase());
                        } else if x != b'.' {
                            break;
                        }
                    }
                }
                self.lx.starts_packed.get(&key).copied().unwrap_or(0)
            }
            _ => 0,
        }
    }
}

/// Is the text at `span` one to eight ASCII letters? Tested eight bytes at once.
#[inline]
fn short_letters(text: &[u8], span: Span) -> bool {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let len = span.len();
    let Some(eight) = text.get(span.start..span.start + 8) else {
        return false;
    };
    if len == 0 || len > 8 {
        return false;
    }
    let x = u64::from_le_bytes(eight.try_into().expect("eight bytes"));
    // Per byte, lower-cased in its low seven bits (no sum below carries into the next
    // byte): 'a' <= y <= 'z', and the top bit clear.
    let y = (x | (LO * 0x20)) & !HI;
    let ge_a = (y + LO * (0x80 - u64::from(b'a'))) & HI;
    let gt_z = (y + LO * (0x80 - u64::from(b'z') - 1)) & HI;
    let letters = ge_a & !gt_z & !x & HI;
    let within = if len == 8 {
        HI
    } else {
        HI & ((1u64 << (8 * len)) - 1)
    };
    letters & within == within
}

/// Tokens lexed before the first and after the last token that can begin a figure.
const CONTEXT_BEFORE: usize = 8;
const CONTEXT_AFTER: usize = 16;

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
        // Scratch space reused from article to article on each thread.
        thread_local! {
            static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::default();
        }
        let mut sc = SCRATCH.with(|s| std::mem::take(&mut *s.borrow_mut()));
        let out = self.find(doc, found, &mut sc);
        SCRATCH.with(|s| *s.borrow_mut() = sc);
        out
    }
}

impl FigureExtractor {
    fn find(&self, doc: &Document, found: &Analysis, sc: &mut Scratch) -> Vec<Figure> {
        let mut out: Vec<Figure> = Vec::new();
        let pound_sign = memchr::memmem::find(doc.text.as_bytes(), "£".as_bytes()).is_some();
        let places = std::cell::RefCell::new(lexicon::Places::default());
        let dates = &found.dates.items;
        for sent in &doc.sentences {
            let toks = &doc.tokens[sent.first..sent.last];
            sc.flags.clear();
            let (mut lo, mut hi) = (usize::MAX, 0);
            for (i, t) in toks.iter().enumerate() {
                let f = self.token_flags(doc.text, t.span, t.kind);
                if f & NUMERIC != 0 {
                    lo = lo.min(i);
                    hi = i;
                }
                sc.flags.push(f);
            }
            if lo == usize::MAX {
                continue;
            }
            // Lex only around the tokens that can begin a figure: what comes before them
            // (qualifiers, category words) and after (scales, units, nouns).
            let lo = lo.saturating_sub(CONTEXT_BEFORE);
            let hi = (hi + CONTEXT_AFTER).min(toks.len());
            sc.pieces.clear();
            sc.norms.clear();
            sc.first_piece.clear();
            sc.first_piece.resize(lo, usize::MAX);
            let mut prev_end = usize::MAX;
            for (i, t) in toks.iter().enumerate().take(hi).skip(lo) {
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
                places: &places,
            };
            let mut source: Option<Option<String>> = None;
            // (index in `out`, end piece) of the last figure of this sentence
            let mut last: Option<(usize, usize)> = None;
            let mut t = lo;
            while t < hi {
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
                // (nor a pair read as a score whose second number is a time expression's:
                // "over the next 12-18 months" is no score of 12 and 18)
                let also_in_date = fd
                    .also
                    .is_some_and(|(a, b, _)| overlaps_date(dates, win.span(a, b)));
                if overlaps_date(dates, span)
                    || also_in_date
                    || names_number(doc.text, toks, &sc.pieces, &fd)
                {
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
        shared_percent(doc.text, &mut out);
        level_before_from(doc.text, &mut out);
        short_millions(doc.text, &mut out);
        shared_currency(doc.text, &mut out);
        self.shared_counts(doc.text, &mut out);
        self.statement_lines(doc.text, &mut out);
        out
    }

    /// Counts of people written together share what only one of them says: of two joined
    /// by "and" right after the first's noun ("killed 12 soldiers and 30 civilians", "12
    /// men and 3 women were arrested"), the one without a category takes the other's (a
    /// verb before the pair types the first, one after it the second). Not when a noun is
    /// itself typed ("12 injured and 30 dead": the category is the noun's), nor when the
    /// second counts no people ("employs 3,000 workers and 40 dealerships"). (The first of
    /// two alternatives, "two or three people", counts in the grammar.)
    fn shared_counts(&self, text: &str, out: &mut [Figure]) {
        for i in 1..out.len() {
            let (prev, cur) = (&out[i - 1], &out[i]);
            if prev.kind != FigureKind::Number
                || cur.kind != FigureKind::Number
                || prev.span.end > cur.span.start
                || prev.range.is_some()
            {
                continue;
            }
            let between = &text[prev.span.end..cur.span.start];
            // "At least 15 people died and 20 were wounded", "killed 30 soldiers and
            // wounded 40": a count typed by its verb but with no noun of its own,
            // joined by "and" to a count of people in the same clause, counts them too.
            if let (Some(a), None, Some(_), None) =
                (&prev.counted, &cur.counted, cur.category, cur.range)
                && prev.category.is_some()
                && self.lx.people.whole(a).is_some_and(|c| c.is_none())
                && between.trim_start().starts_with(a.as_str())
                && between.split_whitespace().any(|w| w == "and")
                && between.split_whitespace().count() <= 6
                && !between.contains(['.', ';', ':', '!', '?', '\n'])
                // (not "40 others": other people than those)
                && !text[cur.span.end..].trim_start().starts_with("other")
                && let Some(noun) = plural_for(a, prev.value, cur.value)
            {
                out[i].counted = Some(noun);
                continue;
            }
            let (Some(a), Some(b)) = (&prev.counted, &cur.counted) else {
                continue;
            };
            let joined = between
                .trim_start()
                .strip_prefix(a.as_str())
                .is_some_and(|rest| rest.trim() == "and");
            // (an untyped noun of people: the category can only come from a verb)
            let untyped = |noun: &str| self.lx.people.whole(noun).is_some_and(Option::is_none);
            if !joined || !untyped(a) || !untyped(b) {
                continue;
            }
            let (from, to) = match (prev.category, cur.category) {
                (Some(_), None) => (i - 1, i),
                (None, Some(_)) => (i, i - 1),
                _ => continue,
            };
            let (category, source) = (out[from].category, out[from].source.clone());
            out[to].category = category;
            if out[to].source.is_none() {
                out[to].source = source;
            }
        }
    }

    /// The lines of an earnings statement ("Net 807,000 vs 2,858,000", "Revs 337.3 mln vs
    /// 315.2 mln"): the bare amounts, in full or with a scale word, on a line that opens
    /// with a label of money and compares two periods are money, in the currency the
    /// article's other amounts are in ("Shr 34 cts vs 1.19 dlrs"). Not without such
    /// amounts, nor for counts ("Avg shrs 12.6 mln"), nor in a table whose scale is in its
    /// heading ("Turnover 115.259 vs 123.157").
    fn statement_lines(&self, text: &str, out: &mut [Figure]) {
        const MAX_LINE: usize = 160;
        let mut currencies: Vec<&'static str> = out
            .iter()
            .filter(|f| f.kind == FigureKind::Money)
            .filter_map(|f| f.currency)
            .collect();
        if currencies.is_empty() {
            return;
        }
        currencies.sort_unstable();
        // (the most frequent)
        let mut currency = currencies[0];
        let (mut best, mut run) = (0, 0);
        for (i, c) in currencies.iter().enumerate() {
            run = if i > 0 && currencies[i - 1] == *c {
                run + 1
            } else {
                1
            };
            if run > best {
                (best, currency) = (run, c);
            }
        }
        let lx = &self.lx;
        let word_ok = |w: &str, first: bool| {
            let bare = w.trim_end_matches([':', '.']);
            let label = lx
                .statement_labels
                .iter()
                .any(|l| l.eq_ignore_ascii_case(bare));
            if first {
                return label;
            }
            label
                || w.eq_ignore_ascii_case("vs")
                || w.eq_ignore_ascii_case("vs.")
                || w == "-"
                || lx.scales.contains_key(w)
                || w.bytes()
                    .all(|c| c.is_ascii_digit() || matches!(c, b',' | b'.' | b'-'))
        };
        for f in out.iter_mut() {
            if f.kind != FigureKind::Number || f.counted.is_some() || f.category.is_some() {
                continue;
            }
            // (amounts in full or with a scale word: "8.67" in a table "in billions of yen"
            // is not 8.67 yen)
            let whole = f.text.contains(char::is_whitespace) || !f.text.contains('.');
            // (a statement line is short: look no further than that, so that a long text on
            // one line is read once)
            let bytes = text.as_bytes();
            let from = f.span.start.saturating_sub(MAX_LINE);
            let Some(line) = memchr::memrchr(b'\n', &bytes[from..f.span.start])
                .map(|p| from + p + 1)
                .or((from == 0).then_some(0))
            else {
                continue;
            };
            let to = (f.span.end + MAX_LINE).min(text.len());
            let Some(line_end) = memchr::memchr(b'\n', &bytes[f.span.end..to])
                .map(|p| f.span.end + p)
                .or((to == text.len()).then_some(to))
            else {
                continue;
            };
            let compared = text[line..line_end]
                .split_whitespace()
                .any(|w| w.eq_ignore_ascii_case("vs") || w.eq_ignore_ascii_case("vs."));
            let before = &text[line..f.span.start];
            let mut words = before.split_whitespace();
            let labelled =
                words.next().is_some_and(|w| word_ok(w, true)) && words.all(|w| word_ok(w, false));
            if whole && compared && labelled {
                f.kind = FigureKind::Money;
                f.currency = Some(currency);
            }
        }
    }
}

/// The words between two amounts that compare them ("6.4 pct from 6.2", "245 mln stg
/// against 257 mln", "224.8 mln dlrs, up from 185.2 mln"), after any comma.
const COMPARED: &[&str] = &[
    "from",
    "against",
    "versus",
    "vs",
    "vs.",
    "compared with",
    "compared to",
    "up from",
    "down from",
];

/// "Robocop 2", "Radio 1", "Windows 95", "Apollo 13": a bare whole number
/// (nothing counted, no measure) right after a capitalised word inside its sentence, not
/// a function word ("Only 13 of them"), is part of a name, not a figure. So is one before
/// a noun it seems to count ("Commodore 64 enthusiasts", "Audi 5000 models", "Fortune 500
/// companies") when the capitalised word opens no clause ("Top 10 films …" may count
/// them, as may "…: Top 10 films") and the noun is no contest's standing ("put Clinton 3
/// points ahead": `data/standing_nouns.txt`).
fn names_number(
    text: &str,
    toks: &[crate::segment::Token],
    pieces: &[lexicon::Piece],
    fd: &grammar::Found,
) -> bool {
    static STANDING: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::LazyLock::new(|| {
            crate::data::lines(include_str!("data/standing_nouns.txt")).collect()
        });
    if fd.kind != FigureKind::Number
        || fd.points
        || fd.category.is_some()
        || fd.also.is_some()
        || fd.approx.is_some()
        || fd.end != fd.start + 1
    {
        return false;
    }
    let first = &pieces[fd.start];
    let t = first.tok;
    // (one piece of digits only, opening its token: not "1.5", "No.5", "50 MLN")
    let digits = text[first.start..first.end]
        .bytes()
        .all(|b| b.is_ascii_digit());
    if !digits || first.end - first.start > 4 || t < 2 || toks[t].span.start != first.start {
        return false;
    }
    if let Some((a, b)) = fd.counted {
        // (a noun in lower case: not a name, "Sao Paulo 2 Santos 1", nor a headline's
        // word, "Unleashed 4 Words"; all on one line: not "62 Nolan Henke\n64 Bob Estes")
        let noun = text[pieces[a].start..pieces[b - 1].end]
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("");
        // (the word before opens a clause inside the sentence, as its first token, which
        // `t < 2` leaves out, opens the sentence)
        let before = &toks[t - 2];
        let opens = matches!(
            before.span.slice(text),
            ":" | ";" | "\"" | "“" | "”" | "(" | "-" | "–" | "—"
        ) || text[before.span.end..first.start].contains('\n');
        if opens || !noun.starts_with(|c: char| c.is_lowercase()) || STANDING.contains(noun) {
            return false;
        }
    }
    let prev = toks[t - 1].span.slice(text);
    let mut chars = prev.chars();
    // (a word in title case: not a headline's capitals, "PORSCHE RECALLS 892"; nor a
    // share of a number after it, "the Yankees 12 of the past 15 meetings")
    chars.next().is_some_and(char::is_uppercase)
        && prev.chars().all(char::is_alphabetic)
        && prev.chars().any(char::is_lowercase)
        && !crate::data::closed_word(&prev.to_lowercase())
        && toks.get(t + 1).is_none_or(|n| n.span.slice(text) != "of")
}

/// The noun `noun` of a count of `from` for a count of `to`: itself, or for several after
/// one the plural ("one person and injured three": people); `None` for a plural this does
/// not know and for one after several ("44 miners and killed one").
fn plural_for(noun: &str, from: f64, to: f64) -> Option<String> {
    if (from == 1.0) == (to == 1.0) {
        return Some(noun.to_string());
    }
    // (one of several: no singular is made)
    if to == 1.0 {
        return None;
    }
    let irregular = [
        ("person", "people"),
        ("man", "men"),
        ("woman", "women"),
        ("child", "children"),
    ];
    if let Some((_, p)) = irregular.iter().find(|(s, _)| *s == noun) {
        return Some(p.to_string());
    }
    let regular = noun.bytes().all(|b| b.is_ascii_lowercase())
        && !noun.ends_with(['s', 'y', 'x', 'h', 'f', 'e']);
    regular.then(|| format!("{noun}s"))
}

/// The text between figure `i` and the figure before it, when `i` is a bare number
/// (nothing counted, no category, no range) that `shape` accepts and the one before is of
/// `kind`.
fn bare_after<'t>(
    text: &'t str,
    out: &[Figure],
    i: usize,
    kind: FigureKind,
    shape: impl Fn(&Figure) -> bool,
) -> Option<&'t str> {
    let (prev, cur) = (&out[i - 1], &out[i]);
    let bare = cur.kind == FigureKind::Number
        && cur.counted.is_none()
        && cur.category.is_none()
        && cur.range.is_none()
        && shape(cur);
    (bare && prev.kind == kind && prev.span.end <= cur.span.start)
        .then(|| &text[prev.span.end..cur.span.start])
}

/// Is `between` (the text between two amounts) one of [`COMPARED`], after any comma?
fn compared(between: &str) -> bool {
    let between = between.trim().trim_start_matches(',').trim_start();
    COMPARED.iter().any(|w| between.eq_ignore_ascii_case(w))
}

/// The word that ends right before byte `at` of `text` (after white space), or "".
fn word_before(text: &str, at: usize) -> &str {
    text[..at]
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
}

/// "rose to 6.43 pct from 6.21": a bare number of one word (not "75.01 billion") compared
/// with a percentage level right before it is a percentage too.
fn shared_percent(text: &str, out: &mut [Figure]) {
    let one_word = |f: &Figure| !f.text.contains(char::is_whitespace);
    for i in 1..out.len() {
        if !bare_after(text, out, i, FigureKind::Percent, one_word).is_some_and(compared) {
            continue;
        }
        // The percentage is a level, not a change: "rose to 6.4 pct from 6.2", "stood at
        // 5 pct against 4.8" (not "rose 5% from 120").
        let before = word_before(text, out[i - 1].span.start);
        let level = ["to", "at", "of", "was", "is", "were"]
            .iter()
            .any(|w| before.eq_ignore_ascii_case(w));
        if level {
            out[i].kind = FigureKind::Percent;
        }
    }
}

/// "rose to 86 from 64 pct", "cut to 4.5 from 5.2 mln tonnes": a bare number of one word
/// after a word that gives a level, compared by "from" with an amount right after it that
/// has a unit, is in that unit (and scale word) too: the unit is written once for both.
fn level_before_from(text: &str, out: &mut [Figure]) {
    for i in 0..out.len().saturating_sub(1) {
        let (cur, next) = (&out[i], &out[i + 1]);
        let bare = cur.kind == FigureKind::Number
            && cur.counted.is_none()
            && cur.category.is_none()
            && cur.range.is_none()
            && cur.approx.is_none()
            && cur
                .text
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b'.' || b == b',');
        // (not a rate, "6,720,440 a year before" read as so many a year)
        let measured = matches!(
            next.kind,
            FigureKind::Percent | FigureKind::Money | FigureKind::Quantity
        ) && next.range.is_none()
            && next.unit.is_none_or(|u| !u.contains('/'));
        if !bare || !measured || cur.span.end > next.span.start {
            continue;
        }
        let between = &text[cur.span.end..next.span.start];
        let before = word_before(text, cur.span.start);
        let level = ["to", "at"].iter().any(|l| before.eq_ignore_ascii_case(l));
        if !level || !between.trim().eq_ignore_ascii_case("from") {
            continue;
        }
        // The scale the amount after writes ("5.2 mln tonnes" is 5.2 times a million).
        let Some(lead) = next
            .text
            .split_whitespace()
            .next()
            .map(|w| {
                w.trim_start_matches(|c: char| !c.is_ascii_digit())
                    .replace(',', "")
            })
            .and_then(|w| w.parse::<f64>().ok())
            .filter(|&l| l > 0.0)
        else {
            continue;
        };
        let scale = next.value / lead;
        let (kind, currency, unit, points) = (next.kind, next.currency, next.unit, next.points);
        let cur = &mut out[i];
        cur.value = tidy(cur.value * scale);
        cur.kind = kind;
        cur.currency = currency;
        cur.unit = unit;
        cur.points = points;
    }
}

/// "77m euros (£53m; $100m), up from 38m", "stockpiles fell 1m barrels to 294.3m",
/// "another 550m": a bare "38m", read as metres when nothing follows it, is millions of
/// what the amount in millions right before it measures, when a word that joins two
/// amounts stands between them (after the first's conversions in brackets).
fn short_millions(text: &str, out: &mut [Figure]) {
    const JOINS: &[&str] = &["from", "to", "against", "versus", "vs", "vs.", "another"];
    for i in 1..out.len() {
        let cur = &out[i];
        let metres = cur.kind == FigureKind::Quantity
            && cur.unit == Some("m")
            && cur.range.is_none()
            && cur.text.ends_with('m')
            && cur.text[..cur.text.len() - 1].ends_with(|c: char| c.is_ascii_digit());
        if !metres {
            continue;
        }
        // The amount before, or the one whose conversions the brackets before `i` hold.
        let mut between = &text[out[i - 1].span.end.min(cur.span.start)..cur.span.start];
        let mut j = i - 1;
        // (the bracket opens a few words before: not a search back through the text)
        let near = (0..=out[i - 1].span.start.saturating_sub(80))
            .rev()
            .find(|&b| text.is_char_boundary(b))
            .unwrap_or(0);
        if let Some(rest) = between.trim_start().strip_prefix(')')
            && let Some(open) = text[near..out[i - 1].span.start]
                .rfind('(')
                .map(|o| o + near)
            && let Some(k) = (0..i - 1).rev().find(|&k| out[k].span.end <= open)
            && text[out[k].span.end..open].trim().is_empty()
        {
            between = rest;
            j = k;
        }
        let prev = &out[j];
        // (an amount of money, a count or a measure other than metres, in millions)
        let millions = prev.value >= 1e6
            && (prev.text.contains(char::is_alphabetic) || prev.kind == FigureKind::Money)
            && prev.kind != FigureKind::Percent
            && (prev.kind != FigureKind::Quantity || prev.unit.is_some_and(|u| u != "m"));
        let between = between.trim().trim_start_matches(',').trim_start();
        let joined = joined_by(between, JOINS)
            || joined_by(between, &["of"]) && between.to_ascii_lowercase().ends_with("total of");
        if millions && joined {
            let (kind, currency, unit) = (prev.kind, prev.currency, prev.unit);
            let cur = &mut out[i];
            cur.value = tidy(cur.value * 1e6);
            cur.kind = kind;
            cur.currency = currency;
            cur.unit = unit;
            let end = cur.span.end;
            // Its conversion in brackets, which did not match it as metres: "204.3m (£109m)".
            if let Some(next) = out.get_mut(i + 1)
                && next.kind == kind
                && next.converted_from.is_none()
                && text[end..next.span.start].trim() == "("
            {
                next.converted_from = Some(i);
            }
        }
    }
}

/// Is `between` (the text between two amounts) a few words of one clause, on one line or
/// wrapped (no sentence end, no table), whose last word is one of `words` ("rose 251 mln stg
/// to", "up from")?
fn joined_by(between: &str, words: &[&str]) -> bool {
    let last = between.split_whitespace().next_back().unwrap_or("");
    between.len() <= 60
        && !between.contains(['.', ';', ':', '(', ')'])
        && !between.contains("\n ")
        && !between.contains("\n\n")
        && words.iter().any(|w| last.eq_ignore_ascii_case(w))
}

/// "245 mln stg against 257 mln", "1.5 billion dlrs, up from 1.2 billion": an amount
/// with a scale word and no unit compared with an amount of money right before it is money
/// in the same currency.
///
/// So is one a few words on, in the same clause, after a word that joins two amounts ("rose
/// 251 mln stg to 1.19 billion", "fell to 11.2 billion marks in 1986 from 13.6 billion",
/// "against 9.23 billion in January and 9.86 billion in February"): a chain, each amount
/// made money passing its currency on. The same holds for a measure and its unit ("fell to
/// 2.1 mln tonnes from 2.4 mln").
fn shared_currency(text: &str, out: &mut [Figure]) {
    // (a scale word written: "257 mln", "1.2 billion", "billions"; not "about 4,500")
    let scaled = |f: &Figure| {
        f.value >= 1000.0
            && f.text
                .split_whitespace()
                .next_back()
                .is_some_and(|w| w.contains(char::is_alphabetic))
    };
    const JOINS: &[&str] = &[
        "from", "to", "against", "and", "after", "versus", "vs", "vs.",
    ];
    let joined = |between: &str| joined_by(between, JOINS);
    for i in 1..out.len() {
        if bare_after(text, out, i, FigureKind::Money, scaled)
            .is_some_and(|b| compared(b) || joined(b))
        {
            let currency = out[i - 1].currency;
            out[i].kind = FigureKind::Money;
            out[i].currency = currency;
        }
        // So is a measure's unit: "fell to 2.1 mln tonnes from 2.4 mln" (not a rate's).
        let unit = out[i - 1].unit.filter(|u| !u.contains('/'));
        if unit.is_some()
            && bare_after(text, out, i, FigureKind::Quantity, scaled)
                .is_some_and(|b| compared(b) || joined(b))
        {
            out[i].kind = FigureKind::Quantity;
            out[i].unit = unit;
        }
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
        per: None,
    }
}

fn make_figure(text: &str, win: &Win, fd: &grammar::Found, span: Span) -> Figure {
    Figure {
        span,
        text: span.slice(text).to_string(),
        kind: fd.kind,
        value: tidy(fd.value),
        currency: fd.currency,
        unit: fd.unit,
        approx: fd.approx,
        range: fd.range.map(|(low, high)| ValueRange {
            low: tidy(low),
            high: tidy(high),
        }),
        points: fd.points,
        counted: fd.counted.map(|(a, b)| {
            let noun = win.span(a, b).slice(text);
            // (a possessive's noun: "men" of "men's")
            let noun = noun
                .strip_suffix("'s")
                .or_else(|| noun.strip_suffix("’s"))
                .unwrap_or(noun);
            noun.to_string()
        }),
        category: fd.category,
        source: None,
        converted_from: None,
        per: fd.per.map(|(a, b, unit)| {
            unit.map_or_else(|| win.span(a, b).slice(text).to_lowercase(), str::to_string)
        }),
    }
}

/// `v` without the last bits that binary arithmetic leaves ("10.4 cts" is 0.104, not
/// 0.10400000000000001): rounded to 12 significant digits when that changes it only in
/// those bits (a third stays 0.3333333333333333).
fn tidy(v: f64) -> f64 {
    if v == 0.0 || !v.is_finite() || v.abs() >= 1e11 && v.fract() == 0.0 {
        return v;
    }
    let digits = 11 - v.abs().log10().floor() as i32;
    if digits <= 0 {
        return v;
    }
    let p = 10f64.powi(digits);
    let r = (v * p).round() / p;
    if (r - v).abs() <= v.abs() * 1e-14 {
        r
    } else {
        v
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

/// Does `span` overlap a time expression? (`dates` are in text order.) The time unit of a
/// rate is no clash: "a day" in "£250 a day" is a time expression of its own and the rate
/// a figure.
fn overlaps_date(dates: &[crate::dates::Timex], span: Span) -> bool {
    use crate::dates::TimexType::{Duration, Set};
    let i = dates.partition_point(|d| d.span.end <= span.start);
    dates[i..]
        .iter()
        .take_while(|d| d.span.start < span.end)
        .any(|d| {
            // ("80,000 barrels a day to 84 million barrels a day": sets inside too)
            let rate_unit = d.span.start > span.start
                && (d.kind == Set && d.span.end <= span.end
                    || d.kind == Duration && d.span.end == span.end);
            d.span.overlaps(span) && !rate_unit
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_letter_words() {
        let text = "Ab zZ@[` {a} abcdefgh abcdefghi é1 a.b ab-c x";
        for a in 0..text.len() {
            for b in a..=text.len() {
                if !(text.is_char_boundary(a) && text.is_char_boundary(b)) {
                    continue;
                }
                let s = &text.as_bytes()[a..b];
                let want = (1..=8).contains(&s.len())
                    && s.iter().all(u8::is_ascii_alphabetic)
                    && a + 8 <= text.len();
                assert_eq!(
                    short_letters(text.as_bytes(), Span::new(a, b)),
                    want,
                    "{a}..{b}"
                );
            }
        }
    }
    use proptest::prelude::*;

    fn figures(text: &str) -> Vec<Figure> {
        let ex = FigureExtractor::new(&Options::default());
        let doc = Document::new(text, None);
        ex.extract(&doc, &Analysis::default())
    }

    /// (text of the figure, kind, value, currency or unit)
    type Want = (&'static str, FigureKind, f64, Option<&'static str>);

    fn check(text: &str, want: &[Want]) {
        let got = figures(text);
        let got_v: Vec<(String, FigureKind, f64, Option<&str>)> = got
            .iter()
            .map(|f| (f.text.clone(), f.kind, f.value, f.unit.or(f.currency)))
            .collect();
        let want_v: Vec<(String, FigureKind, f64, Option<&str>)> = want
            .iter()
            .map(|w| (w.0.to_string(), w.1, w.2, w.3))
            .collect();
        assert_eq!(got_v, want_v, "in {text:?}");
    }

    use FigureKind::{Money as M, Number as N, Percent as P, Quantity as Q};

    #[test]
    fn and_a_half_joined_by_hyphens_or_with_one_half() {
        check(
            "It cost two-and-a-half million dollars; rates rose two and one half pct, and the \
             load was four-and-a-half tonnes.",
            &[
                (
                    "two-and-a-half million dollars",
                    M,
                    2_500_000.0,
                    Some("USD"),
                ),
                ("two and one half pct", P, 2.5, None),
                ("four-and-a-half tonnes", Q, 4.5, Some("t")),
            ],
        );
    }

    #[test]
    fn a_level_takes_the_unit_written_after_from() {
        check(
            "Rates rose to 86 from 64 pct. Imports fell to 4.5 from 5.2 mln tonnes, \
             a cut to 92 from 108 dlrs a tonne.",
            &[
                ("86", P, 86.0, None),
                ("64 pct", P, 64.0, None),
                ("4.5", Q, 4_500_000.0, Some("t")),
                ("5.2 mln tonnes", Q, 5_200_000.0, Some("t")),
                ("92", M, 92.0, Some("USD")),
                ("108 dlrs", M, 108.0, Some("USD")),
            ],
        );
        // Not without a word of level before it, nor across other words.
        check(
            "Sales rose 5 from 10 pct. It fell to 8 in May from 9 pct.",
            &[
                ("5", N, 5.0, None),
                ("10 pct", P, 10.0, None),
                ("8", N, 8.0, None),
                ("9 pct", P, 9.0, None),
            ],
        );
    }

    #[test]
    fn money_table() {
        let cases: &[(&str, &[Want])] = &[
            (
                "It paid £1.2bn for the firm.",
                &[("£1.2bn", M, 1.2e9, Some("GBP"))],
            ),
            (
                "a deal worth US$4.7 billion",
                &[("US$4.7 billion", M, 4.7e9, Some("USD"))],
            ),
            ("sales of A$5m", &[("A$5m", M, 5e6, Some("AUD"))]),
            (
                "a $ 75 million bond",
                &[("$ 75 million", M, 75e6, Some("USD"))],
            ),
            ("they raised €20m", &[("€20m", M, 2e7, Some("EUR"))]),
            ("it raised EUR 20m", &[("EUR 20m", M, 2e7, Some("EUR"))]),
            ("it costs 20m euros", &[("20m euros", M, 2e7, Some("EUR"))]),
            // A decimal comma before a scale word (translated copy).
            (
                "The club paid €2,5 million for him.",
                &[("€2,5 million", M, 2.5e6, Some("EUR"))],
            ),
            // The European Currency Unit (XEU), in 1980s and 1990s copy.
            (
                "The bank lent 100 mln Ecus.",
                &[("100 mln Ecus", M, 1e8, Some("XEU"))],
            ),
            (
                "417 million dollars",
                &[("417 million dollars", M, 4.17e8, Some("USD"))],
            ),
            (
                "a fine of RM50,000",
                &[("RM50,000", M, 50000.0, Some("MYR"))],
            ),
            (
                "loans of dlrs 220 million",
                &[("dlrs 220 million", M, 2.2e8, Some("USD"))],
            ),
            ("It cost 28 cents.", &[("28 cents", M, 0.28, Some("USD"))]),
            ("a 50p rise", &[("50p", M, 0.5, Some("GBP"))]),
            (
                "35 lakh rupees",
                &[("35 lakh rupees", M, 3.5e6, Some("INR"))],
            ),
            (
                "₹12,34,567.89 in all",
                &[("₹12,34,567.89", M, 1234567.89, Some("INR"))],
            ),
            (
                "five million yen",
                &[("five million yen", M, 5e6, Some("JPY"))],
            ),
            (
                "half a million ringgit",
                &[("half a million ringgit", M, 5e5, Some("MYR"))],
            ),
            (
                "tens of thousands of dollars",
                &[("tens of thousands of dollars", M, 20000.0, Some("USD"))],
            ),
            (
                "a £330\u{a0}million contract",
                &[("£330\u{a0}million", M, 3.3e8, Some("GBP"))],
            ),
            (
                "a $180-million fund",
                &[("$180-million", M, 1.8e8, Some("USD"))],
            ),
            (
                "it cost 3 dollars 50 cents.",
                &[("3 dollars 50 cents", M, 3.5, Some("USD"))],
            ),
            (
                "HK$ 10.05 billion",
                &[("HK$ 10.05 billion", M, 1.005e10, Some("HKD"))],
            ),
            (
                "10,000 Swiss francs",
                &[("10,000 Swiss francs", M, 10000.0, Some("CHF"))],
            ),
            ("5 billion won", &[("5 billion won", M, 5e9, Some("KRW"))]),
            ("a $5mm facility", &[("$5mm", M, 5e6, Some("USD"))]),
        ];
        for (text, want) in cases {
            check(text, want);
        }
    }

    #[test]
    fn rates_and_times_after_amounts() {
        // With the dates extractor in front: the time unit of a rate is a set of its own and
        // leaves the rate alone; "a year earlier" after an amount is a time, not a rate; "a
        // quarter million" is a number, not three months.
        let analyzer = crate::Analyzer::new(&Options::default()).unwrap();
        let cases: &[(&str, &[Want])] = &[
            (
                "Staff earn £250 a day, or €1.100 a week.",
                &[
                    ("£250 a day", Q, 250.0, Some("GBP/day")),
                    ("€1.100 a week", Q, 1.1, Some("EUR/week")),
                ],
            ),
            (
                "Sales rose to $1.2 billion from $1 billion a year earlier.",
                &[
                    ("$1.2 billion", M, 1.2e9, Some("USD")),
                    ("$1 billion", M, 1e9, Some("USD")),
                ],
            ),
            (
                "It costs a quarter million dollars, up 7% a year.",
                &[
                    ("a quarter million dollars", M, 250_000.0, Some("USD")),
                    ("7% a year", Q, 7.0, Some("%/year")),
                ],
            ),
        ];
        for (text, want) in cases {
            let doc = Document::new(text, None);
            let got: Vec<_> = analyzer
                .analyze(&doc)
                .figures
                .iter()
                .map(|f| (f.text.clone(), f.kind, f.value, f.unit.or(f.currency)))
                .collect();
            let want: Vec<_> = want
                .iter()
                .map(|w| (w.0.to_string(), w.1, w.2, w.3))
                .collect();
            assert_eq!(got, want, "in {text:?}");
        }
    }

    #[test]
    fn news_wire_money() {
        // Reuters' abbreviations: scales after number words, cents, "U.S." inside a name,
        // fractions written "13-1/2".
        let cases: &[(&str, &[Want])] = &[
            (
                "It paid five mln dlrs and two bln yen.",
                &[
                    ("five mln dlrs", M, 5e6, Some("USD")),
                    ("two bln yen", M, 2e9, Some("JPY")),
                ],
            ),
            (
                "Shr loss one ct vs profit 12 cts",
                &[
                    ("one ct", M, 0.01, Some("USD")),
                    ("12 cts", M, 0.12, Some("USD")),
                ],
            ),
            (
                "It is 5 mln U.S. dlrs, or 45 Canadian cents a share.",
                &[
                    ("5 mln U.S. dlrs", M, 5e6, Some("USD")),
                    ("45 Canadian cents", M, 0.45, Some("CAD")),
                ],
            ),
            (
                "Qtly div 13-1/2 cts vs 13 cts prior",
                &[
                    ("13-1/2 cts", M, 0.135, Some("USD")),
                    ("13 cts", M, 0.13, Some("USD")),
                ],
            ),
            (
                // cents, then dollars: a change and a level, not a range
                "Shares rose 10 cents to 5 dollars.",
                &[
                    ("10 cents", M, 0.1, Some("USD")),
                    ("5 dollars", M, 5.0, Some("USD")),
                ],
            ),
            (
                "Shares rose $5 to $20, in a range of 10 to 20 cents.",
                &[
                    ("$5", M, 5.0, Some("USD")),
                    ("$20", M, 20.0, Some("USD")),
                    ("10 to 20 cents", M, 0.1, Some("USD")),
                ],
            ),
            // An amount compared with money before it shares its currency.
            (
                "Pretax profit was 245 mln stg against 257 mln; revenue rose to 1.5 billion \
                 dlrs, up from 1.2 billion. It sold 5 mln dlrs of stock to 3 mln people.",
                &[
                    ("245 mln stg", M, 245e6, Some("GBP")),
                    ("257 mln", M, 257e6, Some("GBP")),
                    ("1.5 billion dlrs", M, 1.5e9, Some("USD")),
                    ("1.2 billion", M, 1.2e9, Some("USD")),
                    ("5 mln dlrs", M, 5e6, Some("USD")),
                    ("3 mln", N, 3e6, None),
                ],
            ),
            // A few words on, after a word joining amounts; a chain passes it on.
            (
                "Reserves were 9.19 billion dlrs against 9.23 billion in January and 9.86 \
                 billion in February. Loans fell 475 mln stg to 65.16 billion, raised by \
                 about 4,500 donors.",
                &[
                    ("9.19 billion dlrs", M, 9.19e9, Some("USD")),
                    ("9.23 billion", M, 9.23e9, Some("USD")),
                    ("9.86 billion", M, 9.86e9, Some("USD")),
                    ("475 mln stg", M, 475e6, Some("GBP")),
                    ("65.16 billion", M, 65.16e9, Some("GBP")),
                    ("about 4,500", N, 4500.0, None),
                ],
            ),
            (
                "Brent crude rose, adding $1.89 to $48.62, while the boy was growing 10cm to \
                 130cm.",
                &[
                    ("$1.89", M, 1.89, Some("USD")),
                    ("$48.62", M, 48.62, Some("USD")),
                    ("10cm", Q, 10.0, Some("cm")),
                    ("130cm", Q, 130.0, Some("cm")),
                ],
            ),
        ];
        for (text, want) in cases {
            check(text, want);
        }
    }

    #[test]
    fn shared_currency_names_take_the_country_of_the_article() {
        let cases: &[(&str, &[Want])] = &[
            (
                "Sweden’s trade surplus rose to 3.6 billion crowns.",
                &[("3.6 billion crowns", M, 3.6e9, Some("SEK"))],
            ),
            (
                "The Danish firm earned 40 mln crowns; Oslo’s lost 2 mln Norwegian crowns.",
                &[
                    ("40 mln crowns", M, 4e7, Some("DKK")),
                    ("2 mln Norwegian crowns", M, 2e6, Some("NOK")),
                ],
            ),
            (
                "Egypt will spend 5 billion pounds.",
                &[("5 billion pounds", M, 5e9, Some("EGP"))],
            ),
            (
                "It costs 5 billion pounds.",
                &[("5 billion pounds", M, 5e9, Some("GBP"))],
            ),
            // Without "£" or a scale word, "pounds" are money in a sentence of money and
            // none of weight; weight otherwise, and before "of" or as "pound" after a number.
            (
                "Fans will have to pay five pounds for a ticket.",
                &[("five pounds", M, 5.0, Some("GBP"))],
            ),
            (
                "He spent thousands of pounds producing his album.",
                &[("thousands of pounds", M, 2000.0, Some("GBP"))],
            ),
            (
                "The plane was overloaded by 700 pounds, its cost unknown.",
                &[("700 pounds", Q, 700.0, Some("lb"))],
            ),
            (
                "It bought 2.3 mln pounds of peanut products at a cost of 2.1 mln dlrs.",
                &[
                    ("2.3 mln pounds", Q, 2.3e6, Some("lb")),
                    ("2.1 mln dlrs", M, 2.1e6, Some("USD")),
                ],
            ),
            (
                "It bought 48,000 pound lots for cash.",
                &[("48,000 pound", Q, 48000.0, Some("lb"))],
            ),
            (
                "The bank earned 20 mln francs, a Zurich dealer said.",
                &[("20 mln francs", M, 2e7, Some("CHF"))],
            ),
            (
                "In Buenos Aires, 200 mln pesos were paid.",
                &[("200 mln pesos", M, 2e8, Some("ARS"))],
            ),
            (
                "Kuwait’s KOTC made profits of 2 mln dinars.",
                &[("2 mln dinars", M, 2e6, Some("KWD"))],
            ),
        ];
        for (text, want) in cases {
            check(text, want);
        }
    }

    #[test]
    fn measures_that_look_like_scales_or_ranges() {
        // "mm" is millimetres unless money is meant; a change "to" a level is two figures.
        let cases: &[(&str, &[Want])] = &[
            (
                "Profits fell by £5m to £20m; sales grew by 10 to 20 per cent; it cuts costs by \
                 $3.8m to $4.9m.",
                &[
                    ("£5m", M, 5e6, Some("GBP")),
                    ("£20m", M, 2e7, Some("GBP")),
                    ("10 to 20 per cent", P, 10.0, None),
                    ("$3.8m to $4.9m", M, 3.8e6, Some("USD")),
                ],
            ),
            ("62mm of rain fell", &[("62mm", Q, 62.0, Some("mm"))]),
            (
                "It cut rates by a quarter of a percentage point to 4.75%.",
                &[
                    ("a quarter of a percentage point", P, 0.25, None),
                    ("4.75%", P, 4.75, None),
                ],
            ),
            (
                "Yields rose 11 basis points to 3.92%.",
                &[("11 basis points", P, 0.11, None), ("3.92%", P, 3.92, None)],
            ),
            (
                "It fell half a percentage point.",
                &[("half a percentage point", P, 0.5, None)],
            ),
            (
                "A third of the staff left.",
                &[("A third", N, 1.0 / 3.0, None)],
            ),
        ];
        for (text, want) in cases {
            check(text, want);
        }
    }

    #[test]
    fn qualifiers_ranges_and_conversions() {
        let f = figures("worth up to £330 million ($417 million) over seven years");
        assert_eq!(f.len(), 2);
        assert_eq!(f[0].text, "up to £330 million");
        assert_eq!(f[0].approx, Some("up_to"));
        assert_eq!(f[1].converted_from, Some(0));
        let f = figures("between 10 and 20 people were hurt");
        assert_eq!(f[0].text, "between 10 and 20");
        assert_eq!(
            f[0].range,
            Some(ValueRange {
                low: 10.0,
                high: 20.0
            })
        );
        assert_eq!(f[0].category, Some("injured"));
        // "or so" after an amount: about that much, and what it counts after it.
        let f = figures("Ten or so people were arrested; it cost $5 million or so.");
        let got: Vec<_> = f
            .iter()
            .map(|x| (x.text.as_str(), x.approx, x.counted.as_deref(), x.category))
            .collect();
        assert_eq!(
            got,
            [
                ("Ten or so", Some("about"), Some("people"), Some("arrested")),
                ("$5 million or so", Some("about"), None, None)
            ]
        );
        // "from X to Y" is a change: two figures, the bare first in the second's measure;
        // after a verb of ranging, a range. Basis points are hundredths of a percent.
        let f = figures("GDP growth revised from two to 1.9 pct; profit from 15 to 16 mln dlrs");
        let got: Vec<_> = f
            .iter()
            .map(|x| (x.text.as_str(), x.kind, x.value))
            .collect();
        assert_eq!(
            got,
            [
                ("two", FigureKind::Percent, 2.0),
                ("1.9 pct", FigureKind::Percent, 1.9),
                ("15", FigureKind::Money, 1.5e7),
                ("16 mln dlrs", FigureKind::Money, 1.6e7),
            ]
        );
        // The first of two alternatives a little apart takes the second's measure; the
        // same amount put another way does not.
        let f = figures("could go up 10 or 15 pct; a loss of 223,000 or four cts a share");
        let got: Vec<_> = f
            .iter()
            .map(|x| (x.text.as_str(), x.kind, x.value))
            .collect();
        assert_eq!(got[0], ("10", FigureKind::Percent, 10.0));
        assert_eq!(got[1], ("15 pct", FigureKind::Percent, 15.0));
        assert_eq!(got[2].0, "223,000");
        assert_ne!(got[2].1, FigureKind::Money);
        for (text, span, low, high) in [
            (
                "at prices ranging from 12.125 to 12.75 dlrs",
                "12.125 to 12.75 dlrs",
                12.125,
                12.75,
            ),
            (
                "fees ranging from 15 to 30 basis points",
                "15 to 30 basis points",
                0.15,
                0.3,
            ),
            (
                "a 90-115 basis point spread",
                "90-115 basis point",
                0.9,
                1.15,
            ),
        ] {
            let f = figures(text);
            assert_eq!(f.len(), 1, "{text}: {f:?}");
            assert_eq!(f[0].text, span);
            assert_eq!(f[0].range, Some(ValueRange { low, high }), "{text}");
        }
        // "between" before a hyphen or "to" range too.
        for (text, span, low, high) in [
            (
                "valued at between £40m-£50m.",
                "between £40m-£50m",
                4e7,
                5e7,
            ),
            (
                "it will pay between 100 mln dlrs to 150 mln dlrs",
                "between 100 mln dlrs to 150 mln dlrs",
                1e8,
                1.5e8,
            ),
            ("between 30-40% of them", "between 30-40%", 30.0, 40.0),
        ] {
            let f = figures(text);
            assert_eq!(f.len(), 1, "{text}: {f:?}");
            assert_eq!(f[0].text, span);
            assert_eq!(f[0].range, Some(ValueRange { low, high }), "{text}");
        }
        // A currency or scale written once for both ends of a hyphenated range, and the
        // first end of a range of thousands written short; not "1-10,000".
        for (text, span, low, high, measure) in [
            (
                "fees of £100-150 a year",
                "£100-150 a year",
                100.0,
                150.0,
                "GBP/year",
            ),
            (
                "it costs $20-25\u{a0}million",
                "$20-25\u{a0}million",
                2e7,
                2.5e7,
                "USD",
            ),
            ("a £1.5-2m refit", "£1.5-2m", 1.5e6, 2e6, "GBP"),
            ("fines of $50-100,000.", "$50-100,000", 5e4, 1e5, "USD"),
            ("€3–4bn of bonds", "€3–4bn", 3e9, 4e9, "EUR"),
        ] {
            let f = figures(text);
            assert_eq!(f.len(), 1, "{text}: {f:?}");
            assert_eq!(f[0].text, span);
            assert_eq!(f[0].range, Some(ValueRange { low, high }), "{text}");
            assert_eq!(f[0].unit.or(f[0].currency), Some(measure), "{text}");
        }
        for (text, low, high) in [
            ("Some 100-150,000 people marched.", 1e5, 1.5e5),
            ("5-10,000 troops", 5e3, 1e4),
            ("on a scale of 1-10,000", 1.0, 1e4),
        ] {
            let f = figures(text);
            assert_eq!(f[0].range, Some(ValueRange { low, high }), "{text}");
        }
        // A number spelled out after a weekday, or a month standing alone, counts the noun
        // after it; after a month that gives a date, it is the day.
        for (text, want) in [
            ("In March two companies merged.", Some(("two", "companies"))),
            (
                "Last May dozens of people were hurt.",
                Some(("dozens", "people")),
            ),
            (
                "Police said on Friday three women died.",
                Some(("three", "women")),
            ),
            ("It will redeem on April eight all its notes.", None),
            ("the February three-month average", None),
        ] {
            let f = figures(text);
            let got = f
                .first()
                .map(|x| (x.text.as_str(), x.counted.as_deref().unwrap_or("")));
            assert_eq!(got, want, "{text}");
        }
        let f = figures("a deal worth £1m-£2m");
        assert_eq!(
            f[0].range,
            Some(ValueRange {
                low: 1e6,
                high: 2e6
            })
        );
        let f = figures("estimates of 15 to 15.5 million");
        assert_eq!(
            f[0].range,
            Some(ValueRange {
                low: 1.5e7,
                high: 1.55e7
            })
        );
        // The first amount of money takes the second's scale when so it is no larger
        // ("$5 to $7 million", "€1.5 to 2 billion"), else it stands as written.
        for (text, low, high) in [
            ("between $5 and $7 million", 5e6, 7e6),
            ("losses of $1.3 to $1.5bn", 1.3e9, 1.5e9),
            ("sales of €1.5 to 2 billion", 1.5e9, 2e9),
            ("$500 to $7 million", 500.0, 7e6),
        ] {
            let f = figures(text);
            assert_eq!(f[0].range, Some(ValueRange { low, high }), "{text}");
            assert_eq!(f[0].value, low, "{text}");
        }
        let f = figures("It won 6-4, 5-7, 6-2.");
        let v: Vec<f64> = f.iter().map(|x| x.value).collect();
        assert_eq!(v, [6.0, 4.0, 5.0, 7.0, 6.0, 2.0]);
        // The verb "set" is no word of scores; a tennis set is.
        let f = figures("The firm is set to hire 200-300 workers.");
        assert_eq!(
            f[0].range,
            Some(ValueRange {
                low: 200.0,
                high: 300.0
            })
        );
        let f = figures("He was 5-6 down in the first set to Roddick.");
        let v: Vec<f64> = f.iter().map(|x| x.value).collect();
        assert_eq!(v, [5.0, 6.0]);
        let f = figures("nearly 3,000 people and more than 40% of them");
        assert_eq!(f[0].approx, Some("nearly"));
        assert_eq!(f[1].approx, Some("more_than"));
        assert_eq!(f[1].text, "more than 40%");
        // "over" and "under" before a bare "one" are prepositions.
        let f = figures("lost in the furore over one sentence, under one roof");
        let t: Vec<(&str, Option<&str>)> = f.iter().map(|x| (x.text.as_str(), x.approx)).collect();
        assert_eq!(t, [("one", None), ("one", None)]);
        let f = figures("over one million people and over one Ecu a kilo");
        let t: Vec<(&str, Option<&str>)> = f.iter().map(|x| (x.text.as_str(), x.approx)).collect();
        assert_eq!(
            t,
            [
                ("over one million", Some("more_than")),
                ("over one Ecu", Some("more_than"))
            ]
        );
    }

    #[test]
    fn percent_table() {
        let cases: &[(&str, &[Want])] = &[
            ("rose 3.5% on Monday", &[("3.5%", P, 3.5, None)]),
            ("30 per cent of staff", &[("30 per cent", P, 30.0, None)]),
            ("30 percent", &[("30 percent", P, 30.0, None)]),
            ("thirty percent", &[("thirty percent", P, 30.0, None)]),
            ("down 3 basis points", &[("3 basis points", P, 0.03, None)]),
            ("inflation rose 2,5% in May", &[("2,5%", P, 2.5, None)]),
            (
                "minus five percent",
                &[("minus five percent", P, -5.0, None)],
            ),
            (
                "one-tenth of 1 percent",
                &[("one-tenth of 1 percent", P, 0.1, None)],
            ),
        ];
        for (text, want) in cases {
            check(text, want);
        }
        let f = figures("up 2.5 percentage points");
        assert!(f[0].points);
        // A bare number compared with a percentage level is one too; not after a change,
        // nor with a scale or a counted noun.
        let kinds = |text: &str| -> Vec<(f64, FigureKind)> {
            figures(text).iter().map(|x| (x.value, x.kind)).collect()
        };
        use FigureKind::{Number as N, Percent as P};
        assert_eq!(
            kinds("cut its rate to 16.00 pct from 16.50."),
            [(16.0, P), (16.5, P)]
        );
        assert_eq!(
            kinds("stood at 7 pct against 7.2 in March."),
            [(7.0, P), (7.2, P)]
        );
        assert_eq!(kinds("Shares rose 5% from 120."), [(5.0, P), (120.0, N)]);
        assert_eq!(
            kinds("a rise of 10.97 pct from 75.01 billion"),
            [(10.97, P), (7.501e10, N)]
        );
        assert_eq!(kinds("fell to 5 pct from 20 people"), [(5.0, P), (20.0, N)]);
    }

    #[test]
    fn a_share_counts_what_its_whole_counts() {
        // "one in six cars": the noun after the whole, read as after a plural (not a verb or
        // adverb read as the noun after "one").
        for (text, want) in [
            ("Almost one in six cars sold were diesel.", Some("cars")),
            (
                "One in four banks west of the river lost money.",
                Some("banks"),
            ),
            ("Only one in six knew who he was.", None),
            ("One in five even admitted it.", None),
        ] {
            let f = figures(text);
            assert_eq!(f.len(), 1, "{text}: {f:?}");
            assert_eq!(f[0].counted.as_deref(), want, "{text}");
        }
    }

    #[test]
    fn numbers_and_counts() {
        let cases: &[(&str, &[Want])] = &[
            ("seven people", &[("seven", N, 7.0, None)]),
            // A count before a time expression is no duration.
            (
                "jobs rose by 3,000 last month",
                &[("3,000", N, 3000.0, None)],
            ),
            (
                "sales will rise 5,000 next year",
                &[("5,000", N, 5000.0, None)],
            ),
            // Nor is a count after a word that can give a label.
            (
                "knocked out in the fifth round four times",
                &[("four", N, 4.0, None)],
            ),
            ("oil round three Greek islands", &[("three", N, 3.0, None)]),
            (
                "twenty thousand fans",
                &[("twenty thousand", N, 20000.0, None)],
            ),
            ("a dozen eggs", &[("a dozen", N, 12.0, None)]),
            (
                "two-thirds of members",
                &[("two-thirds", N, 2.0 / 3.0, None)],
            ),
            ("hundreds of protesters", &[("hundreds", N, 200.0, None)]),
            // A share: "one in five", "nine in 10" (not runs in balls, nor a time).
            ("one in five children", &[("one in five", N, 0.2, None)]),
            ("Nearly 9 in 10 voters", &[("Nearly 9 in 10", N, 0.9, None)]),
            (
                "hit 55 in 60 balls",
                &[("55", N, 55.0, None), ("60", N, 60.0, None)],
            ),
            (
                "Fifty-six of the 146 players",
                &[("Fifty-six", N, 56.0, None), ("146", N, 146.0, None)],
            ),
            ("some 2.5m people", &[("some 2.5m", N, 2.5e6, None)]),
            (
                "one hundred and twenty-five",
                &[("one hundred and twenty-five", N, 125.0, None)],
            ),
            (
                "almost a quarter of a million jobs",
                &[("almost a quarter of a million", N, 250000.0, None)],
            ),
        ];
        for (text, want) in cases {
            check(text, want);
        }
        let f = figures("The war has so far killed 20,000 people.");
        assert_eq!(f[0].counted.as_deref(), Some("people"));
        assert_eq!(f[0].category, Some("killed"));
        let f = figures(
            "It attacked on Saturday, killing 1,139 people, according to Israeli authorities.",
        );
        assert_eq!(f[0].category, Some("killed"));
        assert_eq!(f[0].source.as_deref(), Some("Israeli authorities"));
        let f = figures("At least 30 protesters were arrested and 12 remain missing.");
        assert_eq!(f[0].category, Some("arrested"));
        assert_eq!(f[0].approx, Some("at_least"));
        assert_eq!(f[1].category, Some("missing"));
        // The counted noun of "one" is not a verb after it, nor a superlative of "one of".
        let f = figures("“It is hard,” one official told Reuters; one of the largest firms.");
        assert_eq!(f[0].counted.as_deref(), Some("official"));
        assert_eq!(f[1].counted.as_deref(), Some("firms"));
        // Nor is a verb in the third person that reads as a plural ("five includes").
        let f = figures("The top five includes three Britons; the 10 represents a district.");
        let counted: Vec<_> = f.iter().map(|x| x.counted.as_deref()).collect();
        assert_eq!(counted, [None, Some("Britons"), None]);
        // A name in the shape of a plural before the noun it qualifies is not what is
        // counted; a plural name alone or an acronym's plural is (and a verb after a name
        // is not: "Six Flags", a name, counts nothing).
        let f = figures(
            "It holds 417,100 Hallam Mines common shares; 10,000 Hearts fans came; 20 \
             Americans were hurt; it sold 6 million DVDs and videos; the chain Six Flags \
             operates seven parks in Texas.",
        );
        let counted: Vec<_> = f.iter().map(|x| x.counted.as_deref()).collect();
        assert_eq!(
            counted,
            [
                Some("shares"),
                Some("fans"),
                Some("Americans"),
                Some("DVDs"),
                Some("parks")
            ]
        );
        // After "the", a plural before its possessive is counted ("the two men's faces"),
        // without the possessive; not without "the" ("two women's groups" are groups).
        let f = figures("It shows the two men’s faces. Two women's groups met.");
        let counted: Vec<_> = f.iter().map(|x| x.counted.as_deref()).collect();
        assert_eq!(counted, [Some("men"), Some("groups")]);
        // A hyphenated compound is one word, plural by its last part or by its first
        // before a particle; a preposition is no counted noun.
        let f = figures(
            "He got two e-mails; one e-mail was sent; three brothers-in-law came; it is one \
             notch below investment grade; four Sanders-linked accounts; two models--the Fury.",
        );
        let counted: Vec<_> = f.iter().map(|x| x.counted.as_deref()).collect();
        assert_eq!(
            counted,
            [
                Some("e-mails"),
                Some("e-mail"),
                Some("brothers-in-law"),
                Some("notch"),
                Some("accounts"),
                Some("models")
            ]
        );
        // A number word in title case after "the" or inside a sentence, before a capitalised
        // word, is in a name; in lower case, or opening the sentence, it counts.
        let f = figures(
            "The Three Gorges Dam rose. They made The Two Ronnies. The film took two Golden \
             Globes. Three Britons were freed.",
        );
        let texts: Vec<_> = f.iter().map(|x| x.text.as_str()).collect();
        assert_eq!(texts, ["two", "Three"]);
        // So after a number, a possessive's apostrophe or a comma.
        let f = figures(
            "They lost the 2005 Six Nations. It was Wales’ Six Nations squad. On BBC1, Five \
             Live and the website. In 2004, three Britons were freed.",
        );
        let texts: Vec<_> = f.iter().map(|x| x.text.as_str()).collect();
        assert_eq!(texts, ["three"]);
        // A participle or adverb after the noun is a verb; before it, a modifier.
        let f = figures(
            "One analyst suggested a bid; we moved one step further; one unnamed \
             correspondent wrote; it paid one preferred share.",
        );
        let counted: Vec<_> = f.iter().map(|x| x.counted.as_deref()).collect();
        assert_eq!(
            counted,
            [
                Some("analyst"),
                Some("step"),
                Some("correspondent"),
                Some("share")
            ]
        );
        // Bodies are the dead, unless they are organisations; cases are not infections
        // by themselves.
        let f =
            figures("Police found 12 bodies; 168 public bodies would go; in seven cases, none.");
        assert_eq!(f[0].category, Some("dead"));
        assert_eq!(f[1].counted.as_deref(), Some("public bodies"));
        assert_eq!(f[1].category, None);
        assert_eq!(f[2].category, None);
        // ... nor with a modifier between, nor before a participle in -ing.
        let f = figures(
            "At least 111 of the appointed bodies were set up; the two bodies generating \
             income; 1,600 bodies washed up on a shore.",
        );
        let cats: Vec<_> = f.iter().map(|x| x.category).collect();
        assert_eq!(cats, [None, None, Some("dead")]);
        let f = figures("The firm employs 3,000 workers and 40 dealerships.");
        assert_eq!(f[0].category, Some("employed"));
        assert_eq!(f[1].counted.as_deref(), Some("dealerships"));
        assert_eq!(f[1].category, None);
        // Messages "fired off" are not dismissals, a fraction alone counts no one, and
        // "fired" still is.
        let f = figures(
            "Figures showed 2.4 billion were fired off; it could cut jobless rates by half. About 300 workers were fired.",
        );
        assert_eq!(f[0].category, None);
        assert_eq!(f[1].category, None);
        assert_eq!(f[2].category, Some("dismissed"));
        // A level is not a number of people cut ("cut to one from two"), nor are the
        // killers "killed by two gunmen", nor is the whole the part ("one of two crewmen",
        // "one of its eight crew members was killed"; but "one of 26 people killed"), nor
        // men who "held a news conference"; "walked off the job" still strikes.
        let f = figures(
            "Staffing was cut to one from two. Two were killed by two gunmen. It killed one \
             of two crewmen. One of its eight crew members was killed. She was one of 26 \
             people killed. Five of the eight men held a news conference. Some 9,000 workers \
             walked off the job.",
        );
        let cats: Vec<_> = f.iter().map(|x| (x.value, x.category)).collect();
        assert_eq!(
            cats,
            [
                (1.0, None),
                (2.0, None),
                (2.0, Some("killed")),
                (2.0, None),
                (1.0, Some("killed")),
                (2.0, None),
                (1.0, None),
                (8.0, None),
                (1.0, None),
                (26.0, Some("killed")),
                (5.0, None),
                (8.0, None),
                (9000.0, Some("striking"))
            ]
        );
        // People protesting are counted before the word, not after it ("demonstrating one
        // at 3GSM" shows a phone).
        let f = figures("LG was demonstrating one at 3GSM. About 5,000 people were protesting.");
        assert_eq!(f[0].category, None);
        assert_eq!(f[1].category, Some("protesting"));
        // A name between the verb and the number is what the verb acts on.
        let f = figures("The film topped the chart, displacing Ocean's 12. Floods displaced 12.");
        assert_eq!(f[0].category, None);
        assert_eq!(f[1].category, Some("displaced"));
        // Those made redundant are dismissed, those left or made homeless displaced; a
        // word that only begins such a phrase does not end the counted noun ("1,500
        // North-American made cars").
        let f = figures(
            "Some 300 staff will be made redundant. 5,000 were left homeless. GM sold 1,500 \
             North-American made cars.",
        );
        let got: Vec<(Option<&str>, Option<&str>)> = f
            .iter()
            .map(|x| (x.counted.as_deref(), x.category))
            .collect();
        assert_eq!(
            got,
            vec![
                (Some("staff"), Some("dismissed")),
                (None, Some("displaced")),
                (Some("cars"), None)
            ]
        );
        // The size of a group is a number counting the group (the noun after a modifier
        // in "-ing" or a compound); not "a one-man show", nor before a name.
        let f = figures(
            "A 2,000-strong crowd met the 22-man squad and a nine-strong rate-setting \
             committee, in a one-man show for the 25-member EU.",
        );
        let got: Vec<(&str, f64, Option<&str>)> = f
            .iter()
            .map(|x| (x.text.as_str(), x.value, x.counted.as_deref()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("2,000-strong", 2000.0, Some("crowd")),
                ("22-man", 22.0, Some("squad")),
                ("nine-strong", 9.0, Some("committee"))
            ]
        );
        // Values are what the text says, without binary arithmetic's last bits.
        let f = figures("Qtly div 95 cts vs 10.4 cts, a range of 70 to 73 cts.");
        let v: Vec<f64> = f.iter().map(|x| x.value).collect();
        assert_eq!(v, vec![0.95, 0.104, 0.7]);
        let r = f[2].range.as_ref().expect("a range");
        assert_eq!((r.low, r.high), (0.7, 0.73));
        // A fraction in words does not take the measure of what follows a dash or "to".
        let f = figures(
            "Nearly two thirds - 65% - agreed; it fell about one-third to 2.56 billion francs.",
        );
        let kinds: Vec<(&str, FigureKind)> = f.iter().map(|x| (x.text.as_str(), x.kind)).collect();
        assert_eq!(
            kinds,
            vec![
                ("Nearly two thirds", FigureKind::Number),
                ("65%", FigureKind::Percent),
                ("about one-third", FigureKind::Number),
                ("2.56 billion francs", FigureKind::Money),
            ]
        );
    }

    #[test]
    fn counts_written_together_share_their_noun_and_category() {
        let got = |text: &str| -> Vec<(f64, Option<String>, Option<&str>)> {
            figures(text)
                .into_iter()
                .map(|f| (f.value, f.counted, f.category))
                .collect()
        };
        let people = || Some("people".to_string());
        // "or": the bare first number counts what the second counts.
        assert_eq!(
            got("Two or three people were killed in the blast."),
            [
                (2.0, people(), Some("killed")),
                (3.0, people(), Some("killed"))
            ]
        );
        // ... when the noun is close after the second (not a level before a verb).
        let f = got("A rate of 148 or 149 reflected economic fundamentals.");
        assert_eq!(f[0].1, None);
        // "and": a verb before the pair types both, and so does one after it.
        let f = got("Rebels killed 12 soldiers and 30 civilians; 4 men and 2 women were arrested.");
        let cats: Vec<_> = f.iter().map(|x| x.2).collect();
        assert_eq!(
            cats,
            [
                Some("killed"),
                Some("killed"),
                Some("arrested"),
                Some("arrested")
            ]
        );
        // Not a noun that is typed itself, nor one that counts no people, nor across a
        // second verb.
        let f = got(
            "It left 12 injured and 30 dead. The firm employs 3,000 workers and 40 dealerships.",
        );
        let cats: Vec<_> = f.iter().map(|x| x.2).collect();
        assert_eq!(
            cats,
            [Some("injured"), Some("dead"), Some("employed"), None]
        );
        let f = got("The attack killed 12 soldiers and wounded 30 civilians on Monday.");
        assert_eq!(f[1].2, Some("injured"));
        // A count typed by its verb with no noun of its own counts the people of the one
        // joined to it ("one person" and three: people); not "others", nor after a noun
        // that is typed itself, nor across a sentence.
        let counted = |text: &str| -> Vec<Option<String>> {
            figures(text).into_iter().map(|f| f.counted).collect()
        };
        let s = |w: &str| Some(w.to_string());
        assert_eq!(
            counted("At least 15 people died and 20 were wounded."),
            [s("people"), s("people")]
        );
        assert_eq!(
            counted("The quake killed one person and injured at least three."),
            [s("person"), s("people")]
        );
        assert_eq!(
            counted("It killed one soldier and wounded two."),
            [s("soldier"), s("soldiers")]
        );
        for text in [
            "The blast killed 30 soldiers and wounded 40 others.",
            "The toll of 30 dead and 40 missing may rise.",
            "Rebels killed 30 soldiers. And 40 were wounded.",
            "The fire trapped 44 miners and killed one.",
        ] {
            assert_eq!(counted(text)[1], None, "{text}");
        }
    }

    #[test]
    fn counts_of_people_and_where_their_verbs_stop() {
        let got = |text: &str| -> Vec<(Option<String>, Option<&str>)> {
            figures(text)
                .into_iter()
                .map(|f| (f.counted, f.category))
                .collect()
        };
        let s = |w: &str| Some(w.to_string());
        // Guards, peacekeepers, evacuees are people (evacuees are displaced by themselves).
        assert_eq!(
            got(
                "Nine peacekeepers were killed. Police arrested two guards. It housed 230 evacuees."
            ),
            [
                (s("peacekeepers"), Some("killed")),
                (s("guards"), Some("arrested")),
                (s("evacuees"), Some("displaced"))
            ]
        );
        // A name of people before the noun it qualifies is no noun of people.
        assert_eq!(
            got("Four Revolutionary Guards divisions attacked."),
            [(s("divisions"), None)]
        );
        // A verb before a clause opener is not about the count after it, and people
        // "struck by" something do not strike.
        let f = got(
            "Ten people were killed when up to 800 rebels attacked. Two people were struck by lightning.",
        );
        assert_eq!(
            f,
            [
                (s("people"), Some("killed")),
                (s("rebels"), None),
                (s("people"), None)
            ]
        );
        // Those who kill or hold are not the killed or held: a verb with a count or a
        // plural as its object (not a time: "laid off one week"); "shot dead" before a
        // count types it.
        let cats: Vec<_> = got(
            "Some 200 rebels killed 12 soldiers. Several hundred activists held banners. \
             About 2,000 workers would be laid off one week. Police shot dead six suspects.",
        )
        .into_iter()
        .map(|x| x.1)
        .collect();
        assert_eq!(
            cats,
            [
                None,
                Some("killed"),
                None,
                Some("dismissed"),
                Some("killed")
            ]
        );
        // "held" types a plain count, not a ratio or an amount.
        let cats: Vec<_> = figures(
            "Iran says 41 held. It offers one new share for every three held. Reserves \
             were above the 53.2 billion held on Tuesday.",
        )
        .into_iter()
        .map(|x| x.category)
        .collect();
        assert_eq!(cats, [Some("detained"), None, None, None]);
        // No one is counted by a number with decimals, nor struck out in baseball.
        let cats: Vec<_> = figures(
            "Siemens shed 12.50 to 716.50. Eldred walked one and struck out three. About 1.5 \
             million were displaced.",
        )
        .into_iter()
        .map(|x| x.category)
        .collect();
        assert_eq!(cats, [None, None, None, Some("displaced")]);
        // "US" and "IT" before a noun in lower case are acronyms, not closed words.
        let f = got("About 250,000 US consumers complained. The firm hired 40 IT workers.");
        assert_eq!(
            f,
            [(s("consumers"), None), (s("workers"), Some("employed"))]
        );
    }

    #[test]
    fn quantities() {
        let cases: &[(&str, &[Want])] = &[
            ("a 47km road", &[("47km", Q, 47.0, Some("km"))]),
            (
                "70 miles (113 kilometers) south",
                &[
                    ("70 miles", Q, 70.0, Some("mi")),
                    ("113 kilometers", Q, 113.0, Some("km")),
                ],
            ),
            (
                "a 50-kilometer race",
                &[("50-kilometer", Q, 50.0, Some("km"))],
            ),
            ("it reached 30°C today", &[("30°C", Q, 30.0, Some("°C"))]),
            ("1.6ha of land", &[("1.6ha", Q, 1.6, Some("ha"))]),
            ("a 200MW plant", &[("200MW", Q, 200.0, Some("MW"))]),
            (
                "500,000 barrels a day",
                &[("500,000 barrels a day", Q, 500000.0, Some("barrels/day"))],
            ),
            (
                "paid £250 a day",
                &[("£250 a day", Q, 250.0, Some("GBP/day"))],
            ),
            // A race's distance is metres, a count after it millions.
            (
                "the 400m hurdles and 800m runners",
                &[("400m", Q, 400.0, Some("m")), ("800m", Q, 800.0, Some("m"))],
            ),
            (
                "the 200m titles but 14m customers",
                &[("200m", Q, 200.0, Some("m")), ("14m", N, 14e6, None)],
            ),
            // (a word before it that only goes with a race: "indoor", "fastest"; "400m of
            // new debt" is still millions)
            (
                "the fastest indoor 400m of all time; 400m of new debt",
                &[("400m", Q, 400.0, Some("m")), ("400m", N, 400e6, None)],
            ),
            // (a noun ending in "s" that is no plural counts nothing: "success")
            ("a double 60m success", &[("60m", Q, 60.0, Some("m"))]),
            // A plural unit after it is counted in millions too; a word that is none is
            // not ("a 5m high wall").
            // A word and a plural after it: a compound counted noun, unless it names a
            // race ("the 100m relay teams").
            ("It cut output of 256K DRAM chips.", &[]),
            (
                "It has 1.4m cash machines and the 100m relay teams won.",
                &[("1.4m", N, 1.4e6, None), ("100m", Q, 100.0, Some("m"))],
            ),
            (
                "imports of 110m tonnes and 2m cubic metres, behind a 5m high wall",
                &[
                    ("110m tonnes", Q, 110e6, Some("t")),
                    ("2m cubic metres", Q, 2e6, Some("m3")),
                    ("5m", Q, 5.0, Some("m")),
                ],
            ),
            // A unit of two words joined by a hyphen.
            (
                "a 250,000-square-foot hall on a 1.4-square-mile site",
                &[
                    ("250,000-square-foot", Q, 250000.0, Some("ft2")),
                    ("1.4-square-mile", Q, 1.4, Some("mi2")),
                ],
            ),
            // A fraction of one unit; not of "a pound" when the sentence is about money,
            // nor of a plural ("half a dozen" is six).
            (
                "half a mile away, with a tenth of an inch of rain and two-thirds of an acre",
                &[
                    ("half a mile", Q, 0.5, Some("mi")),
                    ("a tenth of an inch", Q, 0.1, Some("in")),
                    ("two-thirds of an acre", Q, 2.0 / 3.0, Some("acre")),
                ],
            ),
            (
                "It weighs half a pound.",
                &[("half a pound", Q, 0.5, Some("lb"))],
            ),
            ("Tickets will cost half a pound more.", &[]),
            // A capital C or F after the digits: a temperature in a sentence about the
            // weather, else part of a name.
            (
                "Temperatures fell to minus 20C; highs 82-96F.",
                &[
                    ("minus 20C", Q, -20.0, Some("°C")),
                    ("82-96F", Q, 82.0, Some("°F")),
                ],
            ),
            ("Insat 1C and 5c coins.", &[]),
            // A measure in two units, in the first.
            (
                "The 5ft 9ins striker, 6 feet 2 inches tall, a 7lb 4oz baby; a 6ft wall.",
                &[
                    ("5ft 9ins", Q, 5.75, Some("ft")),
                    ("6 feet 2 inches", Q, 6.0 + 2.0 / 12.0, Some("ft")),
                    ("7lb 4oz", Q, 7.25, Some("lb")),
                    ("6ft", Q, 6.0, Some("ft")),
                ],
            ),
            // An earthquake's magnitude, before or after the number.
            (
                "A magnitude 6.1 quake, then a 5.1-magnitude tremor, measured 6.9 on the Richter \
                 scale.",
                &[
                    ("magnitude 6.1", Q, 6.1, Some("magnitude")),
                    ("5.1-magnitude", Q, 5.1, Some("magnitude")),
                    ("6.9 on the Richter scale", Q, 6.9, Some("magnitude")),
                ],
            ),
            (
                "about half a tonne\u{a0}of cocaine, half a dozen boats",
                &[
                    ("about half a tonne", Q, 0.5, Some("t")),
                    ("half a dozen", N, 6.0, None),
                ],
            ),
        ];
        for (text, want) in cases {
            check(text, want);
        }
    }

    #[test]
    fn a_price_says_what_it_is_per() {
        // A unit's normalised form, else the noun; not a time (a rate), an adverb after
        // "each", a number, or an adjective before the noun.
        let f = figures(
            "Oil rose $2 a barrel; petrol costs 150.9p a litre; it paid 12 cts a share, a \
             12-cent-a-share dividend, and fees of £3,000 a child. He earns £250 a day, pays \
             $10 each instead, $4 per reusable page and 2 cts per one-tenth of a degree.",
        );
        let got: Vec<(&str, Option<&str>)> = f
            .iter()
            .filter(|x| x.kind == FigureKind::Money || x.currency.is_some())
            .map(|x| (x.text.as_str(), x.per.as_deref()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("$2", Some("barrels")),
                ("150.9p", Some("l")),
                ("12 cts", Some("share")),
                ("12-cent-a-share", Some("share")),
                ("£3,000", Some("child")),
                ("£250 a day", None),
                ("$10", None),
                ("$4", None),
                ("2 cts", None)
            ]
        );
    }

    #[test]
    fn a_coin_in_title_case_is_a_name() {
        let f = figures("Rapper 50 Cent also appears, at 50 cents a ticket, or 60 Canadian cents.");
        let money: Vec<&str> = f
            .iter()
            .filter(|x| x.kind == FigureKind::Money)
            .map(|x| x.text.as_str())
            .collect();
        assert_eq!(money, ["50 cents", "60 Canadian cents"]);
    }

    #[test]
    fn a_number_in_a_name_is_no_figure() {
        check(
            "He starred in Robocop 2 and used Windows 95 in Perceptions 301, while the \
             Yankees 12 of the past 15 meetings. PORSCHE RECALLS 892 CARS. Only 13 of them \
             came.",
            &[
                ("12", N, 12.0, None),
                ("15", N, 15.0, None),
                ("892", N, 892.0, None),
                ("13", N, 13.0, None),
            ],
        );
        // Also before a noun it seems to count; not a contest's standing, nor after a
        // sentence's first word, nor a noun in title case.
        check(
            "Fans of the Commodore 64 computer met. It leads the Fortune 500 companies, \
             and Audi 5000 models sold. Polls put Clinton 3 points ahead. Top 10 films won. \
             Sao Paulo 2 Santos 1.",
            &[
                ("3", N, 3.0, None),
                ("10", N, 10.0, None),
                ("2", N, 2.0, None),
            ],
        );
    }

    #[test]
    fn a_measure_written_once_for_two_amounts() {
        // The unit of the amount before a bare scaled number joined to it by "from", "to",
        // "against" ...; not a rate's, nor a number of things after a measure.
        check(
            "Output fell to 2.1 mln tonnes from 2.4 mln. Stocks rose 1.5 mln barrels to \
             250.3 mln. It made 5,000 tonnes and 4,000 cars.",
            &[
                ("2.1 mln tonnes", Q, 2.1e6, Some("t")),
                ("2.4 mln", Q, 2.4e6, Some("t")),
                ("1.5 mln barrels", Q, 1.5e6, Some("barrels")),
                ("250.3 mln", Q, 250.3e6, Some("barrels")),
                ("5,000 tonnes", Q, 5000.0, Some("t")),
                ("4,000", N, 4000.0, None),
            ],
        );
    }

    #[test]
    fn a_bare_m_after_an_amount_in_millions_is_millions() {
        check(
            "Profit was 77m euros (£53m; $100m), up from 38m. Stocks fell 1m barrels to \
             294.3m. Fiat gets 1bn euros, with another 550m later. It made $28.5m (£15.2m), \
             a total of 204.3m (£109m). He won £1m and ran 100m.",
            &[
                ("77m euros", M, 77e6, Some("EUR")),
                ("£53m", M, 53e6, Some("GBP")),
                ("$100m", M, 100e6, Some("USD")),
                ("38m", M, 38e6, Some("EUR")),
                ("1m barrels", Q, 1e6, Some("barrels")),
                ("294.3m", Q, 294.3e6, Some("barrels")),
                ("1bn euros", M, 1e9, Some("EUR")),
                ("550m", M, 550e6, Some("EUR")),
                ("$28.5m", M, 28.5e6, Some("USD")),
                ("£15.2m", M, 15.2e6, Some("GBP")),
                ("204.3m", M, 204.3e6, Some("USD")),
                ("£109m", M, 109e6, Some("GBP")),
                ("£1m", M, 1e6, Some("GBP")),
                ("100m", Q, 100.0, Some("m")),
            ],
        );
        let f = figures("It made $28.5m (£15.2m), a total of 204.3m (£109m).");
        assert_eq!(f[3].converted_from, Some(2), "{f:?}");
    }

    #[test]
    fn the_lines_of_an_earnings_statement_are_money() {
        let f = figures(
            "COBANCO INC YEAR NET\nSANTA CRUZ, Calif., Feb 26 -\n    Shr 34 cts vs 1.19 dlrs\n    \
             Net 807,000 vs 2,858,000\n    Revs 1.59 billion vs 997.1 mln\n    Avg shrs 12.6 mln \
             vs 11.2 mln\nIt said 300 people work there.",
        );
        let got: Vec<(&str, FigureKind, Option<&str>)> = f
            .iter()
            .map(|x| (x.text.as_str(), x.kind, x.currency))
            .collect();
        let money = |t| (t, FigureKind::Money, Some("USD"));
        let number = |t| (t, FigureKind::Number, None);
        assert_eq!(
            got,
            vec![
                money("34 cts"),
                money("1.19 dlrs"),
                money("807,000"),
                money("2,858,000"),
                money("1.59 billion"),
                money("997.1 mln"),
                number("12.6 mln"),
                number("11.2 mln"),
                number("300"),
            ]
        );
        // Without another amount in a currency, no currency is guessed; nor is one for
        // amounts whose scale a table's heading gives.
        for text in [
            "    Net 807,000 vs 2,858,000\n",
            "(in billions of yen, 5 dlrs a share)\nTurnover 115.259 vs 123.157\n",
        ] {
            let f = figures(text);
            let bare = |x: &&Figure| x.text.starts_with(['1', '2', '8']);
            assert!(
                f.iter().filter(bare).all(|x| x.kind == FigureKind::Number),
                "{f:?}"
            );
        }
    }

    #[test]
    fn ages() {
        let cases: &[(&str, &[Want])] = &[
            (
                "the 20-year-old man",
                &[("20-year-old", Q, 20.0, Some("years"))],
            ),
            (
                "a six-month-old baby",
                &[("six-month-old", Q, 6.0, Some("months"))],
            ),
            (
                "for 17-year-olds",
                &[("17-year-olds", Q, 17.0, Some("years"))],
            ),
            (
                "He was 52 years old.",
                &[("52 years old", Q, 52.0, Some("years"))],
            ),
            (
                "children above 8 years of age",
                &[("above 8 years of age", Q, 8.0, Some("years"))],
            ),
            (
                "a 200-year-old cottage",
                &[("200-year-old", Q, 200.0, Some("years"))],
            ),
            (
                "Zhivka Savic, 65, said so.",
                &[("65", Q, 65.0, Some("years"))],
            ),
            (
                "“Yes,” said Zoë Brontë, 31.",
                &[("31", Q, 31.0, Some("years"))],
            ),
            ("He died aged 44.", &[("44", Q, 44.0, Some("years"))]),
            (
                "She retired at the age of\u{a0}87.",
                &[("87", Q, 87.0, Some("years"))],
            ),
            (
                "Gore, who turned 50 while away",
                &[("50", Q, 50.0, Some("years"))],
            ),
            (
                "readers aged nine to 11",
                &[("nine to 11", Q, 9.0, Some("years"))],
            ),
            // a duration, a count, a score, a date and a minute are no ages
            ("a 20-year contract", &[]),
            ("the index turned 50 points", &[("50", N, 50.0, None)]),
            ("Tim O'Gorman, 109, and Adams", &[]),
            ("a girl born Sept, 26, 2014", &[]),
            ("Cruz, 11 and 8 percent", &[("8 percent", P, 8.0, None)]),
            ("Andre Venter (Wayne Fyvie, 75)", &[]),
        ];
        for (text, want) in cases {
            check(text, want);
        }
        // A range of ages keeps its bounds.
        let f = figures("for 18- to 24-year-olds");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].text, "18- to 24-year-olds");
        assert_eq!(f[0].unit, Some("years"));
        assert_eq!(f[0].range.map(|r| (r.low, r.high)), Some((18.0, 24.0)));
    }

    #[test]
    fn not_figures() {
        for text in [
            "He was jailed in 1998 and freed in 2023.",
            "over seven years",
            "on the second of three days",
            "on 2 November and 7 October",
            "at 3pm, or 15:00, or 9 a.m.",
            "the 1990s",
            "the 21st century",
            "the G7 and a Boeing 747 with COVID-19",
            "No. 10 and section 38",
            "he went out in round one of the Open, in round four.",
            "break points in game five of the second set",
            "Call 020 7946 0018 now",
            "1. Preheat the oven.",
            "no one knew; one can see",
            "a three-judge panel",
            "209 West Houston St. is the address",
            "Sept. 1, 1987",
            // numbers inside names
            "the builder of the Three Gorges Dam said",
            "England’s Six Nations loss",
            "the Group of Five industrial countries met",
            "senators of the Gang of Eight",
            "he hosts BBC Two and Channel Four shows",
            // a unit or a coin in title case in a name
            "the 3 Mile Island plant and Nine Inch Nails",
            "Rapper 50 Cent topped the chart, and fans of 50 Cent cheered.",
        ] {
            let f = figures(text);
            assert!(f.is_empty(), "{text:?} gave {f:?}");
        }
        // Not a unit or a coin of a title-case line, nor one with a name before it.
        check(
            "Storm Dumps 5 Inch Snow. It rose 65 Canadian cents, to the 5 Euro note.",
            &[
                ("5 Inch", Q, 5.0, Some("in")),
                ("65 Canadian cents", M, 0.65, Some("CAD")),
                ("5 Euro", M, 5.0, Some("EUR")),
            ],
        );
        // A threshold or a title, not a currency: "mark" and "crown" in the singular.
        let cases: &[(&str, &[Want])] = &[
            (
                "Users topped the 100 million mark.",
                &[("100 million", N, 1e8, None)],
            ),
            // A number word in a headline's capitals is no name's.
            (
                "SOUTH CHINA STORMS KILL TWO, DAMAGE CROPS",
                &[("TWO", N, 2.0, None)],
            ),
            (
                "He won the world 5,000m crown.",
                &[("5,000m", Q, 5000.0, Some("m"))],
            ),
            // A possessive is no plural of a counted noun.
            (
                "The Olympic 800m and 1500m champion's time was good.",
                &[
                    ("800m", Q, 800.0, Some("m")),
                    ("1500m", Q, 1500.0, Some("m")),
                ],
            ),
        ];
        for (text, want) in cases {
            check(text, want);
        }
    }

    #[test]
    fn multibyte_text() {
        let text = "“Up to €5bn,” she said — about 1,200\u{a0}km and ¥300 (£2).";
        let f = figures(text);
        let t: Vec<&str> = f.iter().map(|x| x.text.as_str()).collect();
        assert_eq!(t, ["Up to €5bn", "about 1,200\u{a0}km", "¥300", "£2"]);
        assert_eq!(f[3].converted_from, Some(2));
        for x in &f {
            assert_eq!(x.span.slice(text), x.text);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]
        #[test]
        fn never_panics_and_spans_are_valid(
            s in "([0-9]{1,5}|[,.%$£€¥-]|US\\$|bn|m|k|million|percent|per cent|one|two|hundred|thousand|half|a|of|to|and|between|up to|about|dozen|people|killed|km|°C|“|”|\u{a0}| |\\(|\\)|é|😀|[a-z]{1,6}){0,40}"
        ) {
            for f in figures(&s) {
                prop_assert!(f.span.start <= f.span.end && f.span.end <= s.len());
                prop_assert!(s.is_char_boundary(f.span.start) && s.is_char_boundary(f.span.end));
                prop_assert_eq!(f.span.slice(&s), f.text.as_str());
                prop_assert!(f.value.is_finite());
                if let Some(r) = f.range {
                    prop_assert!(r.low.is_finite() && r.high.is_finite() && r.low < r.high);
                }
            }
        }

        #[test]
        fn arbitrary_text_never_panics(s in "\\PC{0,200}") {
            for f in figures(&s) {
                prop_assert_eq!(f.span.slice(&s), f.text.as_str());
                prop_assert!(f.value.is_finite());
            }
        }
    }
}
