//! Disputes across documents on hand-written corpora (tests/data/scan_cases.json): each
//! case is a few outlets' headlines or sentences read as one corpus; `disputes` lists the
//! (affirming document, denying document) pairs some dispute must set against each other,
//! and `quiet` says that no dispute may set two documents against each other at all;
//! with `via_story`, only story matching's disputes (headlines as wholes) count.

use gainsay::compare::Comparer;
use gainsay::core::{Document, Reader};
use std::collections::BTreeSet;

#[derive(serde::Deserialize)]
struct Case {
    name: String,
    docs: Vec<String>,
    #[serde(default)]
    disputes: Vec<(usize, usize)>,
    #[serde(default)]
    quiet: bool,
    /// The expected disputes come from story matching (a dispute over two headlines as
    /// wholes, key predicate `*`), not from the headlines' clauses.
    #[serde(default)]
    via_story: bool,
}

#[test]
fn hand_written_corpora() {
    let cases: Vec<Case> =
        serde_json::from_str(include_str!("data/scan_cases.json")).expect("cases parse");
    let reader = Reader::new().expect("reader");
    let comparer = Comparer::default();
    let mut failures = Vec::new();
    for c in &cases {
        let mut statements = Vec::new();
        for (i, text) in c.docs.iter().enumerate() {
            let doc = Document::new(format!("d{i}"), text.as_str())
                .with_source(format!("outlet{i}.example"));
            statements.extend(reader.read(&doc).statements);
        }
        let doc_of = |k: usize| -> usize { statements[k].doc[1..].parse().unwrap() };
        // (affirming doc, denying doc) pairs set against each other
        let mut found = BTreeSet::new();
        for d in comparer.disputes(&statements) {
            if c.via_story && d.key(&statements).predicate != "*" {
                continue;
            }
            for &a in &d.affirmed {
                for &b in &d.denied {
                    if doc_of(a) != doc_of(b) {
                        found.insert((doc_of(a), doc_of(b)));
                    }
                }
            }
        }
        for want in &c.disputes {
            if !found.contains(want) {
                failures.push(format!(
                    "{}: no dispute sets doc {} against doc {}; found {found:?}",
                    c.name, want.0, want.1
                ));
            }
        }
        if c.quiet && !found.is_empty() {
            failures.push(format!("{}: expected no dispute, found {found:?}", c.name));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
