//! The grammar of time expressions: hand-written matchers over the tagged token stream, each
//! starting at one token and returning the longest expression found there, already
//! normalised against the reference date.

use super::calendar::{self as cal, YEARS};
use super::lexicon::{HolidayRule, LEXICON, Lex, Tense, Unit, bits};
use super::tokens::{Kind, Sent, Tk};
use super::{DateOrder, TimexType};
use jiff::civil::Date;
use std::sync::LazyLock;

/// Scale words: a number before one is a count ("a quarter million", "five million a year").
const SCALE_WORDS: &[&str] = &["hundred", "thousand", "million", "billion", "trillion"];
/// Words after "a quarter" that make it a fraction, not three months ("a quarter point",
/// "one quarter share", "a quarter ounce", "a quarter century", "a quarter as powerful").
const FRACTION_OF: &[&str] = &[
    "point",
    "points",
    "percentage",
    "share",
    "shares",
    "ounce",
    "ounces",
    "mile",
    "miles",
    "inch",
    "inches",
    "century",
    "as",
    "full",
];
/// The TIMEX3 value of the decade or century a year of four digits ending in 0 names
/// ("1990s" 199, "1800s" 18; "2000s" is a decade, 200).
fn decade_of(v: i32) -> Option<String> {
    if v % 100 == 0 && v % 1000 != 0 {
        Some(format!("{:02}", v / 100))
    } else if v % 10 == 0 && YEARS.contains(&v) {
        Some(format!("{:03}", v / 10))
    } else {
        None
    }
}

/// Words before an abbreviated weekday with no date after it ("on Sun.", "Mon. to Fri.").
const WEEKDAY_ABBREVIATION_LEADS: &[&str] = &[
    "on", "since", "until", "till", "last", "next", "this", "from", "through", "thru", "before",
    "after", "early", "late", "every", "each", "and", "or", "to", "-", "–",
];
/// One expression found: token range end, type, value, modifier.
#[derive(Clone, Debug)]
pub struct M {
    /// One past its last token.
    pub end: usize,
    pub kind: TimexType,
    pub value: String,
    pub modifier: Option<&'static str>,
    /// False when it needed the reference date and there was none.
    pub resolved: bool,
    /// False for values derived from an earlier one ("the year-ago quarter"), which must
    /// not become the focus of later anaphora.
    pub focus: bool,
}

impl M {
    fn new(end: usize, kind: TimexType, value: impl Into<String>) -> M {
        M {
            end,
            kind,
            value: value.into(),
            modifier: None,
            resolved: true,
            focus: true,
        }
    }
    fn derived(mut self) -> M {
        self.focus = false;
        self
    }
    fn date(end: usize, value: impl Into<String>) -> M {
        M::new(end, TimexType::Date, value)
    }
    fn known(mut self, known: bool) -> M {
        self.resolved = known;
        self
    }
    fn with_mod(mut self, m: Option<&'static str>) -> M {
        if m.is_some() {
            self.modifier = m;
        }
        self
    }
}

/// A day-granular date, for expressions that add a time of day to it.
#[derive(Clone, Debug)]
struct Day {
    end: usize,
    value: String,
    resolved: bool,
}

impl Day {
    /// The day `date`, or `unknown` (an X value) when there is none.
    fn new(end: usize, date: Option<Date>, unknown: impl Into<String>) -> Day {
        match date {
            Some(d) => Day {
                end,
                value: cal::fmt_day(d),
                resolved: true,
            },
            None => Day {
                end,
                value: unknown.into(),
                resolved: false,
            },
        }
    }
}

/// The parser of one document.
pub struct Parser<'a> {
    text: &'a str,
    /// The tokens up to the end of the block of text being parsed (see
    /// [`Parser::parse_at`]).
    t: &'a [Tk],
    /// All the tokens.
    all: &'a [Tk],
    sents: &'a [Sent],
    dct: Option<Date>,
    order: DateOrder,
    /// Last day-granular date mentioned, and its sentence.
    last_day: Option<(Date, u32)>,
    /// Last year mentioned (any granularity), and its sentence.
    last_year: Option<(i32, u32)>,
    /// Last quarter mentioned, and its sentence.
    last_quarter: Option<(i32, u8, u32)>,
    /// Last month mentioned (any value with a month), and its sentence.
    last_month: Option<(i32, u8, u32)>,
    /// The expression found just before: its type, value and sentence.
    prev: Option<(TimexType, String, u32)>,
    /// Does the text speak of futures (the word "futures")? Found once when asked.
    futures: std::cell::OnceCell<bool>,
}

/// Day `d` in the month of the day `v` ("2023-11-02", "XXXX-11-02"), ending at token `end`:
/// the other day of "April 24 and 25", "10-20 February".
fn day_of_month(v: &str, d: u8, end: usize) -> Option<M> {
    let m: u8 = v.get(5..7)?.parse().ok()?;
    match v[..4].parse::<i32>() {
        Ok(y) => Some(M::date(end, cal::fmt_day(cal::ymd(y, m, d)?))),
        Err(_) => Some(M::date(end, format!("{}-{d:02}", &v[..7])).known(false)),
    }
}

/// How many years before the reference date a four-digit number after "at" must lie to
/// be read as a clock time rather than a year ("at 1330" in 1987).
const OLD_YEAR_AT: i32 = 200;

/// Words after "the" and a month that make the month no modifier (`Parser::month_modifier`).
static NOT_AFTER_MONTH: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("data/not_after_month.txt")).collect());

/// Nouns of events that are over, possessed by a weekday (`Parser::possessed_past_event`).
static PAST_EVENT_NOUNS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("data/past_event_nouns.txt")).collect());

/// Words that make a month a contract's delivery month (`Parser::delivery_month`), and
/// whether they do so only in an article that speaks of futures.
static DELIVERY_WORDS: LazyLock<Vec<(&'static str, bool)>> = LazyLock::new(|| {
    crate::data::table(include_str!("data/delivery_words.tsv"))
        .map(|row| (row[0], row.get(1) == Some(&"futures")))
        .collect()
});

/// Words that end a street's name (`Parser::street_number`).
static STREET_WORDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::data::lines(include_str!("data/street_words.txt")).collect());

fn longest(best: &mut Option<M>, m: Option<M>) {
    if let Some(m) = m
        && best.as_ref().is_none_or(|b| m.end > b.end)
    {
        *best = Some(m);
    }
}

impl<'a> Parser<'a> {
    pub fn new(
        text: &'a str,
        t: &'a [Tk],
        sents: &'a [Sent],
        dct: Option<Date>,
        order: DateOrder,
    ) -> Self {
        Parser {
            text,
            t,
            all: t,
            sents,
            dct,
            order,
            last_day: None,
            last_year: None,
            last_quarter: None,
            last_month: None,
            prev: None,
            futures: std::cell::OnceCell::new(),
        }
    }

    // -----------------------------------------------------------------------------------
    // Token helpers

