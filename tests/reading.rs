//! Data-driven reading tests: `tests/data/reading.json` holds sentences and the
//! statements they must yield (`expect`) and, where a misreading is guarded against, must
//! not yield (`forbid`), one case per reading pattern.

use gainsay::core::{Document, Reader, Side, Statement};
use serde_json::Value;

fn side_name(s: Side) -> &'static str {
    match s {
        Side::Affirmed => "affirmed",
        Side::Denied => "denied",
        Side::Neither => "neither",
    }
}

fn satisfies(st: &Statement, want: &serde_json::Map<String, Value>) -> Result<(), String> {
    let p = &st.proposition;
    for (k, v) in want {
        let v = v.as_str().unwrap_or_default();
        let ok = match k.as_str() {
            "holder" => st.holder.entities.iter().any(|e| e == v) || st.holder.canonical() == v,
            "side" => side_name(st.side()) == v,
            "stance" => st.stance.name() == v,
            "actor" => p
                .actor
                .as_deref()
                .is_some_and(|a| a.eq_ignore_ascii_case(v)),
            "predicate" => p.predicate_key() == v || p.predicate == v,
            "object" => p.object.as_deref() == Some(v) || p.object_class.as_deref() == Some(v),
            "recipient" => p.recipient.as_deref() == Some(v),
            "polarity" => format!("{:?}", st.polarity).to_lowercase() == v,
            "rule" => st.rule.starts_with(v),
            "modality" => {
                st.modality
                    .map_or("none".to_string(), |m| m.name().to_string())
                    == v
            }
            "event_before" => st.times.event.iter().any(|t| {
                t.interval.start.is_none()
                    && t.interval.end.map(|d| d.to_string()).as_deref() == Some(v)
            }),
            other => return Err(format!("unknown expectation field {other:?}")),
        };
        if !ok {
            return Err(format!("{k} = {v:?}"));
        }
    }
    Ok(())
}

fn show(st: &Statement) -> String {
    let p = &st.proposition;
    format!(
        "  {} {} {:?} [{}] {:?} {} {:?} -> {:?} ({}) {:?}",
        st.holder.canonical(),
        st.stance,
        st.polarity,
        side_name(st.side()),
        p.actor,
        p.predicate_key(),
        p.object,
        p.recipient,
        st.rule,
        st.text
    )
}

#[test]
fn reading_cases() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/reading.json");
    let cases: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let reader = Reader::new().unwrap();
    let mut failures = Vec::new();
    for case in &cases {
        let name = case["name"].as_str().unwrap();
        let doc = Document::new("t", case["text"].as_str().unwrap())
            .with_source("Test Wire")
            .with_published("2022-11-09".parse().unwrap());
        let reading = reader.read(&doc);
        let expect = case["expect"].as_array().unwrap();
        let listing = || {
            reading
                .statements
                .iter()
                .map(show)
                .collect::<Vec<_>>()
                .join("\n")
        };
        if expect.is_empty() && !reading.statements.is_empty() {
            failures.push(format!(
                "{name}: expected no statement, got:\n{}",
                listing()
            ));
        }
        // "forbid": statements no reading may yield (a misreading the case guards against)
        for bad in case["forbid"].as_array().into_iter().flatten() {
            let bad = bad.as_object().unwrap();
            if reading.statements.iter().any(|s| satisfies(s, bad).is_ok()) {
                failures.push(format!(
                    "{name}: a statement with {}\n{}",
                    Value::Object(bad.clone()),
                    listing()
                ));
            }
        }
        for want in expect {
            let want = want.as_object().unwrap();
            let errs: Vec<String> = reading
                .statements
                .iter()
                .map(|s| satisfies(s, want))
                .filter_map(Result::err)
                .collect();
            if errs.len() == reading.statements.len() {
                failures.push(format!(
                    "{name}: no statement with {}\n{}",
                    Value::Object(want.clone()),
                    listing()
                ));
            }
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
