//! Reports: the JSON that `gainsay scan --format json` prints, and the text report a
//! fact-checker reads.

use crate::brief::Set;
use crate::{explanation_in, Briefs, Conflict, Dispute};
use gainsay_core::{Statement, TimeRef};
use serde_json::{json, Map, Value};
use std::fmt::Write as _;

fn time_json(r: &TimeRef) -> Value {
    json!({"span": r.span, "interval": r.interval.to_string(),
           "start": r.interval.start.map(|d| d.to_string()),
           "end": r.interval.end.map(|d| d.to_string())})
}

/// One statement as a JSON object (the `statements` entries of the scan format).
pub fn statement_json(s: &Statement) -> Value {
    let p = &s.proposition;
    let mut m = Map::new();
    m.insert("id".into(), json!(s.id));
    m.insert("doc".into(), json!(s.doc));
    m.insert("span".into(), json!(s.span));
    m.insert("text".into(), json!(s.text));
    m.insert("holder".into(), json!(s.holder.canonical()));
    m.insert("holder_entities".into(), json!(s.holder.entities));
    m.insert("holder_surface".into(), json!(s.holder.surface));
    m.insert("speaker".into(), json!(s.holder.speaker));
    m.insert("stance".into(), json!(s.stance));
    m.insert("polarity".into(), json!(s.polarity));
    m.insert("side".into(), json!(s.side()));
    m.insert("actor".into(), json!(p.actor));
    m.insert("predicate".into(), json!(p.predicate));
    m.insert("predicate_class".into(), json!(p.predicate_class));
    m.insert("object".into(), json!(p.object));
    m.insert("object_class".into(), json!(p.object_class));
    m.insert("recipient".into(), json!(p.recipient));
    m.insert("object_origin".into(), json!(p.object_origin));
    m.insert("quantity".into(), json!(s.quantity));
    m.insert("modality".into(), json!(s.modality));
    m.insert("rule".into(), json!(s.rule));
    m.insert("slots".into(), json!(s.slots));
    m.insert("source".into(), json!(s.source));
    m.insert(
        "published".into(),
        json!(s.published.map(|d| d.to_string())),
    );
    m.insert(
        "claim_time".into(),
        json!(s.times.claim.map(|i| i.to_string())),
    );
    m.insert(
        "event_times".into(),
        Value::Array(s.times.event.iter().map(time_json).collect()),
    );
    Value::Object(m)
}

/// A borrowed view of a statement, serialised field by field (no intermediate JSON tree).
#[derive(serde::Serialize)]
struct StatementView<'a> {
    id: &'a str,
    doc: &'a str,
    span: gainsay_core::Span,
    text: &'a str,
    holder: String,
    holder_entities: &'a [String],
    holder_surface: &'a str,
    speaker: Option<&'a str>,
    stance: gainsay_core::Stance,
    polarity: gainsay_core::Polarity,
    side: gainsay_core::Side,
    actor: Option<&'a str>,
    predicate: &'a str,
    predicate_class: Option<&'a str>,
    object: Option<&'a str>,
    object_class: Option<&'a str>,
    recipient: Option<&'a str>,
    object_origin: Option<&'a str>,
    quantity: Option<&'a str>,
    modality: Option<gainsay_core::Modality>,
    rule: &'a str,
    slots: &'a gainsay_core::Slots,
    source: Option<&'a str>,
    published: Option<String>,
    claim_time: Option<String>,
    event_times: Vec<TimeView>,
}

#[derive(serde::Serialize)]
struct TimeView {
    span: gainsay_core::Span,
    interval: String,
    start: Option<String>,
    end: Option<String>,
}

