//! The grammar of a figure, read over the pieces of one sentence:
//!
//! ```text
//! figure   = [qualifier | "between"] amount [("-" | "to" | "and") amount] [rate]
//! amount   = [sign] [currency] number [scale] [currency | percent | unit]
//! number   = digits [fraction] | words
//! ```
//!
//! followed by the guards that keep years, dates, times, durations, labels, names, ages,
//! phone and list numbers out, and, for counts, the counted noun, its category and source.

use super::FigureKind;
use super::lexicon::{CurKind, NotFig, PieceKind, Side};
use super::numbers::{Dec, Num};
use super::window::Win;
use std::collections::HashSet;
use std::sync::{LazyLock, Mutex};

/// What the grammar found at a piece.
#[derive(Clone, Debug)]
pub(crate) struct Found {
    /// First piece (qualifier included) and one past the last.
    pub start: usize,
    pub end: usize,
    pub kind: FigureKind,
    pub value: f64,
    pub currency: Option<&'static str>,
    pub unit: Option<&'static str>,
    pub approx: Option<&'static str>,
    pub range: Option<(f64, f64)>,
    pub points: bool,
    pub counted: Option<(usize, usize)>,
    pub category: Option<&'static str>,
    /// A second score: "6-4" gives 6, then 4 (start, end, value).
    pub also: Option<(usize, usize, f64)>,
    /// For a price, what it is per: the noun's pieces and its unit when it is one ("$18 a
    /// barrel", "12 cts a share", "150.9p a litre").
    pub per: Option<(usize, usize, Option<&'static str>)>,
}

/// One amount: a number with what is written around it.
#[derive(Clone, Copy, Debug)]
struct Amount {
    start: usize,
    end: usize,
    num: Num,
    value: Dec,
    currency: Option<(&'static str, bool)>,
    percent: bool,
    points: bool,
    unit: Option<&'static str>,
    /// The scale applied by a word or abbreviation ("m" in "£1m").
    mult: Option<(f64, i32)>,
}

impl Amount {
    fn kind(&self) -> FigureKind {
        if self.currency.is_some() {
            FigureKind::Money
        } else if self.percent {
            FigureKind::Percent
        } else if self.unit.is_some() {
            FigureKind::Quantity
        } else {
            FigureKind::Number
        }
    }

