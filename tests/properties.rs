//! Property tests for issue 8, "never fall over on messy text".
//!
//! * reading never panics, whatever the string (arbitrary Unicode, control characters,
//!   lone quotes, very long tokens), and every span it reports is on char boundaries,
//!   inside the text, with `statement.text == &doc.text[span]`;
//! * reading is deterministic;
//! * comparison does not depend on the order of the documents (disputes compared as sets
//!   of statements per side, keyed by proposition; conflicts as sets of unordered
//!   statement pairs);
//! * the incremental `Index` finds the conflicts the batch `Comparer::disputes` finds, and
//!   after every document (new conflicts reported, stale ones retracted) holds exactly the
//!   batch result.
//!
//! Failing cases are persisted to `proptest-regressions/properties.txt` (relative to the
//! package root, where `cargo test` runs) and replayed first on every run: commit that
//! file. Case counts are kept moderate so the whole file runs in well under a minute in
//! debug mode; raise them for a soak with `PROPTEST_CASES=5000 cargo test --test properties`
//! (the environment variable overrides every `cases` below).

use gainsay::compare::{Comparer, Index, Key};
use gainsay::core::{Document, Reader, Reading, Side, Span, Statement};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

fn reader() -> &'static Reader {
    static R: OnceLock<Reader> = OnceLock::new();
    R.get_or_init(|| Reader::new().expect("embedded lexicons build"))
}

fn second_reader() -> &'static Reader {
    static R: OnceLock<Reader> = OnceLock::new();
    R.get_or_init(|| Reader::new().expect("embedded lexicons build"))
}

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(cases),
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(
            "proptest-regressions/properties.txt",
        ))),
        // shrinking 100 KB inputs through the whole reader is slow in debug mode
        max_shrink_iters: 2048,
        ..ProptestConfig::default()
    }
}

// ---------------------------------------------------------------------------------------
// Strategies
// ---------------------------------------------------------------------------------------

const WORDS: &[&str] = &[
    "the",
    "a",
    "of",
    "to",
    "and",
    "in",
    "that",
    "it",
    "has",
    "had",
    "have",
    "was",
    "were",
    "is",
    "not",
    "no",
    "never",
    "any",
    "who",
    "which",
    "by",
    "with",
    "for",
    "on",
    "as",
    "said",
    "says",
    "told",
    "denied",
    "denies",
    "deny",
    "admitted",
    "acknowledged",
    "accused",
    "alleged",
    "allegations",
    "claims",
    "claimed",
    "confirmed",
    "rejected",
    "dismissed",
    "refuted",
    "disputed",
    "reported",
    "according",
    "supplied",
    "supply",
    "supplying",
    "sent",
    "send",
    "sending",
    "provided",
    "providing",
    "delivered",
    "shipped",
    "drones",
    "drone",
    "weapons",
    "weaponry",
    "missiles",
    "ammunition",
    "kamikaze",
    "so-called",
    "baseless",
    "officials",
    "minister",
    "president",
    "spokesman",
    "war",
    "invasion",
    "before",
    "after",
    "began",
    "since",
    "last",
    "year",
    "month",
    "week",
    "Tuesday",
    "November",
    "2022",
    "2021",
    "could",
    "may",
    "will",
    "ready",
    "if",
    "would",
    "did",
    "does",
    "been",
    "being",
    "also",
    "reportedly",
    "allegedly",
    "them",
    "they",
    "he",
    "she",
    "its",
    "their",
    "his",
    "her",
    "this",
    "these",
    "those",
];

