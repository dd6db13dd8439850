//! The `gainsay` command line.
#![forbid(unsafe_code)]

mod eval;
mod input;
mod pairs;

use clap::{Parser, Subcommand, ValueEnum};
use gainsay_compare::{report, Briefs, Comparer, Index};
use gainsay_core::{Reader, Statement};
use input::{for_each_doc, for_each_doc_in, InputError, Skipped};
use std::io::Write;
use std::process::ExitCode;

const EXAMPLES: &str = "Examples:
  gainsay scan examples/data/docs.jsonl
  gainsay scan --format json article1.txt article2.txt > scan.json
  cat feed.jsonl | gainsay scan --format jsonl -      # each new conflict as it appears
      (a line {\"retracted\": {...}} takes back a conflict printed earlier)
  gainsay timex tempeval.jsonl
";

/// Find where news sources contradict each other.
#[derive(Parser)]
#[command(name = "gainsay", version, about, after_help = EXAMPLES)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
    /// No progress or summary on stderr.
    #[arg(long, short, global = true)]
    quiet: bool,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Format {
    /// A report for people.
    Text,
    /// One JSON object: statements and disputes.
    Json,
    /// JSON Lines: each new conflict as soon as the document creating it is read, as
    /// {"kind","score","explanation","a","b"}; a conflict that a later document takes
    /// back (it splits a reversal, say) as {"retracted": {...the conflict as printed...}}.
    Jsonl,
}

#[derive(Subcommand)]
enum Cmd {
    /// Read documents and report the disputes between them.
    ///
    /// PATHs are .txt files (one document each, id from the file name), .jsonl files of
    /// {"id","source","published","text"}, or - for standard input.
    Scan {
        /// Input files.
        #[arg(required = true)]
        paths: Vec<String>,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// Show rule ids and slot spans in the text report.
        #[arg(long)]
        explain: bool,
        /// The input mixes many unrelated stories (a monitoring feed): a refutation meets
        /// an affirmation of another predicate only when they share two words of their
        /// actors and objects, not one (fewer false alarms across stories, a few missed
        /// refutations within one).
        #[arg(long)]
        mixed: bool,
    },
    /// Tag time expressions: input lines {"id","dct","text"}, output one JSON line per document.
    Timex {
        /// Input JSONL file.
        path: String,
    },
    /// Do two texts contradict each other? Input lines {"id","a":{"text","source"},
    /// "b":{"text","source"}}, output one JSON verdict per line, in order.
    Pairs {
        /// Input JSONL file.
        path: String,
    },
    /// Score the project's output against labelled data.
    Eval {
        #[command(subcommand)]
        what: EvalCmd,
    },
}

#[derive(Subcommand)]
enum EvalCmd {
    /// Precision, recall and F1 of the conflict label of a pair file (as score.py pairs).
    Pairs {
        /// Labelled pair file (JSONL).
        path: String,
        /// Print this many false positives and false negatives.
        #[arg(long, default_value_t = 0)]
        show: usize,
    },
    /// Time expressions against TIMEX3 gold (as score.py timex).
    Timex {
        /// Gold JSONL file with "dct", "text" and "timexes".
        path: String,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.cmd {
        Cmd::Scan {
            paths,
            format,
            explain,
            mixed,
        } => {
            let mut config = gainsay_compare::Config::default();
            if mixed {
                config.loose_star_min_words = 2;
            }
            scan(&paths, format, explain, Comparer::new(config), cli.quiet)
        }
        Cmd::Timex { path } => timex(&path, cli.quiet),
        Cmd::Pairs { path } => run_pairs(&path, cli.quiet),
        Cmd::Eval { what } => run_eval(what, cli.quiet),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Broken) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gainsay: {e}");
            ExitCode::from(1)
        }
    }
}

#[derive(Debug, thiserror::Error)]
enum Failure {
    #[error(transparent)]
    Input(#[from] InputError),
    #[error("{0}")]
    Build(#[from] gainsay_core::Error),
    #[error("cannot write output: {0}")]
    Output(std::io::Error),
    /// The reader of our output went away (`| head`): end quietly.
    #[error("broken pipe")]
    Broken,
}

fn out_err(e: std::io::Error) -> Failure {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        Failure::Broken
    } else {
        Failure::Output(e)
    }
}

fn summary(
    quiet: bool,
    docs: usize,
    statements: usize,
    disputes: usize,
    boiler: usize,
    skipped: &Skipped,
) {
    if quiet {
        return;
    }
    let mut parts: Vec<String> = skipped
        .by_reason
        .iter()
        .map(|(k, v)| format!("{v} {k}"))
        .collect();
    if boiler > 0 {
        parts.push(format!("{boiler} boilerplate or repeated lines"));
    }
    let sk = if parts.is_empty() {
        "nothing".to_string()
    } else {
        parts.join(", ")
    };
    eprintln!(
        "gainsay: read {docs} documents, {statements} statements, {disputes} disputes; skipped: {sk}"
    );
}

/// Documents read together (in parallel with the `rayon` feature).
const BATCH_DOCS: usize = 64;
/// Bytes of text buffered before a batch is read.
const BATCH_BYTES: usize = 1 << 20;

fn scan(
    paths: &[String],
    format: Format,
    explain: bool,
    comparer: Comparer,
    quiet: bool,
) -> Result<(), Failure> {
    let reader = Reader::new()?;
    let mut skipped = Skipped::default();
    let mut docs = 0usize;
    if format == Format::Jsonl {
        // two stages, document by document (no batching: a live feed's conflicts come out
        // as soon as their document is read): this thread parses and reads each document,
        // a second files its statements in the index and writes the conflicts they bring
        let (tx, rx) = std::sync::mpsc::sync_channel::<gainsay_core::Reading>(16);
        let streamed = std::thread::scope(|scope| {
            let consumer = scope.spawn(move || stream_conflicts(rx, comparer));
            // a send fails once the consumer has stopped (on an output error, which it
            // returns): then nothing more is read
            let read = for_each_doc_in(paths, quiet, &mut skipped, &mut |doc| {
                docs += 1;
                tx.send(reader.read(&doc)).is_ok()
            })
            .map_err(Failure::from);
            drop(tx);
            let streamed = consumer.join().expect("the consumer thread does not panic");
            read.and(streamed)
        });
        let (n, n_disputes, boiler) = streamed?;
        summary(quiet, docs, n, n_disputes, boiler, &skipped);
        return Ok(());
    }
    // writing to standard output happens on the consumer thread below
    // documents are read in batches (in parallel with the `rayon` feature); only their
    // statements are kept, so memory grows with statements found, not bytes read. Two
    // stages, overlapped: this thread parses the input and reads each batch while a
    // second thread takes the statements of the batch before (with --format json,
    // writing each statement and keeping only its brief: 92 bytes, names interned)
    // and, once all is read, compares them and writes the report. At most
    // `BATCHES_IN_FLIGHT` read batches wait between the two.
    // progress on stderr only when a person watches it (a terminal) and did not ask quiet
    let progress = (!quiet && std::io::IsTerminal::is_terminal(&std::io::stderr())).then(|| {
        let p = indicatif::ProgressBar::new_spinner();
        p.set_message("reading");
        p
    });
    let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<gainsay_core::Reading>>(BATCHES_IN_FLIGHT);
    // consumed batches come back to be freed by the thread that allocated them (with
    // glibc's allocator, freeing another thread's memory costs more CPU than the writing
    // it overlaps)
    let (back_tx, back_rx) = std::sync::mpsc::channel::<Vec<gainsay_core::Reading>>();
    // set once every input was read without error: without it (an input error, or a
    // panic of the reading thread) the consumer stops without comparing, so no report of
    // part of the input is written as if it were the whole
    let completed = std::sync::atomic::AtomicBool::new(false);
    let reading = std::thread::scope(|scope| {
        let consumer = scope.spawn(|| {
            consume(
                rx,
                back_tx,
                format,
                explain,
                &comparer,
                progress.as_ref(),
                &completed,
            )
        });
        let mut batch: Vec<gainsay_core::Document> = Vec::new();
        let mut batch_bytes = 0usize;
        // false once the consumer has stopped (on an output error, which it returns)
        let flush = |batch: &mut Vec<gainsay_core::Document>| {
            back_rx.try_iter().for_each(drop);
            let readings = reader.read_all(batch);
            batch.clear();
            tx.send(readings).is_ok()
        };
        // a flush fails once the consumer has stopped: then nothing more is parsed
        let mut read = || -> Result<(), Failure> {
            for_each_doc_in(paths, quiet, &mut skipped, &mut |doc| {
                docs += 1;
                batch_bytes += doc.text.len();
                batch.push(doc);
                if batch.len() >= BATCH_DOCS || batch_bytes >= BATCH_BYTES {
                    batch_bytes = 0;
                    return flush(&mut batch);
                }
                true
            })?;
            flush(&mut batch);
            Ok(())
        };
        let read = read();
        if read.is_ok() {
            completed.store(true, std::sync::atomic::Ordering::Release);
        }
        // all is read: the lexicons' memory goes back to the allocator before the
        // comparison (whose allocations reuse it) rather than at the end
        drop(reader);
        drop(tx);
        // the last batches come back (the consumer drops its sender before comparing) and
        // are freed here, not kept through the comparison
        back_rx.iter().for_each(drop);
        let consumed = consumer.join().expect("the consumer thread does not panic");
        read.and(consumed)
    });
    if let Some(p) = &progress {
        p.finish_and_clear();
    }
    let consumed = reading?;
    summary(
        quiet,
        docs,
        consumed.statements,
        consumed.disputes,
        consumed.boilerplate,
        &skipped,
    );
    Ok(())
}

/// The second stage of `scan --format jsonl`: files each document's statements in an
/// [`Index`] and writes the conflicts they bring and take back, flushed after each
/// document. Returns the statements, the disputes standing at the end (those `--format
/// json` reports) and the boilerplate lines skipped.
fn stream_conflicts(
    rx: std::sync::mpsc::Receiver<gainsay_core::Reading>,
    comparer: Comparer,
) -> Result<(usize, usize, usize), Failure> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut index = Index::new(comparer);
    let mut boiler = 0usize;
    for mut reading in rx {
        boiler += reading.boilerplate_lines + reading.duplicate_lines;
        for (k, s) in reading.statements.iter_mut().enumerate() {
            s.id = format!("{}/s{}", s.doc, k);
        }
        let update = index.add(reading.statements);
        let st = index.statements();
        // retractions first, so that a consumer applying lines in order always holds the
        // batch result of the documents read so far
        let mut lines = (update.retracted.iter().map(|c| (c, true)))
            .chain(update.new.iter().map(|c| (c, false)));
        // on an output error, stop: dropping the receiver stops the reading
        lines
            .try_for_each(|(c, retracted)| report::write_conflict_line(&mut out, st, c, retracted))
            .and_then(|_| out.flush())
            .map_err(out_err)?;
    }
    Ok((index.statements().len(), index.disputes().len(), boiler))
}

/// Read batches waiting to be consumed, at most (see [`scan`]).
const BATCHES_IN_FLIGHT: usize = 1;

/// What the consuming stage of [`scan`] counted.
struct Consumed {
    statements: usize,
    disputes: usize,
    boilerplate: usize,
}

/// The second stage of [`scan`]: takes the readings of each batch as they come, then
/// compares all their statements and writes the report to standard output.
fn consume(
    rx: std::sync::mpsc::Receiver<Vec<gainsay_core::Reading>>,
    back: std::sync::mpsc::Sender<Vec<gainsay_core::Reading>>,
    format: Format,
    explain: bool,
    comparer: &Comparer,
    progress: Option<&indicatif::ProgressBar>,
    completed: &std::sync::atomic::AtomicBool,
) -> Result<Consumed, Failure> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut kept: Vec<Statement> = Vec::new();
    let mut briefs = Briefs::new();
    let mut n_statements = 0usize;
    let mut boiler = 0usize;
    let mut json = if format == Format::Json {
        Some(report::ScanJsonWriter::new(&mut out).map_err(out_err)?)
    } else {
        None
    };
    for mut readings in rx {
        for reading in &mut readings {
            boiler += reading.boilerplate_lines + reading.duplicate_lines;
            n_statements += reading.statements.len();
            match json.as_mut() {
                Some(w) => {
                    for s in &reading.statements {
                        // on an output error, stop: dropping the receiver stops the reading
                        w.statement(s).map_err(out_err)?;
                        briefs.push(s);
                    }
                }
                None => kept.append(&mut reading.statements),
            }
        }
        // to be freed by the reading thread (once it is done, here)
        if let Err(e) = back.send(readings) {
            drop(e.0);
        }
        if let Some(p) = progress {
            p.set_message(format!("{n_statements} statements"));
            p.tick();
        }
    }
    drop(back);
    // the input failed (or the reading thread panicked): its error is reported, not a
    // report of what was read before it (the flag is set before the channel closes)
    if !completed.load(std::sync::atomic::Ordering::Acquire) {
        return Ok(Consumed {
            statements: n_statements,
            disputes: 0,
            boilerplate: boiler,
        });
    }
    let n_disputes = match json {
        Some(w) => {
            let disputes = comparer.disputes_of_briefs(&briefs);
            w.finish(&briefs, &disputes).map_err(out_err)?;
            disputes.len()
        }
        None => {
            let disputes = comparer.disputes(&kept);
            out.write_all(report::text_report(&kept, &disputes, explain).as_bytes())
                .map_err(out_err)?;
            disputes.len()
        }
    };
    out.flush().map_err(out_err)?;
    Ok(Consumed {
        statements: n_statements,
        disputes: n_disputes,
        boilerplate: boiler,
    })
}

