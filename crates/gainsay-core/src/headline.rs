//! The statement a headline makes as a whole (rule `TEXT/HEADLINE`).
//!
//! A headline (or a claim, a short post: a one-line document of at most
//! [`ReaderBuilder::headline_max_len`](crate::ReaderBuilder::headline_max_len) bytes)
//! tells a story in more words than its clauses' slots keep: "Sons of Anarchy Movie
//! Hoax: Kurt Sutter Announces Charlie Hunnam, Brad Pitt Film Article is Totally Fake"
//! refutes the story "Kurt Sutter Announces Plans For Sons Of Anarchy Movie Starring
//! Charlie Hunnam, Brad Pitt" tells, though no clause of one has the actor, predicate
//! and object of a clause of the other. The reader adds one statement spanning the whole
//! headline, with no proposition of its own (predicate `*`), on the side the headline
//! takes:
//!
//! - **denied** when the outlet, or a source it quotes, refutes or disputes something in
//!   it (a statement of the debunk pass, rule `DEBUNK/…`, on the denied side, or a denied
//!   statement of stance refute or dispute): holder, stance and polarity are that
//!   statement's;
//! - **affirmed** otherwise, when some statement of it is affirmed: the holder is that
//!   statement's, the stance a report;
//! - none when every statement is on no side (a question, a hedge) or there is none.
//!
//! The comparer (`gainsay-compare`'s story matching) sets a denied headline against the
//! affirmed headlines of other documents that share enough of its content words.

use crate::types::{Polarity, Proposition, Side, Slots, Span, Stance, Statement};

/// The rule id of a headline's statement.
pub const HEADLINE_RULE: &str = "TEXT/HEADLINE";

/// A refutation or dispute in the headline, by the outlet or a source it quotes.
fn refutes(s: &Statement) -> bool {
    s.side() == Side::Denied
        && (s.rule.starts_with("DEBUNK/")
            || matches!(s.stance, Stance::Refute | Stance::Dispute) && s.rule != "ATTR/ANAPHOR")
}

/// The headline statement of a document of text `text` whose statements are
/// `statements`, when the document is a headline of at most `max_len` bytes.
pub(crate) fn statement(text: &str, statements: &[Statement], max_len: usize) -> Option<Statement> {
    let trimmed = text.trim();
    if trimmed.is_empty() || trimmed.len() > max_len || trimmed.contains('\n') {
        return None;
    }
    let start = text.len() - text.trim_start().len();
    let span = Span::new(start, start + trimmed.len());
    let (from, stance, polarity) = if let Some(r) = statements.iter().find(|s| refutes(s)) {
        (r, r.stance, r.polarity)
    } else {
        let a = statements.iter().find(|s| s.side() == Side::Affirmed)?;
        (a, Stance::Report, Polarity::Positive)
    };
    Some(Statement {
        id: String::new(),
        span,
        text: trimmed.to_string(),
        stance,
        polarity,
        proposition: Proposition {
            predicate: "*".to_string(),
            ..Proposition::default()
        },
        quantity: None,
        modality: None,
        slots: Slots {
            holder: from.slots.holder,
            cue: from.slots.cue,
            ..Slots::default()
        },
        rule: HEADLINE_RULE,
        ..from.clone()
    })
}
