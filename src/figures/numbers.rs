//! Reading numbers: digit strings ("1,139", "12,34,567.89", "3.5") and written numbers
//! ("twenty thousand", "a dozen", "half a million", "two-thirds", "tens of thousands").
//!
//! Written numbers are parsed by hand. The `text2num` crate (2.8) was evaluated on our cases:
//! it reads plain cardinals ("one hundred and twenty-five", "SIXTY-FIVE") at about 200 ns a
//! call, but fails on most news forms we need — "a dozen", "half a million", "a million",
//! "two-thirds", "nine-tenths", "tens of thousands", "one and a half", digits with a scale
//! ("2.5 million") — reads "hundreds" as 100, returns strings that must be parsed again, and
//! cannot tell where a number ends in running text, which our grammar must know anyway. The
//! parser here is one small state machine over the pieces the grammar already has.

use super::lexicon::{NumClass, PieceKind};
use super::window::Win;

/// A decimal value kept as `mant * 10^exp` so that "1.2bn" is exactly 1200000000.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Dec {
    pub mant: f64,
    pub exp: i32,
}

impl Dec {
    pub fn int(v: f64) -> Self {
        Dec { mant: v, exp: 0 }
    }

    pub fn value(self) -> f64 {
        if self.exp >= 0 {
            self.mant * 10f64.powi(self.exp)
        } else {
            self.mant / 10f64.powi(-self.exp)
        }
    }

    /// Multiplies by `m * 10^e`.
    pub fn scale(self, (m, e): (f64, i32)) -> Self {
        Dec {
            mant: self.mant * m,
            exp: self.exp + e,
        }
    }
}

/// A digit string's shape, for the guards (years, phone numbers).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Shape {
    /// Digits before the decimal point.
    pub int_len: usize,
    /// Has thousands separators.
    pub grouped: bool,
    /// Has a decimal part.
    pub decimal: bool,
    /// Starts with 0 and has more than one integer digit ("020").
    pub leading_zero: bool,
}

/// Parses a digit piece: western (1,234,567) or Indian (12,34,567) grouping, one decimal
/// point. None for anything else ("1.2.3", "22,24,26", over 15 digits).
pub(crate) fn parse_digits(s: &str) -> Option<(Dec, Shape)> {
    let (int, frac) = match s.split_once('.') {
        Some((a, b)) if !b.contains(['.', ',']) => (a, b),
        Some(_) => return None,
        None => (s, ""),
    };
    let grouped = int.contains(',');
    if grouped {
        let groups: Vec<&str> = int.split(',').collect();
        let n = groups.len();
        let western =
            (1..=3).contains(&groups[0].len()) && groups[1..].iter().all(|g| g.len() == 3);
        let indian = (1..=2).contains(&groups[0].len())
            && groups[n - 1].len() == 3
            && groups[1..n - 1].iter().all(|g| g.len() == 2);
        if !western && !indian {
            return None;
        }
    }
    digits_value(int, frac, grouped)
}

/// The value and shape of the digits of `int` (separators skipped) and `frac`, the
/// decimals; None past 15 digits.
fn digits_value(int: &str, frac: &str, grouped: bool) -> Option<(Dec, Shape)> {
    let mut mant = 0f64;
    let mut count = 0;
    for b in int.bytes().chain(frac.bytes()) {
        if b.is_ascii_digit() {
            mant = mant * 10.0 + f64::from(b - b'0');
            count += 1;
        }
    }
    if count == 0 || count > 15 {
        return None;
    }
    let int_len = int.bytes().filter(u8::is_ascii_digit).count();
    let shape = Shape {
        int_len,
        grouped,
        decimal: !frac.is_empty(),
        leading_zero: int.starts_with('0') && int_len > 1,
    };
    Some((
        Dec {
            mant,
            exp: -(frac.len() as i32),
        },
        shape,
    ))
}

