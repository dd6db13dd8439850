//! The incremental index: add documents one at a time, get the conflicts each brings and
//! the conflicts it takes back.

use crate::story::{self, Stories};
use crate::{
    add_intervals, canonical_cmp, exact_dispute, key, loose_keys, self_inconsistency, Comparer,
    Config, Conflict, ConflictKind, Dispute, Gather, HolderSum, LooseKey, LooseScratch, Member,
    Words, LOOSE_MEMBERS, MAX_INTERVALS,
};
use gainsay_core::hash::FastMap;
use gainsay_core::TimeRef;
use gainsay_core::{Side, Statement};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// An incremental dispute index for a stream of statements ("firehose mode").
///
/// [`Index::add`] files new statements in their buckets and recomputes only the buckets
/// they touch, with the very functions [`Comparer::disputes`] uses for a bucket, so at
/// every moment [`Index::disputes`] equals `Comparer::disputes(index.statements())`
/// (same disputes, same order, same ids). Each add reports the difference: the conflicts
/// that appeared ([`Update::new`]) and the conflicts reported earlier that the batch
/// result no longer holds ([`Update::retracted`]).
///
/// Why a conflict can be retracted: a reversal is found between neighbours of a holder's
/// statements ordered by claim date, so a later-added but earlier-dated document can split
/// it; the statements picked to represent a conflict are the first in a canonical order
/// (document, position), so a later document can be picked instead; a loose match
/// ([`crate::Config::loose_match`]) gives way to an exact conflict between the same two
/// statements; a story dispute ([`crate::Config::story_match`]) keeps its first
/// [`crate::Config::max_conflicts_per_dispute`] headlines in canonical order, which a later
/// document can come before.
///
/// Cost: a bucket keeps what the batch summarises it by (per holder and side, the first
/// statement of its first 16 documents, kept sorted for the reversal pass; its timed
/// affirmations in canonical order, the intervals read from the first of them, and their
/// self-inconsistencies), updated statement by statement; its conflicts are found again
/// from those summaries only when an added statement changes them (a timed statement
/// filed after the 64 intervals read changes nothing), so a hot story's thousandth
/// statement costs about what its first did. Loose buckets (at most 64 statements each)
/// are numbered and found from the interned numbers of a statement's predicate and words
/// (a key's words are found once per key); they are recomputed when they gain a member or
/// their free pairs change; buckets a document does not touch are left alone. A hash
/// bucket holding two keys (a 64-bit collision) is recomputed whole, as the batch
/// computes it. Measured (`perf_compare incremental`): about 6,500 instructions a
/// statement at 3e4 generated statements and 8,000 at 3e5, 5-8x the batch's time.
#[derive(Debug, Clone, Default)]
pub struct Index {
    comparer: Comparer,
    statements: Vec<Statement>,
    /// Documents, holders and recipients of the statements in exact buckets, interned.
    gather: Gather,
    /// Exact buckets by key hash (as the batch forms them).
    buckets: FastMap<u64, Bucket>,
    /// Key hashes in order of each bucket's first statement (the batch's dispute order).
    order: Vec<u64>,
    /// An emptied conflict list whose storage the next search of a bucket fills.
    spare: Vec<Conflict>,
    /// Scratch of `add`: the pairs whose exact status may change, with their status
    /// before the add.
    before: FastMap<(usize, usize), bool>,
    /// Unordered statement pairs in a conflict of an exact bucket, with their count.
    exact_pairs: FastMap<(usize, usize), u32>,
    /// Loose buckets by number; `loose_names` holds their keys, which order them as the
    /// batch processes them, and `loose_ids` finds a bucket's number from the numbers of
    /// its key's predicate and word (looked up once per statement and key, without
    /// comparing or copying strings).
    loose: Vec<LooseBucket>,
    loose_names: Vec<Arc<LooseKey>>,
    loose_ids: FastMap<(u32, u32), u32>,
    /// The numbers of each statement's loose buckets (computed once, when it is added).
    loose_of: Vec<Box<[u32]>>,
    /// The predicates and words of loose keys, interned once for the whole stream.
    loose_words: Words,
    loose_scratch: LooseScratch,
    /// The loose bucket whose conflicts hold each loosely matched pair.
    loose_owner: FastMap<(usize, usize), u32>,
    /// Headline statements filed by their story stems ([`crate::Config::story_match`]).
    stories: Stories,
    /// The story dispute of each denied headline, by its canonical place (document,
    /// position, index): the batch's order.
    story: BTreeMap<(String, usize, usize), Dispute>,
}