/// Writes `s` as a JSON string, as serde_json does: a string with nothing to escape (no
/// quote, backslash or control byte: almost all) is copied at once, the others go through
/// serde_json.
fn write_str<W: std::io::Write>(w: &mut W, s: &str) -> std::io::Result<()> {
    // a branch-free test per 16-byte chunk (vectorised), not serde_json's per-byte loop
    let plain = s.as_bytes().chunks(16).all(|c| {
        !c.iter().fold(false, |bad, &b| {
            bad | (b < 0x20) | (b == b'"') | (b == b'\\')
        })
    });
    if plain {
        w.write_all(b"\"")?;
        w.write_all(s.as_bytes())?;
        w.write_all(b"\"")
    } else {
        serde_json::to_writer(w, s).map_err(std::io::Error::from)
    }
}

fn write_opt_str<W: std::io::Write>(w: &mut W, s: Option<&str>) -> std::io::Result<()> {
    match s {
        Some(s) => write_str(w, s),
        None => w.write_all(b"null"),
    }
}

/// `[start,end]`, as serde_json writes a [`gainsay_core::Span`].
fn write_span<W: std::io::Write>(w: &mut W, span: gainsay_core::Span) -> std::io::Result<()> {
    let mut buf = [0u8; 43];
    let mut n = buf.len();
    buf[n - 1] = b']';
    n -= 1;
    for (k, x) in [span.end, span.start].into_iter().enumerate() {
        n = crate::digits_before(&mut buf, n, x);
        n -= 1;
        buf[n] = if k == 0 { b',' } else { b'[' };
    }
    w.write_all(&buf[n..])
}

/// The present slots, as serde_json writes [`gainsay_core::Slots`] (absent ones skipped;
/// the unit test lists every field, so that a new one does not go unwritten).
fn write_slots<W: std::io::Write>(w: &mut W, s: &gainsay_core::Slots) -> std::io::Result<()> {
    let mut first = true;
    for (name, span) in [
        (&b"\"holder\":"[..], s.holder),
        (b"\"cue\":", s.cue),
        (b"\"actor\":", s.actor),
        (b"\"predicate\":", s.predicate),
        (b"\"object\":", s.object),
        (b"\"recipient\":", s.recipient),
    ] {
        let Some(span) = span else { continue };
        w.write_all(if first { b"{" } else { b"," })?;
        first = false;
        w.write_all(name)?;
        write_span(w, span)?;
    }
    w.write_all(if first { b"{}" } else { b"}" })
}

fn write_json<W: std::io::Write, T: serde::Serialize + ?Sized>(
    w: &mut W,
    v: &T,
) -> std::io::Result<()> {
    serde_json::to_writer(w, v).map_err(std::io::Error::from)
}