    #[inline]
    fn tx(&self, i: usize) -> &'a str {
        self.t.get(i).map_or("", |t| t.span.slice(self.text))
    }

    #[inline]
    fn is(&self, i: usize, w: &str) -> bool {
        self.t.get(i).is_some_and(|t| {
            t.span.len() == w.len() && t.span.slice(self.text).eq_ignore_ascii_case(w)
        })
    }

    fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        ws.iter().any(|w| self.is(i, w))
    }

    /// Does token `i` hold a lower-case letter (title case or lower case, not capitals)?
    fn has_lower(&self, i: usize) -> bool {
        self.tx(i).bytes().any(|b| b.is_ascii_lowercase())
    }

    /// Tokens `i` and `i + 1` touch (no space between).
    fn adjacent(&self, i: usize) -> bool {
        match (self.t.get(i), self.t.get(i + 1)) {
            (Some(a), Some(b)) => a.span.end == b.span.start,
            _ => false,
        }
    }

    fn kind(&self, i: usize) -> Option<Kind> {
        self.t.get(i).map(|t| t.kind)
    }

    /// Single-word lexicon meanings of token `i`.
    fn lex(&self, i: usize) -> impl Iterator<Item = Lex> + 'a {
        self.t
            .get(i)
            .map_or(&[][..], |t| t.entries)
            .iter()
            .filter(|e| e.rest.is_empty())
            .map(|e| e.lex)
    }

    /// Does word `w` of a phrase match at token `j`? Returns the token after it. A word
    /// ending in "'s" or "'" also matches the word and its split-off ending.
    fn word_at(&self, j: usize, w: &str) -> Option<usize> {
        if self.is(j, w) {
            return Some(j + 1);
        }
        let t = self.tx(j);
        if let Some(stem) = w.strip_suffix("'s").or_else(|| w.strip_suffix('\''))
            && t.eq_ignore_ascii_case(stem)
            && self.kind(j + 1) == Some(Kind::Poss)
        {
            return Some(j + 2);
        }
        // "st." in the table, "St" + "." in the text.
        if let Some(stem) = w.strip_suffix('.')
            && t.eq_ignore_ascii_case(stem)
            && self.is(j + 1, ".")
        {
            return Some(j + 2);
        }
        None
    }

    /// Lexicon entries (words and phrases) of the kinds in `mask` matching at `i`: (end,
    /// meaning), longest first.
    fn phrases(&self, i: usize, mask: u32) -> impl Iterator<Item = (usize, Lex)> + '_ {
        let entries = self.t.get(i).map_or(&[][..], |t| t.entries);
        entries.iter().filter_map(move |e| {
            if e.lex.bit() & mask == 0 {
                return None;
            }
            let mut j = i + 1;
            for w in &e.rest {
                j = self.word_at(j, w)?;
            }
            Some((j, e.lex))
        })
    }

    fn month(&self, i: usize) -> Option<u8> {
        let t = self.t.get(i)?;
        self.lex(i).find_map(|l| match l {
            Lex::Month { m, cap } if !cap || t.cap => Some(m),
            _ => None,
        })
    }

    /// A weekday name. Abbreviations ("Sun", "Wed") also name other things: they need a
    /// date after them, or their period and a word before them that leads to a day ("on
    /// Sun.", "from Mon. to Fri."; not "the Sun.", "owned by Sun.", "Baltimore Sun."), a
    /// range to another weekday ("open Mon. to Fri.") or a dateline's dash ("SHAH ALAM,
    /// Thurs. - The …").
    fn weekday(&self, i: usize) -> Option<(u8, bool)> {
        let t = self.t.get(i)?;
        self.lex(i).find_map(|l| match l {
            Lex::Weekday { wd, cap, plural } if !cap || t.cap => {
                let k = if self.is(i + 1, ",") { i + 2 } else { i + 1 };
                let ok = !cap
                    || self.month(k).is_some()
                    || self.day_num(k).is_some()
                    || self.tx(i).ends_with('.')
                        && (i == 0
                            || self.is_any(i - 1, WEEKDAY_ABBREVIATION_LEADS)
                            || self.is_any(i + 1, &["to", "-", "–", "through", "and"])
                                && self.weekday(i + 2).is_some()
                            || self.is(i - 1, ",") && self.is_any(i + 1, &["-", "–", "—", "--"]));
                ok.then_some((wd, plural))
            }
            _ => None,
        })
    }

    fn unit(&self, i: usize) -> Option<(Unit, bool)> {
        self.lex(i).find_map(|l| match l {
            Lex::Unit { unit, plural } => Some((unit, plural)),
            _ => None,
        })
    }

    /// A season; not a capitalised one opening a name ("the Summer Olympics", "the Winter
    /// Games", "the Autumn Statement").
    fn season(&self, i: usize) -> Option<&'static str> {
        let s = self.lex(i).find_map(|l| match l {
            Lex::Season(s) => Some(s),
            _ => None,
        })?;
        let name = self.t[i].cap
            && self.has_lower(i)
            && self.t.get(i + 1).is_some_and(|n| {
                n.kind == Kind::Word && n.cap && &self.text[self.t[i].span.end..n.span.start] == " "
            })
            && self.has_lower(i + 1);
        (!name).then_some(s)
    }

    /// A part of the day; not a surname in title case after a word of its name ("Jamie
    /// Noon", "J Noon", "Hugh Dawn").
    fn daypart(&self, i: usize) -> Option<&'static str> {
        let p = self.lex(i).find_map(|l| match l {
            Lex::DayPart(s) => Some(s),
            _ => None,
        })?;
        (!self.surname_word(i)).then_some(p)
    }

    /// Is token `i`, in title case, a surname: after a capitalised word one
    /// space before it that has no meaning in dates ("Monday Noon", "Late Night" keep
    /// theirs) and is no function word ("At Dawn" in a headline)?
    fn surname_word(&self, i: usize) -> bool {
        let (Some(t), Some(prev)) = (self.t.get(i), i.checked_sub(1).and_then(|j| self.t.get(j)))
        else {
            return false;
        };
        t.cap
            && self.has_lower(i)
            && prev.kind == Kind::Word
            && prev.cap
            && &self.text[prev.span.end..t.span.start] == " "
            && prev.entries.is_empty()
            && !crate::data::closed_word(&self.tx(i - 1).to_lowercase())
    }

    fn ordinal(&self, i: usize) -> Option<(usize, i32)> {
        if let Some(n) = self.lex(i).find_map(|l| match l {
            Lex::Ordinal(n) => Some(n),
            _ => None,
        }) {
            return Some((i + 1, n));
        }
        // "twenty-first", "twenty first"
        if self.is_any(i, &["twenty", "thirty"]) {
            let j = if self.kind(i + 1) == Some(Kind::Hyphen) {
                i + 2
            } else {
                i + 1
            };
            if let Some((e, n)) = self
                .lex(j)
                .find_map(|l| match l {
                    Lex::Ordinal(n) if (1..10).contains(&n) => Some(n),
                    _ => None,
                })
                .map(|n| (j + 1, n))
            {
                return Some((e, if self.is(i, "twenty") { 20 } else { 30 } + n));
            }
        }
        // "3rd", "21st"
        let t = self.t.get(i)?;
        if t.kind == Kind::Num && t.num.digits > 0 && t.num.digits <= 3 {
            let suf = &self.tx(i)[t.num.suffix as usize..];
            if ["st", "nd", "rd", "th"]
                .iter()
                .any(|s| suf.eq_ignore_ascii_case(s))
            {
                return Some((i + 1, t.num.value as i32));
            }
        }
        None
    }

    /// A plain integer token (digits only, no letters).
    fn int(&self, i: usize) -> Option<(u32, u8)> {
        let t = self.t.get(i)?;
        (t.kind == Kind::Num && t.num.digits > 0 && t.num.suffix as usize == t.span.len())
            .then_some((t.num.value as u32, t.num.digits))
    }

    /// A cardinal: digits ("7", "2.5", "2 1/2"), words ("seven", "twenty-four", "a couple
    /// of", "a few", "half a(n)"). `None` value for vague counts.
    fn number(&self, i: usize) -> Option<(usize, Option<f64>)> {
        let t = self.t.get(i)?;
        if t.kind == Kind::Num {
            if t.num.suffix as usize != t.span.len() || t.num.value <= 0.0 {
                return None;
            }
            // The second part of a fraction or of a split year is no number of its own
            // ("12-1/2 year", "the 1986/87 year").
            if i >= 2
                && self.is(i - 1, "/")
                && self.adjacent(i - 2)
                && self.adjacent(i - 1)
                && self.kind(i - 2) == Some(Kind::Num)
            {
                return None;
            }
            let mut v = t.num.value;
            let mut j = i + 1;
            // "12-1/2" as "12 1/2"
            if (self.kind(j) == Some(Kind::Hyphen) || self.is(j, "-"))
                && self.adjacent(i)
                && self.adjacent(j)
            {
                j += 1;
            }
            // "2 1/2"
            if t.num.digits > 0
                && let (Some((a, 1)), true, Some((b, 1))) =
                    (self.int(j), self.is(j + 1, "/"), self.int(j + 2))
                && a < b
                && self.adjacent(j)
                && self.adjacent(j + 1)
            {
                v += f64::from(a) / f64::from(b);
                j += 3;
            } else {
                j = i + 1;
            }
            return Some((j, Some(v)));
        }
        if self.is_any(i, &["a", "an"]) {
            if self.kind(i + 1) == Some(Kind::Hyphen) {
                return None;
            }
            if self.is(i + 1, "few") {
                return Some((i + 2, None));
            }
            if self.is(i + 1, "couple") {
                let j = if self.is(i + 2, "of") { i + 3 } else { i + 2 };
                return Some((j, Some(2.0)));
            }
            if self.is(i + 1, "dozen") {
                return Some((i + 2, Some(12.0)));
            }
            if self.is_any(i + 1, &["hundred", "thousand"]) {
                let v = if self.is(i + 1, "hundred") {
                    100.0
                } else {
                    1000.0
                };
                return Some((i + 2, Some(v)));
            }
            if self.is(i + 1, "half") {
                return Some((i + 2, Some(0.5)));
            }
            return Some((i + 1, Some(1.0)));
        }
        let first = self.lex(i).find_map(|l| match l {
            Lex::Number(n) => Some(n),
            _ => None,
        })?;
        let Some(mut v) = first else {
            // "several", "few", "dozens of"
            let j = if self.is(i + 1, "of") && self.tx(i).ends_with('s') {
                i + 2
            } else {
                i + 1
            };
            return Some((j, None));
        };
        let mut j = i + 1;
        if v == 0.5 && self.is_any(j, &["a", "an"]) {
            // "half an hour"
            return Some((j + 1, Some(0.5)));
        }
        if self.is(i, "quarter") {
            // "quarter" is a unit unless "a quarter of an hour"
            return None;
        }
        if self.is(i, "couple") {
            return Some((if self.is(j, "of") { j + 1 } else { j }, Some(2.0)));
        }
        // Tens and units: "twenty-four", "twenty four"
        if (20.0..100.0).contains(&v) && v % 10.0 == 0.0 {
            let k = if self.kind(j) == Some(Kind::Hyphen) {
                j + 1
            } else {
                j
            };
            if let Some(Some(u)) = self.lex(k).find_map(|l| match l {
                Lex::Number(n) => Some(n),
                _ => None,
            }) && (1.0..10.0).contains(&u)
                && u.fract() == 0.0
            {
                v += u;
                j = k + 1;
            }
        }
        // "two hundred", "three thousand"
        while self.is_any(j, &["hundred", "thousand"]) && v < 1000.0 {
            v *= if self.is(j, "hundred") { 100.0 } else { 1000.0 };
            j += 1;
        }
        Some((j, Some(v)))
    }

    /// A year: four digits (1000-2999, no letters), or said in words ("nineteen
    /// ninety-six", "two thousand and one").
    fn year(&self, i: usize) -> Option<(usize, i32)> {
        if let Some((v, 4)) = self.int(i) {
            let y = v as i32;
            return YEARS.contains(&y).then_some((i + 1, y));
        }
        // "'98"
        if matches!(self.tx(i), "'" | "’")
            && let Some((v, 2)) = self.int(i + 1)
            && self.adjacent(i)
        {
            return Some((i + 2, self.century_for(v as i32)));
        }
        self.spoken_year(i)
    }

    /// Two-digit years: in the reference date's century unless that puts them far ahead.
    fn century_for(&self, yy: i32) -> i32 {
        let base = self.dct.map_or(1900, |d| i32::from(d.year()) / 100 * 100);
        let y = base + yy;
        match self.dct {
            Some(d) if y > i32::from(d.year()) + 20 => y - 100,
            _ => y,
        }
    }

    fn spoken_year(&self, i: usize) -> Option<(usize, i32)> {
        let word_num = |k: usize| {
            self.lex(k).find_map(|l| match l {
                Lex::Number(Some(n)) if n.fract() == 0.0 && n < 100.0 => Some(n as i32),
                _ => None,
            })
        };
        let hi = word_num(i)?;
        if self.is(i, "two") && self.is(i + 1, "thousand") {
            let mut j = i + 2;
            if self.is(j, "and") {
                j += 1;
            }
            if let Some((e, Some(n))) = self.number(j).filter(|_| word_num(j).is_some())
                && n < 100.0
            {
                return Some((e, 2000 + n as i32));
            }
            return Some((i + 2, 2000));
        }
        if !(11..=20).contains(&hi) {
            return None;
        }
        let j = i + 1;
        if self.is(j, "hundred") {
            return Some((j + 1, hi * 100));
        }
        if word_num(j)? < 10 && !self.is_any(j, &["oh", "o"]) {
            return None;
        }
        let (e, n) = self.number(j)?;
        let n = n? as i32;
        ((10..100).contains(&n)).then_some((e, hi * 100 + n))
    }

    /// A day of the month: "2", "2nd", "second", "twenty-first".
    fn day_num(&self, i: usize) -> Option<(usize, u8)> {
        if let Some((v, digits)) = self.int(i) {
            return (digits <= 2 && (1..=31).contains(&v)).then_some((i + 1, v as u8));
        }
        let (e, n) = self.ordinal(i)?;
        ((1..=31).contains(&n)).then_some((e, n as u8))
    }

    /// A day under ten spelled out after its month `i`, as wire copy writes it ("payable
    /// April one to holders", "from March one, 1988", "redeem on April eight all its notes",
    /// "JAN THREE NET"); not "In March two companies merged" (a count:
    /// [`crate::data::counts_after_month`]), "May one day", "the February three-month
    /// average".
    fn spelled_day(&self, i: usize, j: usize) -> Option<(usize, u8)> {
        const DAYS: [&str; 9] = [
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        ];
        let w = self.tx(j);
        let d = DAYS.iter().position(|x| x.eq_ignore_ascii_case(w))? as u8 + 1;
        // "ONE" only after a month in capitals ("JAN THREE", not "March THREE")
        let upper = |s: &str| s.as_bytes().get(1).is_some_and(u8::is_ascii_uppercase);
        if upper(w) && !upper(self.tx(i)) {
            return None;
        }
        let k = j + 1;
        // "the February three-month average"
        if self.is(k, "-") && self.adjacent(j) {
            return None;
        }
        let before = (i > 0 && self.t[i - 1].sent == self.t[i].sent).then(|| self.tx(i - 1));
        // The end of the sentence or line, or a word that cannot be counted ("to", "when",
        // punctuation, a year): a day.
        let breaks = self.t.get(k).is_none_or(|next| {
            next.sent != self.t[j].sent
                || self.text[self.t[j].span.end..next.span.start].contains('\n')
        });
        (breaks || !crate::data::counts_after_month(before, self.tx(k))).then_some((k, d))
    }

    // -----------------------------------------------------------------------------------
    // Context

    /// Tense of the clause around tokens `a..b`: the nearest marker before, else after.
    fn tense(&self, a: usize, b: usize) -> Option<Tense> {
        // "as early as Tuesday", "as soon as March": the earliest of days still ahead
        if a >= 3
            && self.is(a - 1, "as")
            && self.is_any(a - 2, &["early", "soon"])
            && self.is(a - 3, "as")
        {
            return Some(Tense::Future);
        }
        // "a tender offer to begin Thursday", "is due to end on Friday": a verb of a
        // scheduled event after "to" ("meets", "begins" are tense words of their own), not
        // a future in the past ("was due to meet Friday")
        let v = match a.checked_sub(1) {
            Some(p) if self.is(p, "on") => p.checked_sub(1),
            p => p,
        };
        if let Some(v) = v.filter(|&v| v >= 1)
            && self.is(v - 1, "to")
            && self.scheduled_verb(v)
            // (not "the three months to end December")
            && !(v >= 2 && self.unit(v - 2).is_some())
            && !(v.saturating_sub(5)..v - 1).any(|k| self.is_any(k, &["had", "was", "were", "been"]))
        {
            return Some(Tense::Future);
        }
        // "leaders meet on Monday", "talks resume Tuesday", "they meet separately Monday":
        // the bare form of a verb of a scheduled event after a plural subject is a present
        // of what is planned (after "to", above; not after "will" or "did", which say it
        // themselves).
        if let Some(mut v) = v {
            if v >= 1 && self.tx(v).ends_with("ly") && self.t[v].kind == Kind::Word {
                v -= 1;
            }
            let plural_subject = |k: usize| {
                self.is_any(k, &["they", "we"])
                    || self.t[k].kind == Kind::Word && crate::data::plural_shape(self.tx(k))
            };
            if v >= 1 && self.scheduled_verb(v) && plural_subject(v - 1) {
                return Some(Tense::Future);
            }
        }
        // "postponed until Thursday", "adjourned until Monday a hearing", "called off until
        // Monday": what was put off waits for a day still ahead
        if a >= 2 && self.is_any(a - 1, &["until", "till"]) {
            let lo = a.saturating_sub(10);
            if (lo..a - 1).any(|j| {
                self.is_any(
                    j,
                    &[
                        "postponed",
                        "delayed",
                        "adjourned",
                        "deferred",
                        "suspended",
                        "halted",
                        "recessed",
                        "closed",
                        "off",
                        "extended",
                    ],
                )
            }) {
                return Some(Tense::Future);
            }
        }
        let t = self.clause_tense(a, b);
        // "prices rose, effective Feb. 1": the start of a change may lie ahead of its
        // announcement
        if t == Some(Tense::Past) && a >= 1 && self.is(a - 1, "effective") {
            return None;
        }
        t
    }

    fn clause_tense(&self, a: usize, b: usize) -> Option<Tense> {
        let s = self.t.get(a)?.sent as usize;
        let Sent { first, last, .. } = *self.sents.get(s)?;
        let mut j = a;
        let mut seen = 0;
        while j > first && seen < 15 {
            j -= 1;
            seen += 1;
            if let Some(t) = self.tense_at(j, seen <= 2) {
                return Some(t);
            }
            // "said at a Fox News town hall on Monday": further back, a verb of saying
            // whose adjunct (a preposition on) the expression ends, with no clause between
            if seen > 2
                && self.is_any(j + 1, &["at", "in", "on", "during", "after", "before"])
                && (j + 1..a)
                    .all(|k| self.t[k].kind == Kind::Word && !self.is_any(k, &["that", "when"]))
                && let Some(t) = self.tense_at(j, true)
            {
                return Some(t);
            }
            // "the vote is on Friday", "the meeting is at 3pm on Friday", "the deadline is
            // Monday": a day something is (or is due) in the present still lies ahead (not
            // a day's event: "here is Monday's report").
            if seen <= 2
                && self.is_any(j, &["is", "are"])
                && (seen == 1 || self.is_any(j + 1, &["on", "at"]))
                && !(b < self.t.len() && self.tx(b).starts_with(['\'', '’']))
            {
                return Some(Tense::Future);
            }
        }
        // A time fronted in its sentence, alone or in a phrase opened by a preposition,
        // modifies the verb of saying after its comma, near or not ("On Friday, the firm
        // said it would …", "In his address on Saturday, Reagan said he would …"); not one
        // ending a reported clause ("… before June 30, it said").
        let fronted = self.is(b, ",")
            && self.opens_sentence(first)
            && (a == first
                || a - first <= 8
                    && self.is_any(
                        first,
                        &[
                            "in", "on", "at", "during", "also", "late", "early", "earlier",
                            "later", "since", "after", "before", "last", "over",
                        ],
                    ));
        (b..last.min(b + 10)).find_map(|j| self.tense_at(j, fronted || j < b + 2))
    }

    /// A date of one day that starts at token `i` ("yesterday", "Christmas", "Friday,
    /// October 22"): where it ends, and the day.
    fn day_at(&self, i: usize) -> Option<(usize, Date)> {
        let m = self
            .parse(i)
            .filter(|m| m.kind == TimexType::Date && m.value.len() == 10)?;
        Some((m.end, parse_day(&m.value)?))
    }

    /// Is token `i` the bare form of a verb of a scheduled event ("begin", "meet", "vote":
    /// the form in -s is a near future tense word of the lexicon)?
    fn scheduled_verb(&self, i: usize) -> bool {
        let w = self.tx(i);
        let mut buf = [0u8; 16];
        let Some(dst) = buf.get_mut(..w.len() + 1) else {
            return false;
        };
        dst[..w.len()].copy_from_slice(w.as_bytes());
        dst[w.len()] = b's';
        std::str::from_utf8(dst).is_ok_and(|s| {
            matches!(
                LEXICON.aux(s),
                Some(Lex::Tense {
                    tense: Tense::Future,
                    report: true
                })
            )
        })
    }

    /// Does token `i` open a sentence of the text: after the end of one, or opening a
    /// paragraph (not a line of wrapped wire copy, which the tokens may count as a
    /// sentence: "… from the last-half of July to\nSeptember, trade sources said.")?
    fn opens_sentence(&self, i: usize) -> bool {
        let Some(prev) = i.checked_sub(1).and_then(|p| self.t.get(p)) else {
            return true;
        };
        let Some(t) = self.t.get(i) else {
            return false;
        };
        let gap = &self.text[prev.span.end..t.span.start];
        let p = prev.span.slice(self.text);
        matches!(p, "." | "!" | "?" | "\"" | "”" | "'" | "’" | ":" | ";")
            || gap.contains("\n\n")
            || gap.contains("\n ")
            || gap.contains("\n\t")
    }

    /// The tense token `j` marks; verbs of saying only count when `near`.
    fn tense_at(&self, j: usize, near: bool) -> Option<Tense> {
        let t = self.t.get(j)?;
        if t.kind != Kind::Word {
            return None;
        }
        let w = self.tx(j);
        if w.ends_with("'ll") || w.ends_with("’ll") {
            return Some(Tense::Future);
        }
        if let Some(Lex::Tense { tense, report }) = LEXICON.aux(w) {
            if report && !near {
                return None;
            }
            // A verb of a scheduled event in a headline in capitals reports a period past
            // ("4TH QTR ENDS JAN 31 NET").
            if report && tense == Tense::Future && !self.has_lower(j) {
                return None;
            }
            // A word of a name in title case ("the Economic Planning Agency said") marks
            // no tense (a headline in capitals still does: "TO MEET THURSDAY").
            let cap_word = |k: usize| self.t.get(k).is_some_and(|x| x.cap && x.kind == Kind::Word);
            let title_case = t.cap && self.has_lower(j);
            // (not after an abbreviation: "shipments to the U.S. Will begin")
            let name_before = j > 0 && cap_word(j - 1) && !self.tx(j - 1).ends_with('.');
            if title_case && (name_before || cap_word(j + 1)) {
                return None;
            }
            // "set to close" is ahead, "set on" not; "due Friday" is ahead, "due to" a cause
            if self.is(j, "set") != self.is(j + 1, "to") && self.is_any(j, &["set", "due"]) {
                return None;
            }
            // "next to the embassy" is a place; "vacation plans" a noun ("plans to", "plans
            // a strike" look ahead)
            if self.is(j, "next") && self.is(j + 1, "to")
                || self.is_any(j, &["plan", "plans"])
                    && !self.is_any(j + 1, &["to", "a", "an", "the"])
            {
                return None;
            }
            // "had been due to", "was expected to": a future in the past
            if tense == Tense::Future
                && (j.saturating_sub(3)..j).any(|k| self.is_any(k, &["had", "was", "were", "been"]))
            {
                return Some(Tense::Past);
            }
            // "will be held", "is being held": a participle after "be" tells no tense; the
            // auxiliary before it does.
            if tense == Tense::Past
                && j > 0
                && self.is_any(j - 1, &["be", "being", "is", "are", "am"])
            {
                return None;
            }
            return Some(tense);
        }
        // "is to resume", "are to meet": ahead; and so in a headline in capitals
        // ("REAGAN TO ADDRESS NATION WEDNESDAY")
        let caps = |k: usize| self.t[k].kind == Kind::Word && !self.has_lower(k);
        if self.is(j, "to")
            && j > 0
            && (self.is_any(j - 1, &["is", "are"])
                || w == "TO"
                    && j + 1 < self.t.len()
                    && caps(j - 1)
                    && caps(j + 1)
                    // (not "YEAR TO DEC 31", "SIX MONTHS TO MARCH": a verb follows)
                    && self.t[j + 1].mask == 0)
        {
            return Some(Tense::Future);
        }
        let w = self.tx(j);
        let not_verb = matches!(w, "hundred" | "kindred" | "sacred" | "naked" | "wicked");
        // A participle after a form of "be" ("is being traded") is not a past tense.
        // ("be officially notified": an adverb may come between)
        let be = |k: usize| self.is_any(k, &["is", "are", "be", "being", "am"]);
        let passive = j > 0 && be(j - 1) || j > 1 && self.tx(j - 1).ends_with("ly") && be(j - 2);
        // A participle after a determiner is an adjective ("in a nationally televised
        // speech Wednesday night", "the revised plan").
        let det = |k: usize| {
            self.is_any(
                k,
                &[
                    "a", "an", "the", "its", "his", "her", "their", "our", "this", "these",
                ],
            )
        };
        let adjective =
            j > 0 && det(j - 1) || j > 1 && self.tx(j - 1).ends_with("ly") && det(j - 2);
        (w.len() > 4
            && w.ends_with("ed")
            && !t.cap
            && !w.ends_with("eed")
            && !not_verb
            && !passive
            && !adjective)
            .then_some(Tense::Past)
    }

    fn sent_of(&self, i: usize) -> u32 {
        self.t.get(i).map_or(0, |t| t.sent)
    }

    /// Records what a found expression says, for later anaphora ("the quarter", "that
    /// year", "a year earlier").
    pub fn note(&mut self, start: usize, m: &M) {
        let s = self.sent_of(start);
        self.prev = Some((m.kind, m.value.clone(), s));
        let v = m.value.as_bytes();
        if m.kind == TimexType::Duration || m.kind == TimexType::Set || v.len() < 4 || !m.focus {
            return;
        }
        let Ok(y) = m.value[..4].parse::<i32>() else {
            return;
        };
        self.last_year = Some((y, s));
        if v.len() == 7 && v[5] == b'Q' {
            self.last_quarter = Some((y, v[6] - b'0', s));
        }
        if v.len() >= 7
            && v[4] == b'-'
            && let Ok(mo) = m.value[5..7].parse::<u8>()
        {
            self.last_month = Some((y, mo, s));
        }
        if v.len() >= 10
            && let (Ok(mo), Ok(d)) = (m.value[5..7].parse::<u8>(), m.value[8..10].parse::<u8>())
            && let Some(date) = cal::ymd(y, mo, d)
        {
            self.last_day = Some((date, s));
        }
    }

    /// The day anaphora refer to: the last day mentioned in this or the previous two
    /// sentences, else the reference date.
    fn anchor_day(&self, i: usize) -> Option<Date> {
        let s = self.sent_of(i);
        match self.last_day {
            Some((d, ds)) if s.saturating_sub(ds) <= 2 => Some(d),
            _ => self.dct,
        }
    }

    /// A quarter mentioned recently (for "the quarter", "a year earlier").
    fn recent_quarter(&self, i: usize) -> Option<(i32, u8)> {
        let s = self.sent_of(i);
        self.last_quarter
            .filter(|&(_, _, qs)| s.saturating_sub(qs) <= 2)
            .map(|(y, q, _)| (y, q))
    }

    /// Year of a month (and day) given without one: the one nearest the reference date,
    /// before it in past-tense clauses and after it in future ones.
    ///
    /// The candidates are last year's, this year's and next year's; the nearest wins, a
    /// candidate on the wrong side of the reference for the tense counting 200 days
    /// further away (so a deadline "Dec. 7" in a past-tense sentence of late October is
    /// still the coming December, but "Aug. 6" in February's past tense is last August),
    /// and without a tense a later one 45 days further (news looks back more than ahead).
    fn infer_year(&self, m: u8, d: Option<u8>, tense: Option<Tense>) -> Option<i32> {
        const WRONG_SIDE: i32 = 200;
        const LOOKING_BACK: i32 = 45;
        let dct = self.dct?;
        let y = i32::from(dct.year());
        let here = i32::from(dct.day_of_year());
        // Day of year of the month and day (mid-month for a month), in a common year.
        let there = |yy: i32| -> i32 {
            let days_before = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
            let doy = days_before[usize::from(m.clamp(1, 12) - 1)] + i32::from(d.unwrap_or(15));
            doy + (yy - y) * 365
        };
        let cost = |yy: i32| {
            let diff = there(yy) - here;
            let slack = if d.is_none() { 31 } else { 0 };
            let penalty = match tense {
                Some(Tense::Past) if diff > slack => WRONG_SIDE,
                Some(Tense::Future) if diff < -slack => WRONG_SIDE,
                None if diff > slack => LOOKING_BACK,
                _ => 0,
            };
            diff.abs() + penalty
        };
        [y, y - 1, y + 1].into_iter().min_by_key(|&yy| cost(yy))
    }

    // -----------------------------------------------------------------------------------
    // The grammar

    /// The longest expression starting at token `i`, within its block of text: no
    /// expression runs on across a blank line ("Halo 2.\n\nJan Bolz said"). (Sentence and
    /// single line breaks are no such bound: the one after "Sept." in "Sept.\n5" may be
    /// a wrong guess.)
    pub fn parse_at(&mut self, i: usize) -> Option<M> {
        let end = self
            .all
            .get(i)
            .and_then(|t| self.sents.get(t.sent as usize))
            .map_or(self.all.len(), |s| s.block_end);
        self.t = &self.all[..end];
        self.parse(i)
    }

    /// The longest expression starting at token `i` (among the tokens in `t`).
    fn parse(&self, i: usize) -> Option<M> {
        let mask = self.t.get(i)?.mask;
        let mut best = None;
        if mask & bits::PREMOD != 0 {
            longest(&mut best, self.premod(i));
        }
        if mask & bits::POINTMOD != 0 {
            longest(&mut best, self.point_mod(i));
        }
        longest(&mut best, self.core(i));
        best
    }

    /// "about two years", "more than four hours", "nearly four years ago", "around 7:15".
    fn premod(&self, i: usize) -> Option<M> {
        let (j, m) = self.phrases(i, bits::PREMOD).find_map(|(j, l)| match l {
            Lex::PreMod(m) => Some((j, m)),
            _ => None,
        })?;
        let inner = self.core(j)?;
        // A duration or clock time, or a date that starts with a number or month
        // ("about two years ago", "around Nov. 1"); not "about the future".
        let fits = matches!(inner.kind, TimexType::Duration | TimexType::Time)
            || self.number(j).is_some()
            || self.month(j).is_some();
        fits.then(|| inner.with_mod(Some(m)))
    }

    /// "early 1990", "late yesterday", "mid-1996", "the end of the year", "earlier this month".
    fn point_mod(&self, i: usize) -> Option<M> {
        let (mut j, m) = self.phrases(i, bits::POINTMOD).find_map(|(j, l)| match l {
            Lex::PointMod(m) => Some((j, m)),
            _ => None,
        })?;
        if self.kind(j) == Some(Kind::Hyphen) {
            j += 1;
        }
        let earlier_later = self.is_any(i, &["earlier", "later"]);
        let inner = self.core(j)?;
        // "later" + duration is not a modifier; "late" + weekday alone ("the late Monday")
        if inner.kind == TimexType::Duration || inner.kind == TimexType::Set {
            return None;
        }
        if earlier_later && inner.value.ends_with("_REF") {
            return None;
        }
        Some(inner.with_mod(if earlier_later { None } else { Some(m) }))
    }

    /// Every kind of expression, without a leading modifier.
    fn core(&self, i: usize) -> Option<M> {
        let t = self.t.get(i)?;
        let mut best = None;
        match t.kind {
            Kind::Num => {
                longest(&mut best, self.second_day(i));
                longest(&mut best, self.first_day(i));
                longest(&mut best, self.numeric(i));
                longest(&mut best, self.day_led(i, i));
                // (a clock time before a duration of the same length: "at 1400 hrs"; a race
                // time is never one)
                match self.race_time(i) {
                    Some(m) => longest(&mut best, Some(m)),
                    None => longest(&mut best, self.clock(i)),
                }
                longest(&mut best, self.duration_led(i));
                longest(&mut best, self.duration_range(i));
                longest(&mut best, self.ordinal_period(i, i));
                longest(&mut best, self.year_led(i));
            }
            Kind::Word => {
                let m = t.mask;
                if m == 0 || m & bits::KEYWORD != 0 && self.tx(i).len() == 2 {
                    // "Q3", "H1", "FY2023"
                    longest(&mut best, self.code_word(i));
                    if m == 0 {
                        return best;
                    }
                }
                let has = |b: u32| m & b != 0;
                if has(bits::MONTH) {
                    longest(&mut best, self.month_led(i));
                }
                if has(bits::WEEKDAY) {
                    longest(&mut best, self.weekday_led(i));
                }
                if has(bits::ORDINAL) {
                    longest(&mut best, self.day_led(i, i));
                    longest(&mut best, self.ordinal_period(i, i));
                }
                if has(bits::NUMBER | bits::UNIT | bits::KEYWORD) {
                    longest(&mut best, self.duration_led(i));
                    longest(&mut best, self.duration_range(i));
                }
                if has(bits::NUMBER) {
                    longest(&mut best, self.year_led(i));
                }
                if has(bits::KEYWORD | bits::UNIT) {
                    longest(&mut best, self.relative(i));
                }
                if has(bits::KEYWORD) {
                    longest(&mut best, self.the_led(i));
                    if self.is(i, "fiscal") {
                        longest(&mut best, self.fiscal(i));
                    }
                }
                if has(bits::KEYWORD | bits::SETWORD) {
                    longest(&mut best, self.set(i));
                }
                if has(bits::REF | bits::HOLIDAY | bits::SEASON | bits::DAYPART | bits::DECADE) {
                    longest(&mut best, self.lexical(i));
                }
                if has(bits::DAYPART) {
                    longest(&mut best, self.clock(i));
                }
            }
            Kind::Poss | Kind::Punct => {
                // "'80s", "'98"
                longest(&mut best, self.year_led(i));
            }
            _ => {}
        }
        // A day, then its clock time: "October 14 8:00am", "Friday at 4pm".
        if let Some(m) = best.as_ref().filter(|m| {
            m.kind == TimexType::Date && m.value.len() == 10 && m.value.as_bytes()[4] == b'-'
        }) && let Some(t) = self.day_then_clock(Day {
            end: m.end,
            value: m.value.clone(),
            resolved: m.resolved,
        }) {
            best = Some(t);
        }
        // A year, then a quarter or half: "2017 Q1", "2019-H2", "2016 the third quarter".
        if let Some(m) = best
            .as_ref()
            .filter(|m| m.kind == TimexType::Date && m.value.len() == 4)
            && let Ok(y) = m.value.parse::<i32>()
        {
            let k = if self.kind(m.end) == Some(Kind::Hyphen) || self.is(m.end, "-") {
                m.end + 1
            } else {
                m.end
            };
            if let Some(c) = self.code_word(k).filter(|c| c.end == k + 1)
                && self.adjacent(m.end) == self.adjacent(k.saturating_sub(1))
            {
                let v = format!("{y:04}{}", &c.value[4..]);
                best = Some(M::date(k + 1, v));
            } else if let Some(q) = self
                .the_led(k)
                .or_else(|| self.ordinal_period(k, k))
                .filter(|q| q.value.len() == 7 && q.kind == TimexType::Date)
            {
                // (also without "the": "1985 4th qtr", "1986 first half")
                let v = format!("{y:04}{}", &q.value[4..]);
                best = Some(M::date(q.end, v));
            }
        }
        best
    }

    // --- calendar dates ------------------------------------------------------------------

    fn explicit_day(&self, y: i32, m: u8, d: u8, end: usize) -> Option<M> {
        let date = cal::ymd(y, m, d)?;
        Some(M::date(end, cal::fmt_day(date)))
    }

    fn month_day(&self, m: u8, d: u8, start: usize, end: usize) -> Option<M> {
        // Check the day exists in some year (leap years for 29 February).
        cal::ymd(2000, m, d)?;
        match self.infer_year(m, Some(d), self.tense(start, end)) {
            Some(y) => {
                let date = cal::ymd(y, m, d).or_else(|| cal::ymd(y + 1, m, d))?;
                Some(M::date(end, cal::fmt_day(date)))
            }
            None => Some(M::date(end, format!("XXXX-{m:02}-{d:02}")).known(false)),
        }
    }

    /// A year after a month or day: ", 2023", "2023", "of 2023", "this year", "last year".
    fn year_after(&self, j: usize) -> Option<(usize, i32, bool)> {
        // Not across a sentence or paragraph break.
        if j == 0 || self.t.get(j).is_none_or(|t| t.sent != self.t[j - 1].sent) {
            return None;
        }
        let k = if self.is(j, ",") { j + 1 } else { j };
        if let Some((e, y)) = self.year(k) {
            return Some((e, y, true));
        }
        // "of 2023", "in 2023", "Sep-23-2020"
        if let Some((e, y)) = self.year(j + 1).filter(|_| {
            self.is(j, "of")
                || (self.is(j, "in") || self.is(j, "-") && self.adjacent(j))
                    && self.int(j + 1).is_some()
        }) {
            return Some((e, y, true));
        }
        if self.is_any(j, &["this", "last", "next"]) && self.is(j + 1, "year") {
            let rel = self.rel_sign(j);
            return match self.dct {
                Some(d) => Some((j + 2, i32::from(d.year()) + rel, true)),
                None => Some((j + 2, 0, false)),
            };
        }
        None
    }

    fn rel_sign(&self, j: usize) -> i32 {
        if self.is_any(j, &["last", "past", "previous", "preceding"]) {
            -1
        } else if self.is_any(j, &["next", "coming", "following"]) {
            1
        } else {
            0
        }
    }

    /// "November 2", "Nov. 2, 2023", "November 2023", "November", "January this year".
    /// "April 24 and 25", "May 3 or 4": the second day, in the month (and year) of the
    /// first.
    fn second_day(&self, i: usize) -> Option<M> {
        if i < 3 || !(self.is_any(i - 1, &["and", "or"]) || self.day_range(i - 1)) {
            return None;
        }
        let m = self.month(i - 3)?;
        let (_, first) = self.day_num(i - 2).filter(|&(e, _)| e == i - 1)?;
        let (e, d) = self.day_num(i)?;
        // ("March 3-5", "March 3 to 5": days in order)
        if self.day_range(i - 1) && d <= first {
            return None;
        }
        // not "27 and 7-3/4 pct", "17 and 19 percent", "3 and 4 mln"
        if self.kind(e) == Some(Kind::Hyphen)
            || self.is_any(e, &["-", "/"])
            || self.unit(e).is_some()
            || self.month(e).is_some()
            || self.is_any(e, &["%", "percent", "pct", "per", "cent", "mln", "million"])
            || self.kind(e) == Some(Kind::Num)
        {
            return None;
        }
        let (_, v, _) = self.prev.as_ref()?;
        if v.len() != 10 || v[5..7].parse::<u8>().ok()? != m {
            return None;
        }
        day_of_month(v, d, e)
    }

    /// Does token `i` join two days of a range ("3-5", "3 to 5", "3 through 5")?
    fn day_range(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Hyphen) || self.is_any(i, &["-", "–", "to", "through", "until"])
    }

    /// "10-20 February", "3 and 4 May", "12 to 14 June": the first day, in the month (and
    /// year) of the second.
    fn first_day(&self, i: usize) -> Option<M> {
        let (c, d) = self.day_num(i)?;
        let range = self.day_range(c);
        if !(range || self.is_any(c, &["and", "or"])) || self.day_num(c + 1).is_none() {
            return None;
        }
        let second = self.day_led(c + 1, c + 1)?;
        let v = &second.value;
        let d2: u8 = v.get(8..10)?.parse().ok()?;
        if v.len() != 10 || range && d >= d2 {
            return None;
        }
        day_of_month(v, d, c)
    }

    fn month_led(&self, i: usize) -> Option<M> {
        let m = self.month(i)?;
        // "Oct-2"
        let j = if self.is(i + 1, "-") && self.adjacent(i) && self.int(i + 2).is_some() {
            i + 2
        } else {
            i + 1
        };
        if let Some((k, d)) = self.day_num(j).or_else(|| self.spelled_day(i, j))
            && !(self.is(k, ":") && self.int(k + 1).is_some() && self.adjacent(k))
            && !self.is(k, "%")
            && self.unit(k).is_none()
        {
            // "April 24" — not "April 24 percent" or "May 3 years"
            if let Some((e, y, known)) = self.year_after(k) {
                return if known {
                    self.explicit_day(y, m, d, e)
                } else {
                    Some(M::date(e, format!("XXXX-{m:02}-{d:02}")).known(false))
                };
            }
            return self.month_day(m, d, i, k);
        }
        if let Some((e, y, known)) = self.year_after(j) {
            return Some(if known {
                M::date(e, cal::fmt_month(y, m))
            } else {
                M::date(e, format!("XXXX-{m:02}")).known(false)
            });
        }
        // A month alone: an abbreviation without its period ("Jan" is also a name) is not
        // one, and an ambiguous word needs a preposition or modifier before it.
        let w = self.tx(i);
        if (w.len() <= 3 && !w.eq_ignore_ascii_case("may")) || w.eq_ignore_ascii_case("sept") {
            return None;
        }
        let t = &self.t[i];
        let ambiguous = t.entries.iter().any(|e| match e.lex {
            Lex::Month { cap, .. } => cap,
            _ => false,
        }) || self.tx(i).len() <= 4;
        if ambiguous
            && !(i > 0
                && self.is_any(
                    i - 1,
                    &[
                        "in", "since", "by", "until", "till", "through", "from", "of", "early",
                        "late", "mid", "-", "last", "next", "this", "during", "before", "after",
                        "between", "and", "to", "or", "for", "that", "on",
                    ],
                ))
            && !self.month_modifier(i)
        {
            return None;
        }
        let year = match self.dct {
            // (a contract's delivery month: this year's from the month before the report's
            // on, else next year's, whatever the tense: "the June bond contract broke
            // above …" in March)
            Some(d) if self.delivery_month(i, j) => {
                Some(i32::from(d.year()) + i32::from(m + 1 < d.month() as u8))
            }
            _ => self.infer_year(m, None, self.tense(i, j)),
        };
        match year {
            Some(y) => Some(M::date(j, cal::fmt_month(y, m))),
            None => Some(M::date(j, format!("XXXX-{m:02}")).known(false)),
        }
    }

    /// Is the month at `i` (ending before `j`) the delivery month of a traded contract:
    /// before a word of `data/delivery_words.tsv`, up to two words of a commodity between
    /// ("December corn futures", "for March delivery", "the June contract" where the
    /// article speaks of futures)?
    fn delivery_month(&self, i: usize, j: usize) -> bool {
        let futures = || {
            *self.futures.get_or_init(|| {
                self.all.iter().any(|t| {
                    t.span.len() == 7 && t.span.slice(self.text).eq_ignore_ascii_case("futures")
                })
            })
        };
        let mut k = j;
        while k < j + 3
            && let Some(t) = self.t.get(k)
            && t.kind == Kind::Word
            && t.sent == self.t[i].sent
        {
            let w = self.tx(k);
            if let Some(&(_, market)) = DELIVERY_WORDS
                .iter()
                .find(|(d, _)| d.eq_ignore_ascii_case(w))
            {
                return !market || futures();
            }
            // (a commodity's words: not an article, verb or preposition, "in late January
            // a contract proposal", "the January revision was contracts")
            if crate::data::closed_word(&w.to_ascii_lowercase()) || self.tense_at(k, true).is_some()
            {
                return false;
            }
            k += 1;
        }
        false
    }

    /// Is the month at `i` a modifier after "the", before a word in lower case ("the March
    /// results", "the June contract")? Not an event's name before its preposition ("the
    /// March for Life", "the March on Washington") or verb, nor a surname before the
    /// government it leads ("the May government").
    fn month_modifier(&self, i: usize) -> bool {
        i > 0
            && self.is(i - 1, "the")
            && self.t.get(i + 1).is_some_and(|n| {
                n.kind == Kind::Word && !n.cap && n.span.len() >= 3 && n.sent == self.t[i].sent
            })
            && !self.is_any(i + 1, &NOT_AFTER_MONTH)
    }

    /// "2 November", "2nd of November 2023", "the 2nd of November".
    fn day_led(&self, i: usize, start: usize) -> Option<M> {
        if i > 0 && self.tx(i - 1).ends_with(['$', '£', '€', '¥']) {
            return None;
        }
        let (mut j, d) = self.day_num(i)?;
        // "16. Nov. 2016"
        if self.is(j, ".") && self.adjacent(i) && self.month(j + 1).is_some() {
            j += 1;
        }
        if self.is(j, "of") {
            j += 1;
        }
        let m = self.month(j)?;
        let k = j + 1;
        // (a month's abbreviation without its period before a capitalised word is a given
        // name, "7-5 Jan Kroslak"; not before a year, "5 Jan 1997", nor a month written in
        // full, "on 5 May Tony Blair won")
        if self.tx(j).len() <= 4
            && !self.tx(j).ends_with('.')
            && !self.is_any(j, &["may", "june", "july"])
            && self.t.get(k).is_some_and(|n| {
                n.kind == Kind::Word && n.cap && n.sent == self.t[j].sent && !self.adjacent(j)
            })
        {
            return None;
        }
        if let Some((e, y, true)) = self.year_after(k) {
            return self.explicit_day(y, m, d, e);
        }
        self.month_day(m, d, start, k)
    }

    /// All-numeric dates: ISO "2023-11-02", "2/11/2023", "2.11.2023".
    fn numeric(&self, i: usize) -> Option<M> {
        let t = self.t.get(i)?;
        // "2.11.2023" is one token.
        let s = self.tx(i);
        if t.kind == Kind::Num && s.bytes().filter(|&b| b == b'.').count() == 2 {
            let parts: Vec<&str> = s.split('.').collect();
            if parts
                .iter()
                .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
            {
                let nums: Vec<u32> = parts.iter().filter_map(|p| p.parse().ok()).collect();
                if nums.len() == 3 && parts[2].len() == 4 {
                    return self.dmy(nums[0], nums[1], nums[2] as i32, i + 1);
                }
                // "2015.5.13"
                if nums.len() == 3 && parts[0].len() == 4 {
                    let date = cal::ymd(
                        nums[0] as i32,
                        u8::try_from(nums[1]).ok()?,
                        u8::try_from(nums[2]).ok()?,
                    )?;
                    return Some(M::date(i + 1, cal::fmt_day(date)));
                }
            }
            return None;
        }
        let (a, ad) = self.int(i)?;
        let sep = self.tx(i + 1);
        if !matches!(sep, "-" | "/") || !self.adjacent(i) || !self.adjacent(i + 1) {
            return None;
        }
        let (b, bd) = self.int(i + 2)?;
        let same_sep = self.tx(i + 3) == sep && self.adjacent(i + 2) && self.adjacent(i + 3);
        let c = if same_sep { self.int(i + 4) } else { None };
        match (ad, c) {
            (4, Some((c, 2 | 1))) if sep == "-" && bd <= 2 => {
                let date = cal::ymd(a as i32, b as u8, c as u8)?;
                Some(M::date(i + 5, cal::fmt_day(date)))
            }
            // "2023-11"; not two years running, "the 2003-04 season", "2011-12" (the year
            // before them stands alone, as in "1997-98")
            (4, None)
                if sep == "-"
                    && bd == 2
                    && (1..=12).contains(&b)
                    && !self.is(i + 3, "-")
                    && b != (a + 1) % 100 =>
            {
                Some(M::date(i + 3, cal::fmt_month(a as i32, b as u8)))
            }
            (1 | 2, Some((c, 4))) if bd <= 2 => self.dmy(a, b, c as i32, i + 5),
            (1 | 2, Some((c, 2))) if bd <= 2 => self.dmy(a, b, self.century_for(c as i32), i + 5),
            _ => None,
        }
    }

    /// Day and month in the configured order, or whichever order is unambiguous.
    fn dmy(&self, a: u32, b: u32, y: i32, end: usize) -> Option<M> {
        let (d, m) = match self.order {
            DateOrder::Dmy => (a, b),
            DateOrder::Mdy => (b, a),
            DateOrder::Auto if a > 12 && b <= 12 => (a, b),
            DateOrder::Auto if b > 12 && a <= 12 => (b, a),
            DateOrder::Auto if a == b => (a, b),
            DateOrder::Auto => return None,
        };
        let date = cal::ymd(y, u8::try_from(m).ok()?, u8::try_from(d).ok()?)?;
        Some(M::date(end, cal::fmt_day(date)))
    }

    /// Years, decades, centuries: "1990", "the 1990s", "'80s", "1990 and beyond".
    fn year_led(&self, i: usize) -> Option<M> {
        let t = self.t.get(i)?;
        let s = self.tx(i);
        // Decades "1990s", "'80s", "80s"; centuries "1800s"
        if t.kind == Kind::Num && t.num.digits > 0 && s[t.num.suffix as usize..].eq("s") {
            let v = t.num.value as i32;
            return match t.num.digits {
                4 => decade_of(v).map(|d| M::date(i + 1, d)),
                // "the 80s", "early 80s" (not "in his 80s", "in her early 50s")
                2 if v % 10 == 0
                    && i > 0
                    && self.is_any(i - 1, &["'", "’", "the", "-", "early", "late", "mid"])
                    && !self.age_at(i) =>
                {
                    let y = self.century_for(v);
                    Some(M::date(i + 1, format!("{:03}", y / 10)))
                }
                _ => None,
            };
        }
        if matches!(t.kind, Kind::Poss | Kind::Punct) {
            if self.adjacent(i)
                && let Some(n) = self.t.get(i + 1).filter(|n| n.kind == Kind::Num)
                && n.num.digits == 2
                && self.tx(i + 1).ends_with('s')
            {
                let y = self.century_for(n.num.value as i32);
                return (y % 10 == 0).then(|| M::date(i + 2, format!("{:03}", y / 10)));
            }
            return None;
        }
        if t.kind == Kind::Word {
            let (e, y) = self.spoken_year(i)?;
            return Some(M::date(e, format!("{y:04}")));
        }
        let (e, y) = self.year(i)?;
        // A decade with an apostrophe after a word that leads to one: "the 1990's", "the
        // mid 1990's" (not the year's own: "1990's budget")
        if e == i + 1
            && self.kind(e) == Some(Kind::Poss)
            && self.adjacent(i)
            && i > 0
            && self.is_any(i - 1, &["the", "mid", "early", "late", "-"])
            && let Some(decade) = decade_of(y)
        {
            // ("'s" one token or two)
            let end =
                if !self.tx(e).ends_with(['s', 'S']) && self.is(e + 1, "s") && self.adjacent(e) {
                    e + 2
                } else {
                    e + 1
                };
            return Some(M::date(end, decade));
        }
        // Not a year: "$1990", "1990 people", "No. 1990", the end of "2/11/2023"
        if i > 0 {
            let prev = self.tx(i - 1);
            if matches!(prev, "/" | "-" | ".")
                && self.adjacent(i - 1)
                && i > 1
                && self.kind(i - 2) == Some(Kind::Num)
            {
                return None;
            }
            if prev.ends_with(['$', '£', '€', '¥', '#'])
                || self.is_any(i - 1, &["no.", "number", "page", "room", "flight", "route"])
            {
                return None;
            }
        }
        // (unless the noun is a plural's possessive after "the": "the 1994 men's World Cup")
        let possessive = |k: usize| {
            self.kind(k) == Some(Kind::Poss) && self.adjacent(k - 1) && self.tx(k).ends_with('s')
        };
        if LEXICON.aux(self.tx(e)) == Some(Lex::CountNoun)
            && !(i > 0 && self.is(i - 1, "the") && possessive(e + 1))
        {
            return None;
        }
        // (nor the first of a range of counts: "1075-1100 lbs")
        if self.is_any(e, &["-", "–"])
            && self.adjacent(e - 1)
            && self.int(e + 1).is_some()
            && LEXICON.aux(self.tx(e + 2)) == Some(Lex::CountNoun)
        {
            return None;
        }
        // Past 2100 news names a year only after a preposition ("by 2150"); else it is a
        // count or a clock ("recruiting 2500 volunteers", "between 2200 and 0700")
        if y > 2100
            && !(i > 0
                && self.is_any(
                    i - 1,
                    &[
                        "year", "in", "by", "until", "till", "before", "after", "since", "of",
                    ],
                ))
        {
            return None;
        }
        // ("1990.5": not a year ending its sentence before a number: "in 1985. 1996 was …")
        if self.is(e, "%")
            || self.is(e, ".")
                && self.int(e + 1).is_some()
                && self.adjacent(e - 1)
                && self.adjacent(e)
        {
            return None;
        }
        if self.table_cell(i) || self.street_number(e) {
            return None;
        }
        Some(M::date(e, format!("{y:04}")))
    }

    /// Does a street's name start at `k`, making the number before it a house number
    /// ("1600 Pennsylvania Avenue", "1500 Main St.")? Capitalised words, then a street's.
    fn street_number(&self, k: usize) -> bool {
        (k + 1..k + 4)
            .take_while(|&j| {
                self.t
                    .get(j - 1)
                    .is_some_and(|t| t.cap && t.kind == Kind::Word)
            })
            .any(|j| self.t.get(j).is_some_and(|t| t.cap) && self.is_any(j, &STREET_WORDS))
    }

    /// Is the number at `i` a cell of a table row: next to another number with nothing but
    /// spaces between, on a line of numbers (three or more, at least half of its fields,
    /// some of them no years), not its first field ("SOFT RED WINTER  955  1142  1460",
    /// "Workington 22 2 1 19 325 1021")? A row of years is a header ("1987  1986"), and a
    /// year opening a row labels it ("1996 5.83 13.8 2.75").
    fn table_cell(&self, i: usize) -> bool {
        let next_to_number = |k: Option<usize>| {
            k.is_some_and(|k| {
                self.kind(k) == Some(Kind::Num) && {
                    let (a, b) = if k < i { (k, i) } else { (i, k) };
                    let gap = &self.text[self.t[a].span.end..self.t[b].span.start];
                    !gap.is_empty() && gap.chars().all(|c| c.is_whitespace() && c != '\n')
                }
            })
        };
        if !(next_to_number(i.checked_sub(1)) || next_to_number(Some(i + 1))) {
            return false;
        }
        // (a row is short: a line longer than MAX_ROW bytes either side is no table's, and
        // a long text on one line is not read again for each number)
        const MAX_ROW: usize = 300;
        let at = self.t[i].span.start;
        let bytes = self.text.as_bytes();
        let lo = at.saturating_sub(MAX_ROW);
        let Some(from) = memchr::memrchr(b'\n', &bytes[lo..at])
            .map(|p| lo + p + 1)
            .or((lo == 0).then_some(0))
        else {
            return false;
        };
        let hi = (at + MAX_ROW).min(bytes.len());
        let Some(to) = memchr::memchr(b'\n', &bytes[at..hi])
            .map(|p| at + p)
            .or((hi == bytes.len()).then_some(hi))
        else {
            return false;
        };
        if self.text[from..at].trim().is_empty() {
            return false;
        }
        let (mut fields, mut n, mut years) = (0, 0, 0);
        for f in self.text[from..to].split_whitespace() {
            fields += 1;
            let number = f
                .bytes()
                .all(|c| c.is_ascii_digit() || c == b',' || c == b'.')
                && f.bytes().any(|c| c.is_ascii_digit());
            if number {
                n += 1;
                years +=
                    (f.len() == 4 && f.parse::<i32>().is_ok_and(|y| YEARS.contains(&y))) as usize;
            }
        }
        n >= 3 && 2 * n >= fields && years < n
    }

    // --- weekdays, relative days, parts of the day ----------------------------------------

    /// "Monday", "Monday, Dec. 18", "Friday morning", "Mondays", "Saturday evenings".
    fn weekday_led(&self, i: usize) -> Option<M> {
        let (wd, plural) = self.weekday(i)?;
        if plural {
            // "on Mondays", "Sundays": a set (not "two Sundays", "the Sundays")
            let counted = i > 0
                && (self.number(i - 1).is_some() || self.is_any(i - 1, &["the", "those", "these"]));
            return (!counted).then(|| M::new(i + 1, TimexType::Set, format!("XXXX-WXX-{wd}")));
        }
        let mut j = i + 1;
        // "Monday, Dec. 18" / "Friday Oct. 13" / "Saturday, April 25, 1998"
        let k = if self.is(j, ",") { j + 1 } else { j };
        if let Some(m) = self
            .month_led(k)
            .filter(|m| m.value.len() == 10)
            .or_else(|| self.day_led(k, i))
        {
            return Some(self.daypart_after(
                m.end,
                Day {
                    end: m.end,
                    value: m.value,
                    resolved: m.resolved,
                },
            ));
        }
        // "Friday the 15th"
        if self.is(j, "the")
            && let Some((e, d)) = self
                .day_num(j + 1)
                .filter(|_| self.ordinal(j + 1).is_some())
        {
            return Some(self.weekday_of_month_day(wd, d, e));
        }
        // "Friday next week", "Tuesday this week"
        if self.is_any(j, &["next", "last", "this"]) && self.is(j + 1, "week") {
            let rel = self.rel_sign(j);
            let v = self.weekday_in_week(wd, rel);
            return Some(M::date(j + 2, v.0).known(v.1));
        }
        // "Saturday evenings": a set
        if let Some(code) = self.daypart(j)
            && code.len() == 2
            && self.tx(j).ends_with('s')
        {
            return Some(M::new(
                j + 1,
                TimexType::Set,
                format!("XXXX-WXX-{wd}T{code}"),
            ));
        }
        let day = self.weekday_day(wd, 0, i, j);
        j = day.end;
        Some(self.daypart_after(j, day))
    }

    /// The weekday `wd` in the week `rel` weeks from the reference's.
    fn weekday_in_week(&self, wd: u8, rel: i32) -> (String, bool) {
        let Some(dct) = self.dct else {
            return (format!("XXXX-WXX-{wd}"), false);
        };
        let monday = i64::from(dct.weekday().to_monday_one_offset()) - 1;
        let off = i64::from(rel) * 7 - monday + i64::from(wd) - 1;
        match cal::add(dct, Unit::Day, off) {
            Some(d) => (cal::fmt_day(d), true),
            None => (format!("XXXX-WXX-{wd}"), false),
        }
    }

    /// "Friday the 15th": the 15th nearest the reference that is a Friday, else this month's.
    fn weekday_of_month_day(&self, wd: u8, d: u8, end: usize) -> M {
        let Some(dct) = self.dct else {
            return M::date(end, format!("XXXX-XX-{d:02}")).known(false);
        };
        let first = dct.first_of_month();
        let candidates = [0i64, -1, 1, -2, 2].map(|k| {
            cal::add(first, Unit::Month, k)
                .and_then(|m| cal::ymd(i32::from(m.year()), m.month() as u8, d))
        });
        let pick = candidates
            .iter()
            .flatten()
            .find(|c| c.weekday() == cal::weekday(wd))
            .or(candidates[0].as_ref());
        match pick {
            Some(c) => M::date(end, cal::fmt_day(*c)),
            None => M::date(end, format!("XXXX-XX-{d:02}")).known(false),
        }
    }

    /// Is the weekday ending before `end` the possessor of an event that is over ("Monday's
    /// stock market collapse", "Wednesday's ruling": `data/past_event_nouns.txt`)?
    fn possessed_past_event(&self, end: usize) -> bool {
        self.is_any(end, &["'s", "’s"])
            && (end + 1..end + 5)
                .take_while(|&k| self.t.get(k).is_some_and(|t| t.kind == Kind::Word))
                .any(|k| self.is_any(k, &PAST_EVENT_NOUNS))
    }

    /// A weekday as a day: `rel` -1 last, +1 next, 0 by tense.
    fn weekday_day(&self, wd: u8, rel: i32, start: usize, end: usize) -> Day {
        let dir = if rel != 0 {
            rel
        } else if self.possessed_past_event(end) {
            0
        } else {
            match self.tense(start, end) {
                Some(Tense::Future) => 1,
                // "delayed till Tuesday", "given until 9 a.m. Tuesday": a deadline ahead
                None if start > 0 && self.is_any(start - 1, &["until", "till"]) => 1,
                _ => 0,
            }
        };
        let dir = if rel == 0 && dir == 1 {
            // Same weekday as the reference: that day, even in the future tense.
            match self.dct {
                Some(d) if d.weekday() == cal::weekday(wd) => 0,
                _ => 1,
            }
        } else {
            dir
        };
        let date = self.dct.and_then(|d| cal::weekday_near(d, wd, dir));
        Day::new(end, date, format!("XXXX-WXX-{wd}"))
    }

    /// A day, then maybe a part of it ("Friday morning", "yesterday afternoon").
    fn daypart_after(&self, j: usize, day: Day) -> M {
        if let Some(p) = self.daypart(j).filter(|p| !p.contains(':')) {
            return M::new(j + 1, TimexType::Time, format!("{}T{p}", day.value))
                .known(day.resolved);
        }
        M::date(day.end, day.value).known(day.resolved)
    }

    /// Is the sentence of token `i` in title case: four words of four letters or more, and
    /// every such word capitalised, not all in capitals (a headline: "Obama To Speak Today
    /// On Economy"; not "This is VOA Today.")?
    fn title_case_sentence(&self, i: usize) -> bool {
        let Some(s) = self.t.get(i).and_then(|t| self.sents.get(t.sent as usize)) else {
            return false;
        };
        let long = || {
            (s.first..s.last).filter(|&j| self.t[j].kind == Kind::Word && self.t[j].span.len() >= 4)
        };
        long().nth(3).is_some()
            && long().all(|j| self.t[j].cap)
            && long().any(|j| self.has_lower(j))
    }

    /// Is token `i` a word in title case inside a sentence that is not all in title case
    /// (a word of a title or name: "Record Of The Year", "BBC Radio 4's Today programme")?
    fn titled_word(&self, i: usize) -> bool {
        self.in_title(i) && !self.title_case_sentence(i)
    }

    /// Is token `i` a word in title case inside its sentence: not its first word, nor one
    /// after an opening mark, a colon or a dash?
    fn in_title(&self, i: usize) -> bool {
        let Some(t) = self.t.get(i) else {
            return false;
        };
        t.cap
            && self.has_lower(i)
            && self.sents.get(t.sent as usize).is_some_and(|s| s.first < i)
            && !matches!(
                self.tx(i - 1),
                "\"" | "“"
                    | "‘"
                    | "'"
                    | "``"
                    | "`"
                    | ":"
                    | "-"
                    | "--"
                    | "—"
                    | "–"
                    | "("
                    | "_"
                    | "."
                    | "!"
                    | "?"
            )
    }

    /// A day relative to the reference: today, yesterday, tomorrow, tonight.
    fn day_word(&self, i: usize) -> Option<Day> {
        let off = if self.is(i, "today") {
            0
        } else if self.is(i, "yesterday") {
            -1
        } else if self.is(i, "tomorrow") {
            1
        } else {
            return None;
        };
        let date = self.dct.and_then(|d| cal::add(d, Unit::Day, off));
        Some(Day::new(i + 1, date, "XXXX-XX-XX"))
    }

    fn dct_day(&self, end: usize) -> Day {
        Day::new(end, self.dct, "XXXX-XX-XX")
    }

    /// A clock time: "3pm", "3 p.m.", "10:35 a.m.", "15:00 GMT", "noon", "0735 GMT",
    /// then maybe a day: "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST Nov. 9".
    fn clock(&self, i: usize) -> Option<M> {
        let (mut j, hh, mm, ss) = self.clock_core(i)?;
        // zone
        let k = if self.is(j, "(") { j + 1 } else { j };
        if self.zone(k) {
            j = if k > j && self.is(k + 1, ")") {
                k + 2
            } else {
                k + 1
            };
        }
        let day = self.day_after_time(j, i);
        let (end, dv) = match day {
            Some(d) => (d.end, d),
            None => {
                // the day mentioned earlier in the sentence, else the reference date
                let s = self.sent_of(i);
                match self.last_day {
                    Some((d, ds)) if ds == s => (
                        j,
                        Day {
                            end: j,
                            value: cal::fmt_day(d),
                            resolved: true,
                        },
                    ),
                    // else a day named shortly after ("10:35 a.m. (0735 GMT) Friday")
                    _ => {
                        let s = self.sent_of(i);
                        let later = (j..(j + 6).min(self.t.len()))
                            .take_while(|&k| self.sent_of(k) == s)
                            .find_map(|k| {
                                self.day_word(k).or_else(|| {
                                    let (wd, false) = self.weekday(k)? else {
                                        return None;
                                    };
                                    Some(self.weekday_day(wd, 0, i, k + 1))
                                })
                            });
                        match later {
                            Some(d) => (j, Day { end: j, ..d }),
                            None => (j, self.dct_day(j)),
                        }
                    }
                }
            }
        };
        Some(M::new(end, TimexType::Time, clock_value(&dv.value, hh, mm, ss)).known(dv.resolved))
    }

    /// A race time, a duration: minutes and seconds with a fraction ("4:07.13", "won by
    /// 2:23.9"), or hours, minutes and seconds with one or after "in" ("won in 2:04:55").
    /// A clock time has no fraction of a second, and takes "at".
    fn race_time(&self, i: usize) -> Option<M> {
        // Two digits of seconds or minutes, with a fraction or without (nothing else).
        let part = |k: usize| {
            let t = self.t.get(k).filter(|t| t.kind == Kind::Num)?;
            let s = self.tx(k);
            let whole = s.split('.').next()?;
            let fraction = s.len() > 2;
            (whole.len() == 2
                && t.num.suffix as usize == s.len()
                && t.num.value < 60.0
                && (!fraction || s.len() > 3 && s.as_bytes()[2] == b'.'))
                .then_some((t.num.value, fraction))
        };
        // "a:b" written together
        let joined = |k: usize| self.is(k + 1, ":") && self.adjacent(k) && self.adjacent(k + 1);
        let t = self.t.get(i)?;
        if t.num.digits == 0 || t.num.digits > 2 || !joined(i) {
            return None;
        }
        // (with the unit of its first or last part after it: "in 1:58.69 seconds",
        // "14:39.29 minutes")
        let duration = |end: usize, parts: &[(Option<f64>, Unit)]| {
            let first_or_last = |u: Unit| parts[0].1 == u || parts[parts.len() - 1].1 == u;
            let end = match self.unit(end) {
                Some((u, _)) if first_or_last(u) && self.sent_of(end) == self.sent_of(i) => end + 1,
                _ => end,
            };
            M::new(end, TimexType::Duration, cal::fmt_duration(parts))
        };
        let lead = t.num.value;
        let (second, fraction) = part(i + 2)?;
        if !joined(i + 2) {
            let parts = [(Some(lead), Unit::Minute), (Some(second), Unit::Second)];
            return fraction.then(|| duration(i + 3, &parts));
        }
        let (third, fraction) = part(i + 4)?;
        let after_in = i > 0 && self.is(i - 1, "in") && self.sent_of(i - 1) == self.sent_of(i);
        let parts = [
            (Some(lead), Unit::Hour),
            (Some(second), Unit::Minute),
            (Some(third), Unit::Second),
        ];
        (fraction || after_in && !joined(i + 4)).then(|| duration(i + 5, &parts))
    }

    /// A day-granular date followed by a clock time: "October 14 8:00am", "tomorrow at
    /// 8.30pm", "04/21/2016, 8:00pm", "Friday at 4pm".
    fn day_then_clock(&self, day: Day) -> Option<M> {
        let mut k = day.end;
        if k == 0 || self.t.get(k)?.sent != self.t[k - 1].sent {
            return None;
        }
        if self.is(k, ",") {
            k += 1;
        }
        if self.is_any(k, &["at", "around", "about", "@"]) {
            k += 1;
        }
        let (e, hh, mm, ss) = self.clock_core(k)?;
        Some(M::new(e, TimexType::Time, clock_value(&day.value, hh, mm, ss)).known(day.resolved))
    }

    /// A part of a day ending at `e` ("the afternoon", "mid-morning"): of the day named
    /// right after it ("mid-afternoon yesterday"; "the morning" of "the morning of Friday",
    /// "the evening of 14 February"), else of the day the sentence is about.
    fn part_of_day(&self, i: usize, e: usize, p: &str) -> M {
        // "the morning of Friday", "the evening of 14 February" (TimeML marks the day after
        // "of" on its own, "the morning" being of that day)
        if self.is(e, "of")
            && let Some(d) = self.day_after_time(e + 1, i)
        {
            return M::new(e, TimexType::Time, format!("{}T{p}", d.value)).known(d.resolved);
        }
        if !self.is(e, ",")
            && let Some(d) = self.day_after_time(e, i)
        {
            return M::new(d.end, TimexType::Time, format!("{}T{p}", d.value)).known(d.resolved);
        }
        let d = self.anchor_day(i);
        let v = match d {
            Some(d) => format!("{}T{p}", cal::fmt_day(d)),
            None => format!("XXXX-XX-XXT{p}"),
        };
        M::new(e, TimexType::Time, v).known(d.is_some())
    }

    fn day_after_time(&self, j: usize, start: usize) -> Option<Day> {
        let k = if self.is_any(j, &[",", "on"]) {
            j + 1
        } else {
            j
        };
        if let Some(d) = self.day_word(k) {
            return Some(d);
        }
        // A weekday with its date ("Friday, Oct. 23"), else alone (resolved by the tense
        // around the whole expression).
        let dated = self
            .weekday_led(k)
            .filter(|m| m.end > k + 1 && m.kind == TimexType::Date && m.value.len() == 10);
        if dated.is_none()
            && let Some((wd, false)) = self.weekday(k)
        {
            return Some(self.weekday_day(wd, 0, start, k + 1));
        }
        if let Some(m) = dated
            .or_else(|| self.month_led(k))
            .or_else(|| self.numeric(k))
            .or_else(|| self.day_led(k, start))
            .filter(|m| m.value.len() == 10)
        {
            return Some(Day {
                end: m.end,
                value: m.value,
                resolved: m.resolved,
            });
        }
        None
    }

    fn ampm(&self, i: usize) -> Option<(usize, bool)> {
        ampm_word(self.tx(i)).map(|pm| (i + 1, pm))
    }

    /// A clock time: end, hours, minutes, seconds.
    fn clock_core(&self, i: usize) -> Option<(usize, u32, u32, Option<u32>)> {
        if let Some(p) = self.daypart(i)
            && let Some((h, m)) = p.split_once(':')
        {
            return Some((i + 1, h.parse().ok()?, m.parse().ok()?, None));
        }
        let t = self.t.get(i)?;
        if t.kind != Kind::Num {
            return None;
        }
        let s = self.tx(i);
        let suf = &s[t.num.suffix as usize..];
        // "8.30pm", "8.30 pm"
        if t.num.digits == 0 {
            let (h, m) = s[..t.num.suffix as usize].split_once('.')?;
            let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
            let ap = if suf.is_empty() {
                self.ampm(i + 1)
            } else {
                ampm_word(suf).map(|pm| (i + 1, pm))
            };
            let (e, pm) = ap?;
            return (m < 60 && s[..t.num.suffix as usize].len() - h.to_string().len() == 3)
                .then(|| Self::h12(h, pm).map(|h| (e, h, m, None)))
                .flatten();
        }
        let v = t.num.value as u32;
        // "3pm", "3p.m."
        if !suf.is_empty() {
            let pm = ampm_word(suf)?;
            let h = Self::h12(v, pm)?;
            return Some((i + 1, h, 0, None));
        }
        // "15:00", "10:35 a.m.", "8:00am"
        if self.is(i + 1, ":")
            && self.adjacent(i)
            && let Some(mt) = self
                .t
                .get(i + 2)
                .filter(|m| m.kind == Kind::Num && m.num.digits == 2)
            && let mm = mt.num.value as u32
            && self.adjacent(i + 1)
            && t.num.digits <= 2
            && v <= 24
            && mm < 60
        {
            let mut j = i + 3;
            let mut secs = None;
            if self.is(j, ":")
                && self.adjacent(j - 1)
                && let Some(st) = self
                    .t
                    .get(j + 1)
                    .filter(|t| t.kind == Kind::Num && t.num.digits == 2)
                && st.num.value < 60.0
            {
                secs = Some(st.num.value as u32);
                j += 2;
            }
            // "10:35 a.m.", "8:00am"
            let ap = self.ampm(j).or_else(|| {
                let t = self.t.get(j - 1)?;
                let suf = &self.tx(j - 1)[t.num.suffix as usize..];
                ampm_word(suf).map(|pm| (j, pm))
            });
            if let Some((e, pm)) = ap {
                return Some((e, Self::h12(v, pm)?, mm, secs));
            }
            return Some((j, v, mm, secs));
        }
        if t.num.digits == 0 {
            return None;
        }
        // "3 p.m.", "3 o'clock"
        if t.num.digits <= 2 {
            if let Some((e, pm)) = self.ampm(i + 1) {
                return Some((e, Self::h12(v, pm)?, 0, None));
            }
            if self.is(i + 1, "o'clock") || self.is(i + 1, "o’clock") {
                return (1..=12).contains(&v).then_some((i + 2, v, 0, None));
            }
            // "at 4 in the morning", "until 8 in the evening"
            if (1..=12).contains(&v)
                && i > 0
                && self.is_any(
                    i - 1,
                    &["at", "by", "until", "till", "before", "after", "around"],
                )
                && self.is(i + 1, "in")
                && self.is(i + 2, "the")
            {
                let pm = if self.is(i + 3, "morning") {
                    false
                } else if self.is_any(i + 3, &["afternoon", "evening"]) {
                    true
                } else {
                    return None;
                };
                return Some((i + 4, Self::h12(v, pm)?, 0, None));
            }
        }
        // "0735 GMT", "1805 local time", "1305 Central Time", "at 1400 hrs", and the first
        // of "from 0900 to 1305 Central Time"
        let hhmm = |k: usize| {
            self.t.get(k).is_some_and(|t| {
                let s = t.span.slice(self.text);
                t.num.digits == 4 && s.starts_with(['0', '1', '2']) && {
                    let v = t.num.value as u32;
                    v % 100 < 60 && v / 100 <= 24
                }
            })
        };
        if hhmm(i) {
            // (the end after a zone written in words)
            let named = |k: usize| {
                let region = self.is(k, "local")
                    || self.t.get(k).is_some_and(|t| t.cap)
                        && self.is_any(k, &["central", "eastern", "pacific", "mountain"]);
                (region && self.is(k + 1, "time")).then_some(k + 2)
            };
            let (h, m) = (v / 100, v % 100);
            if self.zone(i + 1) {
                return Some((i + 1, h, m, None));
            }
            if let Some(end) = named(i + 1) {
                return Some((end, h, m, None));
            }
            // ("at 1000 hours local": wire copy's clock, not a thousand hours)
            if self.is_any(i + 1, &["hrs", "hours"])
                && i > 0
                && self.is_any(
                    i - 1,
                    &["at", "by", "from", "until", "to", "before", "after"],
                )
            {
                return Some((i + 2, h, m, None));
            }
            if self.is_any(i + 1, &["to", "-", "and"])
                && hhmm(i + 2)
                && (self.zone(i + 3) || named(i + 3).is_some())
            {
                return Some((i + 1, h, m, None));
            }
            // "at 1330", "opens at 1000": a time, which takes "at", where the year would lie
            // centuries before the article (a year does not take "at")
            // (not a street number: "at 1600 Pennsylvania Avenue")
            if i > 0
                && self.is(i - 1, "at")
                && !self
                    .t
                    .get(i + 1)
                    .is_some_and(|n| n.cap && n.kind == Kind::Word)
                && self
                    .dct
                    .is_some_and(|d| i32::from(d.year()) - v as i32 > OLD_YEAR_AT)
            {
                return Some((i + 1, h, m, None));
            }
        }
        None
    }

    /// A time zone: "GMT", "EST", and in lower case when of three letters or more (wire
    /// copy's "1400 gmt", "10:30 est"; "et" and "pt" are words).
    fn zone(&self, k: usize) -> bool {
        self.lex(k).any(|l| l == Lex::Zone)
            && self.t.get(k).is_some_and(|t| t.cap || t.span.len() >= 3)
    }

    fn h12(v: u32, pm: bool) -> Option<u32> {
        if !(1..=12).contains(&v) {
            return None;
        }
        Some(match (v, pm) {
            (12, false) => 0,
            (12, true) => 12,
            (h, true) => h + 12,
            (h, false) => h,
        })
    }

    // --- durations and "ago" --------------------------------------------------------------

    /// A duration from token `i`: parts and end. `the` is true after "the" (then a bare
    /// plural unit is not read as a vague count).
    fn duration(&self, i: usize) -> Option<(usize, Vec<Part>)> {
        let (e, part) = self.duration_part(i)?;
        let mut parts = vec![part];
        let mut end = e;
        // "2 hours, 32 minutes", "one hour and 20 minutes"
        while parts.len() < 3 {
            let k = if self.is_any(end, &[",", "and"]) {
                end + 1
            } else {
                end
            };
            let last = parts[parts.len() - 1].1;
            match self.duration_part(k) {
                Some((e2, p)) if smaller_unit(p.1, last) && p.0.is_some() && k > end => {
                    parts.push(p);
                    end = e2;
                }
                Some((e2, p)) if smaller_unit(p.1, last) && p.0.is_some() && k == end => {
                    parts.push(p);
                    end = e2;
                }
                _ => break,
            }
        }
        Some((end, parts))
    }

    fn duration_part(&self, i: usize) -> Option<(usize, (Option<f64>, Unit))> {
        // "3h", "10min", "5yrs"
        if let Some(t) = self.t.get(i)
            && t.kind == Kind::Num
            && (t.num.suffix as usize) < t.span.len()
        {
            let suf = &self.tx(i)[t.num.suffix as usize..];
            let unit = match suf.to_ascii_lowercase().as_str() {
                "h" | "hr" | "hrs" | "hour" | "hours" => Unit::Hour,
                "min" | "mins" | "minute" | "minutes" => Unit::Minute,
                "yr" | "yrs" | "year" | "years" => Unit::Year,
                "day" | "days" => Unit::Day,
                "week" | "weeks" | "wk" | "wks" => Unit::Week,
                "month" | "months" => Unit::Month,
                _ => return None,
            };
            return Some((i + 1, (Some(t.num.value), unit)));
        }
        let (mut j, mut n) = self.number(i)?;
        // "two and a half years", "five-and-a-half months", "three and one-half hours"
        if let Some(e) = self.and_a_half(j) {
            n = n.map(|v| v + 0.5);
            j = e;
        }
        // "two-year", "30-year-old", "10-hour"
        if self.kind(j) == Some(Kind::Hyphen)
            && let Some((unit, plural)) = self.unit(j + 1)
            && !(plural && unit == Unit::Quarter)
        {
            let mut e = j + 2;
            if self.kind(e) == Some(Kind::Hyphen) && self.is_any(e + 1, &["old", "olds", "long"]) {
                e += 2;
            }
            return Some((e, (n, unit)));
        }
        // "20 more years", "eight trading days"
        for _ in 0..2 {
            if self.unit(j).is_some() {
                break;
            }
            if self.is_any(
                j,
                &[
                    "more",
                    "additional",
                    "full",
                    "straight",
                    "consecutive",
                    "trading",
                    "business",
                    "working",
                    "calendar",
                    "extra",
                    "whole",
                    "successive",
                    "solid",
                    "long",
                    "further",
                    "short",
                ],
            ) {
                j += 1;
            }
        }
        let (unit, plural) = self.unit(j)?;
        // "60 Minutes": a title
        if self.t[j].cap && self.t.get(i).is_some_and(|t| t.kind == Kind::Num) {
            return None;
        }
        // "seven year" / "one years" pass in sloppy text, but not "a few day"
        if n.is_none() && !plural {
            return None;
        }
        // "1985 year net", "the 1986 year": a year, not 1,985 years
        if unit == Unit::Year
            && !plural
            && self.t.get(i).is_some_and(|t| t.num.digits == 4)
            && n.is_some_and(|v| (1000.0..=2100.0).contains(&v))
        {
            return None;
        }
        // "a second term", "one second goal": the ordinal, not the unit
        if unit == Unit::Second
            && !plural
            && self.kind(j + 1) == Some(Kind::Word)
            && !self.is_any(
                j + 1,
                &["ago", "later", "earlier", "or", "and", "after", "before"],
            )
        {
            return None;
        }
        let mut e = j + 1;
        // "a minute and a half", "an hour and a half"
        if let Some(end) = self.and_a_half(e) {
            n = n.map(|v| v + 0.5);
            e = end;
        }
        Some((e, (n, unit)))
    }

    /// Where "and a half" from token `j` ends ("and a half", "and one half", each word
    /// perhaps joined by hyphens: "-and-a-half", "and one-half").
    fn and_a_half(&self, j: usize) -> Option<usize> {
        let mut k = j;
        let mut next = |words: &[&str]| {
            if self.kind(k) == Some(Kind::Hyphen) {
                k += 1;
            }
            let ok = self.is_any(k, words);
            k += 1;
            ok
        };
        (next(&["and"]) && next(&["a", "one"]) && next(&["half"])).then_some(k)
    }

    /// A range of durations in one unit, "12 to 18 months", "12-18 months", "two or three
    /// weeks": one expression from its first number, valued as the duration it ends in
    /// (not a range of dates or times: "2 to 3 years ago", "from 1800 to 2100 hrs").
    fn duration_range(&self, i: usize) -> Option<M> {
        let (e, _) = self.number(i)?;
        let sep = self.is_any(e, &["to", "or"])
            || (self.is(e, "-") || self.kind(e) == Some(Kind::Hyphen))
                && self.adjacent(e - 1)
                && self.adjacent(e);
        // (no year first, "1986 to a calendar year", nor "a" second)
        let year = self.t[i].kind == Kind::Num && self.t[i].num.digits == 4;
        if !sep || year || self.unit(e).is_some() || self.is_any(e + 1, &["a", "an"]) {
            return None;
        }
        self.number(e + 1)?;
        // (not where the second number starts a clock time, "from 1800 to 2100 hrs"; no
        // call back into `core`, which would read "1 to 2 to 3 …" again from each number)
        let m = self
            .duration_led(e + 1)
            .filter(|m| m.kind == TimexType::Duration)?;
        let clock = self.clock_core(e + 1).is_some_and(|(end, ..)| end >= m.end);
        (!clock).then_some(m)
    }

    /// Durations and what extends them: "seven years", "two years ago", "a year earlier",
    /// "three days later", "5-year-old".
    fn duration_led(&self, i: usize) -> Option<M> {
        // "another week", "all day", "a whole year"
        if self.is_any(i, &["another", "whole", "full", "entire"])
            && !(i > 0 && self.is_any(i - 1, &["the", "a", "an", "of"]) && self.is(i, "full"))
        {
            let k = if self.kind(i + 1) == Some(Kind::Hyphen) {
                i + 2
            } else {
                i + 1
            };
            let (unit, false) = self.unit(k)? else {
                return None;
            };
            if unit == Unit::Quarter
                || self.is(k + 1, "-")
                || self.is_any(k + 1, &["of", "'s", "’s"])
            {
                return None;
            }
            return Some(M::new(
                k + 1,
                TimexType::Duration,
                cal::fmt_duration(&[(Some(1.0), unit)]),
            ));
        }
        if self.number(i).is_none()
            && let Some((unit, plural)) = self.unit(i)
        {
            // "for years", "within weeks": a vague duration
            if plural
                && i > 0
                && self.is_any(i - 1, &["for", "within", "over", "after", "in"])
                && !self.is(i + 1, "of")
            {
                return Some(M::new(
                    i + 1,
                    TimexType::Duration,
                    cal::fmt_duration(&[(None, unit)]),
                ));
            }
            // "day-long", "year-long"
            if !plural && self.kind(i + 1) == Some(Kind::Hyphen) && self.is(i + 2, "long") {
                return Some(M::new(
                    i + 3,
                    TimexType::Duration,
                    cal::fmt_duration(&[(Some(1.0), unit)]),
                ));
            }
            return None;
        }
        let (end, parts) = self.duration(i)?;
        // "Diary Of A Year", "Anne of a Thousand Days": a unit with its capital after "of"
        // or a word in title case on the same line is a word of a title (not in a headline
        // in title case; "Six Months" opening a line of a table is a duration)
        if self.titled_word(end - 1)
            && i > 0
            && (self.is_any(i - 1, &["of", "a", "an", "the"])
                || self.t[i - 1].cap && self.has_lower(i - 1))
            && !self.text[self.t[i - 1].span.end..self.t[i].span.start].contains('\n')
        {
            return None;
        }
        // Ages: "52 years old", "a 6-year-old", "17-year-olds", "14 year-olds", "8 years of
        // age" (the figures extractor has them)
        if self.is_any(end, &["old", "olds"])
            || self.is(end, "of") && self.is(end + 1, "age")
            || self.is_any(end - 1, &["old", "olds"])
            || self.kind(end) == Some(Kind::Hyphen) && self.is(end + 1, "olds")
        {
            return None;
        }
        // "a quarter of the shares", "one-quarter of those affected", "three quarters of
        // all Xboxes"; "a quarter million", "three quarters billion" are numbers (but "three
        // quarters of the year", "two quarters of 1998" are time)
        let of_time = |k: usize| {
            self.is_any(k, &["the", "this", "last", "next", "that", "each", "its"])
                && self.is_any(k + 1, &["year", "fiscal", "financial", "decade", "century"])
                || self
                    .t
                    .get(k)
                    .is_some_and(|t| t.kind == Kind::Num && t.num.digits == 4)
        };
        // "a quarter century", "a quarter-century ago": 25 years.
        if parts[0].1 == Unit::Quarter && parts.len() == 1 && self.is_any(i, &["a", "one"]) {
            let century = if self.kind(end) == Some(Kind::Hyphen) {
                end + 1
            } else {
                end
            };
            if self.is(century, "century") {
                let years = (Some(25.0), Unit::Year);
                if let Some(m) = self.ago(i, century + 1, years) {
                    return Some(m);
                }
                return Some(M::new(
                    century + 1,
                    TimexType::Duration,
                    cal::fmt_duration(&[years]),
                ));
            }
        }
        // Nor is a quarter joined by hyphens ("one-quarter", "three-quarter times", "a
        // quarter-point", "quarter-by-quarter"), nor one before a word of FRACTION_OF.
        if parts[0].1 == Unit::Quarter
            && (self.is(end, "of")
                && (self.is_any(i, &["a", "an"]) || parts[0].0.is_some() && !of_time(end + 1))
                || self.is_any(end, SCALE_WORDS)
                || self.is_any(end, FRACTION_OF)
                || self.kind(end) == Some(Kind::Hyphen)
                || end >= 2 && self.kind(end - 2) == Some(Kind::Hyphen))
        {
            return None;
        }
        if parts.len() == 1
            && let Some(m) = self.ago(i, end, parts[0])
        {
            return Some(m);
        }
        // "a year" after an amount is a rate ("$1 billion a year"): a set.
        if parts.len() == 1 && self.is_any(i, &["a", "an"]) && end == i + 2 && self.after_amount(i)
        {
            return Some(M::new(
                end,
                TimexType::Set,
                cal::fmt_duration(&[(Some(1.0), parts[0].1)]),
            ));
        }
        Some(M::new(end, TimexType::Duration, cal::fmt_duration(&parts)))
    }

    /// Is token `i` ("a", "per") right after an amount ("$5 million a year", "twice a week")?
    fn after_amount(&self, i: usize) -> bool {
        (1..=3).any(|k| {
            i >= k
                && (self.kind(i - k) == Some(Kind::Num)
                    || self.tx(i - k).bytes().any(|b| b.is_ascii_digit())
                    // "five shows a year", "one a week" (not "a tyrant. A day after")
                    || self.number(i - k).is_some()
                        && !self.is_any(i - k, &["a", "an"])
                        && self.t[i - k].sent == self.t[i].sent
                    || self.is_any(i - k, &["twice", "once", "times", "thrice", "dozen"])
                    || self.is_any(i - k, SCALE_WORDS))
        }) && !(i > 0 && self.is_any(i - 1, &["than", "for", "in", "of", "over", "about"]))
    }

    /// "two years ago", "a year earlier", "three days later", "two weeks from now".
    fn ago(&self, start: usize, j: usize, (n, unit): (Option<f64>, Unit)) -> Option<M> {
        // "a year-earlier profit", "a week or so ago"
        let j = if self.kind(j) == Some(Kind::Hyphen) && self.is_any(j + 1, &["ago", "earlier"]) {
            j + 1
        } else if self.is(j, "or") && self.is(j + 1, "so") && self.is(j + 2, "ago") {
            j + 2
        } else {
            j
        };
        let (end, sign, anchored) = if self.is(j, "ago") {
            (j + 1, -1, false)
        } else if self.is(j, "earlier") {
            (j + 1, -1, true)
        } else if self.is(j, "later") {
            (j + 1, 1, true)
        } else if self.is(j, "from") && self.is(j + 1, "now") {
            (j + 2, 1, false)
        } else if self.is(j, "hence") {
            (j + 1, 1, false)
        } else {
            return None;
        };
        // "five years earlier than expected": a comparison, no date.
        if anchored && self.is(end, "than") {
            return None;
        }
        // "three days later", "a day earlier": TimeBank keeps the duration (without
        // "later"); only larger units make a date ("a year earlier").
        if anchored
            && !matches!(
                unit,
                Unit::Year | Unit::Month | Unit::Quarter | Unit::Decade
            )
        {
            return None;
        }
        let Some(n) = n else {
            let v = if sign < 0 { "PAST_REF" } else { "FUTURE_REF" };
            return Some(M::date(end, v));
        };
        if n.fract() != 0.0 || unit.is_clock() || n > 5000.0 {
            // "an hour ago": the reference day at best
            let d = self.dct_day(end);
            return Some(M::date(end, d.value).known(d.resolved));
        }
        let (n, unit) = match unit {
            Unit::Decade => (n as i64 * 10, Unit::Year),
            Unit::Century => (n as i64 * 100, Unit::Year),
            Unit::Millennium => (n as i64 * 1000, Unit::Year),
            _ => (n as i64, unit),
        };
        // ("a year later" goes on from the year in focus like "two years later")
        if unit == Unit::Year && n == 1 && sign < 0 {
            return Some(self.year_back(start, end));
        }
        let base = if anchored {
            if unit == Unit::Year {
                match self.last_year {
                    // (the year just written is the anchor, whether or not the article
                    // has a date: "In 1984 he started … Two years later he played …")
                    Some((y, s)) if self.sent_of(start).saturating_sub(s) <= 1 => {
                        cal::ymd(y, 6, 15)
                    }
                    _ => self.dct,
                }
            } else {
                self.anchor_day(start)
            }
        } else {
            self.dct
        };
        let Some(base) = base else {
            return Some(M::date(end, cal::period_unknown(unit)).known(false));
        };
        let d = cal::add(base, unit, sign * n)?;
        Some(M::date(end, cal::period(d, unit)))
    }

    // --- relative expressions ------------------------------------------------------------

    /// today / yesterday / tomorrow (+ part of day), tonight, this/last/next + unit,
    /// weekday, month, season or part of day, "that year", "year-end", "year-earlier".
    fn relative(&self, i: usize) -> Option<M> {
        // "BBC Radio 4's Today programme", "Are You Lonesome Tonight": a day word with its
        // capital inside a sentence names a programme or a song.
        // (not in a headline in title case: "Obama To Speak Today On Economy")
        if self.is_any(i, &["today", "tonight", "tomorrow", "yesterday"]) && self.titled_word(i) {
            return None;
        }
        if let Some(day) = self.day_word(i) {
            return Some(self.daypart_after(i + 1, day));
        }
        if self.is(i, "tonight") {
            let d = self.dct_day(i + 1);
            return Some(
                M::new(i + 1, TimexType::Time, format!("{}TNI", d.value)).known(d.resolved),
            );
        }
        if self.is(i, "year") && self.kind(i + 1) == Some(Kind::Hyphen) {
            return self.year_compound(i);
        }
        // "year end", "year's end"
        if self.is(i, "year") {
            let e = if self.kind(i + 1) == Some(Kind::Poss) {
                i + 2
            } else {
                i + 1
            };
            if self.is(e, "end") {
                let m = match self.dct {
                    Some(d) => M::date(e + 1, format!("{:04}", d.year())),
                    None => M::date(e + 1, "XXXX").known(false),
                };
                return Some(m.with_mod(Some("END")));
            }
            return None;
        }
        // "future quarters": ahead
        if self.is(i, "future") {
            let (_, true) = self.unit(i + 1)? else {
                return None;
            };
            return Some(M::date(i + 2, "FUTURE_REF"));
        }
        if self.is_any(i, &["that", "same"]) {
            return self.anaphoric(i, i + 1);
        }
        if !self.is_any(
            i,
            &[
                "this", "last", "next", "past", "coming", "previous", "current", "recent",
            ],
        ) {
            return None;
        }
        let mut j = i + 1;
        let mut rel = self.rel_sign(i);
        // "this past week", "this coming Sunday"
        if self.is(i, "this") && self.is_any(j, &["past", "coming"]) {
            rel = self.rel_sign(j);
            j += 1;
        }
        // "last three years", "past 20 years", "next few days": durations
        if (rel != 0 || self.is(i, "past"))
            && let Some((e, parts)) = self.duration(j).filter(|(_, p)| p.len() == 1)
            && !self.is_any(j, &["a", "an"])
            && self.number(j).is_some()
        {
            return Some(M::new(e, TimexType::Duration, cal::fmt_duration(&parts)));
        }
        // (and a range of them: "the next 12 to 18 months")
        if (rel != 0 || self.is(i, "past"))
            && let Some(m) = self.duration_range(j)
        {
            return Some(m);
        }
        if self.is_any(i, &["coming", "past"])
            && i + 1 == j
            && let Some((_, true)) = self.unit(j)
        {
            let v = if self.is(i, "coming") {
                "FUTURE_REF"
            } else {
                "PAST_REF"
            };
            return Some(M::date(j + 1, v));
        }
        if self.is(i, "recent") {
            // "recent years" is the past; "recent weeks" a vague duration
            let (unit, true) = self.unit(j)? else {
                return None;
            };
            return Some(if unit == Unit::Year {
                M::date(j + 1, "PAST_REF")
            } else {
                M::new(
                    j + 1,
                    TimexType::Duration,
                    cal::fmt_duration(&[(None, unit)]),
                )
            });
        }
        if self.is(i, "past") && rel == -1 && i + 1 == j {
            // "past year" without "the"
            let (unit, false) = self.unit(j)? else {
                return None;
            };
            return Some(M::new(
                j + 1,
                TimexType::Duration,
                cal::fmt_duration(&[(Some(1.0), unit)]),
            ));
        }
        self.relative_target(i, j, rel)
    }

    /// What follows "this"/"last"/"next": a unit, weekend, weekday, month, season, part of
    /// day, holiday.
    fn relative_target(&self, start: usize, j: usize, rel: i32) -> Option<M> {
        // "This Week", "Next Year": titles
        if self.unit(j).is_some() && self.t.get(j).is_some_and(|t| t.cap) {
            return None;
        }
        // "next week Friday", "this week Monday"
        if self.is(j, "week")
            && let Some((wd, false)) = self.weekday(j + 1).or_else(|| {
                self.weekday(j + 2)
                    .filter(|_| self.is_any(j + 1, &["-", "on"]))
            })
        {
            let e = if self.weekday(j + 1).is_some() {
                j + 2
            } else {
                j + 3
            };
            let (v, known) = self.weekday_in_week(wd, rel);
            return Some(M::date(e, v).known(known));
        }
        let fiscal = self.is(j, "fiscal");
        let j = if fiscal { j + 1 } else { j };
        if let Some((unit, false)) = self.unit(j) {
            if unit.is_clock() || unit == Unit::Day {
                return None;
            }
            // "next year's first quarter", "last year's quarter"
            if unit == Unit::Year
                && !fiscal
                && self.kind(j + 1) == Some(Kind::Poss)
                && let Some(d) = self.dct
                && let Some(m) = self.period_of_year(start, j + 2, i32::from(d.year()) + rel)
            {
                // another year's quarter is a comparison, not the new focus
                return Some(if rel != 0 { m.derived() } else { m });
            }
            // "compared with a loss of $3 million last year", "the corresponding period
            // last year", "up from last year's $1.5 billion", "last year's results": in a
            // results report, the quarter in focus a year back
            let compared = if self.kind(j + 1) == Some(Kind::Poss) {
                self.tx(j + 2).starts_with(['$', '£', '€', '#'])
                    || self.kind(j + 2) == Some(Kind::Num)
                    || self.is(j + 2, "results")
            } else {
                (start.saturating_sub(8)..start)
                    .any(|k| self.is_any(k, &["compared", "corresponding", "comparable", "versus"]))
            };
            if unit == Unit::Year
                && rel == -1
                && !fiscal
                && compared
                && let Some((y, q)) = self.recent_quarter(start)
                && !self.is(start.wrapping_sub(1), "of")
                && self.quarter_compared(start)
            {
                return Some(M::date(j + 1, format!("{:04}-Q{q}", y - 1)).derived());
            }
            return Some(
                match self.dct.and_then(|d| cal::add(d, unit, i64::from(rel))) {
                    Some(d) => M::date(j + 1, cal::period(d, unit)),
                    None => M::date(j + 1, cal::period_unknown(unit)).known(false),
                },
            );
        }
        if self.is(j, "weekend") {
            if self.is(start, "this") && rel == 0 {
                return Some(match self.dct {
                    Some(d) => M::date(j + 1, format!("{}-WE", cal::fmt_week(d))),
                    None => M::date(j + 1, "XXXX-WXX-WE").known(false),
                });
            }
            return Some(self.weekend(j + 1, rel, start));
        }
        if let Some((wd, false)) = self.weekday(j) {
            if self.is(start, "this") && j == start + 1 {
                let (v, known) = self.weekday_in_week(wd, 0);
                let day = Day {
                    end: j + 1,
                    value: v,
                    resolved: known,
                };
                return Some(self.daypart_after(j + 1, day));
            }
            let day = self.weekday_day(wd, rel, start, j + 1);
            return Some(self.daypart_after(j + 1, day));
        }
        if let Some(m) = self.month(j) {
            let day = self.day_num(j + 1);
            let end = day.map_or(j + 1, |(e, _)| e);
            let Some(dct) = self.dct else {
                return Some(
                    match day {
                        Some((_, d)) => M::date(end, format!("XXXX-{m:02}-{d:02}")),
                        None => M::date(end, format!("XXXX-{m:02}")),
                    }
                    .known(false),
                );
            };
            let here = (dct.month() as u8, dct.day() as u8);
            let there = (m, day.map_or(if rel < 0 { 31 } else { 0 }, |(_, d)| d));
            let y = i32::from(dct.year());
            // "last February" said in March is a year back ("last month" would do).
            let y = match rel {
                -1 if there >= here || (day.is_none() && m % 12 + 1 == here.0) => y - 1,
                1 if there <= here => y + 1,
                _ => y,
            };
            return Some(match day {
                Some((_, d)) => M::date(end, cal::fmt_day(cal::ymd(y, m, d)?)),
                None => M::date(end, cal::fmt_month(y, m)),
            });
        }
        if let Some(s) = self.season(j) {
            // "this past spring": the latest spring, not last year's
            if self.is(start, "this") && rel == -1 {
                let started = |d: Date| {
                    let first = match s {
                        "SP" => 3,
                        "SU" => 6,
                        "FA" => 9,
                        _ => 12,
                    };
                    d.month() >= first
                };
                let m = match self.dct {
                    Some(d) if started(d) => self.season_value(j + 1, s, 0, None),
                    _ => self.season_value(j + 1, s, -1, None),
                };
                return Some(m);
            }
            return Some(self.season_value(j + 1, s, rel, None));
        }
        if let Some(p) = self.daypart(j).filter(|p| !p.contains(':')) {
            // "this morning", "last night"
            let off = if rel < 0 { -1 } else { i64::from(rel) };
            let off = if self.is(start, "this") { 0 } else { off };
            let d = match self.dct.and_then(|d| cal::add(d, Unit::Day, off)) {
                Some(d) => cal::fmt_day(d),
                None => "XXXX-XX-XX".into(),
            };
            return Some(
                M::new(j + 1, TimexType::Time, format!("{d}T{p}")).known(self.dct.is_some()),
            );
        }
        if let Some((e, Lex::Holiday(rule))) = self
            .phrases(j, bits::HOLIDAY)
            .find(|(_, l)| matches!(l, Lex::Holiday(_)))
        {
            let Some(dct) = self.dct else {
                return Some(M::date(e, cal::holiday_unknown(rule)).known(false));
            };
            let y = i32::from(dct.year());
            let this = cal::holiday(rule, y)?;
            let d = match rel {
                -1 if this >= dct => cal::holiday(rule, y - 1)?,
                1 if this <= dct => cal::holiday(rule, y + 1)?,
                _ => this,
            };
            return Some(M::date(e, cal::fmt_day(d)));
        }
        None
    }

    /// Is the period compared in the sentence of `start` a quarter: not a year ("$4 a share
    /// in 1987, compared to $3.34 last year") or a span ("the nine months")?
    fn quarter_compared(&self, start: usize) -> bool {
        match &self.prev {
            Some((kind, v, ps)) if *ps == self.sent_of(start) => {
                *kind != TimexType::Duration && v.len() != 4
            }
            _ => true,
        }
    }

    /// A quarter of the year `y` just named ("this year's third quarter", "next year's
    /// first quarter"), or the quarter in focus ("last year's quarter").
    fn period_of_year(&self, start: usize, k: usize, y: i32) -> Option<M> {
        if let Some(m) = self.ordinal_period(k, k) {
            let (_, label) = m.value.split_once('-')?;
            return label
                .starts_with(['Q', 'H'])
                .then(|| M::date(m.end, format!("{y:04}-{label}")));
        }
        if self.is(k, "quarter") {
            let (_, q) = self.recent_quarter(start)?;
            return Some(M::date(k + 1, format!("{y:04}-Q{q}")));
        }
        // "last year's second half" (a half needs its year, which this is)
        if let Some((e, n @ (1 | 2))) = self.ordinal(k)
            && self.is(e, "half")
        {
            return Some(M::date(e + 1, format!("{y:04}-H{n}")));
        }
        None
    }

    /// "the weekend": the one before the reference (in the past tense) or after it.
    fn weekend(&self, end: usize, rel: i32, start: usize) -> M {
        let Some(dct) = self.dct else {
            return M::date(end, "XXXX-WXX-WE").known(false);
        };
        let dir = if rel != 0 {
            rel
        } else if self.tense(start, end) == Some(Tense::Future) {
            1
        } else {
            -1
        };
        let sat = cal::weekday_near(dct, 6, if dir > 0 { 1 } else { 0 });
        // On a weekend day, "this weekend" is the current one.
        let sat = match (dct.weekday().to_monday_one_offset(), dir) {
            (6, _) => Some(dct),
            (7, d) if d <= 0 => cal::add(dct, Unit::Day, -1),
            _ => sat,
        };
        match sat {
            Some(s) => M::date(end, format!("{}-WE", cal::fmt_week(s))),
            None => M::date(end, "XXXX-WXX-WE").known(false),
        }
    }

    /// A season in a year: `rel` -1 last, +1 next, 0 this; `year` when given.
    fn season_value(&self, end: usize, s: &str, rel: i32, year: Option<i32>) -> M {
        if let Some(y) = year {
            return M::date(end, format!("{y:04}-{s}"));
        }
        let Some(dct) = self.dct else {
            return M::date(end, format!("XXXX-{s}")).known(false);
        };
        let y = i32::from(dct.year());
        let m = dct.month();
        let start_month = match s {
            "SP" => 3,
            "SU" => 6,
            "FA" => 9,
            _ => 12,
        };
        // "last spring" is the previous year's (TimeBank), "next spring" the coming one.
        let y = match rel {
            -1 => y - 1,
            1 if start_month <= m => y + 1,
            _ => y,
        };
        M::date(end, format!("{y:04}-{s}"))
    }

    /// "year-end", "year-ago", "year-earlier", "year-to-date".
    fn year_compound(&self, i: usize) -> Option<M> {
        let j = i + 2;
        let dct_y = self.dct.map(|d| i32::from(d.year()));
        if self.is(j, "end") {
            let m = match dct_y {
                Some(y) => M::date(j + 1, format!("{y:04}")),
                None => M::date(j + 1, "XXXX").known(false),
            };
            return Some(m.with_mod(Some("END")));
        }
        if self.is_any(j, &["ago", "earlier"]) {
            return Some(self.year_back(i, j + 1));
        }
        None
    }

    /// "a year earlier", "a year ago", "year-earlier": the period just compared, a year
    /// back. In results reports that is the quarter in focus ("third-quarter profit rose
    /// to $5 from $4 a year earlier"); a second such phrase repeats the first; after a
    /// span of time ("the nine months") or with no quarter in focus, it is last year.
    fn year_back(&self, start: usize, end: usize) -> M {
        let s = self.sent_of(start);
        if let Some((kind, v, ps)) = &self.prev
            && s.saturating_sub(*ps) <= 1
        {
            if *kind == TimexType::Duration {
                return self.last_year_value(end);
            }

            // A year-back value just before ("a year ago ... year-earlier"): the same.
            if let (Some((y, q)), Some((ly, lq))) =
                (quarter_of_value(v), self.recent_quarter(start))
                && q == lq
                && y == ly - 1
            {
                return M::date(end, v.clone()).derived();
            }
        }
        match self.recent_quarter(start) {
            Some((y, q)) => M::date(end, format!("{:04}-Q{q}", y - 1)).derived(),
            None => self.last_year_value(end),
        }
    }

    /// The year before the reference: a comparison, not a new focus for "the year".
    fn last_year_value(&self, end: usize) -> M {
        match self.dct {
            Some(d) => M::date(end, format!("{:04}", i32::from(d.year()) - 1)).derived(),
            None => M::date(end, "XXXX").known(false),
        }
    }

    /// "that year", "that day", "the same day", "that same week".
    fn anaphoric(&self, i: usize, mut j: usize) -> Option<M> {
        if self.is(j, "same") {
            j += 1;
        }
        // "that summer": the season of the year in focus (not "noted that spring crops")
        if let Some(season) = self.season(j)
            && let Some((y, _)) = self.last_year
            && (self.kind(j + 1) != Some(Kind::Word)
                || self.is_any(j + 1, &["when", "and", "in", "at", "as", "the"]))
        {
            return Some(self.season_value(j + 1, season, 0, Some(y)));
        }
        let s = self.sent_of(i);
        // "that evening", "that same night": a part of the day in focus (not "that" of a
        // clause after a verb of saying: "said that morning shows were popular")
        let clause = i > 0
            && self.kind(j + 1) == Some(Kind::Word)
            && matches!(
                LEXICON.aux(self.tx(i - 1)),
                Some(Lex::Tense {
                    tense: Tense::Past,
                    report: true
                })
            );
        if let Some(p) = self.daypart(j).filter(|p| !p.contains(':'))
            && !clause
            && let Some((d, ds)) = self.last_day
            && s.saturating_sub(ds) <= 5
        {
            return Some(M::new(
                j + 1,
                TimexType::Time,
                format!("{}T{p}", cal::fmt_day(d)),
            ));
        }
        let (unit, false) = self.unit(j)? else {
            return None;
        };
        match unit {
            Unit::Year => {
                let y = match self.last_year {
                    Some((y, _)) => y,
                    None => i32::from(self.dct?.year()),
                };
                Some(M::date(j + 1, format!("{y:04}")))
            }
            Unit::Day | Unit::Week | Unit::Month => {
                let d = match self.last_day {
                    Some((d, ds)) if s.saturating_sub(ds) <= 5 => d,
                    _ => return None,
                };
                Some(M::date(j + 1, cal::period(d, unit)))
            }
            _ => None,
        }
    }

    // --- "the ..." -----------------------------------------------------------------------

    /// Expressions with "the": "the past three months", "the third quarter", "the year",
    /// "the weekend", "the 1990s", "the nineties", "the 20th century", "the following day".
    fn the_led(&self, i: usize) -> Option<M> {
        if !self.is(i, "the") {
            return None;
        }
        let j = i + 1;
        // "Record Of The Year", "Player of the Year", "Goal of the Month": a title
        if self.unit(j).is_some() && self.titled_word(j) {
            return None;
        }
        let mut best = None;
        // "the past three months", "the next few days", "the first nine months"
        if self.is_any(
            j,
            &[
                "past",
                "last",
                "next",
                "first",
                "coming",
                "previous",
                "following",
                "final",
                "remaining",
                "preceding",
                "latest",
                "recent",
                "ensuing",
                "intervening",
            ],
        ) {
            let k = j + 1;
            if let Some((e, parts)) = self.duration(k).filter(|(_, p)| p.len() == 1)
                && !self.is_any(k, &["a", "an"])
            {
                longest(
                    &mut best,
                    Some(M::new(e, TimexType::Duration, cal::fmt_duration(&parts))),
                );
            }
            // ("the next 12 to 18 months")
            longest(&mut best, self.duration_range(k));
            // "the next morning", "the following evening", "the previous night": that
            // part of the day after (or before) the day in focus
            if self.is_any(j, &["next", "following", "previous", "preceding"])
                && let Some(p) = self.daypart(k).filter(|p| !p.contains(':'))
                && let Some(day) = self.shifted(i, k + 1, Unit::Day, self.rel_sign(j))
            {
                let m = M::new(k + 1, TimexType::Time, format!("{}T{p}", day.value));
                longest(&mut best, Some(m));
            }
            if let Some((unit, false)) = self.unit(k) {
                let anaphoric = self.is_any(j, &["previous", "following", "preceding"])
                    || (self.is(j, "next") && unit == Unit::Day);
                if anaphoric {
                    longest(&mut best, self.shifted(i, k + 1, unit, self.rel_sign(j)));
                } else if unit == Unit::Quarter {
                    // "the first quarter" is an ordinal period (below); "the first
                    // quarter a year ago" its year-ago one
                    if !self.is(j, "first") {
                        longest(&mut best, self.quarter_ref(i, k + 1, j));
                    } else if self.is(k + 1, "a")
                        && self.is(k + 2, "year")
                        && self.is_any(k + 3, &["ago", "earlier"])
                        && let Some((y, q)) = self
                            .ordinal_period(j, i)
                            .and_then(|m| quarter_of_value(&m.value))
                    {
                        let m = M::date(k + 4, format!("{:04}-Q{q}", y - 1)).derived();
                        longest(&mut best, Some(m));
                    }
                } else if self.is_any(j, &["coming", "next"])
                    && !unit.is_clock()
                    && unit != Unit::Day
                {
                    // "the coming week": the next one
                    longest(&mut best, self.relative_target(i, k, 1));
                } else if !self.is_any(j, &["first", "latest", "final"]) && !unit.is_clock() {
                    longest(
                        &mut best,
                        Some(M::new(
                            k + 1,
                            TimexType::Duration,
                            cal::fmt_duration(&[(Some(1.0), unit)]),
                        )),
                    );
                }
            }
            if self.is(j, "latest") && self.is_any(k, &["period", "quarter"]) {
                longest(&mut best, self.quarter_ref(i, k + 1, j));
            }
            if let Some((wd, false)) = self.weekday(k)
                && self.is_any(j, &["previous", "following", "next", "preceding"])
            {
                // "the previous Friday": before the anchor
                let dir = self.rel_sign(j);
                if let Some(a) = self.anchor_day(i)
                    && let Some(d) = cal::weekday_near(a, wd, dir)
                {
                    longest(&mut best, Some(M::date(k + 1, cal::fmt_day(d))));
                }
            }
        }
        // "the weeks ahead", "the years to come": a vague stretch ahead
        if let Some((unit, true)) = self.unit(j)
            && (self.is(j + 1, "ahead") || self.is(j + 1, "to") && self.is(j + 2, "come"))
        {
            let e = if self.is(j + 1, "ahead") {
                j + 2
            } else {
                j + 3
            };
            longest(
                &mut best,
                Some(M::new(
                    e,
                    TimexType::Duration,
                    cal::fmt_duration(&[(None, unit)]),
                )),
            );
        }
        // "the day before yesterday", "the day after Christmas": a day from another
        if self.is(j, "day")
            && self.is_any(j + 1, &["before", "after"])
            && let Some((end, d)) = self.day_at(j + 2)
            && let Some(x) = cal::add(d, Unit::Day, if self.is(j + 1, "before") { -1 } else { 1 })
        {
            longest(&mut best, Some(M::date(end, cal::fmt_day(x))));
        }
        // "later in the day", "earlier in the day": the day in focus
        if self.is(j, "day")
            && i >= 2
            && self.is(i - 1, "in")
            && self.is_any(i - 2, &["earlier", "later"])
            && let Some(d) = self.anchor_day(i)
        {
            longest(&mut best, Some(M::date(j + 1, cal::fmt_day(d))));
        }
        // "The day before, he had resigned": the day before (after) the day in focus, where
        // no day or event is named after it
        if self.is(j, "day")
            && self.is_any(j + 1, &["before", "after"])
            && !matches!(self.kind(j + 2), Some(Kind::Word | Kind::Num))
            && let Some((_, ds)) = self.last_day
            && self.sent_of(i).saturating_sub(ds) <= 2
        {
            let rel = if self.is(j + 1, "before") { -1 } else { 1 };
            longest(&mut best, self.shifted(i, j + 2, Unit::Day, rel));
        }
        // "the quarter", "the year", "the weekend", "the week"
        if self.is(j, "quarter") {
            longest(&mut best, self.quarter_ref(i, j + 1, j));
        }
        if self.is(j, "full") && self.is(j + 1, "year") {
            longest(&mut best, self.the_year(i, j + 1));
        }
        if self.is_any(j, &["current", "same", "comparable"]) || self.is(j, "year") {
            longest(&mut best, self.the_year_period(i, j));
        }
        if self.is(j, "fiscal") {
            longest(&mut best, self.fiscal(j));
        }
        if self.is(j, "year") && !self.is(j + 1, "-") {
            longest(&mut best, self.the_year(i, j));
        }
        if self.is(j, "weekend") {
            longest(&mut best, Some(self.weekend(j + 1, 0, i)));
        }
        // "the month": the one in focus ("by the end of the month")
        if self.is(j, "month") && !self.is_any(j + 1, &["-", "of", "before", "after"]) {
            if let Some(d) = self.anchor_day(i) {
                longest(&mut best, Some(M::date(j + 1, cal::period(d, Unit::Month))));
            }
        }
        // "the week 31": an ISO week of the reference's year
        if self.is(j, "week")
            && let Some((w, 1 | 2)) = self.int(j + 1)
            && (1..=53).contains(&w)
        {
            let m = match self.dct {
                Some(d) => M::date(j + 2, format!("{:04}-W{w:02}", d.year())),
                None => M::date(j + 2, format!("XXXX-W{w:02}")).known(false),
            };
            longest(&mut best, Some(m));
        }
        // "the week ended February 28", "the week ending Friday": the seven days up to that
        // day, named by the week most of them fall in
        if self.is(j, "week")
            && self.is_any(j + 1, &["ended", "ending"])
            && let Some((_, d)) = self.day_at(j + 2)
            && let Some(mid) = cal::add(d, Unit::Day, -3)
        {
            longest(&mut best, Some(M::date(j + 1, cal::fmt_week(mid))));
        } else if self.is(j, "week") && !self.is(j + 1, "of") {
            longest(
                &mut best,
                self.dct.map(|d| M::date(j + 1, cal::fmt_week(d))),
            );
        }
        if self.is(j, "week") && self.is(j + 1, "of") {
            // "the week of March 6"
            if let Some(m) = self.month_led(j + 2).filter(|m| m.value.len() == 10)
                && let Some(d) = parse_day(&m.value)
            {
                longest(&mut best, Some(M::date(m.end, cal::fmt_week(d))));
            }
        }
        if let Some(y) = self.year(j).filter(|_| self.int(j).is_some()) {
            // "the 1988 period", "the 1988 third quarter"
            if self.is_any(y.0, &["period", "quarter"]) {
                let v = match self.recent_quarter(i) {
                    Some((_, q)) => format!("{:04}-Q{q}", y.1),
                    _ => format!("{:04}", y.1),
                };
                longest(&mut best, Some(M::date(y.0 + 1, v).derived()));
            }
            longest(&mut best, self.ordinal_period(y.0, i));
        }
        // "the season", "the summer of 1998"; but "the fall" in prices, of the dollar, or
        // that was due to …, is a decline (unless a year follows: "the fall of 1988")
        if let Some(s) = self.season(j) {
            let year = self.year_after(j + 1);
            // ("in the fall to an annual rate" is the season: after "in" only "of" and "in"
            // make a decline)
            let after_in = i > 0 && self.is_any(i - 1, &["in", "during", "until", "since"]);
            // (the words after a decline: "the fall in …", "the fall was …")
            const DECLINE_NEXT: &[&str] = &[
                "in",
                "of",
                "to",
                "from",
                "was",
                "is",
                "has",
                "had",
                "would",
                "will",
                "could",
                "may",
                "might",
                "came",
                "comes",
                "followed",
                "reflected",
            ];
            let decline = self.is(j, "fall")
                && !year.is_some_and(|(_, _, of)| of)
                && (!after_in || self.is_any(j + 1, &["of", "in"]))
                && self.is_any(j + 1, DECLINE_NEXT);
            if !decline {
                let m = match year {
                    Some((e, y, true)) => self.season_value(e, s, 0, Some(y)),
                    _ => self.season_value(j + 1, s, 0, None),
                };
                longest(&mut best, Some(m));
            }
        }
        // "the morning", "the afternoon"
        if let Some(p) = self.daypart(j).filter(|p| !p.contains(':') && *p != "NI") {
            longest(&mut best, Some(self.part_of_day(i, j + 1, p)));
        }
        // decades and centuries: "the 1990s", "the '80s", "the nineties", "the 20th century"
        if let Some(m) = self.year_led(j).filter(|m| m.value.len() <= 3) {
            longest(&mut best, Some(m));
        }
        if let Some(d) = self.lex(j).find_map(|l| match l {
            Lex::Decade(d) => Some(d),
            _ => None,
        }) {
            let c = self.century_for(i32::from(d) * 10) / 100;
            longest(&mut best, Some(M::date(j + 1, format!("{c:02}{d}"))));
        }
        // "the early 1990s", "the late 1970s", "the mid-1980s"
        if let Some(m) = self.point_mod(j) {
            longest(&mut best, Some(m));
        }
        longest(&mut best, self.ordinal_period(j, i));
        longest(&mut best, self.day_led(j, i));
        // "the 18th": a day of the reference's month (the previous month's in the past
        // tense when it is still ahead)
        if let Some((e, d)) = self
            .day_num(j)
            .filter(|_| self.kind(j) == Some(Kind::Num) && self.ordinal(j).is_some())
            && self.month(e).is_none()
            && (self.kind(e) != Some(Kind::Word)
                || self.is_any(e, &["at", "and", "or", "in", "to", "when", "until"]))
        {
            let m = match self.dct {
                Some(dct) => {
                    let ahead = d > dct.day() as u8;
                    let back = ahead && self.tense(i, e) == Some(Tense::Past);
                    let base = if back {
                        cal::add(dct.first_of_month(), Unit::Month, -1)
                    } else {
                        Some(dct.first_of_month())
                    };
                    base.and_then(|b| cal::ymd(i32::from(b.year()), b.month() as u8, d))
                        .map(|x| M::date(e, cal::fmt_day(x)))
                }
                None => Some(M::date(e, format!("XXXX-XX-{d:02}")).known(false)),
            };
            longest(&mut best, m);
        }
        best
    }

    /// "the previous day", "the following year": the anchor moved by one unit.
    fn shifted(&self, i: usize, end: usize, unit: Unit, rel: i32) -> Option<M> {
        if unit.is_clock() {
            return None;
        }
        if unit == Unit::Year
            && let Some((y, _)) = self.last_year
        {
            return Some(M::date(end, format!("{:04}", y + rel)));
        }
        // "the following month": after the month just named
        if unit == Unit::Month
            && let Some((y, mo, s)) = self.last_month
            && self.sent_of(i).saturating_sub(s) <= 3
            && let Some(d) =
                cal::ymd(y, mo, 1).and_then(|d| cal::add(d, Unit::Month, i64::from(rel)))
        {
            return Some(M::date(end, cal::period(d, Unit::Month)));
        }
        let a = self.anchor_day(i)?;
        let d = cal::add(a, unit, i64::from(rel))?;
        Some(M::date(end, cal::period(d, unit)))
    }

    /// The current quarter context: "the quarter", "the latest quarter", "the last quarter".
    fn quarter_ref(&self, i: usize, end: usize, j: usize) -> Option<M> {
        // "the quarter a year ago"
        if self.is(end, "a")
            && self.is(end + 1, "year")
            && self.is_any(end + 2, &["ago", "earlier"])
        {
            let m = self.quarter_base(i, end, j)?;
            let (y, q) = quarter_of_value(&m.value)?;
            return Some(M::date(end + 3, format!("{:04}-Q{q}", y - 1)).derived());
        }
        self.quarter_base(i, end, j)
    }

    fn quarter_base(&self, i: usize, end: usize, j: usize) -> Option<M> {
        // "the quarter ended July 31": the three months up to that day, named by the
        // calendar quarter most of them fall in (unless a fiscal quarter is in focus)
        if self.is(j, "quarter")
            && self.recent_quarter(i).is_none()
            && self.is_any(end, &["ended", "ending"])
            && let Some(m) = self.month_led(end + 1)
            && let Some(d) = parse_day(&m.value)
            && let Some(mid) = cal::add(d, Unit::Day, -45)
        {
            return Some(M::date(end, cal::period(mid, Unit::Quarter)));
        }
        // The latest quarter is a completed one, not the reference's own.
        let current = self.dct.map(|d| (i32::from(d.year()), cal::quarter_of(d)));
        if let Some((y, q)) = self.recent_quarter(i)
            && !self.is_any(
                j,
                &["past", "last", "previous", "next", "coming", "following"],
            )
            && !(self.is(j, "latest") && current.is_some_and(|c| (y, q) >= c))
        {
            return Some(M::date(end, format!("{y:04}-Q{q}")));
        }
        // Without context, "the quarter" of a results report is the last one completed.
        let rel = if self.is_any(j, &["next", "coming", "following"]) {
            1
        } else if self.is_any(j, &["current", "this"]) {
            0
        } else {
            -1
        };
        let Some(dct) = self.dct else {
            return Some(M::date(end, "XXXX-QX").known(false));
        };
        let d = cal::add(dct, Unit::Quarter, i64::from(rel))?;
        Some(M::date(end, cal::period(d, Unit::Quarter)))
    }

    /// "the current year", "the same quarter", "the year-ago quarter", "the comparable
    /// year-earlier period", "the year-earlier third quarter".
    fn the_year_period(&self, i: usize, j: usize) -> Option<M> {
        let mut k = j;
        let mut back = 0;
        if self.is(k, "comparable") {
            k += 1;
        }
        if self.is(k, "current") {
            k += 1;
        }
        if self.is(k, "year")
            && self.kind(k + 1) == Some(Kind::Hyphen)
            && self.is_any(k + 2, &["ago", "earlier"])
        {
            back = 1;
            k += 3;
        }
        if self.is(k, "fiscal") {
            k += 1;
        }
        // "the year-ago third quarter"
        if let Some(m) = self.ordinal_period(k, i) {
            if back == 1
                && let Some((y, q)) = quarter_of_value(&m.value)
            {
                return Some(M::date(m.end, format!("{:04}-Q{q}", y - 1)).derived());
            }
            return Some(m);
        }
        if self.is_any(k, &["quarter", "period"]) {
            let (y, q) = match self.recent_quarter(i) {
                Some(yq) => yq,
                None => {
                    let d = cal::add(self.dct?, Unit::Quarter, -1)?;
                    (i32::from(d.year()), cal::quarter_of(d))
                }
            };
            let m = M::date(k + 1, format!("{:04}-Q{q}", y - back));
            return Some(if back > 0 { m.derived() } else { m });
        }
        if self.is(k, "year") && back == 0 && k > j {
            let y = i32::from(self.dct?.year());
            return Some(M::date(k + 1, format!("{y:04}")));
        }
        None
    }

    /// "the year" (the one in focus), "the year ended Sept. 30" (a duration), "the year
    /// two thousand", "the year 1999".
    fn the_year(&self, i: usize, j: usize) -> Option<M> {
        if let Some((e, y)) = self.year(j + 1) {
            return Some(M::date(e, format!("{y:04}")));
        }
        if self.is_any(j + 1, &["ended", "ending", "to"])
            || self.is(j + 1, "-")
            || self.is_any(i.wrapping_sub(1), &["all", "through", "throughout"])
        {
            return Some(M::new(j + 1, TimexType::Duration, "P1Y"));
        }
        let y = match self.last_year {
            Some((y, s)) if self.sent_of(i).saturating_sub(s) <= 3 => y,
            _ => i32::from(self.dct?.year()),
        };
        Some(M::date(j + 1, format!("{y:04}")))
    }

    /// Ordinal periods: "third quarter", "third-quarter", "first half of 1990", "the 20th
    /// century", "fourth-quarter 1989"; `start` is where the expression began (for "the").
    fn ordinal_period(&self, i: usize, start: usize) -> Option<M> {
        let (mut j, n) = self.ordinal(i)?;
        // "the first fiscal quarter"
        if self.is(j, "fiscal") {
            j += 1;
        }
        // "first two quarters"
        let mut count = 1;
        if let Some((k, Some(c))) = self.number(j).filter(|_| self.int(j).is_none())
            && self.unit(k).is_some_and(|(u, p)| p && u == Unit::Quarter)
        {
            count = c as i32;
            j = k;
        }
        if self.kind(j) == Some(Kind::Hyphen) {
            j += 1;
        }
        let is_half = self.is(j, "half");
        let (unit, _) = self.unit(j).or(is_half.then_some((Unit::Month, false)))?;
        let e = j + 1;
        if unit == Unit::Century {
            if n < 1 {
                return None;
            }
            return Some(M::date(e, format!("{:02}", n - 1)));
        }
        if unit != Unit::Quarter && !is_half {
            return None;
        }
        // An explicit year: "of 1990", "1990", "fiscal 1990"
        let k = if self.is(e, "of") { e + 1 } else { e };
        let k = if self.is(k, "fiscal") { k + 1 } else { k };
        let explicit = self.year(k).filter(|_| k > e || self.int(k).is_some());
        let prior = if start < i {
            // "the 1988 third quarter"
            self.year(i.saturating_sub(1))
                .filter(|&(ye, _)| ye == i)
                .map(|(_, y)| y)
        } else {
            None
        };
        let (end, year) = match (explicit, prior) {
            (Some((ye, y)), _) => (ye, Some(y)),
            (None, Some(y)) => (e, Some(y)),
            (None, None) => (e, None),
        };
        // "the second half" of a match is no date: halves need their year.
        if is_half && year.is_none() && !self.is(i.wrapping_sub(1), "fiscal") {
            return None;
        }
        let max = if is_half { 2 } else { 4 };
        if n == -1 {
            // "the last quarter": the final one of the year when a year is given
            year?;
        }
        let n = if n == -1 { max } else { n };
        if !(1..=max).contains(&n) {
            return None;
        }
        let label = if is_half {
            format!("H{n}")
        } else if count == 2 && n == 1 {
            "H1".to_string()
        } else if count == 2 && n == 3 {
            "H2".to_string()
        } else {
            format!("Q{n}")
        };
        let y = match year {
            Some(y) => y,
            None => {
                let Some(dct) = self.dct else {
                    return Some(M::date(end, format!("XXXX-{label}")).known(false));
                };
                let y = i32::from(dct.year());
                let cur = if is_half {
                    i32::from(cal::quarter_of(dct) > 2) + 1
                } else {
                    i32::from(cal::quarter_of(dct))
                };
                // A later quarter than the current one is last year's, unless the clause
                // looks ahead or it is the next one.
                let ahead =
                    self.tense(start, end) == Some(Tense::Future) || n - cur == 1 && !is_half;
                if n <= cur || ahead { y } else { y - 1 }
            }
        };
        Some(M::date(end, format!("{y:04}-{label}")))
    }

    /// "fiscal 1989", "fiscal year 1990", "fiscal year", "fiscal second-quarter".
    fn fiscal(&self, i: usize) -> Option<M> {
        let mut j = i + 1;
        if let Some(m) = self.ordinal_period(j, i) {
            return Some(m);
        }
        if self.is(j, "year") {
            j += 1;
            if let Some((e, y)) = self.year(j) {
                return Some(M::date(e, format!("{y:04}")));
            }
            // "the fiscal year" is the current one; "fiscal year" alone names no year
            if i == 0 || !self.is(i - 1, "the") {
                return None;
            }
            // "the fiscal year ended June 30", "throughout the fiscal year": a length, as
            // for "the year"
            // (but "the end of the fiscal year ending March 1990" is a point)
            if self.is_any(j, &["ended", "ending"]) && !self.is(i.wrapping_sub(2), "of")
                || self.is_any(i.wrapping_sub(2), &["all", "through", "throughout"])
            {
                return Some(M::new(j, TimexType::Duration, "P1Y"));
            }
            let y = i32::from(self.dct?.year());
            return Some(M::date(j, format!("{y:04}")));
        }
        if let Some((e, y)) = self.year(j) {
            if let Some(m) = self.ordinal_period(e, i) {
                return Some(m);
            }
            return Some(M::date(e, format!("{y:04}")));
        }
        None
    }

    /// Codes written as one word: "FY2023", "FY23", "Q3", "Q3 2023", "H1".
    fn code_word(&self, i: usize) -> Option<M> {
        let s = self.tx(i);
        let up = s.to_ascii_uppercase();
        if let Some(rest) = up.strip_prefix("FY") {
            let y: i32 = rest.parse().ok()?;
            let y = match rest.len() {
                4 => y,
                2 => self.century_for(y),
                _ => return None,
            };
            return Some(M::date(i + 1, format!("{y:04}")));
        }
        let (label, n) = match up.as_bytes() {
            [b'Q', d @ b'1'..=b'4'] => ('Q', d - b'0'),
            [b'H', d @ b'1'..=b'2'] => ('H', d - b'0'),
            _ => return None,
        };
        let (end, y) = match self.year(i + 1) {
            Some((e, y)) => (e, Some(y)),
            None => (i + 1, self.dct.map(|d| i32::from(d.year()))),
        };
        Some(match y {
            Some(y) => M::date(end, format!("{y:04}-{label}{n}")),
            None => M::date(end, format!("XXXX-{label}{n}")).known(false),
        })
    }

    // --- sets ----------------------------------------------------------------------------

    /// "every Monday", "each year", "every two weeks", "every other day", "daily", "per
    /// month".
    fn set(&self, i: usize) -> Option<M> {
        if let Some(v) = self.lex(i).find_map(|l| match l {
            Lex::SetWord(v) => Some(v),
            _ => None,
        }) {
            // A newspaper's name: "the Zambia Daily Mail", "Daily News".
            if self.name_word(i) {
                return None;
            }
            return Some(M::new(i + 1, TimexType::Set, v));
        }
        if !self.is_any(i, &["every", "each", "per"]) {
            return None;
        }
        let mut j = i + 1;
        let mut n = Some(1.0);
        if self.is(j, "other") {
            n = Some(2.0);
            j += 1;
        } else if let Some((e, c)) = self.number(j).filter(|_| !self.is_any(j, &["a", "an"])) {
            n = c;
            j = e;
        }
        if let Some((unit, _)) = self.unit(j) {
            // "miles per hour", "bits per second": a unit of measure
            if self.is(i, "per") && unit.is_clock() {
                return None;
            }
            return Some(M::new(
                j + 1,
                TimexType::Set,
                cal::fmt_duration(&[(n, unit)]),
            ));
        }
        if let Some((wd, _)) = self.weekday(j) {
            let mut v = format!("XXXX-WXX-{wd}");
            let mut e = j + 1;
            if let Some(p) = self.daypart(e).filter(|p| !p.contains(':')) {
                v = format!("{v}T{p}");
                e += 1;
            }
            return Some(M::new(e, TimexType::Set, v));
        }
        if let Some(m) = self.month(j) {
            return Some(M::new(j + 1, TimexType::Set, format!("XXXX-{m:02}")));
        }
        if let Some(s) = self.season(j) {
            return Some(M::new(j + 1, TimexType::Set, format!("XXXX-{s}")));
        }
        if let Some(p) = self.daypart(j).filter(|p| !p.contains(':')) {
            return Some(M::new(j + 1, TimexType::Set, format!("XXXX-XX-XXT{p}")));
        }
        if self.is(j, "weekend") {
            return Some(M::new(j + 1, TimexType::Set, "XXXX-WXX-WE"));
        }
        None
    }

    // --- words of the tables: refs, holidays, seasons, decades -----------------------------

    /// Is word `i` part of a name: written with a capital after a word in lower case or a
    /// capitalised word (not a sentence's first word), and before a capitalised word?
    fn name_word(&self, i: usize) -> bool {
        let cap = |k: usize| self.t.get(k).is_some_and(|t| t.cap && t.kind == Kind::Word);
        let same_sentence = |k: usize| self.t.get(k).is_some_and(|t| t.sent == self.t[i].sent);
        cap(i)
            && cap(i + 1)
            && same_sentence(i + 1)
            && i > 0
            && same_sentence(i - 1)
            && self.t[i - 1].kind == Kind::Word
    }

    /// Is the decade at token `i` someone's age: a possessive within the three words before
    /// it ("in his 80s", "in her early 50s", "in his late thirties")?
    fn age_at(&self, i: usize) -> bool {
        (i.saturating_sub(3)..i)
            .any(|k| self.is_any(k, &["his", "her", "their", "my", "your", "our"]))
    }

    fn lexical(&self, i: usize) -> Option<M> {
        let mut best = None;
        for (e, l) in self.phrases(
            i,
            bits::REF | bits::HOLIDAY | bits::SEASON | bits::DAYPART | bits::DECADE,
        ) {
            let m = match l {
                Lex::Ref(v) => {
                    // "now" in "now-defunct", "current" as in electric current: trust context
                    if self.is(i, "future") && self.kind(e) == Some(Kind::Hyphen)
                        // "the current account", "current affairs": not the present
                        || self.is(i, "current") && self.is_any(e, &["account", "accounts", "affairs"])
                    {
                        None
                    } else {
                        Some(M::date(e, v))
                    }
                }
                Lex::Holiday(rule) => self.holiday(i, e, rule),
                Lex::Season(s) => {
                    // A bare season needs a preposition; "fall" is also a verb.
                    let prep = i > 0
                        && self.is_any(
                            i - 1,
                            &[
                                "in", "during", "over", "since", "until", "by", "through", "this",
                                "early", "late", "mid", "-",
                            ],
                        );
                    let weak =
                        i > 0 && self.is_any(i - 1, &["over", "by", "until", "through", "since"]);
                    let with_year = self.int(e).is_some_and(|(_, d)| d == 4);
                    ((prep || with_year) && (s != "FA" || !weak)).then(|| {
                        match self.year_after(e) {
                            Some((ye, y, true)) => self.season_value(ye, s, 0, Some(y)),
                            _ => self.season_value(e, s, 0, None),
                        }
                    })
                }
                Lex::DayPart(p) if p.contains(':') => self.clock(i),
                // "mid-afternoon", "early morning"
                Lex::DayPart(p)
                    if i > 1
                        && (self.is_any(i - 1, &["early", "late", "mid"])
                            || self.is(i - 1, "-") && self.is(i - 2, "mid")) =>
                {
                    Some(self.part_of_day(i, e, p))
                }
                Lex::Decade(d)
                    if i > 0
                        && self.is_any(i - 1, &["the", "early", "late", "mid"])
                        && !self.age_at(i) =>
                {
                    let c = self.century_for(i32::from(d) * 10) / 100;
                    Some(M::date(e, format!("{c:02}{d}")))
                }
                _ => None,
            };
            longest(&mut best, m);
        }
        best
    }

    fn holiday(&self, i: usize, e: usize, rule: HolidayRule) -> Option<M> {
        if let Some((ye, y, true)) = self.year_after(e) {
            let d = cal::holiday(rule, y)?;
            return Some(M::date(ye, cal::fmt_day(d)));
        }
        let Some(dct) = self.dct else {
            return Some(M::date(e, cal::holiday_unknown(rule)).known(false));
        };
        let y = i32::from(dct.year());
        let this = cal::holiday(rule, y)?;
        let d = match self.tense(i, e) {
            Some(Tense::Past) if this > dct => cal::holiday(rule, y - 1)?,
            Some(Tense::Future) if this < dct => cal::holiday(rule, y + 1)?,
            None if (this.month() as i32 - dct.month() as i32) > 6 => cal::holiday(rule, y - 1)?,
            None if (dct.month() as i32 - this.month() as i32) > 6 => cal::holiday(rule, y + 1)?,
            _ => this,
        };
        Some(M::date(e, cal::fmt_day(d)))
    }
}