const NAMES: &[&str] = &[
    "Iran",
    "Russia",
    "Ukraine",
    "Tehran",
    "Moscow",
    "Kyiv",
    "Kiev",
    "Washington",
    "Hossein Amir-Abdollahian",
    "Amir-Abdollahian",
    "Vladimir Putin",
    "Putin",
    "Volodymyr Zelensky",
    "Zelensky",
    "Nikolai Patrushev",
    "Ebrahim Raisi",
    "Reuters",
    "AFP",
    "the Kremlin",
    "the West",
    "Western officials",
    "the United States",
    "Israel",
    "IRAN",
    "RUSSIA",
    "Iran's",
    "Russia’s",
    "Iranian",
    "Russian",
    "Ukrainian",
];

const PUNCT: &[&str] = &[
    ".", ",", ";", ":", "!", "?", "...", "…", "-", "--", "—", "–", "(", ")", "[", "]", "/", "\\",
    "&", "%", "$", "#", "@", "*", "'s", ". ", ", ", ".\n", "?!",
];

const QUOTES: &[&str] = &[
    "\"", "'", "“", "”", "‘", "’", "«", "»", "„", "‹", "›", "「", "」", "`", "''", "``",
];

/// One piece of a messy, news-like text.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        30 => prop::sample::select(WORDS).prop_map(str::to_string),
        10 => prop::sample::select(NAMES).prop_map(str::to_string),
        8 => prop::sample::select(PUNCT).prop_map(str::to_string),
        6 => prop::sample::select(QUOTES).prop_map(str::to_string),
        4 => (0u32..100_000).prop_map(|n| n.to_string()),
        4 => prop::sample::select(vec!["\n", "\n\n", "\r\n", "\t", "  ", "\u{a0}", "\u{2028}", "\u{200b}", "\u{feff}"])
            .prop_map(str::to_string),
        // capitalised nonce names
        4 => "[A-Z][a-z]{1,9}(-[A-Z][a-z]{1,6})?".prop_map(|s| s),
        // arbitrary Unicode (any scalar value, including controls and combining marks)
        4 => prop::collection::vec(any::<char>(), 1..6).prop_map(|v| v.into_iter().collect()),
        2 => prop::collection::vec(prop::char::range('\u{0}', '\u{1f}'), 1..4)
            .prop_map(|v| v.into_iter().collect()),
        // accented / non-Latin letters the lower-casing may grow or shrink
        2 => prop::sample::select(vec!["İstanbul", "ǅ", "ẞ", "Σ", "ﬁ", "Ⅻ", "ŉ", "ΐ", "Ǉ", "é", "e\u{301}", "\u{1F1EE}\u{1F1F7}", "🚀", "中文", "العربية"])
            .prop_map(str::to_string),
    ]
}

fn sep() -> impl Strategy<Value = &'static str> {
    // "" glues pieces together ("Bogotá.The", "said“Iran"), as in scraped text
    prop::sample::select(vec![" ", " ", " ", "", "", "\n"])
}

/// Messy, news-like text of up to `n` pieces.
fn messy(n: usize) -> impl Strategy<Value = String> {
    prop::collection::vec((piece(), sep()), 0..n).prop_map(|v| {
        let mut s = String::new();
        for (p, sp) in v {
            s.push_str(&p);
            s.push_str(sp);
        }
        s
    })
}

/// A very long token (up to 100 KB) in a messy context.
fn long_token() -> impl Strategy<Value = String> {
    (
        messy(12),
        prop::sample::select(vec![
            "a", "A", "é", "中", "\"", ".", "-", "Iran", "0", "'", "“", " ", "\n", "x.", "A. ",
        ]),
        1usize..100_000,
        messy(12),
    )
        .prop_map(|(a, unit, bytes, b)| {
            let n = (bytes / unit.len()).max(1);
            format!("{a} {} {b}", unit.repeat(n))
        })
}

/// Any text: arbitrary strings, messy news-like text, long tokens.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => any::<String>(),
        5 => messy(120),
    ]
}

