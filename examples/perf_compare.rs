//! Times `Comparer::disputes` over N generated statements (the distribution of
//! `benches/common/gen.rs`), for `scripts/perf_ratios.sh`.
//!
//! Run with `cargo run --release --example perf_compare -- 1000000 3`: N statements, the
//! best of R runs. Prints `statements=N disputes=D seconds=S`.

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
    let mut disputes = 0;
    for _ in 0..runs {
        let t = Instant::now();
        let d = comparer.disputes(&statements);
        best = best.min(t.elapsed().as_secs_f64());
        disputes = d.len();
    }
    assert!(disputes > 0, "generated statements yield disputes");
    println!("statements={n} disputes={disputes} seconds={best:.6}");
}
