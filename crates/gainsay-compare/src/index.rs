//! The incremental index: add documents one at a time, get the conflicts each brings and
//! the conflicts it takes back.

use crate::story::{self, Stories};
use crate::{key, loose_keys, Comparer, Conflict, ConflictKind, Dispute, LooseKey, LOOSE_MEMBERS};
use gainsay_core::hash::FastMap;
use gainsay_core::{Side, Statement};
use std::collections::{BTreeMap, BTreeSet};

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
/// Cost: adding a document recomputes the exact buckets its statements fall in (as the
/// batch computes them: summarised per holder) and the loose buckets (at most 64
/// statements each) that gain a member or whose free pairs change; buckets it does not
/// touch are left alone. A bucket touched again and again (a hot story) is recomputed
/// each time, so a stream costs more than one batch over the same statements.
#[derive(Debug, Clone, Default)]
pub struct Index {
    comparer: Comparer,
    statements: Vec<Statement>,
    /// Exact buckets by key hash (as the batch forms them).
    buckets: FastMap<u64, Bucket>,
    /// Key hashes in order of each bucket's first statement (the batch's dispute order).
    order: Vec<u64>,
    /// Unordered statement pairs in a conflict of an exact bucket, with their count.
    exact_pairs: FastMap<(usize, usize), u32>,
    /// Loose buckets, sorted as the batch processes them.
    loose: BTreeMap<LooseKey, LooseBucket>,
    /// The loose bucket whose conflicts hold each loosely matched pair.
    loose_owner: FastMap<(usize, usize), LooseKey>,
    /// Headline statements filed by their story stems ([`crate::Config::story_match`]).
    stories: Stories,
    /// The story dispute of each denied headline, by its canonical place (document,
    /// position, index): the batch's order.
    story: BTreeMap<(String, usize, usize), Dispute>,
}

#[derive(Debug, Clone, Default)]
struct Bucket {
    members: Vec<usize>,
    disputes: Vec<Dispute>,
}

#[derive(Debug, Clone, Default)]
struct LooseBucket {
    members: Vec<usize>,
    dispute: Option<Dispute>,
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

        // exact buckets: file the new statements, recompute the buckets they touch
        let mut touched: Vec<u64> = Vec::new();
        for i in base..n {
            let s = &self.statements[i];
            if s.side() == Side::Neither {
                continue;
            }
            let Some(h) = key::key_hash_parts(&s.proposition).map(|k| k.hash) else {
                continue;
            };
            let order = &mut self.order;
            let b = self.buckets.entry(h).or_insert_with(|| {
                order.push(h);
                Bucket::default()
            });
            // a bucket is touched once per add: its last member is then a new statement
            let first_touch = match b.members.last() {
                None => true,
                Some(&last) => last < base,
            };
            if first_touch {
                touched.push(h);
            }
            b.members.push(i);
        }
        // pairs whose exact status may change, with their status before this add
        let mut before: FastMap<(usize, usize), bool> = FastMap::default();
        for h in touched {
            let Some(b) = self.buckets.get_mut(&h) else {
                continue;
            };
            let mut fresh = Vec::new();
            self.comparer
                .bucket_disputes(&self.statements, &b.members, &mut fresh);
            let old = std::mem::replace(&mut b.disputes, fresh);
            for c in old.iter().flat_map(|d| &d.conflicts) {
                let p = pair_of(c);
                let e = self.exact_pairs.entry(p).or_insert(0);
                before.entry(p).or_insert(*e > 0);
                *e = e.saturating_sub(1);
                if *e == 0 {
                    self.exact_pairs.remove(&p);
                }
                removed.push(c.clone());
            }
            for c in b.disputes.iter().flat_map(|d| &d.conflicts) {
                let p = pair_of(c);
                let e = self.exact_pairs.entry(p).or_insert(0);
                before.entry(p).or_insert(*e > 0);
                *e += 1;
                added.push(c.clone());
            }
        }