// A statement-rich sentence: holders, cues, negations, objects, recipients and times, so
// that comparing documents yields disputes and conflicts.
const HOLDERS: &[&str] = &[
    "Iran",
    "Russia",
    "Ukraine",
    "Tehran",
    "Moscow",
    "Kyiv",
    "Washington",
    "The Kremlin",
    "Western officials",
    "Ukrainian officials",
    "Hossein Amir-Abdollahian",
    "Iran's Foreign Minister Hossein Amir-Abdollahian",
    "Amir-Abdollahian",
    "Zelensky",
    "Ukrainian President Volodymyr Zelensky",
    "The United States",
    "Israel",
];
const ACTORS: &[&str] = &[
    "Iran", "Russia", "Tehran", "Moscow", "Israel", "it", "Ukraine",
];
const RECIPIENTS: &[&str] = &["Russia", "Moscow", "Ukraine", "Iran", "Kyiv"];
const OBJECTS: &[&str] = &[
    "drones",
    "weapons",
    "kamikaze drones",
    "missiles",
    "ammunition",
    "any weaponry",
    "Shahed drones",
    "a small number of drones",
];
const TIMES: &[&str] = &[
    "",
    "",
    "",
    " in November 2022",
    " in 2021",
    " before the war began",
    " before the war in Ukraine",
    " last year",
    " on Tuesday",
    " in October",
    " months before the invasion",
];
const SAY: &[&str] = &[
    "said",
    "denied",
    "admitted",
    "acknowledged",
    "claimed",
    "confirmed",
    "insisted",
    "alleged",
    "stressed",
    "reported",
    "rejected claims",
    "dismissed reports",
];
// (past, -ing, base)
const VERBS: &[(&str, &str, &str)] = &[
    ("supplied", "supplying", "supply"),
    ("sent", "sending", "send"),
    ("provided", "providing", "provide"),
    ("delivered", "delivering", "deliver"),
    ("shipped", "shipping", "ship"),
];

fn sentence() -> impl Strategy<Value = String> {
    (
        0usize..7,
        prop::sample::select(HOLDERS),
        prop::sample::select(SAY),
        prop::sample::select(ACTORS),
        prop::sample::select(VERBS),
        prop::sample::select(OBJECTS),
        prop::sample::select(RECIPIENTS),
        prop::sample::select(TIMES),
        any::<bool>(),
    )
        .prop_map(|(form, h, say, a, (past, ing, base), o, r, t, neg)| {
            let hasnot = if neg { "has not" } else { "has" };
            match form {
                0 => format!("{h} {say} that {a} {hasnot} {past} {o} to {r}{t}."),
                1 => format!("{h} accused {a} of {ing} {o} to {r}{t}."),
                2 => format!(
                    "{a} {} {o} to {r}{t}, {h} {say}.",
                    if neg {
                        format!("did not {base}")
                    } else {
                        past.to_string()
                    }
                ),
                3 => format!("According to {h}, {a} {past} {o} to {r}{t}."),
                4 => format!("{h} denied the allegations."),
                5 => format!(
                    "{a} {} {o} to {r}{t}.",
                    if neg {
                        format!("never {past}")
                    } else {
                        past.to_string()
                    }
                ),
                _ => format!("{h} told reporters that {a} {hasnot} {past} {o} to {r}{t}."),
            }
        })
}

/// A news-like document: mostly statement-rich sentences, some noise.
fn news_doc() -> impl Strategy<Value = String> {
    prop::collection::vec(prop_oneof![6 => sentence(), 1 => messy(10)], 1..7)
        .prop_map(|v| v.join(if v.len() % 2 == 0 { " " } else { "\n" }))
}

const SOURCES: &[&str] = &["AFP", "Reuters", "Tehran Times", "Kyiv Independent", "TASS"];
const DATES: &[&str] = &[
    "2022-10-28",
    "2022-10-29",
    "2022-11-05",
    "2022-11-09",
    "2023-03-30",
];

