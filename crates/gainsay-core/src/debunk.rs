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
//! Hedges ("could", "reportedly", "set to") are not debunks: such statements stay claims.
//! Questions are handled by the clause reader (modality `question`).

use crate::lexicon::vf;
use crate::reader::Reader;
use crate::types::{
    Document, Holder, Modality, Polarity, Proposition, Side, Slots, Span, Stance, Statement, Times,
};

/// A word of the text: byte span and lower-case form.
#[derive(Debug, Clone)]
struct W {
    s: usize,
    e: usize,
    low: String,
    cap: bool,
}

fn words(text: &str, from: usize, to: usize) -> Vec<W> {
    let mut out = Vec::new();
    let seg = &text[from..to];
    let mut start: Option<usize> = None;
    for (i, c) in seg.char_indices().chain(std::iter::once((seg.len(), ' '))) {
        let wordish = c.is_alphanumeric() || c == '\'' || c == '\u{2019}' || c == '-';
        match (wordish, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                let raw =
                    seg[s..i].trim_matches(|c: char| c == '\'' || c == '\u{2019}' || c == '-');
                if !raw.is_empty() {
                    let off = seg[s..i].find(raw).unwrap_or(0);
                    let low = raw.to_lowercase().replace('\u{2019}', "'");
                    let cap = raw.chars().next().is_some_and(|c| c.is_uppercase());
                    out.push(W {
                        s: from + s + off,
                        e: from + s + off + raw.len(),
                        low,
                        cap,
                    });
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// Sentence spans of the text: split at `.`, `!`, `?` followed by a space or the end, and
/// at line breaks. A headline's colon does not split (its parts share debunking words).
fn sentences(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut s = 0;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let end = c == b'\n'
            || (matches!(c, b'.' | b'!' | b'?')
                && (i + 1 == b.len() || b[i + 1].is_ascii_whitespace() || b[i + 1] == b'"'));
        if end {
            if i > s {
                out.push((s, i + 1));
            }
            s = i + 1;
        }
        i += 1;
    }
    if s < b.len() {
        out.push((s, b.len()));
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

fn lemma_of(reader: &Reader, w: &str) -> Option<String> {
    let lex = &reader.lex;
    lex.verb(w)
        .first()
        .map(|f| lex.lemmas[f.lemma as usize].clone())
}

/// Longest sentence (bytes) whose debunking word turns all its affirmed statements into
/// refutations (rule 3): headlines and claims, not long article sentences.
const MAX_DEBUNK_SENTENCE: usize = 160;

/// Applies document-level debunking cues to the statements of `doc`.
pub(crate) fn apply(reader: &Reader, doc: &Document, statements: &mut Vec<Statement>) {
    let text = doc.text.as_str();
    if text.is_empty() {
        return;
    }
    let lex = &reader.lex;
    let mut added: Vec<Statement> = Vec::new();
    for (ss, se) in sentences(text) {
        let ws = words(text, ss, se);
        if ws.is_empty() {
            continue;
        }
        let in_sent: Vec<usize> = (0..statements.len())
            .filter(|&i| statements[i].span.start >= ss && statements[i].span.end <= se)
            .collect();
        // 1. bare negation right before the predicate
        for &i in &in_sent {
            let st = &mut statements[i];
            if st.polarity == Polarity::Negative {
                continue;
            }
            let Some(p) = st.slots.predicate else {
                continue;
            };
            let Some(k) = ws.iter().position(|w| w.s >= p.start) else {
                continue;
            };
            let mut j = k;
            while j > 0 && ADVERBS.contains(&ws[j - 1].low.as_str()) {
                j -= 1;
            }
            if j > 0 && matches!(ws[j - 1].low.as_str(), "not" | "never") {
                // "not only", "not just" are no negation
                if !matches!(ws[j].low.as_str(), "only" | "just") {
                    st.polarity = Polarity::Negative;
                }
            }
        }
        // 2. a denial verb governing narration: "X denies (that|reports that|claims of) P"
        for &i in &in_sent {
            let st = &statements[i];
            if !st.holder.outlet || st.stance != Stance::Report {
                continue;
            }
            let Some(k) = ws.iter().position(|w| w.s >= st.span.start) else {
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
            let Some(cue) = lex.verb_cues.get(&lemma) else {
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
        // 3. debunking words
        let mut cues: Vec<(usize, usize, Stance)> = Vec::new(); // word index range, stance
        for k in 0..ws.len() {
            for n in (1..=3).rev() {
                if k + n > ws.len() {
                    continue;
                }
                let phrase: Vec<&str> = ws[k..k + n].iter().map(|w| w.low.as_str()).collect();
                let phrase = phrase.join(" ");
                // "dismissed the claims as baseless" is a cue of its own (anaphora), and
                // in a long sentence a debunking word rarely covers every clause: rule 3
                // reads headline-length sentences only
                if k > 0 && ws[k - 1].low == "as" || se - ss > MAX_DEBUNK_SENTENCE {
                    continue;
                }
                if let Some(&stance) = lex.debunk.get(&phrase) {
                    let weak = matches!(phrase.as_str(), "rumour" | "rumor" | "rumours" | "rumors");
                    if weak
                        && !ws.iter().any(|w| {
                            lemma_of(reader, &w.low)
                                .is_some_and(|l| RUMOUR_KILLERS.contains(&l.as_str()))
                                || RUMOUR_KILLERS.contains(&w.low.as_str())
                        })
                    {
                        continue;
                    }
                    cues.push((k, k + n, stance));
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
                    let has = statements.iter().chain(added.iter()).any(|s| {
                        s.proposition.predicate == "die"
                            && s.span.start >= ss
                            && s.span.end <= se
                            && s.side() == Side::Denied
                    });
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
            // statements in scope: the whole sentence (headline parts across a colon)
            let mut flipped = 0;
            for &i in &in_sent {
                let st = &statements[i];
                if st.side() != Side::Affirmed || st.rule == "CLAUSE/CUE" {
                    continue;
                }
                let inside =
                    |sp: Option<Span>| sp.is_some_and(|sp| sp.start <= cs && cend <= sp.end);
                if inside(st.slots.actor) || inside(st.slots.object) || inside(st.slots.holder) {
                    continue;
                }
                // a predicate that is the debunking word itself ("faked") is no target
                if st
                    .slots
                    .predicate
                    .is_some_and(|p| p.start <= cs && cend <= p.end)
                {
                    continue;
                }
                let st = &mut statements[i];
                st.stance = stance;
                st.polarity = Polarity::Positive;
                if st.modality == Some(Modality::Possible) || st.modality == Some(Modality::Future)
                {
                    st.modality = None;
                }
                st.holder = Holder {
                    entities: Vec::new(),
                    surface: doc.source.clone().unwrap_or_else(|| doc.id.clone()),
                    speaker: None,
                    outlet: true,
                };
                st.slots.cue = Some(Span::new(cs, cend));
                flipped += 1;
            }
            // 4. nothing to flip: the event named before the word ("the video of a bird
            // pooping on Putin is fake", "Banksy arrest hoax")
            if flipped == 0
                && !in_sent
                    .iter()
                    .any(|&i| statements[i].side() == Side::Denied)
            {
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
                let mut pred: Option<(String, &W)> = None;
                let mut names: Vec<String> = Vec::new();
                let mut cur: Vec<&W> = Vec::new();
                for w in &subj {
                    let is_verb = lex
                        .verb(&w.low)
                        .iter()
                        .any(|f| f.forms & (vf::ING | vf::PART | vf::PAST | vf::BASE) != 0)
                        && !lex.closed.contains_key(&w.low);
                    let lemma = lemma_of(reader, &w.low).or_else(|| ing_lemma(&w.low));
                    let is_verb = is_verb || (lemma.is_some() && !lex.closed.contains_key(&w.low));
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
                                if !cur.is_empty() {
                                    names.push(
                                        cur.iter()
                                            .map(|w| w.low.as_str())
                                            .collect::<Vec<_>>()
                                            .join(" "),
                                    );
                                    cur.clear();
                                }
                                continue;
                            }
                        }
                    }
                    if w.cap && !lex.closed.contains_key(&w.low) {
                        cur.push(w);
                    } else if !cur.is_empty() {
                        names.push(
                            cur.iter()
                                .map(|w| w.low.as_str())
                                .collect::<Vec<_>>()
                                .join(" "),
                        );
                        cur.clear();
                    }
                }
                if !cur.is_empty() {
                    names.push(
                        cur.iter()
                            .map(|w| w.low.as_str())
                            .collect::<Vec<_>>()
                            .join(" "),
                    );
                }
                if let (Some((lemma, pw)), Some(first)) = (pred, subj.first()) {
                    let class = lex
                        .pred_verbs
                        .get(&lemma)
                        .map(|&c| lex.pred_classes[c as usize].name.clone());
                    added.push(synthetic(
                        doc,
                        Span::new(first.s, cend),
                        text,
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
                            cue: Some(Span::new(cs, cend)),
                            ..Slots::default()
                        },
                    ));
                }
            }
        }
    }
    let base = statements.len();
    for (k, mut s) in added.into_iter().enumerate() {
        s.id = format!("{}/s{}", doc.id, base + k);
        statements.push(s);
    }
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
