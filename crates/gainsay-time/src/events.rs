//! A calendar of widely reported events, and the event-time resolver.

use aho_corasick::{packed, AhoCorasick, AhoCorasickKind, Input, MatchKind};
use jiff::civil::Date;
use jiff::Span;

use crate::error::TimeError;
use crate::interval::Interval;
use crate::tagger::{TimeTagger, Timex, TimexType};

const BUILTIN_EVENTS: &str = include_str!("../data/events.tsv");
const BUILTIN_TRIGGERS: &str = include_str!("../data/triggers.tsv");

/// A dated event of the calendar.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Event {
    /// A short identifier (`ukraine-invasion-2022`).
    pub id: String,
    /// The interval the event covers: `[start, end)`, `end` open for ongoing events.
    pub interval: Interval,
    /// The phrases naming the event (lower case).
    pub aliases: Vec<String>,
    /// Words one of which must occur in a document for an alias to resolve (lower case).
    pub context: Vec<String>,
}

impl Event {
    /// The day the event began.
    pub fn start(&self) -> Option<Date> {
        self.interval.start
    }
}

/// An occurrence of an event alias in a text.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Anchor {
    /// Byte offset of the alias.
    pub start: usize,
    /// Byte offset one past the alias.
    pub end: usize,
    /// The event's identifier.
    pub id: String,
    /// The interval of the event.
    pub interval: Interval,
    /// The matched text.
    pub text: String,
}

/// Builds an [`EventCalendar`].
#[derive(Debug, Clone, Default)]
pub struct EventCalendarBuilder {
    events: Vec<Event>,
}

fn parse_date(s: &str) -> Option<Date> {
    s.trim().parse().ok()
}

impl EventCalendarBuilder {
    /// A builder holding the built-in events.
    ///
    /// # Errors
    ///
    /// Fails only if the built-in data is malformed.
    pub fn new() -> Result<Self, TimeError> {
        EventCalendarBuilder::default().add_events("events.tsv", BUILTIN_EVENTS)
    }

    /// A builder with no events.
    pub fn empty() -> Self {
        EventCalendarBuilder::default()
    }

    /// Adds events: lines of `id<TAB>start<TAB>end<TAB>alias|alias...<TAB>context|context...`
    /// (`end` is a date, `-` for a one-day event or `open`; the context column may be empty).
    ///
    /// # Errors
    ///
    /// Returns [`TimeError::Event`] naming `name` and the line of the first bad entry.
    pub fn add_events(mut self, name: &str, text: &str) -> Result<Self, TimeError> {
        for (k, raw) in text.lines().enumerate() {
            let line = raw.trim_end_matches('\r');
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let err = |reason: String| TimeError::Event {
                file: name.to_string(),
                line: k + 1,
                reason,
            };
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 4 || cols.len() > 5 {
                return Err(err(format!(
                    "expected 4 or 5 tab-separated columns (id, start, end, aliases, context), found {}",
                    cols.len()
                )));
            }
            let id = cols[0].trim();
            if id.is_empty() {
                return Err(err("empty id".into()));
            }
            let start = parse_date(cols[1])
                .ok_or_else(|| err(format!("start {:?} is not a date like 2022-02-24", cols[1])))?;
            let end = match cols[2].trim() {
                "-" | "" => Some(start.tomorrow().map_err(|e| err(e.to_string()))?),
                "open" => None,
                s => {
                    let e = parse_date(s).ok_or_else(|| {
                        err(format!("end {s:?} is not a date, \"-\" or \"open\""))
                    })?;
                    if e <= start {
                        return Err(err(format!("end {e} is not after start {start}")));
                    }
                    Some(e)
                }
            };
            let split = |s: &str| -> Vec<String> {
                s.split('|')
                    .map(|a| a.trim().to_ascii_lowercase())
                    .filter(|a| !a.is_empty())
                    .collect()
            };
            let aliases = split(cols[3]);
            if aliases.is_empty() {
                return Err(err("no aliases".into()));
            }
            if let Some(a) = aliases.iter().find(|a| !a.is_ascii()) {
                return Err(err(format!("alias {a:?} is not ascii")));
            }
            let context = cols.get(4).map(|c| split(c)).unwrap_or_default();
            self.events.push(Event {
                id: id.to_string(),
                interval: Interval::new(Some(start), end),
                aliases,
                context,
            });
        }
        Ok(self)
    }

