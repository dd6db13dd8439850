//! Reads the distinct FNC-1 bodies (`benches/common/corpus.rs`) with `Reader::read`, for
//! profiling the reader (`valgrind --tool=callgrind`) and rough timing.
//!
//! `cargo run --release --example perf_read -- [R]`: reads every body R times (1 by
//! default); prints `documents=D bytes=B statements=S seconds=T mb_per_s=M`.

#[path = "../benches/common/corpus.rs"]
#[allow(dead_code)]
mod corpus;

use gainsay::core::Reader;
use std::time::Instant;

fn main() {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1);
    let docs = match corpus::fnc1_bodies() {
        Ok(d) => d,
        Err(e) => {
            println!("skipped: {e}");
            return;
        }
    };
    let reader = Reader::new().expect("embedded lexicons");
    let bytes = corpus::bytes(&docs);
    let t = Instant::now();
    let mut statements = 0;
    for _ in 0..runs {
        statements = docs.iter().map(|d| reader.read(d).statements.len()).sum();
    }
    let secs = t.elapsed().as_secs_f64();
    println!(
        "documents={} bytes={bytes} statements={statements} seconds={secs:.3} mb_per_s={:.2}",
        docs.len(),
        bytes as f64 * runs as f64 / secs / 1e6
    );
}
