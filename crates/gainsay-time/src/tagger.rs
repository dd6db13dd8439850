//! The TIMEX3 tagger: finds time expressions and normalises them.

use jiff::civil::{Date, Weekday};
use jiff::Span;

use crate::error::TimeError;
use crate::interval::Interval;
use crate::lexicon::{lit, parse_holiday, Cat, Holiday, Lexicon, BUILTIN, NO_WORD};
use crate::token::{tokenize_with, Kind, Tok};

/// The TIMEX3 type of a time expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date or period (`2022-11-05`, `2022-W45`, `PRESENT_REF`).
    Date,
    /// A time of day (`2022-11-05T15:00`, `2022-11-05TMO`).
    Time,
    /// A length of time (`P3M`, `PT2H`).
    Duration,
    /// A recurring time (`P1D` for "daily", `XXXX-WXX-4` for "each Thursday").
    Set,
}

impl TimexType {
    /// The upper-case TimeML name (`"DATE"`, `"TIME"`, `"DURATION"`, `"SET"`).
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

impl std::fmt::Display for TimexType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A time expression found in a text.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Timex {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// The TIMEX3 type.
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// The normalised TIMEX3 value (`2022-11-05`, `P3M`, `PRESENT_REF`...).
    pub value: String,
    /// The text of the expression (`text[start..end]`).
    pub text: String,
}

impl Timex {
    /// The half-open day interval a DATE or TIME value covers, if it names one.
    ///
    /// `2022-11` gives `[2022-11-01, 2022-12-01)`; durations, sets and
    /// `PRESENT_REF`-like values give `None`.
    pub fn interval(&self) -> Option<Interval> {
        match self.kind {
            TimexType::Date | TimexType::Time => Interval::from_value(&self.value),
            _ => None,
        }
    }
}

/// Builds a [`TimeTagger`] from the built-in vocabulary and user additions.
#[derive(Debug, Clone)]
pub struct TimeTaggerBuilder {
    lex: Lexicon,
}

impl TimeTaggerBuilder {
    /// A builder holding the built-in vocabulary.
    ///
    /// # Errors
    ///
    /// Fails only if the built-in data is malformed.
    pub fn new() -> Result<Self, TimeError> {
        let mut lex = Lexicon::default();
        lex.add("timex.tsv", BUILTIN)?;
        Ok(TimeTaggerBuilder { lex })
    }

    /// A builder with no vocabulary at all.
    pub fn empty() -> Self {
        TimeTaggerBuilder {
            lex: Lexicon::default(),
        }
    }

    /// Adds vocabulary lines (`category<TAB>phrase<TAB>value`, `#` comments).
    ///
    /// # Errors
    ///
    /// Returns [`TimeError::Lexicon`] naming `name` and the line of the first bad entry.
    pub fn add_lexicon(mut self, name: &str, text: &str) -> Result<Self, TimeError> {
        self.lex.add(name, text)?;
        Ok(self)
    }

    /// Builds the tagger.
    ///
    /// # Errors
    ///
    /// Currently infallible; kept fallible for future matchers.
    pub fn build(self) -> Result<TimeTagger, TimeError> {
        Ok(TimeTagger { lex: self.lex })
    }
}

/// Finds TIMEX3 time expressions in English text. Build once, use many times.
#[derive(Debug, Clone)]
pub struct TimeTagger {
    lex: Lexicon,
}

impl TimeTagger {
    /// A tagger with the built-in vocabulary.
    ///
    /// # Errors
    ///
    /// Fails only if the built-in data is malformed.
    pub fn new() -> Result<Self, TimeError> {
        TimeTaggerBuilder::new()?.build()
    }

    /// A builder, to add vocabulary before building.
    ///
    /// # Errors
    ///
    /// Fails only if the built-in data is malformed.
    pub fn builder() -> Result<TimeTaggerBuilder, TimeError> {
        TimeTaggerBuilder::new()
    }

    /// Finds the time expressions of `text`, normalised against the document
    /// creation date `dct` (relative expressions get `X` placeholders without it).
    pub fn tag(&self, text: &str, dct: Option<Date>) -> Vec<Timex> {
        let low = text.to_ascii_lowercase();
        let lb = low.as_bytes();
        let apos = self.lex.id("'");
        let cap = text.len() / 5 + 1;
        let (mut toks, mut ids) = (Vec::with_capacity(cap), Vec::with_capacity(cap));
        tokenize_with(text, |t| {
            toks.push(t);
            ids.push(match t.kind {
                Kind::Other => NO_WORD,
                Kind::Punct if t.end - t.start > 1 => apos,
                _ => self.lex.id_bytes(&lb[t.start..t.end]),
            });
        });
        let cx = Cx {
            text,
            low: &low,
            toks: &toks,
            ids: &ids,
            lex: &self.lex,
            dct,
            doc_quarter: speaks_of_quarters(&low),
        };
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            if !cx.may_start(i) {
                i += 1;
                continue;
            }
            match cx.best(i) {
                Some(m) if m.end > m.start => {
                    let (s, e) = (toks[m.start].start, toks[m.end - 1].end);
                    out.push(Timex {
                        start: s,
                        end: e,
                        kind: m.kind,
                        value: m.value,
                        text: text[s..e].to_string(),
                    });
                    i = m.end;
                }
                _ => i += 1,
            }
        }
        resolve_anchored(&mut out);
        out.retain(|t| !t.value.starts_with('@'));
        out
    }
}

/// Whether lower-case `low` has "quarter" other than in "quarter-century"/"quarter century".
fn speaks_of_quarters(low: &str) -> bool {
    let b = low.as_bytes();
    let mut from = 0;
    while let Some(k) = low[from..].find("quarter") {
        let e = from + k + 7;
        let rest = &b[e..];
        if !(rest.starts_with(b"-century") || rest.starts_with(b" century")) {
            return true;
        }
        from = e;
    }
    false
}

/// A match over tokens `[start, end)`.
#[derive(Debug, Clone)]
struct M {
    start: usize,
    end: usize,
    kind: TimexType,
    value: String,
    /// Whether a preceding "the" belongs to the expression.
    the_ok: bool,
}

fn m(start: usize, end: usize, kind: TimexType, value: String, the_ok: bool) -> Option<M> {
    Some(M {
        start,
        end,
        kind,
        value,
        the_ok,
    })
}

use TimexType::{Date as D, Duration as DU, Set as SE, Time as TI};

/// Parses an ISO period such as `P1D`, `PT1H`, `P2Y6M`; returns it unchanged when valid.
pub(crate) fn parse_period(v: &str) -> Option<&str> {
    let rest = v.strip_prefix('P')?;
    if rest.is_empty() {
        return None;
    }
    let mut seen_digit = false;
    for c in rest.chars() {
        match c {
            '0'..='9' | '.' | 'X' => seen_digit = true,
            'Y' | 'M' | 'W' | 'D' | 'H' | 'S' | 'E' | 'Q' if seen_digit => seen_digit = false,
            'T' => {}
            _ => return None,
        }
    }
    (!seen_digit).then_some(v)
}

fn ymd(y: i64, m: i64, d: i64) -> Option<Date> {
    Date::new(
        i16::try_from(y).ok()?,
        i8::try_from(m).ok()?,
        i8::try_from(d).ok()?,
    )
    .ok()
}

fn fmt_d(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

fn fmt_w(d: Date) -> String {
    let w = d.iso_week_date();
    format!("{:04}-W{:02}", w.year(), w.week())
}

fn fmt_y(y: i64) -> String {
    if (0..=9999).contains(&y) {
        format!("{y:04}")
    } else {
        "XXXX".to_string()
    }
}

fn quarter_of(d: Date) -> i64 {
    (i64::from(d.month()) - 1) / 3 + 1
}

fn fmt_q(y: i64, q: i64) -> String {
    // normalise quarter overflow
    let idx = y * 4 + (q - 1);
    format!("{}-Q{}", fmt_y(idx.div_euclid(4)), idx.rem_euclid(4) + 1)
}

fn fmt_ym(y: i64, m: i64) -> String {
    let idx = y * 12 + (m - 1);
    format!(
        "{}-{:02}",
        fmt_y(idx.div_euclid(12)),
        idx.rem_euclid(12) + 1
    )
}

fn add(d: Date, n: i64, unit: &str) -> Option<Date> {
    let n = i32::try_from(n).ok()?;
    let span = match unit {
        "Y" => Span::new().try_years(n).ok()?,
        "M" => Span::new().try_months(n).ok()?,
        "W" => Span::new().try_weeks(n).ok()?,
        "D" => Span::new().try_days(n).ok()?,
        "Q" => Span::new().try_months(n.checked_mul(3)?).ok()?,
        "DE" => Span::new().try_years(n.checked_mul(10)?).ok()?,
        "CE" => Span::new().try_years(n.checked_mul(100)?).ok()?,
        "WE" => Span::new().try_weeks(n).ok()?,
        _ => return None,
    };
    d.checked_add(span).ok()
}

fn wd_num(d: Date) -> i64 {
    i64::from(d.weekday().to_monday_one_offset())
}

fn season_idx(s: &str) -> i64 {
    match s {
        "SP" => 0,
        "SU" => 1,
        "FA" => 2,
        _ => 3,
    }
}

fn season_of_month(m: i64) -> i64 {
    match m {
        3..=5 => 0,
        6..=8 => 1,
        9..=11 => 2,
        _ => 3,
    }
}

/// Numbers read from text.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Num {
    N(f64),
    X,
}

struct Cx<'a> {
    text: &'a str,
    low: &'a str,
    toks: &'a [Tok],
    /// The vocabulary id of each token ([`NO_WORD`] if none).
    ids: &'a [u32],
    lex: &'a Lexicon,
    dct: Option<Date>,
    /// Whether the document speaks of quarters (earnings reports).
    doc_quarter: bool,
}

/// A tagger rule: the match starting at a token.
type Rule<'a> = fn(&Cx<'a>, usize) -> Option<M>;

