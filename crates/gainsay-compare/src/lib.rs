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

pub use index::{Index, Update};
pub use key::Key;
pub use verdict::{
    content_stems, match_in_context, name_words, names_agree, proposition_match, relatedness,
    Context, Evidence, PairComparer, PairConfig, PairText, Verdict,
};

use gainsay_core::hash::FastMap;
use gainsay_core::{Proposition, Side, Stance, Statement};
use serde::Serialize;
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
    /// For temporal conflicts: the two periods that do not overlap.
    pub periods: Option<(gainsay_time::Interval, gainsay_time::Interval)>,
}

impl Conflict {
    /// One sentence saying why, from the statements the indices point into. Built on
    /// demand: comparing a million statements formats no text.
    pub fn explanation(&self, st: &[Statement]) -> String {
        let (a, b) = (&st[self.a], &st[self.b]);
        match self.kind {
            ConflictKind::CrossSource => format!(
                "{} that {}; {} it.",
                describe(a),
                prop_text(&a.proposition),
                describe(b)
            ),
            ConflictKind::SelfContradiction => format!(
                "In one document, {} that {}, and {} it.",
                describe(a),
                prop_text(&a.proposition),
                describe(b)
            ),
            ConflictKind::Reversal => format!(
                "{} reversed itself: first {} that {}, then {} it.",
                holder_ref(a),
                describe(a),
                prop_text(&a.proposition),
                describe(b)
            ),
            ConflictKind::Temporal => match self.periods {
                Some((x, y)) => format!(
                    "{} places it {}; {} places it {}: the periods do not overlap.",
                    describe(a),
                    x,
                    describe(b),
                    y
                ),
                None => format!(
                    "{} and {} place it in different periods.",
                    describe(a),
                    describe(b)
                ),
            },
            ConflictKind::TemporalSelfInconsistency => match self.periods {
                Some((x, y)) => format!(
                    "{} places the event both {} and {}, which cannot both hold.",
                    describe(a),
                    x,
                    y
                ),
                None => format!(
                    "{} places the event in periods that cannot both hold.",
                    describe(a)
                ),
            },
        }
    }
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
    /// Loose matching across documents for underspecified propositions (default true):
    /// every statement on a side is also filed under (predicate, word) for each word of
    /// its actor and object of at least [`Config::loose_min_word`] letters (at most six),
    /// and two statements of different documents on opposite sides there conflict (kind
    /// cross-source, score [`Config::score_loose`]) when one of them lacks an actor or an
    /// object ("Banksy arrested": no agent; "KFC isn't going to be selling": no object) or
    /// is a debunking statement; two fully specified propositions meet through their
    /// strict key only. Linear: a few keys per statement, at most 64 per bucket.
    pub loose_match: bool,
    /// With loose matching, an explicit refutation (a debunking statement, a denial
    /// stance) also meets affirming statements that share a name word whatever their
    /// predicate (default true).
    pub loose_any_predicate: bool,
    /// Shortest name word used for loose matching (default 4).
    pub loose_min_word: usize,
    /// Score of a loosely matched conflict (default 0.6).
    pub score_loose: f64,
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
            loose_match: true,
            loose_any_predicate: true,
            loose_min_word: 4,
            score_loose: 0.6,
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

/// [`holder_key`] without allocating when the holder has an entity or a speaker.
pub(crate) fn holder_ref(s: &Statement) -> std::borrow::Cow<'_, str> {
    if let Some(e) = s.holder.entities.first() {
        return std::borrow::Cow::Borrowed(e);
    }
    if let Some(sp) = &s.holder.speaker {
        return std::borrow::Cow::Borrowed(sp);
    }
    std::borrow::Cow::Owned(s.holder.surface.to_lowercase())
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
    ///
    /// One pass files every statement that takes a side in a hash bucket by its
    /// proposition key (hashed in place, without allocating); only buckets that can hold a
    /// conflict (both sides present, or event times) are examined further.
    pub fn disputes(&self, statements: &[Statement]) -> Vec<Dispute> {
        // buckets as linked lists over statement indices: one hash map entry per bucket,
        // no allocation per bucket, buckets numbered in order of their first statement
        let n = statements.len();
        let mut bucket_of: FastMap<u64, u32> = FastMap::default();
        bucket_of.reserve(n / 4);
        let mut head: Vec<u32> = Vec::new();
        let mut tail: Vec<u32> = Vec::new();
        let mut next: Vec<u32> = vec![u32::MAX; n];
        for (i, s) in statements.iter().enumerate() {
            if s.side() == Side::Neither {
                continue;
            }
            let Some(h) = key::key_hash(&s.proposition) else {
                continue;
            };
            let b = *bucket_of.entry(h).or_insert_with(|| {
                head.push(i as u32);
                tail.push(i as u32);
                (head.len() - 1) as u32
            }) as usize;
            if tail[b] != i as u32 {
                next[tail[b] as usize] = i as u32;
                tail[b] = i as u32;
            }
        }
        let mut out = Vec::new();
        let mut members: Vec<usize> = Vec::new();
        for &first in &head {
            members.clear();
            let mut i = first;
            while i != u32::MAX {
                members.push(i as usize);
                i = next[i as usize];
            }
            self.bucket_disputes(statements, &members, &mut out);
        }
        if self.config.loose_match {
            self.loose_disputes(statements, &mut out);
        }
        for (i, d) in out.iter_mut().enumerate() {
            d.id = format!("D{}", i + 1);
        }
        out
    }

