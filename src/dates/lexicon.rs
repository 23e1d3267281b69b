//! The word tables of the dates extractor (`data/*.tsv`), loaded once into one lexicon that
//! maps a lower-case word to what it can mean in a time expression.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// A unit of time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Fortnight,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
    Millennium,
}

impl Unit {
    fn parse(code: &str) -> Option<Unit> {
        Some(match code {
            "S" => Unit::Second,
            "MIN" => Unit::Minute,
            "H" => Unit::Hour,
            "D" => Unit::Day,
            "W" => Unit::Week,
            "F" => Unit::Fortnight,
            "M" => Unit::Month,
            "Q" => Unit::Quarter,
            "Y" => Unit::Year,
            "DE" => Unit::Decade,
            "CE" => Unit::Century,
            "ML" => Unit::Millennium,
            _ => return None,
        })
    }

    /// True for units below a day.
    pub fn is_clock(self) -> bool {
        matches!(self, Unit::Second | Unit::Minute | Unit::Hour)
    }
}

/// Tense of a clause.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
}

/// How a holiday's date is found in a given year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HolidayRule {
    /// A fixed month and day.
    Fixed(i8, i8),
    /// The nth (negative: from the end) ISO weekday of a month.
    Nth { month: i8, weekday: i8, nth: i8 },
    /// Days after Easter Sunday.
    Easter(i16),
}

