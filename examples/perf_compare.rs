//! Times `Comparer::disputes` over generated statements (the distribution of
//! `benches/common/gen.rs`), for `scripts/perf_ratios.sh`.
//!
//! - `cargo run --release --example perf_compare -- N R [B]`: B independent sets of N
//!   statements (seeds `SEED`, `SEED + 1`, …; B = 1 by default), all generated first, then
//!   each compared once per run; the best of R runs. With B sets of N statements the data
//!   is as cold in cache as one set of N × B, so `10000 R 100` against `1000000 R 1`
//!   compares the cost per statement at two sizes, not a cache-warm small case against a
//!   cold large one. Prints `statements=N×B disputes=D seconds=S cpu=C per_second=P`: S is
//!   the best wall time, C the best time the thread spent on a core (from
//!   `/proc/thread-self/schedstat`; S where that is absent), which a busy machine disturbs
//!   less, and P = N × B / C.
//! - `… -- scaling R`: 100 sets of 10^4 statements and one of 10^6, timed in turn R times
//!   (so that a busy spell of the machine falls on both); prints the best CPU times
//!   `small=S large=L ratio=L/S`.
//! - `… -- incremental N R`: N statements added to an `Index` one document at a time,
//!   against one batch over them (`ratio` = incremental / batch time; best CPU time of R
//!   runs each, 1 by default).
//! - `… -- briefs N R`: the same N statements as compact [`Briefs`](gainsay::compare::Briefs)
//!   (what `gainsay scan --format json` compares): the time to add them all
//!   (`push_seconds`, paid as documents are read) and the best of R comparisons
//!   (`compare_seconds`, `per_second`).
//! - `… -- all-pairs N`: the index (over the statements and over their briefs, best of 5
//!   runs each) and the naive all-pairs comparison (`benches/common/naive.rs`, once)
//!   over the same N statements; prints `statements=N index_seconds=I briefs_seconds=B
//!   all_pairs_seconds=A speedup=A/I briefs_speedup=A/B`.

#[path = "../benches/common/gen.rs"]
#[allow(dead_code)]
mod gen;

#[path = "../benches/common/naive.rs"]
#[allow(dead_code)]
mod naive;

use gainsay::compare::Comparer;
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("all-pairs") {
        let n = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(10_000);
        return all_pairs(n);
    }
    if args.first().map(String::as_str) == Some("incremental") {
        let n = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(100_000);
        let runs = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(1);
        return incremental(n, runs);
    }
    if args.first().map(String::as_str) == Some("briefs") {
        let n = args
            .get(1)
            .and_then(|a| a.parse().ok())
            .unwrap_or(1_000_000);
        let runs = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(5);
        return briefs(n, runs);
    }
    if args.first().map(String::as_str) == Some("scaling") {
        let runs = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(5);
        return scaling(runs);
    }
    let arg =
        |k: usize, default: usize| args.get(k).and_then(|a| a.parse().ok()).unwrap_or(default);
    let n = arg(0, 10_000);
    let runs = arg(1, 3).max(1);
    let batches = arg(2, 1).max(1);
    let sets: Vec<_> = (0..batches)
        .map(|b| gen::statements(n, gen::SEED.wrapping_add(b as u64)))
        .collect();
    let comparer = Comparer::default();
    let mut best = f64::INFINITY;
    let mut best_cpu = f64::INFINITY;
    let mut disputes = 0;
    for _ in 0..runs {
        let c = cpu_time();
        let t = Instant::now();
        // the results are dropped after the clock stops, as a caller keeps them
        let results: Vec<_> = sets.iter().map(|set| comparer.disputes(set)).collect();
        let wall = t.elapsed().as_secs_f64();
        best = best.min(wall);
        best_cpu = best_cpu.min(match (c, cpu_time()) {
            (Some(a), Some(b)) => b - a,
            _ => wall,
        });
        disputes = results.iter().map(Vec::len).sum();
        drop(results);
    }
    assert!(disputes > 0, "generated statements yield disputes");
    let total = n * batches;
    println!(
        "statements={total} disputes={disputes} seconds={best:.6} cpu={best_cpu:.6} per_second={:.0}",
        total as f64 / best_cpu
    );
}

/// Best CPU time (wall time where unknown) of comparing each of `sets` once.
fn time_sets(comparer: &Comparer, sets: &[Vec<gainsay::core::Statement>]) -> f64 {
    let c = cpu_time();
    let t = Instant::now();
    // the results are dropped after the clock stops, as a caller keeps them
    let results: Vec<_> = sets.iter().map(|set| comparer.disputes(set)).collect();
    let wall = t.elapsed().as_secs_f64();
    let spent = match (c, cpu_time()) {
        (Some(a), Some(b)) => b - a,
        _ => wall,
    };
    assert!(results.iter().all(|d| !d.is_empty()));
    spent
}

