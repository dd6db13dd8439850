//! Helpers shared by the bench binaries: the texts, the seeded statement generator, the
//! naive baselines every figure is set beside, and the one function that configures
//! Criterion.
// Each bench binary compiles this module and uses a part of it.
#![allow(dead_code)]

pub mod corpus;
pub mod gen;
pub mod naive;

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion};
use std::time::Duration;

/// How long a case may be measured: the machines running these have 2 cores and the
/// whole `cargo bench` should finish in minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cost {
    /// Microseconds to milliseconds per iteration: Criterion's defaults, shortened.
    Small,
    /// Up to a few seconds per iteration: 10 samples, flat sampling.
    Big,
}

/// A benchmark group named `name`, configured for `cost`.
pub fn group<'c>(c: &'c mut Criterion, name: &str, cost: Cost) -> BenchmarkGroup<'c, WallTime> {
    let mut g = c.benchmark_group(name);
    match cost {
        Cost::Small => {
            g.warm_up_time(Duration::from_secs(1))
                .measurement_time(Duration::from_secs(3));
        }
        Cost::Big => {
            g.warm_up_time(Duration::from_millis(500))
                .measurement_time(Duration::from_secs(3))
                .sample_size(10)
                .sampling_mode(criterion::SamplingMode::Flat);
        }
    }
    g
}

/// `10^k` written as in the bench ids: `1e3`, `1e6`.
pub fn size_label(n: usize) -> String {
    let k = (n as f64).log10().round() as u32;
    if 10usize.pow(k) == n {
        format!("1e{k}")
    } else {
        n.to_string()
    }
}