/// 2 to 6 documents with distinct ids, sources and dates.
fn corpus() -> impl Strategy<Value = Vec<Document>> {
    prop::collection::vec(
        (
            news_doc(),
            prop::option::of(prop::sample::select(SOURCES)),
            prop::option::of(prop::sample::select(DATES)),
        ),
        2..7,
    )
    .prop_map(|v| {
        v.into_iter()
            .enumerate()
            .map(|(i, (text, src, date))| {
                let mut d = Document::new(format!("d{i}"), text);
                if let Some(s) = src {
                    d = d.with_source(s);
                }
                if let Some(date) = date {
                    d = d.with_published(date.parse().unwrap());
                }
                d
            })
            .collect()
    })
}

// ---------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------

fn check_span(text: &str, span: Span, what: &str) -> Result<(), TestCaseError> {
    prop_assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} span {:?} outside the text ({} bytes)",
        span,
        text.len()
    );
    prop_assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} span {:?} not on char boundaries",
        span
    );
    Ok(())
}

fn check_reading(doc: &Document, reading: &Reading) -> Result<(), TestCaseError> {
    let text = doc.text.as_str();
    prop_assert_eq!(&reading.doc, &doc.id);
    let mut ids = BTreeSet::new();
    for st in &reading.statements {
        prop_assert!(
            ids.insert(st.id.clone()),
            "duplicate statement id {}",
            st.id
        );
        prop_assert_eq!(&st.doc, &doc.id);
        check_span(text, st.span, "statement")?;
        prop_assert_eq!(st.text.as_str(), &text[st.span.start..st.span.end]);
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
                check_span(text, s, name)?;
            }
        }
        for r in &st.times.event {
            check_span(text, r.span, "event time")?;
        }
    }
    Ok(())
}

/// Statement identity independent of its index: (document, id within the reading).
type Sid = (String, String);

fn sid(s: &Statement) -> Sid {
    (s.doc.clone(), s.id.clone())
}

fn side_name(s: Side) -> &'static str {
    match s {
        Side::Affirmed => "affirmed",
        Side::Denied => "denied",
        Side::Neither => "neither",
    }
}

/// Disputes as sets: proposition key -> statements affirming and denying it.
fn dispute_sets(
    st: &[Statement],
    disputes: &[gainsay::compare::Dispute],
) -> BTreeMap<Key, (BTreeSet<Sid>, BTreeSet<Sid>)> {
    disputes
        .iter()
        .map(|d| {
            let a = d.affirmed.iter().map(|&i| sid(&st[i])).collect();
            let n = d.denied.iter().map(|&i| sid(&st[i])).collect();
            (d.key(st), (a, n))
        })
        .collect()
}

/// A conflict as an unordered pair of statements, with its kind and proposition key.
type Pair = (Key, &'static str, Sid, Sid);

fn pair(key: &Key, kind: &'static str, a: &Statement, b: &Statement) -> Pair {
    let (x, y) = (sid(a), sid(b));
    if x <= y {
        (key.clone(), kind, x, y)
    } else {
        (key.clone(), kind, y, x)
    }
}

/// A headline's statement as a whole (story matching) has no key of its own: its text
/// stands in.
fn headline_key(s: &Statement) -> Key {
    Key {
        actor: "~".into(),
        predicate: "*".into(),
        object: s.text.clone(),
    }
}

fn conflict_pairs(st: &[Statement], disputes: &[gainsay::compare::Dispute]) -> BTreeSet<Pair> {
    let mut out = BTreeSet::new();
    for d in disputes {
        for c in &d.conflicts {
            // keyed by the first statement's own proposition, as the index reports it
            // (a loosely matched dispute's key is not a proposition)
            let key = Key::of(&st[c.a].proposition).unwrap_or_else(|| headline_key(&st[c.a]));
            out.insert(pair(&key, c.kind.name(), &st[c.a], &st[c.b]));
        }
    }
    out
}

/// The kinds of conflict found per proposition: what a reader of the report sees,
/// whichever statements were picked to represent them.
fn conflict_kinds(
    st: &[Statement],
    disputes: &[gainsay::compare::Dispute],
) -> BTreeMap<Key, BTreeSet<&'static str>> {
    disputes
        .iter()
        .map(|d| {
            (
                d.key(st),
                d.conflicts.iter().map(|c| c.kind.name()).collect(),
            )
        })
        .collect()
}

