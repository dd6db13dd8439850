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
//! [`Comparer::disputes`] reads each statement once, in order, to compute two 64-bit
//! hashes of its proposition key (actor, predicate class, object class: ASCII case
//! folded in registers, no allocation) and a few flags (side, event times); statements
//! are read in batches whose far memory (the key strings on the heap) is asked for
//! together, one batch ahead, so that cache misses overlap. The `(hash, index)` records
//! are grouped by two radix partitions (the first in place) and tiny sorts (linear,
//! cache-sized parts), never by hash maps of strings. A bucket whose flags show no
//! conflict is possible (one side only, fewer than two event times) costs nothing more;
//! the statements of the other buckets are gathered once, in order and in batches, into
//! compact records (document run, holder and recipient as interned numbers, position,
//! claim date, event times). Inside a bucket, statements are summarised per holder and
//! side, so the candidate pairs examined grow with the number of distinct holders
//! (capped by [`Config::max_conflicts_per_dispute`]), never with the square of the
//! statements. A [`Dispute`] holds statement indices, not copies (three allocations:
//! its affirming and denying statements and its conflicts); ids, keys and texts are
//! made when asked for. Time and memory are O(n) in the statements, plus the disputes
//! produced.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod brief;
mod index;
mod key;
pub mod report;
pub mod story;
mod verdict;

pub use brief::Briefs;
use brief::Set;
pub use index::{Index, Update};
pub use key::Key;
pub use verdict::{
    content_stems, match_in_context, name_words, names_agree, proposition_match, relatedness,
    Context, Evidence, PairComparer, PairConfig, PairText, Verdict,
};

use gainsay_core::hash::FastMap;
use gainsay_core::{Proposition, Side, Stance, Statement, TimeRef};
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
        explanation_in(self, st)
    }
}

/// [`Conflict::explanation`] over any statement set.
pub(crate) fn explanation_in<S: Set + ?Sized>(c: &Conflict, st: &S) -> String {
    let (a, b) = (c.a, c.b);
    let pa = st.proposition(a);
    {
        match c.kind {
            ConflictKind::CrossSource if st.headline(a) && st.headline(b) => {
                let (x, y) = (st.story(a), st.story(b));
                let words = match (&x, &y) {
                    (Some(x), Some(y)) => story::shared(x, y).join(", "),
                    _ => String::new(),
                };
                format!(
                    "{} a story; {} it: their headlines share the stems {}.",
                    describe(st, a),
                    describe(st, b),
                    words
                )
            }
            ConflictKind::CrossSource => format!(
                "{} that {}; {} it.",
                describe(st, a),
                prop_text(&pa),
                describe(st, b)
            ),
            ConflictKind::SelfContradiction => format!(
                "In one document, {} that {}, and {} it.",
                describe(st, a),
                prop_text(&pa),
                describe(st, b)
            ),
            ConflictKind::Reversal => format!(
                "{} reversed itself: first {} that {}, then {} it.",
                st.holder_key(a),
                describe(st, a),
                prop_text(&pa),
                describe(st, b)
            ),
            ConflictKind::Temporal => match c.periods {
                Some((x, y)) => format!(
                    "{} places it {}; {} places it {}: the periods do not overlap.",
                    describe(st, a),
                    x,
                    describe(st, b),
                    y
                ),
                None => format!(
                    "{} and {} place it in different periods.",
                    describe(st, a),
                    describe(st, b)
                ),
            },
            ConflictKind::TemporalSelfInconsistency => match c.periods {
                Some((x, y)) => format!(
                    "{} places the event both {} and {}, which cannot both hold.",
                    describe(st, a),
                    x,
                    y
                ),
                None => format!(
                    "{} places the event in periods that cannot both hold.",
                    describe(st, a)
                ),
            },
        }
    }
}

/// A proposition that statements take opposite sides on, with its conflicts.
///
/// A dispute holds indices into the statements it was found among, not copies: its id,
/// key and proposition are read off those statements on demand ([`Dispute::id`],
/// [`Dispute::key`], [`Dispute::proposition`]; for compact statements,
/// [`Briefs::dispute_key`] and [`Briefs::proposition`]), so that comparing a million
/// statements allocates little more than the lists of indices.
#[derive(Debug, Clone, PartialEq)]
pub struct Dispute {
    /// Its place among the disputes of one result, from 1 (in order of first statement,
    /// then loosely matched disputes): its id is `"D{number}"` ([`Dispute::id`]).
    pub number: usize,
    /// The statement whose proposition stands for the dispute ([`Dispute::proposition`]):
    /// the first affirming statement in document order, else the first denying one.
    pub representative: usize,
    /// For a loosely matched dispute ([`Config::loose_match`]): its loose bucket,
    /// (predicate or `"*"`, word); `None` for a dispute of one proposition key.
    pub loose: Option<Box<(String, String)>>,
    /// Statements affirming it (indices).
    pub affirmed: Vec<usize>,
    /// Statements denying it (indices).
    pub denied: Vec<usize>,
    /// Typed conflicts.
    pub conflicts: Vec<Conflict>,
    /// Candidate pairs examined to find the conflicts (a cost measure).
    pub pairs_examined: usize,
}

impl Dispute {
    /// `"D{number}"`.
    pub fn id(&self) -> String {
        format!("D{}", self.number)
    }

    /// The proposition that stands for the dispute: that of [`Dispute::representative`]
    /// among `st`, the statements the dispute was found among.
    pub fn proposition<'a>(&self, st: &'a [Statement]) -> &'a Proposition {
        &st[self.representative].proposition
    }

    /// The bucket key: the [`Key`] of [`Dispute::proposition`], or for a loosely matched
    /// dispute `("~", predicate or "*", word)`; `st` are the statements the dispute was
    /// found among.
    pub fn key(&self, st: &[Statement]) -> Key {
        key_in(self, st)
    }
}

