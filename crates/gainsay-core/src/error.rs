//! Errors of the reader: only building a [`Reader`](crate::Reader) can fail.

/// An error building a [`Reader`](crate::Reader): a lexicon line that cannot be used.
///
/// The message names the lexicon file and the 1-based line, says what was expected
/// and what was found.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A line of a lexicon file could not be read.
    #[error("{file}:{line}: {reason}")]
    Lexicon {
        /// The lexicon's name (the embedded file's name, or the name a user gave).
        file: String,
        /// 1-based line number.
        line: usize,
        /// What was expected and what was found.
        reason: String,
    },
    /// A lexicon name the builder does not know.
    #[error("unknown lexicon {name:?}: expected one of {expected}")]
    UnknownLexicon {
        /// The name given.
        name: String,
        /// The names accepted.
        expected: String,
    },
    /// The time layer could not be built.
    #[error("time lexicon: {0}")]
    Time(String),
}

impl Error {
    pub(crate) fn lexicon(file: &str, line: usize, reason: impl Into<String>) -> Error {
        Error::Lexicon {
            file: file.to_string(),
            line,
            reason: reason.into(),
        }
    }
}
