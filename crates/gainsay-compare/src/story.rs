//! Story matching: headlines that refute a story against the headlines that tell it
//! (see [`Config::story_match`]).
//!
//! A headline's statement as a whole (rule [`HEADLINE_RULE`], made by the reader for
//! one-line documents) has no proposition of its own; what it is about is its words.
//! Each is filed under its content stems ([`content_stems`]: closed-class, negation and
//! reporting words left out, cut to five letters), at most [`STORY_MEMBERS`] headlines a
//! stem; a denied headline and an affirmed headline of another document sharing at least
//! [`Config::story_min_shared`] stems conflict (kind cross-source, score
//! [`Config::score_story`]). Linear: a dozen stems a headline, a bounded bucket each.

use crate::brief::Set;
use crate::verdict::content_stems;
use crate::{Config, Conflict, ConflictKind, Dispute};
use gainsay_core::hash::FastMap;
use gainsay_core::headline::HEADLINE_RULE;
use gainsay_core::{Side, Statement};

/// Headlines kept per stem: a stem of more headlines (a hot story's name) still files the
/// first ones, in statement order.
pub const STORY_MEMBERS: usize = 64;

/// The story stems of a headline statement, sorted, or `None` for any other statement.
pub(crate) fn story_of(s: &Statement) -> Option<Vec<String>> {
    (s.rule == HEADLINE_RULE).then(|| {
        let mut v: Vec<String> = content_stems(&s.text).into_iter().collect();
        v.sort_unstable();
        v
    })
}

/// The stems two sorted stem lists share.
pub(crate) fn shared<'a>(x: &'a [String], y: &[String]) -> Vec<&'a str> {
    x.iter()
        .filter(|w| y.binary_search(w).is_ok())
        .map(String::as_str)
        .collect()
}

/// Headline statements filed under their stems: built once by the batch, kept up to
/// date by the incremental [`crate::Index`].
#[derive(Debug, Clone, Default)]
pub(crate) struct Stories {
    /// (statement index, sorted stems) of each headline filed, in filing order.
    heads: Vec<(usize, Vec<String>)>,
    /// Positions in `heads` of the first [`STORY_MEMBERS`] headlines of each stem.
    by_stem: FastMap<String, Vec<u32>>,
}

impl Stories {
    /// Files headline statement `i` (on a side) with its stems; returns its position and,
    /// with `met`, the positions of the headlines it now shares a stem bucket with (what
    /// the incremental index must recompute; the batch computes every dispute anyway).
    pub(crate) fn file(&mut self, i: usize, stems: Vec<String>, met: bool) -> (u32, Vec<u32>) {
        let k = self.heads.len() as u32;
        let mut others = Vec::new();
        for w in &stems {
            let b = self.by_stem.entry(w.clone()).or_default();
            if b.len() < STORY_MEMBERS {
                if met {
                    others.extend(b.iter().copied());
                }
                b.push(k);
            }
        }
        others.sort_unstable();
        others.dedup();
        self.heads.push((i, stems));
        (k, others)
    }

    /// The statement index of the headline at position `k`.
    pub(crate) fn statement(&self, k: u32) -> usize {
        self.heads[k as usize].0
    }

    /// The dispute of the denied headline at position `k`: the affirmed headlines of other
    /// documents sharing at least [`Config::story_min_shared`] stems with it through the
    /// buckets both are in, in canonical order (document, position), at most
    /// [`Config::max_conflicts_per_dispute`].
    pub(crate) fn dispute<S: Set + ?Sized>(&self, cfg: &Config, st: &S, k: u32) -> Option<Dispute> {
        let (b, stems) = &self.heads[k as usize];
        let b = *b;
        if cfg.story_min_shared == 0 || st.side(b) != Side::Denied {
            return None;
        }
        let mut count: FastMap<u32, u32> = FastMap::default();
        let mut examined = 0usize;
        for w in stems {
            let Some(members) = self.by_stem.get(w.as_str()) else {
                continue;
            };
            if !members.contains(&k) {
                continue;
            }
            for &m in members {
                let a = self.heads[m as usize].0;
                if st.side(a) == Side::Affirmed && st.doc(a) != st.doc(b) {
                    examined += 1;
                    *count.entry(m).or_insert(0) += 1;
                }
            }
        }
        let mut affirmed: Vec<usize> = count
            .iter()
            .filter(|&(_, &c)| c as usize >= cfg.story_min_shared)
            .map(|(&m, _)| self.heads[m as usize].0)
            .collect();
        if affirmed.is_empty() {
            return None;
        }
        affirmed.sort_by(|&x, &y| canon(st, x).cmp(&canon(st, y)));
        affirmed.truncate(cfg.max_conflicts_per_dispute);
        let conflicts = affirmed
            .iter()
            .map(|&a| Conflict {
                a,
                b,
                kind: ConflictKind::CrossSource,
                score: cfg.score_story,
                periods: None,
            })
            .collect();
        Some(Dispute {
            number: 0,
            representative: b,
            // the key ("~", "*", the denied headline's stems): no proposition of its own
            loose: Some(Box::new(("*".to_string(), stems.join(" ")))),
            affirmed,
            denied: vec![b],
            conflicts,
            pairs_examined: examined,
        })
    }
}

/// The canonical order of statements: document, position, index.
pub(crate) fn canon<S: Set + ?Sized>(st: &S, i: usize) -> (&str, usize, usize) {
    (st.doc(i), st.span(i).start, i)
}

/// The story disputes among the headline statements `heads` (indices of `st`, each on a
/// side, in increasing order), appended to `out`, in the canonical order of their denied
/// headlines.
pub(crate) fn story_disputes<S: Set + ?Sized>(
    cfg: &Config,
    st: &S,
    heads: &[usize],
    out: &mut Vec<Dispute>,
) {
    let mut stories = Stories::default();
    let mut denied: Vec<u32> = Vec::new();
    for &i in heads {
        if let Some(stems) = st.story(i) {
            let (k, _) = stories.file(i, stems.into_owned(), false);
            if st.side(i) == Side::Denied {
                denied.push(k);
            }
        }
    }
    denied.sort_by(|&x, &y| canon(st, stories.statement(x)).cmp(&canon(st, stories.statement(y))));
    for k in denied {
        if let Some(d) = stories.dispute(cfg, st, k) {
            out.push(d);
        }
    }
}
