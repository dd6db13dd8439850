//! Time expressions (TimeML TIMEX3) and event intervals for gainsay.
//!
//! ```
//! use gainsay_time::{TimeTagger, TimexType};
//!
//! let tagger = TimeTagger::new()?;
//! let dct = "2022-11-07".parse().ok();
//! let found = tagger.tag("Troops withdrew last week, officials said on Friday.", dct);
//! assert_eq!(found[0].value, "2022-W44");
//! assert_eq!(found[1].kind, TimexType::Date);
//! assert_eq!(found[1].value, "2022-11-04");
//! # Ok::<(), gainsay_time::TimeError>(())
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod error;
pub mod eval;
mod events;
pub mod hash;
mod interval;
mod lexicon;
mod tagger;
mod token;

pub use error::TimeError;
pub use events::{
    inconsistent, Anchor, Event, EventCalendar, EventCalendarBuilder, EventTimeResolver, Relation,
    TimeRef,
};
pub use interval::Interval;
pub use tagger::{TimeTagger, TimeTaggerBuilder, Timex, TimexType};
