//! The statement types: what a [`Reader`](crate::Reader) produces and what
//! `gainsay-compare` consumes.
//!
//! These types are the seam between reading and comparing: the comparison
//! crate depends on them only, never on how they were extracted.

use gainsay_time::Interval;
use serde::{Serialize, Serializer};
use std::fmt;

/// A half-open range of UTF-8 byte offsets `[start, end)` into a document's text.
///
/// Both ends always lie on char boundaries of the text they were taken from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A new span; `end` is clamped to be at least `start`.
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start,
            end: end.max(start),
        }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    pub fn is_empty(&self) -> bool {
        self.end == self.start
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The text under the span, or `""` when it does not fit `text`.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

impl Serialize for Span {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        [self.start, self.end].serialize(s)
    }
}

/// One news document: an article, a headline, a claim.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Document {
    /// The caller's identifier, echoed in every statement.
    pub id: String,
    /// The outlet (or other source) that published it.
    pub source: Option<String>,
    /// Publication date: the default time of every claim in it.
    pub published: Option<jiff::civil::Date>,
    /// The text, as received.
    pub text: String,
}

impl Document {
    /// A document with an id and a text, no source and no date.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Document {
        Document {
            id: id.into(),
            source: None,
            published: None,
            text: text.into(),
        }
    }

    /// Sets the source (outlet).
    pub fn with_source(mut self, source: impl Into<String>) -> Document {
        self.source = Some(source.into());
        self
    }

    /// Sets the publication date.
    pub fn with_published(mut self, date: jiff::civil::Date) -> Document {
        self.published = Some(date);
        self
    }
}

/// The holder's speech act towards a proposition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Stance {
    /// Plain assertion ("X said", "X stressed").
    Assert,
    /// A claim ("X claimed").
    Claim,
    /// The outlet's own narration, or "X reported".
    Report,
    /// "X confirmed".
    Confirm,
    /// "X admitted".
    Admit,
    /// "X acknowledged".
    Acknowledge,
    /// "X accused Y of".
    Accuse,
    /// "X alleged", "allegations that".
    Allege,
    /// "X denied".
    Deny,
    /// "X rejected".
    Reject,
    /// "X dismissed".
    Dismiss,
    /// "X refuted".
    Refute,
    /// "X disputed", "X called that a lie".
    Dispute,
}

impl Stance {
    /// Every stance, in a fixed order.
    pub const ALL: [Stance; 13] = [
        Stance::Assert,
        Stance::Claim,
        Stance::Report,
        Stance::Confirm,
        Stance::Admit,
        Stance::Acknowledge,
        Stance::Accuse,
        Stance::Allege,
        Stance::Deny,
        Stance::Reject,
        Stance::Dismiss,
        Stance::Refute,
        Stance::Dispute,
    ];

    /// The lower-case name used in data files and JSON.
    pub fn name(self) -> &'static str {
        match self {
            Stance::Assert => "assert",
            Stance::Claim => "claim",
            Stance::Report => "report",
            Stance::Confirm => "confirm",
            Stance::Admit => "admit",
            Stance::Acknowledge => "acknowledge",
            Stance::Accuse => "accuse",
            Stance::Allege => "allege",
            Stance::Deny => "deny",
            Stance::Reject => "reject",
            Stance::Dismiss => "dismiss",
            Stance::Refute => "refute",
            Stance::Dispute => "dispute",
        }
    }

    /// Parses a lower-case name (as in [`Stance::name`]).
    pub fn from_name(name: &str) -> Option<Stance> {
        Stance::ALL.iter().copied().find(|s| s.name() == name)
    }

    /// True for the stances that deny the proposition they govern.
    pub fn is_denial(self) -> bool {
        matches!(
            self,
            Stance::Deny | Stance::Reject | Stance::Dismiss | Stance::Refute | Stance::Dispute
        )
    }

    /// True for a holder conceding something against its interest ("admit", "acknowledge").
    pub fn is_admission(self) -> bool {
        matches!(self, Stance::Admit | Stance::Acknowledge | Stance::Confirm)
    }
}

impl fmt::Display for Stance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for Stance {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

/// Polarity of the proposition inside a statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Polarity {
    /// "Iran sent drones".
    Positive,
    /// "Iran sent no drones", "not to send weapons".
    Negative,
}

/// Where a statement stands on its proposition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    /// The statement says the proposition holds.
    Affirmed,
    /// The statement says it does not.
    Denied,
    /// Neither: a question, a readiness to discuss, an ability, a condition.
    Neither,
}

/// Modality of the proposition: how the holder commits to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Modality {
    /// "could", "may", "might", "reportedly", "allegedly", "possibly".
    Possible,
    /// "will", "is set to", "is expected to", "plans to", "promised to".
    Future,
    /// "ready to", "willing to", "prepared to", "offered to": sits on no side.
    Readiness,
    /// "should", "must", "demanded", "urged": a wish, not a fact.
    Deontic,
    /// "if", "unless": conditional.
    Conditional,
    /// A question: sits on no side.
    Question,
    /// A purpose or intended outcome ("adopted a boy so he won't turn into a
    /// werewolf"): sits on no side.
    Purpose,
}