/// [`Dispute::key`] over any statement set.
pub(crate) fn key_in<S: Set + ?Sized>(d: &Dispute, st: &S) -> Key {
    match &d.loose {
        Some(lk) => Key {
            actor: "~".to_string(),
            predicate: lk.0.clone(),
            object: lk.1.clone(),
        },
        None => Key::of(&st.proposition(d.representative))
            .expect("the statements of an exact dispute have a key"),
    }
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
    /// In a bucket of any predicate ([`Config::loose_any_predicate`]: a refutation against
    /// the affirmations sharing one of its words), the fewest loose words the two
    /// statements share (default 1: the bucket's word). One word is enough to set a
    /// refutation against the story it refutes when a corpus holds one story or a few; in
    /// a feed of many unrelated stories it also sets "Bear attack foiled by music" against
    /// "Another Boko Haram Attack Repelled". 2 suits such feeds (`gainsay scan --mixed`):
    /// on the headlines of 237 Emergent claims scanned as one corpus it keeps most loose
    /// conflicts within a claim and drops most across claims (README, "Precision").
    pub loose_star_min_words: usize,
    /// Score of a loosely matched conflict (default 0.6).
    pub score_loose: f64,
    /// Story matching (default true): a headline's statement as a whole (rule
    /// `TEXT/HEADLINE`, which the reader makes for one-line documents) that refutes or
    /// disputes meets the affirming headlines of other documents sharing at least
    /// [`Config::story_min_shared`] content stems with it ("Sons of Anarchy Movie Hoax:
    /// Kurt Sutter Announces Charlie Hunnam, Brad Pitt Film Article is Totally Fake"
    /// against "Kurt Sutter Announces Plans For Sons Of Anarchy Movie Starring Charlie
    /// Hunnam, Brad Pitt"); see [`story`].
    pub story_match: bool,
    /// Fewest content stems two headlines share to meet in story matching (default 3;
    /// 0 turns it off).
    pub story_min_shared: usize,
    /// Score of a story conflict (default 0.5).
    pub score_story: f64,
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
            loose_star_min_words: 1,
            score_loose: 0.6,
            story_match: true,
            story_min_shared: 3,
            score_story: 0.5,
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

pub(crate) fn claim_date(s: &Statement) -> Option<jiff::civil::Date> {
    s.times.claim.and_then(|i| i.start).or(s.published)
}

fn describe<S: Set + ?Sized>(st: &S, i: usize) -> String {
    let mut who = st.holder_canonical(i).into_owned();
    if let Some(sp) = st.speaker(i) {
        if !who.contains(sp) {
            who = format!("{who} ({sp})");
        }
    }
    let src = st.source_or_doc(i);
    let date = st
        .claim(i)
        .map(|d| d.to_string())
        .unwrap_or_else(|| "undated".into());
    format!("{who} [{src}, {date}] {}", st.stance(i))
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
    /// One pass computes, for every statement that takes a side, a 64-bit hash of its
    /// proposition key (without allocating) and a few flags (side, event times); the
    /// `(hash, index)` records are grouped by a radix partition and small sorts, never by
    /// hash maps of strings. A bucket is summarised from its flags alone, and only buckets
    /// that can hold a conflict (both sides present, or event times) are examined
    /// further; loose matching ([`Config::loose_match`]) runs only when some denying
    /// statement can be loosely matched at all.
    pub fn disputes(&self, statements: &[Statement]) -> Vec<Dispute> {
        self.disputes_in(statements)
    }

    /// [`Comparer::disputes`] among compact statements: the same disputes, with the
    /// same indices, as among the statements the briefs were made of.
    pub fn disputes_of_briefs(&self, briefs: &Briefs) -> Vec<Dispute> {
        self.disputes_in(briefs)
    }

    fn disputes_in<S: Set + ?Sized>(&self, st: &S) -> Vec<Dispute> {
        let n = st.count();
        let mut entries: Vec<Entry> = Vec::with_capacity(n);
        let mut loose_denial = false;
        // some statement that can meet another in a loose bucket (see `loose_may_meet`):
        // without one, the loose pass finds nothing and is skipped
        let mut loose_special = false;
        // headline statements (no key of their own) for story matching
        let mut heads: Vec<usize> = Vec::new();
        // statements are read in batches: the key strings of the next batch are asked for
        // (touched) before this one is hashed, so that their cache misses overlap
        let mut warm = 0u8;
        for i in 0..n.min(BATCH) {
            warm ^= st.touch_key(i);
        }
        for i in 0..n {
            if i % BATCH == 0 {
                for j in i + BATCH..n.min(i + 2 * BATCH) {
                    warm ^= st.touch_key(j);
                }
            }
            let side = st.side(i);
            if side == Side::Neither {
                continue;
            }
            let Some(kh) = st.key_hash(i) else {
                if st.headline(i) {
                    heads.push(i);
                }
                continue;
            };
            if !loose_special {
                // `underspecified`, with the missing actor or object read off the key
                // (a predicate "*" shares the buckets of any predicate: taken as special)
                loose_special = !kh.full || kh.star || !st.named(i) || st.refutes(i);
            }
            let events = st.events(i).len().min(255) as u32;
            let flags = if side == Side::Affirmed {
                FLAG_AFFIRMED
            } else {
                // any denial may meet a loose match (see `loose_may_meet`)
                loose_denial = true;
                FLAG_DENIED
            };
            entries.push(Entry {
                hash: kh.hash,
                idx: u32::try_from(i).expect("at most 2^32 statements"),
                flags: flags | events << 2 | (kh.check >> 10) << 10,
            });
        }
        group_by_hash(&mut entries);
        // runs of one hash: the buckets, numbered by their first statement; a bucket is a
        // candidate when its flags show both sides, or two event times
        let mut runs: Vec<(u32, u32)> = Vec::new();
        let mut candidates: Vec<(u32, u32, u32)> = Vec::new();
        let mut start = 0usize;
        while start < entries.len() {
            let h = entries[start].hash;
            let mut end = start;
            let (mut aff, mut den, mut times) = (false, false, 0u32);
            let mut first = u32::MAX;
            while end < entries.len() && entries[end].hash == h {
                first = first.min(entries[end].idx);
                let f = entries[end].flags;
                aff |= f & FLAG_AFFIRMED != 0;
                den |= f & FLAG_DENIED != 0;
                times += (f >> 2) & 0xff;
                end += 1;
            }
            if aff && den || times >= 2 {
                candidates.push((first, start as u32, end as u32));
            }
            if loose_denial && loose_special {
                runs.push((start as u32, end as u32));
            }
            start = end;
        }
        // buckets are compared in the order of their hashes, in which their records lie
        // (read in one sequential pass), and their disputes put in order of first
        // statement at the end
        let mut pos_of: Vec<u32> = vec![u32::MAX; n];
        // what comparison needs of the statements of candidate buckets: gathered in
        // statement order (one sequential pass over the statements; documents, holders and
        // recipients interned), each written where its bucket will read it (buckets read
        // their members sequentially); statements of no candidate bucket cost nothing here
        let mut starts: Vec<u32> = Vec::with_capacity(candidates.len() + 1);
        let mut total = 0u32;
        for &(_, s, e) in &candidates {
            starts.push(total);
            for x in &entries[s as usize..e as usize] {
                pos_of[x.idx as usize] = total;
                total += 1;
            }
        }
        starts.push(total);
        let mut gather = Gather::default();
        let mut data: Vec<Member> = vec![Member::default(); total as usize];
        // in batches, as the first pass: what the next batch's members read is touched
        // before this batch is gathered
        let gathered: Vec<u32> = (0..n as u32)
            .filter(|&i| pos_of[i as usize] != u32::MAX)
            .collect();
        for &i in gathered.iter().take(BATCH) {
            warm ^= st.touch_member(i as usize);
        }
        for (b, batch) in gathered.chunks(BATCH).enumerate() {
            for &j in gathered.iter().skip((b + 1) * BATCH).take(BATCH) {
                warm ^= st.touch_member(j as usize);
            }
            for &i in batch {
                let i = i as usize;
                let affirmed = st.side(i) == Side::Affirmed;
                let events = !st.events(i).is_empty();
                data[pos_of[i] as usize] = gather.member(st, i, affirmed, events);
            }
        }
        std::hint::black_box(warm);
        drop(gathered);
        drop(pos_of);
        gather.finish();
        let mut scratch = Scratch::default();
        // disputes with the first statement of their bucket and of their key: put in
        // statement order at the end
        let mut out: Vec<Dispute> = Vec::with_capacity(candidates.len());
        let mut firsts: Vec<(u32, u32)> = Vec::with_capacity(candidates.len());
        let mut buf: Vec<Member> = Vec::new();
        for (k, &(first, s, e)) in candidates.iter().enumerate() {
            let run = &entries[s as usize..e as usize];
            let ms = &mut data[starts[k] as usize..starts[k + 1] as usize];
            self.run_disputes(st, &gather, &mut scratch, run, ms, &mut buf, &mut |d, g| {
                out.push(d);
                firsts.push((first, g));
            });
        }
        drop(data);
        if firsts.windows(2).any(|w| w[0] > w[1]) {
            put_in_order(&mut out, &firsts);
        }
        drop(firsts);
        if self.config.loose_match && loose_denial && loose_special {
            self.loose_disputes(st, &entries, &runs, &mut out);
        }
        if self.config.story_match {
            story::story_disputes(&self.config, st, &heads, &mut out);
        }
        for (i, d) in out.iter_mut().enumerate() {
            d.number = i + 1;
        }
        out
    }

    /// The disputes of one bucket: `run` are its (hash, index) records (one key hash) and
    /// `ms` their gathered members, in the same order. A hash collision (records whose
    /// second hash differs) is split by key, in order of each key's first statement.
    /// Each dispute is passed to `f` with the first statement of its key. Shared by the
    /// batch and [`Comparer::bucket_disputes`] (the incremental [`Index`]).
    #[allow(clippy::too_many_arguments)]
    fn run_disputes<S: Set + ?Sized>(
        &self,
        st: &S,
        gather: &Gather,
        scratch: &mut Scratch,
        run: &[Entry],
        ms: &mut [Member],
        members: &mut Vec<Member>,
        f: &mut dyn FnMut(Dispute, u32),
    ) {
        let Some(first) = ms.iter().map(|m| m.idx).min() else {
            return;
        };
        let c0 = run[0].check();
        if run.iter().all(|x| x.check() == c0) {
            if let Some(d) = self.dispute(st, gather, scratch, ms) {
                f(d, first);
            }
            return;
        }
        // a hash collision mixes keys: split by the second hash, in order of first
        // statement (rare)
        let mut checks: Vec<(u32, u32)> = Vec::new();
        for (x, m) in run.iter().zip(ms.iter()) {
            match checks.iter_mut().find(|c| c.1 == x.check()) {
                Some(c) => c.0 = c.0.min(m.idx),
                None => checks.push((m.idx, x.check())),
            }
        }
        checks.sort_unstable();
        for (group_first, c) in checks {
            members.clear();
            members.extend(
                run.iter()
                    .zip(ms.iter())
                    .filter(|(x, _)| x.check() == c)
                    .map(|(_, m)| *m),
            );
            if let Some(d) = self.dispute(st, gather, scratch, members) {
                f(d, group_first);
            }
        }
    }

    /// The disputes of one hash bucket (`members`: statement indices in increasing order,
    /// all with one key hash), appended to `out`: nothing unless the bucket may hold a
    /// conflict; a hash collision is split by key. Computed by the batch's own functions,
    /// so the incremental [`Index`] computes a bucket as [`Comparer::disputes`] does.
    pub(crate) fn bucket_disputes(
        &self,
        statements: &[Statement],
        members: &[usize],
        out: &mut Vec<Dispute>,
    ) {
        if members.is_empty() || !may_conflict(statements, members) {
            return;
        }
        let mut gather = Gather::default();
        let mut ms: Vec<Member> = Vec::with_capacity(members.len());
        let run: Vec<Entry> = members
            .iter()
            .filter_map(|&i| {
                let kh = key::key_hash_parts(&statements[i].proposition)?;
                let s = &statements[i];
                ms.push(gather.member(
                    statements,
                    i,
                    s.side() == Side::Affirmed,
                    !s.times.event.is_empty(),
                ));
                Some(Entry {
                    hash: kh.hash,
                    idx: u32::try_from(i).expect("at most 2^32 statements"),
                    flags: (kh.check >> 10) << 10,
                })
            })
            .collect();
        gather.finish();
        let mut scratch = Scratch::default();
        let mut buf = Vec::new();
        self.run_disputes(
            statements,
            &gather,
            &mut scratch,
            &run,
            &mut ms,
            &mut buf,
            &mut |d, _| out.push(d),
        );
    }

    /// Loosely matched disputes (see [`Config::loose_match`]), appended to `out`. `entries`
    /// are grouped by key hash, `runs` are its buckets.
    fn loose_disputes<S: Set + ?Sized>(
        &self,
        st: &S,
        entries: &[Entry],
        runs: &[(u32, u32)],
        out: &mut Vec<Dispute>,
    ) {
        let cfg = &self.config;
        // words and predicates as numbers, a loose key as (predicate, word) in one u64;
        // the key words of a statement depend on its key only: computed once per bucket
        // (per exact key); its slot words and side are its own
        let mut dict = Words::default();
        let mut preds = Words::default();
        let star = preds.id("*");
        let mut ids: FastMap<u64, u32> = FastMap::default();
        let mut sides: Vec<u8> = Vec::new();
        let mut filed: Vec<(u32, u32)> = Vec::new();
        // sides: bit 0 affirmed, bit 1 denied, bit 2 some statement underspecified or
        // unnamed (without one, no pair of a (predicate, word) bucket may meet)
        let mut file = |p: u32, w: u32, i: usize, side: Side, special: bool| {
            let next = ids.len() as u32;
            let id = *ids.entry(u64::from(p) << 32 | u64::from(w)).or_insert(next);
            if id as usize == sides.len() {
                sides.push(0);
            }
            sides[id as usize] |= if side == Side::Affirmed { 1 } else { 2 };
            if special {
                sides[id as usize] |= 4;
            }
            filed.push((id, i as u32));
        };
        let mut kw: Vec<u32> = Vec::new();
        let mut words: Vec<u32> = Vec::new();
        let mut bufs: [String; 3] = Default::default();
        let mut low = String::new();
        for &(s, e) in runs {
            let run = &entries[s as usize..e as usize];
            // one key unless a hash collision mixed keys (told apart by the second hash,
            // as the exact buckets are)
            let c0 = run[0].check();
            let exact = run.iter().all(|x| x.check() == c0);
            // the predicate id of the run's key, with its key words in `kw` (`None`: "say"
            // or "have", never loosely matched), from the parts of [`Key::of`] lower-cased
            // into buffers rather than a `Key`
            let mut key: Option<Option<u32>> = None;
            for x in run {
                let i = x.idx as usize;
                let side = st.side(i);
                if side == Side::Neither {
                    continue;
                }
                if !exact || key.is_none() {
                    let (actor, predicate, object) = st.key_parts(i);
                    let predicate = lower_key_part(Some(predicate), &mut bufs[0]);
                    key = Some(if matches!(predicate, "say" | "have") {
                        None
                    } else {
                        let p = preds.id(predicate);
                        let [_, a, o] = &mut bufs;
                        let actor = lower_key_part(actor, a);
                        let object = lower_key_part(object, o);
                        key_words(cfg, actor, object, &mut dict, &mut kw);
                        Some(p)
                    });
                }
                let Some(Some(p)) = key else {
                    continue;
                };
                loose_words_of(cfg, st, i, &kw, &mut dict, &mut words, &mut low);
                let wild = cfg.loose_any_predicate && (st.refutes(i) || side == Side::Affirmed);
                let special = st.underspecified(i) || !st.named(i);
                for &w in &words {
                    if wild {
                        file(star, w, i, side, special);
                    }
                    file(p, w, i, side, special);
                }
            }
        }
        // a bucket holds a conflict only with both sides, and (but for ("*", word)) some
        // statement underspecified or unnamed (see `loose_may_meet`); those keep their
        // first LOOSE_MEMBERS statements (in statement order)
        let mut slot: Vec<u32> = vec![u32::MAX; sides.len()];
        let mut buckets: Vec<(LooseKey, Vec<usize>)> = Vec::new();
        for (key, &id) in &ids {
            let f = sides[id as usize];
            if f & 3 == 3 && (f & 4 != 0 || (key >> 32) as u32 == star) {
                slot[id as usize] = buckets.len() as u32;
                let lk = (
                    preds.get((key >> 32) as u32).to_string(),
                    dict.get(*key as u32).to_string(),
                );
                buckets.push((lk, Vec::new()));
            }
        }
        if buckets.is_empty() {
            return;
        }
        for &(id, i) in &filed {
            let b = slot[id as usize];
            if b != u32::MAX {
                buckets[b as usize].1.push(i as usize);
            }
        }
        drop(filed);
        for b in &mut buckets {
            b.1.sort_unstable();
            b.1.truncate(LOOSE_MEMBERS);
        }
        let mut seen: FastMap<(usize, usize), ()> = FastMap::default();
        for d in out.iter() {
            for c in &d.conflicts {
                seen.insert((c.a.min(c.b), c.a.max(c.b)), ());
            }
        }
        // canonical orders (bucket key; document and position inside a bucket), so that
        // the result does not depend on the order documents arrived in
        buckets.sort_unstable_by(|x, y| x.0.cmp(&y.0));
        for (lk, members) in buckets {
            let mut take = |x: usize, y: usize| seen.insert((x.min(y), x.max(y)), ()).is_none();
            if let Some(d) = self.loose_dispute(st, &lk, &members, &mut take) {
                out.push(d);
            }
        }
    }

    /// The dispute of one loose bucket `lk` (see [`Config::loose_match`]); `members` are
    /// its first [`LOOSE_MEMBERS`] statements in increasing index order. `take(a, b)` is
    /// asked before each conflict is recorded and says whether the pair is still free (not
    /// a conflict of an exact bucket or of a loose bucket sorted before `lk`). Shared by
    /// the batch and the incremental [`Index`].
    pub(crate) fn loose_dispute<S: Set + ?Sized>(
        &self,
        st: &S,
        lk: &LooseKey,
        members: &[usize],
        take: &mut dyn FnMut(usize, usize) -> bool,
    ) -> Option<Dispute> {
        let cfg = &self.config;
        // (underspecified, named) of each member: a pair of a (predicate, word) bucket
        // meets only when one of them is underspecified or both are unnamed
        let star = lk.0 == "*";
        let flags: Vec<(usize, bool, bool)> = members
            .iter()
            .map(|&i| (i, st.underspecified(i), st.named(i)))
            .collect();
        if !star && flags.iter().all(|&(_, u, named)| !u && named) {
            return None;
        }
        let mut members: Vec<(usize, Side, bool, bool)> = flags
            .into_iter()
            .map(|(i, u, named)| (i, st.side(i), u, named))
            .collect();
        members.sort_by(|x, y| {
            (st.doc(x.0), st.span(x.0).start, x.0).cmp(&(st.doc(y.0), st.span(y.0).start, y.0))
        });
        let members = &members;
        // the loose words of each member, when a pair must share more than the bucket's
        let min_words = if star { cfg.loose_star_min_words } else { 1 };
        let words: Vec<Vec<u32>> = if min_words > 1 {
            let mut dict = Words::default();
            members
                .iter()
                .map(|m| member_loose_words(cfg, st, m.0, &mut dict))
                .collect()
        } else {
            Vec::new()
        };
        let share_enough = |x: usize, y: usize| {
            min_words <= 1 || words[x].iter().filter(|w| words[y].contains(w)).count() >= min_words
        };
        let mut conflicts = Vec::new();
        let mut affirmed = Vec::new();
        let mut denied = Vec::new();
        for (x, &(a, side_a, u_a, named_a)) in members.iter().enumerate() {
            if side_a != Side::Affirmed {
                continue;
            }
            for (y, &(b, side_b, u_b, named_b)) in members.iter().enumerate() {
                if side_b != Side::Denied || st.doc(a) == st.doc(b) {
                    continue;
                }
                if !loose_may_meet(star, (u_a, named_a), (u_b, named_b))
                    || !share_enough(x, y)
                    || !take(a, b)
                {
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
        Some(Dispute {
            number: 0,
            representative: affirmed[0],
            loose: Some(Box::new(lk.clone())),
            affirmed,
            denied,
            conflicts,
            pairs_examined: members.len(),
        })
    }

    /// The dispute of one bucket (statements with one proposition key, in statement
    /// order, gathered by `gather`), if its statements conflict.
    ///
    /// Members are put in a canonical order (document, position), so that the statements
    /// picked to represent a conflict do not depend on the order documents arrived in.
    /// Large buckets are summarised per holder and side (the first statement of at most
    /// [`PER_HOLDER`] documents), never expanded pair by pair: the conflicts are found
    /// from these summaries alone ([`Comparer::emit`]), which the incremental [`Index`]
    /// keeps up to date member by member.
    pub(crate) fn dispute<S: Set + ?Sized>(
        &self,
        st: &S,
        gather: &Gather,
        sc: &mut Scratch,
        ms: &mut [Member],
    ) -> Option<Dispute> {
        if ms.is_empty() {
            return None;
        }
        if ms.iter().all(|m| m.doc_len <= 8) {
            // the prefixes and lengths are the whole ids: the same order, by numbers alone
            ms.sort_unstable_by_key(|m| (m.doc_prefix, m.doc_len, m.start, m.end, m.idx));
        } else {
            ms.sort_unstable_by(|a, b| canonical_cmp(st, a, b));
        }
        // per holder, per side: the first statement of each document (at most
        // PER_HOLDER of them), as positions in `ms`
        sc.holders.clear();
        if sc.slot_of.len() < gather.holder_names.len() {
            sc.slot_of.resize(gather.holder_names.len(), u32::MAX);
        }
        for (k, m) in ms.iter().enumerate() {
            let h = m.holder as usize;
            let pos = if sc.slot_of[h] == u32::MAX {
                sc.slot_of[h] = sc.holders.len() as u32;
                sc.holders.push(HolderSum::new(m.holder));
                sc.holders.len() - 1
            } else {
                sc.slot_of[h] as usize
            };
            let e = &mut sc.holders[pos];
            let side = usize::from(!m.affirmed);
            let n = e.len[side] as usize;
            if n < PER_HOLDER
                && !e.kept[side][..n]
                    .iter()
                    .any(|&j| same_doc(st, &ms[j as usize], m))
            {
                e.kept[side][n] = k as u32;
                e.len[side] += 1;
            }
        }
        for h in &sc.holders {
            sc.slot_of[h.holder as usize] = u32::MAX;
        }
        // the holders in order of name, as (rank, position) numbers: sorting the numbers
        // moves 8 bytes each, not a holder's summary
        let rank = &gather.holder_rank;
        sc.order.clear();
        sc.order.extend(
            sc.holders
                .iter()
                .enumerate()
                .map(|(k, h)| u64::from(rank[h.holder as usize]) << 32 | k as u64),
        );
        sc.order.sort_unstable();
        temporal_parts(
            &self.config,
            st,
            ms,
            0..ms.len() as u32,
            &gather.events,
            &mut sc.intervals,
            &mut sc.selfs,
        );
        let examined = self.emit(
            st,
            ms,
            &sc.holders,
            &sc.order,
            &sc.intervals,
            &sc.selfs,
            None,
            &mut sc.all,
            &mut sc.conflicts,
        );
        if sc.conflicts.is_empty() {
            return None;
        }
        exact_dispute(ms, sc.conflicts.clone(), examined)
    }

    /// The conflicts of one bucket from its summaries, into `conflicts` (cleared first);
    /// returns the candidate pairs examined. `ms` are the bucket's members (in any order:
    /// the summaries hold positions in it), `holders` its holders' summaries and `order`
    /// their positions in order of name (the low 32 bits of each number), `intervals` the
    /// first distinct event intervals and `selfs` the self-inconsistent event references
    /// ([`temporal_parts`]). In order: cross-source conflicts (one per affirming and
    /// denying holder), reversals and self-contradictions (neighbours by claim date among
    /// one holder's statements), the self-inconsistencies, then temporal conflicts.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn emit<S: Set + ?Sized>(
        &self,
        st: &S,
        ms: &[Member],
        holders: &[HolderSum],
        order: &[u64],
        intervals: &[(gainsay_time::Interval, u32)],
        selfs: &[Conflict],
        both: Option<&[Vec<Member>]>,
        all: &mut Vec<Member>,
        conflicts: &mut Vec<Conflict>,
    ) -> usize {
        let cfg = &self.config;
        let compatible = |a: &Member, b: &Member| -> bool {
            !cfg.recipient_must_agree
                || a.recipient == 0
                || b.recipient == 0
                || a.recipient == b.recipient
        };
        conflicts.clear();
        let mut examined = 0usize;
        // cross-source: one conflict per (affirming holder, denying holder)
        let cap = cfg.max_conflicts_per_dispute;
        let mut n_cross = 0;
        let sorted = || order.iter().map(|&k| &holders[k as u32 as usize]);
        'outer: for ha in sorted().filter(|h| h.len[0] > 0) {
            for hd in sorted().filter(|h| h.len[1] > 0) {
                if ha.holder == hd.holder {
                    continue;
                }
                let mut found = None;
                'find: for &a in ha.side(0).iter().take(4) {
                    for &b in hd.side(1).iter().take(4) {
                        examined += 1;
                        if compatible(&ms[a as usize], &ms[b as usize]) {
                            found = Some((&ms[a as usize], &ms[b as usize]));
                            break 'find;
                        }
                    }
                }
                let Some((a, b)) = found else { continue };
                let score = if a.outlet || b.outlet {
                    cfg.score_narration
                } else {
                    cfg.score_attributed
                };
                conflicts.push(Conflict {
                    a: a.idx as usize,
                    b: b.idx as usize,
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
        'holders: for &k in order {
            let h = &holders[k as u32 as usize];
            if !h.both_sides() {
                continue;
            }
            let list: &[Member] = match both {
                Some(both) => &both[k as u32 as usize],
                None => {
                    h.reversal_order(st, ms, all);
                    &all[..]
                }
            };
            for w in list.windows(2) {
                let (a, b) = (&w[0], &w[1]);
                examined += 1;
                if a.affirmed == b.affirmed || !compatible(a, b) {
                    continue;
                }
                if same_doc(st, a, b) {
                    conflicts.push(Conflict {
                        a: a.idx as usize,
                        b: b.idx as usize,
                        kind: ConflictKind::SelfContradiction,
                        score: cfg.score_attributed,
                        periods: None,
                    });
                } else if a.claim != b.claim || a.claim == NO_CLAIM {
                    conflicts.push(Conflict {
                        a: a.idx as usize,
                        b: b.idx as usize,
                        kind: ConflictKind::Reversal,
                        score: cfg.score_reversal,
                        periods: None,
                    });
                }
                n_rev += 1;
                if n_rev >= cap {
                    break 'holders;
                }
            }
        }
        // temporal: one statement's own references that cannot both hold, then statements
        // affirmed in disjoint periods (summarised per distinct interval and document)
        conflicts.extend_from_slice(selfs);
        let mut n_temp = 0;
        let iv = intervals;
        // the intervals as day numbers, tested first (`Interval::disjoint` on numbers: the
        // tests are pure, so their order does not change the result); on the stack, as a
        // bucket holds at most MAX_INTERVALS (a search of the index runs this at each add)
        debug_assert!(iv.len() <= MAX_INTERVALS);
        let mut days = [(0i32, 0i32); MAX_INTERVALS];
        for (d, (i, _)) in days.iter_mut().zip(iv) {
            *d = day_bounds(i);
        }
        'temporal: for x in 0..iv.len() {
            for y in x + 1..iv.len() {
                examined += 1;
                if !days_disjoint(days[x], days[y]) {
                    continue;
                }
                let (ix, a) = (iv[x].0, &ms[iv[x].1 as usize]);
                let (iy, b) = (iv[y].0, &ms[iv[y].1 as usize]);
                if a.idx == b.idx || same_doc(st, a, b) || !compatible(a, b) {
                    continue;
                }
                conflicts.push(Conflict {
                    a: a.idx as usize,
                    b: b.idx as usize,
                    kind: ConflictKind::Temporal,
                    score: cfg.score_temporal,
                    periods: Some((ix, iy)),
                });
                n_temp += 1;
                if n_temp >= cap {
                    break 'temporal;
                }
            }
        }
        examined
    }
}

/// An interval as (first day, day after) numbers ordered as the dates are (an open start
/// is `i32::MIN`, an open end `i32::MAX`), for [`days_disjoint`].
fn day_bounds(i: &gainsay_time::Interval) -> (i32, i32) {
    let day = |d: jiff::civil::Date| {
        i32::from(d.year()) * 512 + i32::from(d.month()) * 32 + i32::from(d.day())
    };
    (i.start.map_or(i32::MIN, day), i.end.map_or(i32::MAX, day))
}

/// [`gainsay_time::Interval::disjoint`] on [`day_bounds`]: either is empty (both bounds
/// known, the end not after the start), or one ends before the other starts.
fn days_disjoint(a: (i32, i32), b: (i32, i32)) -> bool {
    a.1 <= a.0 || b.1 <= b.0 || a.1 <= b.0 || b.1 <= a.0
}

/// The dispute of an exact bucket whose members are `ms`, in canonical order, with its
/// conflicts and the pairs examined to find them: shared by the batch and the [`Index`].
pub(crate) fn exact_dispute(
    ms: &[Member],
    conflicts: Vec<Conflict>,
    examined: usize,
) -> Option<Dispute> {
    let n_aff = ms.iter().filter(|m| m.affirmed).count();
    let mut affirmed: Vec<usize> = Vec::with_capacity(n_aff);
    let mut denied: Vec<usize> = Vec::with_capacity(ms.len() - n_aff);
    for m in ms {
        if m.affirmed {
            affirmed.push(m.idx as usize);
        } else {
            denied.push(m.idx as usize);
        }
    }
    let representative = *affirmed.first().or(denied.first())?;
    Some(Dispute {
        number: 0,
        representative,
        loose: None,
        affirmed,
        denied,
        conflicts,
        pairs_examined: examined,
    })
}

/// The documents of two members in canonical order: by id (numbers first: prefix and
/// length, which are the whole id up to 8 bytes), equal for one document.
pub(crate) fn doc_cmp<S: Set + ?Sized>(st: &S, a: &Member, b: &Member) -> std::cmp::Ordering {
    if a.doc == b.doc {
        return std::cmp::Ordering::Equal;
    }
    a.doc_prefix.cmp(&b.doc_prefix).then_with(|| {
        if a.doc_len <= 8 && b.doc_len <= 8 {
            // the prefixes are the whole ids, zero padded
            a.doc_len.cmp(&b.doc_len)
        } else {
            st.doc(a.idx as usize).cmp(st.doc(b.idx as usize))
        }
    })
}

/// Two members of one document.
pub(crate) fn same_doc<S: Set + ?Sized>(st: &S, a: &Member, b: &Member) -> bool {
    doc_cmp(st, a, b).is_eq()
}

/// The canonical order of a bucket's members: document, start, end, statement.
pub(crate) fn canonical_cmp<S: Set + ?Sized>(st: &S, a: &Member, b: &Member) -> std::cmp::Ordering {
    doc_cmp(st, a, b)
        .then(a.start.cmp(&b.start))
        .then(a.end.cmp(&b.end))
        .then(a.idx.cmp(&b.idx))
}

/// What temporal conflicts are found from, over the affirming members with event times
/// among `positions` (positions in `ms`, in canonical order): into `intervals` (cleared
/// first) the first [`MAX_INTERVALS`] distinct (interval, document) pairs, as (interval,
/// position); into `selfs` (cleared first) each statement's own references that cannot
/// both hold (side by side: "in November 2022, three months before the start of
/// hostilities" describe one event).
pub(crate) fn temporal_parts<S: Set + ?Sized>(
    cfg: &Config,
    st: &S,
    ms: &[Member],
    positions: impl Iterator<Item = u32>,
    events: &[TimeRef],
    intervals: &mut Vec<(gainsay_time::Interval, u32)>,
    selfs: &mut Vec<Conflict>,
) {
    intervals.clear();
    selfs.clear();
    for k in positions {
        let m = &ms[k as usize];
        if !m.affirmed || m.ev_start == m.ev_end {
            continue;
        }
        add_intervals(st, ms, k, events, intervals);
        selfs.extend(self_inconsistency(cfg, m, events));
    }
}

/// The event times of member `k` of `ms` (an affirming member with times) added to
/// `intervals` as [`temporal_parts`] adds them: each (interval, document) once, at most
/// [`MAX_INTERVALS`] in all.
pub(crate) fn add_intervals<S: Set + ?Sized>(
    st: &S,
    ms: &[Member],
    k: u32,
    events: &[TimeRef],
    intervals: &mut Vec<(gainsay_time::Interval, u32)>,
) {
    let m = &ms[k as usize];
    for r in &events[m.ev_start as usize..m.ev_end as usize] {
        if intervals.len() < MAX_INTERVALS
            && !intervals
                .iter()
                .any(|&(iv, j)| iv == r.interval && same_doc(st, &ms[j as usize], m))
        {
            intervals.push((r.interval, k));
        }
    }
}

/// The self-inconsistency of an affirming member with event times, if any: the first
/// two of its times, near each other (at most [`Config::max_self_time_gap`] bytes apart),
/// that are disjoint.
pub(crate) fn self_inconsistency(cfg: &Config, m: &Member, events: &[TimeRef]) -> Option<Conflict> {
    let i = m.idx as usize;
    let ev = &events[m.ev_start as usize..m.ev_end as usize];
    for x in 0..ev.len() {
        for y in x + 1..ev.len() {
            let gap = ev[y].span.start.saturating_sub(ev[x].span.end);
            if gap <= cfg.max_self_time_gap && ev[x].interval.disjoint(&ev[y].interval) {
                return Some(Conflict {
                    a: i,
                    b: i,
                    kind: ConflictKind::TemporalSelfInconsistency,
                    score: cfg.score_temporal,
                    periods: Some((ev[x].interval, ev[y].interval)),
                });
            }
        }
    }
    None
}

/// What comparison needs of one statement of a candidate bucket: its document, holder
/// and recipient interned (by [`Gather`]), its side, position and claim date.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Member {
    idx: u32,
    /// Equal for statements of one run of a document (equal ids in different runs are
    /// found by [`Member::doc_prefix`] and the ids themselves).
    doc: u32,
    /// The length of the document id (at most 255: only lengths up to 8 are compared).
    doc_len: u8,
    /// The first 8 bytes of the document id, big-endian: orders most documents without
    /// reading their ids.
    doc_prefix: u64,
    start: usize,
    end: usize,
    holder: u32,
    /// 0 for none.
    recipient: u32,
    /// The claim date as a number ([`claim_key`]): ordered and compared as the date.
    claim: i32,
    /// Its event times, if it affirms: `Gather::events[ev_start..ev_end]`.
    ev_start: u32,
    ev_end: u32,
    affirmed: bool,
    outlet: bool,
}

/// [`claim_key`] of no date.
const NO_CLAIM: i32 = i32::MIN;

/// A date as a number that orders and compares as the `Option<Date>` does (none first):
/// 4 bytes, where `Option<Date>` takes 8.
fn claim_key(d: Option<jiff::civil::Date>) -> i32 {
    d.map_or(NO_CLAIM, |d| {
        i32::from(d.year()) << 9 | i32::from(d.month()) << 5 | i32::from(d.day())
    })
}

/// Numbers the runs of documents and interns the holders ([`holder_ref`]) and recipients
/// of the statements gathered into [`Member`]s.
#[derive(Debug, Clone, Default)]
pub(crate) struct Gather {
    runs: u32,
    /// The statement and the document-id prefix of the last document seen.
    last_doc: Option<(usize, u64)>,
    /// Owned keys: a lookup reads the statement's string and these, packed together,
    /// not the string of the statement that brought the holder first.
    holders: FastMap<Box<str>, u32>,
    holder_names: Vec<Box<str>>,
    /// Holder id -> its place among the holders sorted by name (set by [`Gather::finish`]).
    holder_rank: Vec<u32>,
    /// (hash, holder id) by the top bits of [`key::quick_hash`] of the holder's name.
    holder_cache: Vec<(u64, u32)>,
    recipients: FastMap<Box<str>, u32>,
    /// The event times of the affirming members, gathered with them: a bucket reads them
    /// here, not from its statements, which are far apart.
    events: Vec<TimeRef>,
}

impl Gather {
    /// Ranks the holders by name, once all members are gathered: buckets order their
    /// holders by these numbers, not by comparing names.
    pub(crate) fn finish(&mut self) {
        let names = &self.holder_names;
        let mut order: Vec<u32> = (0..names.len() as u32).collect();
        order.sort_unstable_by(|&x, &y| names[x as usize].cmp(&names[y as usize]));
        self.holder_rank = vec![0; names.len()];
        for (r, &h) in order.iter().enumerate() {
            self.holder_rank[h as usize] = r as u32;
        }
    }

    /// The member record of statement `i`, which takes a side (`affirmed` or not) and has
    /// event times or not (`events`).
    pub(crate) fn member<S: Set + ?Sized>(
        &mut self,
        st: &S,
        i: usize,
        affirmed: bool,
        events: bool,
    ) -> Member {
        let doc = st.doc(i);
        let prefix = key::prefix_be(doc.as_bytes());
        // a new run unless the id is the last one: ids of at most 8 bytes are told apart
        // by their prefix and length alone
        let same = match self.last_doc {
            Some((last, last_prefix)) => {
                last_prefix == prefix && {
                    let last = st.doc(last);
                    last.len() == doc.len() && (doc.len() <= 8 || last == doc)
                }
            }
            None => false,
        };
        if !same {
            self.runs += 1;
            self.last_doc = Some((i, prefix));
        }
        let h = st.holder_key(i);
        // a direct-mapped cache in front of the map: few holders, met again and again
        let tag = key::quick_hash(h.as_bytes());
        if self.holder_cache.is_empty() {
            self.holder_cache = vec![(0, u32::MAX); HOLDER_CACHE];
        }
        let slot = (tag >> 54) as usize % HOLDER_CACHE;
        let (t, cached) = self.holder_cache[slot];
        let holder =
            if t == tag && cached != u32::MAX && *self.holder_names[cached as usize] == *h.as_ref()
            {
                cached
            } else {
                let id = match self.holders.get(h.as_ref()) {
                    Some(&id) => id,
                    None => {
                        let id = self.holder_names.len() as u32;
                        self.holder_names.push(h.as_ref().into());
                        self.holders.insert(h.as_ref().into(), id);
                        id
                    }
                };
                self.holder_cache[slot] = (tag, id);
                id
            };
        let recipient = match st.recipient(i) {
            None => 0,
            Some(r) => match self.recipients.get(r) {
                Some(&id) => id,
                None => {
                    let id = self.recipients.len() as u32 + 1;
                    self.recipients.insert(r.into(), id);
                    id
                }
            },
        };
        let span = st.span(i);
        let ev_start = self.events.len() as u32;
        if affirmed && events {
            self.events.extend_from_slice(st.events(i));
        }
        let ev_end = u32::try_from(self.events.len()).expect("at most 2^32 event times");
        Member {
            idx: i as u32,
            doc: self.runs,
            doc_len: u8::try_from(doc.len()).unwrap_or(u8::MAX),
            doc_prefix: prefix,
            start: span.start,
            end: span.end,
            holder,
            recipient,
            claim: claim_key(st.claim(i)),
            affirmed,
            outlet: st.outlet(i),
            ev_start,
            ev_end,
        }
    }
}

/// The statements kept for one holder in a bucket, per side (positions in the bucket).
#[derive(Debug, Clone)]
pub(crate) struct HolderSum {
    holder: u32,
    kept: [[u32; PER_HOLDER]; 2],
    len: [u8; 2],
}

impl HolderSum {
    /// A holder with no statement kept yet.
    pub(crate) fn new(holder: u32) -> HolderSum {
        HolderSum {
            holder,
            kept: [[0; PER_HOLDER]; 2],
            len: [0; 2],
        }
    }

    fn side(&self, side: usize) -> &[u32] {
        &self.kept[side][..self.len[side] as usize]
    }

    /// Whether statements of both sides are kept.
    pub(crate) fn both_sides(&self) -> bool {
        self.len[0] > 0 && self.len[1] > 0
    }

    /// The kept members of both sides (into `out`, cleared first) in the order the
    /// reversal pass of [`Comparer::emit`] reads them: by claim date, document, position.
    pub(crate) fn reversal_order<S: Set + ?Sized>(
        &self,
        st: &S,
        ms: &[Member],
        out: &mut Vec<Member>,
    ) {
        out.clear();
        out.extend(
            self.side(0)
                .iter()
                .chain(self.side(1))
                .map(|&k| ms[k as usize]),
        );
        out.sort_by(|x, y| {
            x.claim
                .cmp(&y.claim)
                .then_with(|| doc_cmp(st, x, y))
                .then(x.start.cmp(&y.start))
        });
    }

    /// Keeps member `p` of `ms` if the batch would (the first statement of each of the
    /// first [`PER_HOLDER`] documents of its side, in canonical order), whatever order
    /// the members came in; true when what is kept changed.
    pub(crate) fn keep<S: Set + ?Sized>(&mut self, st: &S, ms: &[Member], p: u32) -> bool {
        let m = &ms[p as usize];
        let side = usize::from(!m.affirmed);
        let n = self.len[side] as usize;
        let kept = &mut self.kept[side];
        if let Some(j) = kept[..n]
            .iter()
            .position(|&q| same_doc(st, &ms[q as usize], m))
        {
            // an earlier statement of a document kept takes its place
            if canonical_cmp(st, m, &ms[kept[j] as usize]).is_lt() {
                kept[j] = p;
                return true;
            }
            return false;
        }
        let at = kept[..n].partition_point(|&q| canonical_cmp(st, &ms[q as usize], m).is_lt());
        if at >= PER_HOLDER {
            return false;
        }
        // inserted in order; the last document drops out of a full list
        let end = n.min(PER_HOLDER - 1);
        kept.copy_within(at..end, at + 1);
        kept[at] = p;
        self.len[side] = (end + 1) as u8;
        true
    }
}

/// Buffers reused from bucket to bucket.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    holders: Vec<HolderSum>,
    /// The holders in order of name: (rank of the name, position in `holders`).
    order: Vec<u64>,
    /// Holder id -> position in `holders` (`u32::MAX`: none), reset after each bucket.
    slot_of: Vec<u32>,
    all: Vec<Member>,
    intervals: Vec<(gainsay_time::Interval, u32)>,
    selfs: Vec<Conflict>,
    conflicts: Vec<Conflict>,
}

/// Statements kept per loose bucket.
pub(crate) const LOOSE_MEMBERS: usize = 64;

/// Words of a statement used for loose buckets.
pub(crate) const LOOSE_WORDS: usize = 8;

/// A loose bucket: (predicate or `"*"`, word).
pub(crate) type LooseKey = (String, String);

/// The text of a slot of a statement (its span inside the statement's span).
fn slot_text(s: &Statement, slot: gainsay_core::Span) -> Option<&str> {
    let from = slot.start.checked_sub(s.span.start)?;
    let to = slot.end.checked_sub(s.span.start)?;
    s.text.get(from..to)
}

/// The capitalised words of the phrases of a statement's actor and object, lower-cased,
/// in order, passed to `f` with whether each is an acronym (an all-caps ASCII word of at
/// least 3 letters: a name however short, "KFC", "NHL"). "Gill Rosenberg, former IDF
/// soldier" has the object "soldier" but is about Gill Rosenberg.
/// `low` is a buffer for the lower-cased words.
pub(crate) fn slot_words(s: &Statement, low: &mut String, f: &mut dyn FnMut(&str, bool)) {
    for slot in [s.slots.actor, s.slots.object].into_iter().flatten() {
        let Some(text) = slot_text(s, slot) else {
            continue;
        };
        for w in text.split(|c: char| !c.is_alphanumeric() && c != '-') {
            if w.chars().next().is_some_and(char::is_uppercase) {
                let acronym = w.len() >= 3 && w.chars().all(|c| c.is_ascii_uppercase());
                if w.is_ascii() {
                    low.clear();
                    low.push_str(w);
                    low.make_ascii_lowercase();
                    f(low, acronym);
                } else {
                    f(&w.to_lowercase(), acronym);
                }
            }
        }
    }
}

/// A part of [`Key::of`]: trimmed and lower-cased as there (`"-"` when missing or blank,
/// which the predicate never is), into `buf` unless `"-"`.
fn lower_key_part<'b>(part: Option<&str>, buf: &'b mut String) -> &'b str {
    let Some(x) = part.map(str::trim_ascii).filter(|x| !x.is_empty()) else {
        return "-";
    };
    buf.clear();
    if x.is_ascii() {
        buf.push_str(x);
        buf.make_ascii_lowercase();
    } else {
        buf.push_str(&x.to_lowercase());
    }
    buf
}

