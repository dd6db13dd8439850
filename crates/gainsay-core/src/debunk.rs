//! Debunking words and hedges applied to whole statements after clause reading
//! ("death hoax", "report that P is false", "X is not dead").
//!
//! Runs once per document, after the clause reader, over the statements and the text:
//!
//! 1. **Bare negation** before a predicate the clause reader read as positive: headline
//!    ellipsis such as "Banksy not arrested", "Batmobile NOT STOLEN" (`not`/`never`,
//!    optionally followed by an adverb, right before the predicate's words).
//! 2. **Denial verbs** governing an outlet's narration in the same sentence: "Apple
//!    denies it is shutting down Beats": the statement takes the cue's stance (deny, reject,
//!    dismiss, refute, dispute) and the words before the verb as its holder.
//! 3. **Debunking words** (`debunk.tsv`: hoax, fake, false, not true, myth, satire, ...):
//!    in a sentence holding one, every statement on the affirmed side is turned into a
//!    refutation by the outlet, except statements whose own actor or object holds the word
//!    ("a satirical site attacks ...": the site is satirical, its act is not denied).
//!    In a headline, a part set off by a colon carries the word to the other part ("X
//!    arrest hoax: website claims X caught"). Statements already on the denied side are
//!    left alone ("X hasn't been arrested: clues it's a hoax" must not flip back).
//! 4. **Nominal debunks** with no statement to hold them: "X is not dead", "X alive",
//!    "X death hoax" add a statement that X did not die; "the video of a bird pooping on
//!    Putin is fake" adds a refutation of the event named in the subject (rule
//!    `DEBUNK/NOMINAL`, its proposition holding the predicate and the names found there).
//!
//! 5. **Answered questions**: a question followed, on the same line, by a short answer
//!    that rejects it ("Did X do Y? Probably not", "X? Nope", "X? No, says Y") turns the
//!    question's statements into refutations by the outlet (rule `DEBUNK/ANSWER` when the
//!    reader found none there).
//! 6. **Negated clauses the clause reader missed**: in a headline-length sentence with no
//!    denied statement, a negated auxiliary or copula with a subject before it ("X isn't by
//!    Y", "a bird didn't poop on Z", "there was never a panel") or a sentence-initial
//!    "No" before a noun ("No gender segregation on Saudia") adds a negative statement
//!    (rule `DEBUNK/NEGATION`). Imperatives ("hands up, don't shoot"), "not only", "not
//!    to", "no one", "no idea" and the like are left alone.
//! 7. **Denial verbs over a noun phrase**: "Met police denies reports of X arrest", "NHL
//!    denies expansion report": a deny-type cue verb followed by words the clause reader
//!    read no denied statement from adds a refutation of what follows (rule
//!    `DEBUNK/DENIAL`), held by the words before the verb. "confirm or deny" is no denial.
//!
//! 8. **Headline deaths**: "X dead at 81" says X died; "X Dead?" followed on its line by a
//!    debunking word ("X Dead? Viral hoax fools internet") says X did not (rule
//!    `DEBUNK/HEADLINE_DEATH`).
//!
//! 9. **Identity denied**: "X is not the hero who tackled Y" says X did not tackle Y
//!    (rule `DEBUNK/IDENTITY`).
//!
//! Rules 5 to 8 read headline-length sentences only (at most 160 bytes). A statement that
//! rule 3 leaves alone because its actor or object holds the word is renamed
//! `DEBUNK/ABOUT` ("viral hoax fools internet": true of the hoax, no affirmation of what
//! it claimed).
//!
//! Hedges ("could", "reportedly", "set to") are not debunks: such statements stay claims.
//! Questions are handled by the clause reader (modality `question`) unless rule 5 applies.

use crate::lexicon::vf;
use crate::reader::Reader;
use crate::types::{
    Document, Holder, Modality, Polarity, Proposition, Side, Slots, Span, Stance, Statement, Times,
};
use std::borrow::Cow;

/// A word of the text: byte span and lower-case form (the text's own bytes when they are
/// lower case already: no allocation for most words).
#[derive(Debug, Clone)]
struct W<'t> {
    s: usize,
    e: usize,
    low: Cow<'t, str>,
    cap: bool,
}

/// `as_str` on a word's lower-case form, as on a `String`.
trait AsStr {
    fn as_str(&self) -> &str;
}

impl AsStr for Cow<'_, str> {
    fn as_str(&self) -> &str {
        self
    }
}

/// The words of `text[from..to]`; `lower`: `text` in ASCII lower case, which the
/// lower-case forms of ASCII words borrow.
fn words<'t>(text: &'t str, lower: &'t str, from: usize, to: usize) -> Vec<W<'t>> {
    // about one word per six bytes: room enough that the vector seldom grows
    let mut out = Vec::with_capacity((to - from) / 6 + 1);
    let seg = &text[from..to];
    let b = seg.as_bytes();
    let n = b.len();
    // whether the char at `i` belongs to a word, and its length (a char is decoded only
    // where a byte is not ASCII)
    let class = |i: usize| -> (bool, usize) {
        let x = b[i];
        if x.is_ascii() {
            (x.is_ascii_alphanumeric() || x == b'\'' || x == b'-', 1)
        } else {
            let c = seg[i..].chars().next().unwrap_or(' ');
            (crate::token::is_alnum(c) || c == '\u{2019}', c.len_utf8())
        }
    };
    let mut i = 0;
    while i < n {
        let (wordish, len) = class(i);
        if !wordish {
            i += len;
            continue;
        }
        // a run of word chars: [s, i)
        let s = i;
        let (mut ascii, mut upper) = (true, false);
        while i < n {
            let x = b[i];
            if x.is_ascii_alphanumeric() || x == b'\'' || x == b'-' {
                upper |= x.is_ascii_uppercase();
                i += 1;
            } else if x.is_ascii() {
                break;
            } else {
                let (wordish, len) = class(i);
                if !wordish {
                    break;
                }
                ascii = false;
                i += len;
            }
        }
        let run = &seg[s..i];
        if ascii {
            // the same trims as below, on bytes
            let rb = run.as_bytes();
            let trim = |x: &u8| *x == b'\'' || *x == b'-';
            let lead = rb.iter().take_while(|x| trim(x)).count();
            let tail = rb[lead..].iter().rev().take_while(|x| trim(x)).count();
            if lead + tail < rb.len() {
                let raw = &run[lead..rb.len() - tail];
                let (ws, we) = (from + s + lead, from + s + lead + raw.len());
                let low = if upper {
                    Cow::Borrowed(&lower[ws..we])
                } else {
                    Cow::Borrowed(raw)
                };
                out.push(W {
                    s: ws,
                    e: we,
                    low,
                    cap: raw.as_bytes()[0].is_ascii_uppercase(),
                });
            }
            continue;
        }
        let piece = run.trim_start_matches(['\'', '\u{2019}', '-']);
        let raw = piece.trim_end_matches(['\'', '\u{2019}', '-']);
        if !raw.is_empty() {
            // where `raw` starts (its first occurrence: what precedes it is trimmed)
            let off = run.len() - piece.len();
            let low = if !raw.is_ascii() {
                Cow::Owned(raw.to_lowercase().replace('\u{2019}', "'"))
            } else if raw.bytes().any(|x| x.is_ascii_uppercase()) {
                Cow::Borrowed(&lower[from + s + off..from + s + off + raw.len()])
            } else {
                Cow::Borrowed(raw)
            };
            let cap = raw.chars().next().is_some_and(|c| c.is_uppercase());
            out.push(W {
                s: from + s + off,
                e: from + s + off + raw.len(),
                low,
                cap,
            });
        }
    }
    out
}

/// Sentence spans of the text: split at `.`, `!`, `?` followed by a space or the end, and
/// at line breaks. A headline's colon does not split (its parts share debunking words).
fn sentences(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let n = b.len();
    let mut out = Vec::new();
    let mut s = 0;
    // the next line break and the next '.', '!' or '?' at or after a position (memchr
    // jumps over the bytes between; each is searched again only once passed)
    let next_nl = |from: usize| memchr::memchr(b'\n', &b[from..]).map_or(n, |k| from + k);
    let next_pu =
        |from: usize| memchr::memchr3(b'.', b'!', b'?', &b[from..]).map_or(n, |k| from + k);
    let (mut nl, mut pu) = (next_nl(0), next_pu(0));
    loop {
        let i = nl.min(pu);
        if i >= n {
            break;
        }
        let end = i == nl || i + 1 == n || b[i + 1].is_ascii_whitespace() || b[i + 1] == b'"';
        if end {
            if i > s {
                out.push((s, i + 1));
            }
            s = i + 1;
        }
        if i == nl {
            nl = next_nl(i + 1);
        }
        if i == pu {
            pu = next_pu(i + 1);
        }
    }
    if s < n {
        out.push((s, n));
    }
    out
}

