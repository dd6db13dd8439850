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
//!   So is a headline with the outlet's own negation that calls something a hoax, fake,
//!   satire (a debunking word the reader finds: "Satire Website Fools ESPN, Kei
//!   Nishikori isn't highest paid tennis star");
//! - on **no side** when it denies anything else ("officials say Kim Jong-un is not
//!   dead" refutes no story);
//! - **affirmed** otherwise, when a clause of the story is affirmed (not the "X says"
//!   act; the holder is that statement's, the stance a report), or when it has no statement at all, is no
//!   question and holds no debunking or negation word (a headline without a verb: "Kei Nishikori Highest-Paid Tennis player in
//!   the World", the outlet's);
//! - none when every statement is on no side (a question, a hedge).
//!
//! The comparer (`gainsay-compare`'s story matching) sets a denied headline against the
//! affirmed headlines of other documents that share enough of its content words.

use crate::reader::Reader;
use crate::types::{
    Document, Holder, Polarity, Proposition, Side, Slots, Span, Stance, Statement, Times,
};
use gainsay_time::Interval;

/// The proposition of a headline as a whole: none of its own (predicate `*`).
fn star() -> Proposition {
    Proposition {
        predicate: "*".to_string(),
        ..Proposition::default()
    }
}

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
pub(crate) fn statement(
    reader: &Reader,
    doc: &Document,
    statements: &[Statement],
    max_len: usize,
) -> Option<Statement> {
    let text = doc.text.as_str();
    let trimmed = text.trim();
    if trimmed.is_empty()
        || trimmed.len() > max_len
        || trimmed.contains(['\n', '\r', '\u{2028}', '\u{2029}'])
    {
        return None;
    }
    let start = text.len() - text.trim_start().len();
    let span = Span::new(start, start + trimmed.len());
    // the outlet's own negation in a headline that calls something a hoax, satire, fake
    // ("Satire Website Fools ESPN, Kei Nishikori isn't highest paid tennis star")
    let debunking_negation = || {
        statements
            .iter()
            .find(|s| s.side() == Side::Denied && s.holder.outlet && s.stance == Stance::Report)
            .filter(|_| !crate::debunk::cues(reader, trimmed).is_empty())
    };
    let (from, stance, polarity) = if let Some(r) = statements
        .iter()
        .find(|s| refutes(s))
        .or_else(debunking_negation)
    {
        (r, r.stance, r.polarity)
    } else if statements.iter().any(|s| s.side() == Side::Denied) {
        // a denial that refutes no story ("officials say Kim Jong-un is not dead"): the
        // headline as a whole takes no side a story could be matched on
        return None;
    } else if let Some(a) = statements.iter().find(|s| {
        // a clause of the story, not the speech act reporting it ("X says") nor a
        // statement about a hoax itself
        s.side() == Side::Affirmed
            && !matches!(s.rule, "CLAUSE/SPEECH_ACT" | "CLAUSE/CUE" | "DEBUNK/ABOUT")
    }) {
        (a, Stance::Report, Polarity::Positive)
    } else if statements.is_empty()
        && !trimmed.ends_with('?')
        && !crate::debunk::has_trigger(
            &crate::debunk::trigger_hits(reader, text),
            text,
            span.start,
            span.end,
        )
    {
        // a headline without a verb states what it names ("Kei Nishikori Highest-Paid
        // Tennis player in the World"): the outlet's
        return Some(Statement {
            id: String::new(),
            doc: doc.id.clone(),
            source: doc.source.clone(),
            published: doc.published,
            span,
            text: trimmed.to_string(),
            holder: Holder {
                entities: Vec::new(),
                surface: doc.source.clone().unwrap_or_else(|| doc.id.clone()),
                speaker: None,
                outlet: true,
            },
            stance: Stance::Report,
            polarity: Polarity::Positive,
            proposition: star(),
            quantity: None,
            modality: None,
            slots: Slots::default(),
            rule: HEADLINE_RULE,
            times: Times {
                // the document's day, as for the outlet's narration
                claim: doc.published.map(|d| Interval {
                    start: Some(d),
                    end: d.tomorrow().ok(),
                }),
                event: Vec::new(),
            },
        });
    } else {
        return None;
    };
    Some(Statement {
        id: String::new(),
        span,
        text: trimmed.to_string(),
        stance,
        polarity,
        proposition: star(),
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