/// Loose words (or predicates) interned as numbers.
#[derive(Debug, Clone, Default)]
pub(crate) struct Words {
    ids: FastMap<Box<str>, u32>,
    names: Vec<Box<str>>,
}

impl Words {
    fn id(&mut self, w: &str) -> u32 {
        if let Some(&id) = self.ids.get(w) {
            return id;
        }
        let id = self.names.len() as u32;
        self.names.push(w.into());
        self.ids.insert(w.into(), id);
        id
    }
    pub(crate) fn get(&self, id: u32) -> &str {
        &self.names[id as usize]
    }
}

/// Whether `w` can be a loose word: at least [`Config::loose_min_word`] letters unless an
/// acronym, not a closed-class or reporting word.
fn loose_word(cfg: &Config, w: &str, acronym: bool) -> bool {
    (acronym || w.chars().count() >= cfg.loose_min_word) && !verdict::not_content(w)
}

/// The words of a key's actor and object ([`Key::actor`], [`Key::object`]) used for loose
/// matching, in order, distinct, at most [`LOOSE_WORDS`] (into `out`, cleared first).
fn key_words(cfg: &Config, actor: &str, object: &str, dict: &mut Words, out: &mut Vec<u32>) {
    out.clear();
    for part in [actor, object] {
        for w in part.split(|c: char| !c.is_alphanumeric() && c != '-') {
            if loose_word(cfg, w, false) {
                let id = dict.id(w);
                if !out.contains(&id) {
                    out.push(id);
                    if out.len() >= LOOSE_WORDS {
                        return;
                    }
                }
            }
        }
    }
}