fn read_in_order(docs: &[Document], order: &[usize]) -> Vec<Statement> {
    order
        .iter()
        .flat_map(|&i| reader().read(&docs[i]).statements)
        .collect()
}

fn corpus_and_order() -> impl Strategy<Value = (Vec<Document>, Vec<usize>)> {
    corpus().prop_flat_map(|docs| {
        let n = docs.len();
        (Just(docs), Just((0..n).collect::<Vec<_>>()).prop_shuffle())
    })
}

// ---------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(config(192))]

    /// Reading never panics on any string, and every span is well formed.
    #[test]
    fn reading_any_text_never_panics_and_spans_hold(text in any_text()) {
        let doc = Document::new("p", text);
        let reading = reader().read(&doc);
        check_reading(&doc, &reading)?;
    }

    /// The same on statement-rich text (where most spans are produced).
    #[test]
    fn reading_news_like_text_spans_hold(text in news_doc()) {
        let doc = Document::new("p", text);
        let reading = reader().read(&doc);
        check_reading(&doc, &reading)?;
    }
}

proptest! {
    #![proptest_config(config(12))]

    /// Tokens of up to 100 KB (no space, one repeated unit) in messy context.
    #[test]
    fn reading_long_tokens_never_panics_and_spans_hold(text in long_token()) {
        let doc = Document::new("p", text);
        let reading = reader().read(&doc);
        check_reading(&doc, &reading)?;
    }
}

proptest! {
    #![proptest_config(config(96))]

    /// Reading twice gives the same reading, and does not depend on what was read before
    /// or on which reader reads it.
    #[test]
    fn reading_is_deterministic(text in prop_oneof![3 => news_doc(), 1 => any_text()], other in news_doc()) {
        let doc = Document::new("p", text).with_source("AFP").with_published("2022-11-09".parse().unwrap());
        let first = reader().read(&doc);
        let _ = reader().read(&Document::new("q", other));
        let second = reader().read(&doc);
        prop_assert_eq!(&first, &second);
        let fresh = second_reader().read(&doc);
        prop_assert_eq!(&first, &fresh);
    }

    /// Compact statements (`Briefs`, what `gainsay scan --format json` keeps) give the
    /// same disputes as the statements, and the streamed JSON is byte for byte the batch
    /// JSON.
    #[test]
    fn briefs_give_the_same_disputes_and_json((docs, order) in corpus_and_order()) {
        let st = read_in_order(&docs, &order);
        let c = Comparer::default();
        let mut briefs = gainsay::compare::Briefs::new();
        let mut streamed = gainsay::compare::report::ScanJsonWriter::new(Vec::new()).unwrap();
        for s in &st {
            briefs.push(s);
            streamed.statement(s).unwrap();
        }
        let (d1, d2) = (c.disputes(&st), c.disputes_of_briefs(&briefs));
        prop_assert_eq!(&d1, &d2);
        let mut batch = Vec::new();
        gainsay::compare::report::write_scan_json(&mut batch, &st, &d1).unwrap();
        let streamed = streamed.finish(&briefs, &d2).unwrap();
        prop_assert_eq!(String::from_utf8(batch).unwrap(), String::from_utf8(streamed).unwrap());
        for (i, s) in st.iter().enumerate() {
            prop_assert_eq!(briefs.id(i).into_owned(), s.id.clone());
        }
    }

    /// Disputes (keyed by proposition: which statements affirm, which deny, which kinds of
    /// conflict) do not depend on the order of the documents.
    #[test]
    fn disputes_do_not_depend_on_document_order((docs, order) in corpus_and_order()) {
        let ident: Vec<usize> = (0..docs.len()).collect();
        let st1 = read_in_order(&docs, &ident);
        let st2 = read_in_order(&docs, &order);
        let c = Comparer::default();
        let (d1, d2) = (c.disputes(&st1), c.disputes(&st2));
        prop_assert_eq!(dispute_sets(&st1, &d1), dispute_sets(&st2, &d2));
        for d in &d1 {
            for &i in &d.affirmed { prop_assert_eq!(side_name(st1[i].side()), "affirmed"); }
            for &i in &d.denied { prop_assert_eq!(side_name(st1[i].side()), "denied"); }
            for cf in &d.conflicts {
                prop_assert!(cf.a < st1.len() && cf.b < st1.len());
                prop_assert!((0.0..=1.0).contains(&cf.score));
            }
        }
        prop_assert_eq!(conflict_kinds(&st1, &d1), conflict_kinds(&st2, &d2));
    }

    /// Every conflict the batch finds, the incremental `Index` (documents added one by one)
    /// has reported by the end.
    #[test]
    fn incremental_index_reports_every_batch_conflict(docs in corpus()) {
        let s = index_and_batch(&docs)?;
        let missing: Vec<_> = s.batch.difference(&s.reported).collect();
        prop_assert!(missing.is_empty(), "batch conflicts the index never reported: {:?}", missing);
    }
}