    /// Builds the calendar.
    ///
    /// # Errors
    ///
    /// Returns [`TimeError::Matcher`] if the alias matcher cannot be built.
    pub fn build(self) -> Result<EventCalendar, TimeError> {
        let mut pats = Vec::new();
        let mut owner = Vec::new();
        for (i, e) in self.events.iter().enumerate() {
            for a in &e.aliases {
                pats.push(a.clone());
                owner.push(i);
            }
        }
        let ac = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .kind(Some(AhoCorasickKind::DFA))
            .match_kind(MatchKind::LeftmostLongest)
            .build(&pats)
            .map_err(|e| TimeError::Matcher(e.to_string()))?;
        let mut ctx_words: Vec<String> = self
            .events
            .iter()
            .flat_map(|e| e.context.iter().cloned())
            .collect();
        ctx_words.sort();
        ctx_words.dedup();
        let pre = Prefilter::new(&pats);
        let ctx = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(&ctx_words)
            .map_err(|e| TimeError::Matcher(e.to_string()))?;
        Ok(EventCalendar {
            events: self.events,
            pre,
            ac,
            owner,
            ctx,
            ctx_words,
        })
    }
}

/// Dated events and the phrases that name them.
#[derive(Debug, Clone)]
pub struct EventCalendar {
    events: Vec<Event>,
    pre: Option<Prefilter>,
    ac: AhoCorasick,
    owner: Vec<usize>,
    ctx: AhoCorasick,
    ctx_words: Vec<String>,
}

/// A fast search for one word of every alias (its longest run of letters and digits,
/// the last of equals; the whole alias when that run is shorter than 3 bytes): the
/// aliases can only occur around those words.
#[derive(Debug, Clone)]
struct Prefilter {
    anchors: packed::Searcher,
    /// How far from an anchor the alias holding it (or one overlapping it) may reach.
    margin: usize,
}

impl Prefilter {
    fn new(aliases: &[String]) -> Option<Prefilter> {
        let mut anchors: Vec<&str> = Vec::new();
        for a in aliases {
            let mut best = "";
            for run in a.split(|c: char| !c.is_ascii_alphanumeric()) {
                if run.len() >= best.len() {
                    best = run;
                }
            }
            anchors.push(if best.len() >= 3 { best } else { a });
        }
        anchors.sort_unstable();
        anchors.dedup();
        let longest = |v: &[&str]| v.iter().map(|a| a.len()).max().unwrap_or(0);
        let margin = longest(&anchors) + aliases.iter().map(String::len).max().unwrap_or(0);
        let anchors = packed::Config::new().builder().extend(&anchors).build()?;
        Some(Prefilter { anchors, margin })
    }

    /// The merged byte ranges of `text` around anchors, in order.
    fn windows(&self, text: &str) -> Vec<(usize, usize)> {
        let low = text.to_ascii_lowercase();
        let mut out: Vec<(usize, usize)> = Vec::new();
        for m in self.anchors.find_iter(low.as_bytes()) {
            let s = m.start().saturating_sub(self.margin);
            let e = (m.end() + self.margin).min(text.len());
            match out.last_mut() {
                Some(last) if s <= last.1 => last.1 = last.1.max(e),
                _ => out.push((s, e)),
            }
        }
        out
    }
}

fn word_bounded(text: &str, s: usize, e: usize) -> bool {
    let b = text.as_bytes();
    let ok = |c: u8| !c.is_ascii_alphanumeric();
    (s == 0 || ok(b[s - 1])) && (e >= b.len() || ok(b[e]))
}

impl EventCalendar {
    /// The calendar of built-in events.
    ///
    /// # Errors
    ///
    /// Fails only if the built-in data is malformed.
    pub fn new() -> Result<Self, TimeError> {
        EventCalendarBuilder::new()?.build()
    }

    /// A builder, to add events before building.
    ///
    /// # Errors
    ///
    /// Fails only if the built-in data is malformed.
    pub fn builder() -> Result<EventCalendarBuilder, TimeError> {
        EventCalendarBuilder::new()
    }

    /// The events.
    pub fn events(&self) -> &[Event] {
        &self.events
    }