/// The incremental index fed one document at a time, against one batch.
fn incremental(n: usize, runs: usize) {
    let st = gen::statements(n, gen::SEED);
    let docs = gen::by_document(&st);
    let comparer = Comparer::default();
    // best of `runs` CPU times (wall time where unknown) of each, as in `scaling`
    let timed = |f: &mut dyn FnMut()| {
        let c = cpu_time();
        let t = Instant::now();
        f();
        let wall = t.elapsed().as_secs_f64();
        match (c, cpu_time()) {
            (Some(a), Some(b)) => b - a,
            _ => wall,
        }
    };
    let (mut batch_seconds, mut seconds) = (f64::INFINITY, f64::INFINITY);
    let mut conflicts = 0usize;
    for _ in 0..runs.max(1) {
        let mut batch = Vec::new();
        batch_seconds = batch_seconds.min(timed(&mut || batch = comparer.disputes(&st)));
        let mut index = gainsay::compare::Index::new(comparer.clone());
        // copied before the clock starts
        let mut run = docs.clone();
        seconds = seconds.min(timed(&mut || {
            conflicts = 0;
            for doc in std::mem::take(&mut run) {
                conflicts += index.add(doc).new.len();
            }
        }));
        assert!(
            index.disputes() == batch,
            "the index ends where the batch does"
        );
    }
    println!(
        "statements={n} new_conflicts={conflicts} incremental_seconds={seconds:.6} \
         batch_seconds={batch_seconds:.6} ratio={:.1}",
        seconds / batch_seconds
    );
}

/// Briefs: building them, and comparing them.
fn briefs(n: usize, runs: usize) {
    let st = gen::statements(n, gen::SEED);
    let comparer = Comparer::default();
    let t = Instant::now();
    let mut briefs = gainsay::compare::Briefs::new();
    for s in &st {
        briefs.push(s);
    }
    let push = t.elapsed().as_secs_f64();
    let mut best = f64::INFINITY;
    let mut d = 0;
    for _ in 0..runs {
        let t = Instant::now();
        let r = comparer.disputes_of_briefs(&briefs);
        best = best.min(t.elapsed().as_secs_f64());
        d = r.len();
    }
    println!(
        "statements={n} disputes={d} push_seconds={push:.6} compare_seconds={best:.6} per_second={:.0}",
        n as f64 / best
    );
}

/// 100 sets of 10^4 against one of 10^6, in turn.
fn scaling(runs: usize) {
    let small: Vec<_> = (0..100)
        .map(|b| gen::statements(10_000, gen::SEED.wrapping_add(b)))
        .collect();
    let large = vec![gen::statements(1_000_000, gen::SEED)];
    let comparer = Comparer::default();
    let (mut s, mut l) = (f64::INFINITY, f64::INFINITY);
    for _ in 0..runs.max(1) {
        s = s.min(time_sets(&comparer, &small));
        l = l.min(time_sets(&comparer, &large));
    }
    println!("small={s:.6} large={l:.6} ratio={:.3}", l / s);
}

/// The index against the naive all-pairs comparison over the same statements.
fn all_pairs(n: usize) {
    let st = gen::statements(n, gen::SEED);
    let comparer = Comparer::default();
    let mut briefs = gainsay::compare::Briefs::new();
    for s in &st {
        briefs.push(s);
    }
    // the best of 5 runs of the index over statements and over briefs; all-pairs runs once
    let (mut index, mut brief) = (f64::INFINITY, f64::INFINITY);
    let mut disputes = Vec::new();
    for _ in 0..5 {
        let t = Instant::now();
        disputes = comparer.disputes(&st);
        index = index.min(t.elapsed().as_secs_f64());
        let t = Instant::now();
        let b = comparer.disputes_of_briefs(&briefs);
        brief = brief.min(t.elapsed().as_secs_f64());
        assert!(
            b == disputes,
            "briefs and statements give the same disputes"
        );
    }
    let t = Instant::now();
    let pairs = naive::all_pairs(&st);
    let naive = t.elapsed().as_secs_f64();
    // both find the same disputes (see benches/common/naive.rs)
    naive::check(&st, &disputes, Some(&pairs));
    println!(
        "statements={n} index_seconds={index:.6} briefs_seconds={brief:.6} \
         all_pairs_seconds={naive:.6} speedup={:.0} briefs_speedup={:.0}",
        naive / index,
        naive / brief
    );
}

/// Seconds this thread has spent on a core, from `/proc/thread-self/schedstat` (Linux).
fn cpu_time() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns as f64 / 1e9)
}