#[derive(Debug, Clone, Default)]
struct Bucket {
    /// Statement indices, in order of addition.
    members: Vec<usize>,
    /// The key check (see `Entry::check` in lib.rs) of the first member.
    check: u32,
    /// Two keys share the hash (a collision): the bucket is recomputed whole, as the batch
    /// splits it, and `disputes` holds the result.
    collided: bool,
    /// Affirming members, denying members, and event times (capped at 255 a statement):
    /// the batch's test of whether the bucket may hold a conflict.
    aff: bool,
    den: bool,
    times: u32,
    /// What the batch summarises the bucket by, made when the bucket first may hold a
    /// conflict (most buckets never do: one statement, or one side without times).
    sum: Option<Box<Summary>>,
    /// A summary changed since the conflicts were last found.
    dirty: bool,
    /// The bucket's conflicts (in the batch's order) and the pairs examined to find them.
    conflicts: Vec<Conflict>,
    examined: usize,
    /// A collided bucket's disputes.
    disputes: Vec<Dispute>,
}

/// The summaries of an exact bucket (see [`Comparer::emit`]).
#[derive(Debug, Clone, Default)]
struct Summary {
    /// The member records of the bucket's statements, in order of filing: the summaries
    /// hold positions here.
    arena: Vec<Member>,
    /// Per holder, the statements the batch would keep ([`HolderSum`]).
    holders: Vec<HolderSum>,
    /// Positions in `holders` in order of holder name (as `Comparer::emit` reads them).
    order: Vec<u64>,
    /// Per holder (as `holders`), its kept members of both sides in the order of the
    /// reversal pass (`HolderSum::reversal_order`), sorted again only when what the
    /// holder keeps changed (listed in `resort`, flagged in `unsorted`), not at every
    /// search of the bucket.
    both: Vec<Vec<Member>>,
    resort: Vec<u32>,
    unsorted: Vec<bool>,
    /// Positions of the affirming members with event times, in canonical order.
    timed: Vec<u32>,
    /// Their self-inconsistencies (found once, when each is filed), in the same order,
    /// and the position of each one's member.
    selfs: Vec<Conflict>,
    self_pos: Vec<u32>,
    /// The intervals temporal conflicts are found from (`temporal_parts`), read from the
    /// first `walked` of `timed` until they were [`MAX_INTERVALS`] (`full`), or from all
    /// of them; `stale` when a timed member was filed since among those (or while not
    /// full). A member filed after them changes no interval, so a hot story's
    /// thousandth timed statement neither makes the bucket be searched again nor `timed`
    /// be walked again; a search for another reason (a holder's kept statements changed)
    /// reuses them.
    intervals: Vec<(gainsay_time::Interval, u32)>,
    walked: usize,
    full: bool,
    stale: bool,
}

