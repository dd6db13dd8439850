//! The vocabulary of time expressions, read from tab-separated data.

use crate::error::TimeError;
use crate::token::tokenize;

/// The built-in vocabulary.
pub(crate) const BUILTIN: &str = include_str!("../data/timex.tsv");

/// A category of vocabulary entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Cat {
    Month,
    Weekday,
    Number,
    Ordinal,
    Unit,
    Season,
    PartOfDay,
    Ref,
    Deictic,
    Set,
    Rel,
    Shift,
    DateMod,
    DurMod,
    Holiday,
    Future,
    Decade,
}

impl Cat {
    fn parse(s: &str) -> Option<Cat> {
        Some(match s {
            "month" => Cat::Month,
            "weekday" => Cat::Weekday,
            "number" => Cat::Number,
            "ordinal" => Cat::Ordinal,
            "unit" => Cat::Unit,
            "season" => Cat::Season,
            "partofday" => Cat::PartOfDay,
            "ref" => Cat::Ref,
            "deictic" => Cat::Deictic,
            "set" => Cat::Set,
            "rel" => Cat::Rel,
            "shift" => Cat::Shift,
            "datemod" => Cat::DateMod,
            "durmod" => Cat::DurMod,
            "holiday" => Cat::Holiday,
            "future" => Cat::Future,
            "decade" => Cat::Decade,
            _ => return None,
        })
    }
}

impl Cat {
    /// The bit of this category in a [`Bucket`] mask.
    pub(crate) fn bit(self) -> u32 {
        1 << (self as u32)
    }
}

/// A hash map keyed with [`crate::hash::FxHasher`].
pub(crate) type FxMap<K, V> = crate::hash::FastMap<K, V>;

/// The id of a word the vocabulary does not know.
pub(crate) const NO_WORD: u32 = u32::MAX;

/// Words that may start an expression although no vocabulary entry starts with them.
pub(crate) const STARTERS: &[&str] = &[
    "fiscal", "fy", "q", "noon", "midnight", "half", "quarter", "every", "each", "per", "mid",
    "year", "the", "h", "full", "midday", "that", "'",
];

/// Words that are a time expression on their own although no one-word entry says so.
const ALONE: &[&str] = &["noon", "midnight", "midday"];

/// Categories of one-word entries that can be a whole expression ("today", "May", "the
/// year"); entries of the other categories ("a", "last", "early") always need more words.
const ALONE_CATS: [Cat; 10] = [
    Cat::Ref,
    Cat::Deictic,
    Cat::Set,
    Cat::Month,
    Cat::Weekday,
    Cat::Unit,
    Cat::Holiday,
    Cat::Season,
    Cat::PartOfDay,
    Cat::Decade,
];

/// Categories that never start an expression (they are looked up after or around one).
const NON_STARTING_CATS: [Cat; 2] = [Cat::Future, Cat::Shift];

