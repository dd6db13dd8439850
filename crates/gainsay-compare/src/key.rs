//! Proposition keys: the buckets of comparison.

use gainsay_core::Proposition;

/// The bucket a statement falls in: actor, predicate class and object class, all
/// lower-case (`"-"` for a missing actor or object). Statements in different buckets are never compared.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Key {
    /// Canonical actor, lower case.
    pub actor: String,
    /// Predicate class (or lemma).
    pub predicate: String,
    /// Object class (or object).
    pub object: String,
}

impl Key {
    /// The key of a proposition, or `None` when it lacks both an actor and an object.
    /// A missing one is `"-"`: "Banksy was arrested" (no agent) and "Banksy was not
    /// arrested" share the key `(-, arrest, banksy)`.
    pub fn of(p: &Proposition) -> Option<Key> {
        let norm = |s: Option<&str>| {
            s.map(|x| x.trim_ascii().to_lowercase())
                .filter(|x| !x.is_empty())
        };
        let actor = norm(p.actor.as_deref());
        let object = norm(p.object_key());
        if actor.is_none() && object.is_none() {
            return None;
        }
        let actor = actor.unwrap_or_else(|| "-".to_string());
        let object = object.unwrap_or_else(|| "-".to_string());
        Some(Key {
            actor,
            predicate: p.predicate_key().to_lowercase(),
            object,
        })
    }
}

/// A hash of [`Key::of`]`(p)` computed without allocating (ASCII case folded, trimmed), or
/// `None` when [`Key::of`] is `None`. Equal keys hash equally.
pub(crate) fn key_hash(p: &Proposition) -> Option<u64> {
    use std::hash::Hasher;
    let actor = p
        .actor
        .as_deref()
        .map(str::trim_ascii)
        .filter(|x| !x.is_empty());
    let object = p
        .object_key()
        .map(str::trim_ascii)
        .filter(|x| !x.is_empty());
    if actor.is_none() && object.is_none() {
        return None;
    }
    let mut h = gainsay_core::hash::FxHasher::default();
    let mut buf = [0u8; 64];
    for part in [
        actor.unwrap_or("-"),
        p.predicate_key(),
        object.unwrap_or("-"),
    ] {
        // fold case into a stack buffer and hash 8 bytes at a time
        for chunk in part.as_bytes().chunks(buf.len()) {
            let b = &mut buf[..chunk.len()];
            b.copy_from_slice(chunk);
            b.make_ascii_lowercase();
            h.write(b);
        }
        h.write_u8(0xff);
    }
    Some(h.finish())
}

/// `Key::of(p) == Key::of(q)`, without allocating.
pub(crate) fn same_key(p: &Proposition, q: &Proposition) -> bool {
    fn part(x: Option<&str>) -> &str {
        x.map(str::trim_ascii)
            .filter(|x| !x.is_empty())
            .unwrap_or("-")
    }
    part(p.actor.as_deref()).eq_ignore_ascii_case(part(q.actor.as_deref()))
        && p.predicate_key().eq_ignore_ascii_case(q.predicate_key())
        && part(p.object_key()).eq_ignore_ascii_case(part(q.object_key()))
}