impl Summary {
    /// Adds member `m`; true when what the conflicts are found from changed.
    fn file(
        &mut self,
        cfg: &Config,
        st: &[Statement],
        names: &[Box<str>],
        events: &[TimeRef],
        m: Member,
    ) -> bool {
        let p = u32::try_from(self.arena.len()).expect("at most 2^32 statements");
        self.arena.push(m);
        // few holders a bucket: found by a scan
        let pos = match self.holders.iter().position(|h| h.holder == m.holder) {
            Some(k) => k,
            None => {
                let k = self.holders.len();
                self.holders.push(HolderSum::new(m.holder));
                self.both.push(Vec::new());
                self.unsorted.push(false);
                let name = &names[m.holder as usize];
                let holders = &self.holders;
                let at = self
                    .order
                    .partition_point(|&o| names[holders[o as usize].holder as usize] < *name);
                self.order.insert(at, k as u64);
                k
            }
        };
        let mut changed = self.holders[pos].keep(st, &self.arena, p);
        if changed && !self.unsorted[pos] {
            self.unsorted[pos] = true;
            self.resort.push(pos as u32);
        }
        if m.affirmed && m.ev_start != m.ev_end {
            let arena = &self.arena;
            let at = self
                .timed
                .partition_point(|&q| canonical_cmp(st, &arena[q as usize], &m).is_lt());
            self.timed.insert(at, p);
            let moved = !self.full || at < self.walked;
            self.stale |= moved;
            changed |= moved;
            if let Some(c) = self_inconsistency(cfg, &m, events) {
                let at = self
                    .self_pos
                    .partition_point(|&q| canonical_cmp(st, &arena[q as usize], &m).is_lt());
                self.self_pos.insert(at, p);
                self.selfs.insert(at, c);
                changed = true;
            }
        }
        changed
    }
}

impl Bucket {
    /// Adds statement `i` (already in `members`): to the summaries, which are made (from
    /// every member so far) when the bucket first may hold a conflict.
    fn file(&mut self, cfg: &Config, st: &[Statement], gather: &mut Gather, i: usize) {
        let s = &st[i];
        let candidate = self.candidate();
        self.aff |= s.side() == Side::Affirmed;
        self.den |= s.side() == Side::Denied;
        self.times = self
            .times
            .saturating_add(s.times.event.len().min(255) as u32);
        self.dirty |= candidate != self.candidate();
        let members: &[usize] = match &self.sum {
            Some(_) => std::slice::from_ref(&i),
            None if self.candidate() => &self.members,
            None => return,
        };
        let sum = self.sum.get_or_insert_with(Box::default);
        for &j in members {
            let t = &st[j];
            let m = gather.member(st, j, t.side() == Side::Affirmed, !t.times.event.is_empty());
            self.dirty |= sum.file(cfg, st, &gather.holder_names, &gather.events, m);
        }
    }

    /// The batch's test: both sides, or two event times.
    fn candidate(&self) -> bool {
        self.aff && self.den || self.times >= 2
    }

    /// The dispute the batch finds in the bucket (not collided), if any.
    fn dispute(&self, st: &[Statement]) -> Option<Dispute> {
        if self.conflicts.is_empty() {
            return None;
        }
        let mut ms = self.sum.as_ref()?.arena.clone();
        ms.sort_unstable_by(|a, b| canonical_cmp(st, a, b));
        exact_dispute(&ms, self.conflicts.clone(), self.examined)
    }
}

#[derive(Debug, Clone, Default)]
struct LooseBucket {
    members: Vec<usize>,
    dispute: Option<Dispute>,
    /// Its predicate is `"*"`.
    star: bool,
    /// Some member affirms, some denies, some is underspecified or unnamed: without
    /// both sides, or (but in a ("*", word) bucket) without a special member, the bucket
    /// holds no conflict (as `Comparer::loose_dispute` finds) and is not computed.
    aff: bool,
    den: bool,
    special: bool,
}

impl LooseBucket {
    /// Whether `Comparer::loose_dispute` may find a conflict in the bucket.
    fn may_conflict(&self) -> bool {
        self.aff && self.den && (self.special || self.star)
    }
}

/// What one [`Index::add`] changed, with indices into [`Index::statements`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Update {
    /// Conflicts that appeared with the added statements, in the batch's order (exact
    /// buckets in order of their first statement, then loose buckets).
    pub new: Vec<Conflict>,
    /// Conflicts reported as new by an earlier add that the batch result over everything
    /// added so far no longer holds (the added statements split or replaced them).
    pub retracted: Vec<Conflict>,
}

