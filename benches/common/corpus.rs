//! The texts of the reading benches, loaded from JSONL files.
//!
//! - the distinct article bodies (`b.text`) of the FNC-1 dev pairs,
//!   `../shared/corpora/fnc1/pairs-dev.jsonl` next to the project (about 1 MB, 457
//!   bodies); absent on a clone without `../shared`;
//! - the bundled seed articles, `examples/data/docs.jsonl` (5 articles, 16 KB).

use gainsay::core::Document;
use std::collections::HashSet;
use std::path::PathBuf;

/// Where the FNC-1 dev pairs are expected.
pub fn fnc1_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/fnc1/pairs-dev.jsonl")
}

/// The distinct FNC-1 bodies as documents `fnc1-b{n}`, in order of first appearance, or
/// the reason they cannot be had.
pub fn fnc1_bodies() -> Result<Vec<Document>, String> {
    let path = fnc1_path();
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut seen = HashSet::new();
    let mut docs = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let v: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format!("{}:{}: {e}", path.display(), n + 1))?;
        let Some(body) = v["b"]["text"].as_str() else {
            continue;
        };
        if seen.insert(body.to_string()) {
            docs.push(Document::new(format!("fnc1-b{}", docs.len()), body));
        }
    }
    Ok(docs)
}

/// The bundled seed articles, with their outlet and date.
pub fn seeds() -> Vec<Document> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/data/docs.jsonl");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (bundled with the project)", path.display()));
    text.lines()
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).expect("seed line is JSON");
            Document {
                id: v["id"].as_str().unwrap_or_default().to_string(),
                source: v["source"].as_str().map(str::to_string),
                published: v["published"].as_str().and_then(|d| d.parse().ok()),
                text: v["text"].as_str().unwrap_or_default().to_string(),
            }
        })
        .collect()
}

/// Total bytes of text.
pub fn bytes(docs: &[Document]) -> u64 {
    docs.iter().map(|d| d.text.len() as u64).sum()
}