const COPULA: &[&str] = &[
    "is", "was", "are", "were", "'s", "be", "been", "being", "isn't", "wasn't", "aren't", "weren't",
];
const FILLER: &[&str] = &[
    "a",
    "an",
    "the",
    "just",
    "all",
    "another",
    "complete",
    "total",
    "giant",
    "huge",
    "big",
    "elaborate",
    "cruel",
    "sick",
    "only",
    "clearly",
    "actually",
    "probably",
    "completely",
    "totally",
    "also",
    "still",
    "again",
    "likely",
];
const ADVERBS: &[&str] = &[
    "actually",
    "really",
    "yet",
    "even",
    "ever",
    "officially",
    "been",
    "be",
    "being",
    "having",
];
/// Verbs that kill a rumour: "X kills rumour", "rumour put to rest".
const RUMOUR_KILLERS: &[&str] = &[
    "kill", "quash", "squash", "scotch", "dispel", "debunk", "deny", "shoot", "rest", "dismiss",
    "bust", "slam", "refute",
];

/// The lemma of an "-ing" form the verb lexicon lacks ("pooping": poop).
fn ing_lemma(w: &str) -> Option<String> {
    let stem = w.strip_suffix("ing")?;
    if stem.len() < 3 || !stem.chars().all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    let b = stem.as_bytes();
    let n = b.len();
    if b[n - 1] == b[n - 2] && !b"aeiouls".contains(&b[n - 1]) {
        return Some(stem[..n - 1].to_string());
    }
    Some(stem.to_string())
}

/// The lemma of the first verb reading of `w` (borrowed from the lexicon: most callers
/// only test it).
fn lemma_of<'r>(reader: &'r Reader, w: &str) -> Option<&'r str> {
    let lex = &reader.lex;
    lex.verb(w)
        .first()
        .map(|f| lex.lemmas[f.lemma as usize].as_str())
}

/// Rule id of an affirmed statement whose actor or object holds a debunking word ("a
/// viral hoax fools the internet"): it speaks of the hoax, not of what the hoax claimed,
/// so no pair verdict rests on it (its side is unchanged).
pub(crate) const ABOUT_DEBUNKED: &str = "DEBUNK/ABOUT";

/// Longest sentence (bytes) whose debunking word turns all its affirmed statements into
/// refutations (rule 3): headlines and claims, not long article sentences.
const MAX_DEBUNK_SENTENCE: usize = 160;

/// Indices of the statements lying inside `[ss, se)`, found through `order` (statement
/// indices sorted by span start): the passes below stay linear in the document.
fn within(order: &[usize], statements: &[Statement], ss: usize, se: usize) -> Vec<usize> {
    let lo = order.partition_point(|&i| statements[i].span.start < ss);
    order[lo..]
        .iter()
        .copied()
        .take_while(|&i| statements[i].span.start < se)
        .filter(|&i| statements[i].span.end <= se)
        .collect()
}

/// Indices of the statements of `added[from_index..]` inside `ss..se`. Statements are
/// added sentence by sentence, so the ones of a sentence are at the tail when it is
/// read: the scan stops at the first one that starts before it (linear in a document,
/// not quadratic).
fn added_within(added: &[Statement], from_index: usize, ss: usize, se: usize) -> Vec<usize> {
    let mut out: Vec<usize> = (from_index..added.len())
        .rev()
        .take_while(|&k| added[k].span.start >= ss)
        .filter(|&k| added[k].span.end <= se)
        .collect();
    out.reverse();
    out
}

/// Where the trigger words of the pass (see [`has_trigger`]) occur in `text`: every
/// occurrence of every trigger, (start, end), by start; one pass of the automaton over the
/// document, however many of its sentences are then asked about.
pub(crate) fn trigger_hits(reader: &Reader, text: &str) -> Vec<(usize, usize)> {
    let mut hits: Vec<(usize, usize)> = reader
        .debunk_ac
        .find_overlapping_iter(text)
        .map(|m| (m.start(), m.end()))
        .collect();
    hits.sort_unstable();
    hits
}

/// True when `text[from..to]` holds a word some debunking rule needs (a negation, a
/// denial verb or noun, a debunking word): the others are skipped without being split
/// into words. `hits`: [`trigger_hits`] of `text`; an occurrence counts when it lies in
/// the range with a word boundary (or the range's end) on both sides.
pub(crate) fn has_trigger(hits: &[(usize, usize)], text: &str, from: usize, to: usize) -> bool {
    if text.get(from..to).is_none() {
        return true;
    }
    let b = text.as_bytes();
    let lo = hits.partition_point(|h| h.0 < from);
    hits[lo..].iter().take_while(|h| h.0 < to).any(|&(s, e)| {
        if e > to {
            return false;
        }
        // "n't" is glued to its verb ("isn't"): no boundary before it
        let glued = b[s] == b'n' && s + 1 < to && b[s + 1] != b'o';
        let before_ok = s == from || !b[s - 1].is_ascii_alphanumeric() || glued;
        let after_ok = e >= to || !b[e].is_ascii_alphanumeric();
        before_ok && after_ok
    })
}

/// Applies document-level debunking cues to the statements of `doc`.
/// The debunking words of a text that call something a hoax, fake, false…: neither
/// negated nor one side of an alternative ("no hoax", "not fake", "real or fake"), nor
/// asked ("Is it a hoax?"), nor an adjective before its noun ("satirical magazine"),
/// nor a weak word (rumour) or a word of life and death ("alive", "not dead"), with
/// their stances. See [`Reader::debunk_cues`].
pub(crate) fn cues(reader: &Reader, text: &str) -> Vec<(Span, Stance)> {
    let lex = &reader.lex;
    let lower = text.to_ascii_lowercase();
    let ws = words(text, &lower, 0, text.len());
    let bytes = text.as_bytes();
    // the end of the sentence holding the current word, found once per sentence
    let mut sentence_end = 0usize;
    let mut out = Vec::new();
    let mut k = 0;
    while k < ws.len() {
        let mut hit = None;
        for n in (1..=lex.debunk_max_words.max(1)).rev() {
            if k + n > ws.len() {
                continue;
            }
            let phrase: Vec<&str> = ws[k..k + n].iter().map(|w| w.low.as_str()).collect();
            if let Some(&stance) = lex.debunk.get(&phrase.join(" ")) {
                hit = Some((n, phrase.join(" "), stance));
                break;
            }
        }
        let Some((n, phrase, stance)) = hit else {
            k += 1;
            continue;
        };
        let weak = phrase.starts_with("rumo") || matches!(phrase.as_str(), "alive" | "not dead");
        let negated = (k.saturating_sub(2)..k).any(|j| {
            let w = ws[j].low.as_str();
            matches!(w, "no" | "not" | "never" | "or") || w.ends_with("n't")
        }) || ws.get(k + n).is_some_and(|w| w.low == "or");
        let e = ws[k + n - 1].e;
        if sentence_end < e {
            sentence_end =
                memchr::memchr3(b'.', b'!', b'?', &bytes[e..]).map_or(text.len(), |i| e + i);
            if let Some(nl) = memchr::memchr(b'\n', &bytes[e..sentence_end]) {
                sentence_end = e + nl;
            }
        }
        let asked = bytes.get(sentence_end) == Some(&b'?');
        // an adjective before its noun ("satirical magazine", "fake account") says what
        // kind of thing the noun is: it calls no story a hoax
        let attributive = n == 1
            && (lex.adjectives.contains_key(&phrase) || phrase.ends_with("ed"))
            && ws.get(k + 1).is_some_and(|next| {
                text[e..next.s].trim().is_empty() && !lex.closed.contains_key(next.low.as_str())
            });
        if !weak && !negated && !asked && !attributive {
            out.push((Span::new(ws[k].s, e), stance));
        }
        k += n;
    }
    out
}

