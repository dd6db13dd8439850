//! Times `Comparer::disputes` over N generated statements (the distribution of
//! `benches/common/gen.rs`), for `scripts/perf_ratios.sh`.
//!
//! Run with `cargo run --release --example perf_compare -- 1000000 3`: N statements, the
//! best of R runs. Prints `statements=N disputes=D seconds=S cpu=C per_second=P`: S is the
//! best wall time, C the best time the thread spent on a core (from
//! `/proc/thread-self/schedstat`; S where that is absent), which a busy machine disturbs
//! less, and P = N / C.

#[path = "../benches/common/gen.rs"]
#[allow(dead_code)]
mod gen;

use gainsay::compare::Comparer;
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let runs: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(3).max(1);
    let statements = gen::statements(n, gen::SEED);
    let comparer = Comparer::default();
    let mut best = f64::INFINITY;
    let mut best_cpu = f64::INFINITY;
    let mut disputes = 0;
    for _ in 0..runs {
        let c = cpu_time();
        let t = Instant::now();
        let d = comparer.disputes(&statements);
        let wall = t.elapsed().as_secs_f64();
        best = best.min(wall);
        best_cpu = best_cpu.min(match (c, cpu_time()) {
            (Some(a), Some(b)) => b - a,
            _ => wall,
        });
        disputes = d.len();
    }
    assert!(disputes > 0, "generated statements yield disputes");
    println!(
        "statements={n} disputes={disputes} seconds={best:.6} cpu={best_cpu:.6} per_second={:.0}",
        n as f64 / best_cpu
    );
}

/// Seconds this thread has spent on a core, from `/proc/thread-self/schedstat` (Linux).
fn cpu_time() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns as f64 / 1e9)
}
