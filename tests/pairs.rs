//! Pair verdicts on hand-written sentence pairs (tests/data/pairs_cases.json), and a
//! check that the verdict points at the two statements that clash.

use gainsay::compare::{PairComparer, PairConfig};
use gainsay::core::{Document, Reader, Side};

fn comparer() -> PairComparer {
    PairComparer::new(Reader::new().expect("reader"), PairConfig::default())
}

#[derive(serde::Deserialize)]
struct Case {
    a: String,
    b: String,
    conflict: bool,
    why: String,
}

#[test]
fn hand_written_cases() {
    let cases: Vec<Case> =
        serde_json::from_str(include_str!("data/pairs_cases.json")).expect("cases parse");
    let pc = comparer();
    let mut failures = Vec::new();
    for (i, c) in cases.iter().enumerate() {
        let v = pc.verdict(
            &Document::new("a", c.a.as_str()),
            &Document::new("b", c.b.as_str()),
        );
        if v.conflict != c.conflict {
            failures.push(format!(
                "case {i} ({}): expected {}, got {} — {}",
                c.why, c.conflict, v.conflict, v.explanation
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn verdict_points_at_statements() {
    let pc = comparer();
    let v = pc.verdict(
        &Document::new("a", "The mayor of Springfield was arrested on Tuesday."),
        &Document::new("b", "No, the mayor of Springfield has not been arrested."),
    );
    assert!(v.conflict, "{}", v.explanation);
    let (a, b) = (v.a.expect("a"), v.b.expect("b"));
    assert_eq!(a.side, Side::Affirmed);
    assert_eq!(b.side, Side::Denied);
    assert_eq!(a.statement.proposition.predicate, "arrest");
    assert!(v.score > 0.0 && v.score <= 1.0);
    let j = v.kind.map(|k| k.name().to_string());
    assert!(j.is_some());
}

#[test]
fn denied_speech_act_meets_the_speech_act() {
    // "told a girl whose cat had died that ...": what was told is the fact in dispute
    let pc = comparer();
    let v = pc.verdict(
        &Document::new(
            "a",
            "The Dalai Lama told a girl whose cat had died that every animal is reborn.",
        ),
        &Document::new(
            "b",
            "The Dalai Lama did not tell girl cats are reborn, contrary to report.",
        ),
    );
    assert!(v.conflict, "{}", v.explanation);
    let (a, b) = (v.a.expect("a"), v.b.expect("b"));
    assert_eq!(a.statement.rule, "CLAUSE/SPEECH_ACT", "{}", v.explanation);
    assert_eq!(a.statement.proposition.predicate, "tell");
    assert_eq!(b.side, Side::Denied);
}

#[test]
fn one_against_many_reads_once() {
    let pc = comparer();
    let head = Document::new("h", "Acme Corp will shut down its music service.");
    let bodies = [
        Document::new(
            "b1",
            "Acme Corp denies it is shutting down its music service.",
        ),
        Document::new("b2", "Acme Corp shipped a new phone."),
    ];
    let vs = pc.verdicts(&head, &bodies);
    assert_eq!(vs.len(), 2);
    assert!(!vs[1].conflict);
}