    fn bare(&self) -> bool {
        self.kind() == FigureKind::Number && !self.num.scaled && !self.num.vague
    }
}

/// Units of rates ("USD/day"), interned: a small, bounded set.
pub(crate) fn intern(s: String) -> &'static str {
    static SET: LazyLock<Mutex<HashSet<&'static str>>> = LazyLock::new(Default::default);
    let mut set = SET.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(&x) = set.get(s.as_str()) {
        return x;
    }
    let leaked: &'static str = Box::leak(s.into_boxed_str());
    set.insert(leaked);
    leaked
}

const RATE_TIMES: &[(&str, &str)] = &[
    ("hour", "hour"),
    ("day", "day"),
    ("night", "night"),
    ("week", "week"),
    ("month", "month"),
    ("year", "year"),
    ("annum", "year"),
];

/// Words that may stand between a count and the word typing it ("20 people have been killed").
const AUX: &[&str] = &[
    "were",
    "was",
    "are",
    "is",
    "have",
    "has",
    "had",
    "been",
    "be",
    "being",
    "will",
    "would",
    "reportedly",
    "also",
    "already",
    "now",
    "still",
    "so",
    "far",
    "all",
    "feared",
    "believed",
    "reported",
    "confirmed",
    "thought",
    "later",
    "since",
    "who",
    "were",
    "as",
    "a",
    "result",
    "of",
    "later",
    "then",
    "being",
    "got",
    "get",
    "were",
    "seriously",
    "critically",
    "badly",
    "slightly",
    "fatally",
    "allegedly",
    "other",
    "others",
    "more",
    "people",
    "and",
    "injured",
    "remain",
    "remained",
    "remains",
    "still",
    "went",
    "now",
];

/// Words before "one" that make it a pronoun ("no one", "the one", "each one").
const ONE_BEFORE: &[&str] = &[
    "no", "the", "this", "that", "each", "every", "any", "which", "what", "another", "last",
    "first", "next", "other", "same", "little", "big", "new", "old", "right", "wrong", "such",
    "one", "a", "an", "current", "latest", "previous", "real",
];

/// Words after "one" that make it a pronoun ("one can", "one suspects").
const ONE_AFTER: &[&str] = &[
    "can", "could", "may", "might", "must", "should", "would", "will", "shall", "does", "did",
    "sees", "suspects", "needs", "wonders", "another", "gets", "feels", "finds", "thinks", "knows",
];

/// Words after a number that still let a duration follow ("three more days").
const TIME_MODIFIERS: &[&str] = &[
    "more",
    "long",
    "full",
    "straight",
    "whole",
    "consecutive",
    "successive",
    "extra",
    "additional",
    "further",
    "previous",
    "past",
    "separate",
    "different",
    "calendar",
    "working",
    "business",
    "school",
    "light",
    "short",
    "hard",
    "busy",
    "years'",
    "of",
    "or",
    "to",
];

/// How many numbers joined by "to", "or" or "and" a duration after the last may reach back
/// over ("two or three days").
const MAX_RANGE_LINKS: u8 = 3;

/// Words that make "6-4" a score, not a range.
const SCORE_CUES: &[&str] = &[
    "won", "win", "wins", "winning", "beat", "beats", "beating", "victory", "defeat", "defeated",
    "lost", "loss", "losses", "lead", "led", "leads", "draw", "drew", "tie", "tied", "score",
    "scored", "scores", "vote", "voted", "votes", "passed", "margin", "record", "set", "sets",
    "game", "games", "match", "final", "against", "innings", "runs", "goals", "ruled", "panel",
    "decision",
];

/// Words that make a price in 32nds a bond price.
const BOND_WORDS: &[&str] = &[
    "bond",
    "bonds",
    "treasury",
    "treasuries",
    "note",
    "notes",
    "price",
    "prices",
    "yield",
];

fn has(list: &[&str], w: &str) -> bool {
    list.contains(&w)
}

impl Win<'_> {
    /// A figure starting at piece `p`, if one does.
    pub fn figure(&self, p: usize) -> Option<Found> {
        if let Some(f) = self.inverted_percent(p) {
            return Some(f);
        }
        let mut q = p;
        let mut approx = None;
        let mut between = false;
        if let Some((a, e)) = self.phrase(&self.lx.qualifiers, q) {
            // "an estimated" but not "an" alone; "some" only before an amount.
            approx = Some(*a);
            q = e;
        } else if self.is_word(q, "between") {
            between = true;
            q += 1;
        }
        let a = self.amount(q)?;
        if self.titled_unit(&a) {
            return None;
        }
        // "the furore over one sentence": "over" and "under" before a bare "one" are
        // prepositions, not qualifiers.
        let preposition = a.end == q + 1
            && self.is_word(q, "one")
            && q == p + 1
            && (self.is_word(p, "over") || self.is_word(p, "under"));
        if preposition {
            approx = None;
        }
        let start = if between && !self.is_word(a.end, "and") || preposition {
            q
        } else {
            p
        };
        let mut f = Found {
            start,
            end: a.end,
            kind: a.kind(),
            value: a.value.value(),
            currency: a.currency.map(|c| c.0),
            unit: a.unit,
            approx: approx.or((a.num.vague).then_some("at_least")),
            range: None,
            points: a.points,
            counted: None,
            category: None,
            also: None,
            per: None,
        };

        // "one in five children", "1 in 4 adults": a share, the first whole number of
        // the second (up to 1,000; not "one in 10 years", a time)
        // (the whole a share is of: what it counts is read as after that number)
        let mut share: Option<Amount> = None;
        if !between
            && a.bare()
            && self.is_word(a.end, "in")
            && let Some(b) = self.amount(a.end + 1)
            && b.bare()
            && !b.num.fraction
            && self.not_fig(b.end).is_none()
        {
            let (x, y) = (a.value.value(), b.value.value());
            // (not runs in balls: "55 in 60 balls")
            if (1.0..=10.0).contains(&x)
                && x < y
                && y <= 1000.0
                && x.fract() == 0.0
                && y.fract() == 0.0
            {
                f.value = x / y;
                f.end = b.end;
                share = Some(b);
            }
        }
        // A range: "between 10 and 20", "10-20", "£1m-£2m", "15 to 15.5 million",
        // "10- to 18-foot"; or two scores, "6-4".
        let e = a.end;
        let (sep, b_at) = if share.is_some() {
            (false, e)
        } else if between && self.is_word(e, "and") {
            (true, e + 1)
        } else if self.is(e, "-") && self.attached(e) && self.is_word(e + 1, "to") {
            (true, e + 2)
        } else if self.is(e, "-") && (self.attached(e) == self.attached(e + 1))
            || self.is_word(e, "to") && (!(p > 0 && self.is_word(p - 1, "from")) || self.ranging(p))
        {
            (true, e + 1)
        } else {
            (false, e)
        };
        // "from two to 1.9 pct", "from 15 to 16 mln dlrs": a change from one level to
        // another, no range (unless something ranges, above); the bare first level is in
        // the second's measure.
        // So is the first of two alternatives, a little below the second: "two or three
        // pounds", "5 or 6 percent", "1 or 2 million barrels" (not the same amount put
        // another way: "a loss of 223,000 or four cts a share", "658,500 or 8.7 pct").
        // (the amount after "or", whatever its size: what it counts, below)
        let mut alternative = None;
        if !sep && share.is_none() {
            let from_to = p > 0 && self.is_word(p - 1, "from") && self.is_word(e, "to");
            if from_to || self.is_word(e, "or") {
                if let Some(b) = self.amount(e + 1) {
                    let (x, y) = (a.value.value(), b.num.value.value());
                    if a.bare() && (from_to || 0.0 < x && x < y && y <= 10.0 * x) {
                        self.take_measure(&a, &b, &mut f);
                    }
                    alternative = (!from_to).then_some(b);
                }
            }
        }
        if sep {
            let hyphen = self.is(e, "-") && b_at == e + 1;
            if let Some(b) = self.amount_in(b_at, hyphen && a.currency.is_some()) {
                if let Some(r) = self.join_range(&a, &b, &mut f, hyphen) {
                    match r {
                        // ("between £40m-£50m" takes in its "between")
                        Joined::Range if between => f.start = p,
                        Joined::Range => {}
                        Joined::Score => {
                            f.also = Some((b.start, b.end, b.value.value()));
                        }
                        Joined::Reject => return None,
                    }
                }
            }
        }

        // "ten or so people", "$5 million or so": about that many.
        if f.range.is_none()
            && f.also.is_none()
            && self.is_word(f.end, "or")
            && self.is_word(f.end + 1, "so")
        {
            f.end += 2;
            f.approx = f.approx.or(Some("about"));
        }
        // "5ft 10in", "6 feet 2 inches", "7lb 4oz", "12st 5lb": a measure in two units,
        // in the first.
        if f.kind == FigureKind::Quantity && f.range.is_none() && f.also.is_none() {
            let per_first = match f.unit {
                Some("ft") => Some(("in", 12.0)),
                Some("lb") => Some(("oz", 16.0)),
                Some("st") => Some(("lb", 14.0)),
                _ => None,
            };
            if let Some((small, n)) = per_first
                && self.kind(f.end) == Some(PieceKind::Digits)
                && let Some(b) = self.amount(f.end)
                && b.unit == Some(small)
                && b.num.digits.is_some()
                && (0.0..n).contains(&b.value.value())
            {
                f.value += b.value.value() / n;
                f.end = b.end;
            }
        }
        self.rate(&mut f);
        // "12-cent-a-share": a price per share stays money.
        if f.kind == FigureKind::Money
            && self.is(f.end, "-")
            && self.attached(f.end)
            && self.is_word(f.end + 1, "a")
            && self.is(f.end + 2, "-")
            && self.is_alpha(f.end + 3)
            && self.attached(f.end + 3)
        {
            f.per = Some((f.end + 3, f.end + 4, None));
            f.end += 4;
        }
        if f.kind == FigureKind::Money && f.per.is_none() {
            f.per = self.per_unit(f.end);
        }

        // An age ("a 43-year-old", "aged 43").
        if f.kind == FigureKind::Number && f.also.is_none() && !self.glued_before(p) {
            if let Some((end, unit)) = self.age(p, &a, &f) {
                f.kind = FigureKind::Quantity;
                f.unit = Some(unit);
                f.end = end;
                return Some(f);
            }
        }
        // The size of a group: "a 2,000-strong crowd", "the 22-man squad", "a 15-member
        // board" (before a noun in lower case: not "the 25-member EU").
        if f.kind == FigureKind::Number
            && f.also.is_none()
            && f.range.is_none()
            && self.is(f.end, "-")
            && self.attached(f.end)
            && self.attached(f.end + 1)
            && matches!(self.norm(f.end + 1), "strong" | "man" | "woman" | "member")
            && self.token_end(f.end + 1)
            && self.is_alpha(f.end + 2)
            && !self.capitalized(f.end + 2)
            && !crate::data::closed_word(self.norm(f.end + 2))
            && !self.glued_before(p)
            // ("a one-man show" is an idiom)
            && (f.value != 1.0 || self.is(f.end + 1, "strong"))
        {
            f.end += 2;
            // The group is the noun after it, or after a modifier ending in "-ing" or a
            // compound before it ("a 30-man training squad", "a nine-strong rate-setting
            // committee").
            let k = f.end;
            let e = self.compound_end(k);
            let modifier = e > k + 1 || self.norm(k).ends_with("ing");
            let head = modifier
                && self.is_alpha(e)
                && !self.capitalized(e)
                && !crate::data::closed_word(self.norm(e));
            f.counted = Some(if head {
                (e, self.compound_end(e))
            } else {
                (k, e)
            });
            return Some(f);
        }
        // An earthquake's magnitude: "magnitude 6.1", "a 5.1-magnitude quake", "6.9 on
        // the Richter scale" (the last two are units).
        if f.kind == FigureKind::Number
            && f.range.is_none()
            && a.num.digits.is_some()
            && p > 0
            && self.is_word(p - 1, "magnitude")
            && f.start == p
        {
            f.kind = FigureKind::Quantity;
            f.unit = Some("magnitude");
            f.start = p - 1;
        }
        // A figure ends where its token ends ("three-judge panel" is no figure).
        let last = f.also.map_or(f.end, |x| x.1);
        if !self.token_end(last - 1) {
            let next = last;
            let bad = self.is_alpha(next)
                || self.kind(next) == Some(PieceKind::Digits)
                || (self.is(next, "-") || self.is(next, "/")) && self.attached(next + 1);
            if bad {
                return None;
            }
        }
        // ... and begins where its token begins (not "4" of "6-4" or "2350" of "Kosmos-2350").
        if self.glued_before(p) {
            return None;
        }
        if f.kind == FigureKind::Number && !self.number_ok(p, &a, &f) {
            return None;
        }
        if f.kind == FigureKind::Number && f.also.is_none() {
            self.count(&mut f, p, share.as_ref().unwrap_or(&a));
            // A number before "or" and a count counts what the second counts, when its noun
            // is close after it and in lower case ("two or three people were killed"; not a
            // level before a verb, "a rate of 148 or 149 reflected economic fundamentals",
            // nor a name, "Five or Six Nations"), and is no rate ("four or five shows a
            // year").
            if let Some(b) = alternative.filter(|b| b.kind() == FigureKind::Number)
                && f.counted.is_none()
            {
                let mut second = Found { end: b.end, ..f };
                self.count(&mut second, p, &b);
                if let Some((c, d)) = second.counted
                    && c <= b.end + 1
                    && !self.capitalized(c)
                    && self.rate_after(d).is_none()
                {
                    f.counted = second.counted;
                    f.category = second.category;
                }
            }
            // "2,000 letters a day", "300,000 a month": a rate.
            let after = f.counted.map_or(f.end, |c| c.1);
            if let Some((t, end)) = self.rate_after(after) {
                let noun = f.counted.map_or("count", |c| self.norm(c.1 - 1));
                f.unit = Some(intern(format!("{noun}/{t}")));
                f.kind = FigureKind::Quantity;
                f.category = None;
                f.end = end;
            }
        }
        Some(f)
    }

    /// Does "from" before piece `p` follow a verb of ranging ("prices ranging from 12 to 14
    /// dlrs", "yields range from 7.2 to 8.7 pct"): a range, not a change?
    fn ranging(&self, p: usize) -> bool {
        p > 1
            && self.is_word(p - 1, "from")
            && matches!(
                self.norm(p - 2),
                "range"
                    | "ranges"
                    | "ranged"
                    | "ranging"
                    | "vary"
                    | "varies"
                    | "varied"
                    | "varying"
            )
    }

    /// The bare amount `a` (figure `f`) in the measure of the amount `b` after it, when `b`
    /// has one ([`measure_factor`]), and in its scale when `a` has none ("from 15 to 16 mln
    /// dlrs").
    fn take_measure(&self, a: &Amount, b: &Amount, f: &mut Found) {
        if let Some(x) = measure_factor(a, b) {
            f.value = scaled_like(a, b).unwrap_or(a.value.value()) * x;
            adopt_measure(f, b);
        }
    }

    /// "percent of 10", "per cent of twenty-two" standing alone (no number before the
    /// percent word, nothing after the number): the value comes after.
    fn inverted_percent(&self, p: usize) -> Option<Found> {
        let of = match self.norm(p) {
            "percent" | "percents" | "percentage" => p + 1,
            "per" if self.is_word(p + 1, "cent") => p + 2,
            _ => return None,
        };
        if !self.is_word(of, "of") || p > 0 && self.number(p - 1).is_some() {
            return None;
        }
        let n = self.number(of + 1)?;
        if n.end < self.len() && self.kind(n.end) != Some(PieceKind::Sym) {
            return None;
        }
        Some(Found {
            start: p,
            end: n.end,
            kind: FigureKind::Percent,
            value: n.value.value(),
            currency: None,
            unit: None,
            approx: None,
            range: None,
            points: false,
            counted: None,
            category: None,
            also: None,
            per: None,
        })
    }