/// One meaning of a word.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Lex {
    /// A month; `cap`: only when capitalised.
    Month { m: u8, cap: bool },
    /// A weekday (ISO number); `cap`: only when capitalised; `plural`: "Mondays".
    Weekday { wd: u8, cap: bool, plural: bool },
    /// A cardinal number word; `None` for a vague count ("several").
    Number(Option<f64>),
    /// An ordinal word ("third"); -1 for "last".
    Ordinal(i32),
    /// A unit of time.
    Unit { unit: Unit, plural: bool },
    /// A season code (SP, SU, FA, WI).
    Season(&'static str),
    /// A part of the day: a TIMEX3 code (MO, AF, EV, NI, DT, MI) or a clock time "12:00".
    DayPart(&'static str),
    /// A time zone abbreviation.
    Zone,
    /// A recurrence word ("weekly") and its value.
    SetWord(&'static str),
    /// A holiday rule.
    Holiday(HolidayRule),
    /// A reference to the present, past or future.
    Ref(&'static str),
    /// A modifier before a duration or date ("about", "more than").
    PreMod(&'static str),
    /// A modifier before a point in time ("early", "the end of").
    PointMod(&'static str),
    /// A tense marker; `report` for verbs of saying.
    Tense { tense: Tense, report: bool },
    /// A decade in words ("nineties": 9).
    Decade(u8),
    /// A grammar keyword ("the", "last", "every"): only starts matching.
    Keyword,
    /// A word that makes a number before it a count, not a year ("1990 people").
    CountNoun,
}

impl Lex {
    /// The bit of this kind of meaning in a token's [`mask`](Lexicon::mask).
    pub fn bit(&self) -> u32 {
        1 << match self {
            Lex::Month { .. } => 0,
            Lex::Weekday { .. } => 1,
            Lex::Number(_) => 2,
            Lex::Ordinal(_) => 3,
            Lex::Unit { .. } => 4,
            Lex::Season(_) => 5,
            Lex::DayPart(_) => 6,
            Lex::Zone => 7,
            Lex::SetWord(_) => 8,
            Lex::Holiday(_) => 9,
            Lex::Ref(_) => 10,
            Lex::PreMod(_) => 11,
            Lex::PointMod(_) => 12,
            Lex::Tense { .. } => 13,
            Lex::Decade(_) => 14,
            Lex::Keyword => 15,
            Lex::CountNoun => 16,
        }
    }
}

/// Bits of [`Lex::bit`], to test a token for a kind of meaning without looking it up.
pub mod bits {
    pub const MONTH: u32 = 1 << 0;
    pub const WEEKDAY: u32 = 1 << 1;
    pub const NUMBER: u32 = 1 << 2;
    pub const ORDINAL: u32 = 1 << 3;
    pub const UNIT: u32 = 1 << 4;
    pub const SEASON: u32 = 1 << 5;
    pub const DAYPART: u32 = 1 << 6;
    pub const SETWORD: u32 = 1 << 8;
    pub const HOLIDAY: u32 = 1 << 9;
    pub const REF: u32 = 1 << 10;
    pub const PREMOD: u32 = 1 << 11;
    pub const POINTMOD: u32 = 1 << 12;

    pub const DECADE: u32 = 1 << 14;
    pub const KEYWORD: u32 = 1 << 15;
}

/// One entry: the words after the first (for phrases) and the meaning.
#[derive(Clone, Debug)]
pub struct Entry {
    /// The following words of a phrase, lower case (empty for a single word).
    pub rest: Vec<&'static str>,
    /// What it means.
    pub lex: Lex,
}

/// Every table, indexed by first word.
pub struct Lexicon {
    /// Entries and the bits of their kinds, by [`pack`]ed lower-case first word.
    map: HashMap<u128, (Vec<Entry>, u32), BuildPacked>,
    /// Tense markers and count nouns, by lower-case word.
    aux: HashMap<&'static [u8], Lex, BuildFnv>,
    /// Every other word the grammar may compare a token with: the words of its rules
    /// (`data/grammar_words.txt`), the later words of phrases (and their stems, as
    /// [`Parser::word_at`](super::grammar) matches them) and `aux` words; lower case.
    grammar_words: HashSet<&'static [u8], BuildFnv>,
    /// Longest first word, in bytes (longer words are not looked up).
    max_len: usize,
    /// `starts[k]` has bit `n` set when some word of `n` bytes starts with the two bytes
    /// whose key ([`pair_key`]) is `k`: most words of a text are rejected with this alone.
    starts: Box<[u64; 1024]>,
}

/// A key of a word's first two bytes, case-insensitive for ASCII letters (5 bits each).
#[inline]
fn pair_key(w: &[u8]) -> usize {
    let a = w.first().map_or(0, |b| usize::from(b & 0x1f));
    let b = w.get(1).map_or(0, |b| usize::from(b & 0x1f));
    a << 5 | b
}

/// A word of up to 15 bytes and its length packed into an integer, the key of the tables
/// (comparing two integers is cheaper than comparing two strings).
#[inline]
fn pack(w: &[u8]) -> Option<u128> {
    if w.len() > 15 {
        return None;
    }
    let bytes = w.iter().fold(0u128, |k, &b| (k << 8) | u128::from(b));
    Some((w.len() as u128) << 120 | bytes)
}

/// Hashes [`pack`]ed words: one folded multiplication.
#[derive(Clone, Copy, Default)]
pub struct BuildPacked;

pub struct PackedHasher(u64);

impl std::hash::Hasher for PackedHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u128(u128::from(b));
        }
    }
    #[inline]
    fn write_u128(&mut self, x: u128) {
        const K: u128 = 0x9e37_79b9_7f4a_7c15;
        let m = u128::from(self.0 ^ (x as u64) ^ ((x >> 64) as u64).rotate_left(23)) * K;
        self.0 = (m as u64) ^ ((m >> 64) as u64);
    }
}

impl std::hash::BuildHasher for BuildPacked {
    type Hasher = PackedHasher;
    fn build_hasher(&self) -> PackedHasher {
        PackedHasher(0)
    }
}

/// FNV-1a: short keys, no need for DoS resistance.
#[derive(Clone, Copy, Default)]
pub struct BuildFnv;

pub struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x100_0000_01b3);
        }
    }
}

