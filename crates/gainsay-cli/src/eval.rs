//! `gainsay eval`: the project's own scorers, agreeing with `shared/eval/score.py`.

use crate::pairs::{read_pairs, Cache, Pair};
use gainsay_compare::{PairComparer, Verdict};
use gainsay_time::eval::{parse_dct, score, TimexDoc, TimexRecord};
use std::collections::{BTreeMap, HashMap};

fn prf(tp: usize, fp: usize, fn_: usize) -> (f64, f64, f64) {
    let div = |a: usize, b: usize| if b > 0 { a as f64 / b as f64 } else { 0.0 };
    let p = div(tp, tp + fp);
    let r = div(tp, tp + fn_);
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

fn brief(v: &Verdict) -> String {
    match (&v.a, &v.b) {
        (Some(a), Some(b)) => format!(
            "[{:.2}] a: {:?} {} ({}/{}) | b: {:?} {} ({}/{})",
            v.score,
            a.side,
            a.statement.text,
            a.statement.holder.canonical(),
            a.statement.stance,
            b.side,
            b.statement.text,
            b.statement.holder.canonical(),
            b.statement.stance
        ),
        _ => "no candidate".into(),
    }
}

fn cut(s: &str, n: usize) -> String {
    let t: String = s.chars().take(n).collect();
    t.replace('\n', " ")
}

/// Scores `gainsay pairs` verdicts against the `label` field; prints the figures of
/// `score.py pairs`, the false positives by stance and `show` sample errors of each class.
pub fn pairs(comparer: &PairComparer, path: &str, show: usize, quiet: bool) -> std::io::Result<()> {
    let mut bad = 0usize;
    let rows = read_pairs(path, quiet, &mut bad)?;
    // as score.py: one gold row per id (the last wins), in order of first appearance
    let mut last: HashMap<&str, usize> = HashMap::new();
    let mut order: Vec<&str> = Vec::new();
    for (i, r) in rows.iter().enumerate() {
        if last.insert(r.id.as_str(), i).is_none() {
            order.push(r.id.as_str());
        }
    }
    let mut cache = Cache::new(comparer);
    let (mut tp, mut fp, mut fn_, mut tn) = (0usize, 0usize, 0usize, 0usize);
    let mut fp_by: BTreeMap<String, usize> = BTreeMap::new();
    let mut fps: Vec<(&Pair, Verdict)> = Vec::new();
    let mut fns: Vec<(&Pair, Verdict)> = Vec::new();
    for id in order {
        let p = &rows[last[id]];
        let v = cache.verdict(p);
        let y = p.label.as_deref() == Some("conflict");
        match (y, v.conflict) {
            (true, true) => tp += 1,
            (false, true) => {
                fp += 1;
                *fp_by
                    .entry(p.stance.clone().unwrap_or_else(|| "None".into()))
                    .or_insert(0) += 1;
                fps.push((p, v));
            }
            (true, false) => {
                fn_ += 1;
                fns.push((p, v));
            }
            (false, false) => tn += 1,
        }
    }
    for (name, list) in [("false positive", &fps), ("false negative", &fns)] {
        for (p, v) in list.iter().take(show) {
            println!(
                "{name} {} (line {}, stance {}):\n  A: {}\n  B: {}\n  {}",
                p.id,
                p.line,
                p.stance.as_deref().unwrap_or("-"),
                cut(&p.a.0, 200),
                cut(&p.b.0, 200),
                brief(v)
            );
        }
    }
    let by: Vec<String> = fp_by.iter().map(|(k, v)| format!("'{k}': {v}")).collect();
    println!(
        "tp={tp} fp={fp} fn={fn_} tn={tn} malformed={bad} false-positives-by-stance={{{}}}",
        by.join(", ")
    );
    let (p, r, f) = prf(tp, fp, fn_);
    println!(
        "pairs: precision={p:.3} recall={r:.3} f1={f:.3} n={}",
        tp + fp + fn_ + tn
    );
    Ok(())
}

#[derive(serde::Deserialize)]
struct GoldDoc {
    id: serde_json::Value,
    dct: Option<String>,
    text: Option<String>,
    #[serde(default)]
    timexes: Vec<TimexRecord>,
}

/// Tags each gold document (with its `dct`) and prints the lines of `score.py timex`.
pub fn timex(path: &str, quiet: bool) -> std::io::Result<()> {
    let tagger =
        gainsay_time::TimeTagger::new().map_err(|e| std::io::Error::other(e.to_string()))?;
    let text = std::fs::read_to_string(path)?;
    let mut gold = Vec::new();
    let mut pred = Vec::new();
    let mut bad = 0usize;
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let g: GoldDoc = match serde_json::from_str(line) {
            Ok(g) => g,
            Err(e) => {
                bad += 1;
                if !quiet {
                    eprintln!("{path}:{}: expected a JSON object, found malformed JSON ({e}); line skipped", i + 1);
                }
                continue;
            }
        };
        let id = match g.id {
            serde_json::Value::String(s) => s,
            v => v.to_string(),
        };
        let body = g.text.clone().unwrap_or_default();
        let dct = g.dct.as_deref().and_then(parse_dct);
        let tx: Vec<TimexRecord> = tagger
            .tag(&body, dct)
            .iter()
            .map(TimexRecord::from)
            .collect();
        pred.push(TimexDoc {
            id: id.clone(),
            dct: g.dct.clone(),
            text: None,
            timexes: tx,
        });
        gold.push(TimexDoc {
            id,
            dct: g.dct,
            text: g.text,
            timexes: g.timexes,
        });
    }
    if bad > 0 && !quiet {
        eprintln!("gainsay: {bad} malformed lines skipped");
    }
    println!("{}", score(&gold, &pred));
    Ok(())
}
