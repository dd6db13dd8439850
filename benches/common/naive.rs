//! The naive baselines, what a user would otherwise write, and the checks that the real
//! thing agrees with them.

use gainsay::compare::{holder_key, ConflictKind, Dispute, Key};
use gainsay::core::{Side, Statement};
use std::collections::{HashMap, HashSet};

/// The verb lexicon as a naive reader would use it: every inflected form of
/// `crates/gainsay-core/data/verbs.tsv` (generated from WordNet 3.0) to its lemma's id.
pub struct VerbLexicon {
    forms: HashMap<String, u32>,
}

impl VerbLexicon {
    /// Loads the embedded file.
    pub fn new() -> VerbLexicon {
        let data = include_str!("../../crates/gainsay-core/data/verbs.tsv");
        let mut forms = HashMap::new();
        let lines = data
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty());
        for (id, line) in lines.enumerate() {
            for field in line.split('\t').take(5) {
                for form in field.split('|').filter(|f| !f.is_empty()) {
                    forms.entry(form.to_string()).or_insert(id as u32);
                }
            }
        }
        VerbLexicon { forms }
    }

    /// Number of distinct forms.
    pub fn len(&self) -> usize {
        self.forms.len()
    }

    /// Whitespace tokens, trimmed of punctuation, lower-cased and looked up: returns
    /// (sentences, tokens, verb-form hits). Sentences end at a token ending in `.`, `!`
    /// or `?`.
    pub fn scan(&self, text: &str) -> (usize, usize, usize) {
        let (mut sentences, mut tokens, mut hits) = (0, 0, 0);
        for raw in text.split_whitespace() {
            tokens += 1;
            if raw.ends_with(['.', '!', '?']) {
                sentences += 1;
            }
            let word = raw.trim_matches(|c: char| !c.is_alphanumeric());
            if word.is_empty() {
                continue;
            }
            if self.forms.contains_key(&word.to_lowercase()) {
                hits += 1;
            }
        }
        (sentences, tokens, hits)
    }
}

impl Default for VerbLexicon {
    fn default() -> Self {
        VerbLexicon::new()
    }
}

/// The key and side a comparison files a statement under (`None`: never compared).
pub fn key_side(s: &Statement) -> Option<(Key, Side)> {
    let side = s.side();
    if side == Side::Neither {
        return None;
    }
    Key::of(&s.proposition).map(|k| (k, side))
}

/// The naive comparison: every pair of statements with equal proposition keys and
/// opposite sides is a conflict. Keys are computed once; the pairs are all examined.
/// Returns the conflicting pairs `(i, j)`, `i < j`.
pub fn all_pairs(st: &[Statement]) -> Vec<(usize, usize)> {
    let ks: Vec<Option<(Key, Side)>> = st.iter().map(key_side).collect();
    let mut out = Vec::new();
    for i in 0..ks.len() {
        let Some((ki, si)) = &ks[i] else { continue };
        for (j, kj) in ks.iter().enumerate().skip(i + 1) {
            if let Some((kj, sj)) = kj {
                if si != sj && ki == kj {
                    out.push((i, j));
                }
            }
        }
    }
    out
}

/// The disputed propositions: keys with both sides present (one pass).
pub fn disputed_keys(st: &[Statement]) -> HashSet<Key> {
    let mut sides: HashMap<Key, (bool, bool)> = HashMap::new();
    for s in st {
        if let Some((k, side)) = key_side(s) {
            let e = sides.entry(k).or_default();
            match side {
                Side::Affirmed => e.0 = true,
                _ => e.1 = true,
            }
        }
    }
    sides
        .into_iter()
        .filter(|(_, (a, d))| *a && *d)
        .map(|(k, _)| k)
        .collect()
}

/// What [`check`] found, for printing.
#[derive(Debug, Default)]
pub struct Agreement {
    /// Statements compared.
    pub statements: usize,
    /// Disputes of the index.
    pub disputes: usize,
    /// Conflicts of the index.
    pub conflicts: usize,
    /// Keys with both sides present.
    pub naive_keys: usize,
    /// Naive keys the index does not report: one holder on both sides, in different
    /// documents whose claim dates do not tell a reversal (see `Comparer::dispute`).
    pub same_holder_same_date: usize,
    /// Sum of `Dispute::pairs_examined`.
    pub pairs_examined: usize,
}

