//! Scoring of TIMEX3 predictions, the same figures as the reference `score.py timex`.

use std::collections::HashMap;

/// One time expression of a gold or predicted document.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct TimexRecord {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// The TIMEX3 type (`DATE`, `TIME`, `DURATION`, `SET`).
    #[serde(rename = "type", default)]
    pub kind: String,
    /// The TIMEX3 value.
    #[serde(default)]
    pub value: String,
    /// The text, when given.
    #[serde(default)]
    pub text: String,
}

impl From<&crate::Timex> for TimexRecord {
    fn from(t: &crate::Timex) -> Self {
        TimexRecord {
            start: t.start,
            end: t.end,
            kind: t.kind.as_str().to_string(),
            value: t.value.clone(),
            text: t.text.clone(),
        }
    }
}

/// One line of a gold or prediction JSON Lines file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct TimexDoc {
    /// The document id.
    pub id: String,
    /// The document creation date (`YYYY-MM-DD`, possibly followed by a time).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dct: Option<String>,
    /// The document text (gold files only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The time expressions.
    #[serde(default)]
    pub timexes: Vec<TimexRecord>,
}

/// The figures of a TIMEX3 evaluation.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct TimexScores {
    /// Gold expressions.
    pub gold: usize,
    /// Predicted expressions (over documents present in the gold).
    pub predicted: usize,
    /// Gold expressions matched by an overlapping prediction.
    pub relaxed: usize,
    /// Matches with exactly the gold extent.
    pub strict: usize,
    /// Matches with the gold value (case-insensitive).
    pub value_ok: usize,
    /// Matches with the gold type (case-insensitive).
    pub type_ok: usize,
    /// F1 over exact extents.
    pub strict_f1: f64,
    /// Precision over overlapping extents.
    pub relaxed_precision: f64,
    /// Recall over overlapping extents.
    pub relaxed_recall: f64,
    /// F1 over overlapping extents.
    pub relaxed_f1: f64,
    /// F1 counting a match only with the right value.
    pub value_f1: f64,
    /// F1 counting a match only with the right type.
    pub type_f1: f64,
    /// Share of matches with the right value.
    pub value_accuracy: f64,
}

fn prf(tp: usize, fp: usize, fn_: usize) -> (f64, f64, f64) {
    let p = if tp + fp > 0 {
        tp as f64 / (tp + fp) as f64
    } else {
        0.0
    };
    let r = if tp + fn_ > 0 {
        tp as f64 / (tp + fn_) as f64
    } else {
        0.0
    };
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

/// Scores `pred` against `gold` exactly as `score.py timex` does: each gold
/// expression takes the first unused overlapping prediction, or one with the
/// exact extent when there is one; documents are keyed by id (the last line wins).
pub fn score(gold: &[TimexDoc], pred: &[TimexDoc]) -> TimexScores {
    let mut gmap: HashMap<&str, &TimexDoc> = HashMap::new();
    let mut order: Vec<&str> = Vec::new();
    for g in gold {
        if gmap.insert(g.id.as_str(), g).is_none() {
            order.push(g.id.as_str());
        }
    }
    let pmap: HashMap<&str, &TimexDoc> = pred.iter().map(|p| (p.id.as_str(), p)).collect();
    let (mut n_gold, mut n_pred, mut strict, mut relaxed, mut value_ok, mut type_ok) =
        (0, 0, 0, 0, 0, 0);
    let empty: Vec<TimexRecord> = Vec::new();
    for id in order {
        let gs = &gmap[id].timexes;
        let ps = pmap.get(id).map(|p| &p.timexes).unwrap_or(&empty);
        n_gold += gs.len();
        n_pred += ps.len();
        let mut used = vec![false; ps.len()];
        for t in gs {
            let mut best: Option<usize> = None;
            for (k, p) in ps.iter().enumerate() {
                if used[k] {
                    continue;
                }
                if p.start < t.end
                    && t.start < p.end
                    && (best.is_none() || (p.start == t.start && p.end == t.end))
                {
                    best = Some(k);
                }
            }
            let Some(b) = best else { continue };
            used[b] = true;
            let p = &ps[b];
            relaxed += 1;
            strict += usize::from(p.start == t.start && p.end == t.end);
            value_ok += usize::from(p.value.to_uppercase() == t.value.to_uppercase());
            type_ok += usize::from(p.kind.to_uppercase() == t.kind.to_uppercase());
        }
    }
    let (_, _, strict_f1) = prf(strict, n_pred - strict, n_gold - strict);
    let (rp, rr, rf) = prf(relaxed, n_pred - relaxed, n_gold - relaxed);
    let (_, _, vf) = prf(value_ok, n_pred - value_ok, n_gold - value_ok);
    let (_, _, tf) = prf(type_ok, n_pred - type_ok, n_gold - type_ok);
    TimexScores {
        gold: n_gold,
        predicted: n_pred,
        relaxed,
        strict,
        value_ok,
        type_ok,
        strict_f1,
        relaxed_precision: rp,
        relaxed_recall: rr,
        relaxed_f1: rf,
        value_f1: vf,
        type_f1: tf,
        value_accuracy: if relaxed > 0 {
            value_ok as f64 / relaxed as f64
        } else {
            0.0
        },
    }
}

/// Parses a document creation date such as `1998-01-08` or `1998-01-08T14:26:00`.
pub fn parse_dct(s: &str) -> Option<jiff::civil::Date> {
    s.get(..10)?.parse().ok()
}

impl std::fmt::Display for TimexScores {
    /// Two lines, in the format of `score.py timex`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(
            f,
            "gold={} predicted={} relaxed-precision={:.3} relaxed-recall={:.3} value-accuracy-on-matches={:.3} type-f1={:.3}",
            self.gold, self.predicted, self.relaxed_precision, self.relaxed_recall, self.value_accuracy, self.type_f1
        )?;
        write!(
            f,
            "timex: strict-f1={:.3} relaxed-f1={:.3} value-f1={:.3} n={}",
            self.strict_f1, self.relaxed_f1, self.value_f1, self.gold
        )
    }
}
