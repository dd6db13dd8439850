//! Proposition keys: the buckets of comparison.

use gainsay_core::Proposition;

/// The bucket a statement falls in: actor, predicate class and object class, all
/// lower-case. Statements in different buckets are never compared.
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
    /// The key of a proposition, or `None` when it lacks an actor or an object.
    pub fn of(p: &Proposition) -> Option<Key> {
        let actor = p.actor.as_deref()?.trim().to_lowercase();
        let object = p.object_key()?.trim().to_lowercase();
        if actor.is_empty() || object.is_empty() {
            return None;
        }
        Some(Key {
            actor,
            predicate: p.predicate_key().to_lowercase(),
            object,
        })
    }
}