/// The loose words of statement `i` of `st` whose key has the [`key_words`] `kw`: those,
/// then its [`slot_words`], distinct, at most [`LOOSE_WORDS`] (into `words`, cleared
/// first).
#[allow(clippy::too_many_arguments)]
fn loose_words_of<S: Set + ?Sized>(
    cfg: &Config,
    st: &S,
    i: usize,
    kw: &[u32],
    dict: &mut Words,
    words: &mut Vec<u32>,
    low: &mut String,
) {
    words.clear();
    words.extend_from_slice(kw);
    if words.len() < LOOSE_WORDS {
        st.slot_words(i, low, &mut |w, acronym| {
            if words.len() < LOOSE_WORDS && loose_word(cfg, w, acronym) {
                let id = dict.id(w);
                if !words.contains(&id) {
                    words.push(id);
                }
            }
        });
    }
}

/// The loose words of statement `i` (as [`loose_keys`] files it), as numbers of `dict`.
fn member_loose_words<S: Set + ?Sized>(
    cfg: &Config,
    st: &S,
    i: usize,
    dict: &mut Words,
) -> Vec<u32> {
    let (actor, _, object) = st.key_parts(i);
    let mut bufs: [String; 2] = Default::default();
    let [a, o] = &mut bufs;
    let actor = lower_key_part(actor, a);
    let object = lower_key_part(object, o);
    let mut kw = Vec::new();
    key_words(cfg, actor, object, dict, &mut kw);
    let mut words = Vec::new();
    loose_words_of(cfg, st, i, &kw, dict, &mut words, &mut String::new());
    words
}