    /// The disputes of one hash bucket (`members`: statement indices in increasing order,
    /// all with one key hash), appended to `out`: nothing unless the bucket may hold a
    /// conflict; a hash collision is split by the exact key. Shared by the batch and the
    /// incremental [`Index`], so both compute a bucket identically.
    pub(crate) fn bucket_disputes(
        &self,
        statements: &[Statement],
        members: &[usize],
        out: &mut Vec<Dispute>,
    ) {
        if members.is_empty() || !may_conflict(statements, members) {
            return;
        }
        // a hash collision would mix keys: split by the exact key (rare)
        let p0 = &statements[members[0]].proposition;
        let exact = members
            .iter()
            .all(|&i| key::same_key(&statements[i].proposition, p0));
        let groups: Vec<(Key, Vec<usize>)> = if exact {
            Key::of(p0)
                .map(|k| (k, members.to_vec()))
                .into_iter()
                .collect()
        } else {
            let mut g: Vec<(Key, Vec<usize>)> = Vec::new();
            for &i in members {
                let Some(k) = Key::of(&statements[i].proposition) else {
                    continue;
                };
                match g.iter_mut().find(|x| x.0 == k) {
                    Some(x) => x.1.push(i),
                    None => g.push((k, vec![i])),
                }
            }
            g
        };
        for (k, m) in groups {
            let holders: Vec<std::borrow::Cow<'_, str>> =
                m.iter().map(|&i| holder_ref(&statements[i])).collect();
            if let Some(d) = self.dispute(statements, &holders, &k, &m) {
                out.push(d);
            }
        }
    }

    /// Loosely matched disputes (see [`Config::loose_match`]), appended to `out`.
    fn loose_disputes(&self, st: &[Statement], out: &mut Vec<Dispute>) {
        let cfg = &self.config;
        let mut buckets: FastMap<LooseKey, Vec<usize>> = FastMap::default();
        let mut order: Vec<LooseKey> = Vec::new();
        for (i, s) in st.iter().enumerate() {
            for lk in loose_keys(cfg, s) {
                let v = buckets.entry(lk.clone()).or_insert_with(|| {
                    order.push(lk);
                    Vec::new()
                });
                if v.len() < LOOSE_MEMBERS {
                    v.push(i);
                }
            }
        }
        let mut seen: FastMap<(usize, usize), ()> = FastMap::default();
        for d in out.iter() {
            for c in &d.conflicts {
                seen.insert((c.a.min(c.b), c.a.max(c.b)), ());
            }
        }
        // canonical orders (bucket key; document and position inside a bucket), so that
        // the result does not depend on the order documents arrived in
        order.sort();
        for lk in order {
            let mut take = |x: usize, y: usize| seen.insert((x.min(y), x.max(y)), ()).is_none();
            if let Some(d) = self.loose_dispute(st, &lk, &buckets[&lk], &mut take) {
                out.push(d);
            }
        }
    }

