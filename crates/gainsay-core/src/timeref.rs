//! Event times of statements: where the text places an event.

use gainsay_time::{Interval, TimeTagger};

/// A time reference found in a clause: byte span relative to the clause text.
pub(crate) struct Ref {
    pub span: (usize, usize),
    pub interval: Interval,
}

/// Time references in a clause's text.
pub(crate) fn event_refs(_text: &str, _dct: Option<jiff::civil::Date>, _tagger: &TimeTagger) -> Vec<Ref> {
    Vec::new()
}
