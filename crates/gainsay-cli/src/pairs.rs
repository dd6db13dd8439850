//! `gainsay pairs`: one verdict per pair of texts.
//!
//! Input lines: `{"id", "a": {"text", "source"}, "b": {"text", "source"}, "label",
//! "stance", "group"}` (`label`, `stance`, `group` optional, echoed for evaluation).

use gainsay_compare::{PairComparer, PairText, Verdict};
use gainsay_core::Document;
use serde_json::Value;
use std::collections::HashMap;
use std::io::{BufRead, BufReader};

/// One side of a pair.
#[derive(serde::Deserialize)]
struct Side {
    text: Option<String>,
    source: Option<String>,
}

#[derive(serde::Deserialize)]
struct Line {
    id: Option<Value>,
    a: Option<Side>,
    b: Option<Side>,
    label: Option<String>,
    stance: Option<String>,
}

/// One well-formed input pair.
pub struct Pair {
    /// Its id (a string, or the JSON of a non-string id).
    pub id: String,
    /// 1-based line number.
    pub line: usize,
    /// First text and its source.
    pub a: (String, Option<String>),
    /// Second text and its source.
    pub b: (String, Option<String>),
    /// `label` field, if any.
    pub label: Option<String>,
    /// `stance` field, if any.
    pub stance: Option<String>,
}

/// Reads the pairs of `path`; malformed lines are reported on stderr as `FILE:LINE:
/// reason` (unless quiet) and counted in `bad`.
pub fn read_pairs(path: &str, quiet: bool, bad: &mut usize) -> std::io::Result<Vec<Pair>> {
    let file = std::fs::File::open(path)?;
    let mut r = BufReader::new(file);
    let mut out = Vec::new();
    let mut buf = Vec::new();
    let mut ln = 0usize;
    let complain = |ln: usize, msg: String, bad: &mut usize| {
        *bad += 1;
        if !quiet {
            eprintln!("{path}:{ln}: {msg}; line skipped");
        }
    };
    loop {
        buf.clear();
        if r.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        ln += 1;
        let Ok(text) = std::str::from_utf8(&buf) else {
            complain(ln, "expected UTF-8 text, found invalid bytes".into(), bad);
            continue;
        };
        if text.trim().is_empty() {
            continue;
        }
        let l: Line = match serde_json::from_str(text) {
            Ok(l) => l,
            Err(e) => {
                complain(
                    ln,
                    format!("expected a JSON object, found malformed JSON ({e})"),
                    bad,
                );
                continue;
            }
        };
        let id = match l.id {
            Some(Value::String(s)) => s,
            Some(Value::Null) | None => {
                complain(ln, "expected an \"id\" field, found none".into(), bad);
                continue;
            }
            Some(v) => v.to_string(),
        };
        let side = |s: Option<Side>, name: &str| -> Result<(String, Option<String>), String> {
            match s {
                Some(Side {
                    text: Some(t),
                    source,
                }) => Ok((t, source)),
                Some(_) => Err(format!("expected a \"{name}.text\" string, found none")),
                None => Err(format!("expected an object \"{name}\", found none")),
            }
        };
        let (a, b) = match (side(l.a, "a"), side(l.b, "b")) {
            (Ok(a), Ok(b)) => (a, b),
            (Err(e), _) | (_, Err(e)) => {
                complain(ln, e, bad);
                continue;
            }
        };
        out.push(Pair {
            id,
            line: ln,
            a,
            b,
            label: l.label,
            stance: l.stance,
        });
    }
    Ok(out)
}

/// Reads texts once: a cache of readings keyed by (text, source).
pub struct Cache<'c> {
    comparer: &'c PairComparer,
    readings: HashMap<(String, Option<String>), PairText>,
}

impl<'c> Cache<'c> {
    /// An empty cache over `comparer`'s reader.
    pub fn new(comparer: &'c PairComparer) -> Cache<'c> {
        Cache {
            comparer,
            readings: HashMap::new(),
        }
    }

    fn read(&mut self, text: &str, source: &Option<String>) -> PairText {
        let key = (text.to_string(), source.clone());
        if let Some(r) = self.readings.get(&key) {
            return r.clone();
        }
        let mut doc = Document::new("t", text);
        doc.source = source.clone();
        let t = self.comparer.prepare(&doc);
        self.readings.insert(key, t.clone());
        t
    }

    /// The verdict on one pair (statements re-labelled with the pair's id and side).
    pub fn verdict(&mut self, p: &Pair) -> Verdict {
        let relabel = |mut v: PairText, side: &str| {
            for s in v.statements.iter_mut() {
                let n = s.id.rsplit('/').next().unwrap_or("").to_string();
                s.doc = format!("{}:{side}", p.id);
                s.id = format!("{}:{side}/{n}", p.id);
            }
            v
        };
        let sa = relabel(self.read(&p.a.0, &p.a.1), "a");
        let sb = relabel(self.read(&p.b.0, &p.b.1), "b");
        self.comparer.verdict_texts(&sa, &sb)
    }
}

/// The output line of one verdict.
pub fn verdict_json(p: &Pair, v: &Verdict) -> Value {
    let mut j = v.to_json();
    if let Value::Object(m) = &mut j {
        m.insert("id".into(), Value::String(p.id.clone()));
    }
    j
}
