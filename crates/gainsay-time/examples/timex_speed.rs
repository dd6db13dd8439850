//! Times the time layer (tag + event-time resolution) over distinct FNC-1 bodies.
//!
//! Usage: `cargo run --release -p gainsay-time --example timex_speed -- [PAIRS.jsonl] [ROUNDS]`
//! (default `/work/shared/corpora/fnc1/pairs-dev.jsonl`, 5 rounds). Prints MB/s and a
//! checksum of the output so that runs can be compared.

use std::collections::HashSet;
use std::io::BufRead;
use std::time::Instant;

use gainsay_time::{EventCalendar, EventTimeResolver, TimeTagger};

/// Nanoseconds this thread has run on a CPU (Linux; `None` elsewhere): on a loaded
/// machine wall time overstates the cost.
fn cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args
        .first()
        .map(String::as_str)
        .filter(|a| !a.starts_with("--") && !a.is_empty())
        .unwrap_or("/work/shared/corpora/fnc1/pairs-dev.jsonl");
    let rounds: usize = args.get(1).and_then(|r| r.parse().ok()).unwrap_or(5);
    let dump = args.iter().any(|a| a == "--dump");
    let file = std::io::BufReader::new(std::fs::File::open(path)?);
    let mut seen = HashSet::new();
    let mut bodies = Vec::new();
    for line in file.lines() {
        let line = line?;
        let v: serde_json::Value = serde_json::from_str(&line)?;
        if let Some(t) = v["b"]["text"].as_str().or(v["text"].as_str()) {
            if seen.insert(t.to_string()) {
                bodies.push(t.to_string());
            }
        }
    }
    let bytes: usize = bodies.iter().map(String::len).sum();
    let dct = "2017-06-01".parse().ok();
    let tagger = TimeTagger::new()?;
    let cal = EventCalendar::new()?;
    let resolver = EventTimeResolver::new(&tagger, &cal);
    if dump {
        for b in &bodies {
            for dct in [dct, None] {
                let timexes = tagger.tag(b, dct);
                let refs = resolver.resolve(b, 0, dct);
                println!("{}", serde_json::to_string(&(&timexes, &refs))?);
            }
        }
        return Ok(());
    }
    let mut best = f64::INFINITY;
    let mut best_cpu = f64::INFINITY;
    let mut sum = 0usize;
    for _ in 0..rounds {
        let c0 = cpu_ns();
        let t0 = Instant::now();
        sum = 0;
        for b in &bodies {
            let timexes = tagger.tag(b, dct);
            let refs = resolver.resolve_timexes(b, 0, &timexes);
            sum += timexes.len() * 1000 + refs.len();
            for t in &timexes {
                sum += t.value.len() + t.end;
            }
            for r in &refs {
                sum += r.start + r.text.len();
            }
        }
        best = best.min(t0.elapsed().as_secs_f64());
        if let (Some(a), Some(b)) = (c0, cpu_ns()) {
            best_cpu = best_cpu.min((b - a) as f64 / 1e9);
        }
    }
    let mb = bytes as f64 / 1e6;
    if args.iter().any(|a| a == "--stages") {
        let stage = |name: &str, f: &dyn Fn(&str) -> usize| {
            // the CPU clock ticks coarsely: time all rounds together
            let c0 = cpu_ns().unwrap_or(0);
            let mut n = 0;
            for _ in 0..rounds {
                n = bodies.iter().map(|b| f(b)).sum::<usize>();
            }
            let cpu = (cpu_ns().unwrap_or(0) - c0) as f64 / 1e9 / rounds as f64;
            println!(
                "  {name:<16} cpu {cpu:.4} s = {:.2} ns/byte ({n} items)",
                cpu * 1e9 / bytes as f64
            );
        };
        stage("tag", &|b| tagger.tag(b, dct).len());
        stage("calendar.find", &|b| cal.find(b).len());
        let tagged: Vec<_> = bodies.iter().map(|b| tagger.tag(b, dct)).collect();
        let bodies = &bodies;
        let k = std::cell::Cell::new(0);
        stage("resolve_timexes", &|b| {
            let i = k.get();
            k.set((i + 1) % bodies.len());
            resolver.resolve_timexes(b, 0, &tagged[i]).len()
        });
    }
    println!(
        "{} bodies, {mb:.2} MB, best of {rounds}: wall {best:.4} s = {:.1} MB/s ({:.2} ns/byte); \
         cpu {best_cpu:.4} s = {:.1} MB/s ({:.2} ns/byte); checksum {sum}",
        bodies.len(),
        mb / best,
        best * 1e9 / bytes as f64,
        mb / best_cpu,
        best_cpu * 1e9 / bytes as f64,
    );
    Ok(())
}