        // loose buckets (Config::loose_match): those gaining a member, and those holding a
        // pair whose exact status flipped, recomputed in the batch's (sorted) order; a
        // recomputed bucket that takes or frees a pair marks the later buckets holding it
        let cfg = self.comparer.config.clone();
        let mut dirty: BTreeSet<LooseKey> = BTreeSet::new();
        for i in base..n {
            for lk in loose_keys(&cfg, &self.statements[i]) {
                let b = self.loose.entry(lk.clone()).or_default();
                if b.members.len() < LOOSE_MEMBERS {
                    b.members.push(i);
                    dirty.insert(lk);
                }
            }
        }
        let mut flipped: Vec<(usize, usize)> = before
            .into_iter()
            .filter(|(p, was)| self.exact_pairs.contains_key(p) != *was)
            .map(|(p, _)| p)
            .collect();
        flipped.sort_unstable();
        for p in flipped {
            self.mark_holding(p, None, &mut dirty);
        }
        while let Some(lk) = dirty.pop_first() {
            let Some(b) = self.loose.get(&lk) else {
                continue;
            };
            let fresh = {
                let (exact, owner) = (&self.exact_pairs, &self.loose_owner);
                let mut take = |x: usize, y: usize| {
                    let p = (x.min(y), x.max(y));
                    // free unless exact, or held by a loose bucket sorted before `lk` (the
                    // batch gives a pair to the first bucket, in sorted order, taking it)
                    !exact.contains_key(&p)
                        && match owner.get(&p) {
                            None => true,
                            Some(o) => *o >= lk,
                        }
                };
                self.comparer
                    .loose_dispute(&self.statements[..], &lk, &b.members, &mut take)
            };
            let fresh_conflicts: Vec<Conflict> = fresh
                .as_ref()
                .map(|d| d.conflicts.clone())
                .unwrap_or_default();
            let old = match self.loose.get_mut(&lk) {
                Some(b) => std::mem::replace(&mut b.dispute, fresh),
                None => None,
            };
            let new_pairs: Vec<(usize, usize)> = fresh_conflicts.iter().map(pair_of).collect();
            for c in old.iter().flat_map(|d| &d.conflicts) {
                let p = pair_of(c);
                if !new_pairs.contains(&p) && self.loose_owner.get(&p) == Some(&lk) {
                    self.loose_owner.remove(&p);
                    self.mark_holding(p, Some(&lk), &mut dirty);
                }
                removed.push(c.clone());
            }
            for c in fresh_conflicts {
                let p = pair_of(&c);
                if let Some(prev) = self.loose_owner.insert(p, lk.clone()) {
                    if prev != lk {
                        // taken from a later bucket: that one gives it up
                        dirty.insert(prev);
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

        // report the difference (a pair that moved between loose buckets did not change)
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
    fn mark_holding(
        &self,
        p: (usize, usize),
        after: Option<&LooseKey>,
        dirty: &mut BTreeSet<LooseKey>,
    ) {
        let (x, y) = p;
        let (sx, sy) = (&self.statements[x], &self.statements[y]);
        let opposite = matches!(
            (sx.side(), sy.side()),
            (Side::Affirmed, Side::Denied) | (Side::Denied, Side::Affirmed)
        );
        if !opposite || sx.doc == sy.doc {
            return;
        }
        for lk in loose_keys(&self.comparer.config, sx) {
            if after.is_some_and(|a| lk <= *a) || dirty.contains(&lk) {
                continue;
            }
            if let Some(b) = self.loose.get(&lk) {
                if b.members.contains(&x) && b.members.contains(&y) {
                    dirty.insert(lk);
                }
            }
        }
    }

    /// The conflicts of everything added so far: those of [`Index::disputes`], without
    /// building the disputes.
    pub fn conflicts(&self) -> impl Iterator<Item = &Conflict> + '_ {
        let exact = self
            .order
            .iter()
            .filter_map(|h| self.buckets.get(h))
            .flat_map(|b| b.disputes.iter());
        let loose = self.loose.values().filter_map(|b| b.dispute.as_ref());
        exact
            .chain(loose)
            .chain(self.story.values())
            .flat_map(|d| d.conflicts.iter())
    }

    /// The disputes of everything added so far: equal to
    /// `Comparer::disputes(index.statements())` (same disputes in the same order, same
    /// ids), assembled from the buckets kept up to date by [`Index::add`].
    pub fn disputes(&self) -> Vec<Dispute> {
        let mut out: Vec<Dispute> = self
            .order
            .iter()
            .filter_map(|h| self.buckets.get(h))
            .flat_map(|b| b.disputes.iter().cloned())
            .collect();
        out.extend(self.loose.values().filter_map(|b| b.dispute.clone()));
        out.extend(self.story.values().cloned());
        for (i, d) in out.iter_mut().enumerate() {
            d.number = i + 1;
        }
        out
    }
}