/// Writes `v` exactly as `serde_json::to_writer(w, v)` does (compact, the fields in
/// order), its strings through [`write_str`].
fn write_view<W: std::io::Write>(w: &mut W, v: &StatementView<'_>) -> std::io::Result<()> {
    w.write_all(b"{\"id\":")?;
    write_str(w, v.id)?;
    w.write_all(b",\"doc\":")?;
    write_str(w, v.doc)?;
    w.write_all(b",\"span\":")?;
    write_span(w, v.span)?;
    w.write_all(b",\"text\":")?;
    write_str(w, v.text)?;
    w.write_all(b",\"holder\":")?;
    write_str(w, &v.holder)?;
    w.write_all(b",\"holder_entities\":[")?;
    for (i, e) in v.holder_entities.iter().enumerate() {
        if i > 0 {
            w.write_all(b",")?;
        }
        write_str(w, e)?;
    }
    w.write_all(b"],\"holder_surface\":")?;
    write_str(w, v.holder_surface)?;
    w.write_all(b",\"speaker\":")?;
    write_opt_str(w, v.speaker)?;
    w.write_all(b",\"stance\":")?;
    write_str(w, v.stance.name())?;
    w.write_all(b",\"polarity\":")?;
    write_str(
        w,
        match v.polarity {
            gainsay_core::Polarity::Positive => "positive",
            gainsay_core::Polarity::Negative => "negative",
        },
    )?;
    w.write_all(b",\"side\":")?;
    write_str(
        w,
        match v.side {
            gainsay_core::Side::Affirmed => "affirmed",
            gainsay_core::Side::Denied => "denied",
            gainsay_core::Side::Neither => "neither",
        },
    )?;
    w.write_all(b",\"actor\":")?;
    write_opt_str(w, v.actor)?;
    w.write_all(b",\"predicate\":")?;
    write_str(w, v.predicate)?;
    w.write_all(b",\"predicate_class\":")?;
    write_opt_str(w, v.predicate_class)?;
    w.write_all(b",\"object\":")?;
    write_opt_str(w, v.object)?;
    w.write_all(b",\"object_class\":")?;
    write_opt_str(w, v.object_class)?;
    w.write_all(b",\"recipient\":")?;
    write_opt_str(w, v.recipient)?;
    w.write_all(b",\"object_origin\":")?;
    write_opt_str(w, v.object_origin)?;
    w.write_all(b",\"quantity\":")?;
    write_opt_str(w, v.quantity)?;
    w.write_all(b",\"modality\":")?;
    write_opt_str(w, v.modality.map(|m| m.name()))?;
    w.write_all(b",\"rule\":")?;
    write_str(w, v.rule)?;
    w.write_all(b",\"slots\":")?;
    write_slots(w, v.slots)?;
    w.write_all(b",\"source\":")?;
    write_opt_str(w, v.source)?;
    w.write_all(b",\"published\":")?;
    write_opt_str(w, v.published.as_deref())?;
    w.write_all(b",\"claim_time\":")?;
    write_opt_str(w, v.claim_time.as_deref())?;
    w.write_all(b",\"event_times\":")?;
    if v.event_times.is_empty() {
        w.write_all(b"[]")?;
    } else {
        write_json(w, &v.event_times)?;
    }
    w.write_all(b"}")
}

fn view(s: &Statement) -> StatementView<'_> {
    let p = &s.proposition;
    StatementView {
        id: &s.id,
        doc: &s.doc,
        span: s.span,
        text: &s.text,
        holder: s.holder.canonical(),
        holder_entities: &s.holder.entities,
        holder_surface: &s.holder.surface,
        speaker: s.holder.speaker.as_deref(),
        stance: s.stance,
        polarity: s.polarity,
        side: s.side(),
        actor: p.actor.as_deref(),
        predicate: &p.predicate,
        predicate_class: p.predicate_class.as_deref(),
        object: p.object.as_deref(),
        object_class: p.object_class.as_deref(),
        recipient: p.recipient.as_deref(),
        object_origin: p.object_origin.as_deref(),
        quantity: s.quantity.as_deref(),
        modality: s.modality,
        rule: s.rule,
        slots: &s.slots,
        source: s.source.as_deref(),
        published: s.published.map(|d| d.to_string()),
        claim_time: s.times.claim.map(|i| i.to_string()),
        event_times: s
            .times
            .event
            .iter()
            .map(|r| TimeView {
                span: r.span,
                interval: r.interval.to_string(),
                start: r.interval.start.map(|d| d.to_string()),
                end: r.interval.end.map(|d| d.to_string()),
            })
            .collect(),
    }
}

/// Writes the scan output `{"statements": [...], "disputes": [...]}` to `w`, one statement
/// at a time (memory stays flat however many statements there are).
///
/// # Errors
///
/// The writer's errors.
pub fn write_scan_json<W: std::io::Write>(
    w: W,
    st: &[Statement],
    disputes: &[Dispute],
) -> std::io::Result<()> {
    let mut out = ScanJsonWriter::new(w)?;
    for s in st {
        out.statement(s)?;
    }
    out.w.write_all(b"],\n\"disputes\": [")?;
    write_disputes(&mut out.w, st, disputes)?;
    out.w.write_all(b"]}\n")
}