impl std::hash::BuildHasher for BuildFnv {
    type Hasher = Fnv;
    fn build_hasher(&self) -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

fn parse_holiday(rule: &str) -> Option<HolidayRule> {
    let parts: Vec<&str> = rule.split_whitespace().collect();
    match parts.as_slice() {
        [md] => {
            let (m, d) = md.split_once('-')?;
            Some(HolidayRule::Fixed(m.parse().ok()?, d.parse().ok()?))
        }
        ["nth", m, w, n] => Some(HolidayRule::Nth {
            month: m.parse().ok()?,
            weekday: w.parse().ok()?,
            nth: n.parse().ok()?,
        }),
        ["easter", n] => Some(HolidayRule::Easter(n.parse().ok()?)),
        _ => None,
    }
}

impl Lexicon {
    fn load() -> Lexicon {
        let mut lx = Lexicon {
            map: HashMap::with_hasher(BuildPacked),
            aux: HashMap::with_hasher(BuildFnv),
            grammar_words: HashSet::with_hasher(BuildFnv),
            max_len: 0,
            starts: Box::new([0; 1024]),
        };
        let tables: [(&'static str, &str); 16] = [
            (include_str!("data/months.tsv"), "month"),
            (include_str!("data/weekdays.tsv"), "weekday"),
            (include_str!("data/numbers.tsv"), "number"),
            (include_str!("data/ordinals.tsv"), "ordinal"),
            (include_str!("data/units.tsv"), "unit"),
            (include_str!("data/seasons.tsv"), "season"),
            (include_str!("data/dayparts.tsv"), "daypart"),
            (include_str!("data/zones.tsv"), "zone"),
            (include_str!("data/sets.tsv"), "set"),
            (include_str!("data/holidays.tsv"), "holiday"),
            (include_str!("data/refs.tsv"), "ref"),
            (include_str!("data/modifiers.tsv"), "modifier"),
            (include_str!("data/tense.tsv"), "tense"),
            (include_str!("data/decades.tsv"), "decade"),
            (include_str!("data/keywords.txt"), "keyword"),
            (include_str!("data/not_after_year.txt"), "count"),
        ];
        for (src, kind) in tables {
            for row in crate::data::table(src) {
                let phrase = row[0];
                let col = |i: usize| row.get(i).copied().unwrap_or("");
                let lex = match kind {
                    "month" => col(1).parse().ok().map(|m| Lex::Month {
                        m,
                        cap: col(2) == "cap",
                    }),
                    "weekday" => col(1).parse().ok().map(|wd| Lex::Weekday {
                        wd,
                        cap: col(2) == "cap",
                        plural: col(2) == "plural",
                    }),
                    "number" => Some(Lex::Number(col(1).parse().ok())),
                    "ordinal" => col(1).parse().ok().map(Lex::Ordinal),
                    "unit" => Unit::parse(col(1)).map(|unit| Lex::Unit {
                        unit,
                        plural: col(2) == "pl",
                    }),
                    "season" => Some(Lex::Season(col(1))),
                    "daypart" => Some(Lex::DayPart(col(1))),
                    "zone" => Some(Lex::Zone),
                    "set" => Some(Lex::SetWord(col(1))),
                    "holiday" => parse_holiday(col(1)).map(Lex::Holiday),
                    "ref" => Some(Lex::Ref(col(1))),
                    "modifier" => Some(if col(2) == "point" {
                        Lex::PointMod(col(1))
                    } else {
                        Lex::PreMod(col(1))
                    }),
                    "tense" => Some(Lex::Tense {
                        tense: if col(1) == "future" {
                            Tense::Future
                        } else {
                            Tense::Past
                        },
                        report: col(2) == "report",
                    }),
                    "decade" => col(1).parse().ok().map(Lex::Decade),
                    "keyword" => Some(Lex::Keyword),
                    "count" => Some(Lex::CountNoun),
                    _ => None,
                };
                let Some(lex) = lex else {
                    debug_assert!(false, "bad row in {kind} table: {row:?}");
                    continue;
                };
                // Words read only around an expression (tense markers, count nouns) are
                // looked up on demand, not when tagging every token.
                if matches!(lex, Lex::Tense { .. } | Lex::CountNoun) {
                    lx.aux.insert(phrase.as_bytes(), lex);
                    continue;
                }
                let mut words = phrase.split(' ').filter(|w| !w.is_empty());
                let Some(first) = words.next() else { continue };
                lx.max_len = lx.max_len.max(first.len());
                lx.starts[pair_key(first.as_bytes())] |= 1 << first.len().min(63);
                let key = pack(first.as_bytes()).expect("table words have at most 15 bytes");
                let slot = lx.map.entry(key).or_default();
                slot.1 |= lex.bit();
                slot.0.push(Entry {
                    rest: words.collect(),
                    lex,
                });
            }
        }
        // Phrases before single words, longer phrases first: the matcher takes the first hit.
        for (v, _) in lx.map.values_mut() {
            v.sort_by_key(|e| std::cmp::Reverse(e.rest.len()));
        }
        let mut words: HashSet<&'static [u8], BuildFnv> =
            crate::data::lines(include_str!("data/grammar_words.txt"))
                .map(str::as_bytes)
                .collect();
        words.extend(lx.aux.keys().copied());
        for (v, _) in lx.map.values() {
            for w in v.iter().flat_map(|e| &e.rest) {
                words.insert(w.as_bytes());
                // "new year's" matches "year" + "'s"; "st." matches "St" + "."
                for suffix in ["'s", "'", "."] {
                    if let Some(stem) = w.strip_suffix(suffix) {
                        words.insert(stem.as_bytes());
                    }
                }
            }
        }
        lx.grammar_words = words;
        lx
    }

    /// Could a word of `len` bytes starting like `w` (any case) be in the tables?
    #[inline]
    pub fn may_have(&self, w: &[u8], len: usize) -> bool {
        len <= self.max_len && self.starts[pair_key(w)] & (1 << len.min(63)) != 0
    }

    /// The entries for a lower-case word, and the bits of their kinds.
    #[inline]
    pub fn lookup(&self, lower: &[u8]) -> (&[Entry], u32) {
        if !self.may_have(lower, lower.len()) {
            return (&[], 0);
        }
        pack(lower)
            .and_then(|k| self.map.get(&k))
            .map_or((&[], 0), |(v, m)| (v.as_slice(), *m))
    }

    #[cfg(test)]
    fn get(&self, lower: &str) -> &[Entry] {
        self.lookup(lower.as_bytes()).0
    }

    /// The tense marker or count noun `w` is (any ASCII case, curly apostrophes allowed).
    pub fn aux(&self, w: &str) -> Option<Lex> {
        let mut buf = [0u8; 16];
        let mut n = 0;
        for c in w.chars() {
            let b = match c {
                '’' => b'\'',
                c if c.is_ascii() => (c as u8).to_ascii_lowercase(),
                _ => return None,
            };
            *buf.get_mut(n)? = b;
            n += 1;
        }
        self.aux.get(&buf[..n]).copied()
    }

    /// Is `w` (any ASCII case) a word the grammar compares tokens with, other than the first
    /// words of the tables?
    pub fn is_grammar_word(&self, w: &str) -> bool {
        let mut buf = [0u8; 24];
        let Some(lower) = buf.get_mut(..w.len()) else {
            // Longer than any of them.
            return false;
        };
        for (d, s) in lower.iter_mut().zip(w.bytes()) {
            *d = s.to_ascii_lowercase();
        }
        self.grammar_words.contains(&*lower)
    }

    /// Longest word in the tables, in bytes.
    pub fn max_len(&self) -> usize {
        self.max_len
    }
}

/// The lexicon, built on first use.
pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::load);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grammar_words_cover_the_grammar() {
        // Every word literal of the grammar is a grammar word (or a first word of the
        // tables): a token that is neither cannot continue an expression.
        let lx = &*LEXICON;
        let src = include_str!("grammar.rs");
        let code: String = src
            .lines()
            .map(|l| l.split("//").next().unwrap_or(""))
            .collect::<Vec<_>>()
            .join("\n");
        let mut missing = Vec::new();
        for (k, lit) in code.split('"').enumerate() {
            let word = !lit.is_empty()
                && lit
                    .chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '.'));
            if k % 2 == 1
                && word
                && !lx.is_grammar_word(lit)
                && lx.get(&lit.to_lowercase()).is_empty()
            {
                missing.push(lit);
            }
        }
        assert!(
            missing.is_empty(),
            "add to data/grammar_words.txt: {missing:?}"
        );
        assert!(lx.is_grammar_word("Ago") && lx.is_grammar_word("beginning"));
        assert!(!lx.is_grammar_word("company") && !lx.is_grammar_word(&"x".repeat(40)));
    }

    #[test]
    fn tables_load() {
        let lx = &*LEXICON;
        assert!(matches!(lx.get("nov")[0].lex, Lex::Month { m: 11, .. }));
        assert!(
            lx.get("christmas")
                .iter()
                .any(|e| e.rest == ["eve"] && e.lex == Lex::Holiday(HolidayRule::Fixed(12, 24)))
        );
        assert!(
            lx.get("thanksgiving")
                .iter()
                .any(|e| matches!(e.lex, Lex::Holiday(HolidayRule::Nth { month: 11, .. })))
        );
        assert!(lx.get("more")[0].rest == ["than"]);
        assert_eq!(lx.get("several")[0].lex, Lex::Number(None));
        assert!(lx.get("nonexistentwordthatislong").is_empty());
    }
}