    /// True when piece `p` continues something written straight before it.
    fn glued_before(&self, p: usize) -> bool {
        if p == 0 || !self.attached(p) {
            return false;
        }
        let prev = p - 1;
        match self.kind(prev) {
            Some(PieceKind::Digits | PieceKind::Alpha) => true,
            _ => {
                matches!(self.norm(prev), "-" | "/" | ":" | "." | "#" | "+")
                    && prev > 0
                    && self.attached(prev)
                    && self.kind(prev - 1).is_some_and(|k| k != PieceKind::Sym)
            }
        }
    }

    /// An amount at `q`: sign, currency, number, scale, and currency, percent or unit.
    fn amount(&self, q: usize) -> Option<Amount> {
        self.amount_in(q, false)
    }

    /// An amount at `q`, where `money` says the text already speaks of a currency (the
    /// second of "£1.5-2m", whose "m" is a million, not metres).
    fn amount_in(&self, mut q: usize, money: bool) -> Option<Amount> {
        let start = q;
        let mut neg = false;
        if self.is_word(q, "minus")
            || self.is_word(q, "negative")
            || self.is(q, "-")
                && self.attached(q + 1)
                && !self.glued_before(q)
                && (q == 0 || !self.attached(q) || self.is(q - 1, "("))
        {
            neg = true;
            q += 1;
        }
        // "a basis point", "a percentage point"
        if self.is_word(q, "a") {
            let one = Num::words(Dec::int(1.0), q + 1);
            if let Some((e, true, bps)) = self.percent_at(q + 1, &one) {
                let value = Dec::int(if bps { 0.01 } else { 1.0 });
                return Some(Amount {
                    start,
                    end: e,
                    num: one,
                    value,
                    currency: None,
                    percent: true,
                    points: true,
                    unit: None,
                    mult: None,
                });
            }
        }
        // Currency before the number.
        let mut currency = None;
        if let Some((iso, factor, e)) = self.currency_before(q) {
            currency = Some((iso, factor));
            q = e;
        }
        let num = self.number(q)?;
        if currency.is_some() && (num.vague || num.fraction) {
            return None;
        }
        let mut value = num.value;
        let mut e = num.end;
        let mut mult = None;
        let mut scaled = num.scaled;
        if !scaled && num.digits.is_some() {
            let attached = self.attached(e);
            let money = money || currency.is_some();
            let short_ok = attached || money;
            let short = self.is_alpha(e) && self.lx.scales.get(self.norm(e)).is_some_and(|x| x.1);
            if let Some(m) = self.scale_at(e, short_ok) {
                // "417m", "30k": a scale with a currency or before a counted noun; else "5m"
                // is five metres and "50K" a race.
                let money_only = short && self.lx.money_scales.contains(self.norm(e));
                // (a race's distance after a word that only goes with one: "the third
                // fastest indoor 400m of all time")
                let race = short
                    && q > 0
                    && self.is_alpha(q - 1)
                    && matches!(
                        self.norm(q - 1),
                        "indoor" | "outdoor" | "fastest" | "quickest" | "olympic"
                    );
                if !short || money || !money_only && !race && self.million_follows(e + 1) {
                    value = value.scale(m);
                    mult = Some(m);
                    scaled = true;
                    e += 1;
                }
            } else if self.is(e, "-") && attached && self.attached(e + 1) {
                // "$8-billion"
                if let Some(m) = self.scale_at(e + 1, false) {
                    value = value.scale(m);
                    mult = Some(m);
                    scaled = true;
                    e += 2;
                }
            }
        } else {
            mult = num.mult;
        }
        let mut percent = false;
        let mut points = false;
        let mut unit = None;
        if currency.is_none() {
            if let Some((iso, factor, e2)) = self.currency_after(e, &num, value.value(), scaled) {
                currency = Some((iso, factor));
                e = e2;
                // "75 USD million"
                if !scaled {
                    if let Some(m) = self.scale_at(e, false) {
                        value = value.scale(m);
                        e += 1;
                    }
                }
            }
        }
        if let Some((_, factor)) = currency {
            if factor != 1.0 {
                value = Dec::int(value.value() * factor);
            } else if let Some((cents, e2)) = self.cents(e, &value) {
                value = Dec::int(value.value() + cents);
                e = e2;
            }
        } else if let Some((e2, pts, bps)) = self.percent_at(e, &num) {
            percent = true;
            points = pts;
            if bps {
                value = value.scale((1.0, -2));
            }
            e = e2;
        } else if let Some((u, e2)) = self.unit_at(e) {
            unit = Some(u);
            e = e2;
        } else if num.vague && self.is_word(e, "of") {
            // "hundreds of pounds of provisions"
            if let Some((u, e2)) = self.unit_at(e + 1) {
                unit = Some(u);
                e = e2;
            }
        } else if let Some((u, e2)) = self.fraction_unit(&num, e) {
            unit = Some(u);
            e = e2;
        }
        // Bond prices in 32nds: "rose 23/32, to 104 23/32".
        if num.bond
            && currency.is_none()
            && !percent
            && unit.is_none()
            && self.mentions(|w| has(BOND_WORDS, w))
        {
            currency = Some(("USD", 1.0));
        }
        if neg {
            value.mant = -value.mant;
        }
        Some(Amount {
            start,
            end: e,
            num,
            value,
            currency: currency.map(|(iso, f)| (iso, f != 1.0)),
            percent,
            points,
            unit,
            mult,
        })
    }

    /// After "417m": does a counted noun or "of" follow (million), or not (metres)?
    fn million_follows(&self, q: usize) -> bool {
        if !self.is_alpha(q) {
            return false;
        }
        let w = self.norm(q);
        // (a possessive is no plural: "the 1500m champion's time")
        let possessive = w.ends_with("'s");
        // (nor is a race: "the 400m hurdles", "800m runners")
        if self.lx.race_words.contains(w) {
            return false;
        }
        w == "of"
            || w == "people"
            || self.phrase(&self.lx.people, q).is_some()
            // (a word in -s that is no plural counts nothing: "a 60m success"; a plural
            // unit is counted too: "110m tons", "5m barrels", "2m cubic metres")
            || (crate::data::plural_shape(w) && !possessive)
            || self
                .phrase(&self.lx.units, q)
                .is_some_and(|(_, e)| e > q + 1 && crate::data::plural_shape(self.norm(e - 1)))
            || self.currency_word(q).is_some()
            // (or a word and a plural after it: "1.4m cash machines", "4m DS consoles"; not
            // "the 10,000m world records", "10,000m five days later"; nor a product after
            // "K" or "B": "256K DRAM chips", "3B mini computers")
            || q > 0
                && self.norm(q - 1) == "m"
                && self.is_alpha(q + 1)
                && plural(self.norm(q + 1))
                && !self.lx.race_words.contains(self.norm(q + 1))
                && !crate::data::closed_word(w)
                && !self.lx.units.starts(w)
                && self.number(q).is_none()
    }

    /// A currency written before the amount at `q`: (ISO, factor, piece after it).
    fn currency_before(&self, q: usize) -> Option<(&'static str, f64, usize)> {
        for (c, e) in self.phrases(&self.lx.currencies, q) {
            match c.kind {
                CurKind::Symbol if c.factor == 1.0 => return Some((c.iso, 1.0, e)),
                CurKind::Dollar => {
                    // "US$", "HK$", "C $"; a lone "a" or "s" before "$" must touch it.
                    let n = self.norm(q);
                    let ok = self.attached(e) || n.len() >= 2 || n == "c";
                    if self.is(e, "$") && ok && self.raw(e) == "$" {
                        return Some((c.iso, 1.0, e + 1));
                    }
                }
                CurKind::Prefix => {
                    let e = if self.is(e, ".") { e + 1 } else { e };
                    if self.kind(e) == Some(PieceKind::Digits) {
                        return Some((c.iso, 1.0, e));
                    }
                }
                CurKind::Code(any) => {
                    let upper = self.raw(q).chars().all(|ch| ch.is_ascii_uppercase());
                    if (upper || any)
                        && (self.kind(e) == Some(PieceKind::Digits)
                            || upper
                                && self.is(e, "$")
                                && self.kind(e + 1) == Some(PieceKind::Digits))
                    {
                        let e = if self.is(e, "$") { e + 1 } else { e };
                        return Some((c.iso, 1.0, e));
                    }
                }
                _ => {}
            }
        }
        None
    }

    /// A currency name or code at `q` (any kind but prefixes): (entry, piece after).
    fn currency_word(&self, q: usize) -> Option<(super::lexicon::Currency, usize)> {
        for (c, e) in self.phrases(&self.lx.currencies, q) {
            let ok = match c.kind {
                CurKind::Word | CurKind::Weak | CurKind::Symbol => true,
                CurKind::Code(any) => any || self.raw(q).chars().all(|ch| ch.is_ascii_uppercase()),
                _ => false,
            };
            if ok {
                let at = self.span(q, q + 1).start;
                let iso = self
                    .lx
                    .currency_code(c, self.text, &mut self.places.borrow_mut(), at);
                return Some((super::lexicon::Currency { iso, ..*c }, e));
            }
        }
        None
    }

