//! Fuzz target: bytes -> JSONL lines parsed as the CLI parses them
//! (`{"id","source","published"|"dct","text"}`) -> `Reader::read` of each document, with
//! the span invariants of the `read` target; never a panic.
//!
//! With cargo-fuzz (nightly): `cargo +nightly fuzz run jsonl`. As a plain binary (stable):
//! `cargo run --release --bin jsonl -- corpus/jsonl` (see `../README.md`).
#![cfg_attr(fuzzing, no_main)]

#[cfg(fuzzing)]
libfuzzer_sys::fuzz_target!(|data: &[u8]| gainsay_fuzz::fuzz_jsonl(data));

#[cfg(not(fuzzing))]
fn main() {
    gainsay_fuzz::driver("jsonl", true, gainsay_fuzz::fuzz_jsonl);
}
