//! Calendar arithmetic and TIMEX3 value formatting (dates, weeks, quarters, durations), on
//! top of `jiff`.

use super::lexicon::{HolidayRule, Unit};
use jiff::Span;
use jiff::civil::{Date, Weekday};

/// Years we are willing to build dates in.
pub const YEARS: std::ops::RangeInclusive<i32> = 1000..=2999;

/// A date from parts, if it exists.
pub fn ymd(y: i32, m: u8, d: u8) -> Option<Date> {
    if !YEARS.contains(&y) {
        return None;
    }
    Date::new(y as i16, m as i8, d as i8).ok()
}

/// "2023-11-02".
pub fn fmt_day(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// "2023-11".
pub fn fmt_month(y: i32, m: u8) -> String {
    format!("{y:04}-{m:02}")
}

/// "2023-W46": the ISO week of a date.
pub fn fmt_week(d: Date) -> String {
    let w = d.iso_week_date();
    format!("{:04}-W{:02}", w.year(), w.week())
}

/// Adds `n` units (days, weeks, months, years) to a date.
pub fn add(d: Date, unit: Unit, n: i64) -> Option<Date> {
    let span = match unit {
        Unit::Day => Span::new().try_days(n).ok()?,
        Unit::Week => Span::new().try_weeks(n).ok()?,
        Unit::Fortnight => Span::new().try_weeks(n.checked_mul(2)?).ok()?,
        Unit::Month => Span::new().try_months(n).ok()?,
        Unit::Quarter => Span::new().try_months(n.checked_mul(3)?).ok()?,
        Unit::Year => Span::new().try_years(n).ok()?,
        Unit::Decade => Span::new().try_years(n.checked_mul(10)?).ok()?,
        Unit::Century => Span::new().try_years(n.checked_mul(100)?).ok()?,
        Unit::Millennium => Span::new().try_years(n.checked_mul(1000)?).ok()?,
        Unit::Hour | Unit::Minute | Unit::Second => Span::new(),
    };
    let out = d.checked_add(span).ok()?;
    YEARS.contains(&i32::from(out.year())).then_some(out)
}

/// The TIMEX3 value of the period of `unit` containing `d`: a day, week, month, quarter,
/// year, decade or century.
pub fn period(d: Date, unit: Unit) -> String {
    let y = i32::from(d.year());
    match unit {
        Unit::Hour | Unit::Minute | Unit::Second | Unit::Day => fmt_day(d),
        Unit::Week | Unit::Fortnight => fmt_week(d),
        Unit::Month => fmt_month(y, d.month() as u8),
        Unit::Quarter => format!("{y:04}-Q{}", quarter_of(d)),
        Unit::Year => format!("{y:04}"),
        Unit::Decade => format!("{:03}", y / 10),
        Unit::Century => format!("{:02}", y / 100),
        Unit::Millennium => format!("{}", y / 1000),
    }
}

/// The period value with X for what is unknown ("XXXX-WXX" for a week).
pub fn period_unknown(unit: Unit) -> &'static str {
    match unit {
        Unit::Hour | Unit::Minute | Unit::Second | Unit::Day => "XXXX-XX-XX",
        Unit::Week | Unit::Fortnight => "XXXX-WXX",
        Unit::Month => "XXXX-XX",
        Unit::Quarter => "XXXX-QX",
        Unit::Year => "XXXX",
        Unit::Decade => "XXX",
        Unit::Century | Unit::Millennium => "XX",
    }
}

/// Quarter (1-4) of a date.
pub fn quarter_of(d: Date) -> u8 {
    (d.month() as u8 - 1) / 3 + 1
}

/// Weekday from its ISO number.
pub fn weekday(wd: u8) -> Weekday {
    Weekday::from_monday_one_offset(wd.clamp(1, 7) as i8).unwrap_or(Weekday::Monday)
}

/// The weekday `wd` nearest `dct` in direction `dir` (-1 before, +1 after, 0: `dct` itself
/// when it is that weekday, else before).
pub fn weekday_near(dct: Date, wd: u8, dir: i32) -> Option<Date> {
    let w = weekday(wd);
    if dir == 0 && dct.weekday() == w {
        return Some(dct);
    }
    dct.nth_weekday(if dir > 0 { 1 } else { -1 }, w).ok()
}

