//! The reader: documents in, statements out.

use crate::clause::{read_sentence, DocCtx};
use crate::error::Error;
use crate::lexicon::{AliasKind, Lexicon, EMBEDDED, LEXICON_NAMES};
use crate::token::{self, Tok};
use crate::types::{Document, Span, Stance, Statement};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use gainsay_time::{EventCalendar, TimeTagger};

/// Builds a [`Reader`] from the embedded lexicons plus any the user adds.
///
/// # Example
///
/// ```
/// use gainsay_core::ReaderBuilder;
///
/// let reader = ReaderBuilder::new()
///     .add_lexicon("entities", "my-entities.tsv", "Wakanda\tcountry\tBirnin Zana\tWakandan\t")
///     .build()?;
/// # Ok::<(), gainsay_core::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct ReaderBuilder {
    extra: Vec<(String, String, String)>,
    replaced: Vec<String>,
    no_time: bool,
    events: Vec<(String, String)>,
    headline_max_len: Option<usize>,
}

/// Default of [`ReaderBuilder::headline_max_len`]: 300 bytes (99% of Emergent's outlet
/// headlines are under 170).
pub const HEADLINE_MAX_LEN: usize = 300;

impl ReaderBuilder {
    /// A builder with the embedded lexicons.
    pub fn new() -> ReaderBuilder {
        ReaderBuilder::default()
    }

    /// Adds entries to the lexicon `name` (one of [`LEXICON_NAMES`]) from `text`, in that
    /// lexicon's format; `file` names the text in errors.
    pub fn add_lexicon(mut self, name: &str, file: &str, text: &str) -> ReaderBuilder {
        self.extra
            .push((name.to_string(), file.to_string(), text.to_string()));
        self
    }

    /// Replaces the embedded lexicon `name` with `text` instead of extending it.
    pub fn replace_lexicon(mut self, name: &str, file: &str, text: &str) -> ReaderBuilder {
        self.replaced.push(name.to_string());
        self.add_lexicon(name, file, text)
    }

    /// Adds events to the event calendar (named anchors such as "the invasion"), in the
    /// format of `gainsay-time`'s `events.tsv`; `file` names the text in errors.
    pub fn add_events(mut self, file: &str, text: &str) -> ReaderBuilder {
        self.events.push((file.to_string(), text.to_string()));
        self
    }

    /// Skips the time layer (no claim or event times on statements).
    pub fn without_time(mut self) -> ReaderBuilder {
        self.no_time = true;
        self
    }

    /// A one-line document of at most `len` bytes is a headline (or a claim, a short
    /// post): besides its clauses' statements it yields one for the whole headline (rule
    /// `TEXT/HEADLINE`, predicate `*`, on the side the headline takes; see the `headline`
    /// section of the crate docs). Default [`HEADLINE_MAX_LEN`]; 0 turns it off.
    pub fn headline_max_len(mut self, len: usize) -> ReaderBuilder {
        self.headline_max_len = Some(len);
        self
    }