/// The loose buckets of a statement (see [`Config::loose_match`]): for each of its loose
/// words (those of its key's actor and object, then the capitalised words of its actor's
/// and object's phrases, at most [`LOOSE_WORDS`]), ("*", word) when it refutes or affirms
/// (see [`Config::loose_any_predicate`]), then (predicate, word), as numbers of `dict`
/// (into `out`, cleared first; `scratch` holds buffers and, by key hash `kh` (that of
/// [`key::key_hash_parts`] of the statement's proposition), the predicate and key words
/// of the keys met before, kept between calls). Which pairs of a bucket may conflict is
/// [`loose_may_meet`]. The batch files statements by the same functions.
pub(crate) fn loose_keys(
    cfg: &Config,
    s: &Statement,
    kh: Option<key::KeyHash>,
    dict: &mut Words,
    scratch: &mut LooseScratch,
    out: &mut Vec<(u32, u32)>,
) {
    out.clear();
    if !cfg.loose_match || s.side() == Side::Neither {
        return;
    }
    // no key: neither an actor nor an object
    let Some(kh) = kh else {
        return;
    };
    let LooseScratch {
        bufs: [pb, ab, ob],
        words,
        low,
        by_key,
    } = scratch;
    // the parts of `Key::of`, lower-cased into buffers rather than a `Key`, once per key
    let (pred, kw) = by_key.entry((kh.hash, kh.check)).or_insert_with(|| {
        let p = &s.proposition;
        let actor = lower_key_part(p.actor.as_deref(), ab);
        let object = lower_key_part(p.object_key(), ob);
        let predicate = lower_key_part(Some(p.predicate_key()), pb);
        if matches!(predicate, "say" | "have") {
            return (None, Box::default());
        }
        let mut kw = Vec::new();
        key_words(cfg, actor, object, dict, &mut kw);
        (Some(dict.id(predicate)), kw.into_boxed_slice())
    });
    let Some(pred) = *pred else {
        return;
    };
    loose_words_of(cfg, std::slice::from_ref(s), 0, kw, dict, words, low);
    // only a refutation ("X arrest hoax", "not true", "X is fake") meets a story whatever
    // its predicate; a plain denial stays within its proposition
    let wild = cfg.loose_any_predicate && (refutes(s) || s.side() == Side::Affirmed);
    let star = dict.id("*");
    for &w in words.iter() {
        if wild {
            out.push((star, w));
        }
        out.push((pred, w));
    }
}