impl<'a> Cx<'a> {
    fn w(&self, i: usize) -> &'a str {
        match self.toks.get(i) {
            Some(t) => match t.kind {
                Kind::Other => "",
                Kind::Punct if t.end - t.start > 1 => "'",
                _ => &self.low[t.start..t.end],
            },
            None => "",
        }
    }

    /// Whether token `i` directly follows an opening quotation mark.
    fn quoted(&self, i: usize) -> bool {
        let s = self.toks[i].start;
        let before = &self.text[..s];
        before.ends_with(['"', '`', '\'', '\u{201c}', '\u{2018}'])
    }

    fn is(&self, i: usize, s: &str) -> bool {
        self.w(i) == s
    }

    fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }

    /// Token `i` touches token `i - 1` (no space between).
    fn adj(&self, i: usize) -> bool {
        i > 0 && i < self.toks.len() && self.toks[i].start == self.toks[i - 1].end
    }

    fn cap(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .map(|t| self.text.as_bytes()[t.start].is_ascii_uppercase())
            .unwrap_or(false)
    }

    fn int(&self, i: usize) -> Option<i64> {
        let t = self.toks.get(i)?;
        if t.kind != Kind::Num || t.end - t.start > 9 {
            return None;
        }
        self.low[t.start..t.end].parse().ok()
    }

    fn ndigits(&self, i: usize) -> usize {
        self.toks
            .get(i)
            .filter(|t| t.kind == Kind::Num)
            .map(|t| t.end - t.start)
            .unwrap_or(0)
    }

    fn may_start(&self, i: usize) -> bool {
        match self.kind(i) {
            Some(Kind::Num) => true,
            Some(Kind::Word) | Some(Kind::Punct) => {
                let id = self.ids[i];
                if id == NO_WORD {
                    return false;
                }
                let b = self.lex.bucket(id);
                // an expression of two words or more goes on with a number,
                // punctuation or a word of the rules or the vocabulary
                b.starts
                    && (b.alone
                        || match self.kind(i + 1) {
                            Some(Kind::Num) | Some(Kind::Punct) => true,
                            Some(Kind::Word) => self.ids[i + 1] != NO_WORD,
                            _ => false,
                        })
            }
            _ => false,
        }
    }

    /// Longest entry of `cat` at `i`: (end, value).
    fn lex(&self, i: usize, cat: Cat) -> Option<(usize, &'a str)> {
        let id = *self.ids.get(i)?;
        if id == NO_WORD {
            return None;
        }
        let b = self.lex.bucket(id);
        if b.mask & cat.bit() == 0 {
            return None;
        }
        for (c, e) in &b.entries {
            if *c == cat
                && e.ids
                    .iter()
                    .enumerate()
                    .skip(1)
                    .all(|(k, &x)| self.ids.get(i + k) == Some(&x))
            {
                return Some((i + e.ids.len(), e.value.as_str()));
            }
        }
        None
    }

    fn hy(&self, i: usize) -> usize {
        if self.is(i, "-") && self.adj(i) {
            i + 1
        } else {
            i
        }
    }

    fn sentence_start(&self, i: usize) -> usize {
        let lo = i.saturating_sub(25);
        let mut k = i;
        while k > lo {
            let w = self.w(k - 1);
            if w == "." || w == "?" || w == "!" || w == ";" {
                // "Sept." and similar abbreviations do not end a sentence
                if w == "." && k >= 2 && self.lex(k - 2, Cat::Month).is_some() {
                    k -= 1;
                    continue;
                }
                break;
            }
            if k < self.toks.len()
                && self.text[self.toks[k - 1].end..self.toks[k].start].contains("\n\n")
            {
                break;
            }
            k -= 1;
        }
        k
    }

    fn sentence_end(&self, i: usize) -> usize {
        let hi = (i + 25).min(self.toks.len());
        let mut k = i;
        while k < hi {
            let w = self.w(k);
            if w == "." || w == "?" || w == "!" || w == ";" {
                break;
            }
            k += 1;
        }
        k
    }

    /// Whether the clause around token `i` speaks of the future.
    fn future(&self, i: usize) -> bool {
        let s = self.sentence_start(i).max(i.saturating_sub(8));
        let e = self.sentence_end(i).min(i + 1);
        (s..e).any(|k| self.lex(k, Cat::Future).is_some())
    }

    /// Whether a past-tense verb ("-ed", "was", "said") stands within a few words of `i`.
    fn past_tense(&self, i: usize) -> bool {
        let s = self.sentence_start(i).max(i.saturating_sub(6));
        let e = self.sentence_end(i).min(i + 6);
        (s..e).any(|k| {
            let w = self.w(k);
            (w.len() > 4 && w.ends_with("ed") && !self.cap(k))
                || matches!(
                    w,
                    "was"
                        | "were"
                        | "said"
                        | "had"
                        | "did"
                        | "met"
                        | "came"
                        | "went"
                        | "began"
                        | "left"
                        | "told"
                )
        })
    }

    /// Whether the sentence around `i` speaks of quarters (earnings reports).
    fn quarter_ctx(&self, i: usize) -> bool {
        if self.doc_quarter {
            return true;
        }
        let s = self.sentence_start(i);
        let e = self.sentence_end(i);
        (s..e).any(|k| {
            let w = self.w(k);
            w == "quarter" || w == "quarterly"
        })
    }

    /// Whether the sentence before `i` speaks of a span of months ("the nine
    /// months", "the first half"): "a year earlier" then means the year.
    fn months_span_before(&self, i: usize) -> bool {
        let mut k = i;
        while k > 0 && i - k < 60 {
            k -= 1;
            let w = self.w(k);
            if w == "."
                && !(k >= 1 && self.lex(k - 1, Cat::Month).is_some())
                && !(self.adj(k + 1) && self.kind(k + 1) == Some(Kind::Num))
            {
                return false;
            }
            if w == "months" || (w == "half" && k >= 1 && self.lex(k - 1, Cat::Ordinal).is_some()) {
                return true;
            }
        }
        false
    }

    fn infer_year(&self, month: i64, i: usize) -> Option<i64> {
        let d = self.dct?;
        let (y, dm) = (i64::from(d.year()), i64::from(d.month()));
        let diff = month - dm;
        // "by/until/effective February" name a deadline or start ahead
        let ahead = i > 0
            && matches!(
                self.w(i - 1),
                "by" | "until" | "till" | "through" | "effective" | "starting" | "payable"
            );
        let fut = ahead || self.future(i);
        Some(if diff >= 5 && !fut {
            y - 1
        } else if (diff <= -8 && !self.past_tense(i)) || (diff <= -6 && fut) {
            y + 1
        } else {
            y
        })
    }

    // ------------------------------------------------------------ numbers

    fn number(&self, i: usize) -> Option<(usize, Num)> {
        if let Some(v) = self.int(i) {
            let mut j = i + 1;
            let mut v = v as f64;
            // thousands groups
            while self.is(j, ",") && self.adj(j) && self.ndigits(j + 1) == 3 && self.adj(j + 1) {
                v = v * 1000.0 + self.int(j + 1)? as f64;
                j += 2;
            }
            if self.is(j, ".")
                && self.adj(j)
                && self.kind(j + 1) == Some(Kind::Num)
                && self.adj(j + 1)
            {
                let frac = self.w(j + 1);
                let f: f64 = format!("0.{frac}").parse().ok()?;
                return Some((j + 2, Num::N(v + f)));
            }
            if self.kind(j) == Some(Kind::Num)
                && self.is(j + 1, "/")
                && self.kind(j + 2) == Some(Kind::Num)
            {
                let (a, b) = (self.int(j)?, self.int(j + 2)?);
                if b > 0 && a < b {
                    return Some((j + 3, Num::N(v + a as f64 / b as f64)));
                }
            }
            return Some((j, Num::N(v)));
        }
        let (mut j, val) = self.lex(i, Cat::Number)?;
        if val == "X" {
            return Some((j, Num::X));
        }
        let mut n: i64 = val.parse().ok()?;
        if (20..=90).contains(&n) && n % 10 == 0 {
            let k = self.hy(j);
            if let Some((e, u)) = self.lex(k, Cat::Number) {
                if let Ok(u) = u.parse::<i64>() {
                    if (1..=9).contains(&u) && !self.is(k, "a") && !self.is(k, "an") {
                        n += u;
                        j = e;
                    }
                }
            }
        }
        if self.is(j, "hundred") && n < 100 {
            n *= 100;
            j += 1;
        }
        if self.is(j, "thousand") {
            n *= 1000;
            j += 1;
        }
        Some((j, Num::N(n as f64)))
    }

    // ------------------------------------------------------------ best match

    fn best(&self, i: usize) -> Option<M> {
        let mut best: Option<M> = self.base(i);
        let mut consider = |c: Option<M>| {
            if let Some(c) = c {
                if best.as_ref().map_or(true, |b| c.end > b.end) {
                    best = Some(c);
                }
            }
        };
        // "the" + expression
        if self.is(i, "the") {
            if let Some(mut c) = self.base(i + 1) {
                if c.the_ok {
                    c.start = i;
                    consider(Some(c));
                }
            }
        }
        // date modifiers: early/late/mid/earlier/later/the end of ...
        if let Some((j, _)) = self.lex(i, Cat::DateMod) {
            let j = self.hy(j);
            let c = self.base(j).or_else(|| {
                if self.is(j, "the") {
                    self.base(j + 1).filter(|c| c.the_ok)
                } else {
                    None
                }
            });
            if let Some(mut c) = c {
                if matches!(c.kind, D | TI) && !c.value.ends_with("_REF") {
                    c.start = i;
                    consider(Some(c));
                }
            }
        }
        // duration modifiers: about/nearly/more than ...
        if let Some((j, _)) = self.lex(i, Cat::DurMod) {
            let c = self.base(j).or_else(|| {
                if self.is(j, "the") {
                    self.base(j + 1).filter(|c| c.the_ok)
                } else {
                    None
                }
            });
            if let Some(mut c) = c {
                let ago = c.kind == D && self.is(c.end - 1, "ago");
                if (c.kind == DU || c.kind == TI || ago) && c.start == j {
                    c.start = i;
                    consider(Some(c));
                }
            }
        }
        best
    }

    fn base(&self, i: usize) -> Option<M> {
        let t = self.toks.get(i)?;
        let num = t.kind == Kind::Num;
        let (mask, lf) = match self.ids[i] {
            NO_WORD => (0, 0),
            id => {
                let b = self.lex.bucket(id);
                (b.mask, b.lit)
            }
        };
        if !num && mask == 0 && lf == 0 {
            return None;
        }
        // each rule with what its first token must be (a number, a word of a
        // vocabulary category, or one of the words it tests)
        let has = |c: Cat| mask & c.bit() != 0;
        let number = num || has(Cat::Number);
        let ordinal = has(Cat::Ordinal);
        let rules: [(bool, Rule<'a>); 21] = [
            (lf & lit::THAT != 0, Self::r_that),
            (has(Cat::Ref), Self::r_ref),
            (has(Cat::Deictic), Self::r_deictic),
            (has(Cat::Set) || lf & lit::EVERY_EACH != 0, Self::r_set),
            (has(Cat::Rel), Self::r_rel),
            (num || ordinal || has(Cat::Month), Self::r_month),
            (has(Cat::Weekday), Self::r_weekday),
            (number || lf & lit::R_YEAR != 0, Self::r_year),
            (
                num || ordinal || has(Cat::Rel) || lf & lit::R_QUARTER != 0,
                Self::r_quarter,
            ),
            (num || ordinal, Self::r_century),
            (number || lf & lit::CLOCK != 0, Self::r_clock_anchored),
            (number, Self::r_offset),
            (
                number || has(Cat::Unit) || lf & lit::QUAL != 0,
                Self::r_duration,
            ),
            (ordinal, Self::r_nth_weekday),
            (has(Cat::Holiday), Self::r_holiday),
            (has(Cat::Season), Self::r_season),
            (
                has(Cat::Unit) || lf & lit::FISCAL_FULL != 0,
                Self::r_the_unit,
            ),
            (num, Self::r_numeric_date),
            (has(Cat::PartOfDay) || lf & lit::MIDDAY != 0, Self::r_pod),
            (lf & lit::YEAR != 0, Self::r_year_end),
            (has(Cat::Decade), Self::r_decade_word),
        ];
        let mut best: Option<M> = None;
        for (may, r) in rules {
            if !may {
                continue;
            }
            if let Some(c) = r(self, i) {
                if best.as_ref().map_or(true, |b| c.end > b.end) {
                    best = Some(c);
                }
            }
        }
        best
    }

    // ------------------------------------------------------------ rules

    fn r_ref(&self, i: usize) -> Option<M> {
        let (j, v) = self.lex(i, Cat::Ref)?;
        // "in recent years/months": TimeML reads a vague span of that unit
        if self.is(i, "recent") && i > 0 && self.is(i - 1, "in") && j == i + 2 && !self.is(j, "and")
        {
            if let Some((_, u)) = self.lex(i + 1, Cat::Unit) {
                if matches!(u, "Y" | "M" | "W" | "D") {
                    return m(i, j, DU, dur_value(Num::X, u, false)?, true);
                }
            }
        }
        // "now" used as a discourse marker before a comma at sentence start is still PRESENT_REF
        // "current"/"future" as adjectives of time units are handled by other rules.
        if self.is(i, "current") && self.is(j, "account") {
            return None;
        }
        // "the past two months" is a duration
        if self.w(j - 1) == "past" && (self.number(j).is_some() || self.lex(j, Cat::Unit).is_some())
        {
            return None;
        }
        m(i, j, D, v.to_string(), true)
    }

    fn pod_after(&self, j: usize) -> Option<(usize, &'a str)> {
        if let Some(r) = self.lex(j, Cat::PartOfDay) {
            return Some(r);
        }
        if self.is(j, "in") && self.is(j + 1, "the") {
            if let Some((e, v)) = self.lex(j + 2, Cat::PartOfDay) {
                return Some((e, v));
            }
        }
        None
    }

    fn r_deictic(&self, i: usize) -> Option<M> {
        let (mut j, v) = self.lex(i, Cat::Deictic)?;
        // "today's world", "today's youth": the present age, not the day
        if self.is(i, "today")
            && self.is(j, "'")
            && self.is(j + 1, "s")
            && (j + 2..j + 4).any(|k| {
                matches!(
                    self.w(k),
                    "world" | "youth" | "society" | "generation" | "children" | "computers"
                )
            })
        {
            return None;
        }
        let (n, mut pod) = match v.split_once(':') {
            Some((n, p)) => (n, Some(p)),
            None => (v, None),
        };
        let n: i64 = n.parse().ok()?;
        let date = self.dct.and_then(|d| add(d, n, "D"));
        let ds = date.map(fmt_d).unwrap_or_else(|| "XXXX-XX-XX".to_string());
        if pod.is_none() {
            if let Some((e, p)) = self.pod_after(j) {
                pod = Some(p);
                j = e;
            }
        }
        if let Some((e, h, mi)) = self.clock_at_after(j) {
            return m(i, e, TI, format!("{ds}T{h:02}:{mi:02}"), false);
        }
        match pod {
            Some(p) => m(i, j, TI, format!("{ds}T{p}"), false),
            None => m(i, j, D, ds, false),
        }
    }

    fn money_or_number_before(&self, i: usize) -> bool {
        if i == 0 {
            return false;
        }
        let p = self.w(i - 1);
        self.kind(i - 1) == Some(Kind::Num)
            || (!matches!(p, "a" | "an") && self.lex(i - 1, Cat::Number).is_some())
            || matches!(
                p,
                "%" | "percent"
                    | "cents"
                    | "dollars"
                    | "times"
                    | "million"
                    | "billion"
                    | "once"
                    | "twice"
                    | "yen"
                    | "pounds"
                    | "euros"
                    | "marks"
                    | "francs"
                    | "hundred"
                    | "thousand"
            )
    }

    /// "$2 million a year", "700 seats a week": "a"/"per" at `i` makes a rate,
    /// not a time expression.
    fn rate_at(&self, i: usize) -> bool {
        if !matches!(self.w(i), "a" | "an" | "per") || i == 0 {
            return false;
        }
        let p = self.w(i - 1);
        if matches!(p, "once" | "twice" | "thrice" | "times") {
            return false;
        }
        self.money_or_number_before(i)
            || (i > 1 && p.len() > 2 && p.ends_with('s') && self.money_or_number_before(i - 1))
    }

    fn r_set(&self, i: usize) -> Option<M> {
        if let Some((j, v)) = self.lex(i, Cat::Set) {
            let w = self.w(i);
            if w == "a" || w == "an" || w == "per" {
                let p = if i > 0 { self.w(i - 1) } else { "" };
                if matches!(p, "once" | "twice" | "thrice" | "times") {
                    return m(i, j, SE, v.to_string(), false);
                }
                if self.rate_at(i) {
                    return None;
                }
                // "a year" alone is a duration
            } else {
                return m(i, j, SE, v.to_string(), false);
            }
        }
        if self.is(i, "every") || self.is(i, "each") {
            let j = i + 1;
            if let Some((e, wd)) = self.lex(j, Cat::Weekday) {
                let (e2, pod) = match self.lex(e, Cat::PartOfDay) {
                    Some((e2, p)) => (e2, format!("T{p}")),
                    None => (e, String::new()),
                };
                return m(i, e2, SE, format!("XXXX-WXX-{wd}{pod}"), false);
            }
            if let Some((e, mo)) = self.lex(j, Cat::Month) {
                return m(
                    i,
                    e,
                    SE,
                    format!("XXXX-{:02}", mo.parse::<i64>().ok()?),
                    false,
                );
            }
            if let Some((e, s)) = self.lex(j, Cat::Season) {
                return m(i, e, SE, format!("XXXX-{s}"), false);
            }
            if let Some((e, n)) = self.number(j) {
                if let Some((e2, u)) = self.lex(e, Cat::Unit) {
                    return m(i, e2, SE, dur_value(n, u, false)?, false);
                }
            }
            if self.is(j, "other") {
                if let Some((e2, u)) = self.lex(j + 1, Cat::Unit) {
                    return m(i, e2, SE, dur_value(Num::N(2.0), u, false)?, false);
                }
            }
        }
        None
    }

    fn r_rel(&self, i: usize) -> Option<M> {
        let (mut k, r) = self.lex(i, Cat::Rel)?;
        let r: i64 = r.parse().ok()?;
        let rw = self.w(i);
        if self.is(k, "fiscal") {
            k += 1;
        }
        let dct = self.dct;
        // unit
        if let Some((e, u)) = self.lex(k, Cat::Unit) {
            let word = self.w(k);
            // a quoted title: ABC's "This Week"
            if self.cap(i) && self.cap(k) && self.quoted(i) {
                return None;
            }
            if word.ends_with('s') && u != "S" {
                return None; // "the past years": duration rule
            }
            // "last year's quarter", "last year's period" (of an earnings report)
            if u == "Y"
                && self.is(e, "'")
                && self.is(e + 1, "s")
                && (self.is(e + 2, "quarter")
                    || (self.is(e + 2, "period")
                        && self.quarter_ctx(i)
                        && !self.months_span_before(i)))
            {
                let v = dct.map(|d| fmt_q(i64::from(d.year()) + r, quarter_of(d) - 1));
                return m(i, e + 3, D, v.unwrap_or_else(|| "XXXX-QX".into()), false);
            }
            if self.is(e, "-") {
                return None; // "last year-end"? leave
            }
            if self.w(i) == "past" && matches!(u, "DE" | "CE") {
                return None; // "the past decade" is a duration
            }
            let v: Option<String> = (|| {
                let d = dct?;
                let y = i64::from(d.year());
                Some(match u {
                    "Y" => fmt_y(y + r),
                    "M" => fmt_ym(y, i64::from(d.month()) + r),
                    "W" => fmt_w(add(d, r, "W")?),
                    "Q" => fmt_q(y, quarter_of(d) + r),
                    "WE" => {
                        // the weekend of the week: the last Saturday on or before
                        let back = (wd_num(d) - 6).rem_euclid(7);
                        let sat = add(add(d, -back, "D")?, r, "W")?;
                        format!("{}-WE", fmt_w(sat))
                    }
                    "DE" => fmt_y(y / 10 + r)[1..].to_string(),
                    "CE" => format!("{:02}", y / 100 + r),
                    "D" => fmt_d(add(d, r, "D")?),
                    _ => return None,
                })
            })();
            if matches!(u, "H" | "MIN" | "S") {
                return None;
            }
            if u == "D" && r == 0 {
                return None; // "this day"
            }
            let mut v = v.unwrap_or_else(|| "XXXX".to_string());
            // "the following year", "the previous month", "the next day": from
            // the time the text last named (TimeML's anchor), not from today
            let the_before = i > 0 && self.is(i - 1, "the");
            let anchored = matches!(u, "Y" | "M" | "D")
                && r != 0
                && (rw == "the"
                    || (the_before && matches!(rw, "following" | "previous" | "preceding"))
                    || (the_before && rw == "next" && u == "D"));
            if anchored {
                v = format!("@{u}{r}|{v}");
            }
            return m(i, e, D, v, rw != "this");
        }
        if let Some((e, mo)) = self.lex(k, Cat::Month) {
            if !self.cap(k) {
                return None;
            }
            let mo: i64 = mo.parse().ok()?;
            let v = dct.map(|d| {
                let (y, dm) = (i64::from(d.year()), i64::from(d.month()));
                // "last February" said in March is last year's February
                let y = match r {
                    -1 if mo + 1 >= dm => y - 1,
                    1 if mo <= dm => y + 1,
                    _ => y,
                };
                (y, mo)
            });
            let e = if self.is(e, ".") && self.adj(e) && self.w(k).len() <= 4 {
                e + 1
            } else {
                e
            };
            // "last Oct. 23"
            if let Some((e2, day)) = self.day_at(e) {
                if let Some(dd) = v.and_then(|(y, mo)| ymd(y, mo, day)) {
                    return m(i, e2, D, fmt_d(dd), false);
                }
            }
            let v = v.map(|(y, mo)| fmt_ym(y, mo));
            return m(i, e, D, v.unwrap_or_else(|| format!("XXXX-{mo:02}")), false);
        }
        if let Some((e, wd)) = self.lex(k, Cat::Weekday) {
            let wd: i64 = wd.parse().ok()?;
            let v = dct.and_then(|d| {
                let cur = wd_num(d);
                let off = match r {
                    -1 => {
                        let b = (cur - wd).rem_euclid(7);
                        -(if b == 0 { 7 } else { b })
                    }
                    1 => {
                        let f = (wd - cur).rem_euclid(7);
                        if f == 0 {
                            7
                        } else {
                            f
                        }
                    }
                    _ => wd - cur,
                };
                add(d, off, "D").map(fmt_d)
            });
            let ds = v.unwrap_or_else(|| "XXXX-XX-XX".to_string());
            if let Some((e2, p)) = self.pod_after(e) {
                return m(i, e2, TI, format!("{ds}T{p}"), false);
            }
            // "the previous Friday", "the following Monday": from the day the
            // text last named, as "the following year" is
            let the_before = i > 0 && self.is(i - 1, "the");
            if r != 0
                && (rw == "the"
                    || (the_before && matches!(rw, "previous" | "preceding" | "following")))
            {
                let dir = if r < 0 { 'P' } else { 'N' };
                return m(i, e, D, format!("@{dir}{wd}|{ds}"), false);
            }
            return m(i, e, D, ds, false);
        }
        if let Some((e, s)) = self.lex(k, Cat::Season) {
            let v = dct.map(|d| {
                let y = i64::from(d.year()) - i64::from(d.month() <= 2);
                let cur = season_of_month(i64::from(d.month()));
                let si = season_idx(s);
                // "last spring" is the spring of last year ("this past
                // spring" the most recent one)
                let y = match r {
                    -1 if rw == "last" && s != "WI" => i64::from(d.year()) - 1,
                    -1 if si >= cur => y - 1,
                    1 if si <= cur => y + 1,
                    _ => y,
                };
                format!("{}-{s}", fmt_y(y))
            });
            return m(i, e, D, v.unwrap_or_else(|| format!("XXXX-{s}")), false);
        }
        if r == 0 && rw == "this" {
            if let Some((e, p)) = self.lex(k, Cat::PartOfDay) {
                let ds = dct.map(fmt_d).unwrap_or_else(|| "XXXX-XX-XX".to_string());
                return m(i, e, TI, format!("{ds}T{p}"), false);
            }
        }
        None
    }

    /// "a year ago", "a year earlier", "last year", "of last year" at `e`: the end.
    fn year_back_after(&self, e: usize) -> Option<usize> {
        if self.is(e, "a") && self.is(e + 1, "year") && matches!(self.w(e + 2), "ago" | "earlier") {
            return Some(e + 3);
        }
        let k = if self.is(e, "of") { e + 1 } else { e };
        (self.is(k, "last") && self.is(k + 1, "year") && !self.is(k + 2, "'")).then_some(k + 2)
    }

    /// A day number 1..=31 with an optional ordinal suffix; returns (end, day).
    fn day_at(&self, i: usize) -> Option<(usize, i64)> {
        if self.ndigits(i) > 2 {
            return None;
        }
        let d = self.int(i)?;
        if !(1..=31).contains(&d) {
            return None;
        }
        let mut j = i + 1;
        if matches!(self.w(j), "st" | "nd" | "rd" | "th") && self.adj(j) {
            j += 1;
        }
        // not a clock time or decimal
        if (self.is(j, ":") || self.is(j, ".")) && self.kind(j + 1) == Some(Kind::Num) {
            return None;
        }
        Some((j, d))
    }

    /// A four-digit year (not a price or count); returns (end, year).
    fn year_at(&self, i: usize) -> Option<(usize, i64)> {
        if self.ndigits(i) != 4 {
            return None;
        }
        let y = self.int(i)?;
        if !(1000..=2199).contains(&y) {
            return None;
        }
        if i > 0 && self.adj(i) && matches!(self.w(i - 1), "$" | "." | "," | "#" | "-" | "/") {
            // "-" allowed after "mid" only
            if !(self.is(i - 1, "-") && i >= 2 && self.is(i - 2, "mid")) {
                return None;
            }
        }
        let j = i + 1;
        if self.adj(j) {
            let n = self.w(j);
            if matches!(n, "." | "," | "/" | "-")
                && self.kind(j + 1) == Some(Kind::Num)
                && self.adj(j + 1)
            {
                return None;
            }
            if self.kind(j) == Some(Kind::Word) || n == "%" {
                return None;
            }
        }
        Some((j, y))
    }

    /// A year expression after a month or season: 1994, "this year", "nineteen ninety-four".
    fn year_expr(&self, i: usize) -> Option<(usize, i64)> {
        if let Some(r) = self.year_at(i) {
            return Some(r);
        }
        if let Some(r) = self.spoken_year(i) {
            return Some(r);
        }
        let (k, r) = self.lex(i, Cat::Rel)?;
        if !self.is(k, "year") || self.w(i) == "past" {
            return None;
        }
        let r: i64 = r.parse().ok()?;
        Some((k + 1, i64::from(self.dct?.year()) + r))
    }

    fn spoken_year(&self, i: usize) -> Option<(usize, i64)> {
        let (j, v) = self.lex(i, Cat::Number)?;
        let v: i64 = v.parse().ok()?;
        if (11..=19).contains(&v) {
            let (e, n) = self.number(j)?;
            let Num::N(n) = n else { return None };
            let n = n as i64;
            if !(10..=99).contains(&n) || self.is(j, "a") {
                return None;
            }
            return Some((e, v * 100 + n));
        }
        if v == 2 && self.is(j, "thousand") {
            let mut e = j + 1;
            let mut y = 2000;
            let k = if self.is(e, "and") { e + 1 } else { e };
            if let Some((e2, Num::N(n))) = self.number(k) {
                if (1.0..100.0).contains(&n) && !self.is(k, "a") {
                    y += n as i64;
                    e = e2;
                }
            }
            return Some((e, y));
        }
        None
    }

    fn month_at(&self, i: usize) -> Option<(usize, i64)> {
        let (mut j, mo) = self.lex(i, Cat::Month)?;
        if !self.cap(i) {
            return None;
        }
        let mo: i64 = mo.parse().ok()?;
        let w = self.w(i);
        if self.is(j, ".") && self.adj(j) && w.len() <= 4 {
            j += 1;
        } else if w.len() <= 4 && w != "may" && w != "june" && w != "july" {
            // bare abbreviations need a following day or year
            if self.day_at(j).is_none() && self.year_at(j).is_none() {
                return None;
            }
        }
        Some((j, mo))
    }

    fn r_month(&self, i: usize) -> Option<M> {
        // day-first: "5 November 2022", "the 5th of November"
        if let Some((j, day)) = self.day_at(i).or_else(|| {
            let (j, o) = self.lex(i, Cat::Ordinal)?;
            let o: i64 = o.parse().ok()?;
            (1..=31).contains(&o).then_some((j, o))
        }) {
            let k = if self.is(j, "of") { j + 1 } else { j };
            if let Some((e, mo)) = self.month_at(k) {
                let (e, y) = match self.year_after(e) {
                    Some((e2, y)) => (e2, Some(y)),
                    None => (e, self.infer_year(mo, i)),
                };
                let v = match y.and_then(|y| ymd(y, mo, day)) {
                    Some(d) => fmt_d(d),
                    None => format!("XXXX-{mo:02}-{day:02}"),
                };
                return m(i, e, D, v, true);
            }
        }
        let (j, mo) = self.month_at(i)?;
        let w = self.w(i);
        // month + day
        let mut k = j;
        let mut day = None;
        if let Some((e, d)) = self.day_at(k) {
            day = Some(d);
            k = e;
        }
        let (e, y) = match self.year_after(k) {
            Some((e2, y)) => (e2, Some(y)),
            None => {
                // "January this year", "June last year", "the winter of"
                let kk = if self.is(k, "of") { k + 1 } else { k };
                match self.year_expr(kk) {
                    Some((e2, y)) if self.year_at(kk).is_none() => (e2, Some(y)),
                    _ => (k, None),
                }
            }
        };
        if day.is_none() && y.is_none() {
            // bare month: "May" and "March" are often other words
            if w == "may" || w == "march" {
                let prev = if i > 0 { self.w(i - 1) } else { "" };
                if !matches!(
                    prev,
                    "in" | "since"
                        | "until"
                        | "through"
                        | "by"
                        | "early"
                        | "late"
                        | "mid"
                        | "last"
                        | "next"
                        | "this"
                        | "of"
                        | "-"
                        | "before"
                        | "after"
                        | "during"
                ) {
                    return None;
                }
            }
            if i == 0 || self.sentence_start(i) == i {
                // sentence-initial capital proves nothing for "May"/"March"
                if w == "may" || w == "march" {
                    return None;
                }
            }
        }
        let yy = y.or_else(|| self.infer_year(mo, i));
        let v = match (day, yy) {
            (Some(d), Some(y)) => ymd(y, mo, d)
                .map(fmt_d)
                .unwrap_or_else(|| format!("{}-{mo:02}", fmt_y(y))),
            (Some(d), None) => format!("XXXX-{mo:02}-{d:02}"),
            (None, Some(y)) => fmt_ym(y, mo),
            (None, None) => format!("XXXX-{mo:02}"),
        };
        m(i, e, D, v, true)
    }

    /// ", 1998" or " 1998" after a month/day.
    fn year_after(&self, k: usize) -> Option<(usize, i64)> {
        let k2 = if self.is(k, ",") { k + 1 } else { k };
        if let Some(r) = self.year_at(k2) {
            return Some(r);
        }
        if self.is(k2, "'") && self.ndigits(k2 + 1) == 2 && self.adj(k2 + 1) {
            let n = self.int(k2 + 1)?;
            let base = self.dct.map(|d| i64::from(d.year())).unwrap_or(2000);
            let c = base / 100 * 100;
            let y = if c + n > base + 10 {
                c - 100 + n
            } else {
                c + n
            };
            return Some((k2 + 2, y));
        }
        if k2 == k {
            return self.spoken_year(k);
        }
        None
    }

    fn r_weekday(&self, i: usize) -> Option<M> {
        let (mut j, wd) = self.lex(i, Cat::Weekday)?;
        if !self.cap(i) {
            return None;
        }
        let w = self.w(i);
        let abbrev = !w.ends_with("day");
        if abbrev {
            if !(self.is(j, ".") && self.adj(j)) {
                return None;
            }
            j += 1;
        }
        let wd: i64 = wd.parse().ok()?;
        // "Friday, Nov. 5"
        let k = if self.is(j, ",") { j + 1 } else { j };
        if let Some(mm) = self.r_month(k) {
            if mm.value.len() == 10 {
                return m(i, mm.end, D, mm.value, false);
            }
        }
        // "as soon as Tuesday", "until Friday", "by Monday": a deadline ahead
        let ahead = i >= 2
            && ((matches!(self.w(i - 1), "until" | "by" | "till") && !self.past_tense(i))
                || (self.is(i - 1, "as") && self.is(i - 2, "soon")));
        let v = self.dct.and_then(|d| {
            let cur = wd_num(d);
            let off = if wd == cur {
                0
            } else if ahead
                || self.future(i)
                || ((wd - cur).rem_euclid(7) == 1 && !self.past_tense(i))
            {
                // the nearest occurrence: "Tuesday" in a Monday paper is rarely six days back
                (wd - cur).rem_euclid(7)
            } else {
                -((cur - wd).rem_euclid(7))
            };
            add(d, off, "D").map(fmt_d)
        });
        let ds = v.unwrap_or_else(|| format!("XXXX-WXX-{wd}"));
        if let Some((e, h, mi)) = self.clock_at_after(j) {
            return m(i, e, TI, format!("{ds}T{h:02}:{mi:02}"), false);
        }
        if let Some((e, p)) = self.pod_after(j) {
            return m(i, e, TI, format!("{ds}T{p}"), false);
        }
        m(i, j, D, ds, false)
    }

    fn r_year(&self, i: usize) -> Option<M> {
        let mut s = i;
        let mut fiscal = false;
        if self.is(s, "fiscal") {
            fiscal = true;
            s += 1;
            if self.is(s, "year") {
                s += 1;
            }
        } else if self.is(s, "fy") && self.kind(s + 1) == Some(Kind::Num) && self.adj(s + 1) {
            let n = self.int(s + 1)?;
            let y = if self.ndigits(s + 1) == 4 {
                n
            } else if self.ndigits(s + 1) == 2 {
                2000 + n
            } else {
                return None;
            };
            return m(i, s + 2, D, fmt_y(y), false);
        } else if self.is(s, "year") {
            s += 1;
            let (e, y) = self.year_at(s).or_else(|| self.spoken_year(s))?;
            return m(i, e, D, fmt_y(y), true);
        }
        // "'90s"
        if self.is(s, "'")
            && self.ndigits(s + 1) == 2
            && self.adj(s + 1)
            && self.is(s + 2, "s")
            && self.adj(s + 2)
        {
            let n = self.int(s + 1)?;
            if n % 10 != 0 {
                return None;
            }
            let base = self.dct.map(|d| i64::from(d.year())).unwrap_or(2000);
            let c = base / 100 * 100;
            let y = if c + n > base { c - 100 + n } else { c + n };
            return m(i, s + 3, D, fmt_y(y)[..3].to_string(), true);
        }
        if self.ndigits(s) == 4 && self.is(s + 1, "s") && self.adj(s + 1) {
            let y = self.int(s)?;
            if (1000..=2190).contains(&y) && y % 10 == 0 {
                if i > 0 && self.is(s - 1, "$") {
                    return None;
                }
                return m(i, s + 2, D, fmt_y(y)[..3].to_string(), true);
            }
            return None;
        }
        if let Some((e, y)) = self.year_at(s) {
            // "2000 troops": a count before a plural noun, unless after a preposition
            let next = self.w(e);
            let prev = if s > 0 { self.w(s - 1) } else { "" };
            if !fiscal
                && self.kind(e) == Some(Kind::Word)
                && !self.cap(e)
                && next.len() > 3
                && next.ends_with('s')
                && !matches!(
                    next,
                    "was" | "has" | "saw" | "sees" | "marks" | "looks" | "seems"
                )
                && !matches!(
                    prev,
                    "in" | "since"
                        | "of"
                        | "by"
                        | "until"
                        | "from"
                        | "to"
                        | "before"
                        | "after"
                        | "during"
                        | "through"
                        | "the"
                        | "early"
                        | "late"
                        | "mid"
                        | "-"
                        | ","
                )
            {
                return None;
            }
            // plausible year range unless marked as fiscal
            if !fiscal && !(1100..=2100).contains(&y) {
                return None;
            }
            if !fiscal && i > 0 && self.is(i - 1, "$") {
                return None;
            }
            // "the 1988 quarter", "the 1989 period": the quarter of that year
            // (a period is one when the text reports quarters, not nine months)
            let period = self.is(e, "period")
                && i > 0
                && self.is(i - 1, "the")
                && self.quarter_ctx(i)
                && !self.months_span_before(i);
            if (self.is(e, "quarter") || period) && !fiscal {
                let q = self.dct.map(|d| quarter_of(d) - 1).unwrap_or(0);
                let v = if q >= 1 { fmt_q(y, q) } else { fmt_y(y) };
                return m(i, e + 1, D, v, true);
            }
            return m(i, e, D, fmt_y(y), fiscal);
        }
        if fiscal {
            // "fiscal 89"
            if self.ndigits(s) == 2 {
                let n = self.int(s)?;
                return m(i, s + 1, D, fmt_y(1900 + n), true);
            }
            return None;
        }
        // spoken years need a strong cue: "in nineteen ninety-six"
        if let Some((e, y)) = self.spoken_year(s) {
            if y >= 1900
                || (i > 0 && matches!(self.w(i - 1), "in" | "since" | "of" | "until" | "by"))
            {
                return m(i, e, D, fmt_y(y), true);
            }
        }
        None
    }

    fn r_quarter(&self, i: usize) -> Option<M> {
        let dct = self.dct;
        let mut s = i;
        let mut explicit_year: Option<i64> = None;
        // "this year's third quarter"
        if let Some((k, r)) = self.lex(s, Cat::Rel) {
            if self.is(k, "year") && self.is(k + 1, "'") && self.is(k + 2, "s") {
                let r: i64 = r.parse().ok()?;
                explicit_year = Some(i64::from(dct?.year()) + r);
                s = k + 3;
            }
        }
        if explicit_year.is_none() {
            if let Some((k, y)) = self.year_at(s) {
                if self.is(k, "'") && self.is(k + 1, "s") {
                    explicit_year = Some(y);
                    s = k + 2;
                } else if self.lex(k, Cat::Ordinal).is_some() || self.is(k, "fiscal") {
                    explicit_year = Some(y);
                    s = k;
                }
            }
        }
        if self.is(s, "fiscal") {
            s += 1;
        }
        // Q3 2022
        if self.is(s, "q") && self.ndigits(s + 1) == 1 && self.adj(s + 1) {
            let q = self.int(s + 1)?;
            if !(1..=4).contains(&q) {
                return None;
            }
            let mut e = s + 2;
            let mut y = explicit_year.or_else(|| dct.map(|d| i64::from(d.year())));
            let k = if self.is(e, "of") { e + 1 } else { e };
            if let Some((e2, yy)) = self.year_at(k) {
                y = Some(yy);
                e = e2;
            }
            let v = y
                .map(|y| fmt_q(y, q))
                .unwrap_or_else(|| format!("XXXX-Q{q}"));
            return m(i, e, D, v, true);
        }
        // year-earlier / year-ago quarter|period
        if self.is(s, "year") && self.is(s + 1, "-") && matches!(self.w(s + 2), "earlier" | "ago") {
            let e = s + 3;
            let d = dct;
            let prevq = |d: Date| fmt_q(i64::from(d.year()) - 1, quarter_of(d) - 1);
            // "the year-ago third quarter": that quarter of the year before
            if let Some((k, o)) = self.lex(e, Cat::Ordinal) {
                let k = self.hy(k);
                let q: i64 = o.parse().ok()?;
                if self.is(k, "quarter") && (1..=4).contains(&q) {
                    let v = d.map(|d| fmt_q(i64::from(d.year()) - 1, q));
                    return m(i, k + 1, D, v.unwrap_or_else(|| format!("XXXX-Q{q}")), true);
                }
            }
            // "the year-earlier nine months": a span of that length
            if !matches!(self.w(e), "a" | "an") {
                if let Some((k, n)) = self.number(e) {
                    if let Some((e2, u)) = self.lex(k, Cat::Unit) {
                        if self.w(k).ends_with('s') && matches!(u, "M" | "W" | "D") {
                            return m(i, e2, DU, dur_value(n, u, false)?, true);
                        }
                    }
                }
            }
            if matches!(self.w(e), "quarter" | "period") {
                return m(
                    i,
                    e + 1,
                    D,
                    d.map(prevq).unwrap_or_else(|| "XXXX-QX".into()),
                    true,
                );
            }
            let v = d.map(|d| {
                if self.quarter_ctx(i) && !self.months_span_before(i) {
                    prevq(d)
                } else {
                    fmt_y(i64::from(d.year()) - 1)
                }
            });
            return m(i, e, D, v.unwrap_or_else(|| "XXXX".into()), true);
        }
        if matches!(
            self.w(s),
            "latest" | "comparable" | "corresponding" | "same" | "recent" | "just-ended"
        ) && matches!(self.w(s + 1), "quarter" | "period")
            && s == i
        {
            // "the same period last year": the reported quarter a year back
            let (e, back) = match self.year_back_after(s + 2) {
                Some(e) => (e, 1),
                None if self.is(s, "corresponding") => return None,
                None => (s + 2, 0),
            };
            let v = dct.map(|d| fmt_q(i64::from(d.year()) - back, quarter_of(d) - 1));
            return m(i, e, D, v.unwrap_or_else(|| "XXXX-QX".into()), true);
        }
        // ordinal quarter / half
        let (k, q) = if let Some((k, o)) = self.lex(s, Cat::Ordinal) {
            (k, o.parse::<i64>().ok()?)
        } else if self.ndigits(s) == 1
            && matches!(self.w(s + 1), "st" | "nd" | "rd" | "th")
            && self.adj(s + 1)
        {
            (s + 2, self.int(s)?)
        } else {
            return None;
        };
        let k = self.hy(k);
        let (unit, maxn) = match self.w(k) {
            "quarter" => ('Q', 4),
            "half" => ('H', 2),
            _ => return None,
        };
        if !(1..=maxn).contains(&q) {
            return None;
        }
        let mut e = k + 1;
        let mut y = explicit_year;
        if y.is_none() {
            let kk = if self.is(e, "of") || self.is(e, ",") {
                e + 1
            } else {
                e
            };
            let kk = if self.is(kk, "fiscal") { kk + 1 } else { kk };
            if let Some((e2, yy)) = self.year_expr(kk) {
                y = Some(yy);
                e = e2;
            }
        }
        let y = y.or_else(|| {
            let d = dct?;
            let cur = if unit == 'Q' {
                quarter_of(d)
            } else {
                (quarter_of(d) + 1) / 2
            };
            Some(i64::from(d.year()) - i64::from(q > cur && !self.future(i)))
        });
        let v = match y {
            Some(y) => format!("{}-{unit}{q}", fmt_y(y)),
            None => format!("XXXX-{unit}{q}"),
        };
        m(i, e, D, v, true)
    }

    fn r_century(&self, i: usize) -> Option<M> {
        let (k, n) = if let Some((k, o)) = self.lex(i, Cat::Ordinal) {
            (k, o.parse::<i64>().ok()?)
        } else if self.ndigits(i) <= 2
            && matches!(self.w(i + 1), "st" | "nd" | "rd" | "th")
            && self.adj(i + 1)
        {
            (i + 2, self.int(i)?)
        } else {
            return None;
        };
        let k = self.hy(k);
        if !self.is(k, "century") || !(1..=30).contains(&n) {
            return None;
        }
        m(i, k + 1, D, format!("{:02}", n - 1), true)
    }

    /// A clock time at `i`: (end, hour, minute).
    fn clock_at(&self, i: usize) -> Option<(usize, i64, i64)> {
        match self.w(i) {
            // "High Noon" is a film, "high noon" a figure of speech
            "noon" if i > 0 && self.is(i - 1, "high") => return None,
            "noon" => return Some((i + 1, 12, 0)),
            "midnight" => return Some((i + 1, 0, 0)),
            "half" if self.is(i + 1, "past") => {
                let (e, h) = self.hour_word(i + 2)?;
                let (e, h) = self.ampm(e, h);
                return Some((e, h, 30));
            }
            "quarter" if matches!(self.w(i + 1), "past" | "to") => {
                let (e, h) = self.hour_word(i + 2)?;
                let (e, h) = self.ampm(e, h);
                return Some(if self.is(i + 1, "past") {
                    (e, h, 15)
                } else {
                    (e, (h + 23) % 24, 45)
                });
            }
            _ => {}
        }
        let (j, h) = self.hour_word(i)?;
        let (mut j, mut mi) = (j, 0);
        let digital = self.kind(i) == Some(Kind::Num);
        if digital && self.is(j, ":") && self.ndigits(j + 1) == 2 && self.adj(j) && self.adj(j + 1)
        {
            mi = self.int(j + 1)?;
            if mi > 59 {
                return None;
            }
            j += 2;
            let (e, hh) = self.ampm(j, h);
            if e == j && !(0..=23).contains(&h) {
                return None;
            }
            return Some((e, hh, mi));
        }
        if self.is(j, "o") && self.is(j + 1, "'") && self.is(j + 2, "clock") {
            let (e, hh) = self.ampm(j + 3, h);
            return Some((e, hh, 0));
        }
        let (e, hh) = self.ampm(j, h);
        if e == j {
            return None;
        }
        Some((e, hh, mi))
    }

    fn hour_word(&self, i: usize) -> Option<(usize, i64)> {
        if let Some(h) = self.int(i) {
            if self.ndigits(i) <= 2 && (0..=23).contains(&h) {
                return Some((i + 1, h));
            }
            return None;
        }
        let (j, v) = self.lex(i, Cat::Number)?;
        let h: i64 = v.parse().ok()?;
        if self.is(i, "a") || self.is(i, "an") || !(1..=12).contains(&h) {
            return None;
        }
        Some((j, h))
    }

    /// Reads "a.m."/"p.m."/"am"/"pm" at `j`.
    fn ampm(&self, j: usize, h: i64) -> (usize, i64) {
        let w = self.w(j);
        let (e, pm) = if (w == "a" || w == "p") && self.is(j + 1, ".") && self.is(j + 2, "m") {
            let e = if self.is(j + 3, ".") && self.adj(j + 3) {
                j + 4
            } else {
                j + 3
            };
            (e, w == "p")
        } else if w == "am" || w == "pm" {
            (j + 1, w == "pm")
        } else {
            return (j, h);
        };
        if !(1..=12).contains(&h) {
            return (j, h);
        }
        let h = match (pm, h) {
            (true, 12) => 12,
            (true, h) => h + 12,
            (false, 12) => 0,
            (false, h) => h,
        };
        (e, h)
    }

    /// A clock time after "at" following a day: "Friday at 3 p.m.".
    fn clock_at_after(&self, j: usize) -> Option<(usize, i64, i64)> {
        let k = if self.is(j, "at") || self.is(j, ",") {
            j + 1
        } else {
            j
        };
        if k == j && !matches!(self.w(j), "noon" | "midnight") {
            return None;
        }
        self.clock_at(k)
    }

    fn r_clock_anchored(&self, i: usize) -> Option<M> {
        let (e, h, mi) = self.clock_at(i)?;
        // optional day anchor after: "10 p.m. Wednesday", "noon on Friday", "3 p.m. yesterday"
        let mut e = e;
        if matches!(
            self.w(e),
            "est" | "edt" | "cst" | "cdt" | "pst" | "pdt" | "gmt" | "utc" | "et" | "bst" | "cet"
        ) {
            e += 1;
        } else if self.is(e, "local") && self.is(e + 1, "time") {
            e += 2;
        }
        let mut k = e;
        if matches!(self.w(k), "on" | ",") {
            k += 1;
        }
        let mut end = e;
        let mut date: Option<String> = self.dct.map(fmt_d);
        for c in [self.r_weekday(k), self.r_deictic(k), self.r_month(k)]
            .into_iter()
            .flatten()
        {
            if c.value.len() >= 10 && c.kind == D {
                date = Some(c.value[..10].to_string());
                end = c.end;
                break;
            }
        }
        if end == e {
            if let Some((e2, p)) = self.lex(e, Cat::Deictic) {
                if !p.contains(':') {
                    let n: i64 = p.parse().ok()?;
                    date = self.dct.and_then(|d| add(d, n, "D")).map(fmt_d);
                    end = e2;
                }
            }
        }
        let ds = date.unwrap_or_else(|| "XXXX-XX-XX".to_string());
        let hh = if h == 24 { 0 } else { h };
        m(i, end, TI, format!("{ds}T{hh:02}:{mi:02}"), false)
    }

    fn r_offset(&self, i: usize) -> Option<M> {
        let (j, n) = self.number(i)?;
        let j = self.hy(j);
        let (e, u) = self.lex(j, Cat::Unit)?;
        let e = self.hy(e);
        let (e2, dir) = self.lex(e, Cat::Shift)?;
        let sw = self.w(e);
        if !matches!(sw, "ago" | "earlier" | "later" | "hence" | "from") {
            return None;
        }
        let dir: i64 = dir.parse().ok()?;
        // "three days later", "a day earlier": counted from a narrative event,
        // not from today; TimeML tags the length and leaves the signal out
        if u == "D" && matches!(sw, "earlier" | "later") {
            return m(i, e, DU, dur_value(n, u, false)?, false);
        }
        let Num::N(n) = n else {
            let v = if dir < 0 { "PAST_REF" } else { "FUTURE_REF" };
            return m(i, e2, D, v.to_string(), false);
        };
        let n = n as i64;
        let v = self.dct.and_then(|d| {
            let t = add(d, dir * n, if u == "WE" { "W" } else { u })?;
            Some(match u {
                "Y" => {
                    if self.quarter_ctx(i) && n == 1 && !self.months_span_before(i) {
                        fmt_q(i64::from(t.year()), quarter_of(d) - 1)
                    } else {
                        fmt_y(i64::from(t.year()))
                    }
                }
                "M" => fmt_ym(i64::from(t.year()), i64::from(t.month())),
                "W" | "WE" => fmt_w(t),
                "D" => fmt_d(t),
                "Q" => fmt_q(i64::from(t.year()), quarter_of(t)),
                "DE" => fmt_y(i64::from(t.year()))[..3].to_string(),
                "CE" => fmt_y(i64::from(t.year()))[..2].to_string(),
                _ => return None,
            })
        });
        match v {
            Some(v) => m(i, e2, D, v, false),
            None if matches!(u, "H" | "MIN" | "S") => None,
            None => m(i, e2, D, "XXXX".into(), false),
        }
    }

    fn r_duration(&self, i: usize) -> Option<M> {
        let mut j = i;
        let mut qual = false;
        if crate::lexicon::DURATION_QUALIFIERS.contains(&self.w(j)) {
            j += 1;
            qual = true;
        }
        if let Some((j2, n)) = self.number(j) {
            if j == i && self.rate_at(i) && self.lex(j2, Cat::Unit).is_some() {
                return None;
            }
            let single_article = matches!(self.w(j), "a" | "an" | "one");
            let mut k = j2;
            if self.is(k, "more") || self.is(k, "full") || self.is(k, "straight") {
                k += 1;
            }
            let hyph = self.is(k, "-") && self.adj(k);
            k = self.hy(k);
            let (mut e, u) = self.lex(k, Cat::Unit)?;
            let uw = self.w(k);
            // "a second", "a quarter of" are rarely durations
            if u == "S" && !uw.ends_with('s') && single_article {
                return None;
            }
            if u == "Q" && (single_article || self.is(e, "of")) {
                return None;
            }
            if hyph && self.kind(j) == Some(Kind::Num) && self.ndigits(j) == 4 {
                return None; // "1990-year"?
            }
            // "the 1990 period"? no: numbers here are counts
            if let Num::N(v) = n {
                if v > 10000.0
                    || (self.kind(j) == Some(Kind::Num)
                        && self.ndigits(j) == 4
                        && !uw.ends_with('s'))
                {
                    return None;
                }
            }
            let mut half = false;
            if self.is(e, "and") && self.is(e + 1, "a") && self.is(e + 2, "half") {
                half = true;
                e += 3;
            }
            if (self.is(e, "-") && self.is(e + 1, "old")) || self.is(e, "old") {
                return None; // ages ("52 years old") are not time expressions
            }
            if self.is(e, "-") && self.is(e + 1, "long") && self.adj(e) {
                e += 2;
            }
            let v = dur_value(n, u, half)?;
            return m(i, e, DU, v, true);
        }
        if qual {
            // "the past few weeks" handled by number (few = X); "past decade"
            if let Some((e, u)) = self.lex(j, Cat::Unit) {
                if self.w(i) == "past" && matches!(u, "DE" | "CE") && !self.w(j).ends_with('s') {
                    return m(i, e, DU, dur_value(Num::N(1.0), u, false)?, true);
                }
            }
            return None;
        }
        // bare plurals after a preposition: "for years", "in decades"
        if i > 0
            && matches!(
                self.w(i - 1),
                "for" | "within" | "in" | "over" | "took" | "take" | "lasted"
            )
        {
            if let Some((e, u)) = self.lex(i, Cat::Unit) {
                if self.w(i).ends_with('s')
                    && !matches!(u, "Q" | "S" | "WE")
                    && !self.is(e, "of")
                    && !self.is(e, "'")
                {
                    return m(i, e, DU, dur_value(Num::X, u, false)?, true);
                }
            }
        }
        None
    }

    fn r_nth_weekday(&self, i: usize) -> Option<M> {
        let (k, o) = self.lex(i, Cat::Ordinal)?;
        let nth: i64 = o.parse().ok()?;
        let (k2, wd) = self.lex(k, Cat::Weekday)?;
        if !self.is(k2, "of") && !self.is(k2, "in") {
            return None;
        }
        let k3 = k2 + 1;
        // month expression: Month [year] | this/next/last month
        let (e, y, mo) = if let Some((e, mo)) = self.month_at(k3) {
            let mo: i64 = mo;
            match self.year_after(e) {
                Some((e2, y)) => (e2, Some(y), mo),
                None => (e, self.infer_year(mo, i), mo),
            }
        } else if let Some((e, r)) = self.lex(k3, Cat::Rel) {
            if !self.is(e, "month") {
                return None;
            }
            let r: i64 = r.parse().ok()?;
            let d = self.dct.and_then(|d| add(d.first_of_month(), r, "M"));
            (
                e + 1,
                d.map(|d| i64::from(d.year())),
                d.map(|d| i64::from(d.month())).unwrap_or(0),
            )
        } else {
            return None;
        };
        let wd: i8 = wd.parse().ok()?;
        let v = y
            .and_then(|y| ymd(y, mo, 1))
            .and_then(|d| {
                let wdv = Weekday::from_monday_one_offset(wd).ok()?;
                d.nth_weekday_of_month(i8::try_from(nth).ok()?, wdv).ok()
            })
            .map(fmt_d)
            .unwrap_or_else(|| "XXXX-XX-XX".to_string());
        m(i, e + 1 - 1, D, v, true)
    }

    fn r_holiday(&self, i: usize) -> Option<M> {
        let (e, v) = self.lex(i, Cat::Holiday)?;
        if !self.cap(i) {
            return None;
        }
        let h = parse_holiday(v)?;
        let mo = match h {
            Holiday::Fixed(m, _) | Holiday::Nth(m, _, _) => i64::from(m),
        };
        let (e, y) = match self.year_after(e) {
            Some((e2, y)) => (e2, Some(y)),
            None => (e, self.infer_year(mo, i)),
        };
        let val = y
            .and_then(|y| match h {
                Holiday::Fixed(m, d) => ymd(y, i64::from(m), i64::from(d)),
                Holiday::Nth(m, n, wd) => {
                    let first = ymd(y, i64::from(m), 1)?;
                    first
                        .nth_weekday_of_month(n, Weekday::from_monday_one_offset(wd).ok()?)
                        .ok()
                }
            })
            .map(fmt_d)
            .unwrap_or_else(|| "XXXX-XX-XX".to_string());
        m(i, e, D, val, true)
    }

    /// "that year", "that same day", "that month": the time last named.
    fn r_that(&self, i: usize) -> Option<M> {
        if !self.is(i, "that") {
            return None;
        }
        let k = if self.is(i + 1, "same") { i + 2 } else { i + 1 };
        let (e, u) = self.lex(k, Cat::Unit)?;
        if !matches!(u, "Y" | "M" | "D") || self.w(k).ends_with('s') || self.is(e, "'") {
            return None;
        }
        // "|@": dropped when the text names no earlier time ("that day" of a
        // generic statement)
        m(i, e, D, format!("@{u}0|@"), false)
    }

    fn r_season(&self, i: usize) -> Option<M> {
        let (e, s) = self.lex(i, Cat::Season)?;
        let k = if self.is(e, "of") || self.is(e, ",") {
            e + 1
        } else {
            e
        };
        if let Some((e2, y)) = self.year_expr(k) {
            return m(i, e2, D, format!("{}-{s}", fmt_y(y)), true);
        }
        // "the summer", "over the summer": this year's season, or last year's
        // when it has not begun yet (a definite season is one already known)
        let the = i > 0 && matches!(self.w(i - 1), "the" | "early" | "late" | "mid" | "-");
        if !the || self.is(e, "of") || self.is(e, "'") || self.future(i) {
            return None;
        }
        let d = self.dct?;
        let cur = season_of_month(i64::from(d.month()));
        let y = i64::from(d.year()) - i64::from(d.month() <= 2);
        let si = season_idx(s);
        let y = if si > cur { y - 1 } else { y };
        m(i, e, D, format!("{}-{s}", fmt_y(y)), true)
    }

    /// "the year", "the quarter", "the week", "the month" (only with a preceding "the").
    fn r_the_unit(&self, i: usize) -> Option<M> {
        if i == 0 || !self.is(i - 1, "the") {
            return None;
        }
        let (e, u) = if self.is(i, "fiscal") || self.is(i, "full") {
            (i + 1, "")
        } else {
            self.lex(i, Cat::Unit)?
        };
        let d = self.dct;
        // "the quarter a year ago": the reported quarter a year back
        if u == "Q" && self.is(i, "quarter") {
            if let Some(e2) = self.year_back_after(e) {
                let v = d.map(|d| fmt_q(i64::from(d.year()) - 1, quarter_of(d) - 1));
                return m(i, e2, D, v.unwrap_or_else(|| "XXXX-QX".into()), true);
            }
        }
        // "the week of March 6": the week holding that day
        if u == "W" && self.is(i, "week") && self.is(e, "of") {
            let c = self.r_month(e + 1).or_else(|| self.r_weekday(e + 1))?;
            let (y, mo, dd) = value_ymd(&c.value)?;
            let day = ymd(y, mo?, dd?)?;
            return m(i, c.end, D, fmt_w(day), true);
        }
        if self.is(e, "-") || self.is(e, "'") || self.is(e, "of") {
            return None;
        }
        // "the year ended Sept. 30" is a twelve-month span; otherwise "the
        // year" is the current one ("for the year", "by the end of the year")
        let the_year = |e: usize| -> Option<M> {
            if matches!(self.w(e), "before" | "after" | "earlier" | "later" | "that") {
                return None; // anchored elsewhere: "the year before"
            }
            if matches!(self.w(e), "ended" | "ending" | "through")
                || (i >= 2 && matches!(self.w(i - 2), "throughout"))
            {
                return m(i, e, DU, "P1Y".into(), true);
            }
            let v = d.map(|d| fmt_y(i64::from(d.year())));
            m(i, e, D, v.unwrap_or_else(|| "XXXX".into()), true)
        };
        let v = match (u, self.w(i)) {
            ("Y", "year") => return the_year(e),
            _ if self.is(i, "fiscal") || self.is(i, "full") => {
                if !self.is(i + 1, "year") || self.is(i + 2, "-") {
                    return None;
                }
                let e = i + 2;
                return if self.is(i, "fiscal") {
                    the_year(e)
                } else {
                    m(
                        i,
                        e,
                        D,
                        self.dct
                            .map(|d| fmt_y(i64::from(d.year())))
                            .unwrap_or_else(|| "XXXX".into()),
                        true,
                    )
                };
            }
            ("Q", "quarter") => d.map(|d| fmt_q(i64::from(d.year()), quarter_of(d) - 1)),
            ("WE", "weekend") => d.and_then(|d| {
                let back = (wd_num(d) - 6).rem_euclid(7);
                let sat = add(d, -back, "D")?;
                Some(format!("{}-WE", fmt_w(sat)))
            }),
            ("W", "week") => d.map(fmt_w),
            _ => return None,
        };
        m(i, e, D, v.unwrap_or_else(|| "XXXX".into()), true)
    }

    /// "the morning", "mid-afternoon yesterday", "midday".
    fn r_pod(&self, i: usize) -> Option<M> {
        if self.is(i, "midday") {
            let ds = self.dct.map(fmt_d).unwrap_or_else(|| "XXXX-XX-XX".into());
            return m(i, i + 1, TI, format!("{ds}T12:00"), false);
        }
        let (e, p) = self.lex(i, Cat::PartOfDay)?;
        if i == 0 || !matches!(self.w(i - 1), "the" | "mid" | "-" | "early" | "late") {
            return None;
        }
        if self.is(i - 1, "-") && !(i >= 2 && self.is(i - 2, "mid")) {
            return None;
        }
        // "the night of Oct. 23", "the night the plane went down": the day is
        // named after it, or is that of an event, not today's
        if matches!(self.w(e), "of" | "the" | "when" | "before" | "after") {
            return None;
        }
        let mut date = self.dct;
        let mut end = e;
        if let Some((e2, v)) = self.lex(e, Cat::Deictic) {
            if let Ok(n) = v.parse::<i64>() {
                date = self.dct.and_then(|d| add(d, n, "D"));
                end = e2;
            }
        }
        let ds = date.map(fmt_d).unwrap_or_else(|| "XXXX-XX-XX".into());
        m(i, end, TI, format!("{ds}T{p}"), true)
    }

    /// "year-end", "year end", "year's end".
    fn r_year_end(&self, i: usize) -> Option<M> {
        if !self.is(i, "year") {
            return None;
        }
        let e = if self.is(i + 1, "-") && self.is(i + 2, "end") {
            i + 3
        } else if self.is(i + 1, "end") {
            i + 2
        } else if self.is(i + 1, "'") && self.is(i + 2, "s") && self.is(i + 3, "end") {
            i + 4
        } else {
            return None;
        };
        let v = self
            .dct
            .map(|d| fmt_y(i64::from(d.year())))
            .unwrap_or_else(|| "XXXX".into());
        m(i, e, D, v, true)
    }

    /// "the nineties", "the 'eighties".
    fn r_decade_word(&self, i: usize) -> Option<M> {
        if i == 0 || !self.is(i - 1, "the") {
            return None;
        }
        let (e, v) = self.lex(i, Cat::Decade)?;
        let c = self.dct.map(|d| i64::from(d.year()) / 100).unwrap_or(19);
        let n: i64 = v.parse().ok()?;
        let y = if c * 100 + n * 10 > self.dct.map(|d| i64::from(d.year())).unwrap_or(2100) {
            (c - 1) * 100 + n * 10
        } else {
            c * 100 + n * 10
        };
        m(i, e, D, fmt_y(y)[..3].to_string(), true)
    }

    fn r_numeric_date(&self, i: usize) -> Option<M> {
        // 2022-11-05
        if self.ndigits(i) == 4
            && self.is(i + 1, "-")
            && self.ndigits(i + 2) == 2
            && self.is(i + 3, "-")
            && self.ndigits(i + 4) == 2
            && (1..5).all(|k| self.adj(i + k))
        {
            let d = ymd(self.int(i)?, self.int(i + 2)?, self.int(i + 4)?)?;
            if self.adj(i + 5) && matches!(self.kind(i + 5), Some(Kind::Num) | Some(Kind::Word)) {
                return None;
            }
            return m(i, i + 5, D, fmt_d(d), false);
        }
        // 11/05/2022 (month first)
        if self.ndigits(i) <= 2
            && self.is(i + 1, "/")
            && self.ndigits(i + 2) <= 2
            && self.ndigits(i + 2) > 0
            && self.is(i + 3, "/")
            && self.ndigits(i + 4) == 4
            && (1..5).all(|k| self.adj(i + k))
        {
            let d = ymd(self.int(i + 4)?, self.int(i)?, self.int(i + 2)?)?;
            return m(i, i + 5, D, fmt_d(d), false);
        }
        None
    }
}