    /// Finds the event aliases of `text` (ASCII case-insensitive, on word boundaries);
    /// an alias of an event with context words resolves only when one occurs in `text`.
    pub fn find(&self, text: &str) -> Vec<Anchor> {
        let mut present = vec![false; self.ctx_words.len()];
        let mut checked = false;
        let mut out = Vec::new();
        let windows = match &self.pre {
            Some(p) => p.windows(text),
            None => vec![(0, text.len())],
        };
        let matches = windows
            .into_iter()
            .flat_map(|(s, e)| self.ac.find_iter(Input::new(text).span(s..e)));
        for m in matches {
            let (s, e) = (m.start(), m.end());
            if !word_bounded(text, s, e) {
                continue;
            }
            let ev = &self.events[self.owner[m.pattern().as_usize()]];
            if !ev.context.is_empty() {
                if !checked {
                    for c in self.ctx.find_overlapping_iter(text) {
                        if word_bounded(text, c.start(), c.end()) {
                            present[c.pattern().as_usize()] = true;
                        }
                    }
                    checked = true;
                }
                let ok = ev.context.iter().any(|w| {
                    self.ctx_words
                        .binary_search(w)
                        .map(|k| present[k])
                        .unwrap_or(false)
                });
                if !ok {
                    continue;
                }
            }
            out.push(Anchor {
                start: s,
                end: e,
                id: ev.id.clone(),
                interval: ev.interval,
                text: text[s..e].to_string(),
            });
        }
        out
    }
}

/// How a trigger word relates an event to a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Relation {
    /// Before the start of the time ("before", "prior to").
    Before,
    /// No later than the end of the time ("until", "by").
    Until,
    /// After the end of the time ("after", "following").
    After,
    /// From the start of the time on ("since", "from").
    Since,
    /// Within the time ("in", "on", "during").
    Within,
}

impl Relation {
    fn parse(s: &str) -> Option<Relation> {
        Some(match s {
            "before" => Relation::Before,
            "until" => Relation::Until,
            "after" => Relation::After,
            "since" => Relation::Since,
            "within" => Relation::Within,
            _ => return None,
        })
    }

    /// The interval of an event standing in this relation to `t`.
    pub fn apply(self, t: &Interval) -> Interval {
        match self {
            Relation::Before => Interval::new(None, t.start),
            Relation::Until => Interval::new(None, t.end),
            Relation::After => Interval::new(t.end.or(t.start), None),
            Relation::Since => Interval::new(t.start, None),
            Relation::Within => *t,
        }
    }
}

/// A time reference found in a clause: where it is, and the interval it places the event in.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct TimeRef {
    /// Byte offset (in the document) of the reference, trigger word included.
    pub start: usize,
    /// Byte offset one past the reference.
    pub end: usize,
    /// The interval the reference places the event in.
    pub interval: Interval,
    /// The text of the reference.
    pub text: String,
    /// The relation its trigger expresses.
    pub relation: Relation,
    /// The calendar event it rests on, if any.
    pub event: Option<String>,
}

/// Places events in time from the time expressions and event anchors of a clause.
#[derive(Debug, Clone)]
pub struct EventTimeResolver<'a> {
    tagger: &'a TimeTagger,
    calendar: &'a EventCalendar,
    triggers: &'static [(Vec<String>, Relation)],
}

/// The built-in trigger words (longest first), parsed once.
fn builtin_triggers() -> &'static [(Vec<String>, Relation)] {
    static TRIGGERS: std::sync::OnceLock<Vec<(Vec<String>, Relation)>> = std::sync::OnceLock::new();
    TRIGGERS.get_or_init(|| {
        let mut triggers = Vec::new();
        for line in BUILTIN_TRIGGERS.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some((w, r)) = line.split_once('\t') {
                if let Some(r) = Relation::parse(r.trim()) {
                    let words = w.split_whitespace().map(str::to_ascii_lowercase).collect();
                    triggers.push((words, r));
                }
            }
        }
        triggers.sort_by_key(|t: &(Vec<String>, Relation)| std::cmp::Reverse(t.0.len()));
        triggers
    })
}

