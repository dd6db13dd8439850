//! Checks shared by the fuzz targets, and a plain driver so the targets also run on a
//! stable toolchain without libFuzzer (see `../README.md`).

use gainsay_compare::Comparer;
use gainsay_core::{Document, Reader, Reading, Span};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// The reader, built once.
pub fn reader() -> &'static Reader {
    static R: OnceLock<Reader> = OnceLock::new();
    R.get_or_init(|| Reader::new().expect("embedded lexicons build"))
}

fn check_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} span {span:?} outside the text ({} bytes)",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} span {span:?} not on char boundaries"
    );
}

/// Every span of the reading lies on char boundaries inside the text and every
/// statement's text is its span's slice; comparing the statements keeps indices in range.
pub fn check_reading(doc: &Document, reading: &Reading) {
    let text = doc.text.as_str();
    assert_eq!(reading.doc, doc.id);
    for st in &reading.statements {
        assert_eq!(st.doc, doc.id);
        check_span(text, st.span, "statement");
        assert_eq!(st.text, &text[st.span.start..st.span.end], "statement text");
        let sl = &st.slots;
        for (name, s) in [
            ("holder", sl.holder),
            ("cue", sl.cue),
            ("actor", sl.actor),
            ("predicate", sl.predicate),
            ("object", sl.object),
            ("recipient", sl.recipient),
        ] {
            if let Some(s) = s {
                check_span(text, s, name);
            }
        }
        for r in &st.times.event {
            check_span(text, r.span, "event time");
        }
    }
    let n = reading.statements.len();
    for d in Comparer::default().disputes(&reading.statements) {
        for c in &d.conflicts {
            assert!(c.a < n && c.b < n, "conflict indices out of range");
            assert!((0.0..=1.0).contains(&c.score), "score out of [0, 1]");
        }
    }
}

/// Target `read`: bytes -> lossy UTF-8 -> `Reader::read`, span invariants.
pub fn fuzz_read(data: &[u8]) {
    let text = String::from_utf8_lossy(data).into_owned();
    let doc = Document::new("fuzz", text);
    let reading = reader().read(&doc);
    check_reading(&doc, &reading);
}

/// A JSONL line as the CLI reads it (`crates/gainsay-cli/src/input.rs`, private to the
/// binary, replicated here).
#[derive(serde::Deserialize)]
struct Line {
    id: Option<serde_json::Value>,
    source: Option<String>,
    published: Option<String>,
    #[serde(alias = "dct")]
    date: Option<String>,
    text: Option<String>,
}

/// The CLI's date parsing.
fn parse_date(s: &str) -> Option<jiff::civil::Date> {
    s.get(..10).unwrap_or(s).parse().ok()
}

/// Target `jsonl`: bytes -> lines -> the CLI's per-line parsing -> `Reader::read` of each
/// document, span invariants.
pub fn fuzz_jsonl(data: &[u8]) {
    for (ln, raw) in data.split_inclusive(|&b| b == b'\n').enumerate() {
        let Ok(line) = std::str::from_utf8(raw) else {
            continue;
        };
        if line.trim().is_empty() {
            continue;
        }
        let Ok(parsed) = serde_json::from_str::<Line>(line) else {
            continue;
        };
        let Some(text) = parsed.text else { continue };
        let id = match parsed.id {
            Some(serde_json::Value::String(s)) => s,
            Some(v) => v.to_string(),
            None => format!("fuzz:{}", ln + 1),
        };
        let date = parsed.published.or(parsed.date);
        let published = date.as_deref().and_then(parse_date);
        let doc = Document {
            id,
            source: parsed.source,
            published,
            text,
        };
        let reading = reader().read(&doc);
        check_reading(&doc, &reading);
    }
}

// ---------------------------------------------------------------------------------------
// The plain driver (no libFuzzer): corpus files, then mutated and generated inputs.
// ---------------------------------------------------------------------------------------

/// xorshift64*: a small deterministic generator.
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    /// The next 64 bits.
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// A number below `n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a, T>(&mut self, v: &'a [T]) -> &'a T {
        &v[self.below(v.len())]
    }
}

