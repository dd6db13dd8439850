//! The project's first example: five articles from five outlets (October 2022 to March
//! 2023) on whether Iran supplied drones to Russia, and the disputes between them.
//!
//! Run with `cargo run --release --example iran_drones`.

use gainsay::compare::{report, Comparer};
use gainsay::core::{Document, Reader};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data/docs.jsonl");
    let reader = Reader::new()?;
    let mut statements = Vec::new();
    for line in std::fs::read_to_string(data)?.lines() {
        let v: serde_json::Value = serde_json::from_str(line)?;
        let doc = Document {
            id: v["id"].as_str().unwrap_or_default().to_string(),
            source: v["source"].as_str().map(str::to_string),
            published: v["published"].as_str().and_then(|d| d.parse().ok()),
            text: v["text"].as_str().unwrap_or_default().to_string(),
        };
        statements.extend(reader.read(&doc).statements);
    }
    let disputes = Comparer::default().disputes(&statements);
    print!("{}", report::text_report(&statements, &disputes, false));
    Ok(())
}