/// Writes the scan output (as [`write_scan_json`]) while statements are read: each
/// statement is written as it arrives and can then be dropped, keeping only its
/// [`Briefs`] entry; the disputes come last.
///
/// ```
/// use gainsay_core::{Document, Reader};
/// use gainsay_compare::{report::ScanJsonWriter, Briefs, Comparer};
///
/// let reader = Reader::new()?;
/// let mut out = ScanJsonWriter::new(Vec::new())?;
/// let mut briefs = Briefs::new();
/// for s in reader.read(&Document::new("a", "Iran denied supplying drones.")).statements {
///     out.statement(&s)?;
///     briefs.push(&s);
/// }
/// let disputes = Comparer::default().disputes_of_briefs(&briefs);
/// let json = out.finish(&briefs, &disputes)?;
/// assert!(json.starts_with(b"{\"statements\": ["));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug)]
pub struct ScanJsonWriter<W: std::io::Write> {
    w: W,
    statements: usize,
}

impl<W: std::io::Write> ScanJsonWriter<W> {
    /// Starts the output.
    ///
    /// # Errors
    ///
    /// The writer's errors.
    pub fn new(mut w: W) -> std::io::Result<ScanJsonWriter<W>> {
        w.write_all(b"{\"statements\": [")?;
        Ok(ScanJsonWriter { w, statements: 0 })
    }

    /// Writes one statement.
    ///
    /// # Errors
    ///
    /// The writer's errors.
    pub fn statement(&mut self, s: &Statement) -> std::io::Result<()> {
        if self.statements > 0 {
            self.w.write_all(b",\n")?;
        }
        self.statements += 1;
        write_view(&mut self.w, &view(s))
    }

    /// Writes the disputes among the statements written (whose briefs are `briefs`, in
    /// the same order) and ends the output; returns the writer.
    ///
    /// # Errors
    ///
    /// The writer's errors.
    pub fn finish(mut self, briefs: &Briefs, disputes: &[Dispute]) -> std::io::Result<W> {
        self.w.write_all(b"],\n\"disputes\": [")?;
        write_disputes(&mut self.w, briefs, disputes)?;
        self.w.write_all(b"]}\n")?;
        Ok(self.w)
    }
}

/// Writes one line of `gainsay scan --format jsonl` for conflict `c` among `st`: the
/// value [`conflict_line_json`] builds, without building it (the conflict's keys in
/// sorted order, each statement's as the scan format writes them): the conflict with
/// both statements in full, or with `retracted`, the same wrapped as
/// `{"retracted": …}`; ends with a newline.
///
/// # Errors
///
/// The writer's errors.
pub fn write_conflict_line<W: std::io::Write>(
    w: &mut W,
    st: &[Statement],
    c: &Conflict,
    retracted: bool,
) -> std::io::Result<()> {
    if retracted {
        w.write_all(b"{\"retracted\":")?;
    }
    w.write_all(b"{\"a\":")?;
    write_view(w, &view(&st[c.a]))?;
    w.write_all(b",\"b\":")?;
    write_view(w, &view(&st[c.b]))?;
    w.write_all(b",\"explanation\":")?;
    write_str(w, &c.explanation(st))?;
    w.write_all(b",\"kind\":")?;
    write_json(w, &c.kind)?;
    w.write_all(b",\"score\":")?;
    write_json(w, &c.score)?;
    w.write_all(if retracted { b"}}\n" } else { b"}\n" })
}

/// One line of `gainsay scan --format jsonl` as a JSON value (see
/// [`write_conflict_line`], which writes it faster).
pub fn conflict_line_json(st: &[Statement], c: &Conflict, retracted: bool) -> Value {
    let v = json!({
        "kind": c.kind, "score": c.score, "explanation": c.explanation(st),
        "a": statement_json(&st[c.a]), "b": statement_json(&st[c.b]),
    });
    if retracted {
        json!({ "retracted": v })
    } else {
        v
    }
}