    /// A currency written after the number ending at `e`.
    fn currency_after(
        &self,
        e: usize,
        num: &Num,
        value: f64,
        scaled: bool,
    ) -> Option<(&'static str, f64, usize)> {
        // "millions of ringgit", "hundreds of billions of dollars"; "thousands of pounds"
        // where the sentence speaks of money
        if num.vague && self.is_word(e, "of") {
            let (c, e2) = self.currency_word(e + 1)?;
            let pounds = c.kind == CurKind::Weak && c.iso == "GBP" && self.pounds_are_money();
            return (c.kind == CurKind::Word || pounds).then_some((c.iso, c.factor, e2));
        }
        // "12-cent", "one-yen"
        let q = if self.is(e, "-") && self.attached(e) && self.attached(e + 1) {
            e + 1
        } else {
            e
        };
        let (c, e2) = self.currency_word(q)?;
        let attached = self.attached(q);
        // A coin's name in title case is a name's ("50 Cent also appears").
        let raw = self.raw(q);
        if c.factor < 1.0
            && e2 == q + 1
            && raw.starts_with(|ch: char| ch.is_uppercase())
            && raw.chars().skip(1).any(char::is_lowercase)
        {
            return None;
        }
        match c.kind {
            CurKind::Word if self.norm(q) == "p" => attached.then_some((c.iso, c.factor, e2)),
            CurKind::Weak => {
                let strong = scaled || value >= 1000.0;
                let pounds = c.iso == "GBP";
                // (in a sentence of money, "pounds" after any number and "pound" after
                // one: not "48,000 pound lots", "2.3 mln pounds of peanut products")
                let ok = if pounds {
                    !self.is_word(e2, "of")
                        && (scaled
                            || self.pound_sign
                            || (self.norm(q) == "pounds" || value == 1.0)
                                && self.pounds_are_money())
                } else {
                    strong
                };
                ok.then_some((c.iso, c.factor, e2))
            }
            _ => Some((c.iso, c.factor, e2)),
        }
    }

    /// "3 dollars 50 cents", "thirteen dollars and forty-five cents", "$100 and fifty":
    /// the cents after a whole amount.
    fn cents(&self, e: usize, value: &Dec) -> Option<(f64, usize)> {
        if value.value().fract() != 0.0 {
            return None;
        }
        let q = if self.is_word(e, "and") { e + 1 } else { e };
        let n = self.number(q)?;
        let v = n.value.value();
        if n.scaled || n.vague || n.fraction || !(1.0..100.0).contains(&v) || v.fract() != 0.0 {
            return None;
        }
        if n.digits.is_some() && q == e && self.attached(q) {
            return None;
        }
        if let Some((c, e2)) = self.currency_word(n.end) {
            return (c.factor == 0.01).then_some((v / 100.0, e2));
        }
        let at_end = n.end >= self.len() || self.kind(n.end) == Some(PieceKind::Sym);
        (at_end
            && (n.digits.is_none()
                || q > e
                || self.is_word(e - 1, "dollars")
                || self.is_alpha(e - 1)))
        .then_some((v / 100.0, n.end))
    }

    /// "%", "percent", "per cent", "pct", "percentage points", "basis points": the piece after
    /// it, whether it is points, and whether it is basis points.
    fn percent_at(&self, e: usize, num: &Num) -> Option<(usize, bool, bool)> {
        let q = if self.is(e, "-") && self.attached(e) && self.attached(e + 1) {
            e + 1
        } else {
            e
        };
        let mut end;
        if self.is(q, "%")
            || self.is_word(q, "percent")
            || self.is_word(q, "pct")
            || self.is_word(q, "percentage")
            || self.is_word(q, "percents")
        {
            end = q + 1;
        } else if self.is_word(q, "per") && self.is_word(q + 1, "cent") {
            end = q + 2;
        } else if self.is_word(q, "basis")
            && (self.is_word(q + 1, "points") || self.is_word(q + 1, "point"))
        {
            return Some((q + 2, true, true));
        } else if (self.is_word(q, "bps") || self.is_word(q, "bp")) && !self.attached(q) {
            return Some((q + 1, true, true));
        } else if num.fraction && (self.is_word(q, "of") || self.is_word(q, "a")) {
            // "one-tenth of 1 percent", "a quarter of a percentage point", "half a point"
            let skip = if self.is_word(q, "a") {
                1
            } else if self.is_word(q + 1, "a")
                || self.is_word(q + 1, "one")
                || self.raw(q + 1) == "1"
            {
                2
            } else {
                return None;
            };
            return self
                .percent_at(
                    q + skip,
                    &Num {
                        fraction: false,
                        ..*num
                    },
                )
                .filter(|x| !x.2);
        } else {
            return None;
        }
        let mut points = false;
        if self.is_word(end, "point") || self.is_word(end, "points") {
            points = true;
            end += 1;
        } else if self.is(end, "-") && self.attached(end) && self.is_word(end + 1, "point") {
            points = true;
            end += 2;
        }
        Some((end, points, false))
    }

    /// A unit at `e` ("km", "square metres", "-kilometer", "°C").
    fn unit_at(&self, e: usize) -> Option<(&'static str, usize)> {
        let q = if self.is(e, "-") && self.attached(e) && self.attached(e + 1) {
            e + 1
        } else {
            e
        };
        let (u, end) = self.phrase(&self.lx.units, q)?;
        if u.attached && !self.attached(q) {
            return None;
        }
        if u.case
            .is_some_and(|form| form.split_whitespace().next() != Some(self.raw(q)))
        {
            return None;
        }
        if u.weather && !self.mentions(|w| self.lx.temperature_words.contains(w)) {
            return None;
        }
        // "in" and "t" alone are words far more often than units.
        Some((u.unit, end))
    }

    /// What a price ending at `e` is per: "a barrel", "per share", "an ounce", "each
    /// ticket" (one noun in lower case before punctuation or a closed-class word; not a
    /// time, which makes a rate, nor an adjective, "per reusable page").
    fn per_unit(&self, e: usize) -> Option<(usize, usize, Option<&'static str>)> {
        if !matches!(self.norm(e), "a" | "an" | "per" | "each") || !self.is_alpha(e) {
            return None;
        }
        let k = e + 1;
        let end = self.compound_end(k);
        let w = self.norm(k);
        // (nor an adverb or participle after "each": "each respectively", "each
        // instead", "a share needed"; nor a quarter, a time; nor a number or scale, "per
        // one-tenth of a degree", "a mln")
        let adverb = w.len() > 4 && (w.ends_with("ly") || w.ends_with("ed")) || w == "instead";
        let noun = self.is_alpha(k)
            && !self.capitalized(k)
            && !crate::data::closed_word(w)
            && !adverb
            && self.not_fig(k).is_none()
            && !RATE_TIMES.iter().any(|(t, _)| *t == w)
            && w != "quarter"
            && !self.lx.numbers.contains_key(w)
            && self.scale_at(k, false).is_none()
            && (!self.is_alpha(end) || crate::data::closed_word(self.norm(end)));
        if !noun {
            return None;
        }
        let unit = self.unit_at(k).filter(|&(_, e2)| e2 == end).map(|(u, _)| u);
        Some((k, end, unit))
    }

    /// The piece after the word at `k` and the words hyphenated to it ("e-mails",
    /// "rate-setting", "brothers-in-law").
    fn compound_end(&self, k: usize) -> usize {
        let mut e = k + 1;
        while self.raw(e) == "-"
            && self.attached(e)
            && self.attached(e + 1)
            && self.kind(e + 1) != Some(PieceKind::Sym)
        {
            e += 2;
        }
        e
    }

    /// A fraction of one unit after fraction `num` ending at `e`: "half a mile", "half an
    /// inch", "a tenth of an inch", "two-thirds of an acre" (the unit in the singular).
    fn fraction_unit(&self, num: &Num, e: usize) -> Option<(&'static str, usize)> {
        if !num.fraction || num.digits.is_some() {
            return None;
        }
        let article = |q: usize| self.is_word(q, "a") || self.is_word(q, "an");
        let q = if article(e) {
            e + 1
        } else if self.is_word(e, "of") && article(e + 1) {
            e + 2
        } else {
            return None;
        };
        let (u, end) = self.unit_at(q)?;
        // ("half a pound" in a sentence about money is fifty pence, not read)
        let money = self.is_word(q, "pound") && self.pounds_are_money();
        (end == q + 1 && !plural(self.norm(q)) && self.is_alpha(q) && !money).then_some((u, end))
    }

    /// "a day", "per month", "-a-week", "/h": a rate's time unit and the piece after it.
    pub fn rate_after(&self, e: usize) -> Option<(&'static str, usize)> {
        let q = if self.is(e, "-") && self.attached(e) && self.attached(e + 1) {
            e + 1
        } else {
            e
        };
        let per = matches!(self.norm(q), "a" | "an" | "per" | "each" | "every") && self.is_alpha(q)
            || self.is(q, "/") && self.attached(q + 1);
        if !per {
            return None;
        }
        let q2 = if self.is(q + 1, "-") && self.attached(q + 1) {
            q + 2
        } else {
            q + 1
        };
        let w = self.norm(q2);
        let &(_, t) = RATE_TIMES.iter().find(|(k, _)| *k == w)?;
        // "$1.2 billion a year earlier", "a week ago": a time, not a rate
        if matches!(
            self.norm(q2 + 1),
            "ago" | "earlier" | "later" | "previously"
        ) {
            return None;
        }
        Some((t, q2 + 1))
    }