/// The calendar fields a DATE/TIME value names: (year, month, day).
fn value_ymd(v: &str) -> Option<(i64, Option<i64>, Option<i64>)> {
    let v = v.split('T').next()?;
    let mut parts = v.split('-');
    let y = parts.next().filter(|p| p.len() == 4)?.parse().ok()?;
    let mo = parts.next().and_then(|p| p.parse().ok());
    let d = mo.and(parts.next().and_then(|p| p.parse().ok()));
    Some((y, mo, d))
}

/// Resolves `@<unit><offset>|<fallback>` values against the nearest earlier
/// expression that names a calendar time, else keeps the fallback (a fallback
/// of `@` leaves the value unresolved, and the caller drops the expression).
fn resolve_anchored(out: &mut [Timex]) {
    for k in 0..out.len() {
        let value = out[k].value.clone();
        let Some(rest) = value.strip_prefix('@') else {
            continue;
        };
        let (code, fallback) = rest.split_once('|').unwrap_or((rest, "XXXX"));
        let unit = code.get(..1).unwrap_or("Y");
        let off: i64 = code[1..].parse().unwrap_or(0);
        let anchor = out[..k]
            .iter()
            .rev()
            .filter(|t| matches!(t.kind, D | TI) && !t.value.starts_with('@'))
            .find_map(|t| value_ymd(&t.value));
        let v = anchor.and_then(|(y, mo, d)| match unit {
            "Y" => Some(fmt_y(y + off)),
            "M" => Some(fmt_ym(y, mo? + off)),
            // weekday `off` strictly before (P) or after (N) the anchor day
            "P" | "N" => {
                let day = ymd(y, mo?, d?)?;
                let back = (wd_num(day) - off).rem_euclid(7);
                let fwd = (off - wd_num(day)).rem_euclid(7);
                let shift = if unit == "P" {
                    -(if back == 0 { 7 } else { back })
                } else if fwd == 0 {
                    7
                } else {
                    fwd
                };
                add(day, shift, "D").map(fmt_d)
            }
            _ => add(ymd(y, mo?, d?)?, off, "D").map(fmt_d),
        });
        let fallback = match (fallback, unit) {
            ("XXXX", "M") => "XXXX-XX",
            ("XXXX", "D") => "XXXX-XX-XX",
            (f, _) => f,
        };
        out[k].value = v.unwrap_or_else(|| fallback.to_string());
    }
}