/// Buffers for [`loose_keys`], kept between calls, and what it found of each key: its
/// predicate's number (`None` for "say" and "have", which have no loose keys) and its key
/// words, by the key's two hashes (taken as equal keys, as buckets take them).
#[derive(Debug, Clone, Default)]
pub(crate) struct LooseScratch {
    bufs: [String; 3],
    words: Vec<u32>,
    low: String,
    #[allow(clippy::type_complexity)]
    by_key: FastMap<(u64, u32), (Option<u32>, Box<[u32]>)>,
}

/// Whether two statements of a loose bucket may conflict there, from whether the bucket
/// is a ("*", word) one and (underspecified, named) of each: two fully specified
/// propositions meet through their strict key only, so a (predicate, word) bucket needs
/// one of them underspecified (or both unnamed); the ("*", word) buckets hold debunks and
/// affirmations only. Either way one of the two is underspecified or unnamed (a debunk is
/// underspecified), unless a statement's own predicate is `"*"`: the batch skips the loose
/// pass when no statement is either, and buckets without such a statement.
pub(crate) fn loose_may_meet(star: bool, a: (bool, bool), b: (bool, bool)) -> bool {
    star || a.0 || b.0 || !a.1 && !b.1
}

/// Whether the statement's actor is a known entity (canonical, capitalised: "Iran").
pub(crate) fn named(s: &Statement) -> bool {
    // an ASCII first byte is the first character (read for every statement)
    s.proposition
        .actor
        .as_deref()
        .is_some_and(|a| match a.as_bytes().first() {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => a.chars().next().is_some_and(char::is_uppercase),
        })
}

