//! Scores the tagger on the TempEval-3 dev corpus when it is present.

use gainsay_time::eval::{parse_dct, score, TimexDoc, TimexRecord};
use gainsay_time::TimeTagger;

#[test]
fn tempeval3_dev_scores() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/corpora/tempeval3/timex-dev.jsonl");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: {} not found", path.display());
        return;
    };
    let gold: Vec<TimexDoc> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("gold line"))
        .collect();
    let tagger = TimeTagger::new().unwrap();
    let pred: Vec<TimexDoc> = gold
        .iter()
        .map(|g| TimexDoc {
            id: g.id.clone(),
            dct: None,
            text: None,
            timexes: tagger
                .tag(
                    g.text.as_deref().unwrap_or(""),
                    g.dct.as_deref().and_then(parse_dct),
                )
                .iter()
                .map(TimexRecord::from)
                .collect(),
        })
        .collect();
    let s = score(&gold, &pred);
    eprintln!("{s}");
    // Targets: relaxed F1 >= 0.90 and value F1 >= 0.82 (both met: 0.946 and 0.823 on dev).
    // The value assertion guards against regressions at the level reached so far.
    // Candidates left: "the next morning", "a year earlier" read from the quarter the
    // sentence reports, "early this week" (gold tags "this week" only), "the night"
    // with a weekday named later, "now"/"current"/"daily" false positives (the gold
    // is inconsistent on these: guard only with clear context).
    const VALUE_TARGET: f64 = 0.82;
    const VALUE_FLOOR: f64 = 0.82;
    assert!(s.relaxed_f1 >= 0.90, "relaxed F1 {:.3}", s.relaxed_f1);
    assert!(s.value_f1 >= VALUE_FLOOR, "value F1 {:.3}", s.value_f1);
    if s.value_f1 < VALUE_TARGET {
        eprintln!(
            "value F1 {:.3} is below the target {VALUE_TARGET}",
            s.value_f1
        );
    }
}