/// What the incremental `Index` said while the documents were added one by one, beside
/// the batch result over all of them.
struct Streamed {
    /// Every conflict ever reported as new.
    reported: BTreeSet<Pair>,
    /// The conflicts standing after applying every update in order (new ones added,
    /// retracted ones removed).
    standing: BTreeSet<Pair>,
    /// The batch's conflicts.
    batch: BTreeSet<Pair>,
}

fn index_and_batch(docs: &[Document]) -> Result<Streamed, TestCaseError> {
    let c = Comparer::default();
    let mut index = Index::new(c.clone());
    let mut reported = BTreeSet::new();
    let mut count: BTreeMap<Pair, i64> = BTreeMap::new();
    let as_pair = |st: &[Statement], conf: &gainsay::compare::Conflict| {
        let key = Key::of(&st[conf.a].proposition).unwrap_or_else(|| headline_key(&st[conf.a]));
        pair(&key, conf.kind.name(), &st[conf.a], &st[conf.b])
    };
    for d in docs {
        let new = reader().read(d).statements;
        let update = index.add(new);
        let st = index.statements();
        for conf in &update.retracted {
            let e = count.entry(as_pair(st, conf)).or_insert(0);
            *e -= 1;
            prop_assert!(*e >= 0, "retracted a conflict never reported: {:?}", conf);
        }
        for conf in &update.new {
            let p = as_pair(st, conf);
            reported.insert(p.clone());
            *count.entry(p).or_insert(0) += 1;
        }
        // after every document, the index holds the batch result of what it has read
        let so_far = index.statements();
        let batch = c.disputes(so_far);
        prop_assert_eq!(&index.disputes(), &batch);
        prop_assert_eq!(
            index.conflicts().count(),
            batch.iter().map(|d| d.conflicts.len()).sum::<usize>()
        );
    }
    let st: Vec<Statement> = docs
        .iter()
        .flat_map(|d| reader().read(d).statements)
        .collect();
    prop_assert_eq!(index.statements(), &st[..]);
    let batch = conflict_pairs(&st, &c.disputes(&st));
    let standing = count
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .map(|(p, _)| p)
        .collect();
    Ok(Streamed {
        reported,
        standing,
        batch,
    })
}