/// A debunking statement: read by the debunk pass, or a refutation or dispute of its own
/// proposition ("the story of bravehearts who fought off Boko Haram is a hoax", "bear
/// attack foiled by Justin Bieber's music: a story too good to check"), as
/// opposed to a plain denial ("X denied sending Y") or a dismissal of claims named by
/// anaphora ("dismissing the claims as baseless": which claims is another statement's
/// business).
pub(crate) fn refutes(s: &Statement) -> bool {
    s.rule.starts_with("DEBUNK/")
        || s.side() == Side::Denied
            && matches!(s.stance, Stance::Refute | Stance::Dispute)
            && s.rule != "ATTR/ANAPHOR"
}

/// A proposition that lacks an actor or an object ("Banksy arrested": no agent), or a
/// debunking statement: what loose matching is for.
pub(crate) fn underspecified(s: &Statement) -> bool {
    refutes(s)
        || s.proposition
            .actor
            .as_deref()
            .map_or(true, |a| a.trim_ascii().is_empty())
        || s.proposition
            .object_key()
            .map_or(true, |o| o.trim_ascii().is_empty())
}

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

/// Statements read in one batch by the passes over statements (see [`Set::touch_key`]).
const BATCH: usize = 32;

/// Entries of [`Gather`]'s holder cache.
const HOLDER_CACHE: usize = 1024;

/// Statements kept per holder and side in a bucket (first per document).
const PER_HOLDER: usize = 16;
/// Distinct event intervals compared per bucket for temporal conflicts.
pub(crate) const MAX_INTERVALS: usize = 64;

/// Puts `out[k]` in place `order` of `firsts[k]` (ascending; ties keep their order): one
/// swap per misplaced dispute.
fn put_in_order(out: &mut [Dispute], firsts: &[(u32, u32)]) {
    let mut order: Vec<u32> = (0..out.len() as u32).collect();
    order.sort_by_key(|&k| firsts[k as usize]);
    let mut dest: Vec<u32> = vec![0; out.len()];
    for (to, &from) in order.iter().enumerate() {
        dest[from as usize] = to as u32;
    }
    for k in 0..out.len() {
        while dest[k] as usize != k {
            let j = dest[k] as usize;
            out.swap(k, j);
            dest.swap(k, j);
        }
    }
}

/// Writes the decimal digits of `x` into `buf` so that they end at `end`; returns where
/// they start (numbers written without the formatting machinery: millions of spans are
/// written in a batch).
pub(crate) fn digits_before(buf: &mut [u8], end: usize, mut x: usize) -> usize {
    let mut k = end;
    loop {
        k -= 1;
        buf[k] = b'0' + (x % 10) as u8;
        x /= 10;
        if x == 0 {
            return k;
        }
    }
}

