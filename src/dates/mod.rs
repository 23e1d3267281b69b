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
use lexicon::Lex;
use serde::Serialize;
use tokens::{Kind, Sent, Tk};

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

/// The token stream of an article and what is found on it, kept between articles.
#[derive(Default)]
struct Buffers {
    toks: Vec<Tk>,
    sents: Vec<Sent>,
    triggers: Vec<usize>,
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

/// Can token `i` begin a time expression?
fn is_trigger(text: &str, toks: &[Tk], i: usize) -> bool {
    let t = &toks[i];
    match t.kind {
        // "'80s", "'98"
        Kind::Poss | Kind::Punct => toks.get(i + 1).is_some_and(|n| n.kind == Kind::Num),
        _ => tokens::starts_expression(text, t),
    }
}

/// Meanings that make no expression without the token after them: modifiers (their
/// expression follows) and the first words of phrases (refs, holidays, seasons, decades).
const LEADING_BITS: u32 = lexicon::bits::PREMOD
    | lexicon::bits::POINTMOD
    | lexicon::bits::REF
    | lexicon::bits::HOLIDAY
    | lexicon::bits::SEASON
    | lexicon::bits::DECADE;

/// Words after which every rule of the grammar reads the next token.
const GLUE: [&str; 4] = ["the", "a", "an", "that"];

/// Does every expression starting at trigger `t` go on to the next token? True for the
/// glue words, modifiers ("about", "early") and words that only begin phrases ("at" in "at
/// the moment").
fn needs_next(text: &str, t: &Tk) -> bool {
    if t.kind != Kind::Word || t.entries.is_empty() {
        return false;
    }
    let w = t.span.slice(text);
    GLUE.iter().any(|g| w.eq_ignore_ascii_case(g))
        || t.mask & !LEADING_BITS == 0
            && t.entries
                .iter()
                .all(|e| !e.rest.is_empty() || matches!(e.lex, Lex::PreMod(_) | Lex::PointMod(_)))
}

/// Can no rule read token `t` (or the end of the text) as part of an expression? A word in
/// none of the tables, without digits, that the grammar never compares with.
fn inert(text: &str, t: Option<&Tk>) -> bool {
    t.is_none_or(|t| {
        let w = t.span.slice(text);
        t.kind == Kind::Word
            && t.entries.is_empty()
            && !w.bytes().any(|b| b.is_ascii_digit())
            && !lexicon::LEXICON.is_grammar_word(w)
    })
}

/// Is trigger `i` a word that needs the next token, before a token no rule can read?
fn skippable(text: &str, toks: &[Tk], i: usize) -> bool {
    needs_next(text, &toks[i]) && inert(text, toks.get(i + 1))
}

/// The date of a dateline the article starts with: "LONDON, Dec 18 2023 (Reuters) -",
/// "SALVADOR, Feb 26, 1987 -", "May 14, 2009". Only a date with its year can serve as the
/// reference date.
fn dateline(text: &str, toks: &[Tk], sents: &[Sent], order: DateOrder) -> Option<Date> {
    let limit = toks.len().min(40);
    let mut p = Parser::new(text, toks, sents, None, order);
    // A date opening the text.
    if let Some(m) = (!toks.is_empty()).then(|| p.parse_at(0)).flatten()
        && let Some(d) = full_date(&m)
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
        let Some(m) = p.parse_at(k + 1) else { continue };
        let next = toks.get(m.end).map_or("", |n| n.span.slice(text));
        if matches!(next, "(" | "-" | "--" | "–" | "—" | "_" | ":")
            && let Some(d) = full_date(&m)
        {
            return Some(d);
        }
    }
    None
}

/// A calendar date written out as the whole of `s` ("December 19, 2023", "19 Dec 2023",
/// "Tue 19 December 2023", "2023/12/19", "19/12/2023" when unambiguous): what an input's
/// `published` field may hold besides ISO 8601.
pub fn parse_written(s: &str) -> Option<Date> {
    let s = s.trim();
    if s.is_empty() || s.len() > 64 {
        return None;
    }
    let doc = Document::new(s, None);
    let mut b = Buffers::default();
    tokens::build(&doc, &mut b.toks, &mut b.sents, &mut b.triggers);
    let toks = &b.toks;
    let mut p = Parser::new(s, toks, &b.sents, None, DateOrder::Auto);
    // (up to two words without digits before it: "Tue, 19 Dec 2023", "Updated 19 Dec 2023")
    let first_digit = toks
        .iter()
        .position(|t| t.span.slice(s).bytes().any(|c| c.is_ascii_digit()))?;
    (0..=first_digit.min(2)).find_map(|at| {
        let m = p.parse_at(at)?;
        if m.end != toks.len() {
            return None;
        }
        full_date(&m)
    })
}

/// The calendar date of an expression whose value is a full date ("2023-12-19").
fn full_date(m: &grammar::M) -> Option<Date> {
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
}

/// Does a hyphen at token `end` make the expression before it part of a word that names
/// no time ("the quarter-finals", "a second-half goal", "year-on-year")?
fn compound_word(text: &str, toks: &[Tk], end: usize) -> bool {
    toks.get(end).is_some_and(|t| t.kind == Kind::Hyphen)
        && toks.get(end + 1).is_some_and(|t| {
            let w = t.span.slice(text);
            ["final", "finals", "finalist", "finalists", "half", "on"]
                .iter()
                .any(|c| w.eq_ignore_ascii_case(c))
        })
}

impl Extractor for DateExtractor {
    type Output = Dates;

    fn extract(&self, doc: &Document, _found: &Analysis) -> Dates {
        // The token stream's buffers, reused from article to article on each thread.
        thread_local! {
            static BUFFERS: std::cell::RefCell<Buffers> = std::cell::RefCell::default();
        }
        let mut buffers = BUFFERS.with(|b| std::mem::take(&mut *b.borrow_mut()));
        let dates = self.find(doc, &mut buffers);
        BUFFERS.with(|b| *b.borrow_mut() = buffers);
        dates
    }
}