/// Loose buckets to recompute, in the batch's order of their keys (key, number).
type Dirty = BTreeSet<(Arc<LooseKey>, u32)>;

fn pair_of(c: &Conflict) -> (usize, usize) {
    (c.a.min(c.b), c.a.max(c.b))
}

/// The identity of a conflict when diffing before and after an add.
type Ident = (
    usize,
    usize,
    ConflictKind,
    Option<(gainsay_time::Interval, gainsay_time::Interval)>,
    u64,
);

fn ident(c: &Conflict) -> Ident {
    (c.a, c.b, c.kind, c.periods, c.score.to_bits())
}

impl Index {
    /// An empty index using `comparer`'s settings.
    pub fn new(comparer: Comparer) -> Index {
        Index {
            comparer,
            ..Index::default()
        }
    }

    /// All statements added so far.
    pub fn statements(&self) -> &[Statement] {
        &self.statements
    }

    /// Adds statements (typically one document's) and returns what changed: the conflicts
    /// they bring and the earlier conflicts they take back, with indices into
    /// [`Index::statements`]. Reporting every `new` conflict and removing every
    /// `retracted` one keeps a copy equal to [`Index::conflicts`].
    pub fn add(&mut self, new: Vec<Statement>) -> Update {
        let base = self.statements.len();
        self.statements.extend(new);
        let n = self.statements.len();
        let mut added: Vec<Conflict> = Vec::new();
        let mut removed: Vec<Conflict> = Vec::new();

        // exact buckets: file the new statements in the summaries of their buckets; find
        // the conflicts again of the buckets whose summaries changed
        let mut touched: Vec<u64> = Vec::new();
        // the key hash of each added statement (None without a side), for the loose pass
        let mut hashes = Vec::with_capacity(n - base);
        for i in base..n {
            let s = &self.statements[i];
            let side = s.side();
            let kh = match side {
                Side::Neither => None,
                _ => key::key_hash_parts(&s.proposition),
            };
            hashes.push(kh);
            let Some(kh) = kh else {
                continue;
            };
            let order = &mut self.order;
            let b = self.buckets.entry(kh.hash).or_insert_with(|| {
                order.push(kh.hash);
                Bucket::default()
            });
            // a bucket is touched once per add: its last member is then a new statement
            let first_touch = match b.members.last() {
                None => true,
                Some(&last) => last < base,
            };
            if first_touch {
                touched.push(kh.hash);
            }
            let check = kh.check >> 10;
            if b.members.is_empty() {
                b.check = check;
            } else if b.check != check {
                b.collided = true;
            }
            b.members.push(i);
            b.file(&self.comparer.config, &self.statements, &mut self.gather, i);
        }
        // pairs whose exact status may change, with their status before this add
        // (a map kept between adds, emptied: not grown from nothing at each add)
        let mut before = std::mem::take(&mut self.before);
        before.clear();
        let mut all = Vec::new();
        for h in touched {
            let Some(b) = self.buckets.get_mut(&h) else {
                continue;
            };
            let st = &self.statements[..];
            let fresh: Vec<Conflict> = if b.collided {
                let mut disputes = Vec::new();
                self.comparer.bucket_disputes(st, &b.members, &mut disputes);
                let fresh = disputes
                    .iter()
                    .flat_map(|d| d.conflicts.iter().cloned())
                    .collect();
                b.disputes = disputes;
                fresh
            } else if !b.dirty {
                continue;
            } else {
                b.dirty = false;
                // into the storage of a list replaced before (no growth from empty)
                let mut fresh = std::mem::take(&mut self.spare);
                b.examined = 0;
                let candidate = b.candidate();
                if let Some(sum) = b.sum.as_deref_mut().filter(|_| candidate) {
                    if sum.stale {
                        // what `temporal_parts` finds, from the first timed members only
                        sum.stale = false;
                        sum.intervals.clear();
                        sum.walked = 0;
                        for &k in &sum.timed {
                            if sum.intervals.len() >= MAX_INTERVALS {
                                break;
                            }
                            let ev = &self.gather.events;
                            add_intervals(st, &sum.arena, k, ev, &mut sum.intervals);
                            sum.walked += 1;
                        }
                        sum.full = sum.intervals.len() >= MAX_INTERVALS;
                    }
                    for k in sum.resort.drain(..) {
                        sum.unsorted[k as usize] = false;
                        let h = &sum.holders[k as usize];
                        let list = &mut sum.both[k as usize];
                        if h.both_sides() {
                            h.reversal_order(st, &sum.arena, list);
                        } else {
                            list.clear();
                        }
                    }
                    b.examined = self.comparer.emit(
                        st,
                        &sum.arena,
                        &sum.holders,
                        &sum.order,
                        &sum.intervals,
                        &sum.selfs,
                        Some(&sum.both),
                        &mut all,
                        &mut fresh,
                    );
                }
                if fresh.is_empty() {
                    // a bucket without conflicts holds no storage
                    fresh = Vec::new();
                }
                fresh
            };
            let old = std::mem::replace(&mut b.conflicts, fresh);
            // what the two lists share at both ends is unchanged (a statement kept for one
            // holder changes that holder's part of the list): reported and counted as
            // before, so only the middle parts are diffed
            let new = &b.conflicts;
            let pre = old.iter().zip(new).take_while(|(x, y)| x == y).count();
            let suf = old[pre..]
                .iter()
                .rev()
                .zip(new[pre..].iter().rev())
                .take_while(|(x, y)| x == y)
                .count();
            for c in &old[pre..old.len() - suf] {
                let p = pair_of(c);
                let e = self.exact_pairs.entry(p).or_insert(0);
                before.entry(p).or_insert(*e > 0);
                *e = e.saturating_sub(1);
                if *e == 0 {
                    self.exact_pairs.remove(&p);
                }
                removed.push(c.clone());
            }
            for c in &new[pre..new.len() - suf] {
                let p = pair_of(c);
                let e = self.exact_pairs.entry(p).or_insert(0);
                before.entry(p).or_insert(*e > 0);
                *e += 1;
                added.push(c.clone());
            }
            let mut old = old;
            old.clear();
            self.spare = old;
        }

        // loose buckets (Config::loose_match): those gaining a member, and those holding a
        // pair whose exact status flipped, recomputed in the batch's (sorted) order; a
        // recomputed bucket that takes or frees a pair marks the later buckets holding it
        let cfg = self.comparer.config.clone();
        let mut dirty: Dirty = BTreeSet::new();
        let mut keys = Vec::new();
        for i in base..n {
            let s = &self.statements[i];
            loose_keys(
                &cfg,
                s,
                hashes[i - base],
                &mut self.loose_words,
                &mut self.loose_scratch,
                &mut keys,
            );
            let mut ids = Vec::with_capacity(keys.len());
            let special = crate::underspecified(s) || !crate::named(s);
            let side = s.side();
            for &(pred, word) in &keys {
                let id = match self.loose_ids.get(&(pred, word)) {
                    Some(&id) => id,
                    None => {
                        let id = u32::try_from(self.loose.len()).expect("2^32 loose keys");
                        let words = &self.loose_words;
                        let name = (words.get(pred).to_string(), words.get(word).to_string());
                        self.loose.push(LooseBucket {
                            star: name.0 == "*",
                            ..LooseBucket::default()
                        });
                        self.loose_names.push(Arc::new(name));
                        self.loose_ids.insert((pred, word), id);
                        id
                    }
                };
                ids.push(id);
                let b = &mut self.loose[id as usize];
                if b.members.len() < LOOSE_MEMBERS {
                    b.members.push(i);
                    b.aff |= side == Side::Affirmed;
                    b.den |= side == Side::Denied;
                    b.special |= special;
                    dirty.insert((Arc::clone(&self.loose_names[id as usize]), id));
                }
            }
            self.loose_of.push(ids.into_boxed_slice());
        }
        let mut flipped: Vec<(usize, usize)> = before
            .drain()
            .filter(|(p, was)| self.exact_pairs.contains_key(p) != *was)
            .map(|(p, _)| p)
            .collect();
        self.before = before;
        flipped.sort_unstable();
        for p in flipped {
            self.mark_holding(p, None, &mut dirty);
        }
        while let Some((lk, id)) = dirty.pop_first() {
            let b = &self.loose[id as usize];
            let fresh = if !b.may_conflict() {
                None
            } else {
                let (exact, owner, names) =
                    (&self.exact_pairs, &self.loose_owner, &self.loose_names);
                // the pairs this search took: a statement can be a member twice (a key
                // of predicate "*" files it under ("*", word) twice), and the batch takes
                // a pair once
                let mut mine: Vec<(usize, usize)> = Vec::new();
                let mut take = |x: usize, y: usize| {
                    let p = (x.min(y), x.max(y));
                    // free unless exact, or held by a loose bucket sorted before `lk` (the
                    // batch gives a pair to the first bucket, in sorted order, taking it)
                    let free = !exact.contains_key(&p)
                        && !mine.contains(&p)
                        && match owner.get(&p) {
                            None => true,
                            Some(&o) => o == id || *names[o as usize] >= *lk,
                        };
                    if free {
                        mine.push(p);
                    }
                    free
                };
                self.comparer
                    .loose_dispute(&self.statements[..], &lk, &b.members, &mut take)
            };
            let fresh_conflicts: Vec<Conflict> = fresh
                .as_ref()
                .map(|d| d.conflicts.clone())
                .unwrap_or_default();
            let old = std::mem::replace(&mut self.loose[id as usize].dispute, fresh);
            let new_pairs: Vec<(usize, usize)> = fresh_conflicts.iter().map(pair_of).collect();
            for c in old.iter().flat_map(|d| &d.conflicts) {
                let p = pair_of(c);
                if !new_pairs.contains(&p) && self.loose_owner.get(&p) == Some(&id) {
                    self.loose_owner.remove(&p);
                    self.mark_holding(p, Some(&lk), &mut dirty);
                }
                removed.push(c.clone());
            }
            for c in fresh_conflicts {
                let p = pair_of(&c);
                if let Some(prev) = self.loose_owner.insert(p, id) {
                    if prev != id {
                        // taken from a later bucket: that one gives it up
                        dirty.insert((Arc::clone(&self.loose_names[prev as usize]), prev));
                    }
                }
                added.push(c);
            }
        }

        // story matching: file the new headlines; recompute the disputes of the new denied
        // headlines and of the denied headlines a new affirmed one shares a bucket with
        if self.comparer.config.story_match {
            let mut touched: BTreeSet<u32> = BTreeSet::new();
            for i in base..n {
                let s = &self.statements[i];
                let side = s.side();
                // as the batch: headline statements without a key of their own
                if side == Side::Neither || key::key_hash_parts(&s.proposition).is_some() {
                    continue;
                }
                let Some(stems) = story::story_of(s) else {
                    continue;
                };
                let (k, met) = self.stories.file(i, stems, true);
                if side == Side::Denied {
                    touched.insert(k);
                } else {
                    for m in met {
                        if self.statements[self.stories.statement(m)].side() == Side::Denied {
                            touched.insert(m);
                        }
                    }
                }
            }
            for k in touched {
                let b = self.stories.statement(k);
                let place = (
                    self.statements[b].doc.clone(),
                    self.statements[b].span.start,
                    b,
                );
                let fresh = self.stories.dispute(&cfg, &self.statements[..], k);
                if let Some(d) = &fresh {
                    added.extend(d.conflicts.iter().cloned());
                }
                let old = match fresh {
                    Some(d) => self.story.insert(place, d),
                    None => self.story.remove(&place),
                };
                if let Some(d) = old {
                    removed.extend(d.conflicts);
                }
            }
        }

        // report the difference (a pair that moved between loose buckets did not change);
        // most adds take nothing back: then everything found is new
        if removed.is_empty() {
            return Update {
                new: added,
                retracted: removed,
            };
        }
        let mut count: FastMap<Ident, i64> = FastMap::default();
        for c in &added {
            *count.entry(ident(c)).or_insert(0) += 1;
        }
        for c in &removed {
            *count.entry(ident(c)).or_insert(0) -= 1;
        }
        let mut update = Update::default();
        for c in added {
            if let Some(k) = count.get_mut(&ident(&c)) {
                if *k > 0 {
                    *k -= 1;
                    update.new.push(c);
                }
            }
        }
        for c in removed {
            if let Some(k) = count.get_mut(&ident(&c)) {
                if *k < 0 {
                    *k += 1;
                    update.retracted.push(c);
                }
            }
        }
        update
    }