/// Every word the tagger's rules compare a token with (kept in step with `tagger.rs` by
/// a test): a word outside these and the vocabulary is never part of an expression.
const LITERALS: &[&str] = &[
    "a",
    "account",
    "after",
    "ago",
    "am",
    "an",
    "and",
    "as",
    "at",
    "before",
    "began",
    "billion",
    "bst",
    "by",
    "came",
    "cdt",
    "cents",
    "century",
    "cet",
    "children",
    "clock",
    "coming",
    "comparable",
    "computers",
    "corresponding",
    "cst",
    "current",
    "daily",
    "day",
    "did",
    "dollars",
    "during",
    "each",
    "earlier",
    "early",
    "ed",
    "edt",
    "effective",
    "end",
    "ended",
    "ending",
    "est",
    "et",
    "euros",
    "every",
    "final",
    "first",
    "fiscal",
    "following",
    "for",
    "francs",
    "from",
    "full",
    "future",
    "fy",
    "generation",
    "gmt",
    "had",
    "half",
    "has",
    "hence",
    "high",
    "hundred",
    "in",
    "initial",
    "july",
    "june",
    "just",
    "last",
    "lasted",
    "late",
    "later",
    "latest",
    "left",
    "local",
    "long",
    "looks",
    "m",
    "march",
    "marks",
    "may",
    "met",
    "mid",
    "midday",
    "midnight",
    "million",
    "month",
    "months",
    "more",
    "nd",
    "next",
    "noon",
    "now",
    "o",
    "of",
    "old",
    "on",
    "once",
    "one",
    "other",
    "over",
    "p",
    "past",
    "payable",
    "pdt",
    "per",
    "percent",
    "period",
    "pm",
    "pounds",
    "preceding",
    "previous",
    "pst",
    "q",
    "quarter",
    "quarterly",
    "rd",
    "recent",
    "remaining",
    "s",
    "said",
    "same",
    "saw",
    "seems",
    "sees",
    "since",
    "society",
    "soon",
    "st",
    "starting",
    "straight",
    "take",
    "th",
    "that",
    "the",
    "this",
    "thousand",
    "thrice",
    "through",
    "throughout",
    "till",
    "time",
    "times",
    "to",
    "told",
    "took",
    "twice",
    "type",
    "until",
    "utc",
    "was",
    "week",
    "weekend",
    "went",
    "were",
    "when",
    "within",
    "world",
    "year",
    "yen",
    "youth",
];

/// One entry: the words of the phrase (lower case tokens, and their ids) and its value.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub words: Vec<String>,
    pub ids: Vec<u32>,
    pub value: String,
}

/// The entries starting with one word.
#[derive(Debug, Clone, Default)]
pub(crate) struct Bucket {
    /// The categories of `entries` (bits of [`Cat::bit`]).
    pub mask: u32,
    /// Whether an expression may start with the word (an entry or a starter word).
    pub starts: bool,
    /// Whether the word can be a whole expression; if not, an expression starting with
    /// it goes on with a number, punctuation or a known word.
    pub alone: bool,
    /// Which rules may start with the word although no entry says so ([`lit`] flags).
    pub lit: u16,
    /// The entries, longest first.
    pub entries: Vec<(Cat, Entry)>,
}

/// Flags of words some tagger rules start with (see `Cx::base`).
pub(crate) mod lit {
    /// "that" (`r_that`).
    pub const THAT: u16 = 1;
    /// "every", "each" (`r_set`).
    pub const EVERY_EACH: u16 = 1 << 1;
    /// "fiscal", "fy", "year", "'" (`r_year`).
    pub const R_YEAR: u16 = 1 << 2;
    /// "fiscal", "q", "year", "latest", "comparable", "same", "recent" (`r_quarter`).
    pub const R_QUARTER: u16 = 1 << 3;
    /// "noon", "midnight", "half", "quarter" (`r_clock_anchored`).
    pub const CLOCK: u16 = 1 << 4;
    /// "first", "past", "last", "next"... (`r_duration`).
    pub const QUAL: u16 = 1 << 5;
    /// "fiscal", "full" (`r_the_unit`).
    pub const FISCAL_FULL: u16 = 1 << 6;
    /// "midday" (`r_pod`).
    pub const MIDDAY: u16 = 1 << 7;
    /// "year" (`r_year_end`).
    pub const YEAR: u16 = 1 << 8;

    /// The flags of word `w`.
    pub(crate) fn of(w: &str) -> u16 {
        let mut f = 0;
        if w == "that" {
            f |= THAT;
        }
        if matches!(w, "every" | "each") {
            f |= EVERY_EACH;
        }
        if matches!(w, "fiscal" | "fy" | "year" | "'") {
            f |= R_YEAR;
        }
        if matches!(
            w,
            "fiscal" | "q" | "year" | "latest" | "comparable" | "corresponding" | "same" | "recent"
        ) {
            f |= R_QUARTER;
        }
        if matches!(w, "noon" | "midnight" | "half" | "quarter") {
            f |= CLOCK;
        }
        if crate::lexicon::DURATION_QUALIFIERS.contains(&w) {
            f |= QUAL;
        }
        if matches!(w, "fiscal" | "full") {
            f |= FISCAL_FULL;
        }
        if w == "midday" {
            f |= MIDDAY;
        }
        if w == "year" {
            f |= YEAR;
        }
        f
    }
}