impl DateExtractor {
    fn find(&self, doc: &Document, b: &mut Buffers) -> Dates {
        tokens::build(doc, &mut b.toks, &mut b.sents, &mut b.triggers);
        let (toks, sents) = (&b.toks, &b.sents);
        let dateline = dateline(doc.text, toks, sents, self.order);
        let dct = doc.published.or(dateline);
        let mut parser = Parser::new(doc.text, toks, sents, dct, self.order);
        debug_assert!(
            b.triggers
                .iter()
                .copied()
                .eq((0..toks.len()).filter(|&i| is_trigger(doc.text, toks, i)))
        );
        let mut items = Vec::new();
        // Tokens before `next` are inside an expression found.
        let mut next = 0;
        for &i in &b.triggers {
            // Most triggers are glue words before a plain word ("the company"): no rule
            // can match there, so the grammar is not run.
            if i < next || skippable(doc.text, toks, i) {
                debug_assert!(
                    i < next || parser.parse_at(i).is_none(),
                    "skipped a match at {i}"
                );
                continue;
            }
            let Some(m) = parser.parse_at(i).filter(|m| {
                m.end > i && m.end <= toks.len() && !compound_word(doc.text, toks, m.end)
            }) else {
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
            next = m.end;
        }
        Dates { items, dateline }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, published: Option<&str>) -> Dates {
        let date = published.map(|p| p.parse::<Date>().expect("test date"));
        let doc = Document::new(text, date);
        DateExtractor::new(&Options::default()).extract(&doc, &Analysis::default())
    }

    /// (text, type, value) of every expression found.
    fn found(text: &str, published: Option<&str>) -> Vec<(String, &'static str, String)> {
        run(text, published)
            .items
            .into_iter()
            .map(|t| {
                assert_eq!(t.span.slice(text), t.text);
                assert!(is_valid_value(&t.value), "{}", t.value);
                let kind = match t.kind {
                    TimexType::Date => "DATE",
                    TimexType::Time => "TIME",
                    TimexType::Duration => "DURATION",
                    TimexType::Set => "SET",
                };
                (t.text, kind, t.value)
            })
            .collect()
    }

    /// A text and the (text, type, value) of each expression expected in it.
    type Case<'a> = (&'a str, &'a [(&'a str, &'a str, &'a str)]);

    fn check(published: Option<&str>, cases: &[Case]) {
        for (text, want) in cases {
            let got = found(text, published);
            let want: Vec<(String, &str, String)> = want
                .iter()
                .map(|(t, k, v)| (t.to_string(), *k, v.to_string()))
                .collect();
            assert_eq!(got, want, "{text:?} published {published:?}");
        }
    }

    /// Checks that no skipped trigger of `text` starts a match, for each reference date.
    fn check_skips(text: &str) -> usize {
        let mut skipped = 0;
        for dct in [None, Some(jiff::civil::date(2023, 12, 19))] {
            let doc = Document::new(text, dct);
            let (mut toks, mut sents, mut triggers) = (Vec::new(), Vec::new(), Vec::new());
            tokens::build(&doc, &mut toks, &mut sents, &mut triggers);
            let mut p = Parser::new(text, &toks, &sents, dct, DateOrder::Auto);
            for i in 0..toks.len() {
                if is_trigger(text, &toks, i) && skippable(text, &toks, i) {
                    skipped += 1;
                    assert!(p.parse_at(i).is_none(), "{:?} in {text:?}", toks[i].span);
                }
            }
        }
        skipped
    }

    #[test]
    fn glue_words_are_only_keywords_and_phrases() {
        // needs_next() trusts that every rule starting at these words reads the next
        // token; new single-word meanings for them would need a look at the grammar.
        for g in GLUE {
            let doc = Document::new(g, None);
            let (mut toks, mut sents, mut triggers) = (Vec::new(), Vec::new(), Vec::new());
            tokens::build(&doc, &mut toks, &mut sents, &mut triggers);
            let ok = toks[0]
                .entries
                .iter()
                .all(|e| !e.rest.is_empty() || e.lex == Lex::Keyword);
            assert!(ok && !toks[0].entries.is_empty(), "{g}");
        }
    }

    #[test]
    fn skipped_triggers_never_match() {
        let texts = [
            "The company said the board met at the end of the year, about the time a rival \
             bid for the firm.",
            "That firm, as of now, sees the past as a guide for the future; the near term is \
             the worry.",
            "A strike is due at the weekend and the new year's day parade goes on at midnight.",
            "The comparable period, the prior year and the same quarter; a few days, an hour.",
            "Sales rose at a rate not seen since the nineties, from the early 1990s on, and \
             that year the Q3 results beat the FY2023 plan.",
            "More than two years and at least the start of the season; in the spring, a \
             later date.",
        ];
        let mut skipped = 0;
        for text in texts {
            skipped += check_skips(text);
        }
        assert!(skipped > 20, "{skipped}");
        // The evaluation sets, when present: TimeBank is full of time expressions.
        for set in ["tbaq", "seed"] {
            let path = format!(
                "{}/../shared/eval/{set}.input.jsonl",
                env!("CARGO_MANIFEST_DIR")
            );
            let Ok(data) = std::fs::read_to_string(path) else {
                continue;
            };
            for line in data.lines() {
                let v: serde_json::Value = serde_json::from_str(line).unwrap();
                if let Some(text) = v["text"].as_str() {
                    check_skips(text);
                }
            }
        }
    }

    #[test]
    fn weekdays_by_tense() {
        // 2023-12-19 is a Tuesday.
        check(
            Some("2023-12-19"),
            &[
                (
                    "Teachers marched through the city on Monday.",
                    &[("Monday", "DATE", "2023-12-18")],
                ),
                (
                    "The board will meet on Monday to decide.",
                    &[("Monday", "DATE", "2023-12-25")],
                ),
                (
                    "Ministers said Tuesday that talks failed.",
                    &[("Tuesday", "DATE", "2023-12-19")],
                ),
                // A verb of saying further back, the expression ending its adjunct ("“…,”
                // she said at a town hall on Thursday, “we would …”); not across a clause.
                (
                    "“No,” she said at a town hall in Zürich on Thursday, “we would fail.”",
                    &[("Thursday", "DATE", "2023-12-14")],
                ),
                (
                    "The minister said in a statement that the talks resume on Thursday.",
                    &[("Thursday", "DATE", "2023-12-21")],
                ),
                (
                    "The vote, scheduled for Thursday, was delayed last Friday.",
                    &[
                        ("Thursday", "DATE", "2023-12-21"),
                        ("last Friday", "DATE", "2023-12-15"),
                    ],
                ),
                (
                    "Dozens hurt in the blast next to the café on Friday.",
                    &[("Friday", "DATE", "2023-12-15")],
                ),
                (
                    "On Friday, as Zoë put aside her holiday plans, talks began.",
                    &[("Friday", "DATE", "2023-12-15")],
                ),
                (
                    "The envoy could arrive as early as Thursday, or as soon as Monday.",
                    &[
                        ("Thursday", "DATE", "2023-12-21"),
                        ("Monday", "DATE", "2023-12-25"),
                    ],
                ),
                (
                    "The vote is off until Friday. Results are to be officially released on Monday.",
                    &[
                        ("Friday", "DATE", "2023-12-22"),
                        ("Monday", "DATE", "2023-12-25"),
                    ],
                ),
                (
                    "Talks resumed on Wednesday morning in Doha.",
                    &[("Wednesday morning", "TIME", "2023-12-13TMO")],
                ),
                (
                    "The Sun reported the story on Sun., Dec. 17.",
                    &[("Sun., Dec. 17", "DATE", "2023-12-17")],
                ),
                // An abbreviated weekday alone names a day only after a word that leads
                // to one: a newspaper, a company or the star at the end of a sentence do not.
                (
                    "Stocks fell on Wed. Traders told the Sun. It was sold by Sun.",
                    &[("Wed.", "DATE", "2023-12-13")],
                ),
                (
                    "It ran in the Baltimore Sun. Talks will run from Wed. to Fri. this month.",
                    &[
                        ("Wed.", "DATE", "2023-12-20"),
                        ("Fri.", "DATE", "2023-12-22"),
                        ("this month", "DATE", "2023-12"),
                    ],
                ),
                (
                    "Shops will open Wed. to Fri.",
                    &[
                        ("Wed.", "DATE", "2023-12-20"),
                        ("Fri.", "DATE", "2023-12-22"),
                    ],
                ),
                (
                    "SHAH ALAM, Mon. - The police said the pipes had burst.",
                    &[("Mon.", "DATE", "2023-12-18")],
                ),
                // A participle after a determiner is an adjective, not a past tense.
                (
                    "Mr Okafor will address the nation in a nationally televised speech Thursday.",
                    &[("Thursday", "DATE", "2023-12-21")],
                ),
                // A headline's "TO" before a verb looks ahead.
                (
                    "MINISTERS TO MEET THURSDAY",
                    &[("THURSDAY", "DATE", "2023-12-21")],
                ),
            ],
        );
        check(
            Some("2024-06-18"),
            &[
                // A word of a name in title case marks no tense.
                (
                    "Sales fell 4 pct in April to a seasonally adjusted 80 billion yen, after \
                     rising 2 pct in March, the Economic Planning Agency said.",
                    &[("April", "DATE", "2024-04"), ("March", "DATE", "2024-03")],
                ),
                // "TO" before a date in a headline is no verb's: the year ended last March.
                (
                    "HALVERTON MILLS PROFIT FOR YEAR TO MARCH",
                    &[("MARCH", "DATE", "2024-03")],
                ),
            ],
        );
    }

    #[test]
    fn a_day_word_in_a_title_is_no_date() {
        check(
            Some("2005-02-01"),
            &[(
                "He told BBC Radio 4's Today programme that the single Are You Lonesome \
                     Tonight sold well. Today, it said: “Tomorrow we act.” ``Today is sad.''",
                &[
                    ("Today", "DATE", "2005-02-01"),
                    ("Tomorrow", "DATE", "2005-02-02"),
                    ("Today", "DATE", "2005-02-01"),
                ],
            )],
        );
        // A headline in title case is no title: its day word is a date; a programme's
        // name in a sentence still is none.
        check(
            Some("2005-02-01"),
            &[
                (
                    "Obama Will Speak Tomorrow On Economy",
                    &[("Tomorrow", "DATE", "2005-02-02")],
                ),
                ("This is VOA Today.", &[]),
            ],
        );
    }

    #[test]
    fn a_unit_in_a_title_is_no_time() {
        check(
            Some("2005-02-01"),
            &[
                (
                    "In 2004 it was voted Record Of The Year, and he was Player of the Year. \
                     She starred in Anne of a Thousand Days for a year.",
                    &[("2004", "DATE", "2004"), ("a year", "DURATION", "P1Y")],
                ),
                // A line of a table and a headline in title case still hold durations.
                (
                    "Net 335,000 vs 67,000\nSix Months\nNet 570,000 vs 1,000",
                    &[("Six Months", "DURATION", "P6M")],
                ),
                (
                    "Sales Rose Strongly During The Year",
                    &[("The Year", "DATE", "2005")],
                ),
                (
                    "Growth Seen Slowing Within Two Years",
                    &[("Two Years", "DURATION", "P2Y")],
                ),
            ],
        );
    }

    #[test]
    fn ranges_of_days_are_two_dates() {
        check(
            Some("2005-01-19"),
            &[
                (
                    "The festival runs from 10-20 February, and the summit meets March 3-5.",
                    &[
                        ("10", "DATE", "2005-02-10"),
                        ("20 February", "DATE", "2005-02-20"),
                        ("March 3", "DATE", "2005-03-03"),
                        ("5", "DATE", "2005-03-05"),
                    ],
                ),
                (
                    "It will be held on 3 and 4 May, or between 12 and 14 June.",
                    &[
                        ("3", "DATE", "2005-05-03"),
                        ("4 May", "DATE", "2005-05-04"),
                        ("12", "DATE", "2005-06-12"),
                        ("14 June", "DATE", "2005-06-14"),
                    ],
                ),
                (
                    "The vote will be held on 4 May; it was held on 4 January.",
                    &[
                        ("4 May", "DATE", "2005-05-04"),
                        ("4 January", "DATE", "2005-01-04"),
                    ],
                ),
                // Not a score.
                ("They won 3-1 in May.", &[("May", "DATE", "2004-05")]),
            ],
        );
    }

    #[test]
    fn months_and_years_as_modifiers() {
        check(
            Some("1998-04-02"),
            &[
                // an ambiguous month after "the", before a word in lower case
                (
                    "For Wall Street, the March results were reassuring; the May figures will \
                     show more.",
                    &[("March", "DATE", "1998-03"), ("May", "DATE", "1998-05")],
                ),
                // not an event's name, nor a leader's government
                (
                    "The March for Life and the March on Washington drew crowds to the May \
                     government.",
                    &[],
                ),
                // a year before a plural's possessive after "the"; a count without it
                (
                    "Tickets for the 1999 women's World Cup sold like the 1994 men's did, \
                     unlike some 1990 men's jobs.",
                    &[("1999", "DATE", "1999"), ("1994", "DATE", "1994")],
                ),
            ],
        );
    }

    #[test]
    fn delivery_months_lie_ahead() {
        check(
            Some("1987-03-04"),
            &[
                // a contract's delivery month, whatever the tense (a month of last year
                // by the tense alone)
                (
                    "December corn futures rose; cotton for July delivery fell and the June \
                     contract broke support. Sales in June rose.",
                    &[
                        ("December", "DATE", "1987-12"),
                        ("July", "DATE", "1987-07"),
                        ("June", "DATE", "1987-06"),
                        ("June", "DATE", "1986-06"),
                    ],
                ),
                // "contract" names a traded one only where the article speaks of futures
                (
                    "Under the January contract Aramco bought oil; in late January a contract \
                     proposal failed.",
                    &[
                        ("January", "DATE", "1987-01"),
                        ("late January", "DATE", "1987-01"),
                    ],
                ),
            ],
        );
    }

    #[test]
    fn numbers_in_a_table_row_are_no_years() {
        check(
            Some("1987-04-07"),
            &[(
                "Stocks of wheat, in 000's bu:\n          1987    1986\n SOFT RED  955    1142  1460\n \
                 CCC       1803\u{a0}1783   793\nSales were 1,200 in 1986 and 1987 against 1985.\n\
                 1996 5.83 13.8 2.75\nOutput fell to 3.12 mln bags, below the 1983 3.17 mln.",
                &[
                    ("1987", "DATE", "1987"),
                    ("1986", "DATE", "1986"),
                    ("1986", "DATE", "1986"),
                    ("1987", "DATE", "1987"),
                    ("1985", "DATE", "1985"),
                    ("1996", "DATE", "1996"),
                    ("1983", "DATE", "1983"),
                ],
            )],
        );
    }

    #[test]
    fn calendar_dates() {
        // A year right before a quarter is the quarter's, with "the" or without.
        check(
            Some("2023-10-26"),
            &[(
                "Net for the 2021 4th qtr included a loss; 2020 the third quarter did not.",
                &[
                    ("the 2021 4th qtr", "DATE", "2021-Q4"),
                    ("2020 the third quarter", "DATE", "2020-Q3"),
                ],
            )],
        );
        // Wire copy spells days under ten: a day after its month where the date ends; not
        // a count of what follows ("two companies"), nor "May one day".
        check(
            Some("1987-03-05"),
            &[
                (
                    "Dividend payable April one to holders of record March nine.",
                    &[
                        ("April one", "DATE", "1987-04-01"),
                        ("March nine", "DATE", "1987-03-09"),
                    ],
                ),
                (
                    "Convertible from March one, 1988, at 5.50 dlrs\nRecord May four\nPay May 15",
                    &[
                        ("March one, 1988", "DATE", "1988-03-01"),
                        ("May four", "DATE", "1987-05-04"),
                        ("May 15", "DATE", "1987-05-15"),
                    ],
                ),
                (
                    "In March two companies merged.",
                    &[("March", "DATE", "1987-03")],
                ),
                // where the month does not stand alone, the day even before a word
                (
                    "It will redeem on April eight all its notes.",
                    &[("April eight", "DATE", "1987-04-08")],
                ),
                (
                    "4TH QTR JAN THREE NET\nPay May One",
                    &[
                        ("4TH QTR", "DATE", "1986-Q4"),
                        ("JAN THREE", "DATE", "1987-01-03"),
                        ("May One", "DATE", "1987-05-01"),
                    ],
                ),
                (
                    "the February three-month average",
                    &[
                        ("February", "DATE", "1987-02"),
                        ("three-month", "DURATION", "P3M"),
                    ],
                ),
            ],
        );
        // A time fronted in its sentence goes with the verb of saying after its comma, not
        // with the reported clause; one ending a reported clause does not, nor does a line
        // of wrapped wire copy.
        check(
            Some("1987-04-27"),
            &[
                (
                    "In his weekly radio address on Saturday, Reagan said he would go.",
                    &[("weekly", "SET", "P1W"), ("Saturday", "DATE", "1987-04-25")],
                ),
                (
                    "Prices rose.\n    On Friday, the firm said it would raise its bid.",
                    &[("Friday", "DATE", "1987-04-24")],
                ),
                (
                    "The firm will need a loan before June 30, it said.",
                    &[("June 30", "DATE", "1987-06-30")],
                ),
                (
                    "It will ship rapeseed from the last-half of July to\nSeptember, traders said.",
                    &[
                        ("July", "DATE", "1987-07"),
                        ("September", "DATE", "1987-09"),
                    ],
                ),
            ],
        );
        // A verb of a scheduled event right before the day, in the present or after "to",
        // looks ahead; not a future in the past, a period "to end December", nor a headline
        // in capitals.
        check(
            Some("1987-03-18"),
            &[
                (
                    "The board, which meets on Tuesday, made a tender offer to begin Thursday; \
                     the committee was due to meet Friday.",
                    &[
                        ("Tuesday", "DATE", "1987-03-24"),
                        ("Thursday", "DATE", "1987-03-19"),
                        ("Friday", "DATE", "1987-03-13"),
                    ],
                ),
                // (and so do a side's game, a witness's hearing, a host's show)
                (
                    "The side plays Saturday; the chairman testifies on Monday and hosts a \
                     dinner on Friday.",
                    &[
                        ("Saturday", "DATE", "1987-03-21"),
                        ("Monday", "DATE", "1987-03-23"),
                        ("Friday", "DATE", "1987-03-20"),
                    ],
                ),
                (
                    "Output fell in the three months to end December.",
                    &[
                        ("three months", "DURATION", "P3M"),
                        ("December", "DATE", "1986-12"),
                    ],
                ),
                (
                    "4TH QTR ENDS JAN 31 NET",
                    &[
                        ("4TH QTR", "DATE", "1986-Q4"),
                        ("JAN 31", "DATE", "1987-01-31"),
                    ],
                ),
            ],
        );
        // A weekday that owns an event that is over is past, whatever the clause's tense;
        // one that owns an event that may lie ahead follows the tense.
        check(
            Some("1987-10-20"),
            &[(
                "Iran would avenge Monday's U.S. raids; he will do well in Thursday's primary.",
                &[
                    ("Monday", "DATE", "1987-10-19"),
                    ("Thursday", "DATE", "1987-10-22"),
                ],
            )],
        );
        // A day something is, or a plural subject does something planned, in the present
        // lies ahead; a day's event ("Monday's report") and a verb in the past tense do
        // not.
        check(
            Some("2024-03-14"),
            &[
                (
                    "The vote is on Tuesday and the meeting is at 3.30pm on Friday.",
                    &[
                        ("Tuesday", "DATE", "2024-03-19"),
                        ("3.30pm on Friday", "TIME", "2024-03-15T15:30"),
                    ],
                ),
                (
                    "Leaders meet on Monday; talks resume Tuesday; they meet separately \
                     Wednesday. Schools reopened on Monday.",
                    &[
                        ("Monday", "DATE", "2024-03-18"),
                        ("Tuesday", "DATE", "2024-03-19"),
                        ("Wednesday", "DATE", "2024-03-20"),
                        ("Monday", "DATE", "2024-03-11"),
                    ],
                ),
                (
                    "Here is Monday’s report: he is in hospital after he fell on Sunday.",
                    &[
                        ("Monday", "DATE", "2024-03-11"),
                        ("Sunday", "DATE", "2024-03-10"),
                    ],
                ),
            ],
        );
        // What was put off until a day waits for one still ahead; "until" alone does not.
        check(
            Some("1987-03-11"),
            &[
                (
                    "The talks were postponed until Thursday; the hearing was adjourned until \
                     Monday and the deadline extended until May 31.",
                    &[
                        ("Thursday", "DATE", "1987-03-12"),
                        ("Monday", "DATE", "1987-03-16"),
                        ("May 31", "DATE", "1987-05-31"),
                    ],
                ),
                (
                    "Until Thursday, they had not called him.",
                    &[("Thursday", "DATE", "1987-03-05")],
                ),
            ],
        );
        // The start of a change may lie ahead of its announcement.
        check(
            Some("2023-10-26"),
            &[(
                "The board approved a pay rise for Zoë, effective Feb. 1.",
                &[("Feb. 1", "DATE", "2024-02-01")],
            )],
        );
        check(
            Some("2023-12-19"),
            &[
                (
                    "The memo, dated 2 November, leaked soon after…",
                    &[("2 November", "DATE", "2023-11-02")],
                ),
                (
                    "Shares rose on Nov. 2, 2021 to £5.",
                    &[("Nov. 2, 2021", "DATE", "2021-11-02")],
                ),
                (
                    "The deal closes on January 15 and payments start in March.",
                    &[
                        ("January 15", "DATE", "2024-01-15"),
                        ("March", "DATE", "2024-03"),
                    ],
                ),
                (
                    "It was founded in 1988 and sold in 2019.",
                    &[("1988", "DATE", "1988"), ("2019", "DATE", "2019")],
                ),
                ("He hired 1990 workers.", &[]),
                (
                    "Revenue rose in the 1990s and the ’80s.",
                    &[("the 1990s", "DATE", "199"), ("the ’80s", "DATE", "198")],
                ),
                // Someone's age is no decade, in figures or in words.
                (
                    "He is in his 50s; she married in her late thirties, in the thirties.",
                    &[("the thirties", "DATE", "203")],
                ),
                // With an apostrophe, after a word that leads to a decade; not a year's own.
                (
                    "Imports grew from the mid 1990's and the 1980’s, but 1990's budget fell.",
                    &[
                        ("the mid 1990's", "DATE", "199"),
                        ("the 1980’s", "DATE", "198"),
                        ("1990", "DATE", "1990"),
                    ],
                ),
                (
                    "Violence peaked in the late 70s and early 80s, when she was in her early 20s.",
                    &[
                        ("the late 70s", "DATE", "197"),
                        ("early 80s", "DATE", "198"),
                    ],
                ),
                (
                    "The 20th century ended.",
                    &[("The 20th century", "DATE", "19")],
                ),
                (
                    "The report is due on 2023-11-02.",
                    &[("2023-11-02", "DATE", "2023-11-02")],
                ),
                // A year and a month; two years running are no month ("the 2003-04
                // season" is not April 2003): the first year stands alone.
                (
                    "Sales in 2023-11 beat the 2003-04 season.",
                    &[("2023-11", "DATE", "2023-11"), ("2003", "DATE", "2003")],
                ),
                (
                    "Signed on 25/11/2023 in Paris.",
                    &[("25/11/2023", "DATE", "2023-11-25")],
                ),
                ("Signed on 2/11/2023 in Paris.", &[]),
                (
                    "They met in the summer of 2019.",
                    &[("the summer of 2019", "DATE", "2019-SU")],
                ),
                (
                    "She moved to Kraków in 1998. That summer, she married.",
                    &[("1998", "DATE", "1998"), ("That summer", "DATE", "1998-SU")],
                ),
                (
                    "Sales fell in the third quarter.",
                    &[("the third quarter", "DATE", "2023-Q3")],
                ),
                (
                    "Sales fell in the first quarter, from the first quarter a year ago.",
                    &[
                        ("the first quarter", "DATE", "2023-Q1"),
                        ("the first quarter a year ago", "DATE", "2022-Q1"),
                    ],
                ),
                (
                    "Analysts noted in 2019 that spring crops yield less.",
                    &[("2019", "DATE", "2019")],
                ),
                (
                    "Fourth-quarter profit rose 5%.",
                    &[("Fourth-quarter", "DATE", "2023-Q4")],
                ),
                (
                    "It expects a profit in fiscal 2024.",
                    &[("fiscal 2024", "DATE", "2024")],
                ),
                (
                    "Sales rose 5% in the quarter ended July 31.",
                    &[
                        ("the quarter", "DATE", "2023-Q2"),
                        ("July 31", "DATE", "2023-07-31"),
                    ],
                ),
                // (a week is named by the ISO week most of its days fall in)
                (
                    "Stocks fell in the week ended Sunday, October 22, and in the week ending Friday.",
                    &[
                        ("the week", "DATE", "2023-W42"),
                        ("Sunday, October 22", "DATE", "2023-10-22"),
                        ("the week", "DATE", "2023-W50"),
                        ("Friday", "DATE", "2023-12-15"),
                    ],
                ),
                (
                    "In the fiscal year ended Sept. 30, sales fell; margins widen throughout the fiscal year.",
                    &[
                        ("the fiscal year", "DURATION", "P1Y"),
                        ("Sept. 30", "DATE", "2023-09-30"),
                        ("the fiscal year", "DURATION", "P1Y"),
                    ],
                ),
                (
                    "The summit in Zürich is on April 24 and 25.",
                    &[
                        ("April 24", "DATE", "2024-04-24"),
                        ("25", "DATE", "2024-04-25"),
                    ],
                ),
                (
                    "Rates fell on Nov. 3 and 4 percent is the floor.",
                    &[("Nov. 3", "DATE", "2023-11-03")],
                ),
                (
                    "It was 8% on Nov. 27 and 7-3/4% on Dec. 1.",
                    &[
                        ("Nov. 27", "DATE", "2023-11-27"),
                        ("Dec. 1", "DATE", "2023-12-01"),
                    ],
                ),
                (
                    "Costs will peak by the end of the fiscal year ending June 30.",
                    &[
                        ("the end of the fiscal year", "DATE", "2023"),
                        ("June 30", "DATE", "2024-06-30"),
                    ],
                ),
                (
                    "Profit doubled in Q3 2022.",
                    &[("Q3 2022", "DATE", "2022-Q3")],
                ),
                ("Prices rose in mid-2021.", &[("mid-2021", "DATE", "2021")]),
            ],
        );
    }

    #[test]
    fn expressions_end_with_their_sentence() {
        check(
            Some("2023-12-19"),
            &[
                (
                    "He played Halo 2.\n\nJan Bolz will speak on 2 Jan in Paris.",
                    &[("2 Jan", "DATE", "2024-01-02")],
                ),
                (
                    "HEAD TO HEAD\n\n10th League One\n\nQUARTER-FINALS (four times)",
                    &[],
                ),
            ],
        );
    }

    #[test]
    fn relative_expressions() {
        check(
            Some("2023-12-19"),
            &[
                (
                    "It happened yesterday, not today.",
                    &[
                        ("yesterday", "DATE", "2023-12-18"),
                        ("today", "DATE", "2023-12-19"),
                    ],
                ),
                (
                    "They met the day before yesterday. Talks resume the day after Christmas.",
                    &[
                        ("the day before yesterday", "DATE", "2023-12-17"),
                        ("the day after Christmas", "DATE", "2023-12-26"),
                    ],
                ),
                (
                    "Talks resume tomorrow.",
                    &[("tomorrow", "DATE", "2023-12-20")],
                ),
                // Parts of the day in focus: the day just named, or the one after it.
                (
                    "He landed on Thursday. That evening he met the mayor; he left the next \
                     morning.",
                    &[
                        ("Thursday", "DATE", "2023-12-14"),
                        ("That evening", "TIME", "2023-12-14TEV"),
                        ("the next morning", "TIME", "2023-12-15TMO"),
                    ],
                ),
                (
                    "He landed on Thursday. He said that morning shows were popular.",
                    &[("Thursday", "DATE", "2023-12-14")],
                ),
                // "the day before" alone: before the day in focus (with a day or an event
                // after it, from that: above, or nothing known)
                (
                    "He landed on Thursday. The day before, he had resigned.",
                    &[
                        ("Thursday", "DATE", "2023-12-14"),
                        ("The day before", "DATE", "2023-12-13"),
                    ],
                ),
                (
                    "He landed on Thursday. He quit the day before the vote.",
                    &[("Thursday", "DATE", "2023-12-14")],
                ),
                (
                    "He landed on Thursday and met the mayor later in the day.",
                    &[
                        ("Thursday", "DATE", "2023-12-14"),
                        ("the day", "DATE", "2023-12-14"),
                    ],
                ),
                (
                    "Sales fell last week and rose this month.",
                    &[
                        ("last week", "DATE", "2023-W50"),
                        ("this month", "DATE", "2023-12"),
                    ],
                ),
                ("It opens next year.", &[("next year", "DATE", "2024")]),
                (
                    "Talks began a week or so ago in Genève.",
                    &[("a week or so ago", "DATE", "2023-W50")],
                ),
                (
                    "The firm was founded two years ago.",
                    &[("two years ago", "DATE", "2021")],
                ),
                (
                    "It said earlier this month that…",
                    &[("earlier this month", "DATE", "2023-12")],
                ),
                (
                    "Prices are now higher than in the past.",
                    &[
                        ("now", "DATE", "PRESENT_REF"),
                        ("the past", "DATE", "PAST_REF"),
                    ],
                ),
                // A weekday and a plural part of the day: a set; a capitalised season
                // opening a name is no season.
                (
                    "They met on Saturday evenings before the Summer Olympics, not last summer.",
                    &[
                        ("Saturday evenings", "SET", "XXXX-WXX-6TEV"),
                        ("last summer", "DATE", "2022-SU"),
                    ],
                ),
                (
                    "After recent strikes, the future is unclear.",
                    &[
                        ("recent", "DATE", "PAST_REF"),
                        ("the future", "DATE", "FUTURE_REF"),
                    ],
                ),
                (
                    "It rained last night.",
                    &[("last night", "TIME", "2023-12-18TNI")],
                ),
                (
                    "Shops shut over the weekend.",
                    &[("the weekend", "DATE", "2023-W50-WE")],
                ),
                (
                    "Sales for this year’s third quarter fell; next year's first quarter looks weak.",
                    &[
                        ("this year’s third quarter", "DATE", "2023-Q3"),
                        ("next year's first quarter", "DATE", "2024-Q1"),
                    ],
                ),
                (
                    "Third-quarter profit was €5m, compared with €4m last year.",
                    &[
                        ("Third-quarter", "DATE", "2023-Q3"),
                        ("last year", "DATE", "2022-Q3"),
                    ],
                ),
                (
                    "Third-quarter profit rose. It sees $4 a share in 2024, compared to $3 last year.",
                    &[
                        ("Third-quarter", "DATE", "2023-Q3"),
                        ("2024", "DATE", "2024"),
                        ("last year", "DATE", "2022"),
                    ],
                ),
                (
                    "Third-quarter sales rose 5% from last year's £2m.",
                    &[
                        ("Third-quarter", "DATE", "2023-Q3"),
                        ("last year", "DATE", "2022-Q3"),
                    ],
                ),
                (
                    "Margins recovered from last year's second half.",
                    &[("last year's second half", "DATE", "2022-H2")],
                ),
                (
                    "Third-quarter sales rose; last year's quarter was weak.",
                    &[
                        ("Third-quarter", "DATE", "2023-Q3"),
                        ("last year's quarter", "DATE", "2022-Q3"),
                    ],
                ),
                (
                    "It lost €1m in last year's fourth quarter and expects a profit for the full year.",
                    &[
                        ("last year's fourth quarter", "DATE", "2022-Q4"),
                        ("the full year", "DATE", "2023"),
                    ],
                ),
                (
                    "Sales rose from €4m a year ago. Rain cut sales earlier in the year.",
                    &[("a year ago", "DATE", "2022"), ("the year", "DATE", "2023")],
                ),
                (
                    "Profit rose to €5m from €4m a year earlier.",
                    &[("a year earlier", "DATE", "2022")],
                ),
            ],
        );
    }

    #[test]
    fn times_and_zones() {
        check(
            Some("2023-12-19"),
            &[
                (
                    "The march starts at 3pm.",
                    &[("3pm", "TIME", "2023-12-19T15:00")],
                ),
                (
                    "Polls will close at 10 p.m. Wednesday.",
                    &[("10 p.m. Wednesday", "TIME", "2023-12-20T22:00")],
                ),
                (
                    "The blast hit at 15:00 GMT.",
                    &[("15:00 GMT", "TIME", "2023-12-19T15:00")],
                ),
                (
                    "Trading halted at noon.",
                    &[("noon", "TIME", "2023-12-19T12:00")],
                ),
                // A part of the day before the day it is of ("mid-afternoon yesterday"),
                // not across a comma.
                (
                    "At mid-afternoon yesterday, shares in London were up 2\u{a0}pence.",
                    &[("mid-afternoon yesterday", "TIME", "2023-12-18TAF")],
                ),
                (
                    "Trading in the morning today was thin; late morning on Friday it fell.",
                    &[
                        ("the morning today", "TIME", "2023-12-19TMO"),
                        ("late morning on Friday", "TIME", "2023-12-15TMO"),
                    ],
                ),
                // A clock time on a day written day first, or a weekday with its date.
                (
                    "It closes at 3pm on 3 December and reopens at midnight on Friday 15 \
                     December.",
                    &[
                        ("3pm on 3 December", "TIME", "2023-12-03T15:00"),
                        ("midnight on Friday 15 December", "TIME", "2023-12-15T24:00"),
                    ],
                ),
                // "the morning of" a day is of that day, which TimeML marks on its own.
                (
                    "On the morning of 3 December the talks resumed. On the evening of \
                     Friday, Dec. 15, they ended.",
                    &[
                        ("the morning", "TIME", "2023-12-03TMO"),
                        ("3 December", "DATE", "2023-12-03"),
                        ("the evening", "TIME", "2023-12-15TEV"),
                        ("Friday, Dec. 15", "DATE", "2023-12-15"),
                    ],
                ),
                (
                    "It fell in the afternoon, yesterday’s figures showed.",
                    &[
                        ("the afternoon", "TIME", "2023-12-19TAF"),
                        ("yesterday", "DATE", "2023-12-18"),
                    ],
                ),
                // A part of the day in title case after a word of a name is a surname;
                // not after a day ("Sunday Noon"), a date word or a function word.
                (
                    "Centre Jamie Noon scored; J\u{a0}Robinson, J Noon, O Barkley; a film, High Noon.",
                    &[],
                ),
                (
                    "Kick-off: Sunday Noon.",
                    &[("Sunday Noon", "TIME", "2023-12-17T12:00")],
                ),
                ("Meet At Noon.", &[("Noon", "TIME", "2023-12-19T12:00")]),
                // Four-digit clock times with a zone in words, "hrs", or in a range.
                (
                    "The rocket lifted off at 1805 local time.",
                    &[("1805 local time", "TIME", "2023-12-19T18:05")],
                ),
                (
                    "Trading runs from 0900 to 1305 Central Time.",
                    &[
                        ("0900", "TIME", "2023-12-19T09:00"),
                        ("1305 Central Time", "TIME", "2023-12-19T13:05"),
                    ],
                ),
                (
                    "Talks resume at 1400 hrs.",
                    &[("1400 hrs", "TIME", "2023-12-19T14:00")],
                ),
                (
                    "The price is set at 1000 hours local.",
                    &[("1000 hours", "TIME", "2023-12-19T10:00")],
                ),
                // A zone in lower case, as wire copy writes it ("et" is a word), and a time
                // after "at" where the year would be centuries old (not a street number).
                (
                    "Bids close at 1400 gmt, at 10:30 est and at 1330; the office at 1600 \
                     Pennsylvania Avenue opens in 1500 et al.",
                    &[
                        ("1400 gmt", "TIME", "2023-12-19T14:00"),
                        ("10:30 est", "TIME", "2023-12-19T10:30"),
                        ("1330", "TIME", "2023-12-19T13:30"),
                        ("1500", "DATE", "1500"),
                    ],
                ),
                // (a month's abbreviation before a capitalised word is a given name; a
                // month written in full is a month)
                (
                    "Kucera won 6-2 7-5 Jan Kroslak lost; 3. Jan Van Eiden; on 5 May Tony \
                     Blair won; 12 Jan 1997.",
                    &[
                        ("5 May", "DATE", "2023-05-05"),
                        ("12 Jan 1997", "DATE", "1997-01-12"),
                    ],
                ),
                // (a year ending the text before a capitalised word)
                (
                    "Kick-off is at 1600 GMT in 1994 Cardiff",
                    &[
                        ("1600 GMT", "TIME", "2023-12-19T16:00"),
                        ("1994", "DATE", "1994"),
                    ],
                ),
                // A year before "year" is that year, not 1,985 years.
                (
                    "1985 year net excludes a tax credit; it took 2000 years.",
                    &[
                        ("1985", "DATE", "1985"),
                        ("2000 years", "DURATION", "P2000Y"),
                    ],
                ),
                // Not a year that happens to read as a time, nor hours worked.
                (
                    "In 1987 local time zones changed; staff worked 1400 hours.",
                    &[
                        ("1987", "DATE", "1987"),
                        ("1400 hours", "DURATION", "PT1400H"),
                    ],
                ),
                (
                    "The convoy leaves at 4 in the morning and is back by 8 in the evening.",
                    &[
                        ("4 in the morning", "TIME", "2023-12-19T04:00"),
                        ("8 in the evening", "TIME", "2023-12-19T20:00"),
                    ],
                ),
                (
                    "Officials spoke this morning.",
                    &[("this morning", "TIME", "2023-12-19TMO")],
                ),
            ],
        );
    }

    #[test]
    fn race_times() {
        check(
            Some("2024-03-01"),
            &[
                // minutes and seconds with a fraction: a race time, never a clock
                (
                    "The old record of 4:07.13 fell; she won by 2:23.9 in the relay, in \
                     1:58.69 seconds.",
                    &[
                        ("4:07.13", "DURATION", "PT4M7.13S"),
                        ("2:23.9", "DURATION", "PT2M23.9S"),
                        ("1:58.69 seconds", "DURATION", "PT1M58.69S"),
                    ],
                ),
                // hours, minutes and seconds after "in" (a clock time takes "at")
                (
                    "He won the marathon in 2:04:55 on Sunday, and in 2:05:01.4 before that.",
                    &[
                        ("2:04:55", "DURATION", "PT2H4M55S"),
                        ("Sunday", "DATE", "2024-02-25"),
                        ("2:05:01.4", "DURATION", "PT2H5M1.4S"),
                    ],
                ),
                (
                    "The doors open at 10:30:00 and the ratio is 1:1.5.",
                    &[("10:30:00", "TIME", "2024-03-01T10:30:00")],
                ),
            ],
        );
    }

    #[test]
    fn ranges_of_durations() {
        check(
            Some("1987-04-17"),
            &[
                // one expression from the first number, valued as the duration it ends in
                (
                    "It took two to three weeks, 12-18 months in all; within the next 12 to \
                     18 months it grows.",
                    &[
                        ("two to three weeks", "DURATION", "P3W"),
                        ("12-18 months", "DURATION", "P18M"),
                        ("the next 12 to 18 months", "DURATION", "P18M"),
                    ],
                ),
                // not a year first, "a" second, nor a clock time second
                (
                    "It moved from 1986 to a calendar year; options trade to 2100 hrs.",
                    &[
                        ("1986", "DATE", "1986"),
                        ("a calendar year", "DURATION", "P1Y"),
                        ("2100 hrs", "TIME", "1987-04-17T21:00"),
                    ],
                ),
            ],
        );
        // A chain "1 to 2 to 3 …" is read from each number once, not again from the next
        // (c495075, which parsed the second number whole, overflowed the stack on it).
        let chain = "1 to ".repeat(20_000) + "3 weeks.";
        let got = found(&chain, None);
        assert_eq!(got.last().map(|g| g.2.as_str()), Some("P3W"));
    }

    #[test]
    fn durations_and_sets() {
        check(
            Some("2023-12-19"),
            &[
                (
                    "The lease runs for seven years at £2,000 a month.",
                    &[
                        ("seven years", "DURATION", "P7Y"),
                        ("a month", "SET", "P1M"),
                    ],
                ),
                (
                    "It rained on the second of three days of the fair.",
                    &[("three days", "DURATION", "P3D")],
                ),
                // Words made with a hyphen that name no time, and one that does.
                (
                    "They reached the quarter-finals with a second-half goal, and prices rose \
                     at a year-on-year rate on a week-long tour.",
                    &[("a week", "DURATION", "P1W")],
                ),
                // a fraction before a scale word is a number
                (
                    "It cost a quarter million dollars, three quarters billion in all.",
                    &[],
                ),
                // a fraction of something; a price in pence is no year
                ("Only one-quarter of those affected paid 1218 pence.", &[]),
                // "and a half" joined by hyphens, or with "one-half"
                (
                    "It took five-and-a-half months, then three and one-half hours.",
                    &[
                        ("five-and-a-half months", "DURATION", "P5M15D"),
                        ("three and one-half hours", "DURATION", "PT3H30M"),
                    ],
                ),
                // a quarter of a unit, or joined by hyphens, is a fraction; of a century, 25
                // years
                (
                    "Rates rose by a quarter point, then a quarter-point more; the coins weigh \
                     a quarter ounce, and the reservoirs are one-quarter full.",
                    &[],
                ),
                (
                    "It is the worst fall in a quarter century, after a quarter-century in office.",
                    &[
                        ("a quarter century", "DURATION", "P25Y"),
                        ("a quarter-century", "DURATION", "P25Y"),
                    ],
                ),
                // past 2100, a year only after a preposition
                (
                    "It aims at recruiting 2500 volunteers by 2150.",
                    &[("2150", "DATE", "2150")],
                ),
                (
                    "It recovered after several quarters of losses.",
                    &[("several quarters", "DURATION", "PXQ")],
                ),
                // a count, then the time unit of its rate
                (
                    "The group plays five shows a year.",
                    &[("a year", "SET", "P1Y")],
                ),
                (
                    "a two-hour meeting and a 10-year bond",
                    &[
                        ("two-hour", "DURATION", "PT2H"),
                        ("10-year", "DURATION", "P10Y"),
                    ],
                ),
                (
                    "It lasted 2 1/2 years.",
                    &[("2 1/2 years", "DURATION", "P2Y6M")],
                ),
                // A fraction after a hyphen; the second part of a fraction or of a split
                // year counts nothing by itself.
                (
                    "It agreed a 12-1/2 year rescheduling of its debt.",
                    &[("12-1/2 year", "DURATION", "P12Y6M")],
                ),
                (
                    "Imports in the 2022/23 year and a 1/2 hour talk.",
                    &[("2022", "DATE", "2022")],
                ),
                (
                    "Rates rose over the past three months.",
                    &[("the past three months", "DURATION", "P3M")],
                ),
                (
                    "He served about a decade.",
                    &[("about a decade", "DURATION", "P10Y")],
                ),
                (
                    "They waited 18\u{a0}months.",
                    &[("18\u{a0}months", "DURATION", "P18M")],
                ),
                (
                    "It took several weeks.",
                    &[("several weeks", "DURATION", "PXW")],
                ),
                (
                    // the news wires' abbreviations
                    "3RD QTR LOSS. Nine mths net",
                    &[
                        ("3RD QTR", "DATE", "2023-Q3"),
                        ("Nine mths", "DURATION", "P9M"),
                    ],
                ),
                (
                    "The race took 2 hours, 32 minutes.",
                    &[("2 hours, 32 minutes", "DURATION", "PT2H32M")],
                ),
                (
                    "They meet every Monday and publish weekly.",
                    &[
                        ("every Monday", "SET", "XXXX-WXX-1"),
                        ("weekly", "SET", "P1W"),
                    ],
                ),
                ("It pays $5 million a year.", &[("a year", "SET", "P1Y")]),
                ("A 52-year-old man was held.", &[]),
                ("A wage for 16 and 17-year-olds, and for 24 year olds.", &[]),
                ("Childcare for all 3 to 14 year-olds.", &[]),
                ("Children above 8 years of age pay.", &[]),
            ],
        );
    }

    #[test]
    fn not_time_expressions() {
        check(
            Some("2023-12-19"),
            &[
                ("She won a second term and a 3D film.", &[]),
                ("Speeds of 10 megabits per second.", &[]),
                ("He scored in the second half.", &[]),
                ("A £20,000-a-year job in late-night shopping.", &[]),
                ("Currently held data, previously said.", &[]),
                ("Prices will fall soon in future deals.", &[]),
                ("The Sun reported it. Sat on a bench, Mon Dieu.", &[]),
                ("He may march with August dignity.", &[]),
                // "the fall" in prices, of a city, or that was due to …: a decline
                (
                    "The fall in prices was sharp, and the fall was due to tax.",
                    &[],
                ),
                ("They marked the fall of the Wall.", &[]),
                // (but the season after "in", or before a year)
                (
                    "Output rises in the fall to a record; the fall of 2024 may differ.",
                    &[
                        ("the fall", "DATE", "2023-FA"),
                        ("the fall of 2024", "DATE", "2024-FA"),
                    ],
                ),
                (
                    "The current account deficit, the Zambia Daily Mail said.",
                    &[],
                ),
                // Counts and measures, and ranges of them, are no years.
                (
                    "Steers 1075-1100 lbs sold, a 1200 kg bull, a 1500 MW plant, 1990 people.",
                    &[],
                ),
            ],
        );
        // A year does not join a date across a paragraph break.
        let got = found(
            "Saturday, 26 February\n\n1600 GMT is the deadline.",
            Some("2005-02-27"),
        );
        assert_eq!(got[0].0, "Saturday, 26 February");
    }

    #[test]
    fn holidays() {
        check(
            Some("2023-12-19"),
            &[
                (
                    "Shops close on Christmas Day.",
                    &[("Christmas Day", "DATE", "2023-12-25")],
                ),
                (
                    "Fireworks marked New Year’s Eve.",
                    &[("New Year’s Eve", "DATE", "2022-12-31")],
                ),
                (
                    "He was found on Thanksgiving Day.",
                    &[("Thanksgiving Day", "DATE", "2023-11-23")],
                ),
            ],
        );
    }

    #[test]
    fn without_a_reference_date() {
        let d = run(
            "Teachers marched on Monday; the memo is dated 2 November.",
            None,
        );
        let v: Vec<(&str, bool)> = d
            .items
            .iter()
            .map(|t| (t.value.as_str(), t.resolved))
            .collect();
        assert_eq!(v, vec![("XXXX-WXX-1", false), ("XXXX-11-02", false)]);
        assert_eq!(d.dateline, None);
        let d = run("Prices rose last week, and two years ago.", None);
        let v: Vec<&str> = d.items.iter().map(|t| t.value.as_str()).collect();
        assert_eq!(v, vec!["XXXX-WXX", "XXXX"]);
        // A year just written anchors "N years later" all the same; "earlier than
        // expected" compares, and leaves a duration.
        check(
            None,
            &[
                (
                    "In 1984 he started acting. Two years later he played a soldier.",
                    &[
                        ("1984", "DATE", "1984"),
                        ("Two years later", "DATE", "1986"),
                    ],
                ),
                (
                    "The deal will end in 2006, five years earlier than expected.",
                    &[("2006", "DATE", "2006"), ("five years", "DURATION", "P5Y")],
                ),
            ],
        );
        // "a year later" as "two years later"; "a year from now" is ahead of the date.
        check(
            Some("2005-03-01"),
            &[
                (
                    "Sales grew 2.9% in 2001 and 2.5% a year later.",
                    &[("2001", "DATE", "2001"), ("a year later", "DATE", "2002")],
                ),
                (
                    "What will things be like a year from now?",
                    &[("a year from now", "DATE", "2006")],
                ),
            ],
        );
    }

    #[test]
    fn datelines() {
        let d = run(
            "LONDON, Dec 18 2023 (Reuters) - Shares fell on Monday.",
            None,
        );
        assert_eq!(d.dateline, Some(jiff::civil::date(2023, 12, 18)));
        // The dateline is the reference date for the rest.
        assert_eq!(d.items.last().map(|t| t.value.as_str()), Some("2023-12-18"));
        let d = run("May 14, 2009\n\nThe minister resigned yesterday.", None);
        assert_eq!(d.dateline, Some(jiff::civil::date(2009, 5, 14)));
        assert_eq!(d.items[1].value, "2009-05-13");
        let d = run(
            "SALVADOR, Feb 26 - Showers continued throughout the week.",
            None,
        );
        assert_eq!(d.dateline, None);
        assert_eq!(d.items[0].value, "XXXX-02-26");
        let d = run(
            "NAIROBI, Kenya (AP) _ Thousands protested on Saturday.",
            None,
        );
        assert_eq!(d.dateline, None);
        // A published date wins over the dateline.
        let d = run(
            "LONDON, Dec 18 2023 (Reuters) - Shares fell Monday.",
            Some("2023-12-20"),
        );
        assert_eq!(d.items.last().map(|t| t.value.as_str()), Some("2023-12-18"));
    }

    #[test]
    fn date_order_option() {
        let text = "Signed on 2/11/2023.";
        for (order, want) in [
            (DateOrder::Dmy, "2023-11-02"),
            (DateOrder::Mdy, "2023-02-11"),
        ] {
            let doc = Document::new(text, None);
            let opts = Options {
                date_order: order,
                ..Options::default()
            };
            let d = DateExtractor::new(&opts).extract(&doc, &Analysis::default());
            assert_eq!(d.items[0].value, want, "{order:?}");
        }
    }
}
