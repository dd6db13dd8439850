//! Reading documents from files: `.txt` (one document), `.jsonl` (one per line), `-` (stdin).

use gainsay_core::Document;
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

/// An input that stopped the run.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum InputError {
    /// The file could not be opened or read.
    #[error("{path}: cannot read: {source}")]
    Io {
        /// The file.
        path: String,
        /// Why.
        source: std::io::Error,
    },
}

/// Items skipped while reading, by reason.
#[derive(Debug, Default, Clone)]
pub struct Skipped {
    /// reason -> count
    pub by_reason: BTreeMap<String, usize>,
}

impl Skipped {
    pub fn add(&mut self, reason: &str) {
        *self.by_reason.entry(reason.to_string()).or_insert(0) += 1;
    }
    pub fn total(&self) -> usize {
        self.by_reason.values().sum()
    }
}

#[derive(serde::Deserialize)]
struct Line {
    id: Option<serde_json::Value>,
    source: Option<String>,
    published: Option<String>,
    #[serde(alias = "dct")]
    date: Option<String>,
    text: Option<String>,
}

/// Parses a date "2022-11-09" (or a longer timestamp starting with one).
pub fn parse_date(s: &str) -> Option<jiff::civil::Date> {
    s.get(..10).unwrap_or(s).parse().ok()
}

/// [`for_each_doc`] over `paths` in order; once `f` returns false (its consumer stopped),
/// no further document or file is read.
pub fn for_each_doc_in(
    paths: &[String],
    quiet: bool,
    skipped: &mut Skipped,
    f: &mut dyn FnMut(Document) -> bool,
) -> Result<(), InputError> {
    let mut open = true;
    for p in paths {
        for_each_doc(p, quiet, skipped, &mut |doc| {
            open = f(doc);
            open
        })?;
        if !open {
            break;
        }
    }
    Ok(())
}

/// Calls `f` for each document of `path`, reporting bad lines on stderr (unless quiet)
/// and counting them in `skipped`.
pub fn for_each_doc(
    path: &str,
    quiet: bool,
    skipped: &mut Skipped,
    f: &mut dyn FnMut(Document) -> bool,
) -> Result<(), InputError> {
    let io = |source| InputError::Io {
        path: path.to_string(),
        source,
    };
    if path == "-" {
        let stdin = std::io::stdin();
        let mut r = BufReader::new(stdin.lock());
        let first = r.fill_buf().map_err(io)?;
        let json = first.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{');
        if json {
            return jsonl(path, r, quiet, skipped, f);
        }
        let mut buf = Vec::new();
        r.read_to_end(&mut buf).map_err(io)?;
        let text = String::from_utf8_lossy(&buf).into_owned();
        if text.contains('\u{FFFD}') && std::str::from_utf8(&buf).is_err() {
            report(
                quiet,
                &format!("{path}: not valid UTF-8; invalid bytes replaced"),
            );
            skipped.add("invalid UTF-8 bytes replaced");
        }
        f(Document::new("stdin", text));
        return Ok(());
    }
    let p = Path::new(path);
    let file = std::fs::File::open(p).map_err(io)?;
    if path.ends_with(".jsonl") || path.ends_with(".ndjson") || path.ends_with(".json") {
        return jsonl(path, BufReader::new(file), quiet, skipped, f);
    }
    let mut buf = Vec::new();
    BufReader::new(file).read_to_end(&mut buf).map_err(io)?;
    let text = match String::from_utf8(buf) {
        Ok(t) => t,
        Err(e) => {
            report(
                quiet,
                &format!(
                    "{path}: not valid UTF-8 (first bad byte at offset {}); invalid bytes replaced",
                    e.utf8_error().valid_up_to()
                ),
            );
            skipped.add("invalid UTF-8 bytes replaced");
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    };
    let id = p
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.to_string());
    f(Document::new(id, text));
    Ok(())
}

fn report(quiet: bool, msg: &str) {
    if !quiet {
        eprintln!("{msg}");
    }
}

fn jsonl(
    path: &str,
    mut r: impl BufRead,
    quiet: bool,
    skipped: &mut Skipped,
    f: &mut dyn FnMut(Document) -> bool,
) -> Result<(), InputError> {
    let mut buf = Vec::new();
    let mut ln = 0usize;
    loop {
        buf.clear();
        let n = r
            .read_until(b'\n', &mut buf)
            .map_err(|source| InputError::Io {
                path: path.to_string(),
                source,
            })?;
        if n == 0 {
            break;
        }
        ln += 1;
        let Ok(line) = std::str::from_utf8(&buf) else {
            report(
                quiet,
                &format!("{path}:{ln}: expected UTF-8 text, found invalid bytes; line skipped"),
            );
            skipped.add("line not UTF-8");
            continue;
        };
        if line.trim().is_empty() {
            continue;
        }
        let parsed: Line = match serde_json::from_str(line) {
            Ok(l) => l,
            Err(e) => {
                report(quiet, &format!("{path}:{ln}: expected a JSON object, found malformed JSON ({e}); line skipped"));
                skipped.add("malformed JSON");
                continue;
            }
        };
        let Some(text) = parsed.text else {
            report(
                quiet,
                &format!("{path}:{ln}: expected a \"text\" field, found none; line skipped"),
            );
            skipped.add("missing text field");
            continue;
        };
        let id = match parsed.id {
            Some(serde_json::Value::String(s)) => s,
            Some(v) => v.to_string(),
            None => format!("{}:{ln}", path),
        };
        let date = parsed.published.or(parsed.date);
        let published = date.as_deref().and_then(parse_date);
        if date.is_some() && published.is_none() {
            report(quiet, &format!("{path}:{ln}: expected a date YYYY-MM-DD in \"published\", found {:?}; read undated", date.unwrap_or_default()));
            skipped.add("unreadable date (read undated)");
        }
        let doc = Document {
            id,
            source: parsed.source,
            published,
            text,
        };
        if !f(doc) {
            break;
        }
    }
    Ok(())
}
