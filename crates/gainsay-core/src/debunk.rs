//! Debunking words and hedges applied to whole statements after clause reading
//! ("death hoax", "report that P is false", "X is not dead").

use crate::reader::Reader;
use crate::types::{Document, Statement};

/// Applies document-level debunking cues to the statements of `doc`.
pub(crate) fn apply(_reader: &Reader, _doc: &Document, _statements: &mut [Statement]) {}