    /// Loads and validates every lexicon.
    ///
    /// # Errors
    ///
    /// [`Error::Lexicon`] names the file and line of the first bad entry (malformed line,
    /// unknown stance, empty alias, duplicate entry); [`Error::UnknownLexicon`] an unknown
    /// lexicon name.
    pub fn build(self) -> Result<Reader, Error> {
        let mut lex = Lexicon::default();
        for (name, file, text) in EMBEDDED {
            if !self.replaced.iter().any(|r| r == name) {
                lex.add(name, file, text)?;
            }
        }
        for (name, file, text) in &self.extra {
            if !LEXICON_NAMES.contains(&name.as_str()) {
                return Err(Error::UnknownLexicon {
                    name: name.clone(),
                    expected: LEXICON_NAMES.join(", "),
                });
            }
            lex.add(name, file, text)?;
        }
        lex.finish();
        let mut alias_list: Vec<(String, u32, AliasKind)> = lex
            .aliases
            .iter()
            .map(|(a, &(e, k))| (a.clone(), e, k))
            .collect();
        alias_list.sort();
        // a DFA: it runs over every byte of every document
        let entity_ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            .build(alias_list.iter().map(|a| a.0.as_str()))
            .map_err(|e| Error::Time(format!("entity automaton: {e}")))?;
        let (time, calendar) = if self.no_time {
            (None, None)
        } else {
            let mut cal = EventCalendar::builder().map_err(|e| Error::Time(e.to_string()))?;
            for (name, text) in &self.events {
                cal = cal
                    .add_events(name, text)
                    .map_err(|e| Error::Time(e.to_string()))?;
            }
            (
                Some(TimeTagger::new().map_err(|e| Error::Time(e.to_string()))?),
                Some(cal.build().map_err(|e| Error::Time(e.to_string()))?),
            )
        };
        // words without which no debunking rule fires: the debunk pass skips sentences
        // holding none of them
        let mut triggers: Vec<String> = lex.debunk.keys().cloned().collect();
        for (form, readings) in &lex.verb_forms {
            if readings.iter().any(|r| {
                lex.verb_cues
                    .get(&lex.lemmas[r.lemma as usize])
                    .is_some_and(|c| c.stance.is_denial())
            }) {
                triggers.push(form.clone());
            }
        }
        for (noun, cue) in &lex.noun_cues {
            if cue.stance.is_denial() {
                triggers.push(noun.clone());
            }
        }
        for w in [
            "not",
            "n't",
            "n\u{2019}t",
            "never",
            "no",
            "nope",
            "none",
            "nobody",
            "nothing",
            "neither",
            "nor",
            "alive",
            "dead",
            "death",
            "died",
            "cannot",
        ]
        .into_iter()
        .chain(crate::debunk::TRIGGERS.iter().copied())
        .chain(crate::debunk::DUPED.iter().copied())
        {
            triggers.push(w.to_string());
        }
        triggers.sort();
        triggers.dedup();
        // a DFA: the overlapping search runs over most sentences of every document
        let debunk_ac = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&triggers)
            .map_err(|e| Error::Time(format!("debunk trigger automaton: {e}")))?;
        let boiler_contains_ascii = lex.boiler_contains.iter().all(|p| p.is_ascii());
        // the same test on the packed (SIMD) searcher where the machine has one: any
        // match of it is a match of the automaton and the other way round
        let boiler_packed = aho_corasick::packed::Config::new()
            .builder()
            .extend(&lex.boiler_contains)
            .build();
        let boiler_ac = AhoCorasick::new(&lex.boiler_contains)
            .map_err(|e| Error::Time(format!("boilerplate automaton: {e}")))?;
        let boiler_prefix_len = lex
            .boiler_prefix
            .iter()
            .chain(&lex.boiler_byline)
            .map(String::len)
            .max()
            .unwrap_or(0);
        Ok(Reader {
            boiler_prefix_len,
            boiler_ac,
            boiler_packed,
            boiler_contains_ascii,
            debunk_ac,
            lex,
            entity_ac,
            alias_list: alias_list.into_iter().map(|(_, e, k)| (e, k)).collect(),
            time,
            calendar,
            headline_max_len: self.headline_max_len.unwrap_or(HEADLINE_MAX_LEN),
        })
    }
}

/// Reads documents into statements. Build once with [`ReaderBuilder`]; reading never fails.
#[derive(Debug, Clone)]
pub struct Reader {
    pub(crate) lex: Lexicon,
    entity_ac: AhoCorasick,
    alias_list: Vec<(u32, AliasKind)>,
    pub(crate) time: Option<TimeTagger>,
    pub(crate) debunk_ac: AhoCorasick,
    /// The longest boilerplate prefix or byline, in bytes: how much of a line's lower case
    /// the prefix tests read.
    boiler_prefix_len: usize,
    /// The boilerplate texts a line must not contain (`boiler_contains`).
    boiler_ac: AhoCorasick,
    /// `boiler_ac` as a packed searcher, when the machine and the texts allow one.
    boiler_packed: Option<aho_corasick::packed::Searcher>,
    /// Every `boiler_contains` text is ASCII.
    boiler_contains_ascii: bool,
    pub(crate) calendar: Option<EventCalendar>,
    /// See [`ReaderBuilder::headline_max_len`].
    headline_max_len: usize,
}