impl Modality {
    /// The lower-case name used in data files and JSON.
    pub fn name(self) -> &'static str {
        match self {
            Modality::Possible => "possible",
            Modality::Future => "future",
            Modality::Readiness => "readiness",
            Modality::Deontic => "deontic",
            Modality::Conditional => "conditional",
            Modality::Question => "question",
            Modality::Purpose => "purpose",
        }
    }

    /// Parses a lower-case name (as in [`Modality::name`]).
    pub fn from_name(name: &str) -> Option<Modality> {
        [
            Modality::Possible,
            Modality::Future,
            Modality::Readiness,
            Modality::Deontic,
            Modality::Conditional,
            Modality::Question,
            Modality::Purpose,
        ]
        .into_iter()
        .find(|m| m.name() == name)
    }

    /// True when a statement with this modality commits to neither side.
    pub fn is_uncommitted(self) -> bool {
        matches!(
            self,
            Modality::Readiness
                | Modality::Question
                | Modality::Conditional
                | Modality::Deontic
                | Modality::Purpose
        )
    }
}

impl Serialize for Modality {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

/// Who holds a statement: a canonical entity, its surface text and the named speaker.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize)]
pub struct Holder {
    /// Canonical entities ("Iran"; "Ukraine" and "West" for "Kiev and its Western allies").
    pub entities: Vec<String>,
    /// The words that named the holder ("Tehran").
    pub surface: String,
    /// The named person speaking, when there is one ("Hossein Amir-Abdollahian").
    pub speaker: Option<String>,
    /// True when the holder is the outlet itself (unattributed narration).
    pub outlet: bool,
}

impl Holder {
    /// The canonical name: entities joined with " + ", else the surface text.
    pub fn canonical(&self) -> String {
        if self.entities.is_empty() {
            self.surface.clone()
        } else {
            self.entities.join(" + ")
        }
    }
}

/// Who did what to what, in canonical form.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Proposition {
    /// The doer (canonical entity or normalised name).
    pub actor: Option<String>,
    /// The predicate's lemma ("supply", "take off", "win").
    pub predicate: String,
    /// The predicate class, when the lexicon merges it with synonyms ("supply" for "ship").
    pub predicate_class: Option<String>,
    /// What it is done to (normalised head, "drone").
    pub object: Option<String>,
    /// The most general class of the object ("weapon" for "drone"), when known.
    pub object_class: Option<String>,
    /// The recipient of a transfer or the partner of an action.
    pub recipient: Option<String>,
    /// Where the object comes from ("Iranian-made drones": Iran).
    pub object_origin: Option<String>,
}

impl Proposition {
    /// The predicate class if known, else the lemma.
    pub fn predicate_key(&self) -> &str {
        self.predicate_class.as_deref().unwrap_or(&self.predicate)
    }

    /// The object class if known, else the object.
    pub fn object_key(&self) -> Option<&str> {
        self.object_class.as_deref().or(self.object.as_deref())
    }
}

/// Where each part of a statement is in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Slots {
    /// The holder's words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub holder: Option<Span>,
    /// The cue that gives the stance ("denied", "according to", "allegations").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cue: Option<Span>,
    /// The actor's words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actor: Option<Span>,
    /// The predicate's words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub predicate: Option<Span>,
    /// The object's words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<Span>,
    /// The recipient's words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recipient: Option<Span>,
}

/// Times attached to a statement.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Times {
    /// When the claim was made: the expression governing the reporting verb, else the
    /// document date.
    pub claim: Option<Interval>,
    /// Where the text places the event itself, when it does.
    pub event: Vec<TimeRef>,
}

/// One time reference of a statement's event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeRef {
    /// Where the reference is ("before the war began").
    pub span: Span,
    /// The interval it denotes.
    pub interval: Interval,
}

/// One attributed, time-stamped statement.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    /// `"{doc}/s{n}"`, unique in a reading.
    pub id: String,
    /// The document's id.
    pub doc: String,
    /// The outlet of the document.
    pub source: Option<String>,
    /// The document's date.
    pub published: Option<jiff::civil::Date>,
    /// The evidence: byte span in the document.
    pub span: Span,
    /// The evidence text (the span's slice of the document).
    pub text: String,
    /// Who asserts it.
    pub holder: Holder,
    /// The holder's speech act.
    pub stance: Stance,
    /// Polarity of the proposition.
    pub polarity: Polarity,
    /// What is asserted.
    pub proposition: Proposition,
    /// "a small number", "179".
    pub quantity: Option<String>,
    /// "promised to", "ready to", "could".
    pub modality: Option<Modality>,
    /// Where each part is.
    pub slots: Slots,
    /// The rule that produced it, e.g. `CLAUSE/SVO`, `ATTR/SAY_THAT`.
    pub rule: &'static str,
    /// Claim and event times.
    pub times: Times,
}

impl Statement {
    /// The side the statement takes: denied when exactly one of stance and polarity is
    /// negative; neither when its modality commits to nothing.
    pub fn side(&self) -> Side {
        if let Some(m) = self.modality {
            if m.is_uncommitted() {
                return Side::Neither;
            }
        }
        let neg = self.polarity == Polarity::Negative;
        if self.stance.is_denial() != neg {
            Side::Denied
        } else {
            Side::Affirmed
        }
    }
}