/// Parses a number written with a decimal comma, as in continental Europe ("2,5" for 2.5):
/// one to three integer digits (no leading zero but "0"), one comma, one or two decimals.
/// The caller decides whether the context allows it (it also reads as "2, 5").
pub(crate) fn parse_decimal_comma(s: &str) -> Option<(Dec, Shape)> {
    let (int, frac) = s.split_once(',')?;
    let digits = |x: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&x.len()) && x.bytes().all(|b| b.is_ascii_digit())
    };
    if !digits(int, 1..=3) || !digits(frac, 1..=2) || int.len() > 1 && int.starts_with('0') {
        return None;
    }
    digits_value(int, frac, false)
}

/// A number read at some piece.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Num {
    pub value: Dec,
    /// One past its last piece.
    pub end: usize,
    /// Written in digits (with its shape).
    pub digits: Option<Shape>,
    /// A scale word or abbreviation was applied ("2.5 million", "417m").
    pub scaled: bool,
    /// A vague plural or count ("hundreds", "several thousand"): the value is a floor.
    pub vague: bool,
    /// A fraction below one ("two-thirds", "a quarter of").
    pub fraction: bool,
    /// In 32nds or 64ths, as bond prices are quoted ("104 23/32").
    pub bond: bool,
    /// The scale word applied to digits ("million" in "15.5 million").
    pub mult: Option<(f64, i32)>,
}

impl Num {
    /// A number in words worth `value`, ending before piece `end`: no digits, no scale,
    /// not vague, not a fraction.
    pub(crate) fn words(value: Dec, end: usize) -> Num {
        Num {
            value,
            end,
            digits: None,
            scaled: false,
            vague: false,
            fraction: false,
            bond: false,
            mult: None,
        }
    }
}