/// `lower`: the document's text in ASCII lower case.
pub(crate) fn apply(reader: &Reader, doc: &Document, lower: &str, statements: &mut Vec<Statement>) {
    let text = doc.text.as_str();
    if text.is_empty() {
        return;
    }
    let lex = &reader.lex;
    let mut added: Vec<Statement> = Vec::new();
    let mut order: Vec<usize> = (0..statements.len()).collect();
    order.sort_by_key(|&i| statements[i].span.start);
    let hits = trigger_hits(reader, text);
    // the sentences, and the words of each one read (rules 5-7 read them again)
    let sents = sentences(text);
    let mut sent_words: Vec<Option<Vec<W>>> = vec![None; sents.len()];
    for (n, &(ss, se)) in sents.iter().enumerate() {
        headline_death(reader, doc, lower, statements, &order, &mut added, ss, se);
        if !has_trigger(&hits, text, ss, se) {
            continue;
        }
        let ws: &[W] = sent_words[n].insert(words(text, lower, ss, se));
        if ws.is_empty() {
            continue;
        }
        let in_sent: Vec<usize> = within(&order, statements, ss, se);
        // 1. bare negation right before the predicate
        for &i in &in_sent {
            let st = &mut statements[i];
            if st.polarity == Polarity::Negative {
                continue;
            }
            let Some(p) = st.slots.predicate else {
                continue;
            };
            let k = ws.partition_point(|w| w.s < p.start);
            let Some(k) = (k < ws.len()).then_some(k) else {
                continue;
            };
            let mut j = k;
            while j > 0 && ADVERBS.contains(&ws[j - 1].low.as_str()) {
                j -= 1;
            }
            if j > 0 && matches!(ws[j - 1].low.as_str(), "not" | "never") {
                // "not only", "not just" are no negation, nor "may or may not"
                let either = j >= 4 && ws[j - 3].low == "or" && ws[j - 2].low == ws[j - 4].low;
                if !matches!(ws[j].low.as_str(), "only" | "just") && !either {
                    st.polarity = Polarity::Negative;
                }
            }
        }
        // 1b. a rebuttal: "No, X didn't do Y" (or, in a headline, "Brian Williams: No, our
        // meteorologist was not peeing") is the outlet refuting the claim that X did Y,
        // not a plain negation: its first negated narrated clause becomes a refutation
        let rebuttal = ws.iter().enumerate().find(|&(k, w)| {
            w.low == "no"
                && text[w.e..se].starts_with(',')
                && (k == 0 || text[ws[k - 1].e..w.s].contains(':'))
        });
        if let Some((_, no)) = rebuttal {
            let first = in_sent.iter().copied().find(|&i| {
                let st = &statements[i];
                st.span.start >= no.e
                    && st.polarity == Polarity::Negative
                    && !st.stance.is_denial()
                    && st.holder.outlet
                    && st.rule != "CLAUSE/RELATIVE"
                    && st.side() == Side::Denied
            });
            if let Some(i) = first {
                let st = &mut statements[i];
                st.stance = Stance::Refute;
                st.polarity = Polarity::Positive;
                st.rule = "DEBUNK/REBUTTAL";
                st.slots.cue = Some(Span::new(no.s, no.e));
            }
        }
        // 1c. a bound: "the battery doesn't last more than one day", "did not last longer
        // than two hours" says how long (much, many) it is, not that it is not: the
        // negation is the comparative's
        for &i in &in_sent {
            let st = &statements[i];
            if st.polarity != Polarity::Negative || st.stance.is_denial() {
                continue;
            }
            let Some(p) = st.slots.predicate else {
                continue;
            };
            let k = ws.partition_point(|w| w.s < p.end);
            let bound = ws.get(k).is_some_and(|w| {
                matches!(w.low.as_str(), "more" | "longer" | "less" | "fewer")
                    && text[p.end..w.s].trim().is_empty()
            }) && ws.get(k + 1).is_some_and(|w| w.low == "than");
            if bound {
                let st = &mut statements[i];
                st.polarity = Polarity::Positive;
                st.rule = "CLAUSE/BOUND";
            }
        }
        // 1d. led into a false belief: "someone trolled Twitter into thinking Macklemore
        // joined ISIS", "a prankster fooled fans into believing the singer had died": what
        // they were led to believe is false
        if let Some(b) = ws
            .iter()
            .position(|w| matches!(w.low.as_str(), "thinking" | "believing"))
        {
            let duped = b >= 2
                && ws[b - 1].low == "into"
                && ws[..b - 1]
                    .iter()
                    .rev()
                    .take(6)
                    .any(|w| lemma_of(reader, &w.low).is_some_and(|l| DUPE.contains(&l)));
            if duped {
                let cue = Span::new(ws[b - 1].s, ws[b].e);
                for &i in &in_sent {
                    let st = &statements[i];
                    if st.side() == Side::Affirmed
                        && st.rule != "CLAUSE/SPEECH_ACT"
                        && st.slots.predicate.is_some_and(|p| p.start >= ws[b].e)
                    {
                        turn_into_refutation(doc, &mut statements[i], Stance::Refute, cue);
                    }
                }
            }
        }
        // 1e. fooled by what follows: "Media Fooled Again? Story Claims P": a headline
        // sentence saying someone was fooled (a participle of a verb of deceiving, at the
        // sentence's end or before "by") refutes the claims reported in the rest of its line
        if se - ss <= MAX_DEBUNK_SENTENCE {
            let fooled = ws.iter().enumerate().any(|(k, w)| {
                DUPED.contains(&w.low.as_str())
                    && k > 0
                    && (k + 1 == ws.len()
                        || k + 2 == ws.len() && ws[k + 1].low == "again"
                        || ws[k + 1].low == "by")
            });
            if fooled {
                let (_, le) = line_of(text, ss, se);
                let cue = ws
                    .iter()
                    .find(|w| DUPED.contains(&w.low.as_str()))
                    .map(|w| Span::new(w.s, w.e));
                if let Some(cue) = cue {
                    for i in within(&order, statements, se, le) {
                        let st = &statements[i];
                        if st.side() == Side::Affirmed
                            && !st.holder.outlet
                            && st.rule != "CLAUSE/SPEECH_ACT"
                        {
                            turn_into_refutation(doc, &mut statements[i], Stance::Refute, cue);
                        }
                    }
                }
            }
        }
        // 1f. a negated subject: "Nobody was arrested", "Nothing was found" deny the event
        for &i in &in_sent {
            let st = &statements[i];
            if st.polarity != Polarity::Positive || st.stance.is_denial() {
                continue;
            }
            let p = &st.proposition;
            let pred_start = st.slots.predicate.map_or(usize::MAX, |x| x.start);
            let before = |sp: Option<Span>| sp.is_some_and(|x| x.end <= pred_start);
            let nobody = |x: &Option<String>| {
                x.as_deref()
                    .is_some_and(|x| matches!(x, "nobody" | "nothing" | "no one" | "none"))
            };
            let (actor, object) = (nobody(&p.actor), nobody(&p.object));
            if actor && before(st.slots.actor) || object && before(st.slots.object) {
                let st = &mut statements[i];
                st.polarity = Polarity::Negative;
                if actor {
                    st.proposition.actor = None;
                } else {
                    st.proposition.object = None;
                }
            }
        }
        // 1g. "did not say whether P", "declined to say if P": P is left open, and the
        // refusal to say it denies nothing
        if let Some(q) = ws
            .iter()
            .position(|w| matches!(w.low.as_str(), "whether" | "if"))
        {
            let at = ws[q].s;
            let refuses = |st: &Statement| {
                st.polarity == Polarity::Negative
                    && matches!(
                        st.proposition.predicate.as_str(),
                        "say" | "tell" | "confirm" | "disclose" | "reveal" | "specify" | "comment"
                    )
                    && st
                        .slots
                        .predicate
                        .is_some_and(|p| p.end <= at && at - p.end <= 16)
            };
            if in_sent.iter().any(|&i| refuses(&statements[i])) {
                for &i in &in_sent {
                    let open = refuses(&statements[i])
                        || statements[i].slots.predicate.is_some_and(|p| p.start > at);
                    let st = &mut statements[i];
                    if open && !st.modality.is_some_and(|m| m.is_uncommitted()) {
                        st.modality = Some(Modality::Question);
                    }
                }
            }
        }
        // 2. a denial verb governing narration: "X denies (that|reports that|claims of) P"
        for &i in &in_sent {
            let st = &statements[i];
            if !st.holder.outlet || st.stance != Stance::Report {
                continue;
            }
            let k = ws.partition_point(|w| w.s < st.span.start);
            let Some(k) = (k < ws.len()).then_some(k) else {
                continue;
            };
            let mut j = k;
            while j > 0
                && matches!(
                    ws[j - 1].low.as_str(),
                    "that"
                        | "report"
                        | "reports"
                        | "claim"
                        | "claims"
                        | "rumour"
                        | "rumours"
                        | "rumor"
                        | "rumors"
                        | "of"
                        | "it"
                        | "he"
                        | "she"
                        | "they"
                )
                && k - j < 3
            {
                j -= 1;
            }
            if j == 0 {
                continue;
            }
            let v = &ws[j - 1];
            let Some(lemma) = lemma_of(reader, &v.low) else {
                continue;
            };
            let Some(cue) = lex.verb_cues.get(lemma) else {
                continue;
            };
            if !cue.stance.is_denial() {
                continue;
            }
            let holder_words: Vec<&W> = ws[..j - 1]
                .iter()
                .rev()
                .take_while(|w| w.cap || w.low == "of")
                .collect();
            let surface = match (holder_words.last(), holder_words.first()) {
                (Some(a), Some(b)) => text[a.s..b.e].to_string(),
                _ => String::new(),
            };
            let st = &mut statements[i];
            st.stance = cue.stance;
            if !surface.is_empty() {
                st.holder = Holder {
                    entities: Vec::new(),
                    surface,
                    speaker: None,
                    outlet: false,
                };
            }
            st.slots.cue = Some(Span::new(v.s, v.e));
        }
        // 3. debunking words ("dismissed the claims as baseless" is a cue of its own
        // (anaphora), and in a long sentence a debunking word rarely covers every clause:
        // rule 3 reads headline-length sentences only)
        let mut cues: Vec<(usize, usize, Stance)> = Vec::new(); // word index range, stance
        let denied_here = in_sent
            .iter()
            .any(|&i| statements[i].side() == Side::Denied);
        let rule3_words = if se - ss > MAX_DEBUNK_SENTENCE {
            0
        } else {
            ws.len()
        };
        // the phrase of words k..k+n, built in one buffer (no allocation per try)
        let mut phrase = String::new();
        for k in 0..rule3_words {
            // the most words of a debunking phrase opening with this word
            let opens = lex.debunk_first.get(ws[k].low.as_str()).copied();
            let hyphen = ws[k].low.contains('-');
            for n in (1..=lex.debunk_max_words.max(1)).rev() {
                if k + n > ws.len() {
                    continue;
                }
                // no phrase of n words opens with this word (the hyphen's head below is
                // looked up for a single word all the same)
                if !(opens.is_some_and(|m| m >= n) || n == 1 && hyphen) {
                    continue;
                }
                phrase.clear();
                for (m, w) in ws[k..k + n].iter().enumerate() {
                    if m > 0 {
                        phrase.push(' ');
                    }
                    phrase.push_str(&w.low);
                }
                if k > 0 && ws[k - 1].low == "as" && denied_here {
                    continue;
                }
                // a hyphenated compound opening with the word: "Fake-News: X"
                let found = lex.debunk.get(&phrase).or_else(|| {
                    (n == 1)
                        .then(|| phrase.split_once('-'))
                        .flatten()
                        .and_then(|(head, _)| lex.debunk.get(head))
                });
                if let Some(&stance) = found {
                    let weak = matches!(phrase.as_str(), "rumour" | "rumor" | "rumours" | "rumors");
                    if weak
                        && !ws.iter().any(|w| {
                            lemma_of(reader, &w.low).is_some_and(|l| RUMOUR_KILLERS.contains(&l))
                                || RUMOUR_KILLERS.contains(&w.low.as_str())
                        })
                    {
                        continue;
                    }
                    // "is no hoax", "not fake", "denies hoax claims", "real or hoax?":
                    // the word is itself negated, denied or one side of an alternative
                    let negated = (k.saturating_sub(2)..k).any(|j| {
                        let w = ws[j].low.as_str();
                        matches!(w, "no" | "not" | "never" | "or")
                            || w.ends_with("n't")
                            || lemma_of(reader, w)
                                .and_then(|l| lex.verb_cues.get(l))
                                .is_some_and(|c| matches!(c.stance, Stance::Deny | Stance::Reject))
                    }) && !(k > 0 && ws[k - 1].low == "as")
                        || ws.get(k + n).is_some_and(|w| w.low == "or");
                    // "net profit made up $1.14 per share", "women made up half the
                    // staff": "make up" a quantity or a share is to constitute it
                    let constitutes = phrase == "made up"
                        && ws.get(k + n).is_some_and(|w| {
                            w.low.starts_with(|c: char| c.is_ascii_digit())
                                || text[ws[k + n - 1].e..w.s].contains('$')
                                || SHARES.contains(&w.low.as_str())
                        });
                    if !negated && !constitutes {
                        cues.push((k, k + n, stance));
                    }
                    break;
                }
            }
        }
        if cues.is_empty() {
            continue;
        }
        for &(ck, ce, stance) in &cues {
            let (cs, cend) = (ws[ck].s, ws[ce - 1].e);
            let phrase: String = ws[ck..ce]
                .iter()
                .map(|w| w.low.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            // "X is not dead", "X (is) alive", "X death hoax": X did not die
            // "buried alive", "burned alive": a manner, no death denied
            let manner = phrase == "alive"
                && ck > 0
                && (ws[ck - 1].low.ends_with("ed") || ws[ck - 1].low.ends_with("en"))
                && !matches!(ws[ck - 1].low.as_str(), "found" | "seen");
            if manner {
                continue;
            }
            let death = matches!(phrase.as_str(), "not dead" | "alive")
                || (phrase == "hoax"
                    && ck > 0
                    && matches!(ws[ck - 1].low.as_str(), "death" | "dead"));
            if death {
                let mut j = ck;
                if phrase == "hoax" {
                    j -= 1;
                }
                while j > 0
                    && (COPULA.contains(&ws[j - 1].low.as_str())
                        || FILLER.contains(&ws[j - 1].low.as_str()))
                {
                    j -= 1;
                }
                let name: Vec<&W> = ws[..j].iter().rev().take_while(|w| w.cap).collect();
                if let (Some(a), Some(b)) = (name.last(), name.first()) {
                    let actor = text[a.s..b.e].replace("'s", "");
                    let (ls, le) = line_of(text, ss, se);
                    let has = within(&order, statements, ls, le)
                        .into_iter()
                        .map(|i| &statements[i])
                        .chain(
                            added_within(&added, 0, ls, le)
                                .into_iter()
                                .map(|k| &added[k]),
                        )
                        .any(|s| s.proposition.predicate == "die" && s.side() == Side::Denied);
                    if !has {
                        added.push(synthetic(
                            doc,
                            Span::new(a.s, cend),
                            text,
                            Proposition {
                                actor: Some(actor.to_lowercase()),
                                predicate: "die".into(),
                                predicate_class: Some("die".into()),
                                ..Proposition::default()
                            },
                            Polarity::Negative,
                            Stance::Report,
                            Slots {
                                actor: Some(Span::new(a.s, b.e)),
                                cue: Some(Span::new(cs, cend)),
                                ..Slots::default()
                            },
                        ));
                    }
                }
                if phrase != "hoax" {
                    continue;
                }
            }
            if matches!(phrase.as_str(), "not dead" | "alive") {
                continue;
            }
            // an attributive word after a statement ("wants X fired over fabricated Iraq
            // story") debunks the noun it modifies, not the statement before it
            // ("was a false story" is predicative: its subject is debunked)
            let mut before = ck;
            while before > 0 && matches!(ws[before - 1].low.as_str(), "a" | "an" | "the" | "all") {
                before -= 1;
            }
            let predicative = before > 0 && COPULA.contains(&ws[before - 1].low.as_str());
            let attributive = ce == ck + 1
                && !predicative
                && (lex.adjectives.contains_key(ws[ck].low.as_str())
                    || ws[ck].low.ends_with("ed")
                    || ATTRIBUTIVE_NOUNS.contains(&ws[ck].low.as_str()))
                && ws.get(ce).is_some_and(|next| {
                    !text[cend..next.s].contains(|c: char| !c.is_whitespace())
                        && !lex.closed.contains_key(next.low.as_str())
                });
            // statements in scope: the whole sentence (headline parts across a colon)
            let mut flipped = 0;
            // "Zelensky called that a lie", "critics branded the report a hoax": the word
            // is what a verb of naming calls its object; the naming clause is the speaker's
            // judgement, not the debunked event, and what it judges is its object's business
            let mut naming = false;
            for &i in &in_sent {
                let st = &statements[i];
                if st.side() != Side::Affirmed
                    || st.rule.starts_with("CLAUSE/CUE")
                    || st.rule == "CLAUSE/SPEECH_ACT"
                {
                    continue;
                }
                if NAMING.contains(&st.proposition.predicate.as_str())
                    && st.slots.predicate.is_some_and(|p| p.end <= cs)
                    && st.span.end <= cend
                    // the word complements the object: inside the clause or right after it
                    // ("called that a lie"), not further on ("called police after the hoax")
                    && cs <= st.span.end + 10
                {
                    naming = true;
                    statements[i].rule = "CLAUSE/SPEECH_ACT";
                    continue;
                }
                let inside =
                    |sp: Option<Span>| sp.is_some_and(|sp| sp.start <= cs && cend <= sp.end);
                // "X is fake": a copula's complement holding the word debunks X; a
                // source holding it ("fake news report claims P") debunks what it says
                let copula = st.proposition.predicate == "be";
                let says = !st.holder.outlet && !st.stance.is_denial();
                if inside(st.slots.actor) || inside(st.slots.object) && !copula {
                    // a statement about the hoax itself ("viral hoax fools internet",
                    // "folks are passing around this hoax video"): true of the hoax, it
                    // affirms nothing the hoax claimed; an attributive word there refutes
                    // what its phrase names ("fake Lisa Bonet tweet fools outlets": the
                    // tweet is refuted)
                    let slot = if inside(st.slots.actor) {
                        st.slots.actor
                    } else {
                        st.slots.object
                    };
                    statements[i].rule = ABOUT_DEBUNKED;
                    // "doubts cast over the meteorite claim", "doubts raised about X": what
                    // the doubts are about is disputed
                    let raised = matches!(
                        statements[i].proposition.predicate.as_str(),
                        "cast" | "raise" | "grow" | "mount" | "emerge" | "surface"
                    ) && phrase.starts_with("doubt");
                    let p_end = statements[i].slots.predicate.map_or(cend, |p| p.end);
                    let over = ws.partition_point(|w| w.s < p_end);
                    if raised
                        && ws.get(over).is_some_and(|w| {
                            matches!(w.low.as_str(), "over" | "about" | "on" | "around")
                        })
                    {
                        let named: Vec<&W> = ws[over + 1..].iter().take(8).collect();
                        if let (Some(first), Some(last), (Some(pred), names)) =
                            (named.first(), named.last(), named_event(reader, &named))
                        {
                            added.push(refutation(
                                reader,
                                doc,
                                Span::new(first.s, last.e),
                                pred,
                                &names,
                                stance,
                                Span::new(cs, cend),
                            ));
                        }
                        continue;
                    }
                    if let (true, Some(slot)) = (attributive, slot) {
                        let named: Vec<&W> = ws[ce..]
                            .iter()
                            .take_while(|w| w.e <= slot.end)
                            .take(8)
                            .collect();
                        let done = |e: usize| {
                            added_within(&added, 0, cs, e)
                                .iter()
                                .any(|&k| added[k].span == Span::new(cs, e))
                        };
                        if let (Some(last), (Some((lemma, pw)), names)) =
                            (named.last(), named_event(reader, &named))
                        {
                            if done(last.e) {
                                continue;
                            }
                            added.push(refutation(
                                reader,
                                doc,
                                Span::new(cs, last.e),
                                (lemma, pw),
                                &names,
                                stance,
                                Span::new(cs, cend),
                            ));
                        }
                    }
                    continue;
                }
                if inside(st.slots.holder) && !says {
                    continue;
                }
                if attributive && st.span.end <= cs {
                    continue;
                }
                // a predicate that is the debunking word itself ("faked") is no target
                if st.slots.predicate.is_some_and(|p| {
                    p.start <= cs && cend <= p.end || cs <= p.start && p.end <= cend
                }) {
                    continue;
                }
                // an affirmed statement's modality is at most possible or future: cleared
                turn_into_refutation(doc, &mut statements[i], stance, Span::new(cs, cend));
                flipped += 1;
            }
            // 4. nothing to flip: the event named before the word ("the video of a bird
            // pooping on Putin is fake", "Banksy arrest hoax")
            let attributive_after =
                attributive && in_sent.iter().any(|&i| statements[i].span.end <= cs);
            let denied = in_sent
                .iter()
                .any(|&i| statements[i].side() == Side::Denied);
            if flipped == 0 && !naming && !attributive_after && !denied {
                let mut j = ck;
                while j > 0
                    && (COPULA.contains(&ws[j - 1].low.as_str())
                        || FILLER.contains(&ws[j - 1].low.as_str()))
                {
                    j -= 1;
                }
                let subj: Vec<&W> = ws[..j]
                    .iter()
                    .rev()
                    .take(8)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                let (pred, names) = named_event(reader, &subj);
                if let (Some(pred), Some(first)) = (pred, subj.first()) {
                    added.push(refutation(
                        reader,
                        doc,
                        Span::new(first.s, cend),
                        pred,
                        &names,
                        stance,
                        Span::new(cs, cend),
                    ));
                }
            }
        }
    }
    headline_rules(
        reader,
        doc,
        lower,
        statements,
        &order,
        &mut added,
        &hits,
        (&sents, &sent_words),
    );
    not_the_one(doc, statements, &mut added);
    let base = statements.len();
    for (k, mut s) in added.into_iter().enumerate() {
        s.id = format!("{}/s{}", doc.id, base + k);
        statements.push(s);
    }
}

/// Words of a share or proportion: what "made up" of them is constituted, not invented.
const SHARES: &[&str] = &[
    "half", "most", "much", "part", "majority", "minority", "bulk", "percent", "nearly", "almost",
    "roughly",
];

/// Verbs of naming, whose object complement may be a debunking word ("called it a lie").
const NAMING: &[&str] = &["call", "label", "brand", "dub", "term", "deem"];

/// The outlet's refutation (rule `DEBUNK/NOMINAL`) of the event a phrase names (see
/// [`named_event`]): its predicate word and lemma, the first two names as actor and object.
fn refutation(
    reader: &Reader,
    doc: &Document,
    span: Span,
    (lemma, pw): (String, &W),
    names: &[String],
    stance: Stance,
    cue: Span,
) -> Statement {
    let lex = &reader.lex;
    let class = lex
        .pred_verbs
        .get(&lemma)
        .map(|&c| lex.pred_classes[c as usize].name.clone());
    synthetic(
        doc,
        span,
        &doc.text,
        Proposition {
            actor: names.first().cloned(),
            predicate: lemma,
            predicate_class: class,
            object: names.get(1).cloned(),
            ..Proposition::default()
        },
        Polarity::Positive,
        stance,
        Slots {
            predicate: Some(Span::new(pw.s, pw.e)),
            cue: Some(cue),
            ..Slots::default()
        },
    )
}

/// The event a phrase names, for a refutation that has no statement to hold it: the first
/// word read as a verb (its lemma; skipping words far more often nouns, "video", "story"),
/// else the last lower-case content word ("leader's death"), and the capitalised name runs
/// around it.
fn named_event<'w, 't>(
    reader: &Reader,
    subj: &[&'w W<'t>],
) -> (Option<(String, &'w W<'t>)>, Vec<String>) {
    let lex = &reader.lex;
    // a run of capitalised words ends: it is a name
    let flush = |cur: &mut Vec<&W>, names: &mut Vec<String>| {
        if !cur.is_empty() {
            let run: Vec<&str> = cur.iter().map(|w| w.low.as_str()).collect();
            names.push(run.join(" "));
            cur.clear();
        }
    };
    let mut pred: Option<(String, &W)> = None;
    let mut names: Vec<String> = Vec::new();
    let mut cur: Vec<&W> = Vec::new();
    for w in subj {
        let is_verb = lex
            .verb(&w.low)
            .iter()
            .any(|f| f.forms & (vf::ING | vf::PART | vf::PAST | vf::BASE) != 0)
            && !lex.closed.contains_key(w.low.as_str());
        let lemma = lemma_of(reader, &w.low)
            .map(str::to_string)
            .or_else(|| ing_lemma(&w.low));
        let is_verb = is_verb || (lemma.is_some() && !lex.closed.contains_key(w.low.as_str()));
        if pred.is_none() && is_verb && w.low.len() > 3 {
            if let Some(l) = lemma {
                let counts = lex
                    .lemma_ids
                    .get(&l)
                    .and_then(|&id| lex.verb_counts.get(id as usize))
                    .copied();
                // skip words far more often nouns than verbs ("video", "story")
                if counts.map_or(true, |(v, n)| {
                    v * 3 >= n || w.low.ends_with("ing") || w.low.ends_with("ed")
                }) {
                    pred = Some((l, w));
                    flush(&mut cur, &mut names);
                    continue;
                }
            }
        }
        if w.cap && !lex.closed.contains_key(w.low.as_str()) {
            cur.push(w);
        } else {
            flush(&mut cur, &mut names);
        }
    }
    flush(&mut cur, &mut names);
    // no verb: the event noun right before the word ("leader's death debunked"); in a
    // phrase all in capitals (a title-case headline) its last word ("Scottish Dog Meat
    // Restaurant Is Probably Fabricated")
    let content = |w: &&&W| !lex.closed.contains_key(w.low.as_str()) && w.low.len() > 3;
    let pred = pred
        .or_else(|| {
            subj.iter()
                .rev()
                .find(|w| !w.cap && content(w))
                .map(|w| (w.low.to_string(), *w))
        })
        .or_else(|| {
            (subj.len() > 1 && subj.iter().all(|w| w.cap))
                .then(|| subj.iter().rev().find(content))
                .flatten()
                .map(|w| (w.low.replace("'s", ""), *w))
        });
    (pred, names)
}

/// Rule 9, identity denied: "Paul Rudd is not the hero who tackled the man" says Paul
/// Rudd did not tackle the man. A negated copula whose complement is the subject of a
/// relative clause adds that clause's proposition, denied, with the copula's subject as
/// its actor (rule `DEBUNK/IDENTITY`).
fn not_the_one(doc: &Document, statements: &[Statement], added: &mut Vec<Statement>) {
    // relative clauses by the start of their actor: each copula looks up its complement's
    // span (linear in the statements, a binary search per copula)
    let mut rel: Vec<(usize, usize)> = statements
        .iter()
        .enumerate()
        .filter(|(_, r)| r.rule == "CLAUSE/RELATIVE" && r.polarity == Polarity::Positive)
        .filter_map(|(k, r)| r.slots.actor.map(|a| (a.start, k)))
        .collect();
    if rel.is_empty() {
        return;
    }
    rel.sort_unstable();
    for st in statements {
        if st.proposition.predicate != "be"
            || st.polarity != Polarity::Negative
            || st.proposition.actor.is_none()
        {
            continue;
        }
        let Some(o) = st.slots.object else { continue };
        let from = rel.partition_point(|&(s, _)| s < o.start);
        for &(_, k) in rel[from..].iter().take_while(|&&(s, _)| s <= o.end) {
            let r = &statements[k];
            let Some(ra) = r.slots.actor else { continue };
            if !(o.start <= ra.start && ra.start <= o.end) {
                continue;
            }
            let span = st.span.cover(r.span);
            let mut x = st.clone();
            x.proposition = Proposition {
                actor: st.proposition.actor.clone(),
                ..r.proposition.clone()
            };
            x.span = span;
            x.text = span.slice(&doc.text).to_string();
            x.slots = Slots {
                actor: st.slots.actor,
                predicate: r.slots.predicate,
                object: r.slots.object,
                ..st.slots
            };
            x.rule = "DEBUNK/IDENTITY";
            added.push(x);
            break;
        }
    }
}

/// Debunking nouns that modify the noun after them as adjectives do ("hoax video",
/// "prank call"); the adjectives among the debunking words come from the lexicon.
const ATTRIBUTIVE_NOUNS: &[&str] = &["hoax", "prank", "spoof", "sham", "satire"];

/// The line (between line breaks) holding the sentence `ss..se`.
/// At most a headline's length on either side: a megabyte-long line costs no more.
fn line_of(text: &str, ss: usize, se: usize) -> (usize, usize) {
    let b = text.as_bytes();
    let lo = ss.saturating_sub(MAX_DEBUNK_SENTENCE);
    let hi = (se + MAX_DEBUNK_SENTENCE).min(b.len());
    let ls = b[lo..ss]
        .iter()
        .rposition(|&c| c == b'\n')
        .map_or(lo, |i| lo + i + 1);
    let le = b[se..hi]
        .iter()
        .position(|&c| c == b'\n')
        .map_or(hi, |i| se + i);
    let mut ls = ls;
    while !text.is_char_boundary(ls) {
        ls += 1;
    }
    let mut le = le;
    while !text.is_char_boundary(le) {
        le -= 1;
    }
    (ls, le)
}

/// Rule 8, headline deaths: "Willie Nelson dead at 81", "Macaulay Culkin Dead?" — a name
/// opening a headline-length sentence (or the part after a colon), then "dead", with no
/// verb the clause reader could read. Stated, the name died; asked, nothing is added
/// unless the line calls it a hoax ("X Dead? Viral Hoax Fools Internet"), and then, as
/// when stated beside a debunking word, the outlet says the name did not die.
#[allow(clippy::too_many_arguments)]
fn headline_death(
    reader: &Reader,
    doc: &Document,
    lower: &str,
    statements: &[Statement],
    order: &[usize],
    added: &mut Vec<Statement>,
    ss: usize,
    se: usize,
) {
    let text = doc.text.as_str();
    // "dead" in any case: in the ASCII lower case, after a "d" (found by `memchr`)
    let low = &lower.as_bytes()[ss..se.min(lower.len())];
    if se - ss > MAX_DEBUNK_SENTENCE
        || !memchr::memchr_iter(b'd', low).any(|i| low[i..].starts_with(b"dead"))
    {
        return;
    }
    let ws = words(text, lower, ss, se);
    let Some(k) = ws.iter().position(|w| w.low == "dead") else {
        return;
    };
    // the name: capitalised words from the sentence start or a colon up to "dead"
    let mut a = k;
    while a > 0
        && ws[a - 1].cap
        && !reader.lex.closed.contains_key(ws[a - 1].low.as_str())
        && !text[ws[a - 1].e..ws[a].s].contains(':')
    {
        a -= 1;
    }
    // the name opens the sentence (or a part after a colon), or follows nouns that
    // describe it ("Sugarhill Gang rapper Big Bank Hank dead at 57"): no verb before it
    let mut z = a;
    while z > 0
        && !text[ws[z - 1].e..ws[z].s].contains(':')
        && (ws[z - 1].cap || lemma_of(reader, &ws[z - 1].low).is_none())
        && !reader.lex.closed.contains_key(ws[z - 1].low.as_str())
    {
        z -= 1;
    }
    let opens = z == 0 || text[ws[z - 1].e..ws[z].s].contains(':');
    if a == k || k - a > 4 || !opens {
        return;
    }
    let has_die = within(order, statements, ss, se)
        .into_iter()
        .map(|i| &statements[i])
        .chain(
            added_within(added, 0, ss, se)
                .into_iter()
                .map(|k| &added[k]),
        )
        .any(|s| s.proposition.predicate == "die");
    if has_die {
        return;
    }
    let question = text[ws[k].e..se].trim_start().starts_with('?');
    // a debunking word in the sentence, or, after a question, in the rest of the line
    // (a headline's rest: the line, at most a headline's length further)
    let (_, le) = line_of(text, ss, se);
    let scope = if question { (ss, le) } else { (ss, se) };
    let rest = words(text, lower, scope.0, scope.1);
    let debunked = rest.iter().enumerate().any(|(i, w)| {
        reader.lex.debunk.contains_key(w.low.as_str())
            || i + 1 < rest.len()
                && reader
                    .lex
                    .debunk
                    .contains_key(&format!("{} {}", w.low, rest[i + 1].low))
    });
    if question && !debunked {
        return;
    }
    let name = &text[ws[a].s..ws[k - 1].e];
    let mut st = synthetic(
        doc,
        Span::new(ws[a].s, ws[k].e),
        text,
        Proposition {
            actor: Some(name.replace("'s", "").to_lowercase()),
            predicate: "die".into(),
            predicate_class: Some("die".into()),
            ..Proposition::default()
        },
        if debunked {
            Polarity::Negative
        } else {
            Polarity::Positive
        },
        Stance::Report,
        Slots {
            actor: Some(Span::new(ws[a].s, ws[k - 1].e)),
            predicate: Some(Span::new(ws[k].s, ws[k].e)),
            ..Slots::default()
        },
    );
    st.rule = "DEBUNK/HEADLINE_DEATH";
    added.push(st);
}

#[allow(clippy::too_many_arguments)]
fn synthetic(
    doc: &Document,
    span: Span,
    text: &str,
    proposition: Proposition,
    polarity: Polarity,
    stance: Stance,
    slots: Slots,
) -> Statement {
    Statement {
        id: String::new(),
        doc: doc.id.clone(),
        source: doc.source.clone(),
        published: doc.published,
        span,
        text: span.slice(text).to_string(),
        holder: Holder {
            entities: Vec::new(),
            surface: doc.source.clone().unwrap_or_else(|| doc.id.clone()),
            speaker: None,
            outlet: true,
        },
        stance,
        polarity,
        proposition,
        quantity: None,
        modality: None,
        slots,
        rule: "DEBUNK/NOMINAL",
        times: Times::default(),
    }
}

/// Words without which rules 1d ("into believing"), 1e ([`DUPED`]) and 1g ("did not say
/// whether") cannot fire, beside the negation and debunking words: the reader's trigger
/// automaton takes them from here.
pub(crate) const TRIGGERS: &[&str] = &["believing", "thinking", "whether"];

/// Verbs of leading someone into a false belief ("fooled fans into believing P").
const DUPE: &[&str] = &[
    "fool", "trick", "troll", "dupe", "con", "mislead", "hoodwink", "deceive", "scam", "prank",
];

/// Participles of verbs of deceiving: "Media fooled again?", "Internet duped by" (also
/// trigger words of the pass, see [`TRIGGERS`]).
pub(crate) const DUPED: &[&str] = &["fooled", "duped", "tricked", "hoaxed", "punked", "conned"];

/// Words that answer a question negatively when they open a short answer.
const ANSWER_NO: &[&str] = &[
    "no", "nope", "nah", "not", "unlikely", "doubtful", "wrong", "false", "fake", "hoax",
];
/// Longest answer (in words) read as the answer to the question before it.
const MAX_ANSWER_WORDS: usize = 5;
/// Negated auxiliaries and copulas.
const NEG_AUX: &[&str] = &[
    "isn't", "wasn't", "aren't", "weren't", "didn't", "doesn't", "don't", "hasn't", "haven't",
    "hadn't", "won't", "ain't",
];
/// Auxiliaries and copulas that "not" / "never" may follow.
const AUX: &[&str] = &[
    "is", "was", "are", "were", "did", "does", "do", "has", "have", "had", "will", "'s", "be",
];
/// Words after "no" that make no denial ("no one", "no idea", "no longer").
const NO_FOLLOWERS: &[&str] = &[
    "one", "idea", "way", "longer", "more", "matter", "doubt", "wonder", "less", "limit", "end",
    "sooner", "problem", "surprise",
];
/// Words after a negation that make no denial of what follows ("not only", "not to").
const NOT_FOLLOWERS: &[&str] = &["only", "just", "to", "even", "least", "that", "so"];
/// Adverbs skipped between a negation and its verb ("didn't actually adopt").
const NEG_SKIP: &[&str] = &[
    "actually",
    "really",
    "personally",
    "even",
    "ever",
    "yet",
    "officially",
    "quite",
    "exactly",
    "necessarily",
    "been",
    "be",
    "being",
    "have",
    "all",
    "about",
    "going",
    "currently",
    "truly",
    "literally",
];

/// Capitalised runs (names) among `ws`, lower case, closed-class words left out.
fn name_runs(reader: &Reader, ws: &[W]) -> Vec<String> {
    let lex = &reader.lex;
    let mut names = Vec::new();
    let mut cur: Vec<&str> = Vec::new();
    for w in ws {
        if w.cap && !lex.closed.contains_key(w.low.as_str()) {
            cur.push(w.low.trim_end_matches("'s"));
        } else if !cur.is_empty() {
            names.push(cur.join(" "));
            cur.clear();
        }
    }
    if !cur.is_empty() {
        names.push(cur.join(" "));
    }
    names
}

/// The first content word of `ws` read as a verb: its lemma and index.
fn first_verb(reader: &Reader, ws: &[W]) -> Option<(String, usize)> {
    let lex = &reader.lex;
    for (i, w) in ws.iter().enumerate().take(3) {
        if lex.closed.contains_key(w.low.as_str()) {
            continue;
        }
        if let Some(l) = lemma_of(reader, &w.low) {
            return Some((l.to_string(), i));
        }
        return None;
    }
    None
}

/// Index of the first clause boundary (`,`, `;`, `:`, a dash, "but") after word `from`.
fn clause_end(text: &str, ws: &[W], from: usize) -> usize {
    for k in from + 1..ws.len() {
        let gap = &text[ws[k - 1].e..ws[k].s];
        if gap.contains([',', ';', ':', '(', ')']) || gap.contains(" - ") || ws[k].low == "but" {
            return k;
        }
    }
    ws.len()
}

/// Index of the first word of the clause holding word `at` (after `,`, `;`, `:`).
fn clause_start(text: &str, ws: &[W], at: usize) -> usize {
    let mut k = at;
    while k > 0 {
        let gap = &text[ws[k - 1].e..ws[k].s];
        if gap.contains([',', ';', ':', '?', '!']) || gap.contains(" - ") {
            break;
        }
        k -= 1;
    }
    k
}

fn turn_into_refutation(doc: &Document, st: &mut Statement, stance: Stance, cue: Span) {
    st.stance = stance;
    st.polarity = Polarity::Positive;
    st.modality = None;
    st.holder = Holder {
        entities: Vec::new(),
        surface: doc.source.clone().unwrap_or_else(|| doc.id.clone()),
        speaker: None,
        outlet: true,
    };
    st.slots.cue = Some(cue);
}

/// A statement for the words `ws[from..to]` with the lemma `pred` (when found) and the
/// names there.
#[allow(clippy::too_many_arguments)]
fn clause_statement(
    reader: &Reader,
    doc: &Document,
    text: &str,
    ws: &[W],
    (from, neg, to): (usize, usize, usize),
    polarity: Polarity,
    stance: Stance,
    rule: &'static str,
) -> Option<Statement> {
    if from >= to || to > ws.len() {
        return None;
    }
    let lex = &reader.lex;
    let after = &ws[(neg + 1).min(to)..to];
    let mut k = 0;
    while k < after.len() && NEG_SKIP.contains(&after[k].low.as_str()) {
        k += 1;
    }
    let (pred, pw) = match first_verb(reader, &after[k..]) {
        Some((l, i)) if !matches!(l.as_str(), "be" | "have" | "do") => (l, Some(&after[k + i])),
        _ => ("be".to_string(), None),
    };
    let before = name_runs(reader, &ws[from..neg.min(to)]);
    let after_names = name_runs(reader, after);
    let first_noun = || {
        after
            .iter()
            .find(|w| !lex.closed.contains_key(w.low.as_str()) && w.low.len() > 2)
            .map(|w| w.low.to_string())
    };
    let head_before = || {
        ws[from..neg.min(to)]
            .iter()
            .rev()
            .find(|w| !lex.closed.contains_key(w.low.as_str()) && w.low.len() > 2)
            .map(|w| w.low.to_string())
    };
    let actor = before.last().cloned().or_else(head_before);
    let object = after_names.first().cloned().or_else(first_noun);
    let class = lex
        .pred_verbs
        .get(&pred)
        .map(|&c| lex.pred_classes[c as usize].name.clone());
    let span = Span::new(ws[from].s, ws[to - 1].e);
    let mut st = synthetic(
        doc,
        span,
        text,
        Proposition {
            actor,
            predicate: pred,
            predicate_class: class,
            object,
            ..Proposition::default()
        },
        polarity,
        stance,
        Slots {
            predicate: pw.map(|w| Span::new(w.s, w.e)),
            cue: Some(Span::new(ws[neg].s, ws[neg].e)),
            ..Slots::default()
        },
    );
    st.rule = rule;
    Some(st)
}

/// The words of a sentence, when the first pass read them.
type SentWords<'t> = Option<Vec<W<'t>>>;

/// Rules 5 to 7 of the module documentation, on headline-length sentences.
#[allow(clippy::too_many_arguments)]
fn headline_rules(
    reader: &Reader,
    doc: &Document,
    lower: &str,
    statements: &mut [Statement],
    order: &[usize],
    added: &mut Vec<Statement>,
    hits: &[(usize, usize)],
    (sents, sent_words): (&[(usize, usize)], &[SentWords]),
) {
    let text = doc.text.as_str();
    let lex = &reader.lex;
    // what the first pass added, by start (this pass adds in sentence order after it)
    let first_pass = added.len();
    let mut by_start: Vec<usize> = (0..first_pass).collect();
    by_start.sort_by_key(|&k| added[k].span.start);
    for (n, &(ss, se)) in sents.iter().enumerate() {
        if se - ss > MAX_DEBUNK_SENTENCE {
            continue;
        }
        // a question's answer may be the next sentence ("...? Probably not")
        let upto = sents.get(n + 1).map_or(se, |x| x.1);
        if !has_trigger(hits, text, ss, upto) {
            continue;
        }
        // the words the first pass read, else read here
        let ws: Cow<[W]> = match &sent_words[n] {
            Some(ws) => Cow::Borrowed(ws),
            None => Cow::Owned(words(text, lower, ss, se)),
        };
        if ws.is_empty() {
            continue;
        }
        let in_sent = |st: &Statement| st.span.start >= ss && st.span.end <= se;
        let cand = within(order, statements, ss, se);
        // 5. a question answered by a rejection
        if text[..se].trim_end().ends_with('?') {
            // the answer: the next sentence that is no question ("Turkey recall? Infected
            // birds? USDA debunks the hoax"), on the same line, at most three further
            let answer = sents[n + 1..]
                .iter()
                .take(3)
                .find(|&&(a, b)| !text[a..b].trim_end().ends_with('?'));
            if let Some(&(as_, ae)) = answer {
                let aw = words(text, lower, as_, ae);
                let same_line = !text[se..as_].contains('\n');
                let short = !aw.is_empty() && aw.len() <= MAX_ANSWER_WORDS;
                // a short answer that opens with a no, or that calls it a hoax
                // ("Viral hoax fools internet", "USDA debunks the hoax")
                let calls_hoax = aw.iter().enumerate().any(|(i, w)| {
                    lex.debunk.contains_key(w.low.as_str())
                        && !(i > 0 && matches!(aw[i - 1].low.as_str(), "no" | "not" | "or"))
                });
                let rejects = short
                    && (ANSWER_NO.contains(&aw[0].low.as_str())
                        || calls_hoax
                        || (aw.len() > 1
                            && matches!(aw[0].low.as_str(), "probably" | "almost" | "definitely")
                            && matches!(aw[1].low.as_str(), "not" | "fake" | "false" | "a")));
                // "No one knows", "Not yet" do not answer no
                let rejects = rejects
                    && !(aw.len() > 1
                        && (NO_FOLLOWERS.contains(&aw[1].low.as_str())
                            || matches!(aw[1].low.as_str(), "yet" | "anymore")));
                if same_line && rejects {
                    let cue = Span::new(aw[0].s, aw[aw.len() - 1].e);
                    let mut flipped = 0;
                    for &i in &cand {
                        let st = &mut statements[i];
                        if st.modality == Some(Modality::Question) {
                            turn_into_refutation(doc, st, Stance::Refute, cue);
                            flipped += 1;
                        }
                    }
                    if flipped == 0 {
                        let to = ws.len();
                        if let Some(mut st) = clause_statement(
                            reader,
                            doc,
                            text,
                            &ws,
                            (0, 0, to),
                            Polarity::Positive,
                            Stance::Refute,
                            "DEBUNK/ANSWER",
                        ) {
                            st.slots.cue = Some(cue);
                            added.push(st);
                        }
                    }
                    continue;
                }
            }
        }
        let has_denied = |statements: &[Statement], added: &[Statement]| {
            let lo = by_start.partition_point(|&k| added[k].span.start < ss);
            let first = by_start[lo..]
                .iter()
                .take_while(|&&k| added[k].span.start < se)
                .map(|&k| &added[k])
                .filter(|st| in_sent(st));
            let later = added_within(added, first_pass, ss, se);
            cand.iter()
                .map(|&i| &statements[i])
                .chain(first)
                .chain(later.into_iter().map(|k| &added[k]))
                .any(|st| st.side() == Side::Denied)
        };
        // 7. a denial verb over a noun phrase
        if !has_denied(statements, added) {
            for k in 1..ws.len().saturating_sub(1) {
                let Some(lemma) = lemma_of(reader, &ws[k].low) else {
                    continue;
                };
                let Some(cue) = lex.verb_cues.get(lemma) else {
                    continue;
                };
                if !cue.stance.is_denial()
                    || matches!(ws[k - 1].low.as_str(), "or" | "nor" | "and" | "to" | "not")
                    || ws[k].low.ends_with("ing")
                    || lex.closed.contains_key(ws[k + 1].low.as_str())
                        && !matches!(ws[k + 1].low.as_str(), "the" | "a" | "an" | "his" | "her")
                {
                    continue;
                }
                let to = clause_end(text, &ws, k);
                if to <= k + 1 {
                    continue;
                }
                let from = clause_start(text, &ws, k);
                if let Some(mut st) = clause_statement(
                    reader,
                    doc,
                    text,
                    &ws,
                    (from, k, to),
                    Polarity::Positive,
                    cue.stance,
                    "DEBUNK/DENIAL",
                ) {
                    // the holder is the words before the verb; the actor is what the
                    // denied phrase names
                    let names = name_runs(reader, &ws[k + 1..to]);
                    st.proposition.actor = names.first().cloned();
                    st.proposition.object = names.get(1).cloned().or(st.proposition.object);
                    let hs = &ws[from..k];
                    if let (Some(a), Some(b)) = (hs.first(), hs.last()) {
                        st.holder = Holder {
                            entities: Vec::new(),
                            surface: text[a.s..b.e].to_string(),
                            speaker: None,
                            outlet: false,
                        };
                    }
                    added.push(st);
                    break;
                }
            }
        }
        // 6. a negated clause the clause reader missed (a negative statement the reader
        // put on no side, "so he won't turn", was not missed)
        if has_denied(statements, added)
            || cand.iter().any(|&i| {
                statements[i].polarity == Polarity::Negative
                    && statements[i].side() == Side::Neither
            })
        {
            continue;
        }
        let mut neg: Option<usize> = None;
        for k in 0..ws.len() {
            let w = ws[k].low.as_str();
            let next = ws.get(k + 1).map(|w| w.low.as_str()).unwrap_or("");
            // "No X on Y", also opening a headline's part after a colon ("Officials: No
            // fighters on the border")
            let opens = k == 0 || text[ws[k - 1].e..ws[k].s].contains(':');
            if opens && w == "no" {
                let gap = ws.get(k + 1).map_or("", |n| &text[ws[k].e..n.s]);
                if !next.is_empty()
                    && !gap.contains([',', '!', '.'])
                    && !NO_FOLLOWERS.contains(&next)
                {
                    neg = Some(k);
                    break;
                }
                continue;
            }
            // headline ellipsis of the copula: "students not among the dead"
            let elliptic = w == "not"
                && k > 0
                && !lex.closed.contains_key(ws[k - 1].low.as_str())
                && lemma_of(reader, &ws[k - 1].low).is_none()
                && !next.is_empty();
            if elliptic {
                let gap = &text[ws[k - 1].e..ws[k].s];
                if !gap.contains([',', ';', ':', '?', '!']) && !NOT_FOLLOWERS.contains(&next) {
                    neg = Some(k);
                    break;
                }
            }
            let negated =
                NEG_AUX.contains(&w) || (AUX.contains(&w) && matches!(next, "not" | "never"));
            if !negated || k == 0 {
                continue;
            }
            // a subject right before, in the same clause: "X isn't", not "hands up, don't"
            let gap = &text[ws[k - 1].e..ws[k].s];
            if gap.contains([',', ';', ':', '?', '!']) {
                continue;
            }
            let at = if NEG_AUX.contains(&w) { k } else { k + 1 };
            let after = ws.get(at + 1).map(|w| w.low.as_str()).unwrap_or("");
            if after.is_empty() || NOT_FOLLOWERS.contains(&after) {
                continue;
            }
            if matches!(
                ws[k - 1].low.as_str(),
                "who" | "which" | "that" | "if" | "whether"
            ) {
                continue;
            }
            // "don't have to": no obligation, no denial; "if more aid was not given",
            // "unless it doesn't": a condition, which asserts nothing
            let obligation = matches!(after, "have" | "has" | "need")
                && ws.get(at + 2).is_some_and(|w| w.low == "to");
            let conditional = ws[clause_start(text, &ws, k)..k]
                .iter()
                .any(|w| matches!(w.low.as_str(), "if" | "unless" | "whether"));
            if obligation || conditional {
                continue;
            }
            neg = Some(at);
            break;
        }
        let Some(k) = neg else { continue };
        // a statement whose predicate follows the negation takes it (rule 1 for "n't")
        let mut j = k + 1;
        while j < ws.len() && NEG_SKIP.contains(&ws[j].low.as_str()) {
            j += 1;
        }
        if let Some(w) = ws.get(j) {
            // a bound ("doesn't last more than a day") has taken its negation
            if cand.iter().any(|&i| {
                statements[i].rule == "CLAUSE/BOUND"
                    && statements[i]
                        .slots
                        .predicate
                        .is_some_and(|p| p.start == w.s)
            }) {
                continue;
            }
            if let Some(i) = cand.iter().copied().find(|&i| {
                let st = &statements[i];
                st.side() == Side::Affirmed && st.slots.predicate.is_some_and(|p| p.start == w.s)
            }) {
                statements[i].polarity = Polarity::Negative;
                continue;
            }
        }
        let from = clause_start(text, &ws, k);
        let to = clause_end(text, &ws, k);
        if let Some(st) = clause_statement(
            reader,
            doc,
            text,
            &ws,
            (from, k, to),
            Polarity::Negative,
            Stance::Report,
            "DEBUNK/NEGATION",
        ) {
            added.push(st);
        }
    }
}