    /// "£250 a day", "$100-a-month", "39,298 million litres per day": a rate is a quantity
    /// whose unit is the currency or unit per time.
    pub fn rate(&self, f: &mut Found) {
        if !matches!(
            f.kind,
            FigureKind::Money | FigureKind::Quantity | FigureKind::Percent
        ) {
            return;
        }
        let Some((t, end)) = self.rate_after(f.end) else {
            return;
        };
        let base = match (f.currency, f.unit, f.kind) {
            (Some(c), _, _) => c,
            (None, Some(u), _) if !u.contains('/') => u,
            (None, None, FigureKind::Percent) => "%",
            _ => return,
        };
        f.unit = Some(intern(format!("{base}/{t}")));
        f.kind = FigureKind::Quantity;
        f.end = end;
    }

    /// Joins two amounts into a range (or two scores).
    fn join_range(&self, a: &Amount, b: &Amount, f: &mut Found, hyphen: bool) -> Option<Joined> {
        if a.num.vague || b.num.vague {
            return None;
        }
        let (ka, kb) = (a.kind(), b.kind());
        let av = a.value.value();
        let mut lo = av;
        let hi = b.value.value();
        if a.bare() && b.bare() && hyphen {
            let (Some(sa), Some(sb)) = (a.num.digits, b.num.digits) else {
                return None;
            };
            // phone numbers (555-1234), years (1998-99), formations (4-4-2)
            if sa.int_len == 3 && sb.int_len == 4
                || sa.leading_zero
                || sb.leading_zero
                || (self.is(b.end, "-") && self.kind(b.end + 1) == Some(PieceKind::Digits))
            {
                return Some(Joined::Reject);
            }
            if sa.int_len == 4 && (1000.0..=2100.0).contains(&av) {
                return Some(Joined::Reject);
            }
            if !sa.decimal && !sb.decimal && (av >= hi || av == 0.0 || self.score_context()) {
                return Some(Joined::Score);
            }
        }
        // "15 to 15.5 million", "10-20%", "$2 to $4"
        lo = scaled_like(a, b).unwrap_or(lo);
        if hyphen {
            lo = thousands_short(a, b).unwrap_or(lo);
        }
        // A bare first number takes the measure of the second ("10 to 20 cents").
        let factor = measure_factor(a, b);
        let takes_measure = factor.is_some();
        // "£100-150", "$20-25 million": the second number of a hyphenated range takes the
        // first's currency, and the first the second's scale; so does a scaled second
        // number after "to" ("$1.5 to 2 billion")
        let shares_currency = (hyphen || b.mult.is_some() && a.mult.is_none())
            && kb == FigureKind::Number
            && !b.num.vague
            && b.num.digits.is_some()
            && a.currency.is_some();
        if let Some(x) = factor {
            lo *= x;
        } else if shares_currency {
            if let (Some(m), None) = (b.mult, a.mult) {
                lo = a.value.scale(m).value();
            }
        } else if ka != kb
            // (the code and whether in cents: "10 cents to $5" is a change and a level)
            || a.currency != b.currency
            || a.unit != b.unit
            || a.points != b.points
        {
            // Different measures: "a percentage point to 4.75%" is a change and a level.
            return None;
        }
        if lo >= hi || lo.is_nan() || hi.is_nan() {
            return None;
        }
        // "fell by £5m to £20m", "rose $5 to $20": a change, then the level it led to (but
        // "cut by $3.8m to $4.9m", amounts of one size, and "by 10 to 20 per cent" are
        // ranges)
        if f.start > 0
            && self.is_alpha(f.start - 1)
            && (self.norm(f.start - 1) == "by" || self.lx.changes.contains(self.norm(f.start - 1)))
            && self.is_word(a.end, "to")
            && !a.bare()
            && hi >= 2.0 * lo
        {
            return None;
        }
        if takes_measure {
            adopt_measure(f, b);
        }
        f.value = lo;
        f.range = Some((lo, hi));
        f.end = b.end;
        Some(Joined::Range)
    }

    /// Does the sentence speak of money, not weight ([`Lexicon::pound_context`]): a word of
    /// money ("spend", "worth", "ticket") and none of weight ("weighs", "overloaded",
    /// "kg")?
    ///
    /// [`Lexicon::pound_context`]: super::lexicon::Lexicon::pound_context
    fn pounds_are_money(&self) -> bool {
        let mut money = false;
        for p in 0..self.len() {
            if self.is_alpha(p) {
                match self.lx.pound_context.get(self.norm(p)) {
                    Some(true) => money = true,
                    Some(false) => return false,
                    None => {}
                }
            }
        }
        money
    }

    /// Does the sentence have a word that `is_one` accepts?
    fn mentions(&self, is_one: impl Fn(&str) -> bool) -> bool {
        (0..self.len()).any(|p| self.is_alpha(p) && is_one(self.norm(p)))
    }

    /// Does the sentence read like a game or a vote (so "5-7" is a score)?
    fn score_context(&self) -> bool {
        let mut pairs = 0;
        for p in 0..self.len() {
            // ("set" of a tennis set, not the verb: "is set to hire 200-300 workers", "set
            // up", "set out"; "5-6 down in the first set to Roddick" is a set)
            let after_aux = || {
                p > 0
                    && ["is", "are", "was", "were", "be", "been", "s"]
                        .iter()
                        .any(|w| self.is_word(p - 1, w))
            };
            let verb_set = matches!(self.norm(p), "set" | "sets")
                && (self.is_word(p + 1, "to") && after_aux()
                    || ["up", "out", "aside", "off"]
                        .iter()
                        .any(|w| self.is_word(p + 1, w)));
            if self.is_alpha(p) && has(SCORE_CUES, self.norm(p)) && !verb_set {
                return true;
            }
            if self.is(p, "-")
                && self.kind(p.wrapping_sub(1)) == Some(PieceKind::Digits)
                && self.kind(p + 1) == Some(PieceKind::Digits)
            {
                pairs += 1;
            }
        }
        pairs >= 2
    }

    /// The word at `p`, if it is in `not_figures`.
    fn not_fig(&self, p: usize) -> Option<NotFig> {
        if !self.is_alpha(p) {
            return None;
        }
        let class = self.lx.not_figures.get(self.norm(p)).copied()?;
        // Months and weekdays only with their capital ("May 5", not "may").
        if class == NotFig::Month && !self.capitalized(p) {
            return None;
        }
        Some(class)
    }

    /// An age: "a 43-year-old", "52 years old", "17-year-olds", "a six-month-old", "8
    /// years of age" (the words of the age are in its span), "aged 43", "at the age of
    /// 99", "turned 50," and a person's age beside the name ("Zhivka Savic, 65,"): the
    /// end of the figure and its unit. A thing's age is one too ("a 200-year-old
    /// cottage"); a duration ("a 20-year contract") is not.
    fn age(&self, p: usize, a: &Amount, f: &Found) -> Option<(usize, &'static str)> {
        let v = a.value.value();
        if a.num.vague || v.fract() != 0.0 || v <= 0.0 {
            return None;
        }
        // "43-year-old", "52 years old", "8 years of age"
        let mut q = f.end;
        if self.is(q, "-") && self.attached(q) {
            q += 1;
        }
        let unit = match self.norm(q) {
            "year" | "years" => Some("years"),
            "month" | "months" => Some("months"),
            "week" | "weeks" => Some("weeks"),
            "day" | "days" => Some("days"),
            _ => None,
        };
        if let Some(unit) = unit {
            let mut r = q + 1;
            if self.is(r, "-") && self.attached(r) {
                r += 1;
            }
            if self.is_word(r, "old") || self.is_word(r, "olds") {
                return Some((r + 1, unit));
            }
            if self.is_word(r, "of") && self.is_word(r + 1, "age") {
                return Some((r + 2, unit));
            }
            return None;
        }
        // The rest are people's ages, in years.
        if v > 120.0 {
            return None;
        }
        let e = f.end;
        let prev = self.prev_word(p);
        let prev_word = |w: &str| prev.is_some_and(|i| self.is_word(i, w));
        // "aged 43", "ages 18 to 24", "at age 99", "at the age of 99"
        if prev_word("aged")
            || prev_word("age") && !self.plural_follows(e)
            || prev_word("ages") && f.range.is_some()
            || prev_word("of")
                && prev.is_some_and(|i| {
                    i >= 2 && self.is_word(i - 1, "age") && self.is_word(i - 2, "the")
                })
        {
            return Some((e, "years"));
        }
        if f.range.is_some() || a.num.digits.is_none() {
            return None;
        }
        // "who turned 50 last year" (not "turned 50 points")
        if prev_word("turned") && self.soft_end(e) && !self.plural_follows(e) {
            return Some((e, "years"));
        }
        // "Ms. Gross, 47, is the host" (not "born Sept, 26, 2014", "Cruz, 11 and 8 percent")
        let beside_name = prev.is_some_and(|i| {
            self.is(i, ",")
                && i > 0
                && self.capitalized(i - 1)
                && self.not_fig(i - 1) != Some(NotFig::Month)
        });
        // (not a substitute's minute in a line-up, "(Wayne Fyvie, 75)", nor a batsman's
        // hundred, "Tim O'Gorman, 109,")
        let closed = e >= self.len() || matches!(self.norm(e), "," | "." | ";" | ":");
        if beside_name && closed && (1.0..=105.0).contains(&v) {
            return Some((e, "years"));
        }
        None
    }

    /// Does a phrase end at piece `e` (the text's end, punctuation, "and" or "but")?
    fn phrase_ends(&self, e: usize) -> bool {
        e >= self.len() || matches!(self.norm(e), "," | "." | ";" | ")" | ":" | "and" | "but")
    }

