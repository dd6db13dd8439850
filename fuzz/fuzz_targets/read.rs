//! Fuzz target: bytes -> lossy UTF-8 -> `Reader::read`; every span on char boundaries
//! inside the text, `statement.text == &text[span]`, never a panic.
//!
//! With cargo-fuzz (nightly): `cargo +nightly fuzz run read`. As a plain binary (stable):
//! `cargo run --release --bin read -- corpus/read` (see `../README.md`).
#![cfg_attr(fuzzing, no_main)]

#[cfg(fuzzing)]
libfuzzer_sys::fuzz_target!(|data: &[u8]| gainsay_fuzz::fuzz_read(data));

#[cfg(not(fuzzing))]
fn main() {
    gainsay_fuzz::driver("read", false, gainsay_fuzz::fuzz_read);
}