    /// Marks dirty the loose buckets (after `after`, when given) holding both statements
    /// of `p` among their members, when `p` could be a loose conflict at all.
    fn mark_holding(&self, p: (usize, usize), after: Option<&LooseKey>, dirty: &mut Dirty) {
        let (x, y) = p;
        let (sx, sy) = (&self.statements[x], &self.statements[y]);
        let opposite = matches!(
            (sx.side(), sy.side()),
            (Side::Affirmed, Side::Denied) | (Side::Denied, Side::Affirmed)
        );
        if !opposite || sx.doc == sy.doc {
            return;
        }
        for &id in self.loose_of[x].iter() {
            let lk = &self.loose_names[id as usize];
            if after.is_some_and(|a| **lk <= *a) {
                continue;
            }
            let b = &self.loose[id as usize];
            // a bucket that cannot hold a conflict holds none before or after
            if b.may_conflict() && b.members.contains(&x) && b.members.contains(&y) {
                dirty.insert((Arc::clone(lk), id));
            }
        }
    }

    /// The loose buckets holding a dispute, in the batch's (sorted) order.
    fn loose_sorted(&self) -> Vec<&LooseBucket> {
        let mut ids: Vec<usize> = (0..self.loose.len())
            .filter(|&i| self.loose[i].dispute.is_some())
            .collect();
        ids.sort_unstable_by(|&a, &b| self.loose_names[a].cmp(&self.loose_names[b]));
        ids.into_iter().map(|i| &self.loose[i]).collect()
    }