    /// Does a phrase end at piece `e`, or a closed-class word other than "of" stand there
    /// ("turned 50 last year", "at 26 when")?
    fn soft_end(&self, e: usize) -> bool {
        self.phrase_ends(e)
            || self.is_alpha(e) && crate::data::closed_word(self.norm(e)) && !self.is_word(e, "of")
    }

    /// Is the number of amount `a` followed by a unit in the singular and in title case
    /// before another capitalised word, or by a coin in the singular and in title case, so
    /// that both are words of a name ("3 Mile Island", "Nine Inch Nails", "rapper 50 Cent";
    /// not "one Mile", "5 Miles", "the 5 Euro note", nor a line in title case, "Storm Dumps
    /// 5 Inch Snow")?
    fn titled_unit(&self, a: &Amount) -> bool {
        let e = a.num.end;
        if e >= self.len() || !self.capitalized(e) || a.value.value() == 1.0 {
            return false;
        }
        let w = self.raw(e);
        let title_case = w.chars().count() > 1 && w.chars().skip(1).all(char::is_lowercase);
        if !title_case || crate::data::plural_shape(self.norm(e)) {
            return false;
        }
        // (the number opens the sentence, or follows its first word, "the" or a word in
        // lower case)
        let inside = self.prev_word(a.start).is_none_or(|i| {
            i == 0 || !self.is_alpha(i) || !self.capitalized(i) || self.norm(i) == "the"
        });
        // (a word of its own: not "65 Canadian cents")
        let unit = self.unit_at(e).is_some_and(|(_, end)| end == e + 1)
            && e + 1 < self.len()
            && self.capitalized(e + 1);
        let coin = self
            .currency_word(e)
            .is_some_and(|(c, end)| end == e + 1 && c.factor < 1.0);
        inside && (unit || coin)
    }

    /// Does a duration follow the number ending at `e` ("seven years", "20-year-old")?
    fn time_follows(&self, e: usize) -> bool {
        self.time_follows_within(e, MAX_RANGE_LINKS)
    }

    /// [`Self::time_follows`], across at most `links` numbers joined by "to", "or", "and"
    /// ("two or three days"; a chain "1 to 2 to 3 …" is read no further, so that no text
    /// makes it deep or quadratic).
    fn time_follows_within(&self, e: usize, links: u8) -> bool {
        let mut q = e;
        if self.is(q, "-") && self.attached(q) {
            q += 1;
        }
        // "half an hour"
        if (self.is_word(q, "a") || self.is_word(q, "an"))
            && self.not_fig(q + 1) == Some(NotFig::Time)
            && e > 0
            && self.is_word(e - 1, "half")
        {
            return true;
        }
        for _ in 0..2 {
            if self.not_fig(q) == Some(NotFig::Time) {
                return true;
            }
            if self.is_alpha(q) && (has(TIME_MODIFIERS, self.norm(q)) || self.norm(q) == "and") {
                if matches!(self.norm(q), "or" | "to" | "and" | "of") {
                    // "two or three days", "10 to 15 years": the second number decides
                    let n = self.number(q + 1);
                    return links > 0
                        && n.is_some_and(|n| self.time_follows_within(n.end, links - 1));
                }
                q += 1;
                continue;
            }
            break;
        }
        false
    }

    /// The guards for a plain number; `p` is where the figure starts.
    fn number_ok(&self, p: usize, a: &Amount, f: &Found) -> bool {
        let e = a.end;
        let n = &a.num;
        let v = a.value.value();
        if self.time_follows(e) {
            return false;
        }
        // Dates: "2 November", "November 2", "7th of October"; but a number spelled out
        // before a noun counts it after a weekday or a month standing alone ("on Friday
        // three women", "In March two companies merged"; not "on April eight all its
        // notes": the dates extractor reads the same way).
        let day_name = self
            .prev_word(p)
            .filter(|&i| self.not_fig(i) == Some(NotFig::Month));
        let spelled_count = day_name.is_some_and(|i| {
            let before = (i > 0).then(|| self.norm(i - 1));
            // (a day of the month is spelled only under ten)
            let no_day = n.vague || v >= 10.0;
            n.digits.is_none()
                && (no_day || self.is_alpha(e))
                && if no_day {
                    true
                } else if self.norm(i).ends_with("day") {
                    !crate::data::closed_word(self.norm(e))
                } else {
                    crate::data::counts_after_month(before, self.raw(e))
                }
        });
        if day_name.is_some() && !spelled_count
            || self.not_fig(e) == Some(NotFig::Month)
            || self.is_word(e, "of") && self.not_fig(e + 1) == Some(NotFig::Month)
        {
            return false;
        }
        // Times: "3pm", "9 a.m.", "15:00", "2:23.9".
        if self.not_fig(e) == Some(NotFig::Clock)
            || self.is(e, ":") && self.attached(e) && self.kind(e + 1) == Some(PieceKind::Digits)
        {
            return false;
        }
        let first = a.start;
        let prev = self.prev_word(first);
        let prev_word = |w: &str| prev.is_some_and(|i| self.is_word(i, w));
        // "the millions they reaped": a vague plural needs "of" or a qualifier.
        if n.vague && prev_word("the") && !self.is_word(e, "of") {
            return false;
        }
        if !a.bare() {
            return true;
        }
        if let Some(s) = n.digits {
            // Years: "in 2023", "since 1998"; not "2000 people" or "about 2000".
            if s.int_len == 4
                && !s.grouped
                && !s.decimal
                && (1000.0..=2100.0).contains(&v)
                && self.phrase(&self.lx.people, e).is_none()
            {
                return false;
            }
            // Phone numbers: "020 7946 0018", "+44".
            if s.leading_zero && !s.decimal {
                return false;
            }
            if prev.is_some_and(|i| self.is(i, "+") && self.attached(first)) {
                return false;
            }
            // "020 7946 0018": digits after digits
            if first > 0 && self.kind(first - 1) == Some(PieceKind::Digits) {
                return false;
            }
        }
        // Names: "the Three Gorges Dam", "England's Six Nations": a number word with a
        // capital after a word in lower case, before a capitalised word.
        if n.digits.is_none()
            && self.capitalized(first)
            && self.capitalized(e)
            && prev.is_some_and(|i| {
                first == i + 1
                    && (self.norm(i).ends_with("'s") || self.raw(i).starts_with(char::is_lowercase))
            })
        {
            return false;
        }
        // "the Group of Five industrial countries", "the Gang of Eight": a number word with
        // a capital after "of" and a capitalised word.
        if n.digits.is_none()
            && self.capitalized(first)
            && prev.is_some_and(|i| self.raw(i) == "of" && i > 0 && self.capitalized(i - 1))
        {
            return false;
        }
        // Labels: "No. 10", "section 38", "resolution 425", "no one", "round one" (not
        // "knocked out in the fifth round four times").
        if let Some(i) = prev {
            let ends = e >= self.len()
                || self.kind(e) != Some(PieceKind::Alpha)
                || matches!(
                    self.norm(e),
                    "of" | "in" | "at" | "on" | "if" | "and" | "against" | "with" | "to" | "for"
                );
            let label = match self.not_fig(i) {
                Some(NotFig::Label) => true,
                Some(NotFig::Round) => ends,
                _ => false,
            };
            if label && f.approx.is_none() && !(e < self.len() && self.norm(e) == "times") {
                return false;
            }
            if self.is(i, "#") {
                return false;
            }
        }
        // List and section numbers: "1. Preheat the oven", "(2)".
        if n.digits.is_some()
            && v < 100.0
            && (self.is(e, ".") || self.is(e, ")"))
            && self.attached(e)
            && (self.line_start(first)
                || prev.is_some_and(|i| self.is(i, "(") && self.attached(first)))
        {
            return false;
        }
        // What looks like an age and [`Self::age`] did not take is no figure either: "age
        // 5 tests", "turned 50 while", "Smith, 65 and", "started cooking at 26,", "who is
        // 17 and", "Kiriyenko was just 28.".
        if v.fract() == 0.0 && (1.0..=120.0).contains(&v) {
            let end_of_phrase = self.phrase_ends(e);
            if prev_word("aged")
                || prev_word("age")
                || prev_word("turned") && !self.plural_follows(e)
            {
                return false;
            }
            let soft_end = self.soft_end(e);
            let copula = prev.is_some_and(|i| {
                matches!(self.norm(i), "is" | "was" | "he's" | "she's" | "s")
                    || self.is_word(i, "just")
                        && i > 0
                        && matches!(self.norm(i - 1), "is" | "was" | "s")
            });
            if n.digits.is_some() && (prev_word("at") && soft_end || copula && end_of_phrase) {
                return false;
            }
            // "a year or two"
            if prev_word("or")
                && prev.is_some_and(|i| i > 0 && self.not_fig(i - 1) == Some(NotFig::Time))
            {
                return false;
            }
            if prev.is_some_and(|i| self.is(i, ",") && i > 0 && self.capitalized(i - 1))
                && end_of_phrase
                && n.digits.is_some()
            {
                return false;
            }
        }
        // Numbers in names: "Boeing 747", "Banc One", "Local 802", "BBC Two"; not "Kenya's
        // 45 people" nor scores ("Denmark 6-4").
        // (a number word in title case: "TWO" is a headline's)
        let title_case =
            self.capitalized(first) && self.raw(first).chars().skip(1).any(char::is_lowercase);
        let name_like = n.digits.is_some() || self.norm(first) == "one" || title_case;
        if let Some(i) = prev.filter(|_| name_like && f.also.is_none() && f.range.is_none()) {
            if self.capitalized(i)
                && i > 0
                && !self.is(i - 1, "“")
                && !self.is(i - 1, "\"")
                && !self.norm(i).ends_with("'s")
            {
                let keep = if v == 1.0 {
                    self.is_word(e, "of")
                } else {
                    (self.plural_follows(e) && !(title_case && self.capitalized(e)))
                        || self.is_word(e, "of")
                };
                if !keep {
                    return false;
                }
            }
        }
        // A number word in title case after "the" or inside a sentence, before a
        // capitalised word, is in a name: "The Three Gorges Dam", "a Four Weddings sequel",
        // "the 2005 Six Nations", "Wales' Six Nations squad", "BBC1, Five Live" (not "won
        // two Golden Globes", in lower case, nor "Three Britons were freed", nor a
        // headline in title case, "Storm Kills Three People").
        if n.digits.is_none()
            && title_case
            && self.capitalized(e)
            && prev.is_some_and(|i| {
                self.is_alpha(i) && (!self.capitalized(i) || self.norm(i) == "the")
                    || self.kind(i) == Some(PieceKind::Digits)
                    || matches!(self.raw(i), "," | "'" | "’")
            })
        {
            return false;
        }
        // Addresses: "209 West Houston St.".
        if n.digits.is_some() {
            let mut q = e;
            while q < e + 3 && self.capitalized(q) {
                if q > e && self.not_fig(q) == Some(NotFig::Street) {
                    return false;
                }
                q += 1;
            }
            if q > e && self.not_fig(q) == Some(NotFig::Street) && self.capitalized(q) {
                return false;
            }
        }
        // "one" as a pronoun: "no one", "the one", "one can".
        if n.digits.is_none()
            && self.norm(first) == "one"
            && f.approx.is_none()
            && !self.is_word(e, "of")
        {
            if prev.is_some_and(|i| self.is_alpha(i) && has(ONE_BEFORE, self.norm(i))) {
                return false;
            }
            if self.is_alpha(e) && has(ONE_AFTER, self.norm(e))
                || matches!(self.norm(e), "has" | "had") && self.is_word(e + 1, "to")
            {
                return false;
            }
            // "the only one", "not the only one"
            if prev_word("only") && prev.is_some_and(|i| i > 0 && self.is_word(i - 1, "the")) {
                return false;
            }
        }
        // "half" alone: "half of the session", "more than half"; not "the first half".
        if n.digits.is_none() && n.fraction && self.norm(first) == "half" {
            if prev.is_some_and(|i| {
                matches!(
                    self.norm(i),
                    "first"
                        | "second"
                        | "other"
                        | "latter"
                        | "former"
                        | "a"
                        | "the"
                        | "third"
                        | "fourth"
                )
            }) {
                return false;
            }
            if !(self.is_word(e, "of")
                || f.approx.is_some()
                || e >= self.len()
                || self.kind(e) == Some(PieceKind::Sym))
            {
                return false;
            }
        }
        true
    }