fn write_disputes<W: std::io::Write, S: Set + ?Sized>(
    mut w: W,
    st: &S,
    disputes: &[Dispute],
) -> std::io::Result<()> {
    for (i, d) in disputes.iter().enumerate() {
        if i > 0 {
            w.write_all(b",\n")?;
        }
        write_dispute(&mut w, st, d)?;
    }
    Ok(())
}

/// Writes `d` exactly as `serde_json::to_writer(w, &dispute_json_in(st, d))` does (the
/// keys of a `json!` object in sorted order), without building the JSON tree.
fn write_dispute<W: std::io::Write, S: Set + ?Sized>(
    w: &mut W,
    st: &S,
    d: &Dispute,
) -> std::io::Result<()> {
    let ids = |w: &mut W, is: &[usize]| -> std::io::Result<()> {
        for (k, &i) in is.iter().enumerate() {
            if k > 0 {
                w.write_all(b",")?;
            }
            write_str(w, &st.id(i))?;
        }
        Ok(())
    };
    let p = st.proposition(d.representative);
    let key = crate::key_in(d, st);
    w.write_all(b"{\"affirmed\":[")?;
    ids(w, &d.affirmed)?;
    w.write_all(b"],\"conflicts\":[")?;
    for (k, c) in d.conflicts.iter().enumerate() {
        w.write_all(if k > 0 { b",{\"a\":" } else { b"{\"a\":" })?;
        write_str(w, &st.id(c.a))?;
        w.write_all(b",\"b\":")?;
        write_str(w, &st.id(c.b))?;
        w.write_all(b",\"explanation\":")?;
        write_str(w, &explanation_in(c, st))?;
        w.write_all(b",\"kind\":")?;
        write_json(w, &c.kind)?;
        w.write_all(b",\"score\":")?;
        write_json(w, &((c.score * 1000.0).round() / 1000.0))?;
        w.write_all(b"}")?;
    }
    w.write_all(b"],\"denied\":[")?;
    ids(w, &d.denied)?;
    w.write_all(b"],\"id\":")?;
    w.write_all(b"\"D")?;
    let mut digits = [0u8; 20];
    let k = crate::digits_before(&mut digits, 20, d.number);
    w.write_all(&digits[k..])?;
    w.write_all(b"\",\"pairs_examined\":")?;
    write_json(w, &d.pairs_examined)?;
    w.write_all(b",\"proposition\":{\"actor\":")?;
    write_opt_str(w, p.actor.as_deref())?;
    w.write_all(b",\"object\":")?;
    write_opt_str(w, p.object.as_deref())?;
    w.write_all(b",\"object_class\":")?;
    write_str(w, &key.object)?;
    w.write_all(b",\"predicate\":")?;
    write_str(w, &key.predicate)?;
    w.write_all(b",\"recipient\":")?;
    write_opt_str(w, p.recipient.as_deref())?;
    w.write_all(b"}}")
}

fn conflict_json<S: Set + ?Sized>(st: &S, c: &Conflict) -> Value {
    json!({"a": st.id(c.a), "b": st.id(c.b), "kind": c.kind, "score": (c.score * 1000.0).round() / 1000.0,
           "explanation": explanation_in(c, st)})
}

/// One dispute as a JSON object.
pub fn dispute_json(st: &[Statement], d: &Dispute) -> Value {
    dispute_json_in(st, d)
}

fn dispute_json_in<S: Set + ?Sized>(st: &S, d: &Dispute) -> Value {
    let p = st.proposition(d.representative);
    let key = crate::key_in(d, st);
    json!({
        "id": d.id(),
        "proposition": {"actor": p.actor, "predicate": key.predicate, "object": p.object,
                         "object_class": key.object, "recipient": p.recipient},
        "affirmed": d.affirmed.iter().map(|&i| st.id(i)).collect::<Vec<_>>(),
        "denied": d.denied.iter().map(|&i| st.id(i)).collect::<Vec<_>>(),
        "conflicts": d.conflicts.iter().map(|c| conflict_json(st, c)).collect::<Vec<_>>(),
        "pairs_examined": d.pairs_examined,
    })
}

