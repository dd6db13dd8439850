//! The vocabulary of time expressions, read from tab-separated data.

use std::collections::HashMap;

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

/// One entry: the words of the phrase (lower case tokens) and its value.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub words: Vec<String>,
    pub value: String,
}

/// Vocabulary indexed by category and first word.
#[derive(Debug, Clone, Default)]
pub(crate) struct Lexicon {
    map: HashMap<String, Vec<(Cat, Entry)>>,
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
            let list = self.map.entry(words[0].clone()).or_default();
            list.push((
                cat,
                Entry {
                    words,
                    value: value.to_string(),
                },
            ));
            list.sort_by_key(|e| std::cmp::Reverse(e.1.words.len()));
        }
        Ok(())
    }

    /// Entries of `cat` whose first word is `w` (longest first).
    pub(crate) fn get<'a>(&'a self, cat: Cat, w: &str) -> impl Iterator<Item = &'a Entry> + 'a {
        self.map
            .get(w)
            .map(Vec::as_slice)
            .unwrap_or(&[])
            .iter()
            .filter(move |(c, _)| *c == cat)
            .map(|(_, e)| e)
    }

    /// Whether `w` starts any entry.
    pub(crate) fn knows(&self, w: &str) -> bool {
        self.map.contains_key(w)
    }
}