impl Agreement {
    /// Candidate pairs the index examined per statement.
    pub fn examined_per_statement(&self) -> f64 {
        self.pairs_examined as f64 / self.statements.max(1) as f64
    }
}

/// Asserts that the index's `disputes` over `st` agree with the naive comparison:
///
/// - every side conflict (cross-source, reversal, self-contradiction) of the index is a
///   naive pair: equal keys, opposite sides (and is in `pairs` when given); every
///   temporal conflict joins two affirming statements of one key with disjoint periods;
/// - every dispute's key is a naive disputed key, unless all its conflicts are temporal;
/// - every naive disputed key is a dispute of the index, except those where one holder
///   alone takes both sides, never within one document (a reversal only when claim
///   dates tell one; counted in [`Agreement::same_holder_same_date`]).
///
/// # Panics
///
/// On any disagreement, naming it.
pub fn check(
    st: &[Statement],
    disputes: &[Dispute],
    pairs: Option<&[(usize, usize)]>,
) -> Agreement {
    let naive = disputed_keys(st);
    let pair_set: Option<HashSet<(usize, usize)>> = pairs.map(|p| p.iter().copied().collect());
    if let Some(p) = pairs {
        let from_pairs: HashSet<Key> = p
            .iter()
            .filter_map(|&(i, _)| key_side(&st[i]).map(|k| k.0))
            .collect();
        assert_eq!(
            from_pairs, naive,
            "all-pairs keys differ from the disputed keys"
        );
    }
    let mut agreement = Agreement {
        statements: st.len(),
        disputes: disputes.len(),
        naive_keys: naive.len(),
        ..Agreement::default()
    };
    let mut index_keys = HashSet::new();
    for d in disputes {
        let key = d.key(st);
        agreement.pairs_examined += d.pairs_examined;
        agreement.conflicts += d.conflicts.len();
        let mut side_conflict = false;
        for c in &d.conflicts {
            let (ka, kb) = (key_side(&st[c.a]), key_side(&st[c.b]));
            let (Some((ka, sa)), Some((kb, sb))) = (ka, kb) else {
                panic!("conflict {c:?} joins a statement that is never compared");
            };
            assert!(
                ka == key && kb == key,
                "conflict {c:?} outside its dispute's key"
            );
            match c.kind {
                ConflictKind::Temporal => {
                    assert!(sa == Side::Affirmed && sb == Side::Affirmed, "{c:?}");
                }
                ConflictKind::TemporalSelfInconsistency => assert_eq!(c.a, c.b),
                _ => {
                    side_conflict = true;
                    assert_ne!(sa, sb, "side conflict {c:?} with both on one side");
                    if let Some(set) = &pair_set {
                        let p = (c.a.min(c.b), c.a.max(c.b));
                        assert!(
                            set.contains(&p),
                            "index conflict {p:?} is no all-pairs conflict"
                        );
                    }
                }
            }
        }
        if side_conflict {
            assert!(
                naive.contains(&key),
                "dispute {key:?} is no naive disputed key"
            );
        }
        index_keys.insert(key);
    }
    let missing: HashSet<&Key> = naive.iter().filter(|k| !index_keys.contains(*k)).collect();
    if !missing.is_empty() {
        let mut members: HashMap<&Key, Vec<usize>> = HashMap::new();
        let ks: Vec<Option<(Key, Side)>> = st.iter().map(key_side).collect();
        for (i, ks) in ks.iter().enumerate() {
            if let Some((k, _)) = ks {
                if let Some(m) = missing.get(k) {
                    members.entry(m).or_default().push(i);
                }
            }
        }
        for (k, m) in &members {
            for &a in m.iter().filter(|&&i| st[i].side() == Side::Affirmed) {
                for &b in m.iter().filter(|&&i| st[i].side() == Side::Denied) {
                    assert!(
                        holder_key(&st[a]) == holder_key(&st[b]) && st[a].doc != st[b].doc,
                        "naive disputed key {k:?} is no dispute of the index ({} vs {})",
                        st[a].id,
                        st[b].id
                    );
                }
            }
        }
        agreement.same_holder_same_date = missing.len();
    }
    agreement
}
