//! gainsay-compare: statements in, disputes and typed conflicts out.
//!
//! ```
//! use gainsay_core::{Document, Reader};
//! use gainsay_compare::{Comparer, ConflictKind};
//!
//! let reader = Reader::new()?;
//! let a = reader.read(&Document::new("a", "Ukraine accused Iran of supplying drones to Russia."));
//! let b = reader.read(&Document::new("b", "Iran denied that it had supplied drones to Russia."));
//! let statements: Vec<_> = a.statements.into_iter().chain(b.statements).collect();
//! let disputes = Comparer::default().disputes(&statements);
//! assert_eq!(disputes.len(), 1);
//! assert_eq!(disputes[0].conflicts[0].kind, ConflictKind::CrossSource);
//! # Ok::<(), gainsay_core::Error>(())
//! ```
//!
//! This crate depends on the statement types of `gainsay-core` only, never on how the
//! statements were extracted: any producer of [`Statement`]s can be compared.
//!
//! # How comparison scales
//!
//! Statements are bucketed by their proposition key (actor, predicate class, object
//! class) in a hash map: one pass, O(n) expected. Inside a bucket, statements are
//! summarised per holder and side, so the candidate pairs examined grow with the number
//! of distinct holders (capped by [`Config::max_conflicts_per_dispute`]), never with the
//! square of the statements.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod index;
mod key;
pub mod report;
mod verdict;

pub use index::Index;
pub use key::Key;
pub use verdict::{
    content_stems, match_in_context, name_words, names_agree, proposition_match, relatedness,
    Context, Evidence, PairComparer, PairConfig, PairText, Verdict,
};

use gainsay_core::{Proposition, Side, Statement};
use serde::Serialize;
use std::collections::HashMap;
use std::fmt;

/// What kind of contradiction a conflict is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ConflictKind {
    /// Different holders on opposite sides.
    CrossSource,
    /// One holder on opposite sides at different times.
    Reversal,
    /// One holder on opposite sides in one document.
    SelfContradiction,
    /// The same proposition affirmed in disjoint periods.
    Temporal,
    /// One statement whose own time references cannot both hold.
    TemporalSelfInconsistency,
}

impl ConflictKind {
    /// The name used in JSON.
    pub fn name(self) -> &'static str {
        match self {
            ConflictKind::CrossSource => "cross-source",
            ConflictKind::Reversal => "reversal",
            ConflictKind::SelfContradiction => "self-contradiction",
            ConflictKind::Temporal => "temporal",
            ConflictKind::TemporalSelfInconsistency => "temporal-self-inconsistency",
        }
    }
}

impl fmt::Display for ConflictKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for ConflictKind {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

/// One conflict between two statements (indices into the slice given to the comparer).
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    /// The first statement (affirming, or earlier).
    pub a: usize,
    /// The second statement (denying, or later).
    pub b: usize,
    /// Its kind.
    pub kind: ConflictKind,
    /// Confidence in `[0, 1]`.
    pub score: f64,
    /// One sentence saying why.
    pub explanation: String,
}

/// A proposition that statements take opposite sides on, with its conflicts.
#[derive(Debug, Clone, PartialEq)]
pub struct Dispute {
    /// `"D{n}"`, in order of first statement.
    pub id: String,
    /// The bucket key.
    pub key: Key,
    /// A representative proposition (of the first affirming statement).
    pub proposition: Proposition,
    /// Statements affirming it (indices).
    pub affirmed: Vec<usize>,
    /// Statements denying it (indices).
    pub denied: Vec<usize>,
    /// Typed conflicts.
    pub conflicts: Vec<Conflict>,
    /// Candidate pairs examined to find the conflicts (a cost measure).
    pub pairs_examined: usize,
}

/// Comparison settings. Every threshold of the comparer is here, with its default.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// At most this many conflicts of each kind per dispute (default 32).
    pub max_conflicts_per_dispute: usize,
    /// Two recipients conflict only when equal or when either is missing (default true).
    pub recipient_must_agree: bool,
    /// Score of a conflict between two explicit, attributed stances (default 0.9).
    pub score_attributed: f64,
    /// Score when one side is the outlet's own narration (default 0.75).
    pub score_narration: f64,
    /// Score of a reversal (default 0.95).
    pub score_reversal: f64,
    /// Score of a temporal conflict (default 0.8).
    pub score_temporal: f64,
    /// Two time references of one statement are compared for a self-inconsistency only
    /// when at most this many bytes separate them (default 8: ", " between appositives).
    pub max_self_time_gap: usize,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            max_conflicts_per_dispute: 32,
            recipient_must_agree: true,
            score_attributed: 0.9,
            score_narration: 0.75,
            score_reversal: 0.95,
            score_temporal: 0.8,
            max_self_time_gap: 8,
        }
    }
}

/// Finds disputes among statements. Build once, use for many batches.
#[derive(Debug, Clone, Default)]
pub struct Comparer {
    /// The settings.
    pub config: Config,
}