/// The whole scan output: `{"statements": [...], "disputes": [...]}`.
pub fn scan_json(st: &[Statement], disputes: &[Dispute]) -> Value {
    json!({
        "statements": st.iter().map(statement_json).collect::<Vec<_>>(),
        "disputes": disputes.iter().map(|d| dispute_json(st, d)).collect::<Vec<_>>(),
    })
}

fn line(s: &Statement, explain: bool) -> String {
    let date = s
        .published
        .map(|d| d.to_string())
        .unwrap_or_else(|| "undated".into());
    let src = s.source.clone().unwrap_or_else(|| s.doc.clone());
    let mut who = s.holder.canonical();
    if let Some(sp) = &s.holder.speaker {
        if !who.contains(sp.as_str()) {
            who = format!("{who} ({sp})");
        }
    }
    let mut out = format!(
        "  - [{}] {src}, {date}: {who} {}{}: \"{}\"",
        s.id,
        s.stance,
        if s.polarity == gainsay_core::Polarity::Negative {
            " (negated)"
        } else {
            ""
        },
        s.text
    );
    if explain {
        let _ = write!(
            out,
            "\n      rule {} span {}..{}",
            s.rule, s.span.start, s.span.end
        );
        for (name, sp) in [
            ("holder", s.slots.holder),
            ("actor", s.slots.actor),
            ("predicate", s.slots.predicate),
            ("object", s.slots.object),
            ("recipient", s.slots.recipient),
        ] {
            if let Some(sp) = sp {
                let _ = write!(out, "; {name} {}..{}", sp.start, sp.end);
            }
        }
        for t in &s.times.event {
            let _ = write!(out, "; event time {}", t.interval);
        }
    }
    out
}