/// One statement that takes a side, for grouping: its key hash, index and flags.
#[derive(Debug, Clone, Copy)]
struct Entry {
    hash: u64,
    idx: u32,
    /// Bits 0-1: [`FLAG_AFFIRMED`] or [`FLAG_DENIED`]; bits 2-9: the number of event
    /// times (capped at 255); bits 10-31: the top 22 bits of the key's second, independent
    /// hash ([`key::KeyHash::check`]): keys with equal `hash` but a different check are
    /// different keys, split apart (a 64-bit collision that the check misses too has a
    /// chance of about 2^-86 per pair of keys).
    flags: u32,
}

impl Entry {
    /// The 22 bits of the second hash.
    fn check(&self) -> u32 {
        self.flags >> 10
    }
}

const FLAG_AFFIRMED: u32 = 1;
const FLAG_DENIED: u32 = 2;

/// Groups `entries` by hash: equal hashes end up adjacent (in no particular order
/// inside a group, nor from group to group). A radix partition in place (on the top bits
/// of the hash: no second array of entries, whose fresh pages would cost as much as the
/// partition at 10^6 statements), then a stable one on the next 8 bits inside each part
/// (which fits in cache), leave parts of a few entries, finished by an insertion sort.
/// Linear in the number of entries.
fn group_by_hash(entries: &mut [Entry]) {
    let n = entries.len();
    if n <= 64 {
        insertion_sort(entries);
        return;
    }
    // at most 256 parts: more write streams than that thrash the TLB
    let bits = (usize::BITS - (n / 1024).leading_zeros()).min(8);
    let top: Vec<usize> = if bits == 0 {
        vec![0, n]
    } else {
        let shift = 64 - bits;
        partition_in_place(entries, |e| (e.hash >> shift) as usize, 1 << bits)
    };
    let shift2 = 64 - bits - 8;
    let mut tmp: Vec<Entry> = Vec::new();
    // the parts of the first partition, each split again on the next 8 bits
    for w in top.windows(2) {
        let part = &mut entries[w[0]..w[1]];
        if part.len() <= 32 {
            insertion_sort(part);
        } else {
            tmp.clear();
            let bounds = partition(part, &mut tmp, |e| (e.hash >> shift2) as usize & 255, 256);
            part.copy_from_slice(&tmp);
            for w in bounds.windows(2) {
                let sub = &mut part[w[0]..w[1]];
                if sub.len() <= 32 {
                    insertion_sort(sub);
                } else {
                    sub.sort_unstable_by_key(|e| e.hash);
                }
            }
        }
    }
}

/// An unstable counting sort of `v` in place by `digit` (below `radix`): each entry is
/// moved once, straight to its part (American flag sort); returns the bounds of each
/// digit's part.
fn partition_in_place(
    v: &mut [Entry],
    digit: impl Fn(&Entry) -> usize,
    radix: usize,
) -> Vec<usize> {
    let mut bounds = vec![0usize; radix + 1];
    for e in v.iter() {
        bounds[digit(e) + 1] += 1;
    }
    for b in 1..bounds.len() {
        bounds[b] += bounds[b - 1];
    }
    // next free place of each part
    let mut heads = bounds[..radix].to_vec();
    for b in 0..radix {
        let end = bounds[b + 1];
        while heads[b] < end {
            // carry the entry found here to its part, and the one found there on, until
            // one belongs here
            let mut e = v[heads[b]];
            let mut d = digit(&e);
            while d != b {
                let at = heads[d];
                heads[d] += 1;
                std::mem::swap(&mut e, &mut v[at]);
                d = digit(&e);
            }
            v[heads[b]] = e;
            heads[b] += 1;
        }
    }
    bounds
}

/// A stable counting sort of `from` into `to` (cleared first) by `digit` (below
/// `radix`); returns the bounds of each digit's part in `to`.
fn partition(
    from: &[Entry],
    to: &mut Vec<Entry>,
    digit: impl Fn(&Entry) -> usize,
    radix: usize,
) -> Vec<usize> {
    let mut bounds = vec![0usize; radix + 1];
    for e in from {
        bounds[digit(e) + 1] += 1;
    }
    for b in 1..bounds.len() {
        bounds[b] += bounds[b - 1];
    }
    let mut pos = bounds.clone();
    to.clear();
    to.resize(
        from.len(),
        Entry {
            hash: 0,
            idx: 0,
            flags: 0,
        },
    );
    for e in from {
        let d = digit(e);
        to[pos[d]] = *e;
        pos[d] += 1;
    }
    bounds
}

/// Sorts a few entries by hash.
fn insertion_sort(v: &mut [Entry]) {
    for i in 1..v.len() {
        let x = v[i];
        let mut j = i;
        while j > 0 && v[j - 1].hash > x.hash {
            v[j] = v[j - 1];
            j -= 1;
        }
        v[j] = x;
    }
}

/// The statements `reader` reads in documents of (id, text), in order (for tests).
#[cfg(test)]
pub(crate) fn read_statements(
    reader: &gainsay_core::Reader,
    docs: &[(&str, &str)],
) -> Vec<Statement> {
    docs.iter()
        .flat_map(|(id, text)| {
            reader
                .read(&gainsay_core::Document::new(*id, *text))
                .statements
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_are_disjoint_as_the_intervals_are() {
        use gainsay_time::Interval;
        use jiff::civil::date;
        // open and closed bounds, empty intervals, adjacent and overlapping days, month
        // and year ends, years before and after 0
        let days = [
            None,
            Some(date(-5, 12, 31)),
            Some(date(1, 1, 1)),
            Some(date(2022, 2, 28)),
            Some(date(2022, 3, 1)),
            Some(date(2022, 12, 31)),
            Some(date(2023, 1, 1)),
            Some(date(2023, 1, 2)),
        ];
        let all: Vec<Interval> = days
            .iter()
            .flat_map(|&s| days.iter().map(move |&e| Interval { start: s, end: e }))
            .collect();
        for a in &all {
            for b in &all {
                assert_eq!(
                    days_disjoint(day_bounds(a), day_bounds(b)),
                    a.disjoint(b),
                    "{a:?} {b:?}"
                );
            }
        }
    }

    #[test]
    fn claim_key_orders_as_the_date() {
        let dates: Vec<Option<jiff::civil::Date>> = vec![
            None,
            Some(jiff::civil::date(-9999, 1, 1)),
            Some(jiff::civil::date(-1, 12, 31)),
            Some(jiff::civil::date(0, 1, 1)),
            Some(jiff::civil::date(2022, 2, 28)),
            Some(jiff::civil::date(2022, 3, 1)),
            Some(jiff::civil::date(2022, 12, 31)),
            Some(jiff::civil::date(2023, 1, 1)),
            Some(jiff::civil::date(9999, 12, 31)),
        ];
        for a in &dates {
            for b in &dates {
                assert_eq!(claim_key(*a).cmp(&claim_key(*b)), a.cmp(b), "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn a_member_stays_compact() {
        // gathered for every statement of a candidate bucket
        assert_eq!(std::mem::size_of::<Member>(), 56);
    }

    #[test]
    fn a_refutation_needs_two_shared_words_in_a_mixed_feed() {
        let reader = gainsay_core::Reader::new().unwrap();
        let docs = [
            ("a", "Police say the Denver bank robbery was a hoax."),
            ("b", "Denver Zoo welcomes a baby giraffe."),
            ("c", "Masked men robbed a Denver bank on Monday."),
        ];
        let st = read_statements(&reader, &docs);
        let docs_of = |d: &[Dispute]| -> Vec<(String, String)> {
            d.iter()
                .flat_map(|d| &d.conflicts)
                .map(|c| (st[c.a].doc.clone(), st[c.b].doc.clone()))
                .collect()
        };
        let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
        // one shared word ("denver") sets the zoo against the hoax
        let loose = Comparer::default().disputes(&st);
        assert_eq!(docs_of(&loose), [pair("c", "a"), pair("b", "a")]);
        // two ("denver", "bank") are needed in a feed of many stories
        let mixed = Comparer::new(Config {
            loose_star_min_words: 2,
            ..Config::default()
        });
        let strict = mixed.disputes(&st);
        assert_eq!(docs_of(&strict), [pair("c", "a")]);
        // the same over briefs and one document at a time
        let mut briefs = crate::Briefs::new();
        st.iter().for_each(|s| briefs.push(s));
        assert_eq!(mixed.disputes_of_briefs(&briefs), strict);
        let mut index = crate::Index::new(mixed.clone());
        for id in ["a", "b", "c"] {
            index.add(st.iter().filter(|s| s.doc == id).cloned().collect());
        }
        assert_eq!(index.disputes(), strict);
    }
}