/// One part of a duration: a count (`None` when vague) of a unit.
type Part = (Option<f64>, Unit);

/// "am" / "a.m." / "pm" / "p.m." (any case, final period optional): true for pm.
fn ampm_word(w: &str) -> Option<bool> {
    let w = w.trim_end_matches('.');
    if w.eq_ignore_ascii_case("am") || w.eq_ignore_ascii_case("a.m") {
        Some(false)
    } else if w.eq_ignore_ascii_case("pm") || w.eq_ignore_ascii_case("p.m") {
        Some(true)
    } else {
        None
    }
}

/// "2023-12-18T15:00", with seconds when given.
fn clock_value(day: &str, hh: u32, mm: u32, ss: Option<u32>) -> String {
    match ss {
        Some(ss) => format!("{day}T{hh:02}:{mm:02}:{ss:02}"),
        None => format!("{day}T{hh:02}:{mm:02}"),
    }
}

fn smaller_unit(a: Unit, b: Unit) -> bool {
    fn rank(u: Unit) -> u8 {
        match u {
            Unit::Second => 0,
            Unit::Minute => 1,
            Unit::Hour => 2,
            Unit::Day => 3,
            Unit::Week | Unit::Fortnight => 4,
            Unit::Month => 5,
            Unit::Quarter => 6,
            Unit::Year => 7,
            Unit::Decade => 8,
            Unit::Century => 9,
            Unit::Millennium => 10,
        }
    }
    rank(a) < rank(b)
}

/// (year, quarter) of a "YYYY-Qn" value.
fn quarter_of_value(v: &str) -> Option<(i32, u8)> {
    let b = v.as_bytes();
    (b.len() == 7 && b[5] == b'Q').then_some(())?;
    Some((v[..4].parse().ok()?, b[6].wrapping_sub(b'0')))
}

/// The date of a "YYYY-MM-DD" value.
fn parse_day(v: &str) -> Option<Date> {
    if v.len() != 10 {
        return None;
    }
    cal::ymd(
        v[..4].parse().ok()?,
        v[5..7].parse().ok()?,
        v[8..10].parse().ok()?,
    )
}