proptest! {
    #![proptest_config(config(96))]

    /// Swapping the documents gives the same set of conflicting statement pairs, ignoring
    /// which one is `a` and which `b` (the comparer orders each bucket canonically, by
    /// document and position, before picking the statements that represent a conflict).
    #[test]
    fn conflicts_are_symmetric_under_swapping_documents((docs, order) in corpus_and_order()) {
        let ident: Vec<usize> = (0..docs.len()).collect();
        let st1 = read_in_order(&docs, &ident);
        let st2 = read_in_order(&docs, &order);
        let c = Comparer::default();
        let (d1, d2) = (c.disputes(&st1), c.disputes(&st2));
        prop_assert_eq!(conflict_pairs(&st1, &d1), conflict_pairs(&st2, &d2));
    }

    /// Adding documents one by one to an `Index` yields exactly the conflicts of the batch:
    /// after every document `Index::disputes` equals `Comparer::disputes` over the
    /// statements so far, and applying every update (new conflicts added, retracted ones
    /// removed) leaves exactly the batch's conflicts.
    #[test]
    fn incremental_index_matches_batch(docs in corpus()) {
        let s = index_and_batch(&docs)?;
        prop_assert_eq!(s.standing, s.batch);
    }
}

/// A case `disputes_do_not_depend_on_document_order` found against an intermediate
/// comparer: with the documents in one order a dispute (temporal conflict, all statements
/// affirming) existed, in the other not.
#[test]
fn disputes_order_regression_temporal_only() {
    let docs = vec![
        Document::new("d0", "Iran denied that Russia has not supplied drones to Russia in 2021."),
        Document::new(
            "d1",
            "Iran accused Russia of supplying drones to Russia on Tuesday. Iran admitted that Russia has supplied drones to Russia last year.",
        )
        .with_published("2022-10-28".parse().unwrap()),
    ];
    let c = Comparer::default();
    let st1 = read_in_order(&docs, &[0, 1]);
    let st2 = read_in_order(&docs, &[1, 0]);
    let (d1, d2) = (c.disputes(&st1), c.disputes(&st2));
    assert_eq!(dispute_sets(&st1, &d1), dispute_sets(&st2, &d2));
    assert_eq!(conflict_kinds(&st1, &d1), conflict_kinds(&st2, &d2));
}

/// The case the strict index property was written for: a reversal (d1 then d2) that a
/// later-added but earlier-dated document (d3, between them) splits is retracted, and the
/// reversal d3 -> d2 reported instead; the index then equals the batch.
#[test]
fn index_retracts_a_reversal_split_by_an_earlier_dated_document() {
    let doc = |id: &str, date: &str, text: &str| {
        Document::new(id, text)
            .with_source("AFP")
            .with_published(date.parse().unwrap())
    };
    let docs = [
        doc(
            "d1",
            "2022-10-01",
            "Iran admitted that it supplied drones to Russia.",
        ),
        doc(
            "d2",
            "2022-10-20",
            "Iran denied that it had supplied drones to Russia.",
        ),
        doc(
            "d3",
            "2022-10-10",
            "Iran admitted that it supplied drones to Russia.",
        ),
    ];
    let c = Comparer::default();
    let mut index = Index::new(c.clone());
    let mut updates = Vec::new();
    for d in &docs {
        let u = index.add(reader().read(d).statements);
        let st = index.statements();
        let docs_of = |v: &[gainsay::compare::Conflict]| -> Vec<(String, String, &'static str)> {
            v.iter()
                .map(|x| (st[x.a].doc.clone(), st[x.b].doc.clone(), x.kind.name()))
                .collect()
        };
        updates.push((docs_of(&u.new), docs_of(&u.retracted)));
        assert_eq!(index.disputes(), c.disputes(index.statements()));
    }
    let rev = |a: &str, b: &str| (a.to_string(), b.to_string(), "reversal");
    assert_eq!(updates[0], (vec![], vec![]));
    assert_eq!(updates[1], (vec![rev("d1", "d2")], vec![]));
    assert_eq!(updates[2], (vec![rev("d3", "d2")], vec![rev("d1", "d2")]));
}
