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
        let norm = |s: Option<&str>| s.map(|x| x.trim().to_lowercase()).filter(|x| !x.is_empty());
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