/// Vocabulary: every word has an id, and the entries are indexed by their first word.
#[derive(Debug, Clone)]
pub(crate) struct Lexicon {
    ids: FxMap<Box<[u8]>, u32>,
    /// The words of up to 8 bytes, packed into a `u64` (zero-padded), in an open
    /// addressing table of `(packed word, id)` (0: empty slot).
    short: Vec<(u64, u32)>,
    /// How many entries `short` holds.
    short_len: usize,
    buckets: Vec<Bucket>,
    /// A quick filter: bit `len.min(31)` of `shape[first][last]` is set when a known
    /// word of that length starts and ends with those bytes (lower-case letters).
    shape: Box<[[u32; 27]; 27]>,
}

/// A word of 1 to 8 bytes as a `u64` (zero-padded), else `None`.
#[inline]
fn pack(b: &[u8]) -> Option<u64> {
    let n = b.len();
    if n == 0 || n > 8 {
        return None;
    }
    let mut a = [0u8; 8];
    for (x, y) in a.iter_mut().zip(b) {
        *x = *y;
    }
    Some(u64::from_le_bytes(a))
}

/// The first slot of `key` in a table of `len` (a power of two) slots.
#[inline]
fn slot(key: u64, len: usize) -> usize {
    ((key.wrapping_mul(crate::hash::SEED) >> 32) as usize) & (len - 1)
}

/// The filter row of a byte: its letter (case-folded) 0..26, or 26 for any other byte.
#[inline]
fn shape_idx(b: u8) -> usize {
    let l = b | 0x20;
    if l.is_ascii_lowercase() {
        usize::from(l - b'a')
    } else {
        26
    }
}

impl Default for Lexicon {
    fn default() -> Self {
        let mut lex = Lexicon {
            ids: FxMap::default(),
            short: vec![(0, 0); 1 << 10],
            short_len: 0,
            buckets: Vec::new(),
            shape: Box::new([[0; 27]; 27]),
        };
        for w in LITERALS {
            lex.intern(w);
        }
        for w in STARTERS {
            let id = lex.intern(w);
            lex.buckets[id as usize].starts = true;
        }
        for w in ALONE {
            let id = lex.intern(w);
            lex.buckets[id as usize].alone = true;
        }
        lex
    }
}

fn check_value(cat: Cat, value: &str) -> Result<(), String> {
    let int = |v: &str, lo: i64, hi: i64| -> Result<(), String> {
        match v.parse::<i64>() {
            Ok(n) if (lo..=hi).contains(&n) => Ok(()),
            _ => Err(format!("value {v:?} is not a number from {lo} to {hi}")),
        }
    };
    let one_of = |v: &str, opts: &[&str]| -> Result<(), String> {
        if opts.contains(&v) {
            Ok(())
        } else {
            Err(format!("value {v:?} is not one of {}", opts.join(", ")))
        }
    };
    match cat {
        Cat::Month => int(value, 1, 12),
        Cat::Weekday => int(value, 1, 7),
        Cat::Number => {
            if value == "X" {
                Ok(())
            } else {
                int(value, 0, 1_000_000)
            }
        }
        Cat::Ordinal => int(value, -1, 100),
        Cat::Unit => one_of(
            value,
            &["Y", "M", "W", "D", "H", "MIN", "S", "DE", "CE", "Q", "WE"],
        ),
        Cat::Season => one_of(value, &["SP", "SU", "FA", "WI"]),
        Cat::PartOfDay => one_of(value, &["MO", "AF", "EV", "NI", "DT"]),
        Cat::Ref => one_of(value, &["PRESENT_REF", "PAST_REF", "FUTURE_REF"]),
        Cat::Deictic => {
            let (n, pod) = match value.split_once(':') {
                Some((n, p)) => (n, Some(p)),
                None => (value, None),
            };
            int(n, -1000, 1000)?;
            match pod {
                Some(p) => one_of(p, &["MO", "AF", "EV", "NI", "DT"]),
                None => Ok(()),
            }
        }
        Cat::Set => {
            if crate::tagger::parse_period(value).is_some() {
                Ok(())
            } else {
                Err(format!("value {value:?} is not a period like P1D or PT1H"))
            }
        }
        Cat::Rel | Cat::Shift => int(value, -1, 1),
        Cat::DateMod | Cat::DurMod => {
            if !value.is_empty() && value.bytes().all(|b| b.is_ascii_uppercase() || b == b'_') {
                Ok(())
            } else {
                Err(format!(
                    "value {value:?} is not an upper-case TimeML modifier"
                ))
            }
        }
        Cat::Holiday => {
            if parse_holiday(value).is_some() {
                Ok(())
            } else {
                Err(format!("value {value:?} is not MM-DD or MM-nth-weekday"))
            }
        }
        Cat::Future => Ok(()),
        Cat::Decade => int(value, 0, 9),
    }
}