fn timex(path: &str, quiet: bool) -> Result<(), Failure> {
    let tagger =
        gainsay_time::TimeTagger::new().map_err(|e| gainsay_core::Error::Time(e.to_string()))?;
    let mut skipped = Skipped::default();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut docs = 0;
    let mut n = 0;
    let mut werr = None;
    for_each_doc(path, quiet, &mut skipped, &mut |doc| {
        docs += 1;
        let tx = tagger.tag(&doc.text, doc.published);
        n += tx.len();
        let v = serde_json::json!({"id": doc.id, "timexes": tx});
        if let Err(e) = writeln!(out, "{v}") {
            werr = Some(e);
            return false;
        }
        true
    })?;
    if let Some(e) = werr {
        return Err(out_err(e));
    }
    out.flush().map_err(out_err)?;
    if !quiet {
        let sk = if skipped.total() == 0 {
            "nothing".to_string()
        } else {
            format!("{:?}", skipped.by_reason)
        };
        eprintln!("gainsay: read {docs} documents, {n} time expressions; skipped: {sk}");
    }
    Ok(())
}

fn pair_comparer() -> Result<gainsay_compare::PairComparer, Failure> {
    Ok(gainsay_compare::PairComparer::new(
        Reader::new()?,
        gainsay_compare::PairConfig::default(),
    ))
}