fn fmt_num(v: f64) -> String {
    if (v - v.round()).abs() < 1e-9 {
        format!("{}", v.round() as i64)
    } else {
        let s = format!("{v:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// The ISO period for `n` units (`u` a unit code), with an optional extra half.
fn dur_value(n: Num, u: &str, half: bool) -> Option<String> {
    let n = match n {
        Num::X => {
            return Some(match u {
                "H" => "PTXH".into(),
                "MIN" => "PTXM".into(),
                "S" => "PTXS".into(),
                "Q" => "PXQ".into(),
                "WE" => "PXWE".into(),
                "CE" => "PXE".into(),
                _ => format!("PX{u}"),
            })
        }
        Num::N(v) => v + if half { 0.5 } else { 0.0 },
    };
    let whole = n.trunc();
    let frac = n - whole;
    let w = fmt_num(whole);
    let halfish = (frac - 0.5).abs() < 1e-9;
    Some(match u {
        "Y" if halfish => format!("P{w}Y6M"),
        "Y" => format!("P{}Y", fmt_num(n)),
        "M" => format!("P{}M", fmt_num(n)),
        "W" => format!("P{}W", fmt_num(n)),
        "D" if halfish => format!("P{w}DT12H"),
        "D" => format!("P{}D", fmt_num(n)),
        "H" if halfish => format!("PT{w}H30M"),
        "H" => format!("PT{}H", fmt_num(n)),
        "MIN" if halfish => format!("PT{w}M30S"),
        "MIN" => format!("PT{}M", fmt_num(n)),
        "S" => format!("PT{}S", fmt_num(n)),
        "DE" => format!("P{}Y", fmt_num(n * 10.0)),
        "CE" => format!("P{}Y", fmt_num(n * 100.0)),
        "Q" => format!("P{}Q", fmt_num(n)),
        "WE" => format!("P{}D", fmt_num(n * 2.0)),
        _ => return None,
    })
}
