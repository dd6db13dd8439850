//! Building a reader: the embedded lexicons load, user lexicons extend them, and every bad
//! user lexicon fails with its file, line and reason (cases in `tests/data/bad_lexicons.json`).

use gainsay::core::{Document, ReaderBuilder};
use serde_json::Value;

#[test]
fn embedded_lexicons_build() {
    ReaderBuilder::new()
        .build()
        .expect("embedded lexicons are valid");
}

#[test]
fn user_entities_extend_the_reader() {
    let reader = ReaderBuilder::new()
        .add_lexicon(
            "entities",
            "mine.tsv",
            "Wakanda\tcountry\tWakanda|Birnin Zana\tWakandan|Wakandans\t",
        )
        .build()
        .unwrap();
    let doc = Document::new(
        "t",
        "Birnin Zana denied that it had sold vibranium to Latveria.",
    );
    let st = &reader.read(&doc).statements;
    assert!(
        st.iter().any(|s| s.holder.entities == ["Wakanda"]),
        "no statement held by Wakanda: {st:#?}"
    );
}

#[test]
fn bad_lexicons_name_file_and_line() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/bad_lexicons.json");
    let cases: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut failures = Vec::new();
    for c in &cases {
        let name = c["name"].as_str().unwrap();
        let r = ReaderBuilder::new()
            .add_lexicon(
                c["lexicon"].as_str().unwrap(),
                "my.tsv",
                c["text"].as_str().unwrap(),
            )
            .build();
        let want = c["expect"].as_str().unwrap();
        match r {
            Ok(_) => failures.push(format!("{name}: built without error")),
            Err(e) if e.to_string().contains(want) => {}
            Err(e) => failures.push(format!(
                "{name}: got {e:?}, expected it to contain {want:?}"
            )),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