/// What one document yielded.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reading {
    /// The document's id.
    pub doc: String,
    /// The statements, in text order.
    pub statements: Vec<Statement>,
    /// Lines skipped as boilerplate (captions, calls to action, bylines, copyright).
    pub boilerplate_lines: usize,
    /// Lines skipped because they repeat an earlier line of the same document.
    pub duplicate_lines: usize,
    /// Sentences read.
    pub sentences: usize,
}

impl Reader {
    /// A reader with the embedded lexicons.
    ///
    /// # Errors
    ///
    /// Only if an embedded lexicon is broken, which the crate's tests rule out.
    pub fn new() -> Result<Reader, Error> {
        ReaderBuilder::new().build()
    }

    /// Reads one document. Never fails: an unreadable sentence yields no statement.
    pub fn read(&self, doc: &Document) -> Reading {
        let text = doc.text.as_str();
        let mut reading = Reading {
            doc: doc.id.clone(),
            ..Reading::default()
        };
        let ents = self.entities(text);
        let mut ctx = DocCtx::new(self, doc);
        let mut seen_lines: Vec<&str> = Vec::new();
        let lower = text.to_ascii_lowercase();
        let mut toks: Vec<Tok<'_>> = Vec::new();
        let mut ends: Vec<usize> = Vec::new();
        // the first entity match not before the current token: tokens come in text order
        // (lines in order, tokens in order within a line) and match starts are distinct
        // (the matches do not overlap), so one walk over the matches finds the one at each
        // token's start, no binary search per token
        let mut next_ent = 0usize;
        let mut line_start = 0usize;
        for line in text.split_inclusive('\n') {
            let start = line_start;
            line_start += line.len();
            let trimmed = line.trim();
            if trimmed.is_empty() {
                continue;
            }
            let lead = line.len() - line.trim_start().len();
            let s = start + lead;
            let e = s + trimmed.len();
            if self.is_boilerplate(trimmed, &lower[s..e]) {
                reading.boilerplate_lines += 1;
                continue;
            }
            if seen_lines.contains(&trimmed) {
                reading.duplicate_lines += 1;
                continue;
            }
            if seen_lines.len() < 256 {
                seen_lines.push(trimmed);
            }
            toks.clear();
            token::tokenize(text, &lower, s, e, &mut toks);
            // attach entity aliases to the tokens where they start
            for t in toks.iter_mut() {
                while next_ent < ents.len() && ents[next_ent].0 < t.start {
                    next_ent += 1;
                }
                if let Some(m) = ents.get(next_ent).filter(|m| m.0 == t.start) {
                    t.ent = Some((m.2, m.3, m.1));
                }
            }
            let title_case = is_title_case(&toks);
            token::drop_labels(&self.lex, &mut toks, title_case);
            token::sentence_ends(&toks, &mut ends);
            let mut from = 0;
            for &to in &ends {
                if to <= from {
                    continue;
                }
                let sent = &mut toks[from..to];
                if sent.len() > 400 {
                    // a run-on "sentence" (no boundary): read it in windows
                    for chunk in sent.chunks_mut(200) {
                        token::tag(&self.lex, chunk, title_case);
                        read_sentence(&mut ctx, chunk);
                        reading.sentences += 1;
                    }
                } else {
                    token::tag(&self.lex, sent, title_case);
                    read_sentence(&mut ctx, sent);
                    reading.sentences += 1;
                }
                from = to;
            }
        }
        reading.statements = ctx.finish();
        crate::debunk::apply(self, doc, &lower, &mut reading.statements);
        if let Some(mut h) =
            crate::headline::statement(self, doc, &reading.statements, self.headline_max_len)
        {
            h.id = format!("{}/s{}", doc.id, reading.statements.len());
            reading.statements.push(h);
        }
        reading.statements.shrink_to_fit();
        reading
    }