/// The text report: each dispute, its sides with evidence, its conflicts.
pub fn text_report(st: &[Statement], disputes: &[Dispute], explain: bool) -> String {
    let mut out = String::new();
    if disputes.is_empty() {
        out.push_str("No disputes found.\n");
    }
    for d in disputes {
        let p = d.proposition(st);
        let story = |i: &usize| st[*i].rule == gainsay_core::headline::HEADLINE_RULE;
        if d.affirmed.iter().chain(&d.denied).all(story) && !d.denied.is_empty() {
            // story matching: headlines as wholes, no proposition to ask about
            let told = d.denied.first().map_or("", |&i| st[i].text.as_str());
            let _ = writeln!(out, "{}: is the story true? (\"{told}\")", d.id());
        } else {
            let key = d.key(st);
            let _ = writeln!(
                out,
                "{}: did {} {} {}{}?",
                d.id(),
                p.actor.as_deref().unwrap_or("?"),
                key.predicate,
                key.object,
                p.recipient
                    .as_ref()
                    .map(|r| format!(" to {r}"))
                    .unwrap_or_default()
            );
        }
        let _ = writeln!(out, " affirmed by {}:", d.affirmed.len());
        for &i in &d.affirmed {
            let _ = writeln!(out, "{}", line(&st[i], explain));
        }
        let _ = writeln!(out, " denied by {}:", d.denied.len());
        for &i in &d.denied {
            let _ = writeln!(out, "{}", line(&st[i], explain));
        }
        let _ = writeln!(out, " conflicts:");
        for c in &d.conflicts {
            let _ = writeln!(
                out,
                "  * {} ({:.2}) {} vs {}: {}",
                c.kind,
                c.score,
                st[c.a].id,
                st[c.b].id,
                c.explanation(st)
            );
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn write_conflict_line_is_serde_json() {
        let reader = gainsay_core::Reader::new().expect("embedded lexicons");
        let docs = [
            (
                "a",
                "Iran denied that it sent \"drones\" to Russia on Monday.",
            ),
            (
                "b",
                "Iran sent drones to Russia last week, officials said.\u{1}",
            ),
        ];
        let st = crate::read_statements(&reader, &docs);
        let disputes = crate::Comparer::default().disputes(&st);
        let conflicts: Vec<&Conflict> = disputes.iter().flat_map(|d| &d.conflicts).collect();
        assert!(!conflicts.is_empty());
        let mut odd = conflicts[0].clone();
        odd.score = 0.1 + 0.2;
        for c in conflicts.into_iter().chain([&odd]) {
            for retracted in [false, true] {
                let mut ours = Vec::new();
                write_conflict_line(&mut ours, &st, c, retracted).unwrap();
                let line = String::from_utf8(ours).unwrap();
                assert!(line.ends_with('\n') && line.matches('\n').count() == 1);
                let parsed: Value = serde_json::from_str(&line).unwrap();
                assert_eq!(parsed, conflict_line_json(&st, c, retracted));
                // each statement as the scan format writes it
                let mut a = Vec::new();
                write_view(&mut a, &view(&st[c.a])).unwrap();
                let a = String::from_utf8(a).unwrap();
                assert!(line.contains(&format!("{{\"a\":{a},\"b\":")), "{line}");
            }
        }
    }

    #[test]
    fn write_view_is_serde_json() {
        let reader = gainsay_core::Reader::new().expect("embedded lexicons");
        let text = "Iran denied supplying \"kamikaze\" drones to Russia.\n\
                    The Kremlin\\Moscow said\tthat Iran \u{1}sent drones, \u{201c}Ministry\u{201d} says.\n\
                    Officials in Kyiv reported on Monday that Iran shipped 400 drones last week.";
        let mut doc = gainsay_core::Document::new("d\"1", text);
        doc.source = Some("Agence \"France\"".into());
        doc.published = "2022-10-18".parse().ok();
        let reading = reader.read(&doc);
        assert!(reading.statements.len() >= 3);
        for s in &reading.statements {
            let mut ours = Vec::new();
            write_view(&mut ours, &view(s)).unwrap();
            let theirs = serde_json::to_vec(&view(s)).unwrap();
            assert_eq!(
                String::from_utf8(ours).unwrap(),
                String::from_utf8(theirs).unwrap()
            );
        }
        let span = |a: usize| Some(gainsay_core::Span::new(a, a + 3));
        let all = gainsay_core::Slots {
            holder: span(1),
            cue: span(20),
            actor: span(300),
            predicate: span(4000),
            object: span(50000),
            recipient: span(600000),
        };
        let mut some = all;
        (some.holder, some.predicate, some.recipient) = (None, None, None);
        for slots in [all, some, gainsay_core::Slots::default()] {
            let mut ours = Vec::new();
            write_slots(&mut ours, &slots).unwrap();
            assert_eq!(ours, serde_json::to_vec(&slots).unwrap());
        }
        let docs = [
            ("a", "Iran supplied drones to Russia, officials said."),
            (
                "b",
                "Iran denied supplying \"drones\" to Russia.\nIran has not supplied drones.",
            ),
            (
                "c",
                "The Pentagon said Iran supplied drones to Russia in August.",
            ),
        ];
        let st = crate::read_statements(&reader, &docs);
        let disputes = crate::Comparer::default().disputes(&st);
        assert!(!disputes.is_empty());
        for d in &disputes {
            let mut ours = Vec::new();
            write_dispute(&mut ours, &st[..], d).unwrap();
            let theirs = serde_json::to_vec(&dispute_json_in(&st[..], d)).unwrap();
            assert_eq!(
                String::from_utf8(ours).unwrap(),
                String::from_utf8(theirs).unwrap()
            );
        }
        let mut big = Vec::new();
        let span = gainsay_core::Span::new(usize::MAX, 0);
        write_span(&mut big, span).unwrap();
        assert_eq!(big, serde_json::to_vec(&span).unwrap());
    }
}