fn io_input(path: &str, e: std::io::Error) -> Failure {
    Failure::Input(InputError::Io {
        path: path.to_string(),
        source: e,
    })
}

fn run_pairs(path: &str, quiet: bool) -> Result<(), Failure> {
    let comparer = pair_comparer()?;
    let mut bad = 0usize;
    let rows = pairs::read_pairs(path, quiet, &mut bad).map_err(|e| io_input(path, e))?;
    let mut cache = pairs::Cache::new(&comparer);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut n_conf = 0usize;
    for p in &rows {
        let v = cache.verdict(p);
        n_conf += usize::from(v.conflict);
        writeln!(out, "{}", pairs::verdict_json(p, &v)).map_err(out_err)?;
    }
    out.flush().map_err(out_err)?;
    if !quiet {
        eprintln!(
            "gainsay: {} pairs, {n_conf} conflicts; skipped: {bad} malformed lines",
            rows.len()
        );
    }
    Ok(())
}

fn run_eval(what: EvalCmd, quiet: bool) -> Result<(), Failure> {
    match what {
        EvalCmd::Pairs { path, show } => {
            let comparer = pair_comparer()?;
            eval::pairs(&comparer, &path, show, quiet).map_err(|e| io_input(&path, e))
        }
        EvalCmd::Timex { path } => eval::timex(&path, quiet).map_err(|e| io_input(&path, e)),
    }
}