/// Parses a TIMEX3 duration value into a span and its smallest unit as a span of one.
fn duration_span(v: &str) -> Option<(Span, Span)> {
    // TimeML quarters are not ISO 8601: P2Q = P6M
    let (iso, q) = match v.strip_suffix('Q') {
        Some(n) => (String::new(), n.strip_prefix('P')?.parse::<i64>().ok()),
        None => (v.to_string(), None),
    };
    if let Some(q) = q {
        let s = Span::new().try_months(q.checked_mul(3)?).ok()?;
        return Some((s, Span::new().months(1)));
    }
    let s: Span = iso.parse().ok()?;
    let unit = if s.get_days() != 0 {
        Span::new().days(1)
    } else if s.get_weeks() != 0 {
        Span::new().weeks(1)
    } else if s.get_months() != 0 {
        Span::new().months(1)
    } else if s.get_years() != 0 {
        Span::new().years(1)
    } else {
        return None; // hours and below do not move a day interval
    };
    Some((s, unit))
}

impl<'a> EventTimeResolver<'a> {
    /// A resolver using the built-in trigger words.
    pub fn new(tagger: &'a TimeTagger, calendar: &'a EventCalendar) -> Self {
        EventTimeResolver {
            tagger,
            calendar,
            triggers: builtin_triggers(),
        }
    }

    /// The trigger ending right before byte `pos` of `text`: (its start, relation).
    fn trigger_before(&self, text: &str, pos: usize) -> Option<(usize, Relation)> {
        let head = text.get(..pos)?;
        let words: Vec<(usize, &str)> = {
            let mut v = Vec::new();
            let mut end = head.trim_end().len();
            for _ in 0..3 {
                let h = &head[..end];
                let s = h
                    .rfind(|c: char| !c.is_ascii_alphanumeric())
                    .map(|k| k + h[k..].chars().next().map_or(1, char::len_utf8))
                    .unwrap_or(0);
                if s == end {
                    break;
                }
                v.push((s, &head[s..end]));
                end = head[..s].trim_end().len();
                if end == s {
                    break;
                }
            }
            v
        };
        for (tw, rel) in self.triggers {
            if tw.len() > words.len() {
                continue;
            }
            let ok = tw
                .iter()
                .rev()
                .zip(words.iter())
                .all(|(t, (_, w))| w.eq_ignore_ascii_case(t));
            if ok {
                return Some((words[tw.len() - 1].0, *rel));
            }
        }
        None
    }

    /// The references of `text` (a clause or sentence starting at byte `offset` of its
    /// document), in text order: "in November 2022", "before the war began",
    /// "three months before the start of hostilities"...
    pub fn resolve(&self, text: &str, offset: usize, dct: Option<Date>) -> Vec<TimeRef> {
        let timexes = self.tagger.tag(text, dct);
        self.resolve_timexes(text, offset, &timexes)
    }

    /// Tags `text` once and resolves its references: `(timexes, refs)`, the same as
    /// `tagger.tag(text, dct)` and [`resolve`](Self::resolve) at half the cost.
    pub fn tag_and_resolve(
        &self,
        text: &str,
        offset: usize,
        dct: Option<Date>,
    ) -> (Vec<Timex>, Vec<TimeRef>) {
        let timexes = self.tagger.tag(text, dct);
        let refs = self.resolve_timexes(text, offset, &timexes);
        (timexes, refs)
    }