    /// The word before piece `p`, stepping over the period of an abbreviation ("No. 10",
    /// "Sept. 1").
    fn prev_word(&self, p: usize) -> Option<usize> {
        let i = p.checked_sub(1)?;
        if self.is(i, ".") && i > 0 && self.is_alpha(i - 1) && self.attached(i) {
            return Some(i - 1);
        }
        Some(i)
    }

    /// Is `p` the first piece on its line (after white space)?
    fn line_start(&self, p: usize) -> bool {
        let start = self.pieces[p].start;
        let before = &self.text[..start];
        before
            .chars()
            .rev()
            .take_while(|&c| c != '\n')
            .all(char::is_whitespace)
    }

    /// Does a plural noun (or a people noun) follow at `e`, possibly after one adjective?
    fn plural_follows(&self, e: usize) -> bool {
        for q in e..e + 2 {
            if !self.is_alpha(q) {
                return false;
            }
            let w = self.norm(q);
            if crate::data::closed_word(w) {
                return false;
            }
            if self.phrase(&self.lx.people, q).is_some() || plural(w) {
                return true;
            }
        }
        false
    }

    /// Is piece `p` a word that may stand between "of" and the whole a part is of ("one
    /// of the largest producers", "one of its eight crew members")?
    fn partitive_det(&self, p: usize) -> bool {
        matches!(
            self.norm(p),
            "the"
                | "his"
                | "her"
                | "their"
                | "its"
                | "these"
                | "those"
                | "our"
                | "my"
                | "your"
                | "all"
                | "them"
        )
    }

    /// Is piece `p` a number (digits or a number word)?
    fn is_number(&self, p: usize) -> bool {
        self.kind(p) == Some(PieceKind::Digits) || self.lx.numbers.contains_key(self.norm(p))
    }

