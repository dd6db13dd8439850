//! How fast does `Reader::read` turn real article bodies into statements, single-threaded
//! and through `read_all`, next to a naive pass a user would otherwise write?
//!
//! Texts: the 457 distinct article bodies (`b.text`, about 1 MB) of the FNC-1 dev pairs,
//! `../shared/corpora/fnc1/pairs-dev.jsonl` (skipped, with the reason printed, when
//! `../shared` is absent), and the 5 bundled seed articles, `examples/data/docs.jsonl`.
//!
//! The baseline (`naive-lexicon`) splits on whitespace, trims punctuation, lower-cases
//! every token and looks it up in a `HashMap` of the verb lexicon's 30k inflected forms
//! (`crates/gainsay-core/data/verbs.tsv`): the least a verb-based reader has to do.
//!
//! Ids: `read/{corpus}-{size}/{impl}`; `read_all` runs on all cores when built with
//! `--features rayon` (its id then ends in `read_all-rayon`).

mod common;

use common::{corpus, naive::VerbLexicon, Cost};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use gainsay::core::{Document, Reader};

/// The seed articles yield 247 statements today; fewer than this is a regression.
const SEED_MIN_STATEMENTS: usize = 200;

fn read_each(reader: &Reader, docs: &[Document]) -> usize {
    docs.iter().map(|d| reader.read(d).statements.len()).sum()
}

fn naive_each(lex: &VerbLexicon, docs: &[Document]) -> usize {
    docs.iter().map(|d| lex.scan(&d.text).2).sum()
}

fn bench_corpus(
    c: &mut Criterion,
    reader: &Reader,
    lex: &VerbLexicon,
    name: &str,
    docs: &[Document],
    min_statements: usize,
    cost: Cost,
) {
    let bytes = corpus::bytes(docs);
    let case = format!("{name}-{}KB", bytes / 1000);
    let statements = read_each(reader, docs);
    let hits = naive_each(lex, docs);
    println!(
        "read/{case}: {} documents, {bytes} bytes, {statements} statements; naive: {hits} \
         verb-form tokens ({} forms in the lexicon)",
        docs.len(),
        lex.len()
    );
    assert!(
        statements >= min_statements,
        "{case}: {statements} statements, expected at least {min_statements}"
    );
    let mut g = common::group(c, "read", cost);
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function(BenchmarkId::new(&case, "reader"), |b| {
        b.iter(|| {
            let n = read_each(reader, docs);
            assert_eq!(n, statements);
            n
        })
    });
    g.bench_function(BenchmarkId::new(&case, "naive-lexicon"), |b| {
        b.iter(|| {
            let n = naive_each(lex, docs);
            assert_eq!(n, hits);
            n
        })
    });
    if cost == Cost::Big {
        let id = if cfg!(feature = "rayon") {
            "read_all-rayon"
        } else {
            "read_all-serial"
        };
        g.bench_function(BenchmarkId::new(&case, id), |b| {
            b.iter(|| {
                let readings = reader.read_all(docs);
                let n: usize = readings.iter().map(|r| r.statements.len()).sum();
                assert_eq!(n, statements);
                readings
            })
        });
    }
    g.finish();
}

fn read(c: &mut Criterion) {
    let reader = Reader::new().expect("the embedded lexicons load");
    let lex = VerbLexicon::new();
    let seeds = corpus::seeds();
    bench_corpus(
        c,
        &reader,
        &lex,
        "seeds",
        &seeds,
        SEED_MIN_STATEMENTS,
        Cost::Small,
    );
    match corpus::fnc1_bodies() {
        Ok(docs) => bench_corpus(c, &reader, &lex, "fnc1-bodies", &docs, 1, Cost::Big),
        Err(why) => println!("skipping read/fnc1-bodies: {why}"),
    }
}

criterion_group!(benches, read);
criterion_main!(benches);
