//! The conflicts a consumer of `Index::add` holds when it applies every `Update` in
//! order (adding `new`, removing `retracted`), to be compared with `Index::conflicts`.

use gainsay::compare::{Conflict, Index, Update};
use std::collections::HashMap;

/// The conflicts replayed so far, counted by identity.
#[derive(Default)]
pub struct Replay {
    held: HashMap<String, i64>,
}

/// A conflict's identity: its statements, kind, score and periods.
fn ident(c: &Conflict) -> String {
    format!("{}|{}|{}|{}|{:?}", c.a, c.b, c.kind, c.score, c.periods)
}

impl Replay {
    /// Applies one update.
    pub fn apply(&mut self, update: &Update) {
        for c in &update.new {
            *self.held.entry(ident(c)).or_insert(0) += 1;
        }
        for c in &update.retracted {
            *self.held.entry(ident(c)).or_insert(0) -= 1;
        }
    }

    /// Panics unless the replayed conflicts are the index's (`after` names the moment).
    pub fn assert_holds(&mut self, index: &Index, after: &str) {
        let mut now: HashMap<String, i64> = HashMap::new();
        for c in index.conflicts() {
            *now.entry(ident(c)).or_insert(0) += 1;
        }
        self.held.retain(|_, n| *n != 0);
        assert_eq!(self.held, now, "after {after} the replayed updates differ");
    }
}