    /// The debunking words of a text (the `debunk` lexicon: "hoax", "fake", "not true"…)
    /// that call something one: not negated ("no hoax", "isn't fake"), not one side of an
    /// alternative ("real or fake"), not asked ("Is it a hoax?"), no adjective before its
    /// noun ("a satirical magazine", "a fake account": what kind of thing it is), no weak
    /// word ("rumour") and no word of life and death ("alive"). Spans in `text`, in order, with each
    /// word's stance. Linear in the text's length.
    ///
    /// ```
    /// let reader = gainsay_core::Reader::new().unwrap();
    /// let cues = reader.debunk_cues(
    ///     "The photo is fake. The video is no hoax. Is it a hoax? A satirical magazine ran it.",
    /// );
    /// assert_eq!(cues.len(), 1);
    /// assert_eq!(&"The photo is fake."[cues[0].0.start..cues[0].0.end], "fake");
    /// ```
    pub fn debunk_cues(&self, text: &str) -> Vec<(Span, Stance)> {
        crate::debunk::cues(self, text)
    }

    /// Reads many documents, in order.
    pub fn read_all(&self, docs: &[Document]) -> Vec<Reading> {
        #[cfg(feature = "rayon")]
        {
            use rayon::prelude::*;
            docs.par_iter().map(|d| self.read(d)).collect()
        }
        #[cfg(not(feature = "rayon"))]
        {
            docs.iter().map(|d| self.read(d)).collect()
        }
    }

    /// Entity alias matches: (start, end, entity, kind), sorted by start, on word boundaries.
    fn entities(&self, text: &str) -> Vec<(usize, usize, u32, AliasKind)> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        for m in self.entity_ac.find_iter(text) {
            let (s, e) = (m.start(), m.end());
            let before_ok = s == 0 || !is_wordish(text, s, true);
            let after_ok = e >= bytes.len() || !is_wordish(text, e, false);
            if before_ok && after_ok {
                let (ent, kind) = self.alias_list[m.pattern().as_usize()];
                out.push((s, e, ent, kind));
            }
        }
        out
    }

    /// The lower case of the first 200 chars of `line` (not ASCII), as far as a
    /// boilerplate prefix can reach: every prefix test gives what it gives on the whole of
    /// it. Char by char (`str::to_lowercase` maps every char so but a capital sigma, whose
    /// lower case depends on what follows); the whole way when a sigma is there.
    fn prefix_lower(&self, line: &str) -> String {
        let reach = self.boiler_prefix_len.min(200);
        if line.chars().take(reach).any(|c| c == '\u{3a3}') {
            line.chars().take(200).collect::<String>().to_lowercase()
        } else {
            line.chars()
                .take(reach)
                .flat_map(char::to_lowercase)
                .collect()
        }
    }

    /// `lower` is `line` in ASCII lower case (the slice of the document's lower-cased
    /// copy): for an ASCII line it is the line's lower case and nothing is allocated.
    fn is_boilerplate(&self, line: &str, lower: &str) -> bool {
        let lex = &self.lex;
        let owned_low;
        let owned_full;
        let (low, full) = if line.is_ascii() {
            // the first 200 chars are the first 200 bytes
            (&lower[..lower.len().min(200)], lower)
        } else {
            owned_low = self.prefix_lower(line);
            // the `contains` texts are looked for in the line's lower case; when they are all
            // ASCII, the ASCII lower case finds the same ones, unless a character whose
            // lower case holds ASCII letters is there (see `lower_case_to_ascii`)
            let full = if line.len() >= 2000 {
                ""
            } else if self.boiler_contains_ascii && !line.contains(LOWER_CASE_TO_ASCII) {
                lower
            } else {
                owned_full = line.to_lowercase();
                owned_full.as_str()
            };
            (owned_low.as_str(), full)
        };
        if lex
            .boiler_prefix
            .iter()
            .any(|p| low.starts_with(p.as_str()))
        {
            return true;
        }
        if line.len() < 60
            && lex
                .boiler_byline
                .iter()
                .any(|p| low.starts_with(p.as_str()))
        {
            return true;
        }
        // one automaton pass for all the `contains` texts (any of them in the line)
        let contains = |h: &str| match &self.boiler_packed {
            Some(p) => p.find(h).is_some(),
            None => self.boiler_ac.is_match(h),
        };
        if line.len() < 2000 && contains(full) {
            return true;
        }
        // a line of one or two capitalised words and no verb-like shape ("AFP avatar", "GNA")
        !line.ends_with(['.', '!', '?', '"', '”']) && line.split_whitespace().nth(2).is_none()
    }
}