/// Easter Sunday (Gregorian, anonymous algorithm).
pub fn easter(y: i32) -> Option<Date> {
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    ymd(y, month as u8, day as u8)
}

/// The date of a holiday in year `y`.
pub fn holiday(rule: HolidayRule, y: i32) -> Option<Date> {
    match rule {
        HolidayRule::Fixed(m, d) => ymd(y, m as u8, d as u8),
        HolidayRule::Nth {
            month,
            weekday: wd,
            nth,
        } => ymd(y, month as u8, 1)?
            .nth_weekday_of_month(nth, weekday(wd as u8))
            .ok(),
        HolidayRule::Easter(n) => add(easter(y)?, Unit::Day, i64::from(n)),
    }
}

/// The month-and-day of a holiday when the year is unknown ("XXXX-12-25"), if fixed.
pub fn holiday_unknown(rule: HolidayRule) -> String {
    match rule {
        HolidayRule::Fixed(m, d) => format!("XXXX-{m:02}-{d:02}"),
        HolidayRule::Nth { month, .. } => format!("XXXX-{month:02}"),
        HolidayRule::Easter(_) => "XXXX-XX-XX".into(),
    }
}

fn unit_code(unit: Unit) -> (&'static str, bool) {
    match unit {
        Unit::Second => ("S", true),
        Unit::Minute => ("M", true),
        Unit::Hour => ("H", true),
        Unit::Day => ("D", false),
        Unit::Week | Unit::Fortnight => ("W", false),
        Unit::Month => ("M", false),
        Unit::Quarter => ("Q", false),
        Unit::Year => ("Y", false),
        Unit::Decade => ("DE", false),
        Unit::Century => ("CE", false),
        Unit::Millennium => ("ML", false),
    }
}

/// The next smaller unit and how many of it make one of `unit`, to write fractions.
fn smaller(unit: Unit) -> Option<(Unit, f64)> {
    Some(match unit {
        Unit::Millennium => (Unit::Year, 1000.0),
        Unit::Century => (Unit::Year, 100.0),
        Unit::Decade => (Unit::Year, 10.0),
        Unit::Year => (Unit::Month, 12.0),
        Unit::Quarter => (Unit::Month, 3.0),
        Unit::Month => (Unit::Day, 30.0),
        Unit::Fortnight => (Unit::Day, 14.0),
        Unit::Week => (Unit::Day, 7.0),
        Unit::Day => (Unit::Hour, 24.0),
        Unit::Hour => (Unit::Minute, 60.0),
        Unit::Minute => (Unit::Second, 60.0),
        Unit::Second => return None,
    })
}

/// Whole units in TimeBank style: decades, centuries and quarters in years and months,
/// fortnights in weeks.
fn normalize(n: f64, unit: Unit) -> (f64, Unit) {
    match unit {
        Unit::Decade => (n * 10.0, Unit::Year),
        Unit::Century => (n * 100.0, Unit::Year),
        Unit::Millennium => (n * 1000.0, Unit::Year),
        Unit::Quarter => (n * 3.0, Unit::Month),
        Unit::Fortnight => (n * 2.0, Unit::Week),
        _ => (n, unit),
    }
}

