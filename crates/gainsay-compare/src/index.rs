//! The incremental index: add documents one at a time, get the conflicts each brings.

use crate::{Comparer, Conflict, Dispute, Key};
use gainsay_core::{Side, Statement};
use std::collections::HashMap;

/// An incremental dispute index for a stream of statements ("firehose mode").
///
/// [`Index::add`] files new statements in their buckets and re-examines only the buckets
/// they touch, so the cost of adding a document grows with its statements and the size of
/// the buckets it touches, not with the whole index.
#[derive(Debug, Clone, Default)]
pub struct Index {
    comparer: Comparer,
    statements: Vec<Statement>,
    buckets: HashMap<Key, Vec<usize>>,
    order: Vec<Key>,
    seen: HashMap<Key, Vec<(usize, usize, crate::ConflictKind)>>,
    loose: HashMap<(String, String), Vec<usize>>,
    loose_seen: HashMap<(usize, usize), ()>,
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

    /// Adds statements (typically one document's) and returns the conflicts they bring,
    /// with indices into [`Index::statements`].
    pub fn add(&mut self, new: Vec<Statement>) -> Vec<Conflict> {
        let base = self.statements.len();
        let mut touched: Vec<Key> = Vec::new();
        for s in new {
            let i = self.statements.len();
            if s.side() != Side::Neither {
                if let Some(k) = Key::of(&s.proposition) {
                    let v = self.buckets.entry(k.clone()).or_insert_with(|| {
                        self.order.push(k.clone());
                        Vec::new()
                    });
                    v.push(i);
                    if !touched.contains(&k) {
                        touched.push(k);
                    }
                }
            }
            self.statements.push(s);
        }
        let mut out = Vec::new();
        // loose matches (Config::loose_match): each new statement against the bucket
        let cfg = self.comparer.config.clone();
        for i in base..self.statements.len() {
            for lk in crate::loose_keys(&cfg, &self.statements[i]) {
                let v = self.loose.entry(lk).or_default();
                if v.len() >= crate::LOOSE_MEMBERS {
                    continue;
                }
                let si = &self.statements[i];
                for &j in v.iter() {
                    let sj = &self.statements[j];
                    let (a, b) = match (si.side(), sj.side()) {
                        (Side::Affirmed, Side::Denied) => (i, j),
                        (Side::Denied, Side::Affirmed) => (j, i),
                        _ => continue,
                    };
                    if si.doc == sj.doc
                        || self.loose_seen.insert((a.min(b), a.max(b)), ()).is_some()
                    {
                        continue;
                    }
                    out.push(Conflict {
                        a,
                        b,
                        kind: crate::ConflictKind::CrossSource,
                        score: cfg.score_loose,
                        periods: None,
                    });
                }
                v.push(i);
            }
        }
        for k in touched {
            let members = &self.buckets[&k];
            let mut gather = crate::Gather::default();
            let mut ms: Vec<crate::Member> = members
                .iter()
                .map(|&i| gather.member(&self.statements[..], i))
                .collect();
            let mut scratch = crate::Scratch::default();
            if let Some(d) =
                self.comparer
                    .dispute(&self.statements[..], &gather, &mut scratch, &mut ms)
            {
                let seen = self.seen.entry(k).or_default();
                for c in d.conflicts {
                    let id = (c.a, c.b, c.kind);
                    if !seen.contains(&id) {
                        seen.push(id);
                        out.push(c);
                    }
                }
            }
        }
        out
    }

    /// The disputes of everything added so far (the batch result).
    pub fn disputes(&self) -> Vec<Dispute> {
        self.comparer.disputes(&self.statements)
    }
}