/// The identity of a holder for comparison: its first entity, else its speaker, else its
/// surface text.
pub fn holder_key(s: &Statement) -> String {
    if let Some(e) = s.holder.entities.first() {
        return e.clone();
    }
    if let Some(sp) = &s.holder.speaker {
        return sp.clone();
    }
    s.holder.surface.to_lowercase()
}

fn claim_date(s: &Statement) -> Option<jiff::civil::Date> {
    s.times.claim.and_then(|i| i.start).or(s.published)
}

fn describe(s: &Statement) -> String {
    let mut who = s.holder.canonical();
    if let Some(sp) = &s.holder.speaker {
        if !who.contains(sp.as_str()) {
            who = format!("{who} ({sp})");
        }
    }
    let src = s.source.clone().unwrap_or_else(|| s.doc.clone());
    let date = claim_date(s)
        .map(|d| d.to_string())
        .unwrap_or_else(|| "undated".into());
    format!("{who} [{src}, {date}] {}", s.stance)
}

fn prop_text(p: &Proposition) -> String {
    let mut out = format!(
        "{} {} {}",
        p.actor.as_deref().unwrap_or("someone"),
        p.predicate_key(),
        p.object.as_deref().unwrap_or("something")
    );
    if let Some(r) = &p.recipient {
        out.push_str(" to ");
        out.push_str(r);
    }
    out
}

impl Comparer {
    /// A comparer with the given settings.
    pub fn new(config: Config) -> Comparer {
        Comparer { config }
    }

    /// Disputes among `statements`, in order of their first statement.
    pub fn disputes(&self, statements: &[Statement]) -> Vec<Dispute> {
        let holders = unify_holders(statements);
        let mut buckets: HashMap<Key, Vec<usize>> = HashMap::new();
        let mut order: Vec<Key> = Vec::new();
        for (i, s) in statements.iter().enumerate() {
            if s.side() == Side::Neither {
                continue;
            }
            let Some(k) = Key::of(&s.proposition) else {
                continue;
            };
            let v = buckets.entry(k.clone()).or_insert_with(|| {
                order.push(k);
                Vec::new()
            });
            v.push(i);
        }
        let mut out = Vec::new();
        for k in order {
            let members = &buckets[&k];
            if let Some(d) = self.dispute(statements, &holders, &k, members) {
                out.push(d);
            }
        }
        for (i, d) in out.iter_mut().enumerate() {
            d.id = format!("D{}", i + 1);
        }
        out
    }