    /// The counted noun, its category and the source of a count.
    fn count(&self, f: &mut Found, p: usize, a: &Amount) {
        let v = a.value.value();
        let mut q = f.end;
        // "one of the largest producers": the count is of the plural noun.
        let mut of = false;
        if self.is_word(q, "of") {
            of = true;
            q += 1;
            if self.partitive_det(q) {
                q += 1;
            }
        }
        let mut noun: Option<(usize, usize)> = None;
        let mut implied = None;
        let mut run_end = q;
        let mut k = q;
        // (up to four words; a hyphenated compound is one)
        let mut words = 0;
        while words < 4 && self.is_alpha(k) {
            words += 1;
            let w = self.norm(k);
            // (an acronym written like a closed word, before a noun in lower case, is
            // none: "250,000 US consumers", "40 IT workers"; not "a third of US Airways")
            let acronym = matches!(self.raw(k), "US" | "IT")
                && self.is_alpha(k + 1)
                && !self.capitalized(k + 1);
            if crate::data::closed_word(w) && !acronym
                || self.lx.numbers.contains_key(w) && k == q
                || self.lx.verbs_not_counted.contains(w)
            {
                break;
            }
            // "the two men's faces": after "the", the plural before its possessive is what
            // is counted, not what it has (not "two women's groups", two groups).
            let stem = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s"));
            let determined = self
                .prev_word(p)
                .is_some_and(|i| matches!(self.norm(i), "the" | "these" | "those"));
            if determined && stem.is_some_and(plural) && v != 1.0 {
                noun = Some((k, k + 1));
                run_end = k + 1;
                break;
            }
            // (a name of people in title case before the noun it qualifies is no noun of
            // people: "four Revolutionary Guards divisions")
            let people = self.phrase(&self.lx.people, k).filter(|&(_, e2)| {
                !(self.capitalized(k)
                    && self.is_alpha(e2)
                    && !self.capitalized(e2)
                    && plural(self.norm(e2)))
            });
            if let Some((cat, e2)) = people {
                noun = Some((k, e2));
                implied = *cat;
                // ("111 of the appointed bodies", "two bodies generating income")
                let ing = self.is_alpha(e2) && self.norm(e2).ends_with("ing");
                if self.lx.bare_people.contains(w) && (k > q || ing) {
                    implied = None;
                }
                run_end = e2;
                break;
            }
            if k > q && self.phrase(&self.lx.categories, k).is_some() {
                break;
            }
            // (a hyphenated compound is one word, plural by its last part, "e-mails",
            // "class-action suits", or by its first before a particle, "brothers-in-law")
            let e = self.compound_end(k);
            let last = self.norm(e - 1);
            // (not a name after a prefix: "pro-Sanders", "anti-Americans")
            let prefixed = e > k + 1
                && matches!(w, "pro" | "anti" | "non" | "post" | "pre" | "ex")
                && self.capitalized(e - 1);
            let is_plural = plural(last) && !prefixed
                || e > k + 1
                    && plural(w)
                    && matches!(
                        last,
                        "law" | "up" | "by" | "on" | "general" | "elect" | "large"
                    );
            let one = v == 1.0 && !of;
            // After "one", a participle or adverb describes the noun after it ("one
            // preferred share", "one unnamed correspondent"), and after the noun it is a
            // verb that ends the phrase, as a particle does ("one analyst suggested", "one
            // step further"); neither is the noun.
            let modifier =
                w.len() > 4 && (w.ends_with("ed") && !w.ends_with("eed") || w.ends_with("ly"));
            if one && k == q && modifier {
                if !self.is_alpha(k + 1) || self.capitalized(k + 1) {
                    break;
                }
                run_end = k + 1;
                k += 1;
                continue;
            }
            let ends = modifier
                || w.len() > 5 && w.ends_with("ing")
                || matches!(w, "further" | "together" | "again" | "away" | "due");
            if one && k > q && ends {
                break;
            }
            if !one && is_plural {
                // A name in the plural's shape before the nouns it qualifies: the noun
                // after it ("417,100 Jacobs common shares"; not "20 Americans were").
                // (not an acronym's plural, "6 million DVDs and videos", nor across "and";
                // nor a verb before its object: "Six Flags operates seven parks")
                let acronym = self.raw(k).chars().filter(|c| c.is_uppercase()).count() > 1;
                let after_name = (self.capitalized(k) && !acronym)
                    .then(|| {
                        (e..e + 2)
                            .take_while(|&j| {
                                self.is_alpha(j) && !crate::data::closed_word(self.norm(j))
                            })
                            .find(|&j| {
                                !self.capitalized(j)
                                    && plural(self.norm(j))
                                    && self.kind(j + 1) != Some(PieceKind::Digits)
                                    && !self.lx.numbers.contains_key(self.norm(j + 1))
                            })
                    })
                    .flatten();
                let (a, b) = after_name.map_or((k, e), |j| (j, j + 1));
                noun = Some((a, b));
                run_end = b;
                break;
            }
            if one {
                noun = Some((k, e));
            }
            run_end = e;
            // (after "one", a compound is the noun: "one e-mail sent")
            let compound = e > k + 1;
            k = e;
            if one && (words >= 2 || compound) {
                break;
            }
        }
        f.counted = noun;
        let people = implied != Some(super::lexicon::NOT_PEOPLE)
            && noun
                .is_some_and(|(a, b)| self.phrase(&self.lx.people, a).is_some_and(|(_, e)| e == b));
        // "dismissed six of the nine actions": a part of a number of things (in words: "20,000
        // of its 60,000 workforce" are people).
        // ("killed one of two crewmen" is still one killed)
        let of_number = of
            && noun.is_none()
            && self.lx.numbers.contains_key(self.norm(q))
            && self.phrase(&self.lx.people, q + 1).is_none();
        if noun.is_some() && !people || of_number {
            return;
        }
        // A word typing the count before it: "killing 1,139 people", "injuring 45".
        // The whole a part is of ("killed one of two crewmen", "one of its eight crew
        // members was killed"): no verb before it is about it, nor one after it with an
        // auxiliary (below).
        let mut b = p;
        if b > 0 && self.partitive_det(b - 1) {
            b -= 1;
        }
        let whole_of_part = b > 1 && self.norm(b - 1) == "of" && self.is_number(b - 2);
        let mut cat = None;
        let mut j = if whole_of_part { 0 } else { p };
        let mut seen = 0;
        while j > 0 && seen < 4 {
            j -= 1;
            if !self.is_alpha(j) {
                if self.is(j, "-") {
                    continue;
                }
                break;
            }
            if matches!(
                self.norm(j),
                "and"
                    | "or"
                    | "but"
                    | "while"
                    | "were"
                    | "was"
                    | "are"
                    | "is"
                    | "with"
                    | "after"
                    | "as"
                    // (a clause opener: "were killed when up to 800 guerrillas attacked")
                    | "when"
                    | "where"
                    | "because"
                    | "before"
                    | "since"
                    | "until"
                    | "unless"
                    | "if"
                    | "though"
                    | "although"
                    // "cut to one from two" (a level), "killed by two gunmen" (not them)
                    | "to"
                    | "from"
                    | "by"
            ) {
                break;
            }
            // A name between the verb and the number is the verb's object: "displacing
            // Ocean's 12".
            let possessive = |k: usize| {
                let r = self.raw(k);
                r.ends_with("'s") || r.ends_with("’s") || r.starts_with(['\'', '’'])
            };
            if self.capitalized(j) && (possessive(j) || j + 1 < p && possessive(j + 1)) {
                break;
            }
            seen += 1;
            if let Some(((c, side), e2)) = self.phrase(&self.lx.categories, j) {
                if e2 <= p && !matches!(*side, Side::After | Side::AfterPeople) {
                    cat = Some(*c);
                    break;
                }
            }
        }
        // ... or after it: "20 people were killed", "five dead"; but in "one of its eight
        // crew members was killed" the verb is the one's (the eight are "one of 26 people
        // killed").
        if cat.is_none() {
            let mut j = if noun.is_some() { run_end } else { f.end };
            let mut steps = 0;
            while j < self.len() && steps < 6 && self.is_alpha(j) {
                if let Some(((c, side), e2)) = self.phrase(&self.lx.categories, j) {
                    // (not a verb with an object: "the eight men held a news conference";
                    // but "walked off the job", "took to the streets")
                    let determined = self.is_alpha(e2)
                        && matches!(
                            self.norm(e2),
                            "a" | "an" | "the" | "its" | "his" | "her" | "their" | "our"
                        );
                    let mut object = determined
                        && !matches!(
                            self.norm(e2 + 1),
                            "job" | "jobs" | "work" | "streets" | "street"
                        );
                    // Those who kill, arrest or hold are not the killed, arrested or held:
                    // a verb of what is done to people, with a count or a plural as its
                    // object, has the counted as its subject ("200 rebels killed 12
                    // soldiers", "activists held banners"; not "20 killed two weeks ago", "laid off
                    // one week").
                    if !matches!(*c, "protesting" | "striking") {
                        let count =
                            self.is_number(e2) && self.not_fig(e2 + 1) != Some(NotFig::Time);
                        let plural_object = self.is_alpha(e2)
                            && !self.capitalized(e2)
                            && plural(self.norm(e2))
                            && !crate::data::closed_word(self.norm(e2));
                        object |= determined || count || plural_object;
                    }
                    // (a bare count in a headline is people, "41 held"; not a ratio or
                    // an amount, "one new share for every three held", "53.2 billion held")
                    let unsure = *side == Side::AfterPeople
                        && noun.is_none()
                        && steps == 0
                        && (v >= 1e6
                            || v.fract() != 0.0
                            || self.prev_word(p).is_some_and(|i| self.norm(i) == "every"));
                    if *side != Side::Before && !object && !unsure {
                        cat = Some(*c);
                    }
                    break;
                }
                if !has(AUX, self.norm(j)) || whole_of_part {
                    break;
                }
                j += 1;
                steps += 1;
            }
        }
        // "fired off" a message: no category, nor one from the noun.
        if cat == Some(super::lexicon::NOT_PEOPLE) {
            return;
        }
        // "cut unemployment by half": a fraction alone counts no one, nor does a number
        // with decimals ("Siemens shed 12.50 to 716.50").
        if noun.is_none() && (v < 1.0 || v.fract() != 0.0) {
            return;
        }
        f.category = cat.or(implied);
    }
}

/// The bare amount `a` in the scale of amount `b` when only `b` has one ("15 to 15.5
/// million": 15 million).
fn scaled_like(a: &Amount, b: &Amount) -> Option<f64> {
    let (Some(m), None) = (b.mult, a.mult) else {
        return None;
    };
    if a.num.digits.is_none() || a.num.scaled || a.num.vague {
        return None;
    }
    let scaled = a.value.scale(m).value();
    // ("$5 to $7 million": the same currency, the first amount so scaled no larger than
    // the second; not "$500 to $7 million")
    let same_money = a.currency.is_some() && a.currency == b.currency && scaled <= b.value.value();
    (a.bare() || same_money).then_some(scaled)
}

/// "100-150,000", "5-10,000": the first of a hyphenated range written short for thousands,
/// when read so it is within a factor of ten below the second; not "1-10,000".
fn thousands_short(a: &Amount, b: &Amount) -> Option<f64> {
    let (sa, sb) = (a.num.digits?, b.num.digits?);
    let (lo, hi) = (a.value.value() * 1000.0, b.value.value());
    let short = !sa.grouped && !sa.decimal && sa.int_len <= 3 && a.mult.is_none();
    let thousands = sb.grouped && !sb.decimal && b.mult.is_none() && hi % 1000.0 == 0.0;
    (short && thousands && lo < hi && lo * 10.0 > hi).then_some(lo)
}

/// Does the bare amount `a` take the measure of amount `b` ("10 to 20 cents"; not a fraction
/// in words: "two thirds - 65% -", "one-third to 2.56 billion francs"), and by what factor
/// (0.01 for cents and for basis points)?
fn measure_factor(a: &Amount, b: &Amount) -> Option<f64> {
    let fraction = a.num.digits.is_none() && a.value.value() < 1.0;
    if !a.bare() || b.kind() == FigureKind::Number || fraction {
        return None;
    }
    let cents = if matches!(b.currency, Some((_, true))) {
        0.01
    } else {
        1.0
    };
    Some(cents * basis_points(b))
}

/// Figure `f` in the measure of amount `b`: its kind, currency, unit and points.
fn adopt_measure(f: &mut Found, b: &Amount) {
    f.kind = b.kind();
    f.currency = b.currency.map(|c| c.0);
    f.unit = b.unit;
    f.points = b.points;
}

/// The factor from the number of percent amount `b` to its value: 0.01 for basis points
/// ("90 to 115 basis points" is 0.9 to 1.15 of a percent), else 1.
fn basis_points(b: &Amount) -> f64 {
    let raw = b.num.value.value();
    if b.kind() == FigureKind::Percent && raw != 0.0 {
        b.value.value() / raw
    } else {
        1.0
    }
}

/// Does `w` look like a plural noun?
fn plural(w: &str) -> bool {
    crate::data::plural_shape(w) && !crate::data::closed_word(w)
        || matches!(
            w,
            "people"
                | "men"
                | "women"
                | "children"
                | "police"
                | "staff"
                | "personnel"
                | "cattle"
                | "sheep"
                | "feet"
                | "teeth"
                | "mice"
                | "geese"
        )
}

pub(crate) enum Joined {
    Range,
    Score,
    Reject,
}