    /// As [`resolve`](Self::resolve), reusing `timexes`, the result of tagging exactly
    /// `text` (`tagger.tag(text, dct)`): the caller that already tagged the text does
    /// not pay for it twice.
    pub fn resolve_timexes(&self, text: &str, offset: usize, timexes: &[Timex]) -> Vec<TimeRef> {
        let anchors = self.calendar.find(text);
        // (start, end, interval, event id)
        let mut items: Vec<(usize, usize, Interval, Option<String>)> = Vec::new();
        let mut durations: Vec<(usize, usize, String)> = Vec::new();
        let mut consumed = vec![false; timexes.len()];
        // timexes by start offset, anchors by start with the running maximum of their ends:
        // each lookup below is a binary search, not a scan of the document (which made
        // resolving quadratic in a long document)
        let mut by_start: Vec<usize> = (0..timexes.len()).collect();
        by_start.sort_by_key(|&k| (timexes[k].start, k));
        let mut anchor_order: Vec<usize> = (0..anchors.len()).collect();
        anchor_order.sort_by_key(|&i| (anchors[i].start, i));
        let mut max_end: Vec<usize> = Vec::with_capacity(anchors.len());
        for &i in &anchor_order {
            let prev = max_end.last().copied().unwrap_or(0);
            max_end.push(prev.max(anchors[i].end));
        }
        let mut anchor_starts: std::collections::HashSet<usize> = Default::default();
        for a in &anchors {
            // "Russian troops invaded Ukraine in February 2022": the date describes the anchor
            // (only timexes after the anchor with at most "in", "on" or "," between: the
            // gap grows with the start, so the scan stops at the first longer one)
            let first = by_start.partition_point(|&k| timexes[k].start < a.end);
            let mut matched: Vec<usize> = Vec::new();
            for &k in &by_start[first..] {
                let t = &timexes[k];
                let raw = text.get(a.end..t.start).unwrap_or("");
                if raw.chars().filter(|c| !c.is_whitespace()).take(3).count() > 2 {
                    break;
                }
                let gap = text.get(a.end..t.start).unwrap_or("x").trim();
                if gap.eq_ignore_ascii_case("in") || gap.eq_ignore_ascii_case("on") || gap == "," {
                    matched.push(k);
                }
            }
            matched.sort_unstable();
            for k in matched {
                let t = &timexes[k];
                if let (Some(ti), Some(s)) = (t.interval(), a.interval.start) {
                    if ti.contains(s) {
                        consumed[k] = true;
                        anchor_starts.insert(a.start);
                        items.push((a.start, t.end, a.interval, Some(a.id.clone())));
                    }
                }
            }
            if anchor_starts.insert(a.start) {
                items.push((a.start, a.end, a.interval, Some(a.id.clone())));
            }
        }
        for (k, t) in timexes.iter().enumerate() {
            // an anchor overlapping the timex: among anchors starting before its end, the
            // furthest end reaches past its start
            let n = anchor_order.partition_point(|&i| anchors[i].start < t.end);
            let overlapped = n > 0 && max_end[n - 1] > t.start;
            if consumed[k] || overlapped {
                continue;
            }
            match t.kind {
                TimexType::Date | TimexType::Time => {
                    if let Some(iv) = t.interval() {
                        items.push((t.start, t.end, iv, None));
                    }
                }
                TimexType::Duration => durations.push((t.start, t.end, t.value.clone())),
                TimexType::Set => {}
            }
        }
        items.sort_by_key(|i| i.0);
        let mut out = Vec::new();
        for (s, e, iv, ev) in items {
            let (mut rs, rel) = match self.trigger_before(text, s) {
                Some((ts, r)) => (ts, r),
                None => (s, Relation::Within),
            };
            let mut interval = rel.apply(&iv);
            // "three months before X": shift the anchor by the duration
            if matches!(rel, Relation::Before | Relation::After) && rs < s {
                let gap_end = text[..rs].trim_end().len();
                if let Some((ds, _, v)) = durations.iter().find(|(_, de, _)| *de == gap_end) {
                    let base = if rel == Relation::Before {
                        iv.start
                    } else {
                        iv.end.or(iv.start)
                    };
                    if let (Some(b), Some((span, unit))) = (base, duration_span(v)) {
                        let shifted = if rel == Relation::Before {
                            b.checked_sub(span).ok()
                        } else {
                            b.checked_add(span).ok()
                        };
                        if let Some(d) = shifted {
                            let end = d.checked_add(unit).ok();
                            interval = Interval::new(Some(d), end);
                            rs = *ds;
                        }
                    }
                }
            }
            out.push(TimeRef {
                start: offset + rs,
                end: offset + e,
                interval,
                text: text[rs..e].to_string(),
                relation: rel,
                event: ev,
            });
        }
        out
    }
}

/// The first pair of references (indices into `refs`) whose intervals share no day:
/// a text that places one event in both cannot be consistent.
pub fn inconsistent(refs: &[TimeRef]) -> Option<(usize, usize)> {
    for i in 0..refs.len() {
        for j in i + 1..refs.len() {
            if refs[i].interval.disjoint(&refs[j].interval) {
                return Some((i, j));
            }
        }
    }
    None
}
