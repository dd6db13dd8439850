//! gainsay-core: news text to attributed, time-stamped statements.
//!
//! ```
//! use gainsay_core::{Document, Reader, Side};
//!
//! let reader = Reader::new()?;
//! let doc = Document::new("d1", "Iran has strenuously denied that it has sent any weapons to Russia.");
//! let reading = reader.read(&doc);
//! // the clause under "denied", attributed to Iran (the cue clause itself is a statement
//! // of the outlet's too)
//! let st = reading.statements.iter().find(|s| s.rule == "ATTR/SAY").unwrap();
//! assert_eq!(st.holder.canonical(), "Iran");
//! assert_eq!(st.side(), Side::Denied);
//! assert_eq!(st.proposition.predicate_key(), "supply");
//! # Ok::<(), gainsay_core::Error>(())
//! ```
//!
//! A [`Reader`] is built once from lexicons (data files embedded in the crate and
//! extendable through [`ReaderBuilder`]); building can fail on a bad lexicon, reading a
//! document never fails. Every [`Statement`] keeps its byte span, the span of every slot
//! and the id of the rule that produced it.
//!
//! # Untrusted input
//!
//! Reading never panics, whatever the text (arbitrary Unicode, control characters, very
//! long tokens or lines). Work is linear in the text: run-on sentences are read in windows
//! of bounded size.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod clause;
mod debunk;
mod error;
pub mod headline;
/// The fast hasher of the lexicon tables (shared with `gainsay-time`).
pub use gainsay_time::hash;
pub mod lexicon;
mod reader;
mod token;
pub mod types;

pub use error::Error;
pub use lexicon::LEXICON_NAMES;
pub use reader::{Reader, ReaderBuilder, Reading, HEADLINE_MAX_LEN};
pub use types::*;