const PIECES: &[&str] = &[
    "Iran", "Russia", "Ukraine", "Tehran", "Moscow", "Kyiv", "Hossein Amir-Abdollahian",
    "Putin", "Zelensky", "Western officials", "the Kremlin", "Reuters", "AFP", "said",
    "denied", "admitted", "acknowledged", "accused", "of", "supplying", "supplied", "sent",
    "provided", "drones", "weapons", "missiles", "to", "that", "it", "has", "had", "not",
    "never", "no", "any", "according to", "allegations", "claims", "dismissed", "baseless",
    "in November 2022", "before the war began", "last year", "on Tuesday", "2022", "179",
    "could", "will", "ready to", "if", "?", ".", ",", ";", ":", "…", "—", "-", "(", ")",
    "\"", "'", "“", "”", "‘", "’", "«", "»", "\n", "\n\n", "\r\n", "\t", "\u{a0}",
    "\u{200b}", "\u{feff}", "\u{2028}", "\u{0}", "\u{1b}[0m", "e\u{301}", "İ", "ẞ", "Σ",
    "ﬁ", "🚀", "中文", "العربية", "Mr.", "U.S.", "Dr.", "No.", "Iran's", "Russia’s",
    "so-called", "kamikaze", "Shahed-136", "PHOTO: AFP", "Read more:", "©",
];

/// A generated input: structured pieces, raw bytes, or a long run of one unit.
pub fn generate(rng: &mut Rng, jsonl: bool) -> Vec<u8> {
    let mut text = Vec::new();
    match rng.below(10) {
        0 => {
            let n = rng.below(2000);
            text.extend((0..n).map(|_| rng.next() as u8));
        }
        1 => {
            let unit = *rng.pick(PIECES);
            let n = 1 + rng.below(20_000);
            text.extend(unit.repeat(n).into_bytes());
        }
        _ => {
            let n = rng.below(300);
            for _ in 0..n {
                text.extend_from_slice(rng.pick(PIECES).as_bytes());
                match rng.below(4) {
                    0 => {}
                    _ => text.push(b' '),
                }
            }
        }
    }
    if !jsonl {
        return text;
    }
    // wrap in JSONL lines, some of them broken
    let s = String::from_utf8_lossy(&text).into_owned();
    let mut out = Vec::new();
    for (i, part) in s.split('\n').enumerate() {
        let line = match rng.below(8) {
            0 => part.to_string(), // raw, mostly not JSON
            1 => format!("{{\"id\": {i}, \"text\": {}", serde_json::to_string(part).unwrap()),
            2 => format!("{{\"id\": null, \"published\": {}, \"text\": \"x\"}}", serde_json::to_string(part).unwrap()),
            3 => format!("{{\"dct\": \"2022-1{}\", \"text\": {}}}", i % 10, serde_json::to_string(part).unwrap()),
            _ => serde_json::json!({"id": format!("d{i}"), "source": "AFP", "published": "2022-11-09", "text": part}).to_string(),
        };
        out.extend_from_slice(line.as_bytes());
        out.push(b'\n');
    }
    out
}

/// A mutation of `base`: byte flips, inserted pieces, splices, truncation.
pub fn mutate(rng: &mut Rng, base: &[u8]) -> Vec<u8> {
    let mut v = base.to_vec();
    for _ in 0..1 + rng.below(8) {
        match rng.below(5) {
            0 if !v.is_empty() => {
                let i = rng.below(v.len());
                v[i] = rng.next() as u8;
            }
            1 => {
                let i = rng.below(v.len() + 1);
                let p = rng.pick(PIECES).as_bytes().to_vec();
                v.splice(i..i, p);
            }
            2 if !v.is_empty() => {
                let i = rng.below(v.len());
                let j = (i + rng.below(64)).min(v.len());
                v.drain(i..j);
            }
            3 if !v.is_empty() => {
                let i = rng.below(v.len());
                let j = (i + rng.below(256)).min(v.len());
                let chunk = v[i..j].to_vec();
                let k = rng.below(v.len() + 1);
                v.splice(k..k, chunk);
            }
            _ if !v.is_empty() => {
                let n = rng.below(v.len()) + 1;
                v.truncate(n);
            }
            _ => {}
        }
    }
    v
}

fn files_under(p: &Path, out: &mut Vec<PathBuf>) {
    if p.is_dir() {
        if let Ok(rd) = std::fs::read_dir(p) {
            let mut entries: Vec<_> = rd.flatten().map(|e| e.path()).collect();
            entries.sort();
            for e in entries {
                files_under(&e, out);
            }
        }
    } else {
        out.push(p.to_path_buf());
    }
}

