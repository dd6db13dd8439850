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

/// Splits `text` into tokens; every span lies on char boundaries.
pub(crate) fn tokenize(text: &str) -> Vec<Tok> {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(b.len() / 5 + 1);
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            i += 1;
        } else if c.is_ascii_alphabetic() {
            let s = i;
            while i < b.len() && b[i].is_ascii_alphabetic() {
                i += 1;
            }
            out.push(Tok {
                start: s,
                end: i,
                kind: Kind::Word,
            });
        } else if c.is_ascii_digit() {
            let s = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            out.push(Tok {
                start: s,
                end: i,
                kind: Kind::Num,
            });
        } else if c.is_ascii() {
            out.push(Tok {
                start: i,
                end: i + 1,
                kind: Kind::Punct,
            });
            i += 1;
        } else {
            let s = i;
            i += 1;
            while i < b.len() && (b[i] & 0xC0) == 0x80 {
                i += 1;
            }
            // Typographic apostrophe acts like ASCII "'".
            let kind = if &text[s..i] == "\u{2019}" {
                Kind::Punct
            } else {
                Kind::Other
            };
            out.push(Tok {
                start: s,
                end: i,
                kind,
            });
        }
    }
    out
}
