//! An ASCII tokenizer: words, digit runs and single punctuation marks.

/// Token classes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Word,
    Num,
    Punct,
    /// A non-ASCII character (never part of a time expression).
    Other,
}

/// A token: byte span and class.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

const SPACE: u8 = 0;
const ALPHA: u8 = 1;
const DIGIT: u8 = 2;
const PUNCT: u8 = 3;
const OTHER: u8 = 4;

/// The class of every byte.
const CLASS: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut i = 0;
    while i < 128 {
        let c = i as u8;
        t[i] = if c.is_ascii_whitespace() {
            SPACE
        } else if c.is_ascii_alphabetic() {
            ALPHA
        } else if c.is_ascii_digit() {
            DIGIT
        } else {
            PUNCT
        };
        i += 1;
    }
    t
};

/// Splits `text` into tokens; every span lies on char boundaries.
pub(crate) fn tokenize(text: &str) -> Vec<Tok> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    tokenize_with(text, |t| out.push(t));
    out
}

/// Calls `f` with each token of `text`, in order.
#[inline]
pub(crate) fn tokenize_with(text: &str, mut f: impl FnMut(Tok)) {
    let b = text.as_bytes();
    let n = b.len();
    let mut i = 0;
    while i < n {
        let c = CLASS[usize::from(b[i])];
        if c == SPACE {
            i += 1;
        } else if c == ALPHA || c == DIGIT {
            let s = i;
            i += 1;
            while i < n && CLASS[usize::from(b[i])] == c {
                i += 1;
            }
            let kind = if c == ALPHA { Kind::Word } else { Kind::Num };
            f(Tok {
                start: s,
                end: i,
                kind,
            });
        } else if c == PUNCT {
            f(Tok {
                start: i,
                end: i + 1,
                kind: Kind::Punct,
            });
            i += 1;
        } else {
            let s = i;
            i += 1;
            while i < n && (b[i] & 0xC0) == 0x80 {
                i += 1;
            }
            // Typographic apostrophe acts like ASCII "'".
            let kind = if &b[s..i] == "\u{2019}".as_bytes() {
                Kind::Punct
            } else {
                Kind::Other
            };
            f(Tok {
                start: s,
                end: i,
                kind,
            });
        }
    }
}