    /// The dispute of one bucket, if its statements conflict.
    pub(crate) fn dispute(
        &self,
        st: &[Statement],
        holders: &[String],
        key: &Key,
        members: &[usize],
    ) -> Option<Dispute> {
        let cfg = &self.config;
        let mut affirmed = Vec::new();
        let mut denied = Vec::new();
        for &i in members {
            match st[i].side() {
                Side::Affirmed => affirmed.push(i),
                Side::Denied => denied.push(i),
                Side::Neither => {}
            }
        }
        let mut conflicts = Vec::new();
        let mut examined = 0usize;
        let compatible = |a: usize, b: usize| -> bool {
            if !cfg.recipient_must_agree {
                return true;
            }
            match (&st[a].proposition.recipient, &st[b].proposition.recipient) {
                (Some(x), Some(y)) => x == y,
                _ => true,
            }
        };
        // per holder, per side: first statement of each document
        let mut by_holder: Vec<(String, Vec<usize>, Vec<usize>)> = Vec::new();
        for (side, list) in [(0, &affirmed), (1, &denied)] {
            for &i in list.iter() {
                let h = &holders[i];
                let pos = match by_holder.iter().position(|x| &x.0 == h) {
                    Some(p) => p,
                    None => {
                        by_holder.push((h.clone(), Vec::new(), Vec::new()));
                        by_holder.len() - 1
                    }
                };
                let e = &mut by_holder[pos];
                let v = if side == 0 { &mut e.1 } else { &mut e.2 };
                if !v.iter().any(|&j| st[j].doc == st[i].doc) {
                    v.push(i);
                }
            }
        }
        // cross-source: one conflict per (affirming holder, denying holder)
        let cap = cfg.max_conflicts_per_dispute;
        let mut n_cross = 0;
        'outer: for ha in &by_holder {
            for hd in &by_holder {
                if ha.0 == hd.0 || ha.1.is_empty() || hd.2.is_empty() {
                    continue;
                }
                let mut found = None;
                for &a in ha.1.iter().take(4) {
                    for &b in hd.2.iter().take(4) {
                        examined += 1;
                        if compatible(a, b) {
                            found = Some((a, b));
                            break;
                        }
                    }
                    if found.is_some() {
                        break;
                    }
                }
                let Some((a, b)) = found else { continue };
                let narration = st[a].holder.outlet || st[b].holder.outlet;
                let score = if narration {
                    cfg.score_narration
                } else {
                    cfg.score_attributed
                };
                conflicts.push(Conflict {
                    a,
                    b,
                    kind: ConflictKind::CrossSource,
                    score,
                    explanation: format!(
                        "{} that {}; {} it.",
                        describe(&st[a]),
                        prop_text(&st[a].proposition),
                        describe(&st[b])
                    ),
                });
                n_cross += 1;
                if n_cross >= cap {
                    break 'outer;
                }
            }
        }
        // one holder on both sides: reversal across documents, self-contradiction within one
        let mut n_rev = 0;
        for h in &by_holder {
            if h.1.is_empty() || h.2.is_empty() {
                continue;
            }
            let mut all: Vec<usize> = h.1.iter().chain(h.2.iter()).copied().collect();
            all.sort_by_key(|&i| (claim_date(&st[i]), st[i].doc.clone(), st[i].span.start));
            for w in all.windows(2) {
                let (a, b) = (w[0], w[1]);
                examined += 1;
                if st[a].side() == st[b].side() || !compatible(a, b) {
                    continue;
                }
                let (da, db) = (claim_date(&st[a]), claim_date(&st[b]));
                if st[a].doc == st[b].doc {
                    conflicts.push(Conflict {
                        a,
                        b,
                        kind: ConflictKind::SelfContradiction,
                        score: cfg.score_attributed,
                        explanation: format!(
                            "In one document, {} that {}, and {} it.",
                            describe(&st[a]),
                            prop_text(&st[a].proposition),
                            describe(&st[b])
                        ),
                    });
                } else if da != db || da.is_none() {
                    conflicts.push(Conflict {
                        a,
                        b,
                        kind: ConflictKind::Reversal,
                        score: cfg.score_reversal,
                        explanation: format!(
                            "{} reversed itself: first {} that {}, then {} it.",
                            h.0,
                            describe(&st[a]),
                            prop_text(&st[a].proposition),
                            describe(&st[b])
                        ),
                    });
                }
                n_rev += 1;
                if n_rev >= cap {
                    break;
                }
            }
        }
        // temporal: affirmed in disjoint periods; summarised per distinct interval
        let mut by_interval: Vec<(gainsay_time::Interval, usize)> = Vec::new();
        for &i in &affirmed {
            for r in &st[i].times.event {
                if !by_interval
                    .iter()
                    .any(|(iv, j)| *iv == r.interval && st[*j].doc == st[i].doc)
                {
                    by_interval.push((r.interval, i));
                }
            }
            // one statement's own references that cannot both hold
            let ev = &st[i].times.event;
            'self_: for x in 0..ev.len() {
                for y in x + 1..ev.len() {
                    // only references side by side ("in November 2022, three months before
                    // the start of hostilities") describe the same event
                    let gap = ev[y].span.start.saturating_sub(ev[x].span.end);
                    if gap <= cfg.max_self_time_gap && ev[x].interval.disjoint(&ev[y].interval) {
                        conflicts.push(Conflict {
                            a: i,
                            b: i,
                            kind: ConflictKind::TemporalSelfInconsistency,
                            score: cfg.score_temporal,
                            explanation: format!(
                                "{} places the event both {} and {}, which cannot both hold.",
                                describe(&st[i]),
                                ev[x].interval,
                                ev[y].interval
                            ),
                        });
                        break 'self_;
                    }
                }
            }
        }
        let mut n_temp = 0;
        for x in 0..by_interval.len() {
            for y in x + 1..by_interval.len() {
                examined += 1;
                let (ix, a) = by_interval[x];
                let (iy, b) = by_interval[y];
                if a == b || st[a].doc == st[b].doc || !ix.disjoint(&iy) || !compatible(a, b) {
                    continue;
                }
                conflicts.push(Conflict {
                    a,
                    b,
                    kind: ConflictKind::Temporal,
                    score: cfg.score_temporal,
                    explanation: format!(
                        "{} places it {}; {} places it {}: the periods do not overlap.",
                        describe(&st[a]),
                        ix,
                        describe(&st[b]),
                        iy
                    ),
                });
                n_temp += 1;
                if n_temp >= cap {
                    break;
                }
            }
        }
        if conflicts.is_empty() {
            return None;
        }
        let rep = affirmed
            .first()
            .or(denied.first())
            .copied()
            .unwrap_or(members[0]);
        Some(Dispute {
            id: String::new(),
            key: key.clone(),
            proposition: st[rep].proposition.clone(),
            affirmed,
            denied,
            conflicts,
            pairs_examined: examined,
        })
    }
}

/// Holder keys of the statements.
pub(crate) fn unify_holders(st: &[Statement]) -> Vec<String> {
    // Each statement's holder stands on its own (the reader resolves a speaker's
    // affiliation within its document): the batch result then equals the incremental
    // index's, whatever the order in which documents arrive.
    st.iter().map(holder_key).collect()
}