/// A holiday rule: a fixed day or the nth weekday of a month (nth -1 = last).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Holiday {
    Fixed(i8, i8),
    Nth(i8, i8, i8),
}

pub(crate) fn parse_holiday(v: &str) -> Option<Holiday> {
    let parts: Vec<&str> = v.split('-').collect();
    let month: i8 = parts.first()?.parse().ok()?;
    if !(1..=12).contains(&month) {
        return None;
    }
    match parts.len() {
        2 => {
            let day: i8 = parts[1].parse().ok()?;
            (1..=31)
                .contains(&day)
                .then_some(Holiday::Fixed(month, day))
        }
        3 => {
            let nth: i8 = if parts[1] == "last" {
                -1
            } else {
                parts[1].parse().ok()?
            };
            let wd: i8 = parts[2].parse().ok()?;
            ((nth == -1 || (1..=5).contains(&nth)) && (1..=7).contains(&wd))
                .then_some(Holiday::Nth(month, nth, wd))
        }
        _ => None,
    }
}

impl Lexicon {
    /// Reads tab-separated entries; `name` labels errors.
    pub(crate) fn add(&mut self, name: &str, text: &str) -> Result<(), TimeError> {
        for (k, raw) in text.lines().enumerate() {
            let line = raw.trim_end_matches('\r');
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let err = |reason: String| TimeError::Lexicon {
                file: name.to_string(),
                line: k + 1,
                reason,
            };
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() != 3 {
                return Err(err(format!(
                    "expected 3 tab-separated columns (category, phrase, value), found {}",
                    cols.len()
                )));
            }
            let cat = Cat::parse(cols[0].trim())
                .ok_or_else(|| err(format!("unknown category {:?}", cols[0].trim())))?;
            let phrase = cols[1].trim();
            if !phrase.is_ascii() {
                return Err(err(format!("phrase {phrase:?} is not ascii")));
            }
            let lower = phrase.to_ascii_lowercase();
            let words: Vec<String> = tokenize(&lower)
                .iter()
                .map(|t| lower[t.start..t.end].to_string())
                .collect();
            if words.is_empty() {
                return Err(err("empty phrase".to_string()));
            }
            let value = cols[2].trim();
            check_value(cat, value).map_err(err)?;
            let ids: Vec<u32> = words.iter().map(|w| self.intern(w)).collect();
            let b = &mut self.buckets[ids[0] as usize];
            b.mask |= cat.bit();
            b.starts |= !NON_STARTING_CATS.contains(&cat);
            b.alone |= ids.len() == 1 && ALONE_CATS.contains(&cat);
            b.entries.push((
                cat,
                Entry {
                    words,
                    ids,
                    value: value.to_string(),
                },
            ));
            b.entries
                .sort_by_key(|e| std::cmp::Reverse(e.1.words.len()));
        }
        Ok(())
    }