    /// The dispute of one loose bucket `lk` (see [`Config::loose_match`]); `members` are
    /// its first [`LOOSE_MEMBERS`] statements in increasing index order. `take(a, b)` is
    /// asked before each conflict is recorded and says whether the pair is still free (not
    /// a conflict of an exact bucket or of a loose bucket sorted before `lk`). Shared by
    /// the batch and the incremental [`Index`].
    pub(crate) fn loose_dispute(
        &self,
        st: &[Statement],
        lk: &LooseKey,
        members: &[usize],
        take: &mut dyn FnMut(usize, usize) -> bool,
    ) -> Option<Dispute> {
        let cfg = &self.config;
        let mut members = members.to_vec();
        members.sort_by(|&x, &y| {
            (&st[x].doc, st[x].span.start, x).cmp(&(&st[y].doc, st[y].span.start, y))
        });
        let members = &members;
        let mut conflicts = Vec::new();
        let mut affirmed = Vec::new();
        let mut denied = Vec::new();
        for &a in members {
            if st[a].side() != Side::Affirmed {
                continue;
            }
            for &b in members {
                if st[b].side() != Side::Denied || st[a].doc == st[b].doc {
                    continue;
                }
                if !loose_may_meet(lk, &st[a], &st[b]) || !take(a, b) {
                    continue;
                }
                if !affirmed.contains(&a) {
                    affirmed.push(a);
                }
                if !denied.contains(&b) {
                    denied.push(b);
                }
                conflicts.push(Conflict {
                    a,
                    b,
                    kind: ConflictKind::CrossSource,
                    score: cfg.score_loose,
                    periods: None,
                });
                if conflicts.len() >= cfg.max_conflicts_per_dispute {
                    break;
                }
            }
            if conflicts.len() >= cfg.max_conflicts_per_dispute {
                break;
            }
        }
        if conflicts.is_empty() {
            return None;
        }
        let proposition = st[affirmed[0]].proposition.clone();
        Some(Dispute {
            id: String::new(),
            key: Key {
                actor: "~".to_string(),
                predicate: lk.0.clone(),
                object: lk.1.clone(),
            },
            proposition,
            affirmed,
            denied,
            conflicts,
            pairs_examined: members.len(),
        })
    }

