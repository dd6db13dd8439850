//! How does finding disputes scale with the number of statements, against comparing all
//! pairs, and what does a statement cost when added one document at a time?
//!
//! The statements are generated (`common/gen.rs`, seeded SplitMix64): a news feed of
//! documents of a few statements, many stories with a few statements each and 8 hot
//! stories with thousands, 300 holders, mostly affirmed, some denied, some event times.
//! N = 10^3 … 10^6. Beside `Comparer::disputes` (the hash-bucketed index) runs the naive
//! all-pairs comparison (every pair with equal proposition key and opposite sides is a
//! conflict) up to 10^4, and at 10^5 when `GAINSAY_BENCH_ALL_PAIRS_1E5=1` (about 10 s an
//! iteration). Every case asserts that both agree (see `common::naive::check`) and prints
//! the candidate pairs the index examined per statement.
//!
//! Ids: `compare/{N}/index`, `compare/{N}/all-pairs`, `compare/{N}/briefs` (the same
//! statements as compact `Briefs`, what `gainsay scan --format json` compares: the key
//! hashes were computed when each statement was added, a cost paid while reading, timed
//! as `compare/{N}/briefs-push`), `compare/{N}/incremental` (every statement added
//! through `Index::add`, one document at a time, from an empty index, up to 10^5) beside
//! its naive baseline `compare/{N}/batch-per-document` (the batch over everything read
//! so far, after each document, up to 10^4).

mod common;

use common::{gen, naive, Cost};
use criterion::{criterion_group, criterion_main, BatchSize, BenchmarkId, Criterion, Throughput};
use gainsay::compare::{Briefs, Comparer, Index};
use std::collections::HashSet;

fn all_pairs_at(n: usize) -> bool {
    n <= 10_000
        || (n <= 100_000 && std::env::var("GAINSAY_BENCH_ALL_PAIRS_1E5").as_deref() == Ok("1"))
}

fn compare(c: &mut Criterion) {
    let comparer = Comparer::default();
    for n in [1_000, 10_000, 100_000, 1_000_000] {
        let label = common::size_label(n);
        let st = gen::statements(n, gen::SEED);
        let disputes = comparer.disputes(&st);
        let pairs = all_pairs_at(n).then(|| naive::all_pairs(&st));
        let agreement = naive::check(&st, &disputes, pairs.as_deref());
        println!(
            "compare/{label}: {} disputes, {} conflicts, {} naive disputed keys ({} one-holder \
             keys left to reversal dates), all-pairs conflicts {}, \
             pairs examined per statement {:.3}",
            agreement.disputes,
            agreement.conflicts,
            agreement.naive_keys,
            agreement.same_holder_same_date,
            pairs
                .as_ref()
                .map_or("not run".to_string(), |p| p.len().to_string()),
            agreement.examined_per_statement(),
        );
        let cost = if n >= 100_000 { Cost::Big } else { Cost::Small };
        let mut g = common::group(c, "compare", cost);
        g.throughput(Throughput::Elements(n as u64));
        g.bench_function(BenchmarkId::new(&label, "index"), |b| {
            b.iter(|| {
                let d = comparer.disputes(&st);
                assert_eq!(d.len(), agreement.disputes);
                d
            })
        });
        let briefs = brief(&st);
        assert!(
            comparer.disputes_of_briefs(&briefs) == disputes,
            "briefs and statements give the same disputes"
        );
        g.bench_function(BenchmarkId::new(&label, "briefs"), |b| {
            b.iter(|| {
                let d = comparer.disputes_of_briefs(&briefs);
                assert_eq!(d.len(), agreement.disputes);
                d
            })
        });
        g.bench_function(BenchmarkId::new(&label, "briefs-push"), |b| {
            b.iter(|| {
                let briefs = brief(&st);
                assert_eq!(briefs.len(), n);
                briefs
            })
        });
        drop(briefs);
        if let Some(pairs) = &pairs {
            g.bench_function(BenchmarkId::new(&label, "all-pairs"), |b| {
                b.iter(|| {
                    let p = naive::all_pairs(&st);
                    assert_eq!(p.len(), pairs.len());
                    p
                })
            });
        }
        if n <= 100_000 {
            let docs = gen::by_document(&st);
            let want: HashSet<_> = disputes.iter().map(|d| d.key(&st)).collect();
            let mut first = true;
            g.bench_function(BenchmarkId::new(&label, "incremental"), |b| {
                b.iter_batched(
                    || docs.clone(),
                    |docs| {
                        let mut index = Index::new(comparer.clone());
                        let mut keys = HashSet::new();
                        let mut conflicts = 0usize;
                        for doc in docs {
                            for c in index.add(doc).new {
                                conflicts += 1;
                                if let Some((k, _)) = naive::key_side(&index.statements()[c.a]) {
                                    keys.insert(k);
                                }
                            }
                        }
                        assert_eq!(index.statements().len(), n);
                        assert!(want.is_subset(&keys), "a batch dispute brought no conflict");
                        if first {
                            println!(
                                "compare/{label}/incremental: {} documents, {conflicts} new \
                                 conflicts reported, on {} keys (batch: {} disputes)",
                                index
                                    .statements()
                                    .iter()
                                    .map(|s| &s.doc)
                                    .collect::<HashSet<_>>()
                                    .len(),
                                keys.len(),
                                want.len()
                            );
                            first = false;
                        }
                        index
                    },
                    BatchSize::PerIteration,
                )
            });
        }
        g.finish();
        if n <= 10_000 {
            // the naive firehose: after each document, the batch over everything so far
            // (seconds an iteration at 1e4: few samples)
            let mut naive = common::group(c, "compare", Cost::Big);
            naive.throughput(Throughput::Elements(n as u64));
            let docs = gen::by_document(&st);
            naive.bench_function(BenchmarkId::new(&label, "batch-per-document"), |b| {
                b.iter_batched(
                    || docs.clone(),
                    |docs| {
                        let mut all = Vec::with_capacity(n);
                        let mut last = Vec::new();
                        for doc in docs {
                            all.extend(doc);
                            last = comparer.disputes(&all);
                        }
                        assert!(last == disputes, "the last batch is the batch over all");
                        last
                    },
                    BatchSize::PerIteration,
                )
            });
            naive.finish();
        }
    }
}

/// The statements as briefs.
fn brief(st: &[gainsay::core::Statement]) -> Briefs {
    let mut briefs = Briefs::new();
    for s in st {
        briefs.push(s);
    }
    briefs
}

criterion_group!(benches, compare);
criterion_main!(benches);