/// The characters whose lower case holds ASCII characters (KELVIN SIGN: "k", CAPITAL I
/// WITH DOT ABOVE: "i" and a combining dot); in a line without them, ASCII text occurs in
/// the lower case exactly where it occurs in the ASCII lower case.
const LOWER_CASE_TO_ASCII: [char; 2] = ['\u{130}', '\u{212A}'];

fn is_wordish(text: &str, at: usize, before: bool) -> bool {
    let c = if before {
        text[..at].chars().next_back()
    } else {
        text[at..].chars().next()
    };
    c.is_some_and(|c| c.is_alphanumeric())
}

fn is_title_case(toks: &[Tok]) -> bool {
    // counted in one pass, nothing collected
    let (mut letters, mut upper, mut words, mut caps) = (0usize, 0usize, 0usize, 0usize);
    for t in toks.iter().filter(|t| t.word) {
        if t.lower.bytes().any(|b| b.is_ascii_alphabetic()) {
            letters += 1;
            upper += usize::from(t.upper);
        }
        if t.lower.len() > 3 {
            words += 1;
            caps += usize::from(t.cap);
        }
    }
    // a line in capitals ("BATMOBILE NOT STOLEN") says nothing by its case either
    if letters >= 2 && upper == letters {
        return true;
    }
    if words < 3 {
        return false;
    }
    caps * 10 >= words * 8
}

#[cfg(test)]
mod tests {
    use super::LOWER_CASE_TO_ASCII;

    /// The prefix tests on a line that is not ASCII give on `prefix_lower` what they give
    /// on the lower case of its first 200 chars.
    #[test]
    fn boilerplate_prefixes_off_ascii() {
        let reader = super::Reader::new().unwrap();
        let lex = &reader.lex;
        let prefixes: Vec<&String> = lex.boiler_prefix.iter().chain(&lex.boiler_byline).collect();
        let mut lines = vec![
            "\u{3a3}\u{3a3}\u{3a3} \u{130}stanbul".to_string(),
            "\u{e9}".repeat(300),
        ];
        for p in &prefixes {
            for (a, b) in [
                ("", " caf\u{e9}"),
                ("\u{3a3}", ""),
                ("", "\u{3a3}\u{3a3} x"),
            ] {
                lines.push(format!("{a}{}{b}", p.to_uppercase()));
                lines.push(format!("{a}{p}{b}"));
                let half: String = p.chars().take(p.chars().count() / 2).collect();
                lines.push(format!("{a}{half}{b}"));
            }
        }
        for line in lines.iter().filter(|l| !l.is_ascii()) {
            let whole = line.chars().take(200).collect::<String>().to_lowercase();
            let reached = reader.prefix_lower(line);
            for p in &prefixes {
                assert_eq!(
                    reached.starts_with(p.as_str()),
                    whole.starts_with(p.as_str()),
                    "{line:?} {p:?}"
                );
            }
        }
    }

    #[test]
    fn lower_case_to_ascii() {
        let found: Vec<char> = (0x80..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|c| c.to_lowercase().any(|l| l.is_ascii()))
            .collect();
        assert_eq!(found, LOWER_CASE_TO_ASCII);
    }
}
