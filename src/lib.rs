//! gainsay: find where news sources contradict each other.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub use gainsay_compare as compare;
pub use gainsay_core as core;
pub use gainsay_time as time;