impl Win<'_> {
    /// The class and value of the number word at `p`.
    fn numword(&self, p: usize) -> Option<(f64, NumClass)> {
        if self.kind(p) != Some(PieceKind::Alpha) {
            return None;
        }
        self.lx.numbers.get(self.norm(p)).copied()
    }

    /// Index of the next piece, stepping over a hyphen that joins two words ("fifty-six").
    /// Where "and a half" from piece `q` ends ("and a half", "and one half", perhaps joined
    /// by hyphens: "-and-a-half", "and one-half").
    fn and_a_half(&self, q: usize) -> Option<usize> {
        let and = self.step(q);
        if !self.is_word(and, "and") {
            return None;
        }
        let a = self.step(and + 1);
        if !(self.is_word(a, "a") || self.is_word(a, "one")) {
            return None;
        }
        let half = self.step(a + 1);
        self.is_word(half, "half").then_some(half + 1)
    }

    fn step(&self, q: usize) -> usize {
        if self.is(q, "-") && self.attached(q) && self.attached(q + 1) {
            q + 1
        } else {
            q
        }
    }

    /// A scale word at `p` ("million", "bn"); `attached` allows abbreviations.
    pub fn scale_at(&self, p: usize, short_ok: bool) -> Option<(f64, i32)> {
        if self.kind(p) != Some(PieceKind::Alpha) {
            return None;
        }
        let (m, short) = self.lx.scales.get(self.norm(p)).copied()?;
        if short && !short_ok {
            return None;
        }
        // "M" for million is upper or lower case, "B" only as "bn"/"b" written straight on.
        Some(m)
    }

    /// A number in digits or words starting at piece `p`.
    pub fn number(&self, p: usize) -> Option<Num> {
        match self.kind(p)? {
            PieceKind::Digits => self.digit_number(p),
            PieceKind::Alpha => self.word_number(p),
            PieceKind::Sym => None,
        }
    }

    fn digit_number(&self, p: usize) -> Option<Num> {
        let (mut value, shape) = match parse_digits(self.raw(p)) {
            Some(x) => x,
            // "€2,5 million", "2,5%": a decimal comma, only before a scale word or a
            // percent sign, where it cannot be a list ("2,5 and 7").
            None if self.scale_at(p + 1, false).is_some()
                || self.is(p + 1, "%") && self.attached(p + 1) =>
            {
                parse_decimal_comma(self.raw(p))?
            }
            None => return None,
        };
        let mut end = p + 1;
        let mut fraction = false;
        let mut bond = false;
        // A fraction "23/32", or a mixed number "104 23/32", "2 1/4".
        if self.is(end, "/") && self.attached(end) && self.attached(end + 1) {
            let den = self.int_at(end + 1)?;
            if self.is(end + 2, "/") || shape.grouped || shape.decimal {
                return None;
            }
            let num = value.value();
            if !(num < den && matches!(den as u32, 2 | 3 | 4 | 5 | 8 | 10 | 16 | 32 | 64 | 100)) {
                return None;
            }
            value = Dec::int(num / den);
            fraction = true;
            bond = den >= 32.0;
            end += 2;
        } else if !shape.grouped && !shape.decimal {
            // "104 23/32", and the news wires' "13-1/2"
            let f = if self.is(end, "-") && self.attached(end) && self.attached(end + 1) {
                end + 1
            } else {
                end
            };
            if self.kind(f) == Some(PieceKind::Digits)
                && self.is(f + 1, "/")
                && self.attached(f + 1)
                && self.attached(f + 2)
                && !self.is(f + 3, "/")
            {
                if let (Some(n), Some(d)) = (self.int_at(f), self.int_at(f + 2)) {
                    if n < d && matches!(d as u32, 2 | 3 | 4 | 8 | 16 | 32 | 64) {
                        value = Dec::int(value.value() + n / d);
                        bond = d >= 32.0;
                        end = f + 3;
                    }
                }
            }
        }
        let mut scaled = false;
        let mut mult = None;
        // "2.5 million", "1.2bn", "3 dozen"; abbreviations ("417m", "30k") are decided by the
        // caller, which knows whether a currency came before.
        if let Some(m) = self.scale_at(end, false) {
            {
                value = value.scale(m);
                mult = Some(m);
                scaled = true;
                end += 1;
                // "hundred thousand", "lakh crore"
                if let Some(m2) = self.scale_at(end, false) {
                    if m2.1 > m.1 {
                        value = value.scale(m2);
                        end += 1;
                    }
                }
            }
        } else if let Some((12.0, NumClass::Dozen)) = self.numword(end) {
            value = value.scale((12.0, 0));
            scaled = true;
            end += 1;
        }
        Some(Num {
            value,
            end,
            digits: Some(shape),
            scaled,
            vague: false,
            fraction,
            bond,
            mult,
        })
    }

    /// An integer digit piece at `p`, as a float.
    fn int_at(&self, p: usize) -> Option<f64> {
        if self.kind(p) != Some(PieceKind::Digits) {
            return None;
        }
        let (d, s) = parse_digits(self.raw(p))?;
        (!s.decimal && !s.grouped).then(|| d.value())
    }

    fn word_number(&self, p: usize) -> Option<Num> {
        let w = self.norm(p);
        let num = |value: f64, end: usize, scaled: bool, vague: bool, fraction: bool| Num {
            scaled,
            vague,
            fraction,
            ..Num::words(Dec::int(value), end)
        };
        // "a dozen", "a million", "an estimated" (not here), "a third of", "a few hundred"
        if w == "a" || w == "an" {
            let q = self.step(p + 1);
            return match self.numword(q)? {
                (_, NumClass::Hundred | NumClass::Scale) => {
                    let mut n = self.cardinal(q, 1.0)?;
                    n.scaled = true;
                    Some(n)
                }
                (_, NumClass::Dozen) => Some(num(12.0, q + 1, true, false, false)),
                (_, NumClass::Fraction)
                    if self.is_word(q + 1, "of") || self.scale_at(q + 1, false).is_some() =>
                {
                    self.fraction_of(q, 1.0)
                }
                (_, NumClass::Half) if self.scale_at(q + 1, false).is_some() => {
                    let m = self.scale_at(q + 1, false)?;
                    Some(Num {
                        scaled: true,
                        ..Num::words(Dec::int(0.5).scale(m), q + 2)
                    })
                }
                (v, NumClass::Some) if w == "a" && v == 2.0 => self.some_of(q, v),
                _ => None,
            };
        }
        let (v, class) = self.numword(p)?;
        match class {
            NumClass::Unit | NumClass::Ten => self.cardinal(p, 0.0),
            NumClass::Half => {
                // "half a million", "half-a million", "half a dozen", "half-dozen",
                // "half million"; "half" alone is 0.5.
                let mut q = self.step(p + 1);
                if self.is_word(q, "a") {
                    q = self.step(q + 1);
                }
                if let Some(m) = self.scale_at(q, false) {
                    return Some(Num {
                        scaled: true,
                        ..Num::words(Dec::int(0.5).scale(m), q + 1)
                    });
                }
                if let Some((12.0, NumClass::Dozen)) = self.numword(q) {
                    return Some(num(6.0, q + 1, true, false, false));
                }
                Some(num(0.5, p + 1, false, false, true))
            }
            NumClass::Vague => {
                let needs_of = matches!(self.norm(p), "tens" | "scores");
                let mut value = v;
                let mut end = p + 1;
                // "tens of thousands", "hundreds of millions"
                while self.is_word(end, "of") {
                    match self.numword(end + 1) {
                        Some((v2, NumClass::Vague)) if v2 >= 200.0 => {
                            value *= v2 / 2.0;
                            end += 2;
                        }
                        _ => break,
                    }
                }
                if needs_of && end == p + 1 && !self.is_word(end, "of") {
                    return None;
                }
                Some(num(value, end, true, true, false))
            }
            NumClass::Some => self.some_of(p, v),
            // "quarter million"
            NumClass::Fraction if self.scale_at(p + 1, false).is_some() && w == "quarter" => {
                self.fraction_of(p, 1.0)
            }
            NumClass::Dozen => Some(num(12.0, p + 1, true, false, false)),
            _ => None,
        }
    }

    /// "several hundred", "a few thousand", "several tens of millions".
    fn some_of(&self, p: usize, v: f64) -> Option<Num> {
        let q = p + 1;
        let mut value = v;
        let mut end;
        if let Some(m) = self.scale_at(q, false) {
            value *= Dec::int(1.0).scale(m).value();
            end = q + 1;
        } else if let Some((12.0, NumClass::Dozen)) = self.numword(q) {
            value *= 12.0;
            end = q + 1;
        } else if self.is_word(q, "tens") && self.is_word(q + 1, "of") {
            let (v2, c2) = self.numword(q + 2)?;
            let unit = if c2 == NumClass::Vague {
                v2 / 2.0
            } else if c2 == NumClass::Scale {
                v2
            } else {
                return None;
            };
            value *= 10.0 * unit;
            end = q + 3;
        } else {
            return None;
        }
        if let Some(m) = self.scale_at(end, false) {
            value *= Dec::int(1.0).scale(m).value();
            end += 1;
        }
        Some(Num {
            scaled: true,
            vague: true,
            ..Num::words(Dec::int(value), end)
        })
    }

    /// "a third of" (numerator 1) or "two-thirds": the fraction word at `q`.
    fn fraction_of(&self, q: usize, numerator: f64) -> Option<Num> {
        let (den, _) = self.numword(q)?;
        let mut value = Dec::int(numerator / den);
        let mut end = q + 1;
        let mut fraction = true;
        // "a quarter million", "three quarters billion", "a quarter of a million"
        let of_a =
            self.is_word(end, "of") && (self.is_word(end + 1, "a") || self.is_word(end + 1, "an"));
        let at = if of_a { end + 2 } else { end };
        if let Some(m) = self.scale_at(at, false) {
            value = Dec::int(numerator / den * Dec::int(1.0).scale(m).value());
            end = at + 1;
            fraction = false;
        }
        Some(Num {
            scaled: !fraction,
            fraction,
            ..Num::words(value, end)
        })
    }

    /// A cardinal in words from `p` ("twenty-one thousand three hundred"), starting from
    /// `start` (1 after "a": "a hundred").
    fn cardinal(&self, p: usize, start: f64) -> Option<Num> {
        let mut total = 0f64;
        let mut current = start;
        let mut last: Option<NumClass> = if start > 0.0 {
            Some(NumClass::Unit)
        } else {
            None
        };
        let mut last_scale = 0f64;
        let mut q = p;
        let mut end = p;
        let mut scaled = false;
        loop {
            let Some((v, class)) = self.numword(q) else {
                // "and" between parts: "one hundred and six", "two million and a half"
                if self.is_word(q, "and")
                    && matches!(last, Some(NumClass::Hundred | NumClass::Scale))
                {
                    if let Some((_, NumClass::Unit | NumClass::Ten)) = self.numword(q + 1) {
                        q += 1;
                        continue;
                    }
                }
                break;
            };
            match (class, last) {
                (NumClass::Unit, None | Some(NumClass::Hundred | NumClass::Scale)) => current += v,
                (NumClass::Unit, Some(NumClass::Ten)) if (1.0..10.0).contains(&v) => current += v,
                (NumClass::Ten, None | Some(NumClass::Hundred | NumClass::Scale)) => current += v,
                (NumClass::Hundred, Some(NumClass::Unit | NumClass::Ten)) if current < 100.0 => {
                    current *= 100.0;
                    scaled = true;
                }
                (NumClass::Scale, Some(NumClass::Unit | NumClass::Ten | NumClass::Hundred)) => {
                    if current == 0.0 {
                        break;
                    }
                    total += current * v;
                    current = 0.0;
                    last_scale = v;
                    scaled = true;
                }
                (NumClass::Scale, Some(NumClass::Scale)) if v > last_scale && current == 0.0 => {
                    total *= v;
                    last_scale = v;
                }
                (NumClass::Fraction | NumClass::Half, Some(NumClass::Unit | NumClass::Ten))
                    if total == 0.0 && current < 100.0 =>
                {
                    // "two-thirds", "nine-tenths", "two thirds"; "one half"
                    let plural = self.norm(q).ends_with('s');
                    let joined = self.is(q - 1, "-");
                    if v == 2.0 && class == NumClass::Half || plural || joined || current == 1.0 {
                        return self.fraction_of(q, current);
                    }
                    break;
                }
                (NumClass::Dozen, Some(NumClass::Unit | NumClass::Ten)) => {
                    current *= 12.0;
                    scaled = true;
                }
                _ => break,
            }
            last = Some(class);
            end = q + 1;
            q = self.step(q + 1);
        }
        if end == p && start == 0.0 {
            return None;
        }
        let mut value = total + current;
        // "one and a half", "two and a half million", "two-and-a-half", "three and one-half"
        if let Some(e) = self.and_a_half(end) {
            value += 0.5;
            end = e;
            if let Some(m) = self.scale_at(end, false) {
                value *= Dec::int(1.0).scale(m).value();
                end += 1;
                scaled = true;
            }
        }
        Some(Num {
            scaled,
            ..Num::words(Dec::int(value), end)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digit_strings() {
        let v = |s: &str| parse_digits(s).map(|(d, _)| d.value());
        assert_eq!(v("1,139"), Some(1139.0));
        assert_eq!(v("3.5"), Some(3.5));
        assert_eq!(v("12,34,567.89"), Some(1234567.89));
        assert_eq!(v("1,234,567"), Some(1234567.0));
        assert_eq!(v("1.2.3"), None);
        assert_eq!(v("22,24,26,31"), None);
        assert_eq!(v("1,3"), None);
        // A decimal comma, read only where the caller allows it.
        for (s, want) in [
            ("2,5", Some(2.5)),
            ("12,75", Some(12.75)),
            ("0,5", Some(0.5)),
            ("1,139", None),
            ("05,5", None),
            ("1,2,3", None),
            ("1234,5", None),
        ] {
            let got = parse_decimal_comma(s).map(|(d, _)| d.value());
            assert_eq!(got, want, "{s}");
        }
        assert_eq!(v("1234567890123456"), None);
        let (d, _) = parse_digits("1.2").unwrap();
        assert_eq!(d.scale((1.0, 9)).value(), 1_200_000_000.0);
        let (d, _) = parse_digits("4.7").unwrap();
        assert_eq!(d.scale((1.0, 9)).value(), 4_700_000_000.0);
        let (_, s) = parse_digits("020").unwrap();
        assert!(s.leading_zero);
    }
}
