//! Errors raised while building a tagger or an event calendar.

/// An error raised while reading a vocabulary or event data file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TimeError {
    /// A line of a vocabulary file could not be read.
    #[error("{file}:{line}: bad lexicon entry: {reason}")]
    Lexicon {
        /// The name given to the data (a file name or a label).
        file: String,
        /// The 1-based line number.
        line: usize,
        /// What is wrong with the line.
        reason: String,
    },
    /// A line of an event file could not be read.
    #[error("{file}:{line}: bad event entry: {reason}")]
    Event {
        /// The name given to the data (a file name or a label).
        file: String,
        /// The 1-based line number.
        line: usize,
        /// What is wrong with the line.
        reason: String,
    },
    /// A pattern could not be compiled.
    #[error("cannot build the matcher: {0}")]
    Matcher(String),
}