    /// The conflicts of everything added so far: those of [`Index::disputes`], without
    /// building the disputes.
    pub fn conflicts(&self) -> impl Iterator<Item = &Conflict> + '_ {
        let exact = self
            .order
            .iter()
            .filter_map(|h| self.buckets.get(h))
            .flat_map(|b| b.conflicts.iter());
        let others = self
            .loose_sorted()
            .into_iter()
            .filter_map(|b| b.dispute.as_ref())
            .chain(self.story.values())
            .flat_map(|d| d.conflicts.iter());
        exact.chain(others)
    }

    /// The disputes of everything added so far: equal to
    /// `Comparer::disputes(index.statements())` (same disputes in the same order, same
    /// ids), assembled from the buckets kept up to date by [`Index::add`].
    pub fn disputes(&self) -> Vec<Dispute> {
        let mut out: Vec<Dispute> = Vec::new();
        for b in self.order.iter().filter_map(|h| self.buckets.get(h)) {
            if b.collided {
                out.extend(b.disputes.iter().cloned());
            } else {
                out.extend(b.dispute(&self.statements));
            }
        }
        out.extend(
            self.loose_sorted()
                .into_iter()
                .filter_map(|b| b.dispute.clone()),
        );
        out.extend(self.story.values().cloned());
        for (i, d) in out.iter_mut().enumerate() {
            d.number = i + 1;
        }
        out
    }
}
