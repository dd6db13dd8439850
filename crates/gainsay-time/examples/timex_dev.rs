//! Tags a TimeML-style JSON Lines corpus and prints predictions as JSON Lines.
//!
//! Usage: `cargo run -p gainsay-time --example timex_dev -- GOLD.jsonl > PRED.jsonl`
//! With `--score`, prints the figures of `gainsay_time::eval::score` instead.

use std::io::{BufRead, Write};

use gainsay_time::eval::{parse_dct, score, TimexDoc, TimexRecord};
use gainsay_time::TimeTagger;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .ok_or("usage: timex_dev GOLD.jsonl [--score]")?;
    let want_score = args.iter().any(|a| a == "--score");
    let tagger = TimeTagger::new()?;
    let file = std::io::BufReader::new(std::fs::File::open(path)?);
    let mut gold = Vec::new();
    let mut pred = Vec::new();
    let out = std::io::stdout();
    let mut out = out.lock();
    for line in file.lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let doc: TimexDoc = serde_json::from_str(&line)?;
        let dct = doc.dct.as_deref().and_then(parse_dct);
        let text = doc.text.clone().unwrap_or_default();
        let found = tagger.tag(&text, dct);
        let p = TimexDoc {
            id: doc.id.clone(),
            dct: None,
            text: None,
            timexes: found.iter().map(TimexRecord::from).collect(),
        };
        if want_score {
            pred.push(p);
            gold.push(doc);
        } else {
            writeln!(out, "{}", serde_json::to_string(&p)?)?;
        }
    }
    if want_score {
        writeln!(out, "{}", score(&gold, &pred))?;
    }
    Ok(())
}