/// The TIMEX3 value of a duration made of parts ("P7Y", "PT2H30M", "PXD", "P2Y6M").
pub fn fmt_duration(parts: &[(Option<f64>, Unit)]) -> String {
    // Expand every part into whole amounts of units; a fraction of the smallest unit stays
    // ("9.58 seconds": PT9.58S).
    let mut whole: Vec<(Option<f64>, Unit)> = Vec::with_capacity(4);
    for &(n, unit) in parts {
        match n {
            None => whole.push((None, unit)),
            Some(n) => {
                let (mut n, mut unit) = normalize(n.max(0.0), unit);
                for _ in 0..3 {
                    let int = n.trunc();
                    let frac = n - int;
                    let last = smaller(unit).is_none();
                    if last && frac >= 1e-9 {
                        whole.push((Some((n * 1e6).round() / 1e6), unit));
                        break;
                    }
                    if int > 0.0 || frac < 1e-9 {
                        whole.push((Some(int.min(1e12)), unit));
                    }
                    if frac < 1e-9 {
                        break;
                    }
                    match smaller(unit) {
                        Some((u, k)) => {
                            n = (frac * k * 1e6).round() / 1e6;
                            unit = u;
                        }
                        None => break,
                    }
                }
            }
        }
    }
    let mut date = String::new();
    let mut time = String::new();
    for (n, unit) in whole {
        let (code, clock) = unit_code(unit);
        let out = if clock { &mut time } else { &mut date };
        match n {
            Some(n) => out.push_str(&n.to_string()),
            None => out.push('X'),
        }
        out.push_str(code);
    }
    let mut v = String::from("P");
    v.push_str(&date);
    if !time.is_empty() {
        v.push('T');
        v.push_str(&time);
    }
    if v == "P" {
        v.push_str("0D");
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i16, m: i8, day: i8) -> Date {
        Date::new(y, m, day).unwrap()
    }

    #[test]
    fn durations() {
        assert_eq!(fmt_duration(&[(Some(7.0), Unit::Year)]), "P7Y");
        assert_eq!(fmt_duration(&[(Some(2.5), Unit::Year)]), "P2Y6M");
        assert_eq!(fmt_duration(&[(Some(1.5), Unit::Minute)]), "PT1M30S");
        assert_eq!(fmt_duration(&[(Some(0.5), Unit::Hour)]), "PT30M");
        // A fraction of a second stays ("9.58 seconds", "four minutes 14.74 seconds").
        assert_eq!(fmt_duration(&[(Some(9.58), Unit::Second)]), "PT9.58S");
        assert_eq!(
            fmt_duration(&[(Some(4.0), Unit::Minute), (Some(14.74), Unit::Second)]),
            "PT4M14.74S"
        );
        assert_eq!(fmt_duration(&[(Some(0.02), Unit::Second)]), "PT0.02S");
        assert_eq!(fmt_duration(&[(None, Unit::Day)]), "PXD");
        assert_eq!(fmt_duration(&[(Some(2.0), Unit::Decade)]), "P20Y");
        assert_eq!(fmt_duration(&[(Some(3.0), Unit::Quarter)]), "P9M");
        assert_eq!(
            fmt_duration(&[(Some(2.0), Unit::Hour), (Some(32.0), Unit::Minute)]),
            "PT2H32M"
        );
        assert_eq!(fmt_duration(&[(Some(3.0), Unit::Day)]), "P3D");
    }

    #[test]
    fn periods_and_weekdays() {
        let dct = d(2023, 12, 19); // a Tuesday
        assert_eq!(weekday_near(dct, 1, 0), Some(d(2023, 12, 18)));
        assert_eq!(weekday_near(dct, 1, 1), Some(d(2023, 12, 25)));
        assert_eq!(weekday_near(dct, 2, 0), Some(dct));
        assert_eq!(period(dct, Unit::Week), "2023-W51");
        assert_eq!(period(dct, Unit::Quarter), "2023-Q4");
        assert_eq!(period(dct, Unit::Decade), "202");
        assert_eq!(period(dct, Unit::Century), "20");
        assert_eq!(
            add(dct, Unit::Month, -1).map(fmt_day),
            Some("2023-11-19".into())
        );
        assert_eq!(add(dct, Unit::Year, 5000), None);
    }

    #[test]
    fn holidays() {
        assert_eq!(easter(2024), Some(d(2024, 3, 31)));
        assert_eq!(easter(2000), Some(d(2000, 4, 23)));
        let thanksgiving = HolidayRule::Nth {
            month: 11,
            weekday: 4,
            nth: 4,
        };
        assert_eq!(holiday(thanksgiving, 1999), Some(d(1999, 11, 25)));
        assert_eq!(holiday(HolidayRule::Easter(-2), 2024), Some(d(2024, 3, 29)));
    }
}