    /// The id of `w`, adding it when new.
    fn intern(&mut self, w: &str) -> u32 {
        if let Some(&id) = self.ids.get(w.as_bytes()) {
            return id;
        }
        let id = u32::try_from(self.buckets.len()).expect("fewer than 2^32 words");
        self.ids.insert(w.as_bytes().into(), id);
        if let Some(key) = pack(w.as_bytes()) {
            if (self.short_len + 1) * 4 > self.short.len() {
                let bigger = vec![(0, 0); self.short.len() * 2];
                let old = std::mem::replace(&mut self.short, bigger);
                for (k, v) in old.into_iter().filter(|e| e.0 != 0) {
                    self.short_insert(k, v);
                }
            }
            self.short_insert(key, id);
            self.short_len += 1;
        }
        let b = w.as_bytes();
        if let (Some(&f), Some(&l)) = (b.first(), b.last()) {
            self.shape[shape_idx(f)][shape_idx(l)] |= 1 << b.len().min(31);
        }
        self.buckets.push(Bucket {
            lit: lit::of(w),
            ..Bucket::default()
        });
        id
    }

    fn short_insert(&mut self, key: u64, id: u32) {
        let n = self.short.len();
        let mut k = slot(key, n);
        while self.short[k].0 != 0 {
            k = (k + 1) & (n - 1);
        }
        self.short[k] = (key, id);
    }

    /// The id of the (lower case) word `w`, or [`NO_WORD`].
    #[inline]
    pub(crate) fn id(&self, w: &str) -> u32 {
        self.id_bytes(w.as_bytes())
    }

    #[inline]
    fn short_get(&self, key: u64) -> u32 {
        let n = self.short.len();
        let mut k = slot(key, n);
        loop {
            let (sk, id) = self.short[k];
            if sk == key {
                return id;
            }
            if sk == 0 {
                return NO_WORD;
            }
            k = (k + 1) & (n - 1);
        }
    }

    /// The id of the (lower case) word `b`, or [`NO_WORD`].
    #[inline]
    pub(crate) fn id_bytes(&self, b: &[u8]) -> u32 {
        let (Some(&f), Some(&l)) = (b.first(), b.last()) else {
            return NO_WORD;
        };
        if self.shape[shape_idx(f)][shape_idx(l)] & (1 << b.len().min(31)) == 0 {
            return NO_WORD;
        }
        match pack(b) {
            Some(key) => self.short_get(key),
            None => self.ids.get(b).copied().unwrap_or(NO_WORD),
        }
    }

    /// The entries starting with word `id` (which must not be [`NO_WORD`]).
    #[inline]
    pub(crate) fn bucket(&self, id: u32) -> &Bucket {
        &self.buckets[id as usize]
    }
}

/// Words that qualify a duration ("the past three years", "the first two months"): the
/// precondition table above and the duration rule of the tagger share this list.
pub(crate) const DURATION_QUALIFIERS: &[&str] = &[
    "first",
    "past",
    "last",
    "next",
    "coming",
    "following",
    "previous",
    "latest",
    "final",
    "initial",
    "remaining",
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Every lower-case word literal of the tagger's rules is known, so that the
    /// tagger's skip of words outside the vocabulary never skips one of them.
    #[test]
    fn literals_cover_the_rules() {
        let src = include_str!("tagger.rs");
        let lex = Lexicon::default();
        let mut missing = Vec::new();
        for part in src.split('"').skip(1).step_by(2) {
            let word = !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'\'' || b == b'-');
            if word && part.bytes().any(|b| b.is_ascii_lowercase()) {
                for t in tokenize(part) {
                    let w = &part[t.start..t.end];
                    if w.bytes().all(|b| b.is_ascii_lowercase()) && lex.id(w) == NO_WORD {
                        missing.push(w.to_string());
                    }
                }
            }
        }
        assert!(missing.is_empty(), "add to LITERALS: {missing:?}");
    }
}
