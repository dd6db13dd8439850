//! Half-open day intervals.

use jiff::civil::Date;
use jiff::ToSpan;

/// A half-open interval of days `[start, end)`; `None` means unbounded on that side.
///
/// Serialised as `{"start": "2022-11-01", "end": "2022-12-01"}` (`null` when unbounded).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub struct Interval {
    /// The first day, or `None` when unbounded in the past.
    #[serde(serialize_with = "ser_date")]
    pub start: Option<Date>,
    /// The day after the last day, or `None` when unbounded in the future.
    #[serde(serialize_with = "ser_date")]
    pub end: Option<Date>,
}

fn ser_date<S: serde::Serializer>(d: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.serialize_str(&d.to_string()),
        None => s.serialize_none(),
    }
}

impl Interval {
    /// The interval `[start, end)`.
    pub fn new(start: Option<Date>, end: Option<Date>) -> Interval {
        Interval { start, end }
    }

    /// The single day `d`.
    pub fn day(d: Date) -> Interval {
        Interval {
            start: Some(d),
            end: d.tomorrow().ok(),
        }
    }

    /// Whether the interval holds no day at all.
    pub fn is_empty(&self) -> bool {
        matches!((self.start, self.end), (Some(s), Some(e)) if e <= s)
    }

    /// Whether `d` lies in the interval.
    pub fn contains(&self, d: Date) -> bool {
        self.start.map_or(true, |s| s <= d) && self.end.map_or(true, |e| d < e)
    }

    /// Whether the two intervals share no day.
    pub fn disjoint(&self, other: &Interval) -> bool {
        if self.is_empty() || other.is_empty() {
            return true;
        }
        let before = |a: &Interval, b: &Interval| match (a.end, b.start) {
            (Some(e), Some(s)) => e <= s,
            _ => false,
        };
        before(self, other) || before(other, self)
    }

    /// The days both intervals share, if any.
    pub fn intersect(&self, other: &Interval) -> Option<Interval> {
        if self.disjoint(other) {
            return None;
        }
        let start = match (self.start, other.start) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        let end = match (self.end, other.end) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        Some(Interval { start, end })
    }

    /// The interval covered by a TIMEX3 DATE or TIME value.
    ///
    /// Understands `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (with any `T...` suffix),
    /// `YYYY-Www`, `YYYY-Www-WE`, `YYYY-Qn`, `YYYY-Hn`, seasons (`YYYY-SU`),
    /// decades (`199`) and centuries (`19`). Other values give `None`.
    pub fn from_value(value: &str) -> Option<Interval> {
        let v = value.split('T').next().unwrap_or("");
        let b = v.as_bytes();
        if b.len() < 2 || !b.iter().take(2).all(u8::is_ascii_digit) {
            return None;
        }
        let num = |s: &str| -> Option<i64> {
            if s.is_empty() || !s.bytes().all(|c| c.is_ascii_digit()) {
                None
            } else {
                s.parse().ok()
            }
        };
        let date = |y: i64, m: i64, d: i64| -> Option<Date> {
            Date::new(
                i16::try_from(y).ok()?,
                i8::try_from(m).ok()?,
                i8::try_from(d).ok()?,
            )
            .ok()
        };
        let span = |s: Date, e: Date| Some(Interval::new(Some(s), Some(e)));
        let parts: Vec<&str> = v.split('-').collect();
        match parts.as_slice() {
            [c] if c.len() == 2 => {
                let c = num(c)?;
                span(date(c * 100, 1, 1)?, date(c * 100 + 100, 1, 1)?)
            }
            [d] if d.len() == 3 => {
                let d = num(d)?;
                span(date(d * 10, 1, 1)?, date(d * 10 + 10, 1, 1)?)
            }
            [y] if y.len() == 4 => {
                let y = num(y)?;
                span(date(y, 1, 1)?, date(y + 1, 1, 1)?)
            }
            [y, rest @ ..] if y.len() == 4 => {
                let y = num(y)?;
                let p = rest[0];
                if let Some(m) = num(p) {
                    if p.len() != 2 {
                        return None;
                    }
                    let first = date(y, m, 1)?;
                    if rest.len() >= 2 {
                        let d = date(y, m, num(rest[1])?)?;
                        return Some(Interval::day(d));
                    }
                    return span(first, first.checked_add(1.month()).ok()?);
                }
                if let Some(q) = p.strip_prefix('Q').and_then(num) {
                    if !(1..=4).contains(&q) {
                        return None;
                    }
                    let s = date(y, (q - 1) * 3 + 1, 1)?;
                    return span(s, s.checked_add(3.months()).ok()?);
                }
                if let Some(h) = p.strip_prefix('H').and_then(num) {
                    if !(1..=2).contains(&h) {
                        return None;
                    }
                    let s = date(y, (h - 1) * 6 + 1, 1)?;
                    return span(s, s.checked_add(6.months()).ok()?);
                }
                if let Some(w) = p.strip_prefix('W').and_then(num) {
                    let wk = jiff::civil::ISOWeekDate::new(
                        i16::try_from(y).ok()?,
                        i8::try_from(w).ok()?,
                        jiff::civil::Weekday::Monday,
                    )
                    .ok()?;
                    let mon = wk.date();
                    if rest.get(1) == Some(&"WE") {
                        let sat = mon.checked_add(5.days()).ok()?;
                        return span(sat, sat.checked_add(2.days()).ok()?);
                    }
                    return span(mon, mon.checked_add(1.week()).ok()?);
                }
                let (sm, len) = match p {
                    "SP" => (3, 3),
                    "SU" => (6, 3),
                    "FA" => (9, 3),
                    "WI" => (12, 3),
                    _ => return None,
                };
                let s = date(y, sm, 1)?;
                span(s, s.checked_add(len.months()).ok()?)
            }
            _ => None,
        }
    }
}

impl std::fmt::Display for Interval {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.start, self.end) {
            (Some(s), Some(e)) => write!(f, "[{s}, {e})"),
            (None, Some(e)) => write!(f, "before {e}"),
            (Some(s), None) => write!(f, "from {s}"),
            (None, None) => f.write_str("any time"),
        }
    }
}
