//! gainsay: find where news sources contradict each other.
//!
//! gainsay reads news text into **statements** — who asserts it (the holder), who did
//! what to what (actor, predicate, object, recipient), the holder's stance (asserts,
//! denies, admits, accuses, alleges…), and when (the time of the claim, the time of the
//! event) — and reports the **disputes** between them: two sources on opposite sides of
//! one proposition, a source reversing itself, one event placed in periods that cannot
//! both hold, a headline calling a story the others tell a hoax. Every statement keeps
//! its byte span and the id of the rule that produced it; every conflict keeps both
//! statements, a kind, a score and a one-sentence explanation.
//!
//! This facade re-exports three crates:
//!
//! - [`core`] (`gainsay-core`): text to statements. Build a [`core::Reader`] once (it can
//!   fail only on a bad user lexicon); reading a document never fails.
//! - [`compare`] (`gainsay-compare`): statements to disputes. [`compare::Comparer`] for a
//!   batch, [`compare::Index`] for a stream (each document's new conflicts as it is
//!   added), [`compare::PairComparer`] for "do these two passages contradict each
//!   other?", [`compare::Briefs`] to hold millions of statements compactly.
//! - [`time`] (`gainsay-time`): time expressions and intervals.
//!
//! # Disputes across outlets
//!
//! ```
//! use gainsay::compare::Comparer;
//! use gainsay::core::{Document, Reader};
//!
//! let reader = Reader::new()?;
//! let docs = [
//!     Document::new("a", "Ukraine accused Iran of supplying drones to Russia.")
//!         .with_source("Kyiv Independent"),
//!     Document::new("b", "Iran denied that it had supplied drones to Russia.")
//!         .with_source("IRNA"),
//! ];
//! let statements: Vec<_> = docs.iter().flat_map(|d| reader.read(d).statements).collect();
//! let disputes = Comparer::default().disputes(&statements);
//! let d = &disputes[0];
//! let (yes, no) = (&statements[d.affirmed[0]], &statements[d.denied[0]]);
//! assert_eq!((yes.doc.as_str(), no.doc.as_str()), ("a", "b"));
//! assert_eq!(no.holder.canonical(), "Iran");
//! // why, with both statements' holders, outlets and stances
//! println!("{}", d.conflicts[0].explanation(&statements));
//! # Ok::<(), gainsay::core::Error>(())
//! ```
//!
//! # Two passages
//!
//! ```
//! use gainsay::compare::{PairComparer, PairConfig};
//! use gainsay::core::{Document, Reader};
//!
//! let pairs = PairComparer::new(Reader::new()?, PairConfig::default());
//! let v = pairs.verdict(
//!     &Document::new("claim", "Christian Bale will play Steve Jobs"),
//!     &Document::new("headline", "Christian Bale won't play Steve Jobs after all"),
//! );
//! assert!(v.conflict);
//! // the two statements that clash, with their spans
//! assert!(v.a.is_some() && v.b.is_some());
//! # Ok::<(), gainsay::core::Error>(())
//! ```
//!
//! # What grows with what
//!
//! Reading is linear in the text. Comparison is linear in the statements: they are
//! bucketed by proposition keys (and, for loose and story matching, by words), never
//! compared all pairs against all; large buckets are summarised per holder and side.
//! The incremental [`compare::Index`] is linear in the statements added: a bucket's
//! summaries are updated statement by statement. [`compare::Briefs`] keep 92 bytes a
//! statement, not the text.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub use gainsay_compare as compare;
pub use gainsay_core as core;
pub use gainsay_time as time;