fn hash(data: &[u8]) -> u64 {
    // FNV-1a
    data.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
        (h ^ b as u64).wrapping_mul(0x0100_0000_01b3)
    })
}

/// `TARGET [--iters N] [--seed S] [--secs T] [PATH...]`: runs every file under the
/// PATHs, then N inputs (default 20,000) generated or mutated from them, for at most T
/// seconds. A panicking input is written to `artifacts/TARGET/crash-HASH` and the run
/// ends with exit code 1; the slowest input is reported, and kept as
/// `artifacts/TARGET/slow-HASH` when it is at most 4 KB and took 100 ms or more.
pub fn driver(name: &str, jsonl: bool, target: fn(&[u8])) {
    let mut iters = 20_000usize;
    let mut seed = 1u64;
    let mut secs = u64::MAX;
    let mut paths = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--iters" => iters = args.next().and_then(|v| v.parse().ok()).unwrap_or(iters),
            "--seed" => seed = args.next().and_then(|v| v.parse().ok()).unwrap_or(seed),
            "--secs" => secs = args.next().and_then(|v| v.parse().ok()).unwrap_or(secs),
            _ => paths.push(PathBuf::from(a)),
        }
    }
    let mut files = Vec::new();
    for p in &paths {
        files_under(p, &mut files);
    }
    let corpus: Vec<Vec<u8>> = files.iter().filter_map(|f| std::fs::read(f).ok()).collect();
    // quiet hook: we report panics ourselves, once per distinct location
    static LAST: std::sync::Mutex<String> = std::sync::Mutex::new(String::new());
    std::panic::set_hook(Box::new(|info| {
        if let Ok(mut l) = LAST.lock() {
            *l = info
                .location()
                .map(|l| format!("{}:{}:{}", l.file(), l.line(), l.column()))
                .unwrap_or_default();
        }
    }));
    let started = Instant::now();
    let mut rng = Rng::new(seed);
    let mut crashes = 0usize;
    let mut seen_msgs: Vec<String> = Vec::new();
    let mut slowest = (Duration::ZERO, 0usize);
    let mut total_bytes = 0usize;
    let mut run = |data: &[u8], crashes: &mut usize| {
        total_bytes += data.len();
        let t = Instant::now();
        let r = catch_unwind(AssertUnwindSafe(|| target(data)));
        let dt = t.elapsed();
        if dt > slowest.0 {
            slowest = (dt, data.len());
            // a slow small input is a lead on super-linear work: keep it
            if dt.as_millis() >= 100 && data.len() <= 4096 {
                let dir = PathBuf::from("artifacts").join(name);
                let _ = std::fs::create_dir_all(&dir);
                let _ = std::fs::write(dir.join(format!("slow-{:016x}", hash(data))), data);
            }
        }
        if let Err(e) = r {
            let msg = e
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_else(|| "non-string panic".into());
            let at = LAST.lock().map(|l| l.clone()).unwrap_or_default();
            *crashes += 1;
            let dir = PathBuf::from("artifacts").join(name);
            let _ = std::fs::create_dir_all(&dir);
            let file = dir.join(format!("crash-{:016x}", hash(data)));
            let _ = std::fs::write(&file, data);
            if !seen_msgs.contains(&at) {
                let short: String = msg.chars().take(300).collect();
                eprintln!(
                    "{name}: PANIC at {at} on a {}-byte input ({}): {short}",
                    data.len(),
                    file.display()
                );
                seen_msgs.push(at);
            }
        }
    };
    for c in &corpus {
        run(c, &mut crashes);
    }
    let mut done = 0usize;
    while done < iters && started.elapsed().as_secs() < secs {
        let input = if !corpus.is_empty() && rng.below(2) == 0 {
            let base = &corpus[rng.below(corpus.len())];
            mutate(&mut rng, base)
        } else {
            generate(&mut rng, jsonl)
        };
        run(&input, &mut crashes);
        done += 1;
    }
    eprintln!(
        "{name}: {} corpus files + {done} generated/mutated inputs ({:.1} MB) in {:.1}s; \
         {crashes} panicking inputs ({} distinct panic locations); slowest input {:.3}s ({} bytes)",
        corpus.len(),
        total_bytes as f64 / 1e6,
        started.elapsed().as_secs_f64(),
        seen_msgs.len(),
        slowest.0.as_secs_f64(),
        slowest.1
    );
    if crashes > 0 {
        std::process::exit(1);
    }
}
