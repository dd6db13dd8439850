//! Data-driven tagger tests: `tests/data/timex_cases.json`.

use gainsay_time::{TimeTagger, TimexType};

#[derive(serde::Deserialize)]
struct Expected {
    text: String,
    #[serde(rename = "type")]
    kind: TimexType,
    value: String,
}

#[derive(serde::Deserialize)]
struct Case {
    text: String,
    dct: Option<String>,
    expected: Vec<Expected>,
}

#[test]
fn timex_cases() {
    let cases: Vec<Case> =
        serde_json::from_str(include_str!("data/timex_cases.json")).expect("cases parse");
    let tagger = TimeTagger::new().expect("tagger");
    let mut failures = Vec::new();
    for c in &cases {
        let dct = c.dct.as_deref().map(|d| d.parse().expect("dct"));
        let got = tagger.tag(&c.text, dct);
        let got_t: Vec<(String, TimexType, String)> = got
            .iter()
            .map(|t| (t.text.clone(), t.kind, t.value.clone()))
            .collect();
        let want: Vec<(String, TimexType, String)> = c
            .expected
            .iter()
            .map(|e| (e.text.clone(), e.kind, e.value.clone()))
            .collect();
        if got_t != want {
            failures.push(format!("{:?}\n   want {want:?}\n   got  {got_t:?}", c.text));
        }
        for t in &got {
            assert_eq!(&c.text[t.start..t.end], t.text, "span of {:?}", t.text);
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