    /// The dispute of one bucket, if its statements conflict. `holders[k]` is the holder
    /// key of `members[k]`.
    pub(crate) fn dispute<H: AsRef<str>>(
        &self,
        st: &[Statement],
        holders: &[H],
        key: &Key,
        members: &[usize],
    ) -> Option<Dispute> {
        let cfg = &self.config;
        // members in a canonical order (document, position), so that the statements picked
        // to represent a conflict do not depend on the order documents arrived in
        let mut canon: Vec<usize> = (0..members.len()).collect();
        canon.sort_by(|&x, &y| {
            let (a, b) = (&st[members[x]], &st[members[y]]);
            (&a.doc, a.span.start, a.span.end, members[x]).cmp(&(
                &b.doc,
                b.span.start,
                b.span.end,
                members[y],
            ))
        });
        let mut affirmed = Vec::new();
        let mut denied = Vec::new();
        for &k in &canon {
            let i = members[k];
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
        // per holder, per side: the first statement of each document (at most
        // PER_HOLDER of them): large buckets are summarised, never expanded pair by pair
        let mut by_holder: Vec<(&str, Vec<usize>, Vec<usize>)> = Vec::new();
        let mut holder_pos: FastMap<&str, usize> = FastMap::default();
        for &k in &canon {
            let i = members[k];
            let side = match st[i].side() {
                Side::Affirmed => 0,
                Side::Denied => 1,
                Side::Neither => continue,
            };
            let h = holders[k].as_ref();
            let pos = *holder_pos.entry(h).or_insert_with(|| {
                by_holder.push((h, Vec::new(), Vec::new()));
                by_holder.len() - 1
            });
            let e = &mut by_holder[pos];
            let v = if side == 0 { &mut e.1 } else { &mut e.2 };
            if v.len() < PER_HOLDER && !v.iter().any(|&j| st[j].doc == st[i].doc) {
                v.push(i);
            }
        }
        by_holder.sort_by(|x, y| x.0.cmp(y.0));
        // cross-source: one conflict per (affirming holder, denying holder)
        let cap = cfg.max_conflicts_per_dispute;
        let mut n_cross = 0;
        let aff_holders: Vec<&(&str, Vec<usize>, Vec<usize>)> =
            by_holder.iter().filter(|h| !h.1.is_empty()).collect();
        let den_holders: Vec<&(&str, Vec<usize>, Vec<usize>)> =
            by_holder.iter().filter(|h| !h.2.is_empty()).collect();
        'outer: for ha in &aff_holders {
            for hd in &den_holders {
                if ha.0 == hd.0 {
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
                    periods: None,
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
            all.sort_by(|&x, &y| {
                (claim_date(&st[x]), &st[x].doc, st[x].span.start).cmp(&(
                    claim_date(&st[y]),
                    &st[y].doc,
                    st[y].span.start,
                ))
            });
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
                        periods: None,
                    });
                } else if da != db || da.is_none() {
                    conflicts.push(Conflict {
                        a,
                        b,
                        kind: ConflictKind::Reversal,
                        score: cfg.score_reversal,
                        periods: None,
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
        let mut seen_interval: FastMap<(gainsay_time::Interval, &str), ()> = FastMap::default();
        for &i in &affirmed {
            for r in &st[i].times.event {
                if by_interval.len() < MAX_INTERVALS
                    && seen_interval
                        .insert((r.interval, st[i].doc.as_str()), ())
                        .is_none()
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
                            periods: Some((ev[x].interval, ev[y].interval)),
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
                    periods: Some((ix, iy)),
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

/// Words of a statement used for loose buckets.
const LOOSE_WORDS: usize = 8;

/// The text of a slot of a statement (its span inside the statement's span).
fn slot_text(s: &Statement, slot: gainsay_core::Span) -> Option<&str> {
    let from = slot.start.checked_sub(s.span.start)?;
    let to = slot.end.checked_sub(s.span.start)?;
    s.text.get(from..to)
}

/// Statements kept per loose bucket.
pub(crate) const LOOSE_MEMBERS: usize = 64;

/// A loose bucket: (predicate or `"*"`, word).
pub(crate) type LooseKey = (String, String);

/// The loose buckets of a statement (see [`Config::loose_match`]): (predicate, word) for
/// each word of its actor and object, and ("*", word) for debunking statements and
/// affirmed ones. Which pairs of a bucket may conflict is [`loose_may_meet`].
pub(crate) fn loose_keys(cfg: &Config, s: &Statement) -> Vec<LooseKey> {
    let mut out = Vec::new();
    if !cfg.loose_match || s.side() == Side::Neither {
        return out;
    }
    let Some(k) = Key::of(&s.proposition) else {
        return out;
    };
    if matches!(k.predicate.as_str(), "say" | "have") {
        return out;
    }
    // only a debunking statement ("X arrest hoax", "not true", "X is fake") refutes a whole
    // story; a plain denial stays within its proposition
    let refutes = refutes(s);
    let mut words: Vec<String> = Vec::new();
    // an acronym is a name however short ("KFC", "NHL")
    let mut add = |w: &str, acronym: bool| {
        if (acronym || w.chars().count() >= cfg.loose_min_word)
            && !words.iter().any(|x| x == w)
            && !verdict::NOT_CONTENT.contains(&w)
        {
            words.push(w.to_string());
        }
    };
    for part in [&k.actor, &k.object] {
        for w in part.split(|c: char| !c.is_alphanumeric() && c != '-') {
            add(w, false);
        }
    }
    // the words of the actor's and object's phrases too: "Gill Rosenberg, former IDF
    // soldier" has the object "soldier" but is about Gill Rosenberg
    for slot in [s.slots.actor, s.slots.object].into_iter().flatten() {
        let Some(text) = slot_text(s, slot) else {
            continue;
        };
        for w in text.split(|c: char| !c.is_alphanumeric() && c != '-') {
            if w.chars().next().is_some_and(char::is_uppercase) {
                let acronym = w.len() >= 3 && w.chars().all(|c| c.is_ascii_uppercase());
                add(&w.to_lowercase(), acronym);
            }
        }
    }
    for w in words.into_iter().take(LOOSE_WORDS) {
        if cfg.loose_any_predicate && (refutes || s.side() == Side::Affirmed) {
            out.push(("*".to_string(), w.clone()));
        }
        out.push((k.predicate.clone(), w));
    }
    out
}

/// Whether two statements of a loose bucket may conflict there: two fully specified
/// propositions meet through their strict key only, so a (predicate, word) bucket needs
/// one of them underspecified; the ("*", word) buckets hold debunks and affirmations only.
pub(crate) fn loose_may_meet(key: &(String, String), a: &Statement, b: &Statement) -> bool {
    key.0 == "*" || underspecified(a) || underspecified(b) || !named(a) && !named(b)
}

/// Whether the statement's actor is a known entity (canonical, capitalised: "Iran").
fn named(s: &Statement) -> bool {
    s.proposition
        .actor
        .as_deref()
        .is_some_and(|a| a.chars().next().is_some_and(char::is_uppercase))
}

/// A debunking statement: read by the debunk pass, or a refutation of its own
/// proposition ("the story of bravehearts who fought off Boko Haram is a hoax"), as
/// opposed to a plain denial ("X denied sending Y") or a dismissal of claims named by
/// anaphora ("dismissing the claims as baseless": which claims is another statement's
/// business).
fn refutes(s: &Statement) -> bool {
    s.rule.starts_with("DEBUNK/")
        || s.side() == Side::Denied && s.stance == Stance::Refute && s.rule != "ATTR/ANAPHOR"
}

/// A proposition that lacks an actor or an object ("Banksy arrested": no agent), or a
/// debunking statement: what loose matching is for.
fn underspecified(s: &Statement) -> bool {
    refutes(s)
        || s.proposition
            .actor
            .as_deref()
            .map_or(true, |a| a.trim_ascii().is_empty())
        || s.proposition
            .object_key()
            .map_or(true, |o| o.trim_ascii().is_empty())
}

/// Statements kept per holder and side in a bucket (first per document).
const PER_HOLDER: usize = 16;
/// Distinct event intervals compared per bucket for temporal conflicts.
const MAX_INTERVALS: usize = 64;

/// A bucket can hold a conflict only with both sides present, or with event times.
fn may_conflict(st: &[Statement], members: &[usize]) -> bool {
    let mut aff = false;
    let mut den = false;
    let mut times = 0usize;
    for &i in members {
        match st[i].side() {
            Side::Affirmed => aff = true,
            Side::Denied => den = true,
            Side::Neither => {}
        }
        times += st[i].times.event.len();
        if aff && den || times >= 2 {
            return true;
        }
    }
    false
}
